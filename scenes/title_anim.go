package scenes

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// The title's path comes alive (issue 14 item 6, the career-day booth): a small
// figure walks the road from the school hallway to the manager's office, growing
// from a student with a backpack into a manager with a tie and a clipboard; the
// picture it stands in lights up and grows a little, and a caption under the path
// says what happens there (facts from the BLS profile). It loops, about 12 s a
// round. The kiosk shows it between demo careers (kiosk.go).
//
// Everything is made at Layout: the route and its timing, the captions' blocks,
// the figure's twelve sprites (four stages, three poses) drawn once into small
// images. A frame only reads the clock and copies images. Reduced motion stops it
// all: the static path, no figure, every caption listed.

const (
	animDwell     = 110 // ticks the figure stays in a picture (1.8 s)
	animLastDwell = 190 // in the manager's office, before the round starts over
	animSpeed     = 4.5 // logical pixels a tick on the road
	animZoomTicks = 18  // the picture grows in (and back) over 0.3 s
	animZoom      = 0.06
	animStepTicks = 9          // a walking figure changes its step this often
	figW, figH    = 30.0, 48.0 // the figure's drawing units; drawn figScale larger
	figScale      = 1.35
	figDrop       = 16.0 // its feet this far below the road, in front of the picture
	maxAnimSegs   = 12
)

// animSeg is one part of a round: a stay in picture stop (a == b), or a walk from
// a to b; at is the picture last reached (its caption shows).
type animSeg struct {
	ax, ay, bx, by float64
	ticks, at      int
	stop           bool
}

type titleAnim struct {
	t, total int
	segs     [maxAnimSegs]animSeg
	n        int
	// the captions, one per picture, and their box: sized for the tallest one
	// (moving) or for all of them listed (reduced motion)
	caps             [4]ui.Block
	capR, capAllR    ui.Rect
	capGap           float64
	sprites          *[4][3]*ebiten.Image
	warm             int // ticks since layout, for painting the later stages
	spriteHC         bool
	spriteOK         bool
	op               ebiten.DrawImageOptions
	bottom, allBotom float64 // the caption box's bottom (moving, reduced motion)
}

var (
	capStyle               = ui.Style{Size: 19, Bold: true, Color: ui.Ink}
	capBorderC color.Color = ui.TealLight
)

// layout builds the route through the path's pictures, the captions and sprites.
func (a *titleAnim) layout(ctx *Context, p *placePath) {
	a.n, a.total = 0, 0
	a.bottom, a.allBotom = 0, 0
	if p.n < 4 {
		return
	}
	add := func(s animSeg) {
		if a.n < maxAnimSegs {
			a.segs[a.n] = s
			a.n++
			a.total += s.ticks
		}
	}
	// the figure's feet stand on the road, which meets each picture at half height
	foot := func(i int) (float64, float64) {
		r := p.panels[i]
		return r.X + r.W/2, r.Y + r.H/2 + figDrop
	}
	walk := func(x0, y0, x1, y1 float64, at int) {
		d := math.Hypot(x1-x0, y1-y0)
		add(animSeg{ax: x0, ay: y0, bx: x1, by: y1, ticks: max(1, int(math.Round(d/animSpeed))), at: at})
	}
	for i := 0; i < 4; i++ {
		x, y := foot(i)
		d := animDwell
		if i == 3 {
			d = animLastDwell
		}
		add(animSeg{ax: x, ay: y, bx: x, by: y, ticks: d, at: i, stop: true})
		if i == 3 {
			break
		}
		nx, ny := foot(i + 1)
		a0, b0 := p.panels[i], p.panels[i+1]
		if a0.Y != b0.Y {
			// round the right-hand side, as the road does
			cx := max(a0.X+a0.W, b0.X+b0.W) + 16
			walk(x, y, cx, y, i)
			walk(cx, y, cx, ny, i)
			walk(cx, ny, nx, ny, i)
			continue
		}
		walk(x, y, nx, ny, i)
	}
	if a.t >= a.total {
		a.t = 0
	}
	// the captions under the path, in a box as wide as the path
	fs := ctx.Fonts
	left, right := p.panels[0].X, p.panels[1].X+p.panels[1].W
	for _, r := range p.panels {
		left, right = min(left, r.X), max(right, r.X+r.W)
	}
	keys := [4]string{"title.path.school", "title.path.college", "title.path.job", "title.path.manager"}
	tall, all := 0.0, 0.0
	a.capGap = 8
	for i, k := range keys {
		a.caps[i] = fs.NewBlock(ctx.T(k), capStyle, right-left-32)
		tall = max(tall, a.caps[i].Height())
		all += a.caps[i].Height()
	}
	all += 3 * a.capGap
	top := p.bottom + 14
	a.capR = ui.Rect{X: left, Y: top, W: right - left, H: tall + 24}
	a.capAllR = ui.Rect{X: left, Y: top, W: right - left, H: all + 24}
	a.bottom, a.allBotom = a.capR.Y+a.capR.H, a.capAllR.Y+a.capAllR.H
	hc := ctx.Prefs.HighContrast
	if !a.spriteOK || a.spriteHC != hc {
		a.buildSprites(hc)
	}
}

// footprint is where the caption box ends, by motion setting.
func (a *titleAnim) footprint(reduced bool) float64 {
	if reduced {
		return a.allBotom
	}
	return a.bottom
}

// step advances one tick; reduced motion holds the round at its start.
func (a *titleAnim) step(reduced bool) {
	// the figure's later looks are painted one a tick from the third tick on (the
	// first frames come sooner), long before it walks into them
	if a.warm++; a.warm > 2 && a.spriteOK {
		paintNextStage(a.spriteHC)
	}
	if reduced || a.total == 0 {
		a.t = 0
		return
	}
	a.t = (a.t + 1) % a.total
}

// state is where the figure is at tick t: its feet, whether it walks (and which
// way), the picture it last reached, and how far that picture has grown (0..1).
func (a *titleAnim) state(t int) (x, y float64, walking, leftward bool, at int, grow float64) {
	for i := 0; i < a.n; i++ {
		s := a.segs[i]
		if t >= s.ticks {
			t -= s.ticks
			continue
		}
		f := float64(t) / float64(s.ticks)
		x, y = s.ax+(s.bx-s.ax)*f, s.ay+(s.by-s.ay)*f
		if s.stop {
			in := easeOutCubic(float64(t) / animZoomTicks)
			out := easeOutCubic(float64(s.ticks-t) / animZoomTicks)
			return x, y, false, false, s.at, min(in, out)
		}
		return x, y, true, s.bx < s.ax, s.at, 0
	}
	return 0, 0, false, false, 0, 0
}

// figure is the drawn figure's feet and stage/pose (tests: it moves).
func (a *titleAnim) figure() (x, y float64, stage, pose int) {
	x, y, walking, _, at, _ := a.state(a.t)
	if walking {
		pose = 1 + (a.t/animStepTicks)%2
	}
	return x, y, at, pose
}

// draw draws the path with the current picture grown and framed, the figure on
// the road and the caption box; reduced motion draws the still path and every
// caption.
func (a *titleAnim) draw(c *ui.Canvas, p *placePath, reduced bool) {
	if a.total == 0 {
		p.draw(c, -1, 0)
		return
	}
	if reduced {
		p.draw(c, -1, 0)
		c.FillRect(a.capAllR, ui.CardC)
		c.StrokeRect(a.capAllR, 2, capBorderC)
		y := a.capAllR.Y + 12
		for i := range a.caps {
			y += c.Block(a.caps[i], a.capAllR.X+16, y) + a.capGap
		}
		return
	}
	x, y, walking, leftward, at, grow := a.state(a.t)
	cur := -1
	if !walking {
		cur = at
	}
	p.draw(c, cur, grow)
	pose := 0
	if walking {
		pose = 1 + (a.t/animStepTicks)%2
	}
	img := (*ebiten.Image)(nil)
	if a.sprites != nil {
		if img = a.sprites[at][pose]; img == nil {
			img = a.sprites[0][pose] // a later look not painted yet (the first ticks)
		}
	}
	if img != nil {
		f := c.F
		s := f.Scale / placeScale // the sprite holds placeScale*figScale pixels a unit
		w := float64(img.Bounds().Dx())
		a.op.GeoM.Reset()
		if leftward {
			a.op.GeoM.Scale(-1, 1)
			a.op.GeoM.Translate(w, 0)
		}
		a.op.GeoM.Scale(s, s)
		a.op.GeoM.Translate(math.Round(f.OffX+(x-(figW/2+2)*figScale)*f.Scale), math.Round(f.OffY+(y-(figH+2)*figScale)*f.Scale))
		a.op.Filter = ebiten.FilterLinear
		c.DrawImage(img, &a.op)
	}
	c.FillRect(a.capR, ui.CardC)
	c.StrokeRect(a.capR, 2, capBorderC)
	c.Block(a.caps[at], a.capR.X+16, a.capR.Y+12)
}

// drawPlaceZoomed copies the picture cached for r (drawn at layout) into the larger
// rectangle z: the zoom never draws a new picture.
func drawPlaceZoomed(c *ui.Canvas, id string, r, z ui.Rect) {
	img := placeImage(placeKeyFor(id, placeSigns{}, r, c.HighContrast, false, false))
	f := c.F
	placeOp.GeoM.Reset()
	placeOp.GeoM.Scale(z.W*f.Scale/float64(img.Bounds().Dx()), z.H*f.Scale/float64(img.Bounds().Dy()))
	placeOp.GeoM.Translate(math.Round(f.OffX+z.X*f.Scale), math.Round(f.OffY+z.Y*f.Scale))
	placeOp.Filter = ebiten.FilterLinear
	c.DrawImage(img, &placeOp)
}

// The figure's clothes by stage: a student's red top, a college student's purple
// one, the first job's blue shirt and badge, the manager's navy jacket and tie.
var figShirts = [4]color.RGBA{{0xc8, 0x55, 0x3d, 0xff}, {0x7b, 0x5e, 0xa7, 0xff}, {0x2f, 0x7f, 0x9a, 0xff}, {0x2b, 0x3f, 0x66, 0xff}}

// buildSprites draws the figure's twelve images: stage (0 student … 3 manager) by
// pose (0 standing, 1 and 2 the two steps of a walk), facing right, with a white
// outline so it reads on any picture.
func (a *titleAnim) buildSprites(hc bool) {
	// one set per theme for the whole game, shared by every title screen; the
	// student's look is painted now, the other three a tick at a time (step)
	i := themeIndex(hc)
	if figSets[i] == nil {
		figSets[i] = new([4][3]*ebiten.Image)
	}
	if figStages[i] == 0 {
		paintNextStage(hc)
	}
	a.sprites = figSets[i]
	a.spriteHC, a.spriteOK, a.warm = hc, true, 0
}

func themeIndex(hc bool) int {
	if hc {
		return 1
	}
	return 0
}

// paintNextStage paints the next of the figure's four looks for the theme (its
// three poses), if one is left.
func paintNextStage(hc bool) {
	i := themeIndex(hc)
	set, st := figSets[i], figStages[i]
	if set == nil || st >= len(set) {
		return
	}
	for po := range set[st] {
		w, h := (figW+4)*placeScale*figScale, (figH+4)*placeScale*figScale
		art := newArtImage(int(math.Ceil(w)), int(math.Ceil(h)))
		paintFigure(art, st, po, hc)
		set[st][po] = art.ebiten()
	}
	figStages[i]++
	figureBuilds++
}

// figSets are the figure's sprites, drawn once per theme (usual, high contrast);
// figStages counts the looks painted in each.
var (
	figSets   [2]*[4][3]*ebiten.Image
	figStages [2]int
)

// figureBuilds counts the looks ever painted (tests: a round of frames paints none).
var figureBuilds int

// paintFigure draws one sprite; (0, 0) is the figure's feet, centred.
func paintFigure(dst *artImage, stage, pose int, hc bool) {
	const k = placeScale * figScale
	ox, oy := float32((figW/2+2)*k), float32((figH+2)*k)
	col := func(c color.RGBA) color.Color {
		if hc {
			return ui.Contrast(c)
		}
		return c
	}
	pt := func(x, y float32) (float32, float32) { return ox + x*k, oy + y*k }
	line := func(x0, y0, x1, y1, w float32, c color.Color) {
		ax, ay := pt(x0, y0)
		bx, by := pt(x1, y1)
		dst.strokeLine(ax, ay, bx, by, w*k, c)
		// round ends
		dst.fillCircle(ax, ay, w*k/2, c)
		dst.fillCircle(bx, by, w*k/2, c)
	}
	disc := func(x, y, r float32, c color.Color) {
		cx, cy := pt(x, y)
		dst.fillCircle(cx, cy, r*k, c)
	}
	box := func(x, y, w, h float32, c color.Color) {
		bx, by := pt(x, y)
		dst.fillRect(bx, by, w*k, h*k, c)
	}
	// the pose: where the feet and hands are
	lf, rf := float32(-3.5), float32(3.5) // feet
	lh, rh := float32(-6), float32(6)     // hands
	switch pose {
	case 1:
		lf, rf, lh, rh = -9, 8, 7, -7
	case 2:
		lf, rf, lh, rh = -1.5, 1.5, -2, 2
	}
	skin, pants := col(plSkin[2]), col(ui.Ink)
	shirt := col(figShirts[stage])
	white := col(ui.Card)
	// parts: (outline pass, then colour pass)
	for pass := 0; pass < 2; pass++ {
		o := float32(0)
		c := func(x color.Color) color.Color { return x }
		if pass == 0 {
			o = 2.2 // the outline: every part a little bigger, in white
			c = func(color.Color) color.Color { return white }
		}
		if stage <= 1 { // a backpack behind
			box(-11-o, -33-o, 7+2*o, 13+2*o, c(col(plYellow)))
		}
		line(0, -17, lf, -1.5, 5+o, c(pants))
		line(0, -17, rf, -1.5, 5+o, c(pants))
		line(lf, -1, lf+2.5, -1, 4+o, c(pants)) // shoes
		line(rf, -1, rf+2.5, -1, 4+o, c(pants))
		line(0, -32, 0, -17, 10+o, c(shirt))
		line(-1, -31, lh, -18, 4+o, c(shirt))
		line(1, -31, rh, -18, 4+o, c(shirt))
		disc(lh, -18, 2.2+o/2, c(skin))
		disc(rh, -18, 2.2+o/2, c(skin))
		disc(0, -40, 6.2+o, c(skin))
		if pass == 1 {
			// hair, and each stage's sign
			line(-4.5, -44, 4.5, -44, 4, col(plWoodD))
			switch stage {
			case 1: // a book under the arm
				box(3, -29, 6, 8, col(plMat))
			case 2: // a lanyard badge
				line(-2, -31, 0, -26, 1, col(ui.Ink))
				line(2, -31, 0, -26, 1, col(ui.Ink))
				box(-2, -26, 4, 5, white)
			case 3: // a tie and a clipboard
				line(0, -31, 0, -24, 2, col(plRose))
				box(rh-1, -24, 7, 9, col(plWood))
				box(rh, -23, 5, 6, white)
			}
		}
	}
}

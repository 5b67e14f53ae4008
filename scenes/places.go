package scenes

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// Places: each act and each workplace has its own picture, flat vector art in the
// game's palette: a high-school hallway, a lecture hall, a first job's admin
// corridor, the manager's office, and the six settings (a practice's front desk, a
// hospital corridor, an outpatient clinic, a public health office, a claims office,
// a rehab gym). A picture is drawn once into its own image, cached by (place, signs,
// size, contrast, muted), and Draw only copies it. The dashboard's picture shows
// the facility's meters as things a player can see (placeSigns): a full waiting
// room, a warning sign on a machine, an empty seat at the desk.

// placeScale is how many image pixels a logical pixel gets (as portraits).
const placeScale = 2

// maxPlaces bounds the cache: ten places, a few sizes and sign states.
const maxPlaces = 96

// The act pictures' ids; the settings use their content ids.
const (
	placeSchool  = "act:school"
	placeCollege = "act:college"
	placeJob     = "act:job"
	placeManager = "act:manager"
)

// placeIDs lists every picture: the four acts, then the six settings.
var placeIDs = []string{placeSchool, placeCollege, placeJob, placeManager, "practice", "hospital", "clinic", "gov-agency", "mco", "rehab"}

// actPlace is the picture of act a.
func actPlace(a game.Act) string { return "act:" + string(a) }

// placeSigns is what the facility's meters show in its picture. Every sign is a
// shape, never a colour alone: how many people wait, a warning triangle with an
// exclamation mark on a machine, an empty chair where staff should be.
type placeSigns struct {
	crowd uint8 // 0 calm, 1 busy, 2 crowded (a claims office: the height of the paper stacks)
	warn  bool  // equipment maintenance is off target
	short bool  // staffing coverage is off target
}

// signsOf reads the signs from the run's meters.
func signsOf(v game.View) placeSigns {
	var sg placeSigns
	health := func(id string) (float64, bool) {
		d := game.Meter(id)
		if d == nil || !d.In(v.Setting()) {
			return 0, false
		}
		return d.Health(v.Meter(id)), true
	}
	flow := game.PatientSatisfied
	switch v.Setting() {
	case "hospital":
		flow = game.EDMinutes
	case "rehab":
		flow = game.BedOccupancy
	case "mco":
		flow = game.DenialRate
	case "gov-agency":
		flow = game.CommunityHealth
	}
	if h, ok := health(flow); ok {
		switch {
		case h < 0.35:
			sg.crowd = 2
		case h < 0.6:
			sg.crowd = 1
		}
	}
	if h, ok := health(game.MaintenanceDone); ok && h < 0.35 {
		sg.warn = true
	}
	if h, ok := health(game.StaffingCoverage); ok && h < 0.35 {
		sg.short = true
	}
	return sg
}

type placeKey struct {
	id              string
	signs           placeSigns
	w, h            int
	hc, muted, crop bool
}

// A cropped picture shows the room from cropTop to cropBottom (of 100).
const cropTop, cropBottom = 28, 92

var (
	places      = map[placeKey]*ebiten.Image{}
	placeBuilds int // how many pictures were ever drawn (tests: Draw draws none)
	placeOp     ebiten.DrawImageOptions
)

// placeImage returns the picture, drawing it on first use.
func placeImage(k placeKey) *ebiten.Image {
	if img, ok := places[k]; ok {
		return img
	}
	if len(places) >= maxPlaces {
		for key, old := range places {
			old.Deallocate()
			delete(places, key)
		}
	}
	art := newArtImage(k.w, k.h)
	paintPlace(art, k)
	img := art.ebiten()
	places[k] = img
	placeBuilds++
	return img
}

func placeKeyFor(id string, sg placeSigns, r ui.Rect, hc, muted, crop bool) placeKey {
	return placeKey{id: id, signs: sg, w: int(math.Round(r.W * placeScale)), h: int(math.Round(r.H * placeScale)), hc: hc, muted: muted, crop: crop}
}

// preparePlace draws the picture ahead (at layout), so the first frame draws none.
func preparePlace(ctx *Context, id string, sg placeSigns, r ui.Rect, muted, crop bool) {
	placeImage(placeKeyFor(id, sg, r, ctx.Prefs.HighContrast, muted, crop))
}

// drawPlace copies the picture of id into r, through the canvas frame so it scales
// with the window, framed by a thin line.
func drawPlace(c *ui.Canvas, id string, r ui.Rect) { drawPlaceAs(c, id, placeSigns{}, r, false, false) }

// drawPlaceAs draws the picture with its signs; muted pales it into a backdrop.
func drawPlaceAs(c *ui.Canvas, id string, sg placeSigns, r ui.Rect, muted, crop bool) {
	if r.W <= 0 || r.H <= 0 {
		return
	}
	img := placeImage(placeKeyFor(id, sg, r, c.HighContrast, muted, crop))
	f := c.F
	s := r.W * f.Scale / float64(img.Bounds().Dx())
	placeOp.GeoM.Reset()
	placeOp.GeoM.Scale(s, r.H*f.Scale/float64(img.Bounds().Dy()))
	placeOp.GeoM.Translate(math.Round(f.OffX+r.X*f.Scale), math.Round(f.OffY+r.Y*f.Scale))
	placeOp.Filter = ebiten.FilterLinear
	c.DrawImage(img, &placeOp)
	c.StrokeRect(r, 2, placeFrameC)
}

// The pictures' own colours, beside the palette: wood, cork, sky, a few clothes.
var (
	plWall    = color.RGBA{0xe9, 0xe4, 0xd8, 0xff}
	plWallB   = color.RGBA{0xdc, 0xe9, 0xe6, 0xff}
	plWallC   = color.RGBA{0xe6, 0xe6, 0xee, 0xff}
	plFloor   = color.RGBA{0xc9, 0xbf, 0xaa, 0xff}
	plFloorB  = color.RGBA{0xb8, 0xc4, 0xc2, 0xff}
	plWood    = color.RGBA{0xa8, 0x7a, 0x4f, 0xff}
	plWoodD   = color.RGBA{0x7a, 0x55, 0x36, 0xff}
	plCork    = color.RGBA{0xc8, 0x9b, 0x62, 0xff}
	plBoard   = color.RGBA{0x2f, 0x4a, 0x3f, 0xff}
	plSky     = color.RGBA{0xbf, 0xdd, 0xee, 0xff}
	plCity    = color.RGBA{0x8a, 0xa5, 0xb5, 0xff}
	plScreen  = color.RGBA{0x3a, 0x4e, 0x5e, 0xff}
	plGlow    = color.RGBA{0x9f, 0xd8, 0xcf, 0xff}
	plPlant   = color.RGBA{0x4f, 0x8a, 0x4a, 0xff}
	plPaper   = color.RGBA{0xfb, 0xfa, 0xf5, 0xff}
	plYellow  = color.RGBA{0xf0, 0xc8, 0x4b, 0xff}
	plRose    = color.RGBA{0xd9, 0x8c, 0x8c, 0xff}
	plMat     = color.RGBA{0x5b, 0x7f, 0xb0, 0xff}
	plMetal   = color.RGBA{0x9a, 0xa3, 0xa8, 0xff}
	plPeople  = []color.RGBA{{0x3f, 0x5a, 0x8a, 0xff}, {0x7a, 0x3e, 0x5c, 0xff}, {0x6b, 0x8f, 0x3a, 0xff}, {0xc8, 0x55, 0x3d, 0xff}, {0x2f, 0x7f, 0x9a, 0xff}, {0x5a, 0x4a, 0x3f, 0xff}, {0x7b, 0x5e, 0xa7, 0xff}}
	plSkin    = []color.RGBA{{0xe6, 0xb8, 0x97, 0xff}, {0x8d, 0x5a, 0x3b, 0xff}, {0xc9, 0x90, 0x68, 0xff}, {0x5c, 0x3a, 0x27, 0xff}, {0xf3, 0xd6, 0xc2, 0xff}, {0xb8, 0x8a, 0x5c, 0xff}}
	plScrubs  = color.RGBA{0x3a, 0x8c, 0x88, 0xff}
	plWarnInk = color.RGBA{0x1d, 0x24, 0x2b, 0xff}
)

// painter draws a picture in image pixels; u is a hundredth of the height, so a
// picture keeps its proportions on any band and fills a wider band with more of
// the room (more lockers, more chairs).
type painter struct {
	dst       *artImage
	w, h, u   float32
	oy        float32 // the room's top row shown (u units): a cropped picture starts lower
	hc, muted bool
	p         artPath
}

// col is clr as the picture shows it: the high-contrast twin, or paled toward
// the paper for a backdrop.
func (q *painter) col(clr color.RGBA) color.RGBA {
	if q.hc {
		if t, ok := ui.Contrast(clr).(color.RGBA); ok {
			clr = t
		}
	}
	if q.muted {
		m := func(a, b uint8) uint8 { return uint8(float32(a)*0.55 + float32(b)*0.45) }
		clr = color.RGBA{m(clr.R, ui.Paper.R), m(clr.G, ui.Paper.G), m(clr.B, ui.Paper.B), 0xff}
	}
	return clr
}

func (q *painter) fill(clr color.RGBA) {
	q.dst.fill(&q.p, q.col(clr))
	q.p.Reset()
}

func (q *painter) stroke(w float32, clr color.RGBA) {
	q.dst.stroke(&q.p, w*q.u, q.col(clr))
	q.p.Reset()
}

// Shapes take x in pixels of the width (X(frac) helps) and y in u units.

func (q *painter) rect(x, y, w, h float32, clr color.RGBA) {
	u := q.u
	q.dst.fillRect(x, (y-q.oy)*u, w, h*u, q.col(clr))
}

// box is rect with its width in u units too.
func (q *painter) box(x, y, w, h float32, clr color.RGBA) { q.rect(x, y, w*q.u, h, clr) }

func (q *painter) line(x0, y0, x1, y1, w float32, clr color.RGBA) {
	q.p.MoveTo(x0, (y0-q.oy)*q.u)
	q.p.LineTo(x1, (y1-q.oy)*q.u)
	q.stroke(w, clr)
}

func (q *painter) oval(cx, cy, rx, ry float32, clr color.RGBA) {
	u, k := q.u, float32(0.5523)
	rx, ry, cy = rx*u, ry*u, (cy-q.oy)*u
	p := &q.p
	p.MoveTo(cx-rx, cy)
	p.CubicTo(cx-rx, cy-ry*k, cx-rx*k, cy-ry, cx, cy-ry)
	p.CubicTo(cx+rx*k, cy-ry, cx+rx, cy-ry*k, cx+rx, cy)
	p.CubicTo(cx+rx, cy+ry*k, cx+rx*k, cy+ry, cx, cy+ry)
	p.CubicTo(cx-rx*k, cy+ry, cx-rx, cy+ry*k, cx-rx, cy)
	p.Close()
	q.fill(clr)
}

// poly fills a polygon: x in pixels, y in u units.
func (q *painter) poly(clr color.RGBA, xy ...float32) {
	q.p.MoveTo(xy[0], (xy[1]-q.oy)*q.u)
	for i := 2; i+1 < len(xy); i += 2 {
		q.p.LineTo(xy[i], (xy[i+1]-q.oy)*q.u)
	}
	q.p.Close()
	q.fill(clr)
}

// person is a simple silhouette standing with its feet at (x, foot), tall u units.
func (q *painter) person(x, foot, tall float32, i int) {
	u := q.u
	cl, sk := plPeople[i%len(plPeople)], plSkin[i%len(plSkin)]
	hw := tall * 0.17 * u // half the shoulders
	top := foot - tall
	q.rect(x-hw*0.55, foot-tall*0.42, tall*0.19*u, tall*0.42, ui.Ink) // legs
	q.poly(cl, x-hw, top+tall*0.3, x+hw, top+tall*0.3, x+hw*0.8, foot-tall*0.38, x-hw*0.8, foot-tall*0.38)
	q.oval(x-hw*0.78, top+tall*0.36, tall*0.055, tall*0.07, cl) // shoulders, rounded
	q.oval(x+hw*0.78, top+tall*0.36, tall*0.055, tall*0.07, cl)
	q.oval(x, top+tall*0.15, tall*0.11, tall*0.13, sk) // head
}

// seated is a person sitting on a chair whose seat is at seat, facing the viewer.
func (q *painter) seated(x, seat, tall float32, i int) {
	u := q.u
	cl, sk := plPeople[i%len(plPeople)], plSkin[i%len(plSkin)]
	hw := tall * 0.17 * u
	top := seat - tall*0.62
	q.poly(cl, x-hw, top+tall*0.3, x+hw, top+tall*0.3, x+hw*0.85, seat, x-hw*0.85, seat)
	q.oval(x-hw*0.78, top+tall*0.36, tall*0.055, tall*0.07, cl)
	q.oval(x+hw*0.78, top+tall*0.36, tall*0.055, tall*0.07, cl)
	q.rect(x-hw*0.8, seat-tall*0.05, tall*0.34*u, tall*0.1, ui.Ink) // lap
	q.oval(x, top+tall*0.15, tall*0.11, tall*0.13, sk)
}

// chair is a waiting-room chair at x with its seat at seat; empty when nobody sits.
func (q *painter) chair(x, seat float32, clr color.RGBA) {
	u := q.u
	q.box(x-7*u, seat-14, 14, 14, clr)
	q.box(x-8*u, seat-1, 16, 4, shade(clr, 0.8))
	q.line(x-6*u, seat+3, x-6*u, seat+13, 1.4, ui.InkSoft)
	q.line(x+6*u, seat+3, x+6*u, seat+13, 1.4, ui.InkSoft)
}

// warning is a maintenance warning: a triangle with an exclamation mark.
func (q *painter) warning(x, y, s float32) {
	u := q.u
	q.poly(ui.Focus, x, y-s, x+s*1.1*u, y+s*0.9, x-s*1.1*u, y+s*0.9)
	q.poly(plYellow, x, y-s*0.68, x+s*0.82*u, y+s*0.72, x-s*0.82*u, y+s*0.72)
	q.box(x-s*0.1, y-s*0.35, s*0.2, s*0.62, plWarnInk)
	q.oval(x, y+s*0.47, s*0.12, s*0.12, plWarnInk)
}

// monitor is a screen on a stand; warn shows the warning over a dark screen.
func (q *painter) monitor(x, y, w, h float32, warn bool) {
	u := q.u
	q.box(x-w/2*u, y, w, h, ui.Ink)
	scr := plGlow
	if warn {
		scr = plScreen
	}
	q.box(x-(w/2-1.5)*u, y+1.5, w-3, h-3, scr)
	if !warn {
		q.line(x-(w/2-4)*u, y+h*0.6, x-2*u, y+h*0.6, 1, ui.Teal)
		q.line(x-2*u, y+h*0.6, x, y+h*0.25, 1, ui.Teal)
		q.line(x, y+h*0.25, x+2*u, y+h*0.75, 1, ui.Teal)
		q.line(x+2*u, y+h*0.75, x+(w/2-4)*u, y+h*0.6, 1, ui.Teal)
	} else {
		q.warning(x, y+h*0.5, max(h*0.4, 7))
	}
}

// desk is a counter from x0 to x1 (pixels), its top at top and front to the floor.
func (q *painter) desk(x0, x1, top, floor float32, clr color.RGBA) {
	q.rect(x0, top, x1-x0, floor-top, clr)
	q.rect(x0-q.u, top-2, x1-x0+2*q.u, 3, shade(clr, 0.8))
}

// plant is a potted plant standing on the floor at x.
func (q *painter) plant(x, floor float32) {
	u := q.u
	q.oval(x-4*u, floor-20, 5, 9, plPlant)
	q.oval(x+4*u, floor-22, 5, 10, plPlant)
	q.oval(x, floor-27, 5, 10, shade(plPlant, 1.15))
	q.poly(plWood, x-6*u, floor-11, x+6*u, floor-11, x+4.5*u, floor, x-4.5*u, floor)
}

// waiting draws a row of chairs from x0, people in them as the crowd sign says,
// and people standing when it is crowded. It returns where the row ends.
func (q *painter) waiting(x0, x1, floor float32, crowd uint8, seed int) {
	u := q.u
	step := 19 * u
	n := min(10, int((x1-x0)/step))
	for i := 0; i < n; i++ {
		x := x0 + step/2 + float32(i)*step
		q.chair(x, floor-13, ui.TealLight)
		if crowd == 0 && i == 1 || crowd == 1 && i%2 == 0 && i < 6 || crowd == 2 {
			q.seated(x, floor-14, 40, seed+i)
		}
	}
	if crowd == 2 {
		for i := 0; i < 3; i++ {
			q.person(x0+step*(float32(i)+0.9), floor+9, 42, seed+i+4)
		}
	}
}

// paintPlace draws the picture of k into dst.
func paintPlace(dst *artImage, k placeKey) {
	w, h := float32(k.w), float32(k.h)
	q := &painter{dst: dst, w: w, h: h, u: h / 100, hc: k.hc, muted: k.muted}
	if k.crop {
		// a low band shows the room's middle, larger: from the signs on the wall
		// to just under the waiting room's feet
		q.oy = cropTop
		q.u = h / (cropBottom - cropTop)
	}
	sg := k.signs
	switch k.id {
	case placeSchool:
		paintSchool(q)
	case placeCollege:
		paintCollege(q)
	case placeJob:
		paintJob(q)
	case placeManager:
		paintManagerOffice(q)
	case "practice":
		paintPractice(q, sg)
	case "hospital":
		paintHospital(q, sg)
	case "clinic":
		paintClinic(q, sg)
	case "gov-agency":
		paintAgency(q, sg)
	case "mco":
		paintClaims(q, sg)
	case "rehab":
		paintRehab(q, sg)
	default:
		q.rect(0, 0, w, 100, plWall)
	}
}

// room fills the wall and the floor (from y 80 in u units) with a skirting line.
func (q *painter) room(wall, floor color.RGBA) {
	q.rect(0, 0, q.w, 80, wall)
	q.rect(0, 80, q.w, 20, floor)
	q.rect(0, 79, q.w, 2, shade(floor, 0.75))
}

func paintSchool(q *painter) {
	u, w := q.u, q.w
	q.room(plWall, plFloor)
	// floor tiles
	for x := float32(0); x < w; x += 24 * u {
		q.line(x, 81, x-10*u, 100, 0.6, shade(plFloor, 0.85))
	}
	// a bulletin board with notes, a clock, lockers to the edges
	bx := w*0.5 - 40*u
	q.box(bx, 14, 80, 44, plWoodD)
	q.box(bx+2*u, 16, 76, 40, plCork)
	notes := []color.RGBA{plPaper, plYellow, plGlow, plRose, plPaper, ui.Selected}
	for i, c := range notes {
		nx := bx + (6+float32(i%3)*24)*u
		ny := float32(19 + (i/3)*19)
		q.box(nx, ny, 18, 15, c)
		q.oval(nx+9*u, ny+1, 1.4, 1.4, ui.Bad)
		q.line(nx+3*u, ny+6, nx+15*u, ny+6, 0.6, ui.InkSoft)
		q.line(nx+3*u, ny+10, nx+12*u, ny+10, 0.6, ui.InkSoft)
	}
	q.oval(bx+100*u, 18, 8, 8, ui.Ink)
	q.oval(bx+100*u, 18, 6.6, 6.6, plPaper)
	q.line(bx+100*u, 18, bx+100*u, 13, 0.9, ui.Ink)
	q.line(bx+100*u, 18, bx+104*u, 19, 0.9, ui.Ink)
	locker := func(x float32, i int) {
		clr := ui.TealLight
		if i%2 == 1 {
			clr = shade(ui.TealLight, 0.9)
		}
		q.box(x, 10, 15, 69, clr)
		q.rect(x, 10, 0.5*u, 69, shade(ui.TealLight, 0.7))
		for v := float32(0); v < 3; v++ {
			q.box(x+4*u, 15+v*3, 7, 1.2, shade(ui.TealLight, 0.7))
		}
		q.box(x+11*u, 44, 1.6, 6, ui.Ink)
	}
	i := 0
	for x := float32(4 * u); x+15*u < bx-4*u; x += 15 * u {
		locker(x, i)
		i++
	}
	for x := w - 19*u; x > bx+116*u; x -= 15 * u {
		locker(x, i)
		i++
	}
	// two students with backpacks
	sx := bx + 20*u
	q.box(sx-10*u, 48, 7, 16, plMat)
	q.person(sx, 96, 52, 0)
	q.person(sx+30*u, 96, 48, 3)
	q.box(sx+35*u, 48, 7, 15, plPlant)
}

func paintCollege(q *painter) {
	u, w := q.u, q.w
	q.rect(0, 0, w, 100, plWallC)
	// the board and the screen at the front, a lectern
	q.box(w*0.5-55*u, 6, 110, 38, plWoodD)
	q.box(w*0.5-53*u, 8, 106, 34, plBoard)
	for i := float32(0); i < 4; i++ {
		q.line(w*0.5-46*u, 14+i*7, w*0.5+(10-i*8)*u, 14+i*7, 1, plPaper)
	}
	q.oval(w*0.5+32*u, 25, 9, 9, plPaper)
	q.line(w*0.5+32*u, 25, w*0.5+32*u, 16, 1, plBoard)
	q.line(w*0.5+32*u, 25, w*0.5+40*u, 25, 1, plBoard)
	q.person(w*0.5-70*u, 58, 30, 5)
	q.box(w*0.5-64*u, 40, 12, 18, plWood)
	// tiered rows of desks, students seen from behind
	for r := 0; r < 3; r++ {
		y := float32(58 + r*14)
		q.rect(0, y, w, 14, shade(plWood, 1+float64(r)*0.08))
		q.rect(0, y, w, 2, plWoodD)
		step := float32(22-r*2) * u
		for i, x := 0, float32(r)*7*u+6*u; x < w; i, x = i+1, x+step {
			if (i+r)%4 == 2 {
				continue // an empty seat here and there
			}
			hair := []color.RGBA{{0x24, 0x20, 0x1f, 0xff}, {0x7a, 0x4f, 0x2e, 0xff}, {0x4a, 0x31, 0x23, 0xff}, {0xd6, 0xb2, 0x6a, 0xff}}[(i*3+r)%4]
			q.oval(x, y-1+float32(r)*1.5, 6+float32(r), 4.5+float32(r)*0.6, plPeople[(i+r)%len(plPeople)])
			q.oval(x, y-7+float32(r)*0.8, 3.6+float32(r)*0.6, 4+float32(r)*0.6, hair)
		}
	}
}

// door is a door with a small window and a sign plate above it.
func (q *painter) door(x, top float32, clr color.RGBA) {
	u := q.u
	q.box(x, top, 22, 80-top, shade(clr, 0.8))
	q.box(x+1.5*u, top+1.5, 19, 80-top-1.5, clr)
	q.box(x+6*u, top+8, 10, 12, plSky)
	q.box(x+16*u, top+30, 3, 1.6, ui.Ink)
	q.box(x+2*u, top-7, 18, 5, ui.Teal)
	q.line(x+5*u, top-4.5, x+16*u, top-4.5, 0.8, ui.White)
}

func paintJob(q *painter) {
	u, w := q.u, q.w
	q.room(plWallB, plFloorB)
	q.rect(0, 50, w, 3, ui.TealLight) // a guide stripe along the corridor
	for x := float32(10 * u); x < w-30*u; x += 70 * u {
		q.door(x, 24, plWood)
	}
	// a desk with a computer, and the new hire with a clipboard
	dx := w*0.5 + 6*u
	q.desk(dx, dx+50*u, 62, 80, ui.Card)
	q.rect(dx, 62, 50*u, 1, ui.Line)
	q.monitor(dx+14*u, 44, 20, 15, false)
	q.person(dx+38*u, 92, 50, 4)
	q.box(dx+41*u, 58, 7, 10, plPaper)
	q.box(dx+41*u, 58, 7, 1.5, ui.Ink)
	q.person(dx-12*u, 94, 52, 1)
	q.plant(w-10*u, 80)
}

func paintManagerOffice(q *painter) {
	u, w := q.u, q.w
	q.room(plWall, plWood)
	// a wide window on the city
	wx0, wx1 := 8*u, w*0.55
	q.rect(wx0, 8, wx1-wx0, 50, ui.Ink)
	q.rect(wx0+u, 9, wx1-wx0-2*u, 48, plSky)
	for i, x := 0, wx0+4*u; x < wx1-10*u; i, x = i+1, x+13*u {
		hgt := float32(14 + (i*37)%22)
		q.rect(x, 57-hgt, 10*u, hgt, plCity)
		for y := 57 - hgt + 3; y < 54; y += 5 {
			q.rect(x+2*u, y, 2*u, 2, plPaper)
			q.rect(x+6*u, y, 2*u, 2, plPaper)
		}
	}
	for x := wx0 + 40*u; x < wx1; x += 40 * u {
		q.rect(x, 9, 1.2*u, 48, ui.Ink)
	}
	// a chart on the wall
	cx := wx1 + 14*u
	q.box(cx, 12, 40, 30, plPaper)
	q.rect(cx, 12, 40*u, 1, ui.Line)
	for i, v := range []float32{8, 13, 11, 18, 22} {
		q.box(cx+(4+float32(i)*7)*u, 38-v, 5, v, ui.TealLight)
	}
	q.line(cx+4*u, 36, cx+36*u, 16, 1, ui.Focus)
	// the manager's desk, chair and a plant
	dx := w * 0.35
	q.person(dx+30*u, 74, 46, 2)
	q.desk(dx, dx+60*u, 62, 84, plWoodD)
	q.monitor(dx+14*u, 47, 20, 14, false)
	q.box(dx+38*u, 58, 12, 4, plPaper)
	q.box(dx+39*u, 55, 10, 3, plPaper)
	// a bookshelf and a small meeting table with a visitor
	bs := cx + 56*u
	if bs+30*u < w-24*u {
		q.box(bs, 20, 30, 60, plWoodD)
		for r := float32(0); r < 3; r++ {
			q.box(bs+2*u, 24+r*18, 26, 14, plWall)
			for i, x := 0, bs+3*u; x < bs+26*u; i, x = i+1, x+4*u {
				q.box(x, 28+r*18-float32(i%2)*2, 3, 10+float32(i%2)*2, []color.RGBA{ui.Teal, plRose, plYellow, plMat, ui.TealLight}[(i+int(r))%5])
			}
		}
	}
	if tx := bs + 44*u; tx+40*u < w-24*u {
		q.person(tx+34*u, 86, 44, 4)
		q.oval(tx+20*u, 62, 20, 3, plWood)
		q.box(tx+18*u, 62, 4, 22, plWoodD)
	}
	q.plant(w-12*u, 84)
	q.plant(10*u, 84)
}

func paintPractice(q *painter, sg placeSigns) {
	u, w := q.u, q.w
	q.room(plWallB, plFloor)
	// the sign: a cross and the practice's name plate
	q.box(8*u, 10, 40, 14, ui.Teal)
	q.box(12*u, 13, 3, 8, ui.White)
	q.box(10*u, 15.5, 7, 3, ui.White)
	q.line(22*u, 15, 44*u, 15, 1.2, ui.White)
	q.line(22*u, 20, 38*u, 20, 1.2, ui.White)
	// the front desk: a receptionist and a computer, or an empty chair
	dx := 10 * u
	if sg.short {
		q.chair(dx+22*u, 58, plMat)
	} else {
		q.person(dx+22*u, 82, 46, 6)
	}
	q.desk(dx, dx+56*u, 56, 80, ui.Card)
	q.rect(dx, 56, 56*u, 1, ui.Line)
	q.monitor(dx+42*u, 40, 18, 14, sg.warn)
	q.box(dx+6*u, 52, 8, 4, plPaper)
	q.plant(dx+64*u, 80)
	// the waiting room
	q.box(dx+80*u, 16, 26, 20, plSky) // a window
	q.rect(dx+92.5*u, 16, u, 20, ui.Line)
	q.waiting(dx+76*u, w-30*u, 80, sg.crowd, 0)
	q.door(w-28*u, 24, plWood) // the exam room
}

func paintHospital(q *painter, sg placeSigns) {
	u, w := q.u, q.w
	q.room(plWallB, plFloorB)
	q.rect(0, 52, w, 2.5, plMetal) // the handrail
	for x := float32(60 * u); x < w; x += 110 * u {
		q.door(x, 22, plWallC)
	}
	// the nurses' station and a monitor on the wall
	q.box(6*u, 8, 30, 7, ui.Teal)
	q.line(9*u, 11.5, 32*u, 11.5, 1.2, ui.White)
	if sg.short {
		q.chair(20*u, 60, plMat)
	} else {
		q.person(20*u, 84, 46, 1)
		q.box(14*u, 44, 12, 20, plScrubs)
	}
	q.desk(4*u, 44*u, 58, 80, ui.Card)
	q.rect(4*u, 58, 40*u, 1, ui.Line)
	q.monitor(54*u, 30, 22, 16, sg.warn)
	// a bed on wheels with an IV pole
	bx := 88 * u
	q.box(bx, 60, 44, 6, plPaper)
	q.box(bx, 58, 10, 4, plPaper)
	q.box(bx, 66, 44, 3, plMetal)
	q.line(bx+4*u, 69, bx+4*u, 77, 1.4, ui.InkSoft)
	q.line(bx+40*u, 69, bx+40*u, 77, 1.4, ui.InkSoft)
	q.oval(bx+4*u, 78, 2, 2, ui.Ink)
	q.oval(bx+40*u, 78, 2, 2, ui.Ink)
	q.line(bx+50*u, 32, bx+50*u, 79, 1, plMetal)
	q.box(bx+47*u, 32, 6, 9, plSky)
	// chairs for the waiting, along the far end
	q.waiting(bx+60*u, w-4*u, 80, sg.crowd, 2)
}

func paintClinic(q *painter, sg placeSigns) {
	u, w := q.u, q.w
	q.room(plWallC, plFloor)
	// exam room doors with a "room free" light (a circle) or a busy one (a bar)
	for i, x := 0, float32(8*u); x < 90*u; i, x = i+1, x+44*u {
		q.door(x, 24, plWood)
		if i == 0 || sg.crowd == 0 {
			q.oval(x+11*u, 12, 2, 2, ui.Good)
		} else {
			q.box(x+9*u, 11, 4, 2, ui.Bad)
		}
	}
	// a check-in kiosk and a scale
	kx := 100 * u
	q.box(kx, 40, 14, 40, ui.Teal)
	q.monitor(kx+7*u, 42, 12, 12, sg.warn)
	q.box(kx+20*u, 76, 12, 4, plMetal)
	q.line(kx+26*u, 76, kx+26*u, 46, 1.2, plMetal)
	q.box(kx+23*u, 44, 6, 4, plMetal)
	// a poster and the waiting chairs
	q.box(kx+40*u, 14, 22, 28, plPaper)
	q.oval(kx+51*u, 24, 6, 6, plRose)
	q.box(kx+49.5*u, 20, 3, 8, ui.White)
	q.box(kx+47*u, 22.5, 8, 3, ui.White)
	q.line(kx+44*u, 35, kx+58*u, 35, 1, ui.InkSoft)
	q.line(kx+44*u, 38, kx+54*u, 38, 1, ui.InkSoft)
	if sg.short {
		q.chair(kx+80*u, 67, plMat)
		q.box(kx+70*u, 67, 22, 13, ui.Card)
	} else {
		q.person(kx+80*u, 94, 48, 4)
	}
	q.waiting(kx+98*u, w-4*u, 80, sg.crowd, 3)
}

func paintAgency(q *painter, sg placeSigns) {
	u, w := q.u, q.w
	q.room(plWall, plFloorB)
	// a map of the county with pins, and health posters
	q.box(8*u, 24, 54, 34, plPaper)
	q.poly(plGlow, 12*u, 29, 40*u, 27, 58*u, 34, 52*u, 54, 26*u, 55, 14*u, 47)
	q.line(30*u, 28, 34*u, 54, 0.8, ui.TealLight)
	q.line(14*u, 41, 56*u, 43, 0.8, ui.TealLight)
	for i, p := range [][2]float32{{22, 37}, {44, 33}, {38, 49}, {27, 47}, {50, 43}} {
		clr := ui.Focus
		if i%2 == 1 {
			clr = ui.Teal
		}
		q.oval(p[0]*u, p[1], 1.8, 1.8, clr)
	}
	// poster: washing hands; poster: a syringe for the vaccine clinic
	px := 70 * u
	q.box(px, 26, 22, 28, plPaper)
	q.oval(px+11*u, 38, 6, 5, plSky)
	q.oval(px+8*u, 36, 1.5, 1.5, ui.White)
	q.oval(px+13*u, 40, 1.5, 1.5, ui.White)
	q.line(px+4*u, 49, px+18*u, 49, 1, ui.InkSoft)
	q.box(px+26*u, 26, 22, 28, plPaper)
	q.line(px+31*u, 44, px+43*u, 32, 2.4, ui.TealLight)
	q.line(px+43*u, 32, px+45*u, 30, 0.8, ui.Ink)
	q.line(px+30*u, 49, px+44*u, 49, 1, ui.InkSoft)
	// desks with staff at computers; an empty one when staff is short
	dx := px + 58*u
	q.box(dx+56*u, 30, 16, 50, ui.Card) // the vaccine fridge
	q.rect(dx+56*u, 52, 16*u, 1, ui.Line)
	q.box(dx+69*u, 38, 1.5, 8, ui.Ink)
	if sg.warn {
		q.warning(dx+64*u, 40, 9)
	} else {
		q.oval(dx+60*u, 35, 1.6, 1.6, ui.Good)
	}
	if sg.short {
		q.chair(dx+16*u, 60, plMat)
	} else {
		q.person(dx+16*u, 84, 44, 2)
	}
	q.desk(dx, dx+46*u, 60, 80, plWood)
	q.monitor(dx+30*u, 44, 18, 13, false)
	// visitors at the information counter, more when community health lags
	q.desk(dx+82*u, dx+120*u, 58, 80, ui.Card)
	q.box(dx+88*u, 48, 26, 8, ui.Teal)
	q.line(dx+91*u, 52, dx+111*u, 52, 1, ui.White)
	n := []int{1, 2, 5}[sg.crowd]
	for i := 0; i < n && dx+(130+float32(i)*16)*u < w; i++ {
		q.person(dx+(130+float32(i)*16)*u, 95, 46-float32(i%2)*4, i+1)
	}
	// a health fair table with flyers, under its banner
	if fx := dx + 224*u; fx+60*u < w {
		q.box(fx, 30, 60, 10, ui.Teal)
		q.line(fx+6*u, 35, fx+54*u, 35, 1.4, ui.White)
		q.person(fx+30*u, 84, 44, 5)
		q.box(fx, 62, 60, 18, ui.TealLight)
		for k := float32(0); k < 4; k++ {
			q.box(fx+(6+k*13)*u, 59, 9, 3, []color.RGBA{plPaper, plYellow, plGlow, plRose}[int(k)])
		}
		q.plant(fx+72*u, 80)
	}
}

func paintClaims(q *painter, sg placeSigns) {
	u, w := q.u, q.w
	q.room(plWallC, plFloorB)
	// filing cabinets and a printer (the equipment)
	for i := float32(0); i < 2; i++ {
		x := 6*u + i*20*u
		q.box(x, 34, 18, 46, plMetal)
		for d := float32(0); d < 3; d++ {
			q.box(x+1.5*u, 37+d*14, 15, 11, shade(plMetal, 1.1))
			q.box(x+7*u, 41+d*14, 4, 1.6, ui.Ink)
		}
	}
	q.box(48*u, 52, 24, 28, plMetal)
	q.box(50*u, 46, 20, 8, ui.InkSoft)
	q.box(53*u, 42, 14, 5, plPaper)
	if sg.warn {
		q.warning(60*u, 64, 9)
	} else {
		q.oval(66*u, 60, 1.6, 1.6, ui.Good)
	}
	// cubicles: a person at a screen, and the stack of claims beside it (taller as
	// denials pile up)
	stack := []float32{4, 12, 24}[sg.crowd]
	for i, x := 0, float32(84*u); x+52*u < w; i, x = i+1, x+64*u {
		q.box(x, 40, 58, 40, shade(ui.TealLight, 1.25))
		q.box(x, 40, 58, 2, ui.TealLight)
		if sg.short && i%2 == 1 {
			q.chair(x+18*u, 64, plMat)
		} else {
			q.person(x+18*u, 92, 44, i)
		}
		q.desk(x+4*u, x+54*u, 66, 80, plPaper)
		q.monitor(x+32*u, 52, 16, 12, false)
		for s := float32(0); s < stack; s += 2 {
			q.box(x+44*u+float32(int(s)%3)*0.4*u, 64-s-2, 9, 1.6, plPaper)
			q.rect(x+44*u, 64-s-0.4, 9*u, 0.4, ui.Line)
		}
	}
}

func paintRehab(q *painter, sg placeSigns) {
	u, w := q.u, q.w
	q.room(plWallB, plWood)
	// a wall mirror and training stairs
	q.box(6*u, 10, 60, 40, plMetal)
	q.box(7.5*u, 11.5, 57, 37, plSky)
	q.line(20*u, 14, 30*u, 46, 1.5, plPaper)
	sx := 74 * u
	q.poly(plWoodD, sx, 80, sx, 70, sx+10*u, 70, sx+10*u, 60, sx+20*u, 60, sx+20*u, 50, sx+30*u, 50, sx+30*u, 80)
	q.line(sx, 56, sx+30*u, 36, 1.4, plMetal)
	// parallel bars with a patient and a therapist
	bx := sx + 44*u
	q.box(bx-4*u, 78, 68, 3, plMat)
	q.line(bx, 58, bx+60*u, 58, 1.6, plMetal)
	q.line(bx, 62, bx+60*u, 62, 1.6, plMetal)
	for _, x := range []float32{bx + 2*u, bx + 58*u} {
		q.line(x, 58, x, 78, 1.6, plMetal)
	}
	q.person(bx+26*u, 80, 44, 3)
	if sg.short {
		q.chair(bx+44*u, 67, plMat)
	} else {
		q.person(bx+44*u, 82, 48, 6)
		q.box(bx+39*u, 44, 10, 14, plScrubs)
	}
	// a treadmill (the equipment)
	tx := bx + 80*u
	q.poly(ui.InkSoft, tx, 78, tx+40*u, 78, tx+40*u, 73, tx+4*u, 73)
	q.line(tx+36*u, 74, tx+38*u, 46, 2, plMetal)
	q.box(tx+32*u, 42, 12, 8, ui.Ink)
	if sg.warn {
		q.warning(tx+18*u, 52, 10)
	} else {
		q.box(tx+33.5*u, 43.5, 9, 5, plGlow)
	}
	// patients waiting for their session
	q.waiting(tx+50*u, w-4*u, 80, sg.crowd, 1)
}

// placeBand is one placed picture: which place, its signs, where, and whether it
// is paled into a backdrop. The zero band draws nothing.
type placeBand struct {
	id    string
	sg    placeSigns
	r     ui.Rect
	muted bool
	crop  bool // a low band: the room's middle, larger
}

func (b *placeBand) prepare(ctx *Context) {
	if b.id != "" && b.r.W > 0 && b.r.H > 0 {
		preparePlace(ctx, b.id, b.sg, b.r, b.muted, b.crop)
	}
}

func (b *placeBand) draw(c *ui.Canvas) {
	if b.id != "" {
		drawPlaceAs(c, b.id, b.sg, b.r, b.muted, b.crop)
	}
}

// introBand is the act's picture on its intro card: a pale band across the room
// between the text (ending at bottom) and the Continue button, never under text;
// none when the text leaves too little room.
func introBand(ctx *Context, act game.Act, bottom float64) placeBand {
	y1 := float64(ui.H - 130 - 22)
	y0 := max(bottom+22, y1-150)
	if y1-y0 < 80 {
		return placeBand{}
	}
	b := placeBand{id: actPlace(act), r: ui.Rect{X: 190, Y: y0, W: 900, H: y1 - y0}, muted: true}
	b.prepare(ctx)
	return b
}

// weekBand is the workplace's picture in the dashboard's header, between the act's
// name and the week, showing the meters' signs; none when the bar has no room.
func weekBand(ctx *Context, h *header, v game.View) placeBand {
	x0, x1 := 24+h.actW+32, min(h.progressX, h.nameX)-32
	w := min(x1-x0, 380)
	if w < 200 || v.Setting() == "" {
		return placeBand{}
	}
	b := placeBand{id: v.Setting(), sg: signsOf(v), r: ui.Rect{X: x0 + (x1-x0-w)/2, Y: 9, W: w, H: 46}, crop: true}
	b.prepare(ctx)
	return b
}

// placePath is the title's career path: the four acts' pictures in a loop (1 → 2
// across the top, down to 3, back to 4), numbered, on a road, each named.
type placePath struct {
	panels [4]ui.Rect
	ids    [4]string
	labels [4]ui.Block
	nums   [4]string
	numX   [4]float64
	numY   float64 // the numbers' top, below each picture's top
	badgeR float64 // the number badges' radius, larger with the text
	n      int
	bottom float64 // below the bottom row's names (the title's animated caption goes there)
}

const pathX, pathY, pathW, pathH, pathGapX, pathRow = 800.0, 214.0, 200.0, 116.0, 36.0, 176.0

// the path's colours boxed once (no allocation per frame)
var pathRoadC, pathBadgeC, placeFrameC, pathCurC color.Color = ui.TealLight, ui.Teal, ui.Line, ui.Focus

func (p *placePath) layout(ctx *Context) {
	p.n = 0
	if ctx.Content == nil {
		return
	}
	fs := ctx.Fonts
	// the labels first: the bottom row starts below the tallest label of the top row
	for i, a := range game.Acts {
		if i >= len(p.panels) {
			break
		}
		title := ""
		if d := ctx.Content.ActDef(a); d != nil {
			title = ctx.X(d.Title)
		}
		p.labels[i] = fs.NewBlock(title, ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}, pathW)
		p.n++
	}
	rowY := [2]float64{pathY, pathY + max(pathRow, pathH+6+max(p.labels[0].Height(), p.labels[1].Height())+16)}
	p.badgeR = max(15, fs.LineHeight(roadNumStyle)/2+2)
	for i := 0; i < p.n; i++ {
		col := i % 2
		if i >= 2 {
			col = 1 - col // the path turns back along the bottom row
		}
		r := ui.Rect{X: pathX + float64(col)*(pathW+pathGapX), Y: rowY[i/2], W: pathW, H: pathH}
		p.panels[i], p.ids[i] = r, actPlace(game.Acts[i])
		p.nums[i] = itoa(i + 1)
		// the number on a badge in the picture's corner
		p.numX[i] = r.X + 4 + p.badgeR - fs.Width(p.nums[i], roadNumStyle)/2
		p.numY = 4 + p.badgeR - fs.LineHeight(roadNumStyle)/2
		preparePlace(ctx, p.ids[i], placeSigns{}, r, false, false)
	}
	p.bottom = rowY[1] + pathH + 6 + max(p.labels[2].Height(), p.labels[3].Height())
}

// draw draws the path; picture cur (-1: none) is the one the title's figure stands
// in (title_anim.go): framed in orange, grown by grow (0..1) of animZoom.
func (p *placePath) draw(c *ui.Canvas, cur int, grow float64) {
	// the road between the pictures: across a row, and round the right-hand side
	// from the top row down to the bottom one
	for i := 1; i < p.n; i++ {
		a, b := p.panels[i-1], p.panels[i]
		ya, yb := a.Y+a.H/2, b.Y+b.H/2
		switch {
		case a.Y != b.Y:
			x := max(a.X+a.W, b.X+b.W) + 16
			c.Line(a.X+a.W, ya, x, ya, 6, pathRoadC)
			c.Line(x, ya-3, x, yb+3, 6, pathRoadC)
			c.Line(x, yb, b.X+b.W, yb, 6, pathRoadC)
		case a.X < b.X:
			c.Line(a.X+a.W, ya, b.X, yb, 6, pathRoadC)
		default:
			c.Line(b.X+b.W, yb, a.X, ya, 6, pathRoadC)
		}
	}
	for i := 0; i < p.n; i++ {
		r := p.panels[i]
		if i != cur {
			drawPlace(c, p.ids[i], r)
			c.Circle(r.X+4+p.badgeR, r.Y+4+p.badgeR, p.badgeR, pathBadgeC)
			c.Text(p.nums[i], p.numX[i], r.Y+p.numY, roadNumStyle)
		}
		c.Block(p.labels[i], r.X, r.Y+r.H+6)
	}
	if cur >= 0 && cur < p.n {
		// the current picture last, over its neighbours: grown about its centre
		// (never down onto its name), framed, its number on an orange badge
		r := p.panels[cur]
		g := animZoom * grow
		z := ui.Rect{X: r.X - r.W*g/2, Y: r.Y - r.H*g, W: r.W * (1 + g), H: r.H * (1 + g)}
		drawPlaceZoomed(c, p.ids[cur], r, z)
		c.StrokeRect(z, 2+2*grow, pathCurC)
		dx, dy := z.X-r.X, z.Y-r.Y
		c.Circle(z.X+4+p.badgeR, z.Y+4+p.badgeR, p.badgeR, pathCurC)
		c.Text(p.nums[cur], p.numX[cur]+dx, r.Y+p.numY+dy, roadNumStyle)
	}
}

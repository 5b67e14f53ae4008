package scenes

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	xvector "golang.org/x/image/vector"
)

// The art (portraits, places, the title's figure, the moments) is painted once, at
// layout, on the CPU: paths filled and stroked with exact-area anti-aliasing
// (golang.org/x/image/vector, which the fonts use already), then uploaded as one
// image. Ebitengine's vector package would paint them on the GPU with four shaders
// of its own, compiled when the first picture is drawn: in a browser that is tens of
// milliseconds before the first frame, and its code in the download.

// artImage is a picture being painted. Each shape is rasterised in its own
// bounding box only (the rasterizer's cost is its area).
type artImage struct {
	*image.RGBA
	z      xvector.Rasterizer
	ox, oy float32         // the shape's box's corner, subtracted from its points
	box    image.Rectangle // the shape's box, in the picture
}

// begin starts a shape whose points lie in [x0,x1]x[y0,y1] (pad: how far past them
// it reaches, a stroke's half width).
func (a *artImage) begin(x0, y0, x1, y1, pad float32) bool {
	r := image.Rect(int(math.Floor(float64(x0-pad)))-1, int(math.Floor(float64(y0-pad)))-1,
		int(math.Ceil(float64(x1+pad)))+1, int(math.Ceil(float64(y1+pad)))+1).Intersect(a.Bounds())
	if r.Empty() {
		return false
	}
	a.box, a.ox, a.oy = r, float32(r.Min.X), float32(r.Min.Y)
	a.z.Reset(r.Dx(), r.Dy())
	a.z.DrawOp = draw.Over
	return true
}

func (a *artImage) moveTo(x, y float32) { a.z.MoveTo(x-a.ox, y-a.oy) }
func (a *artImage) lineTo(x, y float32) { a.z.LineTo(x-a.ox, y-a.oy) }

// paint composites the shape in clr.
func (a *artImage) paint(clr color.Color) {
	a.z.Draw(a.RGBA, a.box, image.NewUniform(clr), image.Point{})
}

// pathBox is the box around p's points.
func pathBox(p *artPath) (x0, y0, x1, y1 float32, ok bool) {
	x0, y0 = float32(math.Inf(1)), float32(math.Inf(1))
	x1, y1 = float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, s := range p.subs {
		for _, q := range s.pts {
			x0, y0, x1, y1 = min(x0, q.x), min(y0, q.y), max(x1, q.x), max(y1, q.y)
			ok = true
		}
	}
	return
}

func newArtImage(w, h int) *artImage {
	return &artImage{RGBA: image.NewRGBA(image.Rect(0, 0, max(1, w), max(1, h)))}
}

// Fill paints the whole picture one colour.
func (a *artImage) Fill(clr color.Color) {
	draw.Draw(a.RGBA, a.Bounds(), image.NewUniform(clr), image.Point{}, draw.Src)
}

// ebiten uploads the picture.
func (a *artImage) ebiten() *ebiten.Image { return ebiten.NewImageFromImage(a.RGBA) }

// artPath is a path of straight lines and Bézier curves, in pixels, with the calls
// the painters use (the same names as Ebitengine's vector.Path).
type artPath struct {
	subs []artSub
}

type artSub struct {
	pts    []artPt // flattened: curves become short lines
	closed bool
}

type artPt struct{ x, y float32 }

func (p *artPath) Reset() { p.subs = p.subs[:0] }

func (p *artPath) MoveTo(x, y float32) {
	p.subs = append(p.subs, artSub{pts: []artPt{{x, y}}})
}

func (p *artPath) last() *artSub {
	if len(p.subs) == 0 {
		p.MoveTo(0, 0)
	}
	return &p.subs[len(p.subs)-1]
}

func (p *artPath) LineTo(x, y float32) {
	s := p.last()
	s.pts = append(s.pts, artPt{x, y})
}

func (p *artPath) QuadTo(cx, cy, x, y float32) {
	s := p.last()
	a := s.pts[len(s.pts)-1]
	n := curveSteps(a, artPt{cx, cy}, artPt{x, y})
	for i := 1; i <= n; i++ {
		t := float32(i) / float32(n)
		u := 1 - t
		s.pts = append(s.pts, artPt{u*u*a.x + 2*u*t*cx + t*t*x, u*u*a.y + 2*u*t*cy + t*t*y})
	}
}

func (p *artPath) CubicTo(c1x, c1y, c2x, c2y, x, y float32) {
	s := p.last()
	a := s.pts[len(s.pts)-1]
	n := curveSteps(a, artPt{c1x, c1y}, artPt{c2x, c2y}, artPt{x, y})
	for i := 1; i <= n; i++ {
		t := float32(i) / float32(n)
		u := 1 - t
		s.pts = append(s.pts, artPt{
			u*u*u*a.x + 3*u*u*t*c1x + 3*u*t*t*c2x + t*t*t*x,
			u*u*u*a.y + 3*u*u*t*c1y + 3*u*t*t*c2y + t*t*t*y})
	}
}

func (p *artPath) Close() {
	if len(p.subs) > 0 {
		p.subs[len(p.subs)-1].closed = true
	}
}

// curveSteps is how many lines a curve becomes: about one per 2 pixels of its
// control polygon, so a curve stays smooth at any size.
func curveSteps(pts ...artPt) int {
	l := 0.0
	for i := 1; i < len(pts); i++ {
		l += math.Hypot(float64(pts[i].x-pts[i-1].x), float64(pts[i].y-pts[i-1].y))
	}
	return min(64, max(3, int(l/2)))
}

// fill paints the inside of p (non-zero winding: overlapping parts stay filled, a
// part drawn the other way round is a hole).
func (a *artImage) fill(p *artPath, clr color.Color) {
	x0, y0, x1, y1, ok := pathBox(p)
	if !ok || !a.begin(x0, y0, x1, y1, 0) {
		return
	}
	for _, s := range p.subs {
		a.addPolygon(s.pts)
	}
	a.paint(clr)
}

// fillEvenOdd paints p by the even-odd rule: a shape inside another is a hole.
func (a *artImage) fillEvenOdd(p *artPath, clr color.Color) {
	x0, y0, x1, y1, ok := pathBox(p)
	if !ok || !a.begin(x0, y0, x1, y1, 0) {
		return
	}
	b := a.box
	acc := image.NewAlpha(b)
	one := image.NewAlpha(b)
	for _, s := range p.subs {
		clear(one.Pix)
		a.z.Reset(b.Dx(), b.Dy())
		a.z.DrawOp = draw.Src
		a.addPolygon(s.pts)
		a.z.Draw(one, b, image.Opaque, image.Point{})
		for i, m := range one.Pix { // coverage xor: c + m - 2cm
			c := int(acc.Pix[i])
			acc.Pix[i] = uint8(c + int(m) - 2*c*int(m)/255)
		}
	}
	draw.DrawMask(a.RGBA, b, image.NewUniform(clr), image.Point{}, acc, b.Min, draw.Over)
}

func (a *artImage) addPolygon(pts []artPt) {
	if len(pts) < 2 {
		return
	}
	a.moveTo(pts[0].x, pts[0].y)
	for _, q := range pts[1:] {
		a.lineTo(q.x, q.y)
	}
	a.z.ClosePath()
}

// stroke paints p's lines w pixels wide with round ends and corners: each segment a
// band and each point a disc, all wound the same way so they join without seams.
func (a *artImage) stroke(p *artPath, w float32, clr color.Color) {
	h := w / 2
	x0, y0, x1, y1, ok := pathBox(p)
	if !ok || !a.begin(x0, y0, x1, y1, h) {
		return
	}
	for _, s := range p.subs {
		pts := s.pts
		if s.closed && len(pts) > 1 {
			pts = append(pts[:len(pts):len(pts)], pts[0])
		}
		for i, q := range pts {
			a.addDisc(q.x, q.y, h)
			if i == 0 {
				continue
			}
			o := pts[i-1]
			dx, dy := q.x-o.x, q.y-o.y
			l := float32(math.Hypot(float64(dx), float64(dy)))
			if l == 0 {
				continue
			}
			nx, ny := -dy/l*h, dx/l*h
			// the same turn as the discs below (clockwise on screen)
			a.moveTo(o.x-nx, o.y-ny)
			a.lineTo(q.x-nx, q.y-ny)
			a.lineTo(q.x+nx, q.y+ny)
			a.lineTo(o.x+nx, o.y+ny)
			a.z.ClosePath()
		}
	}
	a.paint(clr)
}

// addDisc adds a circle to the rasterizer, clockwise on screen (y down).
func (a *artImage) addDisc(cx, cy, r float32) {
	n := min(48, max(8, int(r*2)))
	for i := 0; i <= n; i++ {
		t := 2 * math.Pi * float64(i) / float64(n)
		x, y := cx+r*float32(math.Cos(t)), cy+r*float32(math.Sin(t))
		if i == 0 {
			a.moveTo(x, y)
		} else {
			a.lineTo(x, y)
		}
	}
	a.z.ClosePath()
}

// fillCircle, strokeLine and fillRect are the figure's shapes.
func (a *artImage) fillCircle(cx, cy, r float32, clr color.Color) {
	if !a.begin(cx-r, cy-r, cx+r, cy+r, 0) {
		return
	}
	a.addDisc(cx, cy, r)
	a.paint(clr)
}

func (a *artImage) strokeLine(x0, y0, x1, y1, w float32, clr color.Color) {
	var p artPath
	p.MoveTo(x0, y0)
	p.LineTo(x1, y1)
	a.stroke(&p, w, clr)
}

// fillRect fills an upright rectangle: its whole pixels in one sweep, its edge
// pixels blended by how much of each it covers (the rooms' walls, floors and
// furniture are mostly rectangles, and this is far cheaper than a path).
func (a *artImage) fillRect(x, y, w, h float32, clr color.Color) {
	if w <= 0 || h <= 0 {
		return
	}
	x0, y0, x1, y1 := float64(x), float64(y), float64(x+w), float64(y+h)
	b := a.Bounds()
	px0, py0 := max(b.Min.X, int(math.Floor(x0))), max(b.Min.Y, int(math.Floor(y0)))
	px1, py1 := min(b.Max.X, int(math.Ceil(x1))), min(b.Max.Y, int(math.Ceil(y1)))
	if px0 >= px1 || py0 >= py1 {
		return
	}
	inner := image.Rect(int(math.Ceil(x0)), int(math.Ceil(y0)), int(math.Floor(x1)), int(math.Floor(y1))).Intersect(b)
	src := image.NewUniform(clr)
	if !inner.Empty() {
		draw.Draw(a.RGBA, inner, src, image.Point{}, draw.Over)
	}
	r, g, bl, al := clr.RGBA()
	for py := py0; py < py1; py++ {
		cy := math.Min(float64(py+1), y1) - math.Max(float64(py), y0)
		for px := px0; px < px1; px++ {
			if image.Pt(px, py).In(inner) {
				px = max(px, inner.Max.X-1)
				continue
			}
			cx := math.Min(float64(px+1), x1) - math.Max(float64(px), x0)
			cov := cx * cy
			if cov <= 0 {
				continue
			}
			i := a.PixOffset(px, py)
			d := a.Pix[i : i+4 : i+4]
			k := 1 - cov*float64(al)/0xffff
			d[0] = uint8(float64(r>>8)*cov + float64(d[0])*k + 0.5)
			d[1] = uint8(float64(g>>8)*cov + float64(d[1])*k + 0.5)
			d[2] = uint8(float64(bl>>8)*cov + float64(d[2])*k + 0.5)
			d[3] = uint8(float64(al>>8)*cov + float64(d[3])*k + 0.5)
		}
	}
}

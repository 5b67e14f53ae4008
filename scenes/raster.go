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

// artImage is a picture being painted.
type artImage struct {
	*image.RGBA
	z xvector.Rasterizer
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
	b := a.Bounds()
	a.z.Reset(b.Dx(), b.Dy())
	a.z.DrawOp = draw.Over
	for _, s := range p.subs {
		a.addPolygon(s.pts)
	}
	a.z.Draw(a.RGBA, b, image.NewUniform(clr), image.Point{})
}

// fillEvenOdd paints p by the even-odd rule: a shape inside another is a hole.
func (a *artImage) fillEvenOdd(p *artPath, clr color.Color) {
	b := a.Bounds()
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
	draw.DrawMask(a.RGBA, b, image.NewUniform(clr), image.Point{}, acc, image.Point{}, draw.Over)
}

func (a *artImage) addPolygon(pts []artPt) {
	if len(pts) < 2 {
		return
	}
	a.z.MoveTo(pts[0].x, pts[0].y)
	for _, q := range pts[1:] {
		a.z.LineTo(q.x, q.y)
	}
	a.z.ClosePath()
}

// stroke paints p's lines w pixels wide with round ends and corners: each segment a
// band and each point a disc, all wound the same way so they join without seams.
func (a *artImage) stroke(p *artPath, w float32, clr color.Color) {
	b := a.Bounds()
	a.z.Reset(b.Dx(), b.Dy())
	a.z.DrawOp = draw.Over
	h := w / 2
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
			a.z.MoveTo(o.x-nx, o.y-ny)
			a.z.LineTo(q.x-nx, q.y-ny)
			a.z.LineTo(q.x+nx, q.y+ny)
			a.z.LineTo(o.x+nx, o.y+ny)
			a.z.ClosePath()
		}
	}
	a.z.Draw(a.RGBA, b, image.NewUniform(clr), image.Point{})
}

// addDisc adds a circle to the rasterizer, clockwise on screen (y down).
func (a *artImage) addDisc(cx, cy, r float32) {
	n := min(48, max(8, int(r*2)))
	for i := 0; i <= n; i++ {
		t := 2 * math.Pi * float64(i) / float64(n)
		x, y := cx+r*float32(math.Cos(t)), cy+r*float32(math.Sin(t))
		if i == 0 {
			a.z.MoveTo(x, y)
		} else {
			a.z.LineTo(x, y)
		}
	}
	a.z.ClosePath()
}

// fillCircle, strokeLine and fillRect are the figure's shapes.
func (a *artImage) fillCircle(cx, cy, r float32, clr color.Color) {
	b := a.Bounds()
	a.z.Reset(b.Dx(), b.Dy())
	a.z.DrawOp = draw.Over
	a.addDisc(cx, cy, r)
	a.z.Draw(a.RGBA, b, image.NewUniform(clr), image.Point{})
}

func (a *artImage) strokeLine(x0, y0, x1, y1, w float32, clr color.Color) {
	var p artPath
	p.MoveTo(x0, y0)
	p.LineTo(x1, y1)
	a.stroke(&p, w, clr)
}

func (a *artImage) fillRect(x, y, w, h float32, clr color.Color) {
	var p artPath
	p.MoveTo(x, y)
	p.LineTo(x+w, y)
	p.LineTo(x+w, y+h)
	p.LineTo(x, y+h)
	p.Close()
	a.fill(&p, clr)
}

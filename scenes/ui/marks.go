package ui

import (
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
)

// Mark is a run of words in a Block drawn with a dotted underline: a glossary term
// the player can open. Line is the block's line, X and W the run's place in it, and
// Under how far below the line's top the dots go; all measured at layout.
type Mark struct {
	Line  int
	X, W  float64
	Under float64
}

// MarkRuns marks the bytes [start, end) of the block's lines joined by single
// spaces (the text as wrapped), splitting a run that a line break cuts. It returns
// the logical rectangles of the marked runs, relative to the block's top-left, so
// a screen can find a click on them.
func (fs *Fonts) MarkRuns(b *Block, start, end int) []Rect {
	var out []Rect
	under := b.Style.Size*fs.TextScale()*1.08 + 2 // below the words at any text size
	off := 0
	for i, l := range b.Lines {
		ls, le := off, off+len(l)
		off = le + 1
		a, z := max(start, ls), min(end, le)
		if a >= z {
			continue
		}
		seg := l[a-ls : z-ls]
		if strings.TrimSpace(seg) == "" {
			continue
		}
		x := fs.Width(l[:a-ls], b.Style)
		w := fs.Width(seg, b.Style)
		b.Marks = append(b.Marks, Mark{Line: i, X: x, W: w, Under: under})
		out = append(out, Rect{X: x, Y: float64(i) * b.LineH, W: w, H: b.LineH})
	}
	return out
}

// dotted adds a dotted underline: square dots a dot apart, so a marked word reads
// as marked in black and white too, not by colour alone. Each underline is one
// textured quad (a tiny dot image repeated), kept until FlushMarks draws them all in
// one call.
func (c *Canvas) dotted(x, y, w float64, clr color.Color) {
	sw := float32(math.Floor(w/4)*4 - 2) // end on a whole dot
	if sw <= 0 || len(c.markV) > 60000 {
		return
	}
	x0, y0 := c.F.pt(x, y)
	x1, y1 := c.F.pt(x+w, y+2)
	fy0, fy1 := float32(math.Round(float64(y0))), float32(math.Round(float64(y1)))
	if fy1 <= fy0 {
		fy1 = fy0 + 1
	}
	xe := x0 + (x1-x0)*sw/float32(w)
	r, g, b, a := rgbaOf(c.color(clr))
	cr, cg, cb, ca := float32(r)/0xffff, float32(g)/0xffff, float32(b)/0xffff, float32(a)/0xffff
	if ca > 0 { // vertex colours are straight alpha
		cr, cg, cb = cr/ca, cg/ca, cb/ca
	}
	n := uint16(len(c.markV))
	for _, v := range [4][4]float32{{x0, fy0, 0, 0}, {xe, fy0, sw, 0}, {x0, fy1, 0, 2}, {xe, fy1, sw, 2}} {
		c.markV = append(c.markV, ebiten.Vertex{DstX: v[0], DstY: v[1], SrcX: v[2], SrcY: v[3], ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca})
	}
	for _, i := range dotIndices {
		c.markI = append(c.markI, n+i)
	}
}

// FlushMarks draws the dotted underlines added since the last flush, in one call.
// The app calls it after each scene's Draw, so an overlay's shade covers them.
func (c *Canvas) FlushMarks() {
	if len(c.markV) == 0 {
		return
	}
	c.markOp.Address = ebiten.AddressRepeat
	c.drawTriangles(c.markV, c.markI, dotImage(), &c.markOp)
	c.markV, c.markI = c.markV[:0], c.markI[:0]
}

var dotIndices = [6]uint16{0, 1, 2, 1, 2, 3}

// dots is the dotted line's texture: one 2x2 dot, then 2 pixels of gap; made on
// first use, never per frame.
var dots *ebiten.Image

func dotImage() *ebiten.Image {
	if dots == nil {
		dots = ebiten.NewImage(4, 2)
		pix := make([]byte, 4*4*2)
		for _, i := range []int{0, 1, 4, 5} {
			copy(pix[4*i:], []byte{0xff, 0xff, 0xff, 0xff})
		}
		dots.WritePixels(pix)
	}
	return dots
}

// TitleAt is where a card's title is drawn (after its tick box and prefix), so a
// screen can mark words in it at layout.
func (b *Button) TitleAt() (x, y float64) {
	x = b.R.X + pad
	if b.Check {
		x += 34
	}
	if b.Prefix != "" {
		x += math.Max(46, b.PrefixW+16) + 10 // prefixBox
	}
	return x, b.R.Y + pad
}

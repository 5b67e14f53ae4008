package ui

import (
	"image/color"
	"strings"
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
	under := b.Style.Size*1.08 + 2
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

// dotted draws a dotted underline: square dots a dot apart, so a marked word reads
// as marked in black and white too, not by colour alone.
func (c *Canvas) dotted(x, y, w float64, clr color.Color) {
	for dx := 0.0; dx+2 <= w; dx += 4 {
		c.FillRect(Rect{X: x + dx, Y: y, W: 2, H: 2}, clr)
	}
}

// TitleAt is where a card's title is drawn (after its tick box and prefix), so a
// screen can mark words in it at layout.
func (b *Button) TitleAt() (x, y float64) {
	x = b.R.X + pad
	if b.Check {
		x += 34
	}
	if b.Prefix != "" {
		x += 56
	}
	return x, b.R.Y + pad
}

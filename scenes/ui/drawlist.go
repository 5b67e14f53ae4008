package ui

import (
	"image/color"
	"math"
)

// DrawList is what a screen draws besides its buttons: built once per layout, with
// every string measured and wrapped there, and replayed each frame by Draw. Nothing
// in it is measured, wrapped or formatted per frame.
type DrawList struct {
	ops []drawOp
	fs  *Fonts
	// Mark, when set, may mark words in each block and line as it is added (the
	// glossary's terms), at layout; Reset keeps it.
	Mark func(b *Block, x, y float64)
}

type drawKind uint8

const (
	opText drawKind = iota
	opFill
	opCard
	opBar
	opLine
	opBlock
	opStroke
)

type drawOp struct {
	kind  drawKind
	r     Rect
	s     string
	st    Style
	clr   color.Color
	frac  float64
	block Block
}

// Reset empties the list for a new layout, keeping its memory.
func (l *DrawList) Reset(fs *Fonts) { l.ops, l.fs = l.ops[:0], fs }

// Len is the number of drawing steps.
func (l *DrawList) Len() int { return len(l.ops) }

// Text adds one line with its top-left at (x, y).
func (l *DrawList) Text(s string, x, y float64, st Style) {
	if l.Mark != nil {
		// a line with a marked word becomes a one-line block, which draws its marks
		b := Block{Lines: []string{s}, Style: st, LineH: l.fs.LineHeight(st)}
		if l.Mark(&b, x, y); len(b.Marks) > 0 {
			l.ops = append(l.ops, drawOp{kind: opBlock, block: b, r: Rect{X: x, Y: y}})
			return
		}
	}
	l.ops = append(l.ops, drawOp{kind: opText, s: s, r: Rect{X: x, Y: y}, st: st})
}

// TextRight adds one line right-aligned to x (measured now, not per frame).
func (l *DrawList) TextRight(s string, x, y float64, st Style) {
	l.Text(s, x-l.fs.Width(s, st), y, st)
}

// TextCenter adds one line centred on x (measured now, not per frame).
func (l *DrawList) TextCenter(s string, x, y float64, st Style) {
	l.Text(s, x-l.fs.Width(s, st)/2, y, st)
}

// Fill adds a filled rectangle.
func (l *DrawList) Fill(r Rect, clr color.Color) {
	l.ops = append(l.ops, drawOp{kind: opFill, r: r, clr: clr})
}

// Stroke adds a rectangle outline of width w.
func (l *DrawList) Stroke(r Rect, w float64, clr color.Color) {
	l.ops = append(l.ops, drawOp{kind: opStroke, r: r, frac: w, clr: clr})
}

// Card adds a white panel with a thin edge.
func (l *DrawList) Card(r Rect) { l.ops = append(l.ops, drawOp{kind: opCard, r: r}) }

// Bar adds a horizontal bar filled to frac (0..1).
func (l *DrawList) Bar(r Rect, frac float64, clr color.Color) {
	l.ops = append(l.ops, drawOp{kind: opBar, r: r, frac: frac, clr: clr})
}

// Line adds a 2-pixel line.
func (l *DrawList) Line(x0, y0, x1, y1 float64, clr color.Color) {
	l.ops = append(l.ops, drawOp{kind: opLine, r: Rect{X: x0, Y: y0, W: x1, H: y1}, clr: clr})
}

// Block adds wrapped text from (x, y) and returns its height.
func (l *DrawList) Block(b Block, x, y float64) float64 {
	if l.Mark != nil {
		l.Mark(&b, x, y)
	}
	l.ops = append(l.ops, drawOp{kind: opBlock, block: b, r: Rect{X: x, Y: y}})
	return b.Height()
}

// Wrapped wraps s to width w, adds it at (x, y) and returns its height.
func (l *DrawList) Wrapped(s string, x, y, w float64, st Style) float64 {
	return l.Block(l.fs.NewBlock(s, st, w), x, y)
}

// Warn adds a warning: a "!" marker and the words in bold, wrapped to w. It
// returns the height used. The marker and the words say it without colour.
func (l *DrawList) Warn(s string, x, y, w float64) float64 {
	b := l.fs.NewBlock(s, Style{Size: 15, Bold: true, Color: Bad}, w-26)
	if l.fs.TextScale() > 1 {
		// the marker grows with the text: the "!" stays inside it
		st := Style{Size: 15, Bold: true, Color: White}
		lh := l.fs.LineHeight(st)
		bw := math.Max(18, l.fs.Width("!", st)+10)
		l.Fill(Rect{X: x, Y: y - 1, W: bw, H: lh + 2}, Bad)
		l.Text("!", x+(bw-l.fs.Width("!", st))/2, y, st)
		b = l.fs.NewBlock(s, Style{Size: 15, Bold: true, Color: Bad}, w-bw-8)
		l.Block(b, x+bw+8, y)
		return math.Max(b.Height(), lh+2)
	}
	l.Fill(Rect{X: x, Y: y + 1, W: 18, H: 18}, Bad)
	l.Text("!", x+6, y, Style{Size: 15, Bold: true, Color: White})
	l.Block(b, x+26, y)
	return b.Height()
}

// Draw replays the list.
func (l *DrawList) Draw(c *Canvas) {
	for i := range l.ops {
		op := &l.ops[i]
		switch op.kind {
		case opText:
			c.Text(op.s, op.r.X, op.r.Y, op.st)
		case opFill:
			c.FillRect(op.r, op.clr)
		case opStroke:
			c.StrokeRect(op.r, op.frac, op.clr)
		case opCard:
			c.FillRect(op.r, Card)
			c.StrokeRect(op.r, 2, Line)
		case opBar:
			Bar(c, op.r, op.frac, op.clr)
		case opLine:
			c.Line(op.r.X, op.r.Y, op.r.W, op.r.H, 2, op.clr)
		case opBlock:
			c.Block(op.block, op.r.X, op.r.Y)
		}
	}
}

// Strings returns the words the list draws, a line at a time (texts and the lines
// of blocks), so tests can compare what a screen says with the state.
func (l *DrawList) Strings() []string {
	var out []string
	for _, op := range l.ops {
		switch op.kind {
		case opText:
			out = append(out, op.s)
		case opBlock:
			out = append(out, op.block.Lines...)
		}
	}
	return out
}

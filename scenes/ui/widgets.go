package ui

import (
	"image/color"
	"math"
)

// ButtonKind chooses how a button looks.
type ButtonKind int

// Button looks.
const (
	Primary  ButtonKind = iota // filled teal, for Continue / Confirm
	CardKind                   // white card with title, detail and tag
	Quiet                      // outlined, for Back / Fact card
)

// Button is a focusable, clickable widget. Its text is wrapped once, at layout.
type Button struct {
	R        Rect
	Kind     ButtonKind
	Title    Block
	Detail   Block
	Tag      Block
	Check    bool // draw a tick box (pick-many)
	Selected bool
	Done     bool
	Disabled bool
	Prefix   string  // a short marker drawn before the title, e.g. "Mon"
	PrefixW  float64 // Prefix's width, measured at layout (SetPrefix, LayoutCards)
}

// prefixStyle is the style of a card's Prefix marker.
var prefixStyle = Style{Size: 15, Bold: true, Color: White}

// SetPrefix sets the card's Prefix marker and measures it, once, at layout.
func (b *Button) SetPrefix(fs *Fonts, s string) {
	b.Prefix, b.PrefixW = s, 0
	if s != "" {
		b.PrefixW = fs.Width(s, prefixStyle)
	}
}

const pad = 14

// prefixBox is the width of the teal box a card's Prefix sits in: 46 at the usual
// text size, wider for a wider marker or a larger text size.
func prefixBox(fs *Fonts, pw float64) float64 { return math.Max(46, pw+16) }

// NewPrimary makes a filled button sized to its label.
func NewPrimary(fs *Fonts, label string, x, y float64) Button {
	st := OnTeal
	w := fs.Width(label, st) + 2*pad + 16
	return Button{R: Rect{x, y, math.Max(w, 150), math.Max(50, fs.LineHeight(st)+16)}, Kind: Primary, Title: fs.NewBlock(label, st, 10000)}
}

// NewQuiet makes an outlined button sized to its label.
func NewQuiet(fs *Fonts, label string, x, y float64) Button {
	st := Style{Size: 18, Bold: true, Color: Teal}
	w := fs.Width(label, st) + 2*pad
	return Button{R: Rect{x, y, math.Max(w, 110), math.Max(44, fs.LineHeight(st)+10)}, Kind: Quiet, Title: fs.NewBlock(label, st, 10000)}
}

// CardSpec is the text of one card before layout.
type CardSpec struct {
	Title, Detail, Tag, Prefix string
	Check, Selected, Done      bool
	Disabled                   bool
}

// CardStyles are the styles cards use; smaller when space is tight.
func cardStyles(compact bool) (Style, Style, Style) {
	if compact {
		return Style{Size: 18, Bold: true, Color: Ink}, Style{Size: 15, Color: InkSoft}, Style{Size: 14, Bold: true, Color: Teal}
	}
	return Style{Size: 20, Bold: true, Color: Ink}, Style{Size: 17, Color: InkSoft}, Style{Size: 15, Bold: true, Color: Teal}
}

// LayoutCards lays cards out in area: one column if they fit, else two, else compact
// text. Heights come from the wrapped text.
func LayoutCards(fs *Fonts, specs []CardSpec, area Rect, gap float64) []Button {
	for _, try := range []struct {
		cols    int
		compact bool
	}{{1, false}, {2, false}, {2, true}, {3, true}} {
		bs, h := layoutCards(fs, specs, area, gap, try.cols, try.compact)
		if h <= area.H && !wordTooWide(bs) {
			return bs
		}
	}
	// nothing fits the area: one column, as tall as it needs (the page scrolls)
	bs, _ := layoutCards(fs, specs, area, gap, 1, false)
	return bs
}

// wordTooWide reports a card whose text has a line wider than the card can hold
// (one long word in a narrow column, at a large text size).
func wordTooWide(bs []Button) bool {
	for i := range bs {
		b := &bs[i]
		room := b.R.W - 2*pad
		if b.Check {
			room -= 34
		}
		for _, bl := range []*Block{&b.Title, &b.Detail, &b.Tag} {
			for _, w := range bl.Widths {
				if w > room+1 {
					return true
				}
			}
		}
	}
	return false
}

func layoutCards(fs *Fonts, specs []CardSpec, area Rect, gap float64, cols int, compact bool) ([]Button, float64) {
	ts, ds, gs := cardStyles(compact)
	colW := (area.W - gap*float64(cols-1)) / float64(cols)
	inner := colW - 2*pad
	left := inner
	bs := make([]Button, len(specs))
	for i, s := range specs {
		textW := left
		if s.Check {
			textW -= 34
		}
		b := Button{Kind: CardKind, Check: s.Check, Selected: s.Selected, Done: s.Done, Disabled: s.Disabled}
		b.SetPrefix(fs, s.Prefix)
		if s.Prefix != "" {
			textW -= prefixBox(fs, b.PrefixW) + 10
		}
		b.Title = fs.NewBlock(s.Title, ts, textW)
		if s.Detail != "" {
			b.Detail = fs.NewBlock(s.Detail, ds, textW)
		}
		if s.Tag != "" {
			b.Tag = fs.NewBlock(s.Tag, gs, textW)
		}
		h := 2*pad + b.Title.Height()
		if s.Detail != "" {
			h += 4 + b.Detail.Height()
		}
		if s.Tag != "" {
			h += 6 + b.Tag.Height()
		}
		b.R.H = math.Max(h, 56)
		bs[i] = b
	}
	// place row by row; a row is as tall as its tallest card
	y := area.Y
	for i := 0; i < len(bs); i += cols {
		rowH := 0.0
		for j := i; j < i+cols && j < len(bs); j++ {
			rowH = math.Max(rowH, bs[j].R.H)
		}
		for j := i; j < i+cols && j < len(bs); j++ {
			bs[j].R.X = area.X + float64(j-i)*(colW+gap)
			bs[j].R.Y = y
			bs[j].R.W = colW
			bs[j].R.H = rowH
		}
		y += rowH + gap
	}
	return bs, y - gap - area.Y
}

// cardFill and cardHoverFill are the card colours as interface values made once: a
// colour chosen at run time and passed as color.Color is boxed on every call.
var cardFill, cardHoverFill color.Color = Card, CardHover

// more of the palette boxed once (see theme.go's *C colours)
var whiteC, selectedC, lineC color.Color = White, Selected, Line

// Draw draws the button; focused adds the focus ring, hover a lighter fill.
func (b *Button) Draw(c *Canvas, focused, hover bool) {
	r := b.R
	switch b.Kind {
	case Primary:
		fill := TealC
		if b.Disabled {
			fill = TealLightC
		}
		c.FillRect(r, fill)
		if hover && !b.Disabled {
			c.StrokeRect(r.Inset(2), 2, whiteC)
		}
		ty := r.Y + (r.H-b.Title.Height())/2
		c.Text(b.Title.Lines[0], r.X+(r.W-c.lineWidth(&b.Title, 0))/2, ty, b.Title.Style)
	case Quiet:
		fill := cardFill
		if hover {
			fill = cardHoverFill
		}
		c.FillRect(r, fill)
		c.StrokeRect(r, 2, TealC)
		ty := r.Y + (r.H-b.Title.Height())/2
		c.Text(b.Title.Lines[0], r.X+(r.W-c.lineWidth(&b.Title, 0))/2, ty, b.Title.Style)
	case CardKind:
		fill := cardFill
		switch {
		case b.Selected:
			fill = selectedC
		case b.Done || b.Disabled:
			fill = MutedC
		case hover:
			fill = cardHoverFill
		}
		c.FillRect(r, fill)
		edge := lineC
		if b.Selected {
			edge = TealC
		}
		c.StrokeRect(r, 2, edge)
		x := r.X + pad
		if b.Check {
			box := Rect{x, r.Y + pad + 2, 22, 22}
			c.FillRect(box, whiteC)
			c.StrokeRect(box, 2, TealC)
			if b.Selected {
				drawTick(c, box)
			}
			x += 34
		}
		if b.Prefix != "" {
			pw := b.PrefixW
			if pw == 0 { // a Button made by hand, without SetPrefix
				pw = c.Fonts.Width(b.Prefix, prefixStyle)
			}
			w := prefixBox(c.Fonts, pw)
			lh := c.Fonts.LineHeight(prefixStyle)
			c.FillRect(Rect{x, r.Y + pad, w, lh + 4}, TealC)
			c.Text(b.Prefix, x+w/2-pw/2, r.Y+pad+2, prefixStyle)
			x += w + 10
		}
		y := r.Y + pad
		y += c.Block(b.Title, x, y)
		if len(b.Detail.Lines) > 0 {
			y += 4
			y += c.Block(b.Detail, x, y)
		}
		if len(b.Tag.Lines) > 0 {
			y += 6
			c.Block(b.Tag, x, y)
		}
		if b.Done {
			drawTick(c, Rect{r.X + r.W - 40, r.Y + pad, 24, 24})
		}
	}
	if focused {
		FocusRing(c, r)
	}
}

// FocusRing draws the keyboard focus: a thick outline and a marker, visible in
// black and white too.
func FocusRing(c *Canvas, r Rect) {
	c.StrokeRect(Rect{r.X - 5, r.Y - 5, r.W + 10, r.H + 10}, 4, FocusC)
	c.FillRect(Rect{r.X - 14, r.Y + r.H/2 - 8, 6, 16}, FocusC)
}

func drawTick(c *Canvas, box Rect) {
	c.Line(box.X+4, box.Y+box.H*0.55, box.X+box.W*0.42, box.Y+box.H-4, 3.5, GoodC)
	c.Line(box.X+box.W*0.42, box.Y+box.H-4, box.X+box.W-3, box.Y+4, 3.5, GoodC)
}

// Bar draws a horizontal meter bar filled to frac (0..1).
func Bar(c *Canvas, r Rect, frac float64, clr color.Color) {
	c.FillRect(r, MutedC)
	frac = math.Max(0, math.Min(1, frac))
	c.FillRect(Rect{r.X, r.Y, r.W * frac, r.H}, clr)
}

// Sparkline draws values as a small line chart in r, with end dots.
func Sparkline(c *Canvas, r Rect, vals []float64, lo, hi float64) {
	if len(vals) < 2 || hi <= lo {
		return
	}
	px := func(i int) float64 { return r.X + r.W*float64(i)/float64(len(vals)-1) }
	py := func(v float64) float64 { return r.Y + r.H - r.H*(math.Max(lo, math.Min(hi, v))-lo)/(hi-lo) }
	for i := 1; i < len(vals); i++ {
		c.Line(px(i-1), py(vals[i-1]), px(i), py(vals[i]), 2, TealC)
	}
	c.Circle(px(len(vals)-1), py(vals[len(vals)-1]), 3, TealC)
}

package scenes

import (
	"math"
	"strings"
	"unicode"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// This file is the glossary on screen: the terms a screen's text uses are found and
// underlined with dots when the screen lays out (glossMarks), a click or tap on one
// opens its card (GlossaryCardScene), and G or ? lists the screen's terms
// (GlossaryListScene), which the pause menu also opens with every term A–Z.

// glossaryCache keeps the glossary built from the catalog in use, rebuilt when the
// language or the catalog changes (at layout, never per frame).
type glossaryCache struct {
	g    *game.Glossary
	lang string
	n    int
}

// glossary returns the glossary in the player's language.
func (ctx *Context) glossary() *game.Glossary {
	c := &ctx.gloss
	if c.g == nil || c.lang != ctx.Lang || c.n != len(ctx.Catalog) {
		c.g, c.lang, c.n = game.NewGlossary(ctx.Catalog), ctx.Lang, len(ctx.Catalog)
	}
	return c.g
}

// glossMarks is a screen's glossary terms: which (in the order they appear, for
// the G list) and where (for a click). A screen resets it at layout and marks each
// block it places; each term is marked once per screen.
type glossMarks struct {
	seen  map[string]bool
	ids   []string
	hits  []glossHit
	hover string // the term under the pointer, drawn with a solid line
}

type glossHit struct {
	r     ui.Rect
	under float64 // where the dots are, below r's top
	id    string
}

// reset forgets the last layout's marks.
func (g *glossMarks) reset() {
	if g.seen == nil {
		g.seen = map[string]bool{}
	}
	clear(g.seen)
	g.ids, g.hits, g.hover = g.ids[:0], g.hits[:0], ""
}

// mark underlines the glossary terms in b, a block placed at (x, y).
func (g *glossMarks) mark(ctx *Context, b *ui.Block, x, y float64) {
	if g.seen == nil {
		g.reset()
	}
	if len(b.Lines) == 0 {
		return
	}
	for _, h := range ctx.glossary().Find(strings.Join(b.Lines, " "), g.seen) {
		g.ids = append(g.ids, h.ID)
		for _, r := range ctx.Fonts.MarkRuns(b, h.Start, h.End) {
			r.X, r.Y = r.X+x, r.Y+y
			g.hits = append(g.hits, glossHit{r: r, under: b.Style.Size*ctx.Fonts.TextScale()*1.08 + 2, id: h.ID})
		}
	}
}

// marker is mark as a draw list's Mark hook.
func (g *glossMarks) marker(ctx *Context) func(b *ui.Block, x, y float64) {
	return func(b *ui.Block, x, y float64) { g.mark(ctx, b, x, y) }
}

// at is the term under the point, or "".
func (g *glossMarks) at(x, y float64) string {
	for _, h := range g.hits {
		// a little slack: the dots sit under the words, and fingers are wide
		if (ui.Rect{X: h.r.X - 4, Y: h.r.Y - 6, W: h.r.W + 8, H: h.r.H + 12}).Contains(x, y) {
			return h.id
		}
	}
	return ""
}

// handle opens a term's card on a click or tap on it, or the list of the screen's
// terms on G (every term A–Z when the screen has none); it reports whether it did.
func (g *glossMarks) handle(ctx *Context, in *Input) bool {
	g.track(in)
	if in.Glossary {
		ctx.Push(&GlossaryListScene{IDs: g.list()})
		return true
	}
	if in.Click {
		if id := g.at(in.X, in.Y); id != "" {
			ctx.Push(&GlossaryCardScene{ID: id})
			return true
		}
	}
	return false
}

// track follows the pointer: the term under it shows it can be opened.
func (g *glossMarks) track(in *Input) {
	if in.Moved || in.Click {
		g.hover = g.at(in.PX, in.PY)
	}
}

// draw underlines the term under the pointer with a solid line (the dots say
// "a glossary word"; the line says "this one opens").
func (g *glossMarks) draw(c *ui.Canvas) {
	if g.hover == "" {
		return
	}
	for _, h := range g.hits {
		if h.id == g.hover {
			c.FillRect(ui.Rect{X: h.r.X, Y: h.r.Y + h.under, W: h.r.W, H: 2}, ui.Focus)
		}
	}
}

// list is a copy of the screen's terms, for a list that outlives this layout.
func (g *glossMarks) list() []string { return append([]string(nil), g.ids...) }

// GlossaryMark is a glossary term marked on a screen and where it is.
type GlossaryMark struct {
	ID string
	R  ui.Rect
}

// glossaryScreen is a screen that marks glossary terms.
type glossaryScreen interface{ glossaryMarks() *glossMarks }

func (n *stepNav) glossaryMarks() *glossMarks   { return &n.gloss }
func (s *FactScene) glossaryMarks() *glossMarks { return &s.gloss }
func (k *DutyKit) glossaryMarks() *glossMarks   { return &k.gloss }

// GlossaryMarks returns the glossary terms the scene marked, in the order they
// appear (for tests and the browser's checks).
func GlossaryMarks(s Scene) []GlossaryMark {
	gs, ok := s.(glossaryScreen)
	if !ok {
		return nil
	}
	var out []GlossaryMark
	for _, h := range gs.glossaryMarks().hits {
		out = append(out, GlossaryMark{ID: h.id, R: h.r})
	}
	return out
}

// GlossaryCardScene is one term's card: the term, what it means, and its source.
type GlossaryCardScene struct {
	overlay
	ID       string
	def, src ui.Block
	frame    cardFrame // the panel, its title bar as tall as the term needs
	defY     float64
	srcY     float64
}

// Name implements Scene.
func (s *GlossaryCardScene) Name() string { return "glossary-card" }

// Layout implements Scene.
func (s *GlossaryCardScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	e, _ := ctx.glossary().Entry(s.ID)
	s.title = e.Term
	s.frame = newCardFrame(fs, s.title)
	s.defY = s.frame.top(34)
	s.def = fs.NewBlock(e.Def, ui.Style{Size: 24, Color: ui.Ink}, panel.W-80)
	s.src = ui.Block{}
	if e.Source != "" {
		s.src = fs.NewBlock(ctx.T("gloss.source", e.Source), ui.BodySm, panel.W-80)
	}
	s.srcY = s.defY + s.def.Height() + 24
	s.m.items = closeButton(ctx)
	b := &s.m.items[0].R
	b.Y = max(b.Y, s.srcY+s.src.Height()+24)
	s.frame.fit(b.Y + b.H + 24)
}

// Update implements Scene.
func (s *GlossaryCardScene) Update(ctx *Context, in *Input) error {
	if in.Back || in.Glossary || s.m.handle(in) == 0 {
		ctx.Pop()
	}
	return nil
}

// Draw implements Scene.
func (s *GlossaryCardScene) Draw(ctx *Context, c *ui.Canvas) {
	s.frame.draw(c)
	c.Block(s.def, panel.X+40, s.defY)
	c.Block(s.src, panel.X+40, s.srcY)
	s.m.draw(c)
}

// GlossaryListScene lists glossary terms to open: the ones on the screen below
// (IDs), or every term A–Z when IDs is empty. The list scrolls; the focused term's
// meaning shows beside it.
type GlossaryListScene struct {
	overlay
	IDs  []string
	all  bool
	rows []string // term ids, in list order
	defs []ui.Block
	hint ui.Block
	top  int // the first row shown
	// laid out from the text size: the title bar, the rows' height and step, the
	// rows' area, the focused term's heading
	titleB              ui.Block
	barH, rowH, step    float64
	rowsY, rowsH, termH float64
	// the panel, taller than the window when the longest meaning needs it (the page
	// then scrolls), and the hint's place under the meanings
	panel ui.Rect
	hintY float64
}

// the list's geometry: a panel larger than the other cards, rows on the left, the
// focused term's meaning on the right
var (
	glossPanel = ui.Rect{X: 120, Y: 70, W: 1040, H: 590}
	glossRows  = ui.Rect{X: 150, Y: 146, W: 420, H: 430}
)

const (
	glossRowH    = 46
	glossRowStep = 54
)

var glossTitleStyle = ui.Style{Size: 24, Bold: true, Color: ui.White}

// Name implements Scene.
func (s *GlossaryListScene) Name() string { return "glossary" }

// Layout implements Scene.
func (s *GlossaryListScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	g := ctx.glossary()
	s.rows = s.rows[:0]
	s.all = len(s.IDs) == 0
	if s.all {
		for _, e := range g.Entries() {
			s.rows = append(s.rows, e.ID)
		}
		s.title = ctx.T("gloss.title_all", itoa(len(s.rows)))
	} else {
		s.rows = append(s.rows, s.IDs...)
		s.title = ctx.T("gloss.title_screen")
	}
	s.titleB = fs.NewBlock(s.title, glossTitleStyle, glossPanel.W-60)
	s.barH = max(56, s.titleB.Height()+24)
	termSt := ui.Style{Size: 18, Bold: true, Color: ui.Ink}
	s.rowH = max(glossRowH, fs.LineHeight(termSt)+2*14)
	s.step = s.rowH + (glossRowStep - glossRowH)
	s.rowsY = max(glossRows.Y, glossPanel.Y+s.barH+20)
	defW := glossPanel.X + glossPanel.W - 30 - (glossRows.X + glossRows.W + 30)
	s.defs = s.defs[:0]
	st := ui.Style{Size: 14, Bold: true, Color: ui.Teal}
	s.m.items = s.m.items[:0]
	for _, id := range s.rows {
		e, _ := g.Entry(id)
		text := e.Def
		if e.Source != "" {
			text += "\n\n" + ctx.T("gloss.source", e.Source)
		}
		s.defs = append(s.defs, fs.NewBlock(text, ui.Style{Size: 20, Color: ui.Ink}, defW))
		b := ui.Button{Kind: ui.CardKind, Title: fs.NewBlock(e.Term, termSt, glossRows.W-28)}
		if len(b.Title.Lines) > 1 {
			// one line a row, shortened at a word with "…" (the card shows it whole)
			first := b.Title.Lines[0]
			for fs.Width(first+" …", termSt) > glossRows.W-28 {
				i := strings.LastIndexByte(first, ' ')
				if i <= 0 {
					break
				}
				first = first[:i]
			}
			b.Title = fs.NewBlock(first+" …", termSt, 10000)
		}
		s.m.items = append(s.m.items, b)
	}
	s.hint = fs.NewBlock(ctx.T("gloss.list_hint"), st, defW)
	cl := ui.NewPrimary(fs, ctx.T("nav.close"), glossRows.X, 0)
	cl.R.Y = glossPanel.Y + glossPanel.H - 14 - cl.R.H
	s.rowsH = cl.R.Y - 16 - s.rowsY
	s.termH = fs.LineHeight(ui.H3) + 6
	// the meanings' column: the hint goes under the longest meaning
	defMax := 0.0
	for i := range s.defs {
		defMax = max(defMax, s.defs[i].Height())
	}
	s.hintY = max(glossPanel.Y+glossPanel.H-56, s.rowsY+s.termH+defMax+16)
	s.panel = glossPanel
	s.panel.H = max(glossPanel.H, s.hintY+s.hint.Height()+20-glossPanel.Y)
	s.m.items = append(s.m.items, cl)
	s.place()
}

// shown is how many rows fit.
func (s *GlossaryListScene) shown() int { return max(1, int((s.rowsH+s.step-s.rowH)/s.step)) }

// place puts the rows from top on screen and the others out of reach.
func (s *GlossaryListScene) place() {
	n := len(s.rows)
	s.top = max(0, min(s.top, n-s.shown()))
	for i := 0; i < n; i++ {
		r := ui.Rect{X: glossRows.X, Y: -1000, W: glossRows.W, H: s.rowH}
		if i >= s.top && i < s.top+s.shown() {
			r.Y = s.rowsY + float64(i-s.top)*s.step
		}
		s.m.items[i].R = r
	}
}

// Update implements Scene.
func (s *GlossaryListScene) Update(ctx *Context, in *Input) error {
	if in.Back || (in.Glossary && !s.all) {
		ctx.Pop()
		return nil
	}
	n := len(s.rows)
	before := s.top
	for _, r := range in.Chars {
		if s.jump(r) {
			break
		}
	}
	if d := in.Wheel + in.Drag; d != 0 && glossRows.Contains(in.PX, in.PY) {
		s.top += int(math.Copysign(math.Max(1, math.Abs(d)/s.step), d))
	}
	if in.PageDn {
		s.top += s.shown()
	}
	if in.PageUp {
		s.top -= s.shown()
	}
	if s.top != before {
		s.place()
	}
	i := s.m.handle(in)
	if f := s.m.focus; f < n && (f < s.top || f >= s.top+s.shown()) && (in.Up || in.Down || in.Next || in.Prev || in.Left || in.Right) {
		// the focus left the rows shown: scroll to it
		if f < s.top {
			s.top = f
		} else {
			s.top = f - s.shown() + 1
		}
		s.place()
	}
	switch {
	case i < 0:
	case i == n:
		ctx.Pop()
	default:
		ctx.Push(&GlossaryCardScene{ID: s.rows[i]})
	}
	return nil
}

// jump focuses the first term that starts with the letter typed, and scrolls to it.
func (s *GlossaryListScene) jump(r rune) bool {
	want := string(unicode.ToLower(r))
	for i := range s.rows {
		if t := s.m.items[i].Title.Lines; len(t) > 0 && strings.HasPrefix(strings.ToLower(t[0]), want) {
			s.m.focus = i
			if i < s.top || i >= s.top+s.shown() {
				s.top = i
				s.place()
			}
			return true
		}
	}
	return false
}

// Draw implements Scene.
func (s *GlossaryListScene) Draw(ctx *Context, c *ui.Canvas) {
	drawPanel(c, s.panel)
	c.FillRect(ui.Rect{X: glossPanel.X, Y: glossPanel.Y, W: glossPanel.W, H: s.barH}, ui.Teal)
	c.Block(s.titleB, glossPanel.X+30, glossPanel.Y+(s.barH-s.titleB.Height())/2)
	n := len(s.rows)
	for i := s.top; i < n && i < s.top+s.shown(); i++ {
		s.m.items[i].Draw(c, i == s.m.focus, i == s.m.hover)
	}
	s.m.items[n].Draw(c, s.m.focus == n, s.m.hover == n)
	// a scroll bar, when there is more than fits
	if n > s.shown() {
		track := ui.Rect{X: glossRows.X + glossRows.W + 8, Y: s.rowsY, W: 6, H: float64(s.shown())*s.step - 8}
		c.FillRect(track, ui.Muted)
		h := track.H * float64(s.shown()) / float64(n)
		c.FillRect(ui.Rect{X: track.X, Y: track.Y + (track.H-h)*float64(s.top)/float64(n-s.shown()), W: track.W, H: h}, ui.Teal)
	}
	x := glossRows.X + glossRows.W + 30
	if f := s.m.focus; f < n {
		c.Text(s.m.items[f].Title.Lines[0], x, s.rowsY, ui.H3)
		c.Block(s.defs[f], x, s.rowsY+s.termH)
	}
	c.Block(s.hint, x, s.hintY)
}

// Lines is what the card says, a line at a time (for tests).
func (s *GlossaryCardScene) Lines() []string {
	return append(append([]string{s.title}, s.def.Lines...), s.src.Lines...)
}

// Focused is the term the list's focus is on ("" on Close), for tests.
func (s *GlossaryListScene) Focused() string {
	if f := s.m.focus; f < len(s.rows) && len(s.m.items[f].Title.Lines) > 0 {
		return s.m.items[f].Title.Lines[0]
	}
	return ""
}

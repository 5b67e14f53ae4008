package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// panel is the card an overlay draws on, over a shade: its place and its
// smallest size (a panel grows down to hold its words at a large text size, and
// the page scrolls when it is taller than the window).
var panel = ui.Rect{X: 240, Y: 110, W: 800, H: 500}

// panelTo is the panel grown to reach bottom (never smaller than panel).
func panelTo(bottom float64) ui.Rect {
	r := panel
	r.H = max(panel.H, bottom-panel.Y)
	return r
}

// drawPanel draws the shade, down past the panel's foot, and the panel r.
func drawPanel(c *ui.Canvas, r ui.Rect) {
	c.FillRect(ui.Rect{X: 0, Y: 0, W: ui.W, H: max(ui.H, r.Y+r.H+ui.H)}, ui.Shade)
	c.FillRect(r, ui.Card)
	c.StrokeRect(r, 3, ui.Teal)
}

var cardTitleStyle = ui.Style{Size: 24, Bold: true, Color: ui.White}

// cardFrame is an information card's panel laid out for its words: the title
// wrapped in a bar as tall as it needs, the panel as tall as its content (fit).
type cardFrame struct {
	r     ui.Rect
	title ui.Block
	barH  float64
}

func newCardFrame(fs *ui.Fonts, title string) cardFrame {
	f := cardFrame{r: panel, title: fs.NewBlock(title, cardTitleStyle, panel.W-80)}
	f.barH = max(56, f.title.Height()+24)
	return f
}

// top is where the card's content starts: under the bar, with a gap.
func (f *cardFrame) top(gap float64) float64 { return panel.Y + f.barH + gap }

// fit grows the panel to reach bottom.
func (f *cardFrame) fit(bottom float64) { f.r = panelTo(bottom) }

func (f *cardFrame) draw(c *ui.Canvas) {
	drawPanel(c, f.r)
	c.FillRect(ui.Rect{X: f.r.X, Y: f.r.Y, W: f.r.W, H: f.barH}, ui.Teal)
	c.Block(f.title, f.r.X+40, f.r.Y+(f.barH-f.title.Height())/2)
}

// closeButton is an information card's only button: Close, at the foot of the panel.
func closeButton(ctx *Context) []ui.Button {
	return []ui.Button{ui.NewPrimary(ctx.Fonts, ctx.T("nav.close"), panel.X+40, panel.Y+panel.H-74)}
}

// overlay is what the panels over a screen share: their title and their buttons.
type overlay struct {
	m     menu
	title string
}

// FactScene is a fact card: a figure or claim with its source and year.
type FactScene struct {
	overlay
	Fact      game.Fact
	text, src ui.Block
	textY     float64
	srcY      float64
	frame     cardFrame
	gloss     glossMarks
}

// Name implements Scene.
func (s *FactScene) Name() string { return "fact" }

// Layout implements Scene.
func (s *FactScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.title = ctx.T("fact.title")
	s.frame = newCardFrame(fs, s.title)
	s.textY = s.frame.top(34)
	s.text = fs.NewBlock(ctx.X(s.Fact.Text), ui.Style{Size: 24, Color: ui.Ink}, panel.W-80)
	s.gloss.reset()
	s.gloss.mark(ctx, &s.text, panel.X+40, s.textY)
	s.src = fs.NewBlock(ctx.T("fact.source", s.Fact.Source, itoa(s.Fact.Year)), ui.BodySm, panel.W-80)
	s.srcY = s.textY + s.text.Height() + 24
	s.m.items = closeButton(ctx)
	b := &s.m.items[0].R
	b.Y = max(b.Y, s.srcY+s.src.Height()+24)
	s.frame.fit(b.Y + b.H + 24)
}

// Update implements Scene.
func (s *FactScene) Update(ctx *Context, in *Input) error {
	if s.gloss.handle(ctx, in) {
		return nil
	}
	if in.Back || in.Fact || s.m.handle(in) == 0 {
		ctx.Pop()
	}
	return nil
}

// Draw implements Scene.
func (s *FactScene) Draw(ctx *Context, c *ui.Canvas) {
	s.frame.draw(c)
	c.Block(s.text, panel.X+40, s.textY)
	c.Block(s.src, panel.X+40, s.srcY)
	s.m.draw(c)
	s.gloss.draw(c)
}

// MeterScene shows what a meter means, its formula, benchmark and source, and its
// line over the weeks.
type MeterScene struct {
	overlay
	ID    game.MeterID
	rows  []ui.Block
	rowYs []float64
	chart ui.Rect // the meter week by week
	frame cardFrame
	trend []float64
	value string
	head  string // "Name: value", built at layout
	span  string // "first → now": the chart's ends, the last being the title's value
	spanB ui.Block
}

// Name implements Scene.
func (s *MeterScene) Name() string { return "meter" }

// Layout implements Scene.
func (s *MeterScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	k := "meter." + s.ID + "."
	s.rows = []ui.Block{
		fs.NewBlock(ctx.T(k+"what"), ui.Body, panel.W-80),
		fs.NewBlock(ctx.T("meter.formula_label")+": "+ctx.T(k+"formula"), ui.Body, panel.W-80),
		fs.NewBlock(ctx.T("meter.bench_label")+": "+ctx.T(game.Variant(k+"bench", ctx.Session.View().Setting())), ui.Body, panel.W-80),
		fs.NewBlock(ctx.T("meter.source_label")+": "+ctx.T(k+"source"), ui.BodySm, panel.W-80),
	}
	v := ctx.Session.View()
	d := game.Meter(s.ID)
	s.value = ctx.F(d.Arg(v.Meter(s.ID)))
	s.trend = v.MeterTrend(s.ID)
	s.head = ctx.T("meter."+s.ID+".name") + ": " + s.value
	s.span = ctx.T("meter.span", ctx.F(d.Arg(s.trend[0])), ctx.F(d.Arg(s.trend[len(s.trend)-1])))
	s.m.items = closeButton(ctx)
	// the rows flow under the title; the chart and Close side by side under them
	s.frame = newCardFrame(fs, s.head)
	y := s.frame.top(20)
	s.rowYs = s.rowYs[:0]
	for _, b := range s.rows {
		s.rowYs = append(s.rowYs, y)
		y += b.Height() + 10
	}
	b := &s.m.items[0].R
	// the chart as wide as its label (as room beside Close allows), the label
	// wrapped under it
	right := panel.X + panel.W - 40
	cw := min(max(300, fs.Width(s.span, ui.Small)), right-(b.X+b.W+40))
	s.spanB = fs.NewBlock(s.span, ui.Small, cw)
	s.chart = ui.Rect{X: min(panel.X+440, right-cw), Y: max(panel.Y+panel.H-150, y+6), W: cw, H: 100}
	b.Y = s.chart.Y + 76
	bottom := b.Y + b.H + 24
	if len(s.trend) > 1 {
		bottom = max(bottom, s.chart.Y+s.chart.H+6+s.spanB.Height()+16)
	}
	s.frame.fit(bottom)
}

// Update implements Scene.
func (s *MeterScene) Update(ctx *Context, in *Input) error {
	if in.Back || s.m.handle(in) == 0 {
		ctx.Pop()
	}
	return nil
}

// Draw implements Scene.
func (s *MeterScene) Draw(ctx *Context, c *ui.Canvas) {
	s.frame.draw(c)
	for i, b := range s.rows {
		c.Block(b, panel.X+40, s.rowYs[i])
	}
	// the meter week by week, labelled so it reads without colour
	if len(s.trend) > 1 {
		r := s.chart
		c.StrokeRect(r, 1, ui.Line)
		lo, hi := minOf(s.trend), maxOf(s.trend)
		if hi-lo < 1e-6 {
			lo, hi = lo-1, hi+1
		}
		ui.Sparkline(c, r.Inset(8), s.trend, lo, hi)
		c.Block(s.spanB, r.X, r.Y+r.H+6)
	}
	s.m.draw(c)
}

// PauseScene is the menu over a screen: resume, or save and go back to the title.
type PauseScene struct {
	overlay
	note  ui.Block
	noteY float64
	frame ui.Rect
}

// Name implements Scene.
func (s *PauseScene) Name() string { return "pause" }

// Layout implements Scene.
func (s *PauseScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.title = ctx.T("pause.title")
	r := ui.NewPrimary(fs, ctx.T("pause.resume"), panel.X+40, 0)
	q := ui.NewQuiet(fs, ctx.T("pause.save_quit"), panel.X+40, 0)
	g := ui.NewQuiet(fs, ctx.T("gloss.pause"), panel.X+40, 0)
	s.m.items = []ui.Button{r, q, g}
	if !ctx.Kiosk {
		// fourth, so Resume, Save and the glossary keep their places
		s.m.items = append(s.m.items, ui.NewQuiet(fs, ctx.T("prefs.button"), panel.X+40, 0))
	}
	// the buttons in a column as wide as the widest, under the title
	w := 420.0
	for _, b := range s.m.items {
		w = max(w, b.R.W)
	}
	y := max(panel.Y+110, panel.Y+40+fs.LineHeight(ui.H2)+20)
	for i := range s.m.items {
		b := &s.m.items[i].R
		b.W, b.Y = w, y
		y += b.H + 16
		if i == 0 {
			y += 4
		}
	}
	note := ctx.T("pause.saved")
	if ctx.SaveErr != "" {
		note = ctx.SaveErr
	}
	s.note = fs.NewBlock(note, ui.BodySm, panel.W-80)
	s.noteY = max(panel.Y+375, y+15)
	s.frame = panelTo(s.noteY + s.note.Height() + 24)
}

// Update implements Scene.
func (s *PauseScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		ctx.Pop()
		return nil
	}
	switch s.m.handle(in) {
	case 0:
		ctx.Pop()
	case 1:
		ctx.save()
		ctx.GoTo(&TitleScene{})
	case 2:
		ctx.Push(&GlossaryListScene{})
	case 3:
		ctx.Push(&SettingsScene{Overlay: true})
	}
	return nil
}

// Draw implements Scene.
func (s *PauseScene) Draw(ctx *Context, c *ui.Canvas) {
	drawPanel(c, s.frame)
	c.Text(s.title, panel.X+40, panel.Y+40, ui.H2)
	s.m.draw(c)
	c.Block(s.note, panel.X+40, s.noteY)
}

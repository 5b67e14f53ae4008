package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// panel is the card an overlay draws on, over a shade.
var panel = ui.Rect{X: 240, Y: 110, W: 800, H: 500}

func drawShade(c *ui.Canvas) {
	c.FillRect(ui.Rect{X: 0, Y: 0, W: ui.W, H: ui.H}, ui.Shade)
	c.FillRect(panel, ui.Card)
	c.StrokeRect(panel, 3, ui.Teal)
}

// drawTitledShade draws the shade and panel with a teal title bar reading title, for
// the information cards (a fact, a meter).
func drawTitledShade(c *ui.Canvas, title string) {
	drawShade(c)
	c.FillRect(ui.Rect{X: panel.X, Y: panel.Y, W: panel.W, H: 56}, ui.Teal)
	c.Text(title, panel.X+40, panel.Y+14, ui.Style{Size: 24, Bold: true, Color: ui.White})
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
	gloss     glossMarks
}

// Name implements Scene.
func (s *FactScene) Name() string { return "fact" }

// Layout implements Scene.
func (s *FactScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.title = ctx.T("fact.title")
	s.text = fs.NewBlock(ctx.X(s.Fact.Text), ui.Style{Size: 24, Color: ui.Ink}, panel.W-80)
	s.gloss.reset()
	s.gloss.mark(ctx, &s.text, panel.X+40, panel.Y+90)
	s.src = fs.NewBlock(ctx.T("fact.source", s.Fact.Source, itoa(s.Fact.Year)), ui.BodySm, panel.W-80)
	s.m.items = closeButton(ctx)
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
	drawTitledShade(c, s.title)
	y := panel.Y + 90
	y += c.Block(s.text, panel.X+40, y) + 24
	c.Block(s.src, panel.X+40, y)
	s.m.draw(c)
	s.gloss.draw(c)
}

// MeterScene shows what a meter means, its formula, benchmark and source, and its
// line over the weeks.
type MeterScene struct {
	overlay
	ID    game.MeterID
	rows  []ui.Block
	trend []float64
	value string
	head  string // "Name: value", built at layout
	span  string // "first → now": the chart's ends, the last being the title's value
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
	drawTitledShade(c, s.head)
	y := panel.Y + 76
	for _, b := range s.rows {
		y += c.Block(b, panel.X+40, y) + 10
	}
	// the meter week by week, labelled so it reads without colour
	if len(s.trend) > 1 {
		r := ui.Rect{X: panel.X + 440, Y: panel.Y + panel.H - 150, W: 300, H: 100}
		c.StrokeRect(r, 1, ui.Line)
		lo, hi := minOf(s.trend), maxOf(s.trend)
		if hi-lo < 1e-6 {
			lo, hi = lo-1, hi+1
		}
		ui.Sparkline(c, r.Inset(8), s.trend, lo, hi)
		c.Text(s.span, r.X, r.Y+r.H+6, ui.Small)
	}
	s.m.draw(c)
}

// PauseScene is the menu over a screen: resume, or save and go back to the title.
type PauseScene struct {
	overlay
	note ui.Block
}

// Name implements Scene.
func (s *PauseScene) Name() string { return "pause" }

// Layout implements Scene.
func (s *PauseScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.title = ctx.T("pause.title")
	r := ui.NewPrimary(fs, ctx.T("pause.resume"), panel.X+40, panel.Y+110)
	q := ui.NewQuiet(fs, ctx.T("pause.save_quit"), panel.X+40, panel.Y+180)
	g := ui.NewQuiet(fs, ctx.T("gloss.pause"), panel.X+40, panel.Y+240)
	r.R.W, q.R.W, g.R.W = 420, 420, 420
	s.m.items = []ui.Button{r, q, g}
	if !ctx.Kiosk {
		// fourth, so Resume, Save and the glossary keep their places
		p := ui.NewQuiet(fs, ctx.T("prefs.button"), panel.X+40, panel.Y+300)
		p.R.W = 420
		s.m.items = append(s.m.items, p)
	}
	note := ctx.T("pause.saved")
	if ctx.SaveErr != "" {
		note = ctx.SaveErr
	}
	s.note = fs.NewBlock(note, ui.BodySm, panel.W-80)
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
	drawShade(c)
	c.Text(s.title, panel.X+40, panel.Y+40, ui.H2)
	s.m.draw(c)
	c.Block(s.note, panel.X+40, panel.Y+375)
}

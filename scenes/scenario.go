package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// ScenarioScene shows one scenario: who is asking, the situation, and the choices.
type ScenarioScene struct {
	stepNav
	title ui.Block
	who   ui.Block
	body  ui.Block
	duty  ui.Block
	face  portrait // the person asking, drawn once at layout (portrait.go)
	cards int
	// laid out from the text size: the card's height, the duty line's y
	boxH, dutyY float64
}

// faceSize is the portrait's side beside the who line, in logical pixels.
const faceSize = 96

// whoHeight is the height the who line and its portrait take.
func (s *ScenarioScene) whoHeight() float64 {
	if s.face.img == nil {
		return s.who.Height()
	}
	return max(s.who.Height(), faceSize)
}

// Name implements Scene.
func (s *ScenarioScene) Name() string { return "scenario" }

// Layout implements Scene.
func (s *ScenarioScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.begin(ctx)
	left := 600.0
	s.title = fs.NewBlock(ctx.R(s.step.Title), ui.H2, left)
	s.face = portrait{}
	if sc := s.step.Scenario; sc != nil {
		s.face = newPortrait(ctx.Content.Character(sc.Character), game.MoodNeutral, faceSize)
	}
	s.who = fs.NewBlock(ctx.R(s.step.Who), ui.Style{Size: 18, Bold: true, Color: ui.Teal}, left-8-s.whoIndent())
	s.body = fs.NewBlock(ctx.R(s.step.Body), ui.Style{Size: 21, Color: ui.Ink}, left)
	s.duty = ui.Block{}
	if sc := s.step.Scenario; sc != nil {
		if d := ctx.Content.Duty(sc.Duty); d != nil {
			s.duty = fs.NewBlock(ctx.X(d.Name)+" · "+sc.Standard, ui.Small, left)
		}
	}
	specs := make([]ui.CardSpec, len(s.step.Options))
	letters := "ABCDEFGH"
	for i, o := range s.step.Options {
		specs[i] = ui.CardSpec{Title: ctx.R(o.Label), Prefix: letters[i : i+1]}
	}
	// the choices in one column: at a large text size as tall as they need (the page scrolls)
	s.m.items = ui.LayoutCards(fs, specs, ui.Rect{X: 720, Y: 96, W: 500, H: fs.S(ui.H - 120)}, 14)
	s.cards = len(s.m.items)
	y := 104.0
	s.gloss.mark(ctx, &s.title, 60, y)
	y += s.title.Height() + 16 + s.whoHeight() + 16
	s.gloss.mark(ctx, &s.body, 60, y)
	// the choices' words too: a dotted word on a card opens its card, not the choice
	for i := range s.m.items {
		x, y := s.m.items[i].TitleAt()
		s.gloss.mark(ctx, &s.m.items[i].Title, x, y)
	}
	factY := 110 + s.title.Height() + 16 + s.whoHeight() + 16 + s.body.Height() + 24
	n := len(s.m.items)
	s.addFact(ctx, 60, factY)
	end := factY - 24
	for _, b := range s.m.items[n:] {
		end = max(end, b.R.Y+b.R.H)
	}
	// the duty line at the card's foot, below the text and buttons; the card
	// grows to hold them
	s.dutyY = max(ui.H-40-s.duty.Height(), end+16)
	s.boxH = max(ui.H-104, s.dutyY+s.duty.Height()+20-84)
	s.end()
	s.m.focus = 0
}

// whoIndent is how far right of the card's text the who line starts: past the
// portrait, or past the small person mark.
func (s *ScenarioScene) whoIndent() float64 {
	if s.face.img != nil {
		return faceSize + 18
	}
	return 32
}

// Update implements Scene.
func (s *ScenarioScene) Update(ctx *Context, in *Input) error {
	if i := s.handle(ctx, in); i >= 0 && i < s.cards {
		return ctx.Do(func(g *game.Session) error { return g.Choose(i) })
	}
	return nil
}

// Draw implements Scene.
func (s *ScenarioScene) Draw(ctx *Context, c *ui.Canvas) {
	s.h.draw(c, s.menuFocused())
	c.FillRect(ui.Rect{X: 40, Y: 84, W: 640, H: s.boxH}, ui.Card)
	c.StrokeRect(ui.Rect{X: 40, Y: 84, W: 640, H: s.boxH}, 2, ui.Line)
	y := 104.0
	y += c.Block(s.title, 60, y) + 16
	if s.face.img != nil {
		s.face.draw(c, 60, y)
		c.Block(s.who, 60+s.whoIndent(), y+(faceSize-s.who.Height())/2)
	} else {
		// a simple person mark before the name
		c.Circle(70, y+10, 8, ui.Teal)
		c.FillRect(ui.Rect{X: 62, Y: y + 20, W: 16, H: 6}, ui.Teal)
		c.Block(s.who, 92, y)
	}
	y += s.whoHeight() + 16
	c.Block(s.body, 60, y)
	if len(s.duty.Lines) > 0 {
		c.Block(s.duty, 60, s.dutyY)
	}
	s.m.draw(c)
	s.gloss.draw(c)
}

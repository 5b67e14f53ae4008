package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// PickScene shows a choice of one (interest check, degree, internship, master's,
// offers) or of several (a term's courses) as cards.
type PickScene struct {
	stepNav
	body    ui.Block
	hint    string
	cards   int // items [0, cards) are the options
	confirm int
	msg     string
	title   string
}

// Name implements Scene.
func (s *PickScene) Name() string {
	if s.step.Kind == game.StepPickMany {
		return "pick-many"
	}
	return "pick-one"
}

// Layout implements Scene.
func (s *PickScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	focus := s.m.focus
	s.begin(ctx)
	s.h.setKeys(fs, ctx.T("pick.keys"))
	s.title = ctx.R(s.step.Title)
	s.body = fs.NewBlock(ctx.R(s.step.Body), ui.Body, 1120)
	many := s.step.Kind == game.StepPickMany
	specs := make([]ui.CardSpec, len(s.step.Options))
	for i, o := range s.step.Options {
		specs[i] = ui.CardSpec{Title: ctx.R(o.Label), Detail: ctx.R(o.Detail), Tag: ctx.R(o.Tag), Check: many, Selected: o.Selected}
	}
	top := 150 + s.body.Height() + 16
	area := ui.Rect{X: 80, Y: top, W: 1120, H: ui.H - 90 - top}
	s.m.items = ui.LayoutCards(fs, specs, area, 14)
	s.cards = len(s.m.items)
	s.confirm = -1
	by := float64(ui.H - 72)
	x := 80.0
	if many {
		b := ui.NewPrimary(fs, ctx.T("nav.confirm"), x, by)
		b.Disabled = !s.step.CanGoOn
		s.confirm = len(s.m.items)
		s.m.items = append(s.m.items, b)
		x += b.R.W + 20
		s.hint = ctx.R(s.step.Hint)
	}
	s.addFact(ctx, x, by+3)
	s.end()
	s.m.focus = focus
	if s.m.focus >= len(s.m.items) {
		s.m.focus = 0
	}
}

// Update implements Scene.
func (s *PickScene) Update(ctx *Context, in *Input) error {
	i := s.handle(ctx, in)
	switch {
	case i < 0:
	case i < s.cards && s.step.Kind == game.StepPickMany:
		if err := ctx.Session.Toggle(i); err != nil {
			s.msg = ctx.T("pick.full")
			return nil
		}
		s.msg = ""
		ctx.save()
		s.Layout(ctx)
		// after a tick, move on to the next free card, or to Confirm when full
		if s.step.Options[i].Selected {
			if s.step.CanGoOn {
				s.m.focus = s.confirm
			} else {
				for k := 1; k < s.cards; k++ {
					j := (i + k) % s.cards
					if !s.step.Options[j].Selected {
						s.m.focus = j
						break
					}
				}
			}
		}
	case i < s.cards:
		return ctx.Do(func(g *game.Session) error { return g.Choose(i) })
	case i == s.confirm:
		return ctx.Do((*game.Session).Confirm)
	}
	return nil
}

// Draw implements Scene.
func (s *PickScene) Draw(ctx *Context, c *ui.Canvas) {
	s.h.draw(c, s.menuFocused())
	c.Text(s.title, 80, 88, ui.H2)
	c.Block(s.body, 80, 140)
	s.m.draw(c)
	if s.hint != "" {
		x := s.m.items[s.confirm].R.X + s.m.items[s.confirm].R.W + 24
		if s.fact >= 0 {
			x = s.m.items[s.fact].R.X + s.m.items[s.fact].R.W + 24
		}
		c.Text(s.hint, x, ui.H-60, ui.Label)
		if s.msg != "" {
			c.Text(s.msg, x+200, ui.H-60, ui.Style{Size: 18, Color: ui.Bad})
		}
	}
}

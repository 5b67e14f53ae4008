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
	title   ui.Block
	// laid out from the text size
	bodyY, hintX, hintY, msgX, msgY float64
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
	s.title = fs.NewBlock(ctx.R(s.step.Title), ui.H2, 1120)
	s.bodyY = max(140, 88+s.title.Height()+8)
	s.body = fs.NewBlock(ctx.R(s.step.Body), ui.Body, 1120)
	many := s.step.Kind == game.StepPickMany
	specs := make([]ui.CardSpec, len(s.step.Options))
	for i, o := range s.step.Options {
		specs[i] = ui.CardSpec{Title: ctx.R(o.Label), Detail: ctx.R(o.Detail), Tag: ctx.R(o.Tag), Check: many, Selected: o.Selected}
	}
	top := s.bodyY + 10 + s.body.Height() + 16
	// at a large text size the cards get the room their text needs (the page scrolls)
	area := ui.Rect{X: 80, Y: top, W: 1120, H: max(ui.H-90-top, fs.S(370))}
	s.m.items = ui.LayoutCards(fs, specs, area, 14)
	s.cards = len(s.m.items)
	s.confirm = -1
	by := float64(ui.H - 72)
	for _, b := range s.m.items {
		by = max(by, b.R.Y+b.R.H+20)
	}
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
	// the hint (and a message) after the last button, or below the buttons when
	// they do not fit beside them
	if s.hint != "" {
		last := s.m.items[len(s.m.items)-1].R
		s.hintX, s.hintY = last.X+last.W+24, by+12
		hw := fs.Width(s.hint, ui.Label)
		if s.hintX+hw > ui.W-40 {
			s.hintX, s.hintY = 80, by+last.H+12
		}
		s.msgX, s.msgY = s.hintX+max(200, hw+24), s.hintY
		if s.msgX+fs.Width(ctx.T("pick.full"), pickMsgStyle) > ui.W-40 {
			s.msgX, s.msgY = 80, s.hintY+fs.LineHeight(ui.Label)+8
		}
	}
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
	c.Block(s.title, 80, 88)
	c.Block(s.body, 80, s.bodyY)
	s.m.draw(c)
	if s.hint != "" {
		c.Text(s.hint, s.hintX, s.hintY, ui.Label)
		if s.msg != "" {
			c.Text(s.msg, s.msgX, s.msgY, pickMsgStyle)
		}
	}
}

var pickMsgStyle = ui.Style{Size: 18, Color: ui.Bad}

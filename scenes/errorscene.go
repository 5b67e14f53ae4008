package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// ErrorScene tells the player, in plain words, that something the game needed is
// missing (a duty screen a save names that this version does not have), and offers
// the way back to the title. The run in the store is kept as it was.
type ErrorScene struct {
	Err  error
	msg  ui.Block
	head string
	m    menu
}

// Name implements Scene.
func (s *ErrorScene) Name() string { return "error" }

// Layout implements Scene.
func (s *ErrorScene) Layout(ctx *Context) {
	s.head = ctx.T("error.title")
	detail := ""
	if s.Err != nil {
		detail = s.Err.Error()
	}
	s.msg = ctx.Fonts.NewBlock(ctx.T("error.body", detail), ui.Body, 1000)
	s.m.items = []ui.Button{ui.NewPrimary(ctx.Fonts, ctx.T("nav.title"), 140, 420)}
}

// Update implements Scene.
func (s *ErrorScene) Update(ctx *Context, in *Input) error {
	if s.m.handle(in) == 0 || in.Back {
		ctx.GoTo(&TitleScene{})
	}
	return nil
}

// Draw implements Scene.
func (s *ErrorScene) Draw(ctx *Context, c *ui.Canvas) {
	c.Text(s.head, 140, 160, ui.H2)
	c.Block(s.msg, 140, 220)
	s.m.draw(c)
}

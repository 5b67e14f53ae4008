package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// ErrorScene tells the player, in plain words, that something the game needed is
// missing (a duty screen a save names that this version does not have), and offers
// the way back to the title. The run in the store is kept as it was.
type ErrorScene struct {
	Err  error
	msg  ui.Block
	head ui.Block
	msgY float64
	m    menu
}

// Name implements Scene.
func (s *ErrorScene) Name() string { return "error" }

// Layout implements Scene.
func (s *ErrorScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.head = fs.NewBlock(ctx.T("error.title"), ui.H2, 1000)
	detail := ""
	if s.Err != nil {
		detail = s.Err.Error()
	}
	s.msgY = max(220, 160+s.head.Height()+16)
	s.msg = fs.NewBlock(ctx.T("error.body", detail), ui.Body, 1000)
	// the way back under the message, however long it is at this text size
	s.m.items = []ui.Button{ui.NewPrimary(fs, ctx.T("nav.title"), 140, max(420, s.msgY+s.msg.Height()+30))}
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
	c.Block(s.head, 140, 160)
	c.Block(s.msg, 140, s.msgY)
	s.m.draw(c)
}

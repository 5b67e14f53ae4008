package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// BoardScene is the board duty screen. (Placeholder: to be built.)
type BoardScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *BoardScene) Name() string { return "system-board" }

// Layout implements Scene.
func (s *BoardScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *BoardScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *BoardScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

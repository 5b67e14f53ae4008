package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// FlowScene is the flow duty screen. (Placeholder: to be built.)
type FlowScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *FlowScene) Name() string { return "system-flow" }

// Layout implements Scene.
func (s *FlowScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *FlowScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *FlowScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

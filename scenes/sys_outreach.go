package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// OutreachScene is the outreach duty screen. (Placeholder: to be built.)
type OutreachScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *OutreachScene) Name() string { return "system-outreach" }

// Layout implements Scene.
func (s *OutreachScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *OutreachScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *OutreachScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

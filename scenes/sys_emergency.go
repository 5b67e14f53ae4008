package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// EmergencyScene is the emergency duty screen. (Placeholder: to be built.)
type EmergencyScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *EmergencyScene) Name() string { return "system-emergency" }

// Layout implements Scene.
func (s *EmergencyScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *EmergencyScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *EmergencyScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

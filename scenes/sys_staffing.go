package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// StaffingScene is the staffing duty screen. (Placeholder: to be built.)
type StaffingScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *StaffingScene) Name() string { return "system-staffing" }

// Layout implements Scene.
func (s *StaffingScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *StaffingScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *StaffingScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

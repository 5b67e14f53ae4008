package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// SatelliteScene is the satellite duty screen. (Placeholder: to be built.)
type SatelliteScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *SatelliteScene) Name() string { return "system-satellite" }

// Layout implements Scene.
func (s *SatelliteScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *SatelliteScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *SatelliteScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

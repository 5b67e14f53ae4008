package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// PrivacyScene is the privacy duty screen. (Placeholder: to be built.)
type PrivacyScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *PrivacyScene) Name() string { return "system-privacy" }

// Layout implements Scene.
func (s *PrivacyScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *PrivacyScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *PrivacyScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// BillingScene is the billing duty screen. (Placeholder: to be built.)
type BillingScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *BillingScene) Name() string { return "system-billing" }

// Layout implements Scene.
func (s *BillingScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *BillingScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *BillingScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

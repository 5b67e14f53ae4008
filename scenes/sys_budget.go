package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// BudgetScene is the budget duty screen. (Placeholder: to be built.)
type BudgetScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *BudgetScene) Name() string { return "system-budget" }

// Layout implements Scene.
func (s *BudgetScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *BudgetScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *BudgetScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

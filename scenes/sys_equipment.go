package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// EquipmentScene is the equipment duty screen. (Placeholder: to be built.)
type EquipmentScene struct {
	sysBase
	m menu
}

// Name implements Scene.
func (s *EquipmentScene) Name() string { return "system-equipment" }

// Layout implements Scene.
func (s *EquipmentScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	s.m.items = s.baseItems()
}

// Update implements Scene.
func (s *EquipmentScene) Update(ctx *Context, in *Input) error {
	i := s.m.handle(in)
	s.handleBase(ctx, in, i)
	return nil
}

// Draw implements Scene.
func (s *EquipmentScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.m.draw(c)
}

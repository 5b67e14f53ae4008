package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// The mode screen's steps: the four play modes, then (manager only) the role and
// the workplace.
const (
	pickMode = iota
	pickRole
	pickSetting
)

// ModeScene comes after "New career" (and "Join a class") on the title: it lists
// the play modes with what each is and how long it takes; Manager only then asks
// for the job and the workplace. It goes on to the class code (Class) or the name.
type ModeScene struct {
	Class bool // the career joins a class: the code comes next

	stage  int
	mode   game.Mode
	role   string
	ids    []string // what each card picks, in order
	m      menu
	back   int // the Back button's index in m.items
	bar    appBar
	title  ui.Block
	sub    ui.Block
	titleY float64 // the heading's y; the subtitle follows
	subY   float64
}

// Name implements Scene.
func (s *ModeScene) Name() string {
	switch s.stage {
	case pickRole:
		return "modes-role"
	case pickSetting:
		return "modes-setting"
	}
	return "modes"
}

// Layout implements Scene.
func (s *ModeScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.bar = newAppBar(ctx)
	var title string
	var specs []ui.CardSpec
	s.ids = nil
	focus := 0
	switch s.stage {
	case pickRole:
		title = ctx.T("modes.role_title")
		s.sub = fs.NewBlock(ctx.T("modes.role_sub"), ui.BodySm, 1100)
		for i, r := range game.ManagerRoles(ctx.Content) {
			s.ids = append(s.ids, r.ID)
			specs = append(specs, ui.CardSpec{Title: ctx.X(r.Name), Detail: ctx.X(r.About)})
			if r.ID == s.role {
				focus = i
			}
		}
	case pickSetting:
		title = ctx.T("modes.setting_title")
		s.sub = fs.NewBlock(ctx.T("modes.setting_sub"), ui.BodySm, 1100)
		for _, id := range game.RoleSettings(ctx.Content, s.role) {
			se := ctx.Content.Setting(id)
			if se == nil {
				continue
			}
			s.ids = append(s.ids, id)
			specs = append(specs, ui.CardSpec{Title: ctx.X(se.Name), Detail: ctx.X(se.About)})
		}
	default:
		title = ctx.T("modes.title")
		s.sub = fs.NewBlock(ctx.T("modes.sub"), ui.BodySm, 1100)
		want := s.mode
		if want == "" {
			want = ctx.Mode
		}
		for i, m := range game.Modes {
			s.ids = append(s.ids, string(m))
			k := "mode." + string(m)
			specs = append(specs, ui.CardSpec{Title: ctx.T(k + ".name"), Detail: ctx.T(k + ".about"), Tag: ctx.T(k + ".minutes")})
			if m == want {
				focus = i
			}
		}
	}
	// the heading and the subtitle flow down from under the bar; the cards under
	// them, in as tall an area as their text needs (the page scrolls)
	s.title = fs.NewBlock(title, ui.H2, 1120)
	s.titleY = 100 + s.bar.extra()
	s.subY = max(s.titleY+50, s.titleY+s.title.Height()+8)
	top := max(186+s.bar.extra(), s.subY+s.sub.Height()+20)
	s.m.items = ui.LayoutCards(fs, specs, ui.Rect{X: 80, Y: top, W: 1120, H: max(424, fs.S(424))}, 12)
	bottom := top
	for _, b := range s.m.items {
		bottom = max(bottom, b.R.Y+b.R.H)
	}
	s.back = len(s.m.items)
	s.m.items = append(s.m.items, ui.NewQuiet(fs, ctx.T("modes.back"), 80, max(628+s.bar.extra(), bottom+18)))
	s.m.focus = focus
}

// Update implements Scene.
func (s *ModeScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.goBack(ctx)
		return nil
	}
	i := s.m.handle(in)
	switch {
	case i < 0:
		return nil
	case i == s.back:
		s.goBack(ctx)
		return nil
	}
	id := s.ids[i]
	switch s.stage {
	case pickMode:
		s.mode = game.Mode(id)
		if s.mode == game.ModeManager {
			s.stage = pickRole
			s.Layout(ctx)
			return nil
		}
		s.done(ctx)
	case pickRole:
		s.role = id
		s.stage = pickSetting
		s.Layout(ctx)
	case pickSetting:
		ctx.NewRun.Role, ctx.NewRun.Setting = s.role, id
		s.done(ctx)
	}
	return nil
}

// goBack steps back one question, or to the title from the list of modes.
func (s *ModeScene) goBack(ctx *Context) {
	if s.stage == pickMode {
		ctx.GoTo(&TitleScene{})
		return
	}
	s.stage--
	s.Layout(ctx)
}

// done keeps the choice for the next career and asks for the class code or the name.
func (s *ModeScene) done(ctx *Context) {
	ctx.NewRun.Mode = s.mode
	if s.mode != game.ModeManager {
		ctx.NewRun.Role, ctx.NewRun.Setting = "", ""
	}
	if s.Class {
		ctx.GoTo(&CodeScene{})
		return
	}
	ctx.GoTo(&NameScene{})
}

// Draw implements Scene.
func (s *ModeScene) Draw(ctx *Context, c *ui.Canvas) {
	s.bar.draw(c)
	c.Block(s.title, 80, s.titleY)
	c.Block(s.sub, 80, s.subY)
	s.m.draw(c)
}

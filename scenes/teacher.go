package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// TeacherScene is the short page for teachers on the title: what the game is, how a
// class period goes, class codes, the report, packs and privacy. The full guide is
// docs/teacher-guide.md.
type TeacherScene struct {
	m      menu
	title  string
	blocks []ui.Block
	heads  []string
}

// teacherSections are the page's sections, by catalog key.
var teacherSections = []string{"what", "period", "codes", "report", "packs", "privacy"}

// Name implements Scene.
func (s *TeacherScene) Name() string { return "teacher" }

// Layout implements Scene.
func (s *TeacherScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.title = ctx.T("teacher.title")
	s.blocks, s.heads = s.blocks[:0], s.heads[:0]
	for _, k := range teacherSections {
		s.heads = append(s.heads, ctx.T("teacher."+k+".head"))
		s.blocks = append(s.blocks, fs.NewBlock(ctx.T("teacher."+k), ui.Style{Size: 16, Color: ui.Ink}, 540))
	}
	s.m.items = []ui.Button{ui.NewPrimary(fs, ctx.T("name.back"), 80, ui.H-70)}
}

// Update implements Scene.
func (s *TeacherScene) Update(ctx *Context, in *Input) error {
	if in.Back || s.m.handle(in) == 0 {
		ctx.GoTo(&TitleScene{})
	}
	return nil
}

// Draw implements Scene.
func (s *TeacherScene) Draw(ctx *Context, c *ui.Canvas) {
	c.Text(s.title, 80, 40, ui.H2)
	// two columns of three sections
	for i, b := range s.blocks {
		x, y := 80.0, 100.0
		if i >= 3 {
			x = 660
		}
		for j := i - i%3; j < i; j++ {
			y += 30 + s.blocks[j].Height() + 16
		}
		c.Text(s.heads[i], x, y, ui.H3)
		c.Block(b, x, y+30)
	}
	s.m.draw(c)
}

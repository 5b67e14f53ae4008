package scenes

import (
	"github.com/hsmgame/healthmanager/game/printout"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// TeacherScene is the short page for teachers on the title: what the game is, how a
// class period goes, class codes, the report, packs and privacy. The full guide is
// docs/teacher-guide.md.
type TeacherScene struct {
	m      menu
	title  string
	blocks []ui.Block
	heads  []string
	saved  ui.Block // where the handout went, or why it failed
	msgX   float64
	has    bool
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
	back := ui.NewPrimary(fs, ctx.T("name.back"), 80, ui.H-70)
	handout := ui.NewQuiet(fs, ctx.T("printout.handout_button"), back.R.X+back.R.W+16, ui.H-67)
	s.m.items = []ui.Button{back, handout}
	s.msgX = handout.R.X + handout.R.W + 24
	s.has = false
}

// Update implements Scene.
func (s *TeacherScene) Update(ctx *Context, in *Input) error {
	switch s.m.handle(in) {
	case 0:
		ctx.GoTo(&TitleScene{})
	case 1:
		s.saveHandout(ctx)
	default:
		if in.Back {
			ctx.GoTo(&TitleScene{})
		}
	}
	return nil
}

// saveHandout writes the one-page student handout (game/printout) and says where
// it went: a file in Documents on the desktop, a download in the browser.
func (s *TeacherScene) saveHandout(ctx *Context) {
	msg, st, w := "", ui.Style{Size: 15, Bold: true, Color: ui.Ink}, ui.W-s.msgX-30
	data, err := printout.HandoutPDF(ctx.Catalog, ctx.Lang, printout.Letter)
	if err == nil {
		var where string
		if where, err = exportFile("student-handout.pdf", "application/pdf", data); err == nil {
			ctx.trace("handout saved=" + where)
			msg = savedMessage(ctx, where, st, w)
		}
	}
	if err != nil {
		msg = ctx.T("printout.save_failed", err.Error())
	}
	s.saved = ctx.Fonts.NewBlock(msg, st, w)
	s.has = true
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
	if s.has {
		c.Block(s.saved, s.msgX, ui.H-72)
	}
	s.m.draw(c)
}

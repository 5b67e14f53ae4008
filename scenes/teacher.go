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
	title  ui.Block
	blocks []ui.Block
	heads  []ui.Block
	at     []ui.Rect // where each section's heading starts (X, Y) and its text (W: x, H: y)
	saved  ui.Block  // where the handout went, or why it failed
	msgX   float64
	msgY   float64
	has    bool
}

// teacherSections are the page's sections, by catalog key.
var teacherSections = []string{"what", "period", "codes", "report", "packs", "privacy"}

// Name implements Scene.
func (s *TeacherScene) Name() string { return "teacher" }

// Layout implements Scene.
func (s *TeacherScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.title = fs.NewBlock(ctx.T("teacher.title"), ui.H2, 1120)
	s.blocks, s.heads, s.at = s.blocks[:0], s.heads[:0], s.at[:0]
	// two columns of three sections; one column when the text is large
	colW, cols := 540.0, 2
	if fs.TextScale() > 1.3 {
		colW, cols = 1120, 1
	}
	top := 40 + max(60, s.title.Height()+14)
	y, bottom := top, top
	for i, k := range teacherSections {
		x := 80.0
		if cols == 2 && i >= 3 {
			x = 660
		}
		if cols == 2 && i == 3 {
			y = top
		}
		h := fs.NewBlock(ctx.T("teacher."+k+".head"), ui.H3, colW)
		b := fs.NewBlock(ctx.T("teacher."+k), ui.Style{Size: 16, Color: ui.Ink}, colW)
		s.heads, s.blocks = append(s.heads, h), append(s.blocks, b)
		ty := y + max(30, h.Height()+4)
		s.at = append(s.at, ui.Rect{X: x, Y: y, W: x, H: ty})
		y = ty + b.Height() + 16
		bottom = max(bottom, y)
	}
	by := max(ui.H-70, bottom+14)
	back := ui.NewPrimary(fs, ctx.T("name.back"), 80, by)
	handout := ui.NewQuiet(fs, ctx.T("printout.handout_button"), back.R.X+back.R.W+16, by+(back.R.H-44)/2)
	handout.R.Y = by + (back.R.H-handout.R.H)/2
	s.m.items = []ui.Button{back, handout}
	s.msgX, s.msgY = handout.R.X+handout.R.W+24, by-2
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
	c.Block(s.title, 80, 40)
	for i, b := range s.blocks {
		a := s.at[i]
		c.Block(s.heads[i], a.X, a.Y)
		c.Block(b, a.W, a.H)
	}
	if s.has {
		c.Block(s.saved, s.msgX, s.msgY)
	}
	s.m.draw(c)
}

package scenes

import (
	"unicode"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// CodeScene asks for the class code a teacher reads out: six letters. With it, every
// student in the class meets the same events in the same order.
type CodeScene struct {
	entry
	code []rune
	join int
	back int
	msg  ui.Block
	msgY float64 // where msg goes: under the field
}

// codeLook sets the code large and bold in its field.
var codeLook = entryLook{pad: 20, textY: 14, placeSize: 24, style: ui.Style{Size: 34, Bold: true, Color: ui.Ink}}

// Name implements Scene.
func (s *CodeScene) Name() string { return "code" }

// Layout implements Scene.
func (s *CodeScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.title, s.placeholder = ctx.T("code.title"), ctx.T("code.placeholder")
	s.prompt = fs.NewBlock(ctx.T("code.prompt"), ui.Body, 900)
	// the field holds six wide letters at any text size
	s.layoutEntry(fs, codeLook, 120, 280, max(360, fs.Width("WWWWWW", codeLook.style)+2*codeLook.pad+20), 70)
	s.text = string(s.code)
	field := ui.Button{R: s.field, Kind: ui.CardKind, Title: fs.NewBlock(" ", ui.H3, 300)}
	join := ui.NewPrimary(fs, ctx.T("code.join"), s.field.X+s.field.W+20, 0)
	if join.R.X+join.R.W > ui.W-40 {
		join.R.X, join.R.Y = 80, s.field.Y+s.field.H+16 // below the field when not beside it
	} else {
		join.R.Y = s.field.Y + (s.field.H-join.R.H)/2
	}
	s.msgY = max(s.field.Y+s.field.H, join.R.Y+join.R.H) + 30
	// Back goes below the longest message the field can show
	bad := fs.NewBlock(ctx.T("code.bad"), codeMsgStyle, 900)
	back := ui.NewQuiet(fs, ctx.T("name.back"), 80, max(600, s.msgY+bad.Height()+40))
	s.m.items = []ui.Button{field, join, back}
	s.join, s.back = 1, 2
}

// Update implements Scene.
func (s *CodeScene) Update(ctx *Context, in *Input) error {
	changed := false
	for _, r := range in.Chars {
		if len(s.code) < game.ClassCodeLen && unicode.IsLetter(r) && r < 128 {
			s.code = append(s.code, unicode.ToUpper(r))
			changed = true
		}
	}
	if in.Backspace && len(s.code) > 0 {
		s.code = s.code[:len(s.code)-1]
		changed = true
	}
	if changed {
		s.text, s.msg = string(s.code), ui.Block{}
	}
	if in.Back {
		ctx.GoTo(&TitleScene{})
		return nil
	}
	k := *in
	k.Choose = in.Enter
	i := s.m.handle(&k)
	if (in.Enter && s.m.focus == 0) || i == s.join {
		code, err := game.ParseClassCode(string(s.code))
		if err != nil {
			s.msg = ctx.Fonts.NewBlock(ctx.T("code.bad"), codeMsgStyle, 900)
			return nil
		}
		ctx.ClassCode = code
		ctx.GoTo(&NameScene{})
		return nil
	}
	if i == s.back {
		ctx.GoTo(&TitleScene{})
	}
	return nil
}

// Draw implements Scene.
func (s *CodeScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawEntry(c, codeLook)
	c.Block(s.msg, 80, s.msgY)
}

var codeMsgStyle = ui.Style{Size: 18, Bold: true, Color: ui.Bad}

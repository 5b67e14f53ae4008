package scenes

import (
	"strings"
	"unicode"

	"github.com/hsmgame/healthmanager/scenes/ui"
)

// maxName is the longest first name the field takes.
const maxName = 20

// suggested names let a mouse-only or touch player start without a keyboard.
var suggested = []string{"Alex", "Maya", "Jordan"}

// NameScene asks for the player's first name.
type NameScene struct {
	entry
	name   []rune
	start  int
	back   int
	blink  int
	bar    appBar  // composed at layout
	caretX float64 // the caret's x, recomputed when the text changes
	// needName says what to do when Start is pressed with no name typed
	needName ui.Block
	askName  bool
	needY    float64 // where needName goes: under the field
}

// nameLook sets the name as a heading in its field.
var nameLook = entryLook{pad: 18, textY: 18, placeSize: 22, style: ui.H3}

// setText recomputes the field's string and caret from the typed name.
func (s *NameScene) setText(fs *ui.Fonts) {
	s.text = string(s.name)
	s.caretX = s.field.X + nameLook.pad + fs.Width(s.text, nameLook.style) + 2
}

// Name implements Scene.
func (s *NameScene) Name() string { return "name" }

// Layout implements Scene.
func (s *NameScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.prompt = fs.NewBlock(ctx.T("name.prompt"), ui.Body, 800)
	s.bar = newAppBar(ctx)
	s.title, s.placeholder = ctx.T("name.title"), ctx.T("name.placeholder")
	// the field holds the longest name at any text size (up to 800 wide)
	s.layoutEntry(fs, nameLook, 120+s.bar.extra(), 250, max(520, min(800, fs.S(400))), 64)
	s.setText(fs)
	field := ui.Button{R: s.field, Kind: ui.CardKind, Title: fs.NewBlock(" ", ui.H3, 400)}
	start := ui.NewPrimary(fs, ctx.T("name.start"), s.field.X+s.field.W+20, 0)
	if start.R.X+start.R.W > ui.W-40 {
		start.R.X, start.R.Y = 80, s.field.Y+s.field.H+16 // below the field when not beside it
	} else {
		start.R.Y = s.field.Y + (s.field.H-start.R.H)/2
	}
	s.m.items = []ui.Button{field, start}
	s.start = 1
	s.needY = max(s.field.Y+s.field.H, start.R.Y+start.R.H) + 16
	s.needName = fs.NewBlock(ctx.T("name.empty"), ui.Style{Size: 18, Bold: true, Color: ui.Bad}, 1000)
	x, y := 80.0, max(s.needY+50, s.needY+s.needName.Height()+24)
	rowH := 0.0
	for _, n := range suggested {
		b := ui.NewQuiet(fs, ctx.T("name.suggest", n), x, y)
		if b.R.X+b.R.W > ui.W-40 && x > 80 {
			y += rowH + 16
			b.R.X, b.R.Y = 80, y
		}
		s.m.items = append(s.m.items, b)
		x, rowH = b.R.X+b.R.W+16, max(rowH, b.R.H)
	}
	s.back = len(s.m.items)
	s.m.items = append(s.m.items, ui.NewQuiet(fs, ctx.T("name.back"), 80, max(600+s.bar.extra(), y+rowH+40)))
}

// a11yLabel names the text field for the screen-reader mirror.
func (s *NameScene) a11yLabel(i int) string {
	if i == 0 {
		return s.placeholder + ": " + string(s.name)
	}
	return ""
}

// Update implements Scene.
func (s *NameScene) Update(ctx *Context, in *Input) error {
	s.blink++
	changed := false
	for _, r := range in.Chars {
		if len(s.name) < maxName && (unicode.IsLetter(r) || r == ' ' || r == '-' || r == '\'') {
			s.name = append(s.name, r)
			changed = true
			s.m.focus = 0
		}
	}
	if in.Backspace && len(s.name) > 0 {
		s.name = s.name[:len(s.name)-1]
		changed = true
	}
	if changed {
		s.setText(ctx.Fonts)
		s.askName = false
	}
	if in.Back {
		ctx.GoTo(&TitleScene{})
		return nil
	}
	// Space types a space here; only Enter chooses.
	k := *in
	k.Choose = in.Enter
	name := strings.TrimSpace(string(s.name))
	if in.Enter && s.m.focus == 0 {
		if name == "" {
			s.askName = true // an empty name says what to do, never nothing
			return nil
		}
		ctx.StartCareer(name)
		return nil
	}
	i := s.m.handle(&k)
	switch {
	case i == s.start && name == "":
		s.askName = true
	case i == s.start:
		ctx.StartCareer(name)
	case i == s.back:
		ctx.GoTo(&TitleScene{})
	case i > s.start && i < s.back:
		ctx.StartCareer(suggested[i-s.start-1])
	}
	return nil
}

// Draw implements Scene.
func (s *NameScene) Draw(ctx *Context, c *ui.Canvas) {
	s.bar.draw(c)
	s.drawEntry(c, nameLook)
	if s.askName {
		c.Block(s.needName, 80, s.needY)
	}
	if s.m.focus == 0 && (ctx.Prefs.ReducedMotion || (s.blink/30)%2 == 0) { // reduced motion: a steady caret
		c.FillRect(ui.Rect{X: s.caretX, Y: s.field.Y + 16, W: 3, H: s.field.H - 32}, ui.Ink)
	}
}

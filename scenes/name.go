package scenes

import (
	"strings"
	"unicode"

	"github.com/hsmgame/healthmanager/game"
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
	// the player's look: a row of ready-made faces (game.PlayerLooks) under the
	// field, the chosen one (look, picked from the seed until the player picks)
	// shown larger beside the row; every portrait is made at layout or on a pick
	look      int
	lookSet   bool // look has been set (from the seed, then by the player)
	lookFirst int  // the menu index of the first look
	lookLabel ui.Block
	lookHint  ui.Block
	lookY     float64 // the label's y
	lookFaces []portrait
	lookNames [2][]string // each look's name for the screen reader: [0] plain, [1] chosen
	preview   portrait
	previewR  ui.Rect
}

// lookBtn is a look's button side, lookGap the room between two; previewSz the
// chosen look's side beside the row.
const (
	lookBtn   = 64.0
	lookGap   = 12.0
	previewSz = 128.0
)

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
	if !s.lookSet {
		s.look, s.lookSet = game.LookIndex(game.DefaultLook(ctx.Seed)), true
	}
	s.lookY = max(s.needY+50, s.needY+s.needName.Height()+24)
	s.lookLabel = fs.NewBlock(ctx.T("name.look"), ui.H3, 600)
	s.lookHint = fs.NewBlock(ctx.T("name.look_hint"), ui.Small, 8*(lookBtn+lookGap)-lookGap)
	rowY := s.lookY + s.lookLabel.Height() + 4 + s.lookHint.Height() + 10
	s.lookFirst = len(s.m.items)
	s.lookFaces = s.lookFaces[:0]
	s.lookNames = [2][]string{}
	n := itoa(len(game.PlayerLooks))
	for i, l := range game.PlayerLooks {
		r := ui.Rect{X: 80 + float64(i)*(lookBtn+lookGap), Y: rowY, W: lookBtn, H: lookBtn}
		s.m.items = append(s.m.items, ui.Button{R: r, Kind: ui.CardKind, Selected: i == s.look})
		s.lookFaces = append(s.lookFaces, newPortrait(l.Character("casual"), game.MoodNeutral, lookBtn-8))
		s.lookNames[0] = append(s.lookNames[0], ctx.T("name.look")+": "+ctx.T("name.look_n", itoa(i+1), n))
		s.lookNames[1] = append(s.lookNames[1], ctx.T("name.look")+": "+ctx.T("name.look_chosen", itoa(i+1), n))
	}
	rowEnd := 80 + float64(len(game.PlayerLooks))*(lookBtn+lookGap)
	s.previewR = ui.Rect{X: rowEnd + 28, Y: s.lookY, W: previewSz, H: previewSz}
	s.pickLook(s.look)
	x, y := 80.0, max(rowY+lookBtn, s.previewR.Y+s.previewR.H)+28
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

// pickLook chooses look i: its button is marked and the preview shows it, pleased.
func (s *NameScene) pickLook(i int) {
	s.look = i
	for j := range game.PlayerLooks {
		s.m.items[s.lookFirst+j].Selected = j == i
	}
	s.preview = newPortrait(game.PlayerLooks[i].Character("casual"), game.MoodPleased, previewSz)
}

// Look is the look the player has chosen (from the seed until they pick one).
func (s *NameScene) Look() game.Look { return game.PlayerLooks[s.look] }

// startAs begins the career as name with the chosen look.
func (s *NameScene) startAs(ctx *Context, name string) {
	ctx.StartCareerAs(name, s.Look())
}

// a11yLabel names the text field and the looks for the screen-reader mirror.
func (s *NameScene) a11yLabel(i int) string {
	switch j := i - s.lookFirst; {
	case i == 0:
		return s.placeholder + ": " + string(s.name)
	case j >= 0 && j < len(s.lookNames[0]) && j == s.look:
		return s.lookNames[1][j]
	case j >= 0 && j < len(s.lookNames[0]):
		return s.lookNames[0][j]
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
		s.startAs(ctx, name)
		return nil
	}
	i := s.m.handle(&k)
	switch {
	case i == s.start && name == "":
		s.askName = true
	case i == s.start:
		s.startAs(ctx, name)
	case i == s.back:
		ctx.GoTo(&TitleScene{})
	case i >= s.lookFirst && i < s.lookFirst+len(game.PlayerLooks):
		s.pickLook(i - s.lookFirst)
	case i >= s.lookFirst+len(game.PlayerLooks) && i < s.back:
		s.startAs(ctx, suggested[i-s.lookFirst-len(game.PlayerLooks)])
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
	c.Block(s.lookLabel, 80, s.lookY)
	c.Block(s.lookHint, 80, s.lookY+s.lookLabel.Height()+4)
	for i := range s.lookFaces {
		r := s.m.items[s.lookFirst+i].R
		s.lookFaces[i].draw(c, r.X+4, r.Y+4)
		if i == s.look { // the chosen face: a teal frame and a bar under it
			c.StrokeRect(r, 4, ui.Teal)
			c.FillRect(ui.Rect{X: r.X, Y: r.Y + r.H + 4, W: r.W, H: 5}, ui.Teal)
		}
	}
	s.preview.draw(c, s.previewR.X, s.previewR.Y)
	if s.m.focus == 0 && (ctx.Prefs.ReducedMotion || (s.blink/30)%2 == 0) { // reduced motion: a steady caret
		c.FillRect(ui.Rect{X: s.caretX, Y: s.field.Y + 16, W: 3, H: s.field.H - 32}, ui.Ink)
	}
}

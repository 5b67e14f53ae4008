package scenes

import (
	"errors"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// TitleScene is the first screen: new career, continue, quit. When the content has
// problems it lists them instead of letting a broken game start.
type TitleScene struct {
	m        menu
	actions  []string
	saved    *game.Session
	loadErr  string
	sub      ui.Block
	help     ui.Block
	source   ui.Block
	problems []ui.Block
	pack     string
	errBlock ui.Block
	// confirming: New career was pressed while a career (or its report) is saved;
	// the title asks before it is replaced
	confirming bool
	classNext  bool // the confirmed new career joins a class (asks for the code)
	confirmMsg ui.Block
	textY      float64  // where the help (and any load error) starts: below the buttons
	offer      ui.Block // the first-start card pointing to Settings (scenes/settings.go)
	offerR     ui.Rect
	// looked up at layout
	appTitle, contentErr string
	path                 placePath // the career's four places (scenes/places.go)
	anim                 titleAnim // the figure walking the path, the captions (title_anim.go)
	call                 ui.Block  // the kiosk's large "press any key" line
	// laid out from the text size: the title (wrapped left of the picture), where
	// the subtitle, pack line, buttons and source line start
	titleB                     ui.Block
	subY, packY, btnY, sourceY float64
	errY, probY                float64 // the content error's heading and its problems
}

// Name implements Scene.
func (s *TitleScene) Name() string { return "title" }

// Layout implements Scene.
func (s *TitleScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.saved, s.loadErr = nil, ""
	if ctx.Content != nil {
		if data, err := ctx.Store.Load(); err != nil {
			s.loadErr = ctx.T("title.load_error", err.Error())
		} else if data != nil {
			if sess, err := game.Load(ctx.Content, data); err != nil {
				s.loadErr = ctx.T("title.load_error", err.Error())
			} else {
				// a finished career keeps its report: Continue opens it
				s.saved = sess
			}
		}
	}
	s.appTitle, s.contentErr = ctx.T("app.title"), ctx.T("title.content_error")
	s.path.layout(ctx)
	s.anim.layout(ctx, &s.path)
	// the title wraps left of the picture (x 780), the rest flows below it
	s.titleB = fs.NewBlock(s.appTitle, ui.H1, 700)
	s.subY = 110 + s.titleB.Height() + 10
	s.sub = fs.NewBlock(ctx.T("app.subtitle"), ui.Style{Size: 24, Color: ui.InkSoft}, 640)
	s.errBlock = fs.NewBlock(s.loadErr, ui.Style{Size: 16, Color: ui.Bad}, 640)
	s.help = fs.NewBlock(ctx.T("title.help"), ui.BodySm, 640)
	s.call = ui.Block{}
	if ctx.Kiosk {
		// the booth's invitation, large enough to read from across the room
		s.call = fs.NewBlock(ctx.T("kiosk.try"), kioskCallStyle, 640)
	}
	s.source = fs.NewBlock(ctx.T("title.source"), ui.Small, 1100)
	s.problems = nil
	s.m.items, s.actions = nil, nil
	s.m.focus = 0
	s.packY = max(290, s.subY+s.sub.Height()+10)
	s.btnY = max(330, s.subY+s.sub.Height()+20)
	if ctx.PackFiles > 0 {
		s.btnY = max(s.btnY, s.packY+fs.LineHeight(packStyle)+10)
	}
	s.errY = max(270, s.subY+s.sub.Height()+20)
	x, y := 80.0, s.btnY
	gap := 16.0
	colW := 340.0 // the first column's width; the second stops short of the picture
	add := func(label, action string, primary bool) {
		var b ui.Button
		if primary {
			b = ui.NewPrimary(fs, label, x, y)
		} else {
			b = ui.NewQuiet(fs, label, x, y)
		}
		b.R.W = max(colW, b.R.W)
		s.m.items = append(s.m.items, b)
		s.actions = append(s.actions, action)
		y += b.R.H + gap
	}
	packButtons := func() {
		if ctx.PickPack != nil {
			add(ctx.T("title.pack_load"), "pack", false)
		}
		if ctx.Base != nil && (ctx.ContentErr != nil || ctx.PackFiles > 0) {
			add(ctx.T("title.pack_remove"), "unpack", false)
		}
	}
	if ctx.ContentErr != nil || ctx.Content == nil {
		err := ctx.ContentErr
		if err == nil {
			err = errors.New("no content")
		}
		var ps scenarios.Problems
		lines := []string{err.Error()}
		if errors.As(err, &ps) {
			lines = nil
			for i, p := range ps {
				if i == 12 {
					lines = append(lines, "…")
					break
				}
				lines = append(lines, p.Error())
			}
		}
		for _, l := range lines {
			s.problems = append(s.problems, fs.NewBlock(l, ui.Style{Size: 16, Color: ui.Bad}, 1120))
		}
		s.probY = s.errY + fs.LineHeight(ui.H3) + 14
		y = s.probY + s.problemsHeight() + 20
		if ctx.Kiosk {
			return
		}
		packButtons()
		if ctx.Desktop {
			add(ctx.T("title.quit"), "quit", false)
		}
		return
	}
	if s.confirming && s.saved != nil {
		s.confirmMsg = fs.NewBlock(ctx.T("title.confirm_new"), ui.Style{Size: 18, Bold: true, Color: ui.Bad}, 640)
		colW = max(colW, fs.Width(ctx.T("title.confirm_keep"), ui.OnTeal)+44, fs.Width(ctx.T("title.confirm_replace"), quietStyle)+28)
		y += s.confirmMsg.Height() + 12
		add(ctx.T("title.confirm_keep"), "keep", true)
		add(ctx.T("title.confirm_replace"), "replace", false)
		return
	}
	if s.saved != nil {
		cont := ctx.T("title.continue")
		if s.saved.Step().Kind == game.StepReport {
			cont = ctx.T("title.open_report")
		}
		add(cont, "continue", true)
		add(ctx.T("title.new"), "new", false)
	} else {
		add(ctx.T("title.new"), "new", true)
	}
	// the other options in a second column, so the list never runs off the screen;
	// the kiosk shows visitors none of them (no settings, files or quitting)
	col1 := y
	// the second column beside the first while both fit left of the picture (at
	// x 800); at a large text size the buttons make one column
	first := len(s.m.items)
	x, y, gap = 440, s.btnY, 12 // up to five buttons fit above the help and the source line
	colW = 320
	if !ctx.Kiosk {
		packButtons()
		add(ctx.T("title.class"), "class", false)
		add(ctx.T("title.teacher"), "teacher", false)
		add(ctx.T("saves.button"), "saves", false)
		if ctx.Desktop {
			add(ctx.T("title.quit"), "quit", false)
		}
	}
	wide, over := 0.0, false
	for _, b := range s.m.items {
		wide = max(wide, b.R.W)
		over = over || b.R.X+b.R.W > 800
	}
	if wide > 340 || over {
		// one column, each button as wide as the widest
		y = col1
		for i := range s.m.items {
			if i >= first {
				s.m.items[i].R.X, s.m.items[i].R.Y = 80, y
				y += s.m.items[i].R.H + gap
			}
			s.m.items[i].R.W = wide
		}
		col1 = y
	}
	s.textY = max(col1, y) + 4
	s.offer = ui.Block{}
	if !ctx.Kiosk {
		// Settings sits at the top right, last in the Tab order; on the first start
		// a card under it offers it once
		b := ui.NewQuiet(fs, ctx.T("prefs.button"), 0, 40)
		b.R.W = max(b.R.W, 160)
		b.R.X = ui.W - 40 - b.R.W
		s.m.items = append(s.m.items, b)
		s.actions = append(s.actions, "settings")
		if ctx.offerSettings {
			s.offer = fs.NewBlock(ctx.T("prefs.offer"), ui.Style{Size: 18, Bold: true, Color: ui.Ink}, 340)
			s.offerR = ui.Rect{X: ui.W - 40 - 380, Y: b.R.Y + b.R.H + 14, W: 380, H: s.offer.Height() + 28}
		}
	}
	s.pack = ""
	if ctx.PackFiles > 0 {
		s.pack = ctx.T("title.pack_loaded", itoa(ctx.PackScenarios), itoa(ctx.PackFiles))
	}
	// the source line sits at the foot of the window, or below the help when the
	// help reaches there
	h := s.textY + s.help.Height()
	if len(s.call.Lines) > 0 {
		h += s.call.Height() + 14
	}
	if s.loadErr != "" {
		h += s.errBlock.Height() + 10
	}
	// and below the path's caption box, which reaches further with reduced motion
	h = max(h, s.anim.footprint(ctx.Prefs.ReducedMotion))
	s.sourceY = max(ui.H-44-(s.source.Height()-fs.LineHeight(ui.Small)), h+16)
}

var (
	packStyle      = ui.Style{Size: 17, Bold: true, Color: ui.Good}
	quietStyle     = ui.Style{Size: 18, Bold: true}
	kioskCallStyle = ui.Style{Size: 34, Bold: true, Color: ui.Ink}
)

// tick advances the path's animation (the kiosk calls it while its demo holds the
// title between two careers).
func (s *TitleScene) tick(ctx *Context) { s.anim.step(ctx.Prefs.ReducedMotion) }

func (s *TitleScene) problemsHeight() float64 {
	h := 0.0
	for _, b := range s.problems {
		h += b.Height() + 4
	}
	return h
}

// Update implements Scene.
func (s *TitleScene) Update(ctx *Context, in *Input) error {
	s.tick(ctx)
	select {
	case files := <-ctx.Packs:
		ctx.LoadPack(files)
		s.Layout(ctx)
		return nil
	default:
	}
	i := s.m.handle(in)
	if i < 0 {
		return nil
	}
	if ctx.offerSettings {
		ctx.offerSettings = false // offered once: gone after the first choice
		s.offer = ui.Block{}
	}
	switch s.actions[i] {
	case "settings":
		ctx.GoTo(&SettingsScene{})
	case "continue":
		ctx.Session = s.saved
		ctx.Sync()
	case "new":
		if s.loadErr != "" {
			ctx.Store.Backup()
		}
		if s.saved != nil {
			// a saved career and its report are not thrown away on one press
			s.confirming, s.classNext = true, false
			s.Layout(ctx)
			return nil
		}
		ctx.ClassCode = ""
		if ctx.Kiosk {
			// a booth visitor plays the career-day express run: no mode to choose
			ctx.NewRun = game.Options{Mode: game.ModeExpress}
			ctx.GoTo(&NameScene{})
			return nil
		}
		ctx.GoTo(&ModeScene{})
	case "replace":
		if s.classNext {
			ctx.GoTo(&ModeScene{Class: true})
			return nil
		}
		ctx.ClassCode = ""
		ctx.GoTo(&ModeScene{})
	case "teacher":
		ctx.GoTo(&TeacherScene{})
	case "saves":
		ctx.GoTo(&SavesScene{})
	case "class":
		if s.saved != nil {
			s.confirming, s.classNext = true, true
			s.Layout(ctx)
			return nil
		}
		ctx.GoTo(&ModeScene{Class: true})
	case "keep":
		s.confirming = false
		s.Layout(ctx)
	case "quit":
		ctx.quit = true
	case "pack":
		ctx.PickPack()
	case "unpack":
		ctx.RemovePack()
		s.Layout(ctx)
	}
	return nil
}

// Draw implements Scene.
func (s *TitleScene) Draw(ctx *Context, c *ui.Canvas) {
	if len(s.problems) == 0 {
		s.anim.draw(c, &s.path, ctx.Prefs.ReducedMotion) // below the Settings button and its first-start card
	}
	c.Block(s.titleB, 80, 110)
	c.Block(s.sub, 80, s.subY)
	if len(s.problems) > 0 {
		c.Text(s.contentErr, 80, s.errY, ui.H3)
		y := s.probY
		for _, b := range s.problems {
			y += c.Block(b, 80, y) + 4
		}
		s.m.draw(c)
		return
	}
	if s.pack != "" {
		c.Text(s.pack, 80, s.packY, packStyle)
	}
	if s.confirming {
		c.Block(s.confirmMsg, 80, s.btnY)
	}
	if len(s.offer.Lines) > 0 {
		c.FillRect(s.offerR, ui.Card)
		c.StrokeRect(s.offerR, 3, ui.Focus)
		c.Block(s.offer, s.offerR.X+20, s.offerR.Y+14)
	}
	s.m.draw(c)
	y := s.textY
	if len(s.call.Lines) > 0 {
		y += c.Block(s.call, 80, y) + 14
	}
	if s.loadErr != "" {
		c.Block(s.errBlock, 80, y)
		y += s.errBlock.Height() + 10
	}
	c.Block(s.help, 80, y)
	c.Block(s.source, 80, s.sourceY)
}

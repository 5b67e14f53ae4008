// Package scenes is the game's screens: a scene manager, one scene per screen, the
// input layer and the drawing. Scenes turn input into commands on the rules core
// (package game) and draw its state; they hold no rules of their own.
package scenes

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// Scene is one screen.
type Scene interface {
	// Name identifies the scene in traces and tests.
	Name() string
	// Layout builds the scene's widgets and wraps its text; it runs when the scene
	// opens and when the language changes, never per frame.
	Layout(ctx *Context)
	Update(ctx *Context, in *Input) error
	Draw(ctx *Context, c *ui.Canvas)
}

// Config is what main hands the game.
type Config struct {
	Content    *game.Content
	ContentErr error // problems with a teacher pack or the content: shown on the title
	Catalog    game.Catalog
	Lang       string
	Store      store.Store
	Seed       int64
	Weeks      int
	Mode       game.Mode         // the play mode the mode screen offers first (-mode, ?mode=)
	Desktop    bool              // show Quit on the title
	Trace      func(line string) // called when the scene changes (tests, the browser page)
	// PickPack, when set (the browser), opens the page's file picker for a teacher
	// pack; the chosen files arrive later on Packs.
	PickPack func()
	Packs    <-chan []scenarios.PackFile
	// Base is the built-in content, kept so a teacher pack can be removed again.
	Base *game.Content
	// A11y, when set (the browser), receives the screen-reader mirror of the current
	// screen as JSON whenever it changes (scenes/a11y.go); A11yEvents brings back
	// the mirror's presses and focus moves.
	A11y       func(json string)
	A11yEvents <-chan A11yEvent
	// Now is the clock (tests pass a fake one); nil is time.Now.
	Now func() time.Time
	// Kiosk runs the career-day booth (scenes/kiosk.go): no save is ever written,
	// an idle title plays a demo, an idle run resets, settings are hidden.
	Kiosk bool
	// OperatorExit, when set, is what the kiosk's operator keys (Ctrl+Shift+Q) do
	// (the browser reloads without ?kiosk); nil quits the game.
	OperatorExit func()
	// PickSave, when set (the browser), opens the page's file picker for a save file;
	// its bytes arrive later on SaveFiles (scenes/saves.go).
	PickSave  func()
	SaveFiles <-chan []byte
	// PrefsStore keeps the device's settings (scenes/settings.go), apart from the
	// career; nil keeps them for this run only and never offers them at the start.
	PrefsStore store.Store
	// Catalogs loads a language's strings when the player switches language; nil is
	// assets.Catalog.
	Catalogs func(lang string) (game.Catalog, error)
}

// WithA11y sets the screen-reader mirror (the browser has one).
func (c Config) WithA11y(publish func(string), events <-chan A11yEvent) Config {
	c.A11y, c.A11yEvents = publish, events
	return c
}

// WithPicker sets the teacher-pack file picker (the browser has one).
func (c Config) WithPicker(pick func(), packs <-chan []scenarios.PackFile) Config {
	c.PickPack, c.Packs = pick, packs
	return c
}

// Context is what every scene can use: the run, the strings, the fonts, the store.
type Context struct {
	Config
	Session *game.Session
	Fonts   *ui.Fonts
	SaveErr string
	// ClassCode is the class code entered on the title for the next career ("" none).
	ClassCode string
	// NewRun is the play mode (and a manager-only run's role and setting) chosen on
	// the mode screen for the next career.
	NewRun game.Options
	// PackFiles and PackScenarios describe the teacher pack in use, if any.
	PackFiles, PackScenarios int
	// Prefs are the device's settings in use (language, contrast, motion).
	Prefs         store.Prefs
	offerSettings bool // the title shows the first-start Settings card
	prefsUnsaved  bool // the first start's settings, written a few ticks in
	quit          bool
	app           *App
	kiosk         *kiosk
	imported      []byte        // a save file dropped or picked, for the saves screen
	gloss         glossaryCache // the glossary in the player's language (glossary.go)
	motion        meterMotion   // the meters and week the player last saw (motion.go)
}

// T renders a UI string by id with arguments.
func (ctx *Context) T(key string, args ...string) string {
	return game.Line{Key: key, Args: args}.Render(ctx.Lang, ctx.Catalog)
}

// R renders a Line from the core.
func (ctx *Context) R(l game.Line) string { return l.Render(ctx.Lang, ctx.Catalog) }

// F renders one formatted argument (game.MoneyArg, a meter's Arg...) in the
// player's language.
func (ctx *Context) F(arg string) string { return game.FormatArg(arg, ctx.Catalog) }

// X renders content text.
func (ctx *Context) X(t game.Text) string { return t.In(ctx.Lang) }

// GoTo replaces the scene stack with s.
func (ctx *Context) GoTo(s Scene) { ctx.app.next = s }

// Push opens an overlay (fact card, meter details, pause menu) over the scene.
func (ctx *Context) Push(s Scene) { ctx.app.push = append(ctx.app.push, s) }

// Pop closes the top overlay.
func (ctx *Context) Pop() { ctx.app.pop++ }

// Do runs a command on the session, saves the run and opens the screen for the new
// step. A refused command changes nothing.
func (ctx *Context) Do(cmd func(s *game.Session) error) error {
	if ctx.Session == nil {
		return errors.New("no career in progress")
	}
	if err := cmd(ctx.Session); err != nil {
		return err
	}
	ctx.save()
	ctx.Sync()
	return nil
}

// Apply sends a command to the desk on display, saves the run and re-syncs the
// screens: the scene showing the step lays itself out again in place (keeping its
// tab and focus), or the scene for a new step opens. A refused command changes
// nothing and is returned for the screen to word.
func (ctx *Context) Apply(cmd game.Command) error {
	if ctx.Session == nil {
		return errors.New("no career in progress")
	}
	if err := ctx.Session.Do(cmd); err != nil {
		return err
	}
	ctx.save()
	want := SceneFor(ctx.Session.Step())
	if len(ctx.app.stack) > 0 && ctx.app.Base().Name() == want.Name() {
		ctx.app.Base().Layout(ctx)
		return nil
	}
	ctx.GoTo(want)
	return nil
}

func (ctx *Context) save() {
	data, err := ctx.Session.Save()
	if err == nil {
		err = ctx.Store.Save(data)
	}
	if err != nil {
		ctx.SaveErr = err.Error()
	} else {
		ctx.SaveErr = ""
	}
}

// Sync opens the scene that shows the session's current step, unless it is already
// showing (the scene then re-lays itself out for the new state).
func (ctx *Context) Sync() {
	ctx.GoTo(SceneFor(ctx.Session.Step()))
}

// SceneFor picks the screen for a step.
func SceneFor(st game.Step) Scene {
	switch st.Kind {
	case game.StepIntro:
		return &IntroScene{}
	case game.StepPickOne, game.StepPickMany:
		return &PickScene{}
	case game.StepScenario:
		return &ScenarioScene{}
	case game.StepOutcome:
		return &OutcomeScene{}
	case game.StepRecap:
		return &RecapScene{}
	case game.StepWeek:
		return &WeekScene{}
	case game.StepSystem:
		return dutyScene(st.System)
	default:
		return &ReportScene{}
	}
}

// LoadPack adds a teacher pack's files to the built-in content. A broken pack is
// shown as its list of problems and no career can start until it is fixed or removed.
func (ctx *Context) LoadPack(files []scenarios.PackFile) {
	base := ctx.Base
	if base == nil {
		base = ctx.Content
	}
	c, err := scenarios.WithPack(base, files)
	ctx.PackFiles = len(files)
	if err != nil {
		ctx.Content, ctx.ContentErr = nil, err
		ctx.trace(fmt.Sprintf("scene=title pack=error files=%d", len(files)))
		return
	}
	ctx.Content, ctx.ContentErr = c, nil
	ctx.PackScenarios = len(c.Scenarios) - len(base.Scenarios)
	ctx.trace(fmt.Sprintf("scene=title pack=ok scenarios=%d", ctx.PackScenarios))
}

// RemovePack goes back to the built-in content.
func (ctx *Context) RemovePack() {
	if ctx.Base != nil {
		ctx.Content, ctx.ContentErr = ctx.Base, nil
		ctx.PackFiles, ctx.PackScenarios = 0, 0
		ctx.trace("scene=title pack=none")
	}
}

func (ctx *Context) trace(line string) {
	if ctx.Trace != nil {
		ctx.Trace(line)
	}
}

// StartCareer begins a new run, with a look picked from the seed.
func (ctx *Context) StartCareer(name string) { ctx.StartCareerAs(name, game.Look{}) }

// StartCareerAs begins a new run as name with look (the zero Look: one from the seed).
func (ctx *Context) StartCareerAs(name string, look game.Look) {
	o := ctx.NewRun
	o.Name, o.Seed, o.Code, o.Look = name, ctx.Seed, ctx.ClassCode, look
	if o.Mode == game.ModeFull || o.Mode == game.ModeManager || o.Mode == "" {
		// class and express runs keep the length their minutes promise
		o.Weeks = ctx.Weeks
	}
	if ctx.Kiosk {
		o.Mode, o.Weeks = game.ModeExpress, 0 // a career-day visit is a short one
	}
	ctx.Session = game.NewSession(ctx.Content, o)
	ctx.save()
	ctx.Sync()
}

// App is the ebiten.Game: it reads input, runs the top scene and draws the stack.
type App struct {
	steps  int // ticks run
	ctx    *Context
	stack  []Scene
	next   Scene
	push   []Scene
	pop    int
	reader *Reader
	frame  ui.Frame
	canvas ui.Canvas
	cross  crossFade // the old screen's last frame fading out over the new one (motion.go)
	// each open screen's page scroll (scroll.go), in stack order
	scrolls []pageScroll
	// the screen-reader mirror (a11y.go)
	a11yTick int
	a11yHash uint64
	sound    sound // music and interface sounds (sound.go)
	// Inject, when set, replaces hardware input (tests).
	Inject func() Input
	// OnDraw, when set, is called after each Draw (tests and screenshots); it must
	// not draw on the screen.
	OnDraw func(screen *ebiten.Image)
	// KeepScreen says Ebitengine keeps the screen's pixels between frames
	// (ebiten.SetScreenClearedEveryFrame(false), as main sets): a frame the same as
	// the one before then draws nothing (ui.Canvas.EndFrame).
	KeepScreen bool
}

var _ ebiten.Game = (*App)(nil)

// NewApp builds the game with its first screen: the title.
func NewApp(cfg Config) (*App, error) {
	fonts, err := ui.NewFonts()
	if err != nil {
		return nil, fmt.Errorf("fonts: %w", err)
	}
	if cfg.Store == nil {
		cfg.Store = &store.Memory{}
	}
	if cfg.Lang == "" {
		cfg.Lang = game.DefaultLang
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Kiosk {
		// the booth never writes the real save: runs live in memory and are dropped
		cfg.Store = &store.Memory{}
	}
	a := &App{reader: NewReader()}
	a.ctx = &Context{Config: cfg, Fonts: fonts, app: a}
	if cfg.Kiosk {
		a.ctx.kiosk = newKiosk(cfg.Now())
	}
	a.ctx.loadPrefs()
	a.frame = ui.Fit(ui.W, ui.H)
	a.open(&TitleScene{})
	return a, nil
}

// Context exposes the scene context (tests).
func (a *App) Context() *Context { return a.ctx }

// Relayout lays the open screens out again (after the content or language changed).
func (a *App) Relayout() {
	for _, s := range a.stack {
		s.Layout(a.ctx)
	}
}

// Top returns the scene that has the input.
func (a *App) Top() Scene { return a.stack[len(a.stack)-1] }

// Base returns the screen under any overlays.
func (a *App) Base() Scene { return a.stack[0] }

func (a *App) open(s Scene) {
	if len(a.stack) > 0 && !a.ctx.Prefs.ReducedMotion {
		a.cross.begin(a) // with reduced motion the new screen appears whole, with no fade
	}
	s.Layout(a.ctx)
	a.stack = []Scene{s}
	a.scrolls = a.scrolls[:0]
	a.sound.opened(a.ctx, s)
	if a.ctx.Trace != nil {
		a.ctx.Trace(a.traceLine(s))
	}
}

func (a *App) traceLine(s Scene) string {
	parts := []string{"scene=" + s.Name()}
	if a.ctx.Session != nil {
		st := a.ctx.Session.Step()
		parts = append(parts, "act="+string(st.Act), fmt.Sprintf("pos=%d", a.ctx.Session.View().Pos()))
	}
	return strings.Join(parts, " ")
}

// Update runs one tick.
func (a *App) Update() error {
	var in Input
	if a.Inject != nil {
		in = a.Inject()
	} else {
		in = a.reader.Read(a.frame)
		a.takeDropped()
	}
	return a.Step(&in)
}

// Step runs one tick with the given input (tests call it directly).
func (a *App) Step(in *Input) error {
	if a.steps++; a.steps > 2 && a.ctx.prefsUnsaved {
		a.ctx.prefsUnsaved = false
		a.ctx.SavePrefs()
	}
	a.cross.t.step()
	a.takeSaveFiles()
	a.a11yTake(in)
	a.scrollInput(in)
	a.sound.input(in)
	if a.ctx.kiosk != nil && a.ctx.kiosk.step(a.ctx, in) {
		// the kiosk took this tick: the demo moved, or a visitor's key ended it
	} else if err := a.Top().Update(a.ctx, in); err != nil {
		if errors.Is(err, ebiten.Termination) {
			return err
		}
		// A command the core refused (a screen out of step with the run, say) never
		// ends the game: the run is unchanged, so show the screen for its real step.
		a.ctx.trace("refused: " + err.Error())
		if a.ctx.Session != nil {
			a.ctx.Sync()
		}
	}
	if a.ctx.quit {
		return ebiten.Termination
	}
	a.apply()
	a.keepFocusInView()
	a.sound.flush(a.ctx, in)
	return nil
}

func (a *App) apply() {
	for ; a.pop > 0 && len(a.stack) > 1; a.pop-- {
		a.stack = a.stack[:len(a.stack)-1]
	}
	a.pop = 0
	if len(a.scrolls) > len(a.stack) {
		a.scrolls = a.scrolls[:len(a.stack)]
	}
	if a.next != nil {
		s := a.next
		a.next = nil
		a.push = nil
		a.open(s)
		return
	}
	for _, s := range a.push {
		s.Layout(a.ctx)
		a.stack = append(a.stack, s)
		if a.ctx.Trace != nil {
			a.ctx.Trace(a.traceLine(s))
		}
	}
	a.push = nil
}

// Draw draws every scene on the stack, bottom first.
func (a *App) Draw(screen *ebiten.Image) {
	b := screen.Bounds()
	if b.Dx() != a.frame.SW || b.Dy() != a.frame.SH {
		a.frame = ui.Fit(b.Dx(), b.Dy())
	}
	a.canvas.Dst = screen
	a.canvas.BeginFrame()
	a.paint(screen, a.a11yRecord())
	a.canvas.EndFrame(screen, a.KeepScreen)
	if a.cross.draw(screen) {
		a.canvas.ScreenTouched()
	}
	if a.OnDraw != nil {
		a.OnDraw(screen)
	}
}

// paint draws the stack onto screen (the frame, or the cross-fade's copy of it).
func (a *App) paint(screen *ebiten.Image, record bool) {
	hc := a.ctx.Prefs.HighContrast
	// the canvas keeps its buffers (marks, the mirror's record) from frame to frame
	a.canvas.Dst, a.canvas.F, a.canvas.Fonts, a.canvas.HighContrast = screen, a.frame, a.ctx.Fonts, hc
	if hc {
		a.canvas.Clear(ui.Contrast(ui.Teal))
	} else {
		a.canvas.Clear(ui.TealC)
	}
	a.canvas.FillRect(ui.Rect{X: 0, Y: 0, W: ui.W, H: ui.H}, ui.Paper)
	for i, s := range a.stack {
		if record && i == len(a.stack)-1 {
			a.canvas.Recording, a.canvas.Recorded = true, a.canvas.Recorded[:0]
		}
		a.drawScrolled(i, s)
	}
	if record {
		a.canvas.Recording = false
		a.a11yPublish(a.canvas.Recorded)
	}
	if a.ctx.kiosk != nil {
		a.ctx.kiosk.draw(&a.canvas)
	}
}

// LayoutF uses the window's real pixels (times the device scale) so text is drawn
// crisp at any size; scenes still lay out on the fixed logical 1280x720.
func (a *App) LayoutF(w, h float64) (float64, float64) {
	s := 1.0
	if m := ebiten.Monitor(); m != nil {
		s = m.DeviceScaleFactor()
	}
	return w * s, h * s
}

// Layout is required by ebiten.Game; LayoutF takes precedence.
func (a *App) Layout(w, h int) (int, int) { return w, h }

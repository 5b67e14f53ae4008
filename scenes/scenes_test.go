package scenes_test

import (
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// harness drives an App through its input layer and renders frames offscreen.
type harness struct {
	t      *testing.T
	app    *scenes.App
	pix    *image.RGBA // the last frame read back, for pixel checks; nil after a new frame
	screen *ebiten.Image
	trace  []string
	// quick settles in two ticks (a screen change applied, the fade not waited
	// for): for tests that read the layout, not the pixels
	quick bool
}

func newHarness(t *testing.T, w, h int, cfg scenes.Config) *harness {
	t.Helper()
	hs := &harness{t: t, screen: ebiten.NewImage(w, h)}
	if cfg.Content == nil && cfg.ContentErr == nil {
		c, err := scenarios.Builtin()
		if err != nil {
			t.Fatal(err)
		}
		cfg.Content = c
	}
	if cfg.Catalog == nil {
		cat, err := assets.Catalog("en")
		if err != nil {
			t.Fatal(err)
		}
		cfg.Catalog = cat
	}
	if cfg.Store == nil {
		cfg.Store = &store.Memory{}
	}
	if cfg.Seed == 0 {
		cfg.Seed = 11
	}
	cfg.Trace = func(l string) { hs.trace = append(hs.trace, l) }
	app, err := scenes.NewApp(cfg)
	if err != nil {
		t.Fatal(err)
	}
	hs.app = app
	// the tests run inside one Ebitengine frame, which never ends to free what a
	// finished test drew on: give its screen back when it is done
	t.Cleanup(func() { hs.screen.Deallocate() })
	hs.frame()
	return hs
}

// frame runs one tick with in and draws.
func (h *harness) tick(in scenes.Input) {
	h.t.Helper()
	if err := h.app.Step(&in); err != nil {
		h.t.Fatalf("update: %v", err)
	}
	h.frame()
}

func (h *harness) frame() {
	h.screen.Clear()
	h.app.Draw(h.screen)
	h.pix = nil
}

// readback reads the frame from the GPU once, however many pixels are checked.
func (h *harness) readback() *image.RGBA {
	if h.pix == nil {
		h.pix = image.NewRGBA(h.screen.Bounds())
		h.screen.ReadPixels(h.pix.Pix)
	}
	return h.pix
}

func (h *harness) key(in scenes.Input) { h.tick(in); h.tick(scenes.Input{}) }
func (h *harness) enter()              { h.key(scenes.Input{Enter: true, Choose: true}) }
func (h *harness) scene() string       { return h.app.Top().Name() }

// click taps a logical point, as a mouse release or a touch end would.
func (h *harness) click(x, y float64) {
	h.tick(scenes.Input{Moved: true, PX: x, PY: y})
	h.tick(scenes.Input{Click: true, X: x, Y: y, PX: x, PY: y})
	h.tick(scenes.Input{})
}

// settle runs frames until the screen's fade-in is over.
func (h *harness) settle() {
	n := 10
	if h.quick {
		n = 2
	}
	for i := 0; i < n; i++ {
		h.tick(scenes.Input{})
	}
}

func (h *harness) pixel(x, y int) color.RGBA {
	return h.readback().RGBAAt(x, y)
}

// shot saves the current frame as a PNG under the artefacts folder.
func (h *harness) shot(name string) {
	h.settle()
	dir := os.Getenv("HSM_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "hsm-artifacts")
	}
	os.MkdirAll(dir, 0o755)
	img := h.readback()
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		h.t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, img)
}

func near(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return d(a.R, b.R) <= tol && d(a.G, b.G) <= tol && d(a.B, b.B) <= tol
}

// countColor counts pixels near c in a rectangle.
func (h *harness) countColor(r image.Rectangle, c color.RGBA) int {
	h.settle()
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if near(h.pixel(x, y), c, 12) {
				n++
			}
		}
	}
	return n
}

func TestKeyboardOnlyReachesReport(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 2})
	if h.scene() != "title" {
		t.Fatalf("starts on %q, want title", h.scene())
	}
	h.shot("00-title")
	h.enter() // New career
	h.fullCareer()
	if h.scene() != "name" {
		t.Fatalf("Enter on the title opened %q, want name", h.scene())
	}
	h.key(scenes.Input{Chars: []rune("Ava")})
	h.shot("01-name")
	h.enter()
	shots := map[string]bool{}
	for n := 0; n < 400 && h.scene() != "report"; n++ {
		st := h.app.Context().Session.Step()
		key := h.scene() + "-" + string(st.Act)
		if !shots[key] {
			shots[key] = true
			h.shot(strings.ReplaceAll("02-"+key, "/", "-"))
		}
		if st.Item.Kind == game.ItemFirstJob && !shots[h.scene()+"-first-job"] {
			// the first job: the list of entry roles, then its debrief with the fact card
			shots[h.scene()+"-first-job"] = true
			h.shot("02-" + h.scene() + "-first-job")
		}
		if strings.HasPrefix(h.scene(), "system-") {
			// a duty screen: Shift+Tab back past Menu and Back to Done, then Enter
			for k := 0; k < 3; k++ {
				h.key(scenes.Input{Prev: true})
			}
		}
		h.enter()
	}
	if h.scene() != "report" {
		t.Fatalf("keyboard-only play stuck on %q (trace %v)", h.scene(), h.trace[len(h.trace)-5:])
	}
	h.shot("09-report")
	if !shots["pick-one-first-job"] || !shots["outcome-first-job"] {
		t.Errorf("the run never showed the first-job step and its debrief (shots %v)", shots)
	}
	for _, want := range []string{"intro act=school", "pick-many act=school", "intro act=college", "intro act=job", "week act=manager", "scenario act=manager", "outcome act=manager"} {
		if !strings.Contains(strings.Join(h.trace, "\n"), want) {
			t.Errorf("the run never showed %q", want)
		}
	}
	// scrolling the report moves its text
	before := h.pixel(200, 300)
	for i := 0; i < 5; i++ {
		h.key(scenes.Input{Down: true})
	}
	if h.pixel(200, 300) == before && h.countColor(image.Rect(80, 80, 1180, 630), color.RGBA{0x1d, 0x24, 0x2b, 0xff}) == 0 {
		t.Error("the report shows no text after scrolling")
	}
}

func TestMouseOnlyIntoActOne(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.click(250, 355) // New career
	h.click(350, 250) // Full career
	if h.scene() != "name" {
		t.Fatalf("clicking New career opened %q", h.scene())
	}
	// a suggested name starts the career without a keyboard
	h.click(147, 563) // "Play as Alex", under the player's look
	if h.scene() != "intro" {
		t.Fatalf("clicking a suggested name opened %q, want the Act 1 intro", h.scene())
	}
	if got := h.app.Context().Session.State().Player.Name; got != "Alex" {
		t.Errorf("name is %q, want Alex", got)
	}
	h.shot("mouse-intro")
}

func TestFocusIsVisible(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	// the focus ring is drawn around the focused title button
	ring := image.Rect(60, 315, 440, 395)
	if n := h.countColor(ring, ui.Focus); n < 200 {
		t.Fatalf("focus ring pixels around the first button: %d, want a visible ring", n)
	}
	h.key(scenes.Input{Next: true}) // Tab to Quit? (memory store has no save: New career, then nothing else on web)
}

func TestScalesToSmallWindow(t *testing.T) {
	h := newHarness(t, 640, 360, scenes.Config{})
	h.shot("small-title")
	// the teal New career button sits at half the logical coordinates
	h.settle()
	if p := h.pixel(125, 177); !near(p, ui.Teal, 20) {
		t.Fatalf("pixel inside the scaled New career button is %v, want teal", p)
	}
	// and a click in logical coordinates still hits it
	h.click(250, 355)
	h.click(350, 250) // Full career
	if h.scene() != "name" {
		t.Fatalf("click in a small window opened %q", h.scene())
	}
}

func TestEscOpensPauseAndClosesIt(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Bo")})
	h.enter()
	h.key(scenes.Input{Back: true})
	if h.scene() != "pause" {
		t.Fatalf("Esc opened %q, want pause", h.scene())
	}
	h.shot("pause")
	h.key(scenes.Input{Back: true})
	if h.scene() != "intro" {
		t.Fatalf("Esc again left %q, want back on intro", h.scene())
	}
}

func TestFactCardOpens(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Cy")})
	h.enter()
	// play until a screen with a fact card
	for n := 0; n < 200; n++ {
		if st := h.app.Context().Session.Step(); st.Fact != nil {
			break
		}
		h.enter()
	}
	h.key(scenes.Input{Fact: true})
	if h.scene() != "fact" {
		t.Fatalf("F opened %q, want the fact card", h.scene())
	}
	h.shot("fact-card")
	h.key(scenes.Input{Back: true})
	if h.scene() == "fact" {
		t.Fatal("Esc did not close the fact card")
	}
}

func TestBrokenPackShowsErrorsInsteadOfStarting(t *testing.T) {
	base, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	_, perr := scenarios.WithPack(base, []scenarios.PackFile{{Name: "pack/bad.yaml", Data: []byte("scenarios:\n  - id: x\n    act: manager\n    colour: red\n")}})
	if perr == nil {
		t.Fatal("the broken pack loaded")
	}
	h := newHarness(t, 1280, 720, scenes.Config{ContentErr: perr, Desktop: false})
	h.shot("broken-pack")
	h.enter()
	if h.scene() != "title" {
		t.Fatalf("a game with a broken pack opened %q", h.scene())
	}
	if h.app.Context().Session != nil {
		t.Fatal("a career started with broken content")
	}
	// the errors are drawn in the warning colour
	if n := h.countColor(image.Rect(60, 300, 1200, 500), ui.Bad); n < 50 {
		t.Fatalf("no error text drawn (%d red pixels)", n)
	}
}

func TestContinueRestoresSavedCareer(t *testing.T) {
	st := &store.Memory{}
	h := newHarness(t, 1280, 720, scenes.Config{Store: st})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Dee")})
	h.enter()
	h.enter() // past the intro
	pos := h.app.Context().Session.State().Pos
	if st.Data == nil {
		t.Fatal("nothing was saved")
	}
	h2 := newHarness(t, 1280, 720, scenes.Config{Store: st})
	h2.enter() // Continue is first when a save exists
	if h2.app.Context().Session == nil || h2.app.Context().Session.State().Pos != pos {
		t.Fatalf("Continue did not restore the career at step %d", pos)
	}
}

func TestCorruptSaveKeepsBackupAndStartsNew(t *testing.T) {
	st := &store.Memory{Data: []byte("{broken")}
	h := newHarness(t, 1280, 720, scenes.Config{Store: st})
	h.shot("corrupt-save")
	if n := h.countColor(image.Rect(60, 440, 760, 640), ui.Bad); n < 20 {
		t.Fatalf("the title does not say the save could not be loaded (%d red pixels)", n)
	}
	h.enter()
	h.fullCareer()
	if h.scene() != "name" {
		t.Fatalf("New career opened %q", h.scene())
	}
	_ = game.SaveVersion
}

// A screen out of step with the run (a save restored at another step) never closes
// the game: the refused command changes nothing and the screen for the real step
// opens.
func TestARefusedCommandNeverEndsTheGame(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Dee")})
	h.enter()
	ctx := h.app.Context()
	// move the run on behind the screen's back: the intro is still on display
	for n := 0; n < 30 && ctx.Session.Step().Kind != game.StepPickMany; n++ {
		ctx.Session.Act1(game.FirstOption)
	}
	before, _ := ctx.Session.Save()
	if err := h.app.Step(&scenes.Input{Enter: true, Choose: true}); err != nil {
		t.Fatalf("a refused command ended the game: %v", err)
	}
	h.tick(scenes.Input{})
	after, _ := ctx.Session.Save()
	if string(before) != string(after) {
		t.Error("the refused command changed the run")
	}
	if h.scene() != "pick-many" {
		t.Errorf("the screen for the run's step did not open: %q", h.scene())
	}
}

// The career report stays reachable after the run: leaving it keeps the save,
// Continue on the title opens it again, and a new career replaces it only after the
// title asks.
func TestReportStaysUntilANewCareerIsConfirmed(t *testing.T) {
	st := &store.Memory{}
	h := newHarness(t, 1280, 720, scenes.Config{Store: st})
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Rosa", Seed: 5, Weeks: 1})
	if err := s.PlayToEnd(game.FirstOption, 5000); err != nil {
		t.Fatal(err)
	}
	data, _ := s.Save()
	st.Data = data
	ctx.Session = s
	ctx.Sync()
	h.settle()
	if h.scene() != "report" {
		t.Fatalf("on %q, want the report", h.scene())
	}
	h.enter() // Back to the title
	if h.scene() != "title" || st.Data == nil {
		t.Fatalf("leaving the report: on %q, save kept %v", h.scene(), st.Data != nil)
	}
	h.enter() // Open your career report
	if h.scene() != "report" {
		t.Fatalf("Continue on the title opened %q, want the report", h.scene())
	}
	h.enter()
	h.key(scenes.Input{Down: true})
	h.enter() // New career: the title asks
	if h.scene() != "title" {
		t.Fatalf("New career did not ask first: on %q", h.scene())
	}
	h.shot("title-confirm-new")
	h.enter() // Keep my career
	h.enter() // Open your career report
	if h.scene() != "report" {
		t.Fatalf("keeping the career lost the report: on %q", h.scene())
	}
	h.enter()
	h.key(scenes.Input{Down: true})
	h.enter()
	h.key(scenes.Input{Down: true})
	h.enter() // Yes, start a new career
	h.fullCareer()
	if h.scene() != "name" {
		t.Fatalf("confirming a new career opened %q", h.scene())
	}
}

// A student joins a class with the code the teacher reads out: a wrong code is
// explained, the right one starts the career with the class's events.
func TestJoinAClassWithACode(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.key(scenes.Input{Right: true}) // the class button, right of New career
	h.enter()
	h.fullCareer()
	if h.scene() != "code" {
		t.Fatalf("the class button opened %q", h.scene())
	}
	h.key(scenes.Input{Chars: []rune("kmnpq0")})
	h.enter()
	if h.scene() != "code" {
		t.Fatalf("a bad code went on to %q", h.scene())
	}
	h.shot("class-code-bad")
	h.key(scenes.Input{Chars: []rune("r")}) // the 0 was not taken: KMNPQ + R
	h.enter()
	if h.scene() != "name" {
		t.Fatalf("the code did not go on to the name: %q", h.scene())
	}
	h.key(scenes.Input{Chars: []rune("Ana")})
	h.enter()
	s := h.app.Context().Session
	if s == nil || s.State().Code != "KMNPQR" || s.State().Seed != game.ClassCodeSeed("KMNPQR") {
		t.Fatalf("the career did not start with the class code: %+v", s)
	}
}

// The title has a page for teachers, and Back returns to the title.
func TestTeacherPage(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.key(scenes.Input{Right: true}) // the right-hand column, then down it
	h.key(scenes.Input{Down: true})
	h.enter()
	if h.scene() != "teacher" {
		t.Fatalf("the teachers' button opened %q", h.scene())
	}
	h.shot("teacher-page")
	h.enter()
	if h.scene() != "title" {
		t.Fatalf("Back from the teachers' page opened %q", h.scene())
	}
}

// fullStore is a store whose saves fail, as a full or blocked browser storage does.
type fullStore struct{ store.Memory }

func (*fullStore) Save([]byte) error { return errors.New("QuotaExceededError: the storage is full") }

// A save that fails is said on every screen, and the game goes on.
func TestASaveThatFailsIsShownNeverSilent(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Store: &fullStore{}})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Dee")})
	h.enter()
	h.settle()
	if h.app.Context().SaveErr == "" {
		t.Fatal("the failed save was not noticed")
	}
	if n := h.countColor(image.Rect(0, 64, 1280, 88), ui.Bad); n < 1000 {
		t.Fatalf("no warning strip under the header (%d red pixels)", n)
	}
	h.shot("save-failed")
	h.enter()
	if h.scene() == "title" {
		t.Fatal("the game stopped after a failed save")
	}
}

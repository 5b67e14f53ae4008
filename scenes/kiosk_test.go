package scenes_test

import (
	"errors"
	"image"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// fakeClock is the kiosk's clock in tests: time moves only when the test says so.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time       { return c.t }
func (c *fakeClock) wait(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *fakeClock                { return &fakeClock{t: time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)} }
func (h *harness) traced(part string) bool {
	return strings.Contains(strings.Join(h.trace, "\n"), part)
}
func (h *harness) idle(c *fakeClock, d time.Duration) {
	c.wait(d)
	h.tick(scenes.Input{})
}

// kioskHarness is the booth as a career-day stand runs it: a real store (that must
// never be written), the desktop build, the fake clock.
func kioskHarness(t *testing.T, real *store.Memory, c *fakeClock) *harness {
	t.Helper()
	return newHarness(t, 1280, 720, scenes.Config{Store: real, Kiosk: true, Desktop: true, Now: c.now})
}

// A title left alone for a minute plays a demo career by itself, on the real screens
// with a banner; any key brings the title back; no save is written, ever.
func TestKioskIdleTitlePlaysADemoAndAKeyEndsIt(t *testing.T) {
	real := &store.Memory{}
	c := newClock()
	h := kioskHarness(t, real, c)
	h.idle(c, 59*time.Second)
	if h.scene() != "title" || h.app.Context().Session != nil {
		t.Fatalf("after 59 s the kiosk is on %q, want the title", h.scene())
	}
	h.idle(c, 2*time.Second)
	if !h.traced("kiosk=demo") || h.app.Context().Session == nil {
		t.Fatalf("a minute idle on the title did not start the demo (on %q)", h.scene())
	}
	// the demo moves by itself, one step every couple of seconds, through real screens
	scenesSeen := map[string]bool{}
	start := h.app.Context().Session.View().Pos()
	for i := 0; i < 12; i++ {
		h.idle(c, 2100*time.Millisecond)
		h.tick(scenes.Input{})
		scenesSeen[h.scene()] = true
	}
	if h.app.Context().Session == nil || h.app.Context().Session.View().Pos() <= start {
		t.Fatal("the demo did not play")
	}
	if len(scenesSeen) < 2 {
		t.Errorf("the demo showed only %v", scenesSeen)
	}
	if n := h.countColor(image.Rect(640, 640, 1280, 720), ui.Focus); n < 12000 {
		t.Errorf("no demo banner at the bottom (%d orange pixels)", n)
	}
	h.shot("kiosk-demo")
	h.key(scenes.Input{Choose: true, Enter: true})
	if h.scene() != "title" || h.app.Context().Session != nil {
		t.Fatalf("a key during the demo opened %q, want the title with no run", h.scene())
	}
	if n := h.countColor(image.Rect(640, 640, 1280, 720), ui.Focus); n > 2000 {
		t.Errorf("the demo banner stayed on the title (%d orange pixels)", n)
	}
	// the key that ended the demo does not press New career as well; the next one does
	h.enter()
	if h.scene() != "name" {
		t.Fatalf("Enter on the kiosk title opened %q", h.scene())
	}
	if real.Data != nil {
		t.Fatal("the kiosk wrote the real save")
	}
}

// A touch or a click also ends the demo.
func TestKioskTouchEndsTheDemo(t *testing.T) {
	c := newClock()
	h := kioskHarness(t, &store.Memory{}, c)
	h.idle(c, 61*time.Second)
	h.idle(c, 3*time.Second)
	if h.scene() == "title" {
		t.Fatal("the demo did not leave the title")
	}
	h.tick(scenes.Input{Click: true, X: 640, Y: 400, PX: 640, PY: 400})
	h.tick(scenes.Input{})
	if h.scene() != "title" {
		t.Fatalf("a tap during the demo opened %q", h.scene())
	}
}

// A visitor's run left alone for two minutes goes back to the title and is dropped;
// a visitor who keeps playing is never interrupted; nothing reaches the real store.
func TestKioskIdleRunResetsWithoutSaving(t *testing.T) {
	real := &store.Memory{}
	c := newClock()
	h := kioskHarness(t, real, c)
	h.enter()
	h.key(scenes.Input{Chars: []rune("Visitor")})
	h.enter()
	h.enter()
	if h.app.Context().Session == nil {
		t.Fatal("no run started")
	}
	if m := h.app.Context().Session.State().Mode; m != "express" {
		t.Errorf("a kiosk visitor plays mode %q, want express", m)
	}
	// playing slowly but steadily: never reset
	for i := 0; i < 5; i++ {
		c.wait(100 * time.Second)
		h.tick(scenes.Input{Moved: true, PX: 10, PY: 10})
	}
	if h.scene() == "title" {
		t.Fatal("a visitor who kept moving was sent to the title")
	}
	h.idle(c, 119*time.Second)
	if h.scene() == "title" {
		t.Fatal("reset before two minutes")
	}
	h.idle(c, 2*time.Second)
	h.tick(scenes.Input{})
	if h.scene() != "title" || h.app.Context().Session != nil || !h.traced("kiosk=reset") {
		t.Fatalf("two idle minutes left the kiosk on %q", h.scene())
	}
	// the dropped run is not offered to the next visitor
	if n := h.countColor(image.Rect(80, 330, 420, 380), ui.Teal); n < 1000 {
		t.Fatalf("the first button is not a filled New career (%d teal pixels)", n)
	}
	h.shot("kiosk-title-after-reset")
	h.enter()
	if h.scene() != "name" {
		t.Errorf("the first button opened %q, want New career's name screen", h.scene())
	}
	if real.Data != nil {
		t.Fatal("the kiosk wrote the real save")
	}
}

// Visitors see New career and nothing else: no Quit, teacher packs, class codes,
// teacher page or save files.
func TestKioskHidesSettings(t *testing.T) {
	plain := newHarness(t, 1280, 720, scenes.Config{Desktop: true})
	if n := plain.countColor(image.Rect(440, 330, 760, 640), ui.Teal); n < 500 {
		t.Fatalf("the normal title's second column is missing (%d teal pixels)", n)
	}
	h := kioskHarness(t, &store.Memory{}, newClock())
	if n := h.countColor(image.Rect(440, 330, 760, 640), ui.Teal); n != 0 {
		t.Errorf("the kiosk title shows settings buttons (%d teal pixels)", n)
	}
	h.shot("kiosk-title")
	for i := 0; i < 6; i++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if h.scene() != "name" {
		t.Errorf("a kiosk title button opened %q", h.scene())
	}
}

// The operator's Ctrl+Shift+Q leaves the kiosk: the desktop game ends, the browser
// calls its exit (a reload without ?kiosk). Outside the kiosk it does nothing.
func TestKioskOperatorExit(t *testing.T) {
	h := kioskHarness(t, &store.Memory{}, newClock())
	if err := h.app.Step(&scenes.Input{Operator: true}); !errors.Is(err, ebiten.Termination) {
		t.Fatalf("Ctrl+Shift+Q in the desktop kiosk returned %v, want the game to end", err)
	}
	left := false
	c := newClock()
	hw := newHarness(t, 1280, 720, scenes.Config{Kiosk: true, Now: c.now, OperatorExit: func() { left = true }})
	hw.idle(c, 70*time.Second) // even during the demo
	if err := hw.app.Step(&scenes.Input{Operator: true}); err != nil || !left {
		t.Fatalf("the browser kiosk did not call its exit (err %v)", err)
	}
	p := newHarness(t, 1280, 720, scenes.Config{Desktop: true})
	if err := p.app.Step(&scenes.Input{Operator: true}); err != nil {
		t.Fatalf("Ctrl+Shift+Q outside the kiosk: %v", err)
	}
	if p.scene() != "title" {
		t.Fatalf("Ctrl+Shift+Q outside the kiosk opened %q", p.scene())
	}
}

// The demo loops: a career ends on its report or after enough moves, the title
// shows, and a new demo career starts, never writing a save.
func TestKioskDemoLoops(t *testing.T) {
	real := &store.Memory{}
	c := newClock()
	h := kioskHarness(t, real, c)
	h.idle(c, 61*time.Second)
	starts := 0
	for i := 0; i < 400; i++ {
		c.wait(2100 * time.Millisecond)
		h.tick(scenes.Input{})
		if h.scene() == "title" {
			starts++
			for h.scene() == "title" && i < 400 {
				c.wait(2100 * time.Millisecond)
				h.tick(scenes.Input{})
				h.tick(scenes.Input{})
				i++
			}
			break
		}
	}
	if starts == 0 || h.scene() == "title" {
		t.Fatalf("the demo did not loop back through the title into a new career (on %q)", h.scene())
	}
	if real.Data != nil {
		t.Fatal("the demo wrote the real save")
	}
}

package scenes

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// A tween counts its ticks to the end and stays there; reduced motion starts it at
// its end; the easing keeps 0 and 1 and never goes back.
func TestTweenEasingAndStops(t *testing.T) {
	var tw tween
	tw.start(10, 2, false)
	if tw.done() || tw.linear() != 0 {
		t.Fatalf("a new tween is at %v", tw.linear())
	}
	for i := 0; i < 7; i++ {
		tw.step()
	}
	if p := tw.linear(); p != 0.5 {
		t.Fatalf("after its wait and 5 of 10 ticks the tween is at %v, want 0.5", p)
	}
	for i := 0; i < 20; i++ {
		tw.step()
	}
	if !tw.done() || tw.out() != 1 {
		t.Fatalf("the tween did not end: %v", tw.out())
	}
	tw.start(10, 0, true)
	if !tw.done() {
		t.Fatal("with reduced motion a tween starts at its end")
	}
	prev := -1.0
	for i := 0; i <= 20; i++ {
		x := float64(i) / 20
		for _, e := range []float64{easeOutCubic(x), easeInOutQuad(x)} {
			if e < 0 || e > 1 {
				t.Fatalf("easing left 0..1 at %v: %v", x, e)
			}
		}
		if e := easeOutCubic(x); e < prev {
			t.Fatalf("easing went back at %v", x)
		} else {
			prev = e
		}
	}
	if easeOutCubic(0) != 0 || easeOutCubic(1) != 1 || easeInOutQuad(1) != 1 {
		t.Fatal("easing moves the ends")
	}
	s := makeStops(70, 50, 12, func(x float64) string { return strconv.Itoa(int(x + 0.5)) })
	if s[0] != "70" || s[len(s)-1] != "50" || s.at(0) != "70" || s.at(1) != "50" {
		t.Fatalf("stops %v", s)
	}
	if len(makeStops(3, 3, 12, func(float64) string { return "3" })) != 1 {
		t.Fatal("a value that does not move repeats its stop")
	}
}

// motionApp is an app with a manager in week 2, on the dashboard, past any fade.
func motionApp(t *testing.T, reduced bool) (*App, *game.Session) {
	t.Helper()
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cat, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	app, err := NewApp(Config{Content: c, Catalog: cat, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	app.ctx.Prefs.ReducedMotion = reduced
	s := game.NewSession(c, game.Options{Name: "Mo", Seed: 3})
	for n := 0; n < 3000 && !(s.Step().Kind == game.StepWeek && s.View().Week() == 2); n++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	app.ctx.Session = s
	app.ctx.Sync()
	for i := 0; i < 200; i++ {
		app.Step(&Input{})
	}
	if app.Top().Name() != "week" {
		t.Fatalf("on %q, want the dashboard", app.Top().Name())
	}
	return app, s
}

// drawn draws the app's top screen onto a canvas that records its text.
func drawn(app *App, dst *ebiten.Image) []string {
	c := ui.Canvas{Dst: dst, F: ui.Fit(ui.W, ui.H), Fonts: app.ctx.Fonts, Recording: true}
	app.Top().Draw(app.ctx, &c)
	out := make([]string, len(c.Recorded))
	for i, d := range c.Recorded {
		out[i] = d.Text
	}
	return out
}

func number(s string) float64 {
	v, _ := strconv.ParseFloat(strings.Trim(s, " %▲▼+"), 64)
	return v
}

func saveShot(t *testing.T, app *App, dst *ebiten.Image, name string) {
	t.Helper()
	app.Draw(dst)
	img := image.NewRGBA(dst.Bounds())
	dst.ReadPixels(img.Pix)
	dir := os.Getenv("HSM_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "hsm-artifacts")
	}
	os.MkdirAll(dir, 0o755)
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, img)
}

// A meter that changed moves on the dashboard from the value the player last saw to
// the new one: between the two mid-way, the new one at the end, with its change in a
// chip beside it; the screens cross-fade and the fade ends within its ticks.
func TestMeterChangeAnimatesOnTheDashboard(t *testing.T) {
	app, s := motionApp(t, false)
	dst := ebiten.NewImage(ui.W, ui.H)
	id := game.PatientSatisfied
	old := s.View().Meter(id)
	s.Edit(func(st *game.State) { st.Facility.Meters[id] = old - 20 })
	app.ctx.Sync()
	app.Step(&Input{})
	if app.Transition() == 0 {
		t.Fatal("a new screen does not cross-fade")
	}
	for i := 0; i < 6; i++ {
		app.Step(&Input{})
	}
	w := app.Top().(*WeekScene)
	row := -1
	for i, r := range w.rows {
		if r.def.ID == id {
			row = i
		}
	}
	val, _ := w.motion.value(row)
	if !contains(drawn(app, dst), val) {
		t.Fatalf("the screen does not draw the moving value %q", val)
	}
	if v := number(val); !(v < old && v > old-20) {
		t.Fatalf("mid-way the meter shows %q, want between %v and %v", val, old, old-20)
	}
	if w.motion.moves[row].chip == "" || !contains(drawn(app, dst), w.motion.moves[row].chip) {
		t.Fatal("the change is not shown beside the meter")
	}
	saveShot(t, app, dst, "motion-week-mid")
	for i := 0; i < crossTicks && app.Transition() > 0; i++ {
		app.Step(&Input{})
	}
	if app.Transition() != 0 {
		t.Fatalf("the cross-fade still runs after %d ticks", crossTicks+7)
	}
	for i := 0; i < meterTicks; i++ {
		app.Step(&Input{})
	}
	want := app.ctx.F(game.Meter(id).Arg(old - 20))
	if val, _ := w.motion.value(row); val != want || !contains(drawn(app, dst), want) {
		t.Fatalf("at rest the meter shows %q, want %q", val, want)
	}
	for i := 0; i < chipTicks; i++ {
		app.Step(&Input{})
	}
	saveShot(t, app, dst, "motion-week-rest")
}

// With reduced motion the new value is on the first frame, there is no chip, no
// calendar turning and no cross-fade.
func TestReducedMotionShowsTheNewValueAtOnce(t *testing.T) {
	app, s := motionApp(t, true)
	dst := ebiten.NewImage(ui.W, ui.H)
	id := game.PatientSatisfied
	old := s.View().Meter(id)
	s.Edit(func(st *game.State) { st.Facility.Meters[id] = old - 20 })
	app.ctx.Sync()
	app.Step(&Input{})
	if app.Transition() != 0 {
		t.Fatal("with reduced motion the screens cross-fade")
	}
	w := app.Top().(*WeekScene)
	want := app.ctx.F(game.Meter(id).Arg(old - 20))
	got := drawn(app, dst)
	if !contains(got, want) {
		t.Fatalf("the first frame does not show the new value %q", want)
	}
	if !w.motion.chips.done() || !w.motion.cal.flip.done() {
		t.Fatal("with reduced motion a chip or the calendar still moves")
	}
}

// A key pressed while the meters move acts at once: the animation never holds input.
func TestInputDuringAnimationIsNotLost(t *testing.T) {
	app, s := motionApp(t, false)
	id := game.PatientSatisfied
	s.Edit(func(st *game.State) { st.Facility.Meters[id] -= 15 })
	app.ctx.Sync()
	app.Step(&Input{})
	w := app.Top().(*WeekScene)
	if w.motion.meter.done() {
		t.Fatal("the meter is not moving")
	}
	f := w.m.focus
	app.Step(&Input{Next: true})
	if w.m.focus == f {
		t.Fatal("Tab during the animation was lost")
	}
	// Enter on an open inbox card opens it at once, mid-animation
	app.Step(&Input{Home: true})
	app.Step(&Input{Enter: true, Choose: true})
	if app.Top().Name() == "week" {
		t.Fatal("Enter during the animation did not open the inbox card")
	}
}

// The week's summary shows a delayed consequence that landed on its own card,
// sliding in, and each meter's change counts up to its amount.
func TestDelayedConsequenceArrivesOnACard(t *testing.T) {
	app, _ := motionApp(t, false)
	s := app.ctx.Session
	for n := 0; n < 3000 && !(s.Step().Kind == game.StepOutcome && len(s.View().Landed()) > 0); n++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.View().Landed()) == 0 {
		t.Skip("no delayed consequence landed in this career")
	}
	app.ctx.Sync()
	app.Step(&Input{})
	o := app.Top().(*OutcomeScene)
	if len(o.motion.cards) == 0 {
		t.Fatal("the landed consequence has no card")
	}
	dst := ebiten.NewImage(ui.W, ui.H)
	for i := 0; i < crossTicks/2+10; i++ {
		app.Step(&Input{})
	}
	k := &o.motion.cards[0]
	if k.slide.done() || k.slide.out() <= 0 {
		t.Fatalf("the card is not sliding in mid-way: %v", k.slide.out())
	}
	if !contains(drawn(app, dst), k.tag) {
		t.Fatal("the card's tag is not drawn")
	}
	saveShot(t, app, dst, "motion-event-mid")
	for i := 0; i < 60; i++ {
		app.Step(&Input{})
	}
	for _, a := range o.motion.amounts {
		if !contains(drawn(app, dst), a.vals[len(a.vals)-1]) {
			t.Fatalf("at rest a change does not show its amount %q", a.vals[len(a.vals)-1])
		}
	}
	saveShot(t, app, dst, "motion-event-rest")
	// Continue opens the next week's dashboard, where the calendar page turns
	app.Step(&Input{Enter: true, Choose: true})
	w, ok := app.Top().(*WeekScene)
	if !ok {
		t.Fatalf("Continue opened %q", app.Top().Name())
	}
	for i := 0; i < crossTicks+2; i++ {
		app.Step(&Input{})
	}
	if w.motion.cal.flip.done() || w.motion.cal.old == w.motion.cal.now {
		t.Fatalf("the calendar does not turn from week %s to %s", w.motion.cal.old, w.motion.cal.now)
	}
	saveShot(t, app, dst, "motion-calendar-mid")
	for i := 0; i < flipTicks; i++ {
		app.Step(&Input{})
	}
	if !w.motion.cal.flip.done() {
		t.Fatal("the calendar is still turning after its ticks")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

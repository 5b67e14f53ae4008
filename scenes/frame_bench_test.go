package scenes_test

import (
	"flag"
	"fmt"
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes"
)

// BenchmarkFrame has one sub-benchmark per screen kind and per duty screen, each
// a steady frame (past the fade-in, no input) run inside the Ebitengine loop that
// TestMain starts. An op is one frame's Update plus Draw: the CPU time of building
// its draw commands, and with -benchmem the allocations, ours and Ebitengine's
// (each new draw command Ebitengine starts costs about one). The GPU's work is
// flushed between frames outside the timer. Run it with
//
//	xvfb-run -a go test -run '^$' -bench Frame -benchmem -benchtime 100x ./scenes/
//
// TestFrameTable runs the same frames and prints them as a table with each scene's
// headroom, the 16.7 ms of a 60 Hz frame over its time (scripts/test runs it).
//
// B/op is not a steady figure here: the tests run inside one Ebitengine Update, so a
// frame never ends and Ebitengine's per-frame uniform buffer (about 200 bytes a draw
// call, reset when a real frame ends) only grows; its doublings land on whichever
// scene runs then, megabytes at a time. allocs/op and ns/op are the figures to read.
func BenchmarkFrame(b *testing.B) {
	for _, fc := range frameCases(b) {
		b.Run(fc.name, func(b *testing.B) { runFrames(b, fc.open(b), false) })
	}
}

// BenchmarkFrameChanged is each scene's frame when it differs from the one before
// (the frame after a key press, or every frame of an animation): its draws are
// made again instead of the screen being left as it is.
func BenchmarkFrameChanged(b *testing.B) {
	for _, fc := range frameCases(b) {
		b.Run(fc.name, func(b *testing.B) { runFrames(b, fc.open(b), true) })
	}
}

// TestSteadyFramesAllocateNothing is the allocation gate (issue 13): a steady frame
// of every still scene, each duty desk included, allocates nothing at all. The
// title's animation is a changing frame, so it is not a steady one; its still form
// (reduced motion) is.
func TestSteadyFramesAllocateNothing(t *testing.T) {
	for _, fc := range frameCases(t) {
		if fc.animated {
			continue
		}
		app := fc.open(t)
		if benchScreen == nil {
			benchScreen = ebiten.NewImage(1280, 720)
		}
		var in scenes.Input
		for i := 0; i < 12; i++ { // past the fade-in
			app.Step(&in)
			app.Draw(benchScreen)
		}
		benchScreen.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image).ReadPixels(benchPix)
		n := testing.AllocsPerRun(50, func() {
			in = scenes.Input{}
			app.Step(&in)
			app.Draw(benchScreen)
		})
		if n != 0 {
			t.Errorf("%s: a steady frame allocates %.1f objects, want 0", fc.name, n)
		}
		if reused, _ := app.Memo(); reused == 0 {
			t.Errorf("%s: no frame was drawn from the last one's picture", fc.name)
		}
	}
}

// TestFrameTable prints every scene's frame as a table: ms and allocations per
// frame and the headroom ratio (16.7 ms / time). Figures, never asserted; it runs
// only when named: go test -run '^TestFrameTable$' -benchtime 100x ./scenes/
func TestFrameTable(t *testing.T) {
	if f := flag.Lookup("test.run"); f == nil || !strings.Contains(f.Value.String(), "FrameTable") {
		t.Skip("prints figures; run it by name: -run '^TestFrameTable$'")
	}
	fmt.Printf("| %-16s | %9s | %12s | %10s | %8s | %10s | %14s |\n", "scene", "ms/frame", "allocs/frame", "B/frame", "headroom", "changed ms", "changed allocs")
	fmt.Printf("|%s|%s|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 18), strings.Repeat("-", 11), strings.Repeat("-", 14), strings.Repeat("-", 12), strings.Repeat("-", 10), strings.Repeat("-", 12), strings.Repeat("-", 16))
	for _, fc := range frameCases(t) {
		app := fc.open(t)
		r := testing.Benchmark(func(b *testing.B) { runFrames(b, app, false) })
		ch := testing.Benchmark(func(b *testing.B) { runFrames(b, app, true) })
		if r.N == 0 || ch.N == 0 {
			t.Errorf("%s: the benchmark failed", fc.name)
			continue
		}
		ms := float64(r.T.Nanoseconds()) / float64(r.N) / 1e6
		cms := float64(ch.T.Nanoseconds()) / float64(ch.N) / 1e6
		fmt.Printf("| %-16s | %9.3f | %12d | %10d | %7.1fx | %10.3f | %14d |\n", fc.name, ms, r.AllocsPerOp(), r.AllocedBytesPerOp(), 1000.0/60/ms, cms, ch.AllocsPerOp())
	}
	fmt.Println("ms/frame: a steady frame (Update+Draw, the screen as it was); changed: a frame that differs from the one before (after input, or an animation's), its draws made again; headroom = 16.7 ms / ms/frame")
}

type frameCase struct {
	name     string
	open     func(tb testing.TB) *scenes.App
	animated bool // every frame differs (the title's walk)
}

var (
	benchScreen *ebiten.Image
	benchPix    = make([]byte, 4)
)

// runFrames plays app's frames b.N times; changed makes each frame play its draws
// again, as a frame that differs from the one before does.
func runFrames(b *testing.B, app *scenes.App, changed bool) {
	if benchScreen == nil {
		benchScreen = ebiten.NewImage(1280, 720)
	}
	screen := benchScreen
	corner := screen.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image)
	var in scenes.Input
	for i := 0; i < 12; i++ { // past the fade-in
		app.Step(&in)
		app.Draw(screen)
	}
	corner.ReadPixels(benchPix)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in = scenes.Input{}
		if changed {
			app.ForgetFrame()
		}
		if err := app.Step(&in); err != nil {
			b.Fatal(err)
		}
		app.Draw(screen)
		// the frame's draw commands go to the GPU, as the end of a real frame
		// sends them, so the command queue does not grow across iterations; its
		// time and allocations are not counted
		b.StopTimer()
		corner.ReadPixels(benchPix)
		b.StartTimer()
	}
}

// frameCases is every scene BenchmarkFrame measures, each opened in a fresh app.
func frameCases(tb testing.TB) []frameCase {
	c, err := scenarios.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	cat, err := assets.Catalog("en")
	if err != nil {
		tb.Fatal(err)
	}
	newApp := func(tb testing.TB) *scenes.App {
		app, err := scenes.NewApp(scenes.Config{Content: c, Catalog: cat, Store: &store.Memory{}, Seed: 11})
		if err != nil {
			tb.Fatal(err)
		}
		app.KeepScreen = true // as main sets it: the screen keeps its pixels
		return app
	}
	// at plays a run with the first option until want says the step is the one to
	// show, and opens its screen.
	at := func(want func(s *game.Session, st game.Step) int) func(testing.TB) *scenes.App {
		return func(tb testing.TB) *scenes.App {
			app := newApp(tb)
			s := game.NewSession(c, game.Options{Name: "Rosa", Seed: 11})
			for n := 0; n < 5000; n++ {
				st := s.Step()
				if i := want(s, st); i >= 0 {
					if i > 0 {
						if err := s.Choose(i - 1); err != nil {
							tb.Fatal(err)
						}
					}
					app.Context().Session = s
					app.Context().Sync()
					app.Step(&scenes.Input{})
					return app
				}
				more, err := s.Act1(game.FirstOption)
				if err != nil || !more {
					tb.Fatalf("never reached the scene: %v", err)
				}
			}
			tb.Fatal("never reached the scene")
			return nil
		}
	}
	kind := func(k game.StepKind) func(testing.TB) *scenes.App {
		return at(func(_ *game.Session, st game.Step) int {
			if st.Kind == k {
				return 0
			}
			return -1
		})
	}
	still := func(tb testing.TB) *scenes.App {
		app := newApp(tb)
		app.Context().Prefs.ReducedMotion = true
		return app
	}
	cases := []frameCase{
		{"Title", newApp, true},
		{name: "Title_still", open: still},
		{name: "Intro", open: kind(game.StepIntro)},
		{name: "PickMany", open: kind(game.StepPickMany)},
		{name: "Scenario", open: kind(game.StepScenario)},
		{name: "Outcome", open: kind(game.StepOutcome)},
		{name: "Week", open: kind(game.StepWeek)},
	}
	for _, d := range []string{"staffing", "billing", "flow", "equipment", "privacy", "satellite", "outreach", "emergency", "budget", "board"} {
		cases = append(cases, frameCase{name: "Duty_" + d, open: at(func(_ *game.Session, st game.Step) int {
			if st.Kind != game.StepWeek {
				return -1
			}
			for i, o := range st.Options {
				if o.ID == "system:"+d && !o.Done {
					return i + 1
				}
			}
			return -1
		})})
	}
	return append(cases, frameCase{name: "Report", open: kind(game.StepReport)})
}

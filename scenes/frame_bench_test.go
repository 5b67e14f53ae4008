package scenes_test

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes"
)

// BenchmarkFrame measures one frame of every scene in a steady state, inside the
// Ebitengine loop (TestMain): the CPU time of Update plus Draw (building the draw
// commands; the GPU's work is flushed between frames, outside the timer) and, with
// -benchmem, the allocations per frame. Run it with
// `xvfb-run go test -run '^$' -bench Frame -benchmem ./scenes/`.
func BenchmarkFrame(b *testing.B) {
	c, err := scenarios.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	cat, err := assets.Catalog("en")
	if err != nil {
		b.Fatal(err)
	}
	newApp := func() *scenes.App {
		app, err := scenes.NewApp(scenes.Config{Content: c, Catalog: cat, Store: &store.Memory{}, Seed: 11})
		if err != nil {
			b.Fatal(err)
		}
		return app
	}
	screen := ebiten.NewImage(1280, 720)
	corner := screen.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image)
	pix := make([]byte, 4)
	// flush sends the frame's draw commands to the GPU, as the end of a real frame
	// does, so the command queue does not grow across iterations; its time and
	// allocations are not counted (the timer stops around it).
	flush := func(b *testing.B) {
		b.StopTimer()
		corner.ReadPixels(pix)
		b.StartTimer()
	}
	run := func(b *testing.B, app *scenes.App) {
		var in scenes.Input
		for i := 0; i < 12; i++ { // past the fade-in
			app.Step(&in)
			app.Draw(screen)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			in = scenes.Input{}
			if err := app.Step(&in); err != nil {
				b.Fatal(err)
			}
			app.Draw(screen)
			flush(b)
		}
	}
	// at plays a run with the first option until want says the step is the one to
	// show, and opens its screen.
	at := func(b *testing.B, want func(s *game.Session, st game.Step) int) *scenes.App {
		app := newApp()
		s := game.NewSession(c, game.Options{Name: "Rosa", Seed: 11})
		for n := 0; n < 5000; n++ {
			st := s.Step()
			if i := want(s, st); i >= 0 {
				if i > 0 {
					if err := s.Choose(i - 1); err != nil {
						b.Fatal(err)
					}
				}
				app.Context().Session = s
				app.Context().Sync()
				app.Step(&scenes.Input{})
				return app
			}
			more, err := s.Act1(game.FirstOption)
			if err != nil || !more {
				b.Fatalf("never reached the scene: %v", err)
			}
		}
		b.Fatal("never reached the scene")
		return nil
	}
	kind := func(k game.StepKind) func(*game.Session, game.Step) int {
		return func(_ *game.Session, st game.Step) int {
			if st.Kind == k {
				return 0
			}
			return -1
		}
	}
	b.Run("Title", func(b *testing.B) { run(b, newApp()) })
	b.Run("Intro", func(b *testing.B) { run(b, at(b, kind(game.StepIntro))) })
	b.Run("PickMany", func(b *testing.B) { run(b, at(b, kind(game.StepPickMany))) })
	b.Run("Scenario", func(b *testing.B) { run(b, at(b, kind(game.StepScenario))) })
	b.Run("Outcome", func(b *testing.B) { run(b, at(b, kind(game.StepOutcome))) })
	b.Run("Week", func(b *testing.B) { run(b, at(b, kind(game.StepWeek))) })
	for _, d := range []string{"staffing", "billing", "flow", "equipment", "privacy", "satellite", "outreach", "emergency", "budget", "board"} {
		d := d
		b.Run("Duty_"+d, func(b *testing.B) {
			run(b, at(b, func(_ *game.Session, st game.Step) int {
				if st.Kind != game.StepWeek {
					return -1
				}
				for i, o := range st.Options {
					if o.ID == "system:"+d && !o.Done {
						return i + 1
					}
				}
				return -1
			}))
		})
	}
	b.Run("Report", func(b *testing.B) { run(b, at(b, kind(game.StepReport))) })
}

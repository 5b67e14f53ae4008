package scenes_test

import (
	"bytes"
	"image"
	"os"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// reportOf opens the report of a finished career s in a fresh harness.
func reportOf(t *testing.T, s func(c *game.Content) *game.Session) (*harness, *game.Session) {
	t.Helper()
	h := newHarness(t, 1280, 720, scenes.Config{Store: &store.Memory{}})
	ctx := h.app.Context()
	run := s(ctx.Content)
	ctx.Session = run
	ctx.Sync()
	h.settle()
	if h.scene() != "report" {
		t.Fatalf("on %q, want the report", h.scene())
	}
	return h, run
}

// From the report a player goes back to a decision, picks another option and sees
// the two careers side by side, with the keyboard; then back out with Esc and
// Back; the real run never changes.
func TestWhatIfWalkWithKeys(t *testing.T) {
	h, run := reportOf(t, func(c *game.Content) *game.Session {
		s := game.NewSession(c, game.Options{Name: "Rosa", Seed: 5})
		if err := s.PlayToEnd(game.StylePolicy(game.StyleBalanced, &game.RNG{State: 1}), 5000); err != nil {
			t.Fatal(err)
		}
		return s
	})
	before, _ := run.Save()
	h.shot("whatif-00-report")
	h.key(scenes.Input{Next: true}) // the What if? button
	h.enter()
	if h.scene() != "whatif" {
		t.Fatalf("the What if? button opened %q", h.scene())
	}
	h.shot("whatif-01-decisions")
	// Up from the first row reaches Back, Up again the last decision (the quarter's end)
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Up: true})
	h.shot("whatif-02-decisions-end")
	h.enter()
	if h.scene() != "whatif-options" {
		t.Fatalf("picking a decision opened %q", h.scene())
	}
	h.shot("whatif-03-options")
	h.enter() // the focus starts on an option the player did not take
	if h.scene() != "whatif-compare" {
		t.Fatalf("picking another option opened %q", h.scene())
	}
	h.shot("whatif-04-compare")
	// both careers are on screen: the two teal column heads, side by side
	for _, x := range []int{60, 660} {
		if n := h.countColor(image.Rect(x, 128, x+200, 152), ui.Teal); n < 40 {
			t.Errorf("the column at x=%d has no heading (%d teal pixels)", x, n)
		}
	}
	h.key(scenes.Input{End: true})
	h.shot("whatif-05-compare-end")
	h.key(scenes.Input{Back: true})
	if h.scene() != "whatif-options" {
		t.Fatalf("Esc on the comparison opened %q", h.scene())
	}
	h.key(scenes.Input{Back: true})
	h.key(scenes.Input{Back: true})
	if h.scene() != "report" {
		t.Fatalf("Esc twice more opened %q, want the report", h.scene())
	}
	after, _ := run.Save()
	if !bytes.Equal(before, after) {
		t.Fatal("What if? changed the real run")
	}
}

// Mouse and touch: a click on a decision, a click on an option, a click on Back.
func TestWhatIfWalkWithClicks(t *testing.T) {
	h, _ := reportOf(t, func(c *game.Content) *game.Session {
		s := game.NewSession(c, game.Options{Name: "Sam", Seed: 9, Weeks: 2})
		if err := s.PlayToEnd(game.FirstOption, 5000); err != nil {
			t.Fatal(err)
		}
		return s
	})
	h.key(scenes.Input{Next: true})
	h.enter()
	if h.scene() != "whatif" {
		t.Fatalf("on %q", h.scene())
	}
	// the first decision's card sits under the intro text
	h.click(300, 200)
	if h.scene() != "whatif-options" {
		t.Fatalf("clicking a decision opened %q", h.scene())
	}
	h.shot("whatif-10-options-quiz")
	// the player's own option (the first) is marked and does nothing
	h.click(300, 200)
	if h.scene() != "whatif-options" {
		t.Fatalf("clicking your own option opened %q", h.scene())
	}
	h.click(300, 290)
	if h.scene() != "whatif-compare" {
		t.Fatalf("clicking another option opened %q", h.scene())
	}
	h.shot("whatif-11-compare-quiz")
	h.click(120, 720-45) // Back
	if h.scene() != "whatif-options" {
		t.Fatalf("Back opened %q", h.scene())
	}
}

// An old save has no What if?: the report's button says why and cannot be used.
func TestWhatIfOldSave(t *testing.T) {
	h, _ := reportOf(t, func(c *game.Content) *game.Session {
		data, err := os.ReadFile("../game/testdata/save-v1-week2.json")
		if err != nil {
			t.Fatal(err)
		}
		s, err := game.Load(c, data)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.PlayToEnd(game.FirstOption, 5000); err != nil {
			t.Fatal(err)
		}
		return s
	})
	h.shot("whatif-20-old-save-report")
	h.key(scenes.Input{Next: true})
	h.enter()
	if h.scene() == "whatif" {
		t.Fatalf("the disabled What if? button was used: on %q", h.scene())
	}
}

// A different degree changes the road: the comparison shows both paths and says
// how much of the rest the bot played.
func TestWhatIfDifferentRoad(t *testing.T) {
	h, run := reportOf(t, func(c *game.Content) *game.Session {
		s := game.NewSession(c, game.Options{Name: "Lee", Seed: 31})
		if err := s.PlayToEnd(game.StylePolicy(game.StyleCautious, &game.RNG{State: 2}), 5000); err != nil {
			t.Fatal(err)
		}
		return s
	})
	ds, err := game.Decisions(run)
	if err != nil {
		t.Fatal(err)
	}
	at := -1
	for i, d := range ds {
		if d.Title.Key == "degree.title" {
			at = i
		}
	}
	if at < 0 {
		t.Fatal("no degree decision listed")
	}
	h.key(scenes.Input{Next: true})
	h.enter()
	for range at {
		h.key(scenes.Input{Down: true})
	}
	h.enter()
	h.shot("whatif-30-options-degree")
	h.enter()
	if h.scene() != "whatif-compare" {
		t.Fatalf("on %q", h.scene())
	}
	h.shot("whatif-31-compare-degree")
	h.key(scenes.Input{End: true})
	h.shot("whatif-32-compare-degree-end")
}

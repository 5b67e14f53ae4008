package scenes_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

// The week dashboard in the middle of week 2 and a meter card over it, saved as
// PNGs to look at: bars on each meter's own scale with the benchmark tick, arrows
// that follow the value, and a card whose title and chart end at the same value.
func TestWeekDashboardAndMeterCardShots(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Shot", Seed: 3})
	for n := 0; n < 3000; n++ {
		st := s.Step()
		if st.Kind == game.StepWeek && s.View().Week() == 2 && st.Options[0].Done {
			break
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	if s.View().Week() != 2 {
		t.Fatal("never reached week 2")
	}
	ctx.Session = s
	ctx.Sync()
	h.tick(scenes.Input{})
	if h.scene() != "week" {
		t.Fatalf("on %q, want the week", h.scene())
	}
	h.shot("road-week-dashboard")
	// the first meter row opens its card
	h.click(200, 124+15)
	if h.scene() != "meter" {
		t.Fatalf("clicking a meter opened %q", h.scene())
	}
	h.shot("road-meter-card")
}

// A physician practice's dashboard lists only its own meters (no emergency
// department, no beds to fill): the row under the last one opens nothing.
func TestPracticeDashboardHasNoHospitalMeters(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Shot", Seed: 3})
	policy := game.AimFor("generalist", "practice")
	for n := 0; n < 3000 && !(s.Step().Kind == game.StepWeek && s.View().Week() == 1); n++ {
		if _, err := s.Act1(policy); err != nil {
			t.Fatal(err)
		}
	}
	if s.View().Setting() != "practice" || s.View().Week() != 1 {
		t.Fatalf("reached %q week %d, want a practice's first week", s.View().Setting(), s.View().Week())
	}
	ctx.Session = s
	ctx.Sync()
	h.tick(scenes.Input{})
	h.shot("setting-week-dashboard-practice")
	n := len(game.MetersIn("practice"))
	if n != len(game.MeterDefs)-3 {
		t.Fatalf("a practice shows %d meters", n)
	}
	h.click(200, 124+float64(n-1)*34+15)
	if h.scene() != "meter" {
		t.Fatalf("clicking the last meter row opened %q", h.scene())
	}
}

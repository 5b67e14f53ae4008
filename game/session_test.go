package game_test

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenarios"
)

func content(t testing.TB) *game.Content {
	t.Helper()
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatalf("built-in content: %v", err)
	}
	return c
}

func TestNoEbitengineInRulesCore(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/hsmgame/healthmanager/game/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "hajimehoshi/ebiten") {
			t.Fatalf("the rules core depends on %s; keep game/ free of Ebitengine", line)
		}
	}
}

func TestFullRunReachesReport(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Ava", Seed: 7})
	kinds := map[game.StepKind]int{}
	acts := map[game.Act]bool{}
	for n := 0; n < 500; n++ {
		st := s.Step()
		kinds[st.Kind]++
		acts[st.Act] = true
		more, err := s.Act1(game.FirstOption)
		if err != nil {
			t.Fatalf("step %d (%v %+v): %v", n, st.Kind, st.Item, err)
		}
		if !more {
			break
		}
	}
	if s.Step().Kind != game.StepReport {
		t.Fatalf("run did not reach the report; at %+v", s.St().Item())
	}
	for _, a := range game.Acts {
		if !acts[a] {
			t.Errorf("the run never entered act %s", a)
		}
	}
	for _, k := range []game.StepKind{game.StepIntro, game.StepPickOne, game.StepPickMany, game.StepScenario, game.StepOutcome, game.StepWeek} {
		if kinds[k] == 0 {
			t.Errorf("the run never showed step kind %d", k)
		}
	}
	if s.St().Degree == "" || s.St().Masters == "" || s.St().Role == "" || s.St().Setting == "" {
		t.Errorf("road picks missing: degree %q masters %q role %q setting %q", s.St().Degree, s.St().Masters, s.St().Role, s.St().Setting)
	}
	if len(s.St().Courses) < 4 {
		t.Errorf("took %d courses, want at least 4", len(s.St().Courses))
	}
	if len(s.St().Trend) != game.DefaultWeeks {
		t.Errorf("trend has %d weeks, want %d", len(s.St().Trend), game.DefaultWeeks)
	}
	r := s.Report()
	if len(r.Meters) != len(game.MetersIn(s.St().Setting)) || len(r.Endings) == 0 || len(r.Careers) < 4 || len(r.Facts) == 0 {
		t.Errorf("report incomplete: %d meters, %d endings, %d careers, %d facts", len(r.Meters), len(r.Endings), len(r.Careers), len(r.Facts))
	}
}

func TestFirstWeekCoversBudgetStaffingHIPAA(t *testing.T) {
	c := content(t)
	for seed := int64(1); seed <= 20; seed++ {
		s := game.NewSession(c, game.Options{Name: "Sam", Seed: seed})
		for s.St().Item().Kind != game.ItemWeek {
			if _, err := s.Act1(game.FirstOption); err != nil {
				t.Fatal(err)
			}
		}
		duties := map[string]bool{}
		for _, in := range s.St().Inbox {
			if in.System == "" {
				duties[c.Scenario(in.Scenario).Duty] = true
			}
		}
		for _, d := range game.FirstWeekDuties {
			if !duties[d] {
				t.Errorf("seed %d: week 1 inbox has no %s scenario: %+v", seed, d, s.St().Inbox)
			}
		}
	}
}

func TestSameSeedSameRun(t *testing.T) {
	c := content(t)
	run := func() []byte {
		s := game.NewSession(c, game.Options{Name: "Lee", Seed: 42})
		pick := func(st game.Step, s *game.Session) int { return (s.St().Pos * 7) % max(1, len(st.Options)) }
		if err := s.PlayToEnd(pick, 1000); err != nil {
			t.Fatal(err)
		}
		b, _ := s.Save()
		return b
	}
	a, b := run(), run()
	if !bytes.Equal(a, b) {
		t.Fatal("two runs with the same seed and choices differ")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Río", Seed: 3})
	for i := 0; i < 40; i++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"version":1`)) {
		t.Fatalf("save has no version field: %.80s", data)
	}
	s2, err := game.Load(c, data)
	if err != nil {
		t.Fatal(err)
	}
	// both continue identically
	for i := 0; i < 60; i++ {
		s.Act1(game.FirstOption)
		s2.Act1(game.FirstOption)
	}
	a, _ := s.Save()
	b, _ := s2.Save()
	if !bytes.Equal(a, b) {
		t.Fatal("a loaded run continues differently from the original")
	}
}

func TestLoadRejectsBadSaves(t *testing.T) {
	c := content(t)
	for name, data := range map[string]string{
		"garbage":       "not json",
		"future":        `{"version": 99, "plan":[{"kind":"report"}], "pos":0}`,
		"no plan":       `{"version": 1}`,
		"lost scenario": `{"version": 1, "plan":[{"kind":"event","ref":"school"}], "pos":0, "current":"nope"}`,
	} {
		if _, err := game.Load(c, []byte(data)); err == nil {
			t.Errorf("%s: Load accepted a bad save", name)
		}
	}
}

func TestPickManyRespectsSlots(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Kim", Seed: 1})
	for s.Step().Kind != game.StepPickMany {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	st := s.Step()
	if err := s.Confirm(); err == nil {
		t.Fatal("confirmed a term with no courses picked")
	}
	for i := 0; i < st.Slots; i++ {
		if err := s.Toggle(i); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Toggle(st.Slots); err == nil {
		t.Fatal("picked more courses than the term has slots")
	}
	if err := s.Toggle(0); err != nil { // untick
		t.Fatal(err)
	}
	if s.Step().CanGoOn {
		t.Fatal("can go on with a free slot")
	}
}

func TestDelayedEffectLandsWithCause(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Ana", Seed: 5})
	for s.St().Item().Kind != game.ItemWeek {
		s.Act1(game.FirstOption)
	}
	// open the staffing scenario and take overtime (choice 0 has a delayed turnover effect)
	idx := -1
	for i, in := range s.St().Inbox {
		if in.Scenario == "staffing-weekend-gap" {
			idx = i
		}
	}
	if idx < 0 {
		t.Skip("seed did not draw staffing-weekend-gap")
	}
	if err := s.Choose(idx); err != nil {
		t.Fatal(err)
	}
	if err := s.Choose(0); err != nil {
		t.Fatal(err)
	}
	if len(s.St().Pending) == 0 {
		t.Fatal("no delayed effect pending after choosing overtime")
	}
	due := s.St().Pending[0].Due
	for s.St().Week <= due && s.Step().Kind != game.StepReport {
		s.Act1(game.FirstOption)
	}
	found := false
	for _, e := range s.St().History {
		if e.Why.Key == "later.because" && strings.Contains(e.Why.Render("en", enCatalog(t)), "Offer overtime") {
			found = true
		}
	}
	if !found {
		t.Fatal("history does not say which decision caused the delayed effect")
	}
}

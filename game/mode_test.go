package game_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
)

// deskSeconds is the time a student spends at one duty desk besides reading its
// title and brief: reading its figures and making a few moves.
const deskSeconds = 90.0

// runMinutes plays a whole run in mode to the report and estimates its time the way
// roadMinutes does (every word at wordsPerMinute, secondsPerChoice a decision), Act 4
// included: the week's dashboard and inbox, each scenario and debrief, the week's
// summary, and deskSeconds for every duty desk besides its brief.
func runMinutes(t *testing.T, c *game.Content, cat game.Catalog, o game.Options, policy game.Policy) (minutes float64, words, decisions, desks int) {
	t.Helper()
	s := game.NewSession(c, o)
	count := func(l game.Line) { words += len(strings.Fields(l.Render("en", cat))) }
	seen := map[string]bool{}
	for n := 0; n < 3000; n++ {
		st := s.Step()
		if st.Kind == game.StepReport {
			minutes = float64(words)/wordsPerMinute + float64(decisions)*secondsPerChoice/60 + float64(desks)*deskSeconds/60
			return minutes, words, decisions, desks
		}
		// a screen is read once, however many clicks it takes (ticking courses, going
		// back to the inbox)
		id := fmt.Sprintf("%d/%s/%s/%v", s.St().Pos, s.St().Current, s.St().System, s.St().Outcome != nil)
		if !seen[id] {
			seen[id] = true
			words += readStep(st, count)
			switch {
			case isDecision(st.Kind):
				decisions++
			case st.Kind == game.StepSystem:
				desks++
			}
		}
		if _, err := s.Act1(policy); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("%s run did not reach the report", o.Mode)
	return
}

// modeMinutes is the average time of a run in mode over readingTestSeeds seeds, with
// the first option always taken, and the longest of the same runs with random choices.
func modeMinutes(t *testing.T, m game.Mode) (avg, worst float64) {
	c := content(t)
	cat, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	total, worst := 0.0, 0.0
	for seed := int64(1); seed <= readingTestSeeds; seed++ {
		min, w, d, k := runMinutes(t, c, cat, game.Options{Name: "Reader", Seed: seed, Mode: m}, game.FirstOption)
		t.Logf("%s, seed %d: %d words, %d decisions, %d desks: %.1f minutes", m, seed, w, d, k, min)
		total += min
		// a student who picks at random meets other texts: the run must fit them too
		rmin, _, _, _ := runMinutes(t, c, cat, game.Options{Name: "Reader", Seed: seed, Mode: m}, game.StylePolicy(game.StyleRandom, &game.RNG{State: uint64(seed)}))
		t.Logf("%s, seed %d, random choices: %.1f minutes", m, seed, rmin)
		worst = math.Max(worst, rmin)
	}
	avg = total / readingTestSeeds
	t.Logf("%s average %.1f minutes at %.0f words a minute, %.0f s a decision, %.0f s a desk; the longest run with random choices %.1f", m, avg, wordsPerMinute, secondsPerChoice, deskSeconds, worst)
	// the mode screen promises a length: it must be what the student meets
	key := "mode." + string(m) + ".minutes"
	var said float64
	if _, err := fmt.Sscanf(strings.TrimPrefix(cat[key], "About "), "%g", &said); err != nil {
		t.Fatalf("%s: %q does not say the minutes: %v", key, cat[key], err)
	}
	if math.Abs(said-avg) > math.Max(2, 0.15*avg) {
		t.Errorf("the mode screen says %q for %s; the run takes about %.1f minutes", cat[key], m, avg)
	}
	return avg, worst
}

func TestFullCareerReadingTime(t *testing.T) {
	if avg, _ := modeMinutes(t, game.ModeFull); avg < 25 || avg > 90 {
		t.Errorf("a full career takes about %.1f minutes; the target is 25-90", avg)
	}
}

func TestClassPeriodFitsThirtyMinutes(t *testing.T) {
	if avg, worst := modeMinutes(t, game.ModeClass); worst > 30 || avg < 15 {
		t.Errorf("a class period's run takes about %.1f minutes, up to %.1f; the target is 15-30, so the debrief fits a 45-minute lesson", avg, worst)
	}
}

func TestManagerOnlyReadingTime(t *testing.T) {
	if avg, _ := modeMinutes(t, game.ModeManager); avg < 10 || avg > 45 {
		t.Errorf("a manager-only run takes about %.1f minutes; the target is 10-45", avg)
	}
}

func TestExpressTakesAboutFiveMinutes(t *testing.T) {
	if avg, worst := modeMinutes(t, game.ModeExpress); avg < 3 || worst > 7 {
		t.Errorf("a career-day run takes about %.1f minutes, up to %.1f; the target is 3-7", avg, worst)
	}
}

// modePolicies is every bot policy in play.go, fresh for one run.
func modePolicies(seed int64) map[string]game.Policy {
	out := map[string]game.Policy{
		"first":          game.FirstOption,
		"aim-generalist": game.AimFor("generalist", "clinic"),
	}
	for _, st := range game.Styles {
		out[string(st)] = game.StylePolicy(st, &game.RNG{State: uint64(seed)})
	}
	return out
}

func TestEveryModePlaysToTheReportFromAnyCode(t *testing.T) {
	c := content(t)
	for _, m := range game.Modes {
		for seed := int64(1); seed <= 40; seed++ {
			code := game.NewClassCode(seed * 7919)
			for name, p := range modePolicies(seed) {
				s := game.NewSession(c, game.Options{Name: "Bot", Code: code, Mode: m})
				if err := s.PlayToEnd(p, 5000); err != nil {
					t.Fatalf("%s, code %s, policy %s: %v at step %+v", m, code, name, err, s.St().Item())
				}
				r := s.Report()
				if r.Mode != m || r.Code != code || r.Version != game.GameVersion {
					t.Fatalf("%s, code %s: the report says mode %q, code %q, version %q", m, code, r.Mode, r.Code, r.Version)
				}
				if s.St().Role == "" || s.St().Setting == "" {
					t.Fatalf("%s, code %s, policy %s: the run ended with no job", m, code, name)
				}
			}
		}
	}
}

// playedOrder plays a run and returns the scenarios it met, in order, and its report
// as JSON.
func playedOrder(t *testing.T, c *game.Content, o game.Options, seed uint64) ([]string, []byte) {
	t.Helper()
	s := game.NewSession(c, o)
	p := game.StylePolicy(game.StyleRandom, &game.RNG{State: seed})
	var order []string
	for n := 0; n < 5000; n++ {
		if cur := s.St().Current; cur != "" && (len(order) == 0 || order[len(order)-1] != cur) {
			order = append(order, cur)
		}
		more, err := s.Act1(p)
		if err != nil {
			t.Fatal(err)
		}
		if !more {
			b, err := json.Marshal(s.Report())
			if err != nil {
				t.Fatal(err)
			}
			return order, b
		}
	}
	t.Fatalf("%s did not reach the report", o.Mode)
	return nil, nil
}

func TestSameCodeSameChoicesSameReportInEveryMode(t *testing.T) {
	c := content(t)
	for _, m := range game.Modes {
		o := game.Options{Name: "Ana", Code: "BAKERS", Mode: m}
		order1, r1 := playedOrder(t, c, o, 11)
		order2, r2 := playedOrder(t, c, o, 11)
		if !bytes.Equal(r1, r2) {
			t.Errorf("%s: the same code and choices gave two different reports", m)
		}
		if strings.Join(order1, ",") != strings.Join(order2, ",") {
			t.Errorf("%s: the same code met events in two orders", m)
		}
		if !bytes.Contains(r1, []byte(`"Mode":"`+string(m)+`"`)) {
			t.Errorf("%s: the report does not carry its mode: %.200s", m, r1)
		}
		// other codes, same choices: the class meets other events or another order
		orders := map[string]bool{strings.Join(order1, ","): true}
		for _, code := range []string{"CLOVER", "DAHLIA", "FERNED", "GINGER", "HAZELS"} {
			o.Code = code
			order, _ := playedOrder(t, c, o, 11)
			orders[strings.Join(order, ",")] = true
		}
		if len(orders) < 4 {
			t.Errorf("%s: six class codes gave only %d event orders", m, len(orders))
		}
	}
}

func TestManagerOnlyStartsInTheChosenJob(t *testing.T) {
	c := content(t)
	roles := game.ManagerRoles(c)
	if len(roles) == 0 {
		t.Fatal("no role is open to a new manager")
	}
	for _, r := range roles {
		if r.ID == "nursing-director" || r.ID == "pharmacy-director" {
			t.Errorf("%s needs a licence path, yet manager-only mode offers it", r.ID)
		}
		for _, se := range game.RoleSettings(c, r.ID) {
			s := game.NewSession(c, game.Options{Name: "M", Seed: 3, Mode: game.ModeManager, Role: r.ID, Setting: se})
			st := s.St()
			if st.Role != r.ID || st.Setting != se {
				t.Fatalf("asked for %s at %s, started as %s at %s", r.ID, se, st.Role, st.Setting)
			}
			if st.Pay < game.PayLow10 || st.Pay > game.PayHigh10 || st.Degree == "" {
				t.Errorf("%s at %s: pay %d, degree %q", r.ID, se, st.Pay, st.Degree)
			}
			if step := s.Step(); step.Kind != game.StepIntro || st.Act() != game.ActManager {
				t.Errorf("%s at %s: the run opens on step kind %v in act %s, not Act 4's card", r.ID, se, step.Kind, st.Act())
			}
		}
	}
	// a role that needs a licence path is not given: the seed draws an open one
	s := game.NewSession(c, game.Options{Seed: 3, Mode: game.ModeManager, Role: "nursing-director", Setting: "hospital"})
	if s.St().Role == "nursing-director" {
		t.Error("manager-only mode started a nursing director without the licence path")
	}
}

func TestExpressIsThreeHeadlineDecisions(t *testing.T) {
	c := content(t)
	for seed := int64(1); seed <= 60; seed++ {
		s := game.NewSession(c, game.Options{Seed: seed, Mode: game.ModeExpress})
		p := game.StylePolicy(game.StyleRandom, &game.RNG{State: uint64(seed)})
		decisions := 0
		for s.Step().Kind != game.StepWeek {
			if k := s.Step().Kind; k == game.StepPickOne || k == game.StepScenario {
				decisions++
			}
			if _, err := s.Act1(p); err != nil {
				t.Fatal(err)
			}
		}
		if decisions != 2 {
			t.Errorf("seed %d: the career-day road asks %d decisions, want 2 (a degree, a job offer)", seed, decisions)
		}
		in := s.St().Inbox
		if len(in) != 3 {
			t.Fatalf("seed %d: the career-day week has %d inbox items, want 3: %+v", seed, len(in), in)
		}
		for _, it := range in {
			if it.System != "" || it.Scenario == "" {
				t.Errorf("seed %d: the career-day week holds a desk: %+v", seed, it)
			}
		}
	}
}

func TestSaveWithUnknownModeIsRefused(t *testing.T) {
	c := content(t)
	for _, m := range game.Modes {
		s := game.NewSession(c, game.Options{Seed: 2, Mode: m})
		for i := 0; i < 8; i++ {
			if _, err := s.Act1(game.FirstOption); err != nil {
				t.Fatal(err)
			}
		}
		data, err := s.Save()
		if err != nil {
			t.Fatal(err)
		}
		back, err := game.Load(c, data)
		if err != nil {
			t.Fatalf("%s: a saved run does not load: %v", m, err)
		}
		if err := back.PlayToEnd(game.FirstOption, 5000); err != nil {
			t.Fatalf("%s: a loaded run does not play to the report: %v", m, err)
		}
		s.St().Mode = "marathon"
		data, _ = s.Save()
		if _, err := game.Load(c, data); err == nil || !strings.Contains(err.Error(), "marathon") {
			t.Errorf("a save in mode %q loaded (err %v); it should be refused, naming the mode", "marathon", err)
		}
	}
}

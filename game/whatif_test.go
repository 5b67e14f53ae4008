package game_test

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strconv"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// playStyled plays a career the way cmd/bot does, plus what a person does that the
// bot does not: leaving a desk and coming back, and sending the desk's commands one
// by one (some refused). Every input goes through the session's public commands.
func playStyled(t testing.TB, s *game.Session, style game.Style, seed uint64) {
	t.Helper()
	rng := &game.RNG{State: seed}
	pol := game.StylePolicy(style, rng)
	left := map[string]bool{}
	for n := 0; n < 5000; n++ {
		st := s.Step()
		switch st.Kind {
		case game.StepReport:
			return
		case game.StepSystem:
			key := st.System + "@" + strconv.Itoa(st.Progress.Week)
			if !left[key] && rng.Intn(3) == 0 {
				left[key] = true
				if err := s.LeaveSystem(); err != nil {
					t.Fatal(err)
				}
				continue
			}
			for _, k := range game.CommandKinds() {
				if k.Duty() == st.System && rng.Intn(2) == 0 {
					_ = s.Do(k)
				}
			}
			s.AutoSystemStyle(style, rng)
			if s.FinishSystem() != nil {
				s.AutoSystem()
				if err := s.FinishSystem(); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		if _, err := s.Act1(pol); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("the career did not reach the report")
}

// A replay of the recorded inputs gives the same career: for many seeds and every
// bot style, the What-if "was" side equals the real report exactly.
func TestReplayReproducesTheRun(t *testing.T) {
	c := content(t)
	n := 0
	for seed := int64(1); seed <= 40; seed++ {
		style := game.Styles[int(seed)%len(game.Styles)]
		o := game.Options{Name: "Ava", Seed: seed * 7919}
		if seed%4 == 0 {
			o.Code = game.NewClassCode(seed) // a class's run: the code decides the seed
		}
		s := game.NewSession(c, o)
		playStyled(t, s, style, uint64(seed))
		ds, err := game.Decisions(s)
		if err != nil {
			t.Fatalf("seed %d (%s): %v", seed, style, err)
		}
		if len(ds) < 10 {
			t.Fatalf("seed %d: only %d decisions listed", seed, len(ds))
		}
		was, _, err := game.WhatIf(s, 0, (ds[0].Chosen+1)%len(ds[0].Options))
		if err != nil {
			t.Fatalf("seed %d (%s): %v", seed, style, err)
		}
		if !reflect.DeepEqual(was.Report, s.Report()) || was.BotSteps != 0 {
			t.Fatalf("seed %d (%s): the replayed career differs from the real one", seed, style)
		}
		n++
	}
	t.Logf("%d careers replayed exactly", n)
}

// Another option at a decision gives a career that is the same before it and
// differs from it on; the real run and its save are never changed.
func TestWhatIfDiffersFromThatDecisionOn(t *testing.T) {
	c := content(t)
	for seed := int64(3); seed <= 8; seed++ {
		s := game.NewSession(c, game.Options{Name: "Ben", Seed: seed})
		playStyled(t, s, game.StyleBalanced, uint64(seed))
		before, _ := s.Save()
		ds, err := game.Decisions(s)
		if err != nil {
			t.Fatal(err)
		}
		// a manager's decision late in the run and a road decision early in it
		for _, d := range []int{len(ds) - 2, 1} {
			dec := ds[d]
			other := (dec.Chosen + 1) % len(dec.Options)
			was, alt, err := game.WhatIf(s, d, other)
			if err != nil {
				t.Fatalf("seed %d decision %d: %v", seed, d, err)
			}
			if d == len(ds)-2 && alt.Replayed == 0 {
				t.Errorf("seed %d: none of the player's later inputs were replayed after a week-%d change", seed, dec.Week)
			}
			t.Logf("seed %d decision %d (week %d): %d own inputs replayed, %d bot steps", seed, d, dec.Week, alt.Replayed, alt.BotSteps)
			h := historyAt(was.Report.History, dec)
			if h < 0 {
				t.Fatalf("seed %d decision %d: not found in the history", seed, d)
			}
			if !reflect.DeepEqual(was.Report.History[:h], alt.Report.History[:h]) {
				t.Fatalf("seed %d decision %d: the careers differ before the decision", seed, d)
			}
			if reflect.DeepEqual(was.Report.History[h].Choice, alt.Report.History[h].Choice) {
				t.Fatalf("seed %d decision %d: the other option was not taken: %v", seed, d, alt.Report.History[h].Choice)
			}
			if !reflect.DeepEqual(alt.Report.History[h].Choice, dec.Options[other]) && dec.Act == game.ActManager {
				t.Fatalf("seed %d decision %d: took %v, want %v", seed, d, alt.Report.History[h].Choice, dec.Options[other])
			}
		}
		after, _ := s.Save()
		if !bytes.Equal(before, after) {
			t.Fatalf("seed %d: What if changed the real run", seed)
		}
	}
}

// historyAt finds the history entry a decision wrote: the first entry with its
// title and chosen option (a scenario's title and choice).
func historyAt(h []game.Entry, d game.Decision) int {
	for i, e := range h {
		if e.Week == d.Week && e.Choice.Key == d.Options[d.Chosen].Key && reflect.DeepEqual(e.Choice, d.Options[d.Chosen]) {
			return i
		}
	}
	for i, e := range h {
		if e.Week == d.Week && reflect.DeepEqual(e.Title, d.Title) {
			return i
		}
	}
	return -1
}

// An old save has no recorded inputs: What if? says so and nothing breaks.
func TestOldSaveHasNoWhatIf(t *testing.T) {
	c := content(t)
	data, err := os.ReadFile("testdata/save-v1-week2.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := game.Load(c, data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := game.Decisions(s); !errors.Is(err, game.ErrNoWhatIf) {
		t.Fatalf("old save: %v, want ErrNoWhatIf", err)
	}
	if _, _, err := game.WhatIf(s, 0, 1); !errors.Is(err, game.ErrNoWhatIf) {
		t.Fatalf("old save: %v, want ErrNoWhatIf", err)
	}
	if err := s.PlayToEnd(game.FirstOption, 3000); err != nil {
		t.Fatal(err)
	}
	if _, err := game.Decisions(s); !errors.Is(err, game.ErrNoWhatIf) {
		t.Fatalf("old save played on: %v, want ErrNoWhatIf", err)
	}
}

// A run changed behind the rules' back (a tool's Edit) is not replayed as if exact.
func TestEditedRunIsNotExact(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Cy", Seed: 11})
	playStyled(t, s, game.StyleFirst, 11)
	s.Edit(func(st *game.State) { st.Player.Stress += 5 })
	if _, err := game.Decisions(s); !errors.Is(err, game.ErrNotExact) {
		t.Fatalf("edited run: %v, want ErrNotExact", err)
	}
}

// A saved and loaded run keeps its log, and the log costs little of the save.
func TestInputLogSaveSize(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Dee", Seed: 5})
	playStyled(t, s, game.StyleCautious, 5)
	with, _ := s.Save()
	l, err := game.Load(c, with)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := game.Decisions(l); err != nil {
		t.Fatalf("loaded run: %v", err)
	}
	log := s.St().Inputs
	kinds := map[byte]int{}
	cmdBytes := 0
	for _, in := range log.In {
		kinds[in[0]]++
		if in[0] == 'd' {
			cmdBytes += len(in) + 3
		}
	}
	t.Logf("%d duty commands, %d bytes each on average", kinds['d'], cmdBytes/max(1, kinds['d']))
	for _, k := range "kcFdLs" {
		if kinds[byte(k)] == 0 {
			t.Errorf("no %q input in the log of a career that has them: %v", k, kinds)
		}
	}
	s.Edit(func(st *game.State) { st.Inputs = nil })
	without, _ := s.Save()
	t.Logf("full career save: %d bytes without the input log, %d with it (+%d, %d inputs)", len(without), len(with), len(with)-len(without), len(log.In))
	if len(with)-len(without) > 12000 {
		t.Errorf("the input log costs %d bytes", len(with)-len(without))
	}
}

// Every decision of a career can be changed to every other option, and the run
// always reaches a report: the player's own inputs where they fit, the bot where
// the story went elsewhere (a different degree or job leads to steps the real run
// never had).
func TestWhatIfEveryDecisionReachesTheReport(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Eli", Seed: 21})
	playStyled(t, s, game.StyleGreedy, 21)
	ds, err := game.Decisions(s)
	if err != nil {
		t.Fatal(err)
	}
	bot := 0
	for d, dec := range ds {
		for o := range dec.Options {
			if o == dec.Chosen {
				continue
			}
			_, alt, err := game.WhatIf(s, d, o)
			if err != nil {
				t.Fatalf("decision %d option %d: %v", d, o, err)
			}
			if len(alt.Report.Endings) == 0 {
				t.Fatalf("decision %d option %d: no ending", d, o)
			}
			bot += alt.BotSteps
		}
	}
	if bot == 0 {
		t.Error("no What-if ever needed the bot: the fallback is untested")
	}
}

// A damaged log (a hand-edited save) never crashes: What if? is not exact, and says so.
func TestDamagedLogIsRefused(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Fay", Seed: 13})
	playStyled(t, s, game.StyleFirst, 13)
	good := append([]string(nil), s.St().Inputs.In...)
	for _, bad := range []string{"", "c", "c-1", "c99", "x", "dNoSuch[]", "dBillingRate[", "dBillingRate[-5,9]", "dBillingRate[1]", "dBillingRate[\"x\",1]", "s:", "sfirst:zz", "t1000"} {
		for _, at := range []int{0, len(good) / 2, len(good) - 1} {
			in := append(append(append([]string(nil), good[:at]...), bad), good[at:]...)
			s.Edit(func(st *game.State) { st.Inputs.In = in })
			if _, err := game.Decisions(s); err == nil {
				if _, _, err := game.WhatIf(s, 0, 1); err == nil {
					continue // an input the run simply refused: still the same career
				}
			} else if !errors.Is(err, game.ErrNotExact) {
				t.Fatalf("%q at %d: %v", bad, at, err)
			}
		}
	}
}

// What if? replays a run of every play mode exactly (a manager-only run restarts in
// the job it began in; class and express keep their own length).
func TestReplayIsExactInEveryMode(t *testing.T) {
	c := content(t)
	for _, m := range game.Modes {
		for seed := int64(1); seed <= 6; seed++ {
			s := game.NewSession(c, game.Options{Name: "Ava", Seed: seed * 31, Mode: m})
			playStyled(t, s, game.StyleBalanced, uint64(seed))
			ds, err := game.Decisions(s)
			if err != nil {
				t.Fatalf("%s seed %d: %v", m, seed, err)
			}
			if len(ds) == 0 {
				t.Fatalf("%s seed %d: no decisions listed", m, seed)
			}
			d := len(ds) - 1
			was, alt, err := game.WhatIf(s, d, (ds[d].Chosen+1)%len(ds[d].Options))
			if err != nil {
				t.Fatalf("%s seed %d: %v", m, seed, err)
			}
			if !reflect.DeepEqual(was.Report, s.Report()) {
				t.Fatalf("%s seed %d: the replayed career differs from the real one", m, seed)
			}
			if alt.Report.Mode != m {
				t.Fatalf("%s seed %d: the what-if career is a %s run", m, seed, alt.Report.Mode)
			}
		}
	}
}

package game_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
)

// Reading pace and thinking time used to estimate how long Acts 1-3 take.
const (
	wordsPerMinute   = 150.0
	secondsPerChoice = 4.0
	minRoadMinutes   = 8.0
	// 12 before the act recaps (issue 14): the three recaps add about 1.5 minutes of
	// reading over the choices the player just made; counted honestly in readStep
	maxRoadMinutes   = 14.0
	readingTestSeeds = 6
)

// roadMinutes plays Acts 1-3 and estimates the reading time: every word on every
// screen at 150 words a minute, plus a few seconds per decision.
func roadMinutes(t *testing.T, c *game.Content, cat game.Catalog, seed int64, policy game.Policy) (minutes float64, words, decisions int) {
	s := game.NewSession(c, game.Options{Name: "Reader", Seed: seed})
	count := func(l game.Line) { words += len(strings.Fields(l.Render("en", cat))) }
	last := ""
	for n := 0; n < 500 && s.St().Act() != game.ActManager; n++ {
		st := s.Step()
		// a screen is read once, however many clicks it takes (ticking courses)
		id := fmt.Sprintf("%d/%s/%v", s.St().Pos, s.St().Current, s.St().Outcome != nil)
		if id == last {
			if _, err := s.Act1(policy); err != nil {
				t.Fatal(err)
			}
			continue
		}
		last = id
		words += readStep(st, count)
		if isDecision(st.Kind) {
			decisions++
		}
		if _, err := s.Act1(policy); err != nil {
			t.Fatal(err)
		}
	}
	minutes = float64(words)/wordsPerMinute + float64(decisions)*secondsPerChoice/60
	return minutes, words, decisions
}

func TestRoadTakesEightToTwelveMinutes(t *testing.T) {
	c := content(t)
	cat, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for seed := int64(1); seed <= readingTestSeeds; seed++ {
		m, w, d := roadMinutes(t, c, cat, seed, game.FirstOption)
		t.Logf("seed %d: %d words, %d decisions: %.1f minutes", seed, w, d, m)
		total += m
	}
	avg := total / readingTestSeeds
	t.Logf("Acts 1-3 average %.1f minutes at %.0f words a minute plus %.0f s a decision", avg, wordsPerMinute, secondsPerChoice)
	if avg < minRoadMinutes || avg > maxRoadMinutes {
		t.Errorf("Acts 1-3 take about %.1f minutes; the target is %.0f-%.0f", avg, minRoadMinutes, maxRoadMinutes)
	}
}

// readStep counts the words a step shows (its title, speaker, body, options and
// outcome lines) with count, and returns the words its changes add: three each.
func readStep(st game.Step, count func(game.Line)) int {
	count(st.Title)
	count(st.Who)
	count(st.Body)
	for _, o := range st.Options {
		count(o.Label)
		count(o.Detail)
		count(o.Tag)
	}
	if r := st.Recap; r != nil {
		// the act's recap: its moment card and three parts, three words a change
		count(r.Headline)
		count(r.Sub)
		for _, l := range append(append([]game.Line(nil), r.Chose...), r.Opened...) {
			count(l)
		}
		return 3 * len(r.Moved)
	}
	if st.Outcome == nil {
		return 0
	}
	for _, l := range st.Outcome.Lines {
		count(l)
	}
	return 3 * len(st.Outcome.Changes)
}

// isDecision reports whether a step asks the player to choose.
func isDecision(k game.StepKind) bool {
	return k == game.StepPickOne || k == game.StepScenario || k == game.StepPickMany
}

package main

import (
	"testing"
	"time"

	"github.com/hsmgame/healthmanager/scenarios"
)

// testCareers is how many careers a style the test plays: enough for the shapes, small
// enough for CI (about 25-40 s on two cores) and for every scenario to come up.
const testCareers = 500

// The ending is earned by play: a manager who balances the meters is usually promoted,
// one who plays at random rarely is; the careful manager seldom burns out and the
// greedy one usually does; every ending happens in some style; every scenario is met;
// and nothing panics, sticks or breaks an invariant on the way.
func TestEndingsFollowPlay(t *testing.T) {
	if testing.Short() {
		t.Skip("plays 2,500 careers")
	}
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	r := Run(c, testCareers, 1)
	t.Logf("%d careers in %v", r.Careers, time.Since(start).Round(time.Millisecond))
	if r.Panics+r.Softlocks+r.Violations > 0 {
		t.Fatalf("panics %d, soft-locks %d, violations %d: %v", r.Panics, r.Softlocks, r.Violations, r.Problems)
	}
	if len(r.Unreached) > 0 {
		t.Errorf("no career reached %v", r.Unreached)
	}
	share := func(style, kind, ending string) float64 {
		tl := r.Policies[style]
		m := tl.Main
		if kind == "added" {
			m = tl.Added
		}
		return float64(m[ending]) / testCareers
	}
	// the targets for 2,000 careers, with a little slack for the smaller sample
	checks := []struct {
		what     string
		got      float64
		min, max float64
	}{
		{"balanced promotions", share("balanced", "main", "promotion"), 0.45, 1},
		{"random promotions", share("random", "main", "promotion"), 0, 0.25},
		{"cautious burnouts", share("cautious", "added", "burnout"), 0, 0.25},
		{"greedy burnouts", share("greedy", "added", "burnout"), 0.45, 1},
	}
	for _, c := range checks {
		if c.got < c.min || c.got > c.max {
			t.Errorf("%s: %.0f%% of careers, want %.0f%%-%.0f%%", c.what, c.got*100, c.min*100, c.max*100)
		}
	}
	for kind, endings := range map[string][]string{"main": {"promotion", "steady", "board_warning"}, "added": {"survey_finding", "burnout", "balanced"}} {
		for _, e := range endings {
			best := 0.0
			for style := range r.Policies {
				best = max(best, share(style, kind, e))
			}
			if best < 0.04 {
				t.Errorf("the %s ending %q comes to at most %.1f%% of any style's careers", kind, e, best*100)
			}
		}
	}
}

// The same seed plays the same careers.
func TestBotIsDeterministic(t *testing.T) {
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	a, b := Run(c, 20, 7), Run(c, 20, 7)
	for style, ta := range a.Policies {
		tb := b.Policies[style]
		for k, v := range ta.Main {
			if tb.Main[k] != v {
				t.Fatalf("%s: main ending %s %d then %d", style, k, v, tb.Main[k])
			}
		}
		for k, v := range ta.Added {
			if tb.Added[k] != v {
				t.Fatalf("%s: added ending %s %d then %d", style, k, v, tb.Added[k])
			}
		}
	}
}

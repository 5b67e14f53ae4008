package main

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenarios"
)

// Every play mode's careers reach the report in every bot style with no panic, no
// soft-lock and no broken invariant.
func TestEveryModePlaysCleanly(t *testing.T) {
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range game.Modes {
		r := RunMode(c, 40, 3, m)
		if r.Careers != 40*len(game.Styles) || r.Panics+r.Softlocks+r.Violations > 0 {
			t.Errorf("%s: %d careers, panics %d, soft-locks %d, violations %d: %v", m, r.Careers, r.Panics, r.Softlocks, r.Violations, r.Problems)
		}
	}
}

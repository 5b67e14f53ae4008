package scenes_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

// A HIPAA scenario does not hand over the rule that decides it: on the scenario screen
// there is no fact card to open (F does nothing), and the debrief after the choice
// opens it.
func TestHipaaFactOpensOnlyAfterTheChoice(t *testing.T) {
	h, ctx, s := managerHarness(t)
	s.Edit(func(st *game.State) { st.Outcome, st.System, st.Current = nil, "", "hipaa-lost-laptop" })
	ctx.Sync()
	h.settle()
	if h.scene() != "scenario" {
		t.Fatalf("the screen is %q, want the laptop scenario", h.scene())
	}
	h.key(scenes.Input{Fact: true})
	if h.scene() != "scenario" {
		t.Fatalf("F on a HIPAA scenario opened %q before the choice; the rule must wait for the debrief", h.scene())
	}
	h.shot("fact-after-scenario")
	h.enter()
	if h.scene() != "outcome" {
		t.Fatalf("choosing left %q, want the debrief", h.scene())
	}
	h.shot("fact-after-outcome")
	h.key(scenes.Input{Fact: true})
	if h.scene() != "fact" {
		t.Fatalf("F on the debrief opened %q, want the fact card with the rule", h.scene())
	}
	h.shot("fact-after-card")
}

// managerHarness starts a career through the title and name screens (as "Fa") and
// plays the road with the first options until the manager's first week.
func managerHarness(t *testing.T) (*harness, *scenes.Context, *game.Session) {
	t.Helper()
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Fa")})
	h.enter()
	ctx := h.app.Context()
	s := ctx.Session
	for n := 0; n < 3000 && s.View().Week() == 0; n++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	return h, ctx, s
}

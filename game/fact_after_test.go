package game_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// A compliance scenario tests the rule instead of handing it over: while the player
// decides, a HIPAA scenario (and any other marked fact_after) offers no fact card; the
// debrief that follows the choice carries it. A scenario without the mark still
// offers its card before the choice.
func TestRuleFactsOpenAfterTheChoice(t *testing.T) {
	c := content(t)
	s := atFirstWeek(t)
	after, before := 0, 0
	for i := range c.Scenarios {
		sc := c.Scenarios[i]
		if sc.Act != game.ActManager || sc.Fact == nil {
			continue
		}
		if sc.Duty == "hipaa" && !sc.FactAfter {
			t.Errorf("%s (%s:%d): a HIPAA scenario shows the rule that decides it before the choice; set fact_after: true", sc.ID, sc.File, sc.Line)
		}
		s.Edit(func(st *game.State) { st.Outcome, st.System, st.Current = nil, "", sc.ID })
		step := s.Step()
		if step.Kind != game.StepScenario {
			t.Fatalf("%s: the step is %v, not the scenario", sc.ID, step.Kind)
		}
		if sc.FactAfter {
			after++
			if step.Fact != nil {
				t.Errorf("%s: fact_after, but the fact card %q is offered before the choice", sc.ID, step.Fact.Text.In("en"))
			}
		} else {
			before++
			if step.Fact == nil || step.Fact.Text.In("en") != sc.Fact.Text.In("en") {
				t.Errorf("%s: no fact_after, yet its fact card is not offered before the choice", sc.ID)
			}
		}
		if err := s.Choose(len(sc.Choices) - 1); err != nil {
			t.Fatalf("%s: %v", sc.ID, err)
		}
		out := s.Step()
		if out.Kind != game.StepOutcome || out.Fact == nil || out.Fact.Text.In("en") != sc.Fact.Text.In("en") {
			t.Errorf("%s: the debrief after the choice does not carry the fact card (step %v, fact %v)", sc.ID, out.Kind, out.Fact)
		}
	}
	if after < 7 || before == 0 {
		t.Errorf("%d scenarios open their fact after the choice and %d before; want the HIPAA ones (7+) after and the rest before", after, before)
	}
}

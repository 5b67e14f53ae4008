package scenarios

import (
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// Every profile duty, role and setting is taught by at least three scenarios.
func TestCoverageAtLeastThreePerDutyRoleAndSetting(t *testing.T) {
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	rows := Coverage(c)
	if len(rows) != len(c.Duties)+len(c.Roles)+len(c.Settings) {
		t.Fatalf("coverage has %d rows, want one per duty, role and setting", len(rows))
	}
	for _, r := range rows {
		if len(r.Scenarios) < MinPerDuty {
			t.Errorf("%s %s has %d scenarios (%s), want at least %d", r.Kind, r.ID, len(r.Scenarios), strings.Join(r.Scenarios, ", "), MinPerDuty)
		}
	}
}

// The library holds at least 60 scenarios, and every manager scenario carries what
// a teacher needs: a duty, an objective, a standard, a source, three or more choices
// with a debrief each.
func TestLibraryIsComplete(t *testing.T) {
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Scenarios) < 60 {
		t.Fatalf("%d scenarios, want at least 60", len(c.Scenarios))
	}
	chains, skilled, delayed, conditional := 0, 0, 0, 0
	for _, sc := range c.Scenarios {
		if sc.Act != game.ActManager {
			continue
		}
		if len(sc.Choices) < 3 {
			t.Errorf("%s: %d choices", sc.ID, len(sc.Choices))
		}
		for _, ch := range sc.Choices {
			if ch.Next != "" || len(ch.Set) > 0 {
				chains++
			}
			if ch.Skilled != nil {
				skilled++
			}
			if len(ch.Later) > 0 {
				delayed++
			}
		}
		if sc.When != nil {
			conditional++
		}
	}
	t.Logf("manager choices: %d chain, %d skill bonuses, %d delayed effects; %d conditional scenarios", chains, skilled, delayed, conditional)
	if chains < 5 || skilled < 10 || delayed < 20 || conditional < 5 {
		t.Error("the library lacks variety: chains, skill bonuses, delayed effects and conditions are all needed")
	}
}

package scenes

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// Every duty in the core's one table has exactly one screen, and no screen is left
// over for a duty the core does not have; an unknown duty opens the error screen,
// never another duty's desk.
func TestEveryRegisteredDutyHasOneScreen(t *testing.T) {
	for _, d := range game.Duties {
		if _, ok := dutyScreens[d.ID]; !ok {
			t.Errorf("duty %q has no screen in dutyScreens", d.ID)
		}
	}
	for id := range dutyScreens {
		if _, err := game.DutyByID(id); err != nil {
			t.Errorf("screen for %q, which is not in game.Duties", id)
		}
	}
	if len(dutyScreens) != len(game.Duties) {
		t.Errorf("%d screens for %d duties", len(dutyScreens), len(game.Duties))
	}
	if s := dutyScene("no-such-duty"); s.Name() != "error" {
		t.Errorf("an unknown duty opened %q, want the error screen", s.Name())
	}
}

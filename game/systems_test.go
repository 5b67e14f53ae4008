package game_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// openDuty plays a run with seed until the duty screen id is in a week's inbox,
// and opens it. Every duty screen's tests reach their screen through it.
func openDuty(t *testing.T, seed int64, id game.SystemID) *game.Session {
	t.Helper()
	return openDutyIn(t, seed, id, "")
}

// openDutyIn plays a run with the first option until a week's inbox holds the duty
// screen id, makes the run's workplace setting (unless it is ""), and opens the screen: the desk is
// dealt for that setting.
func openDutyIn(t *testing.T, seed int64, id game.SystemID, setting string) *game.Session {
	t.Helper()
	s := game.NewSession(content(t), game.Options{Name: "Pat", Seed: seed})
	for n := 0; n < 3000; n++ {
		st := s.St()
		if st.Item().Kind == game.ItemWeek && st.System == "" && st.Outcome == nil && st.Current == "" {
			for i, in := range st.Inbox {
				if in.System == id && !in.Done {
					if setting != "" {
						s.Edit(func(st *game.State) { st.Setting = setting })
					}
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					if s.Step().Kind != game.StepSystem || s.St().System != id {
						t.Fatalf("choosing the %s item did not open its screen", id)
					}
					return s
				}
			}
		}
		more, err := s.Act1(game.FirstOption)
		if err != nil {
			t.Fatal(err)
		}
		if !more {
			break
		}
	}
	t.Fatalf("seed %d: the run never offered the %s screen", seed, id)
	return nil
}

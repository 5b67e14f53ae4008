package scenes_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

// qeOpenScreen starts a career, plays the core to the last manager week and opens
// the quarter-end duty screen sys, then lets the app show it.
func qeOpenScreen(t *testing.T, h *harness, sys game.SystemID) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	ctx.StartCareer("Ava")
	s := ctx.Session
	for n := 0; n < 3000; n++ {
		st := s.LegacyState()
		if st.Item().Kind == game.ItemWeek && st.Week == st.Weeks && st.System == "" && st.Outcome == nil && st.Current == "" {
			for i, in := range st.Inbox {
				if in.System == sys && !in.Done {
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					ctx.Sync()
					h.tick(scenes.Input{})
					if h.scene() != "system-"+sys {
						t.Fatalf("opened %q, want system-%s", h.scene(), sys)
					}
					return s
				}
			}
		}
		if more, err := s.Act1(game.FirstOption); err != nil || !more {
			t.Fatalf("never reached the %s screen (err %v)", sys, err)
		}
	}
	t.Fatalf("never reached the %s screen", sys)
	return nil
}

func TestBudgetScreenKeyboardMouseAndDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 3})
	s := qeOpenScreen(t, h, game.SysBudget)
	b := s.LegacyState().Sys.Budget
	h.shot("system-budget-statement")

	// keyboard: Right twice to the "3 Next quarter" tab, Enter opens it
	h.key(scenes.Input{Right: true})
	h.key(scenes.Input{Right: true})
	h.enter()
	if b.Tab != 2 {
		t.Fatalf("Enter on the third tab opened page %d, want 2", b.Tab)
	}
	// Tab three times (past the audit tab and the fact card) to nursing's "−",
	// Enter cuts one step
	before := b.Depts[0].Next
	for k := 0; k < 3; k++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if b.Depts[0].Next != before-b.Step {
		t.Fatalf("nursing after − is %d, want %d", b.Depts[0].Next, before-b.Step)
	}
	if b.Remaining() != b.Step {
		t.Fatalf("remaining %d after one cut, want %d", b.Remaining(), b.Step)
	}
	// mouse: click nursing's "+" to put it back
	h.click(534, 206+74+22)
	if b.Depts[0].Next != before || b.Remaining() != 0 {
		t.Fatalf("after clicking + nursing is %d (want %d), remaining %d", b.Depts[0].Next, before, b.Remaining())
	}
	// a second "+" is refused: nothing is left to allocate, and the screen says so
	h.click(534, 206+74+22)
	if b.Depts[0].Next != before {
		t.Fatal("+ with nothing left unallocated changed the allocation")
	}
	h.shot("system-budget")

	// the variance page by click, and one explanation picked by click
	h.click(330, 172)
	if b.Tab != 1 {
		t.Fatalf("clicking the second tab opened page %d", b.Tab)
	}
	row := -1
	for i := range b.Depts {
		if b.Depts[i].Material() {
			row = i
			break
		}
	}
	if row >= 0 {
		h.click(1080, 206+50+float64(row)*58+20)
		if b.Depts[row].Explain != 0 {
			t.Fatalf("clicking the explanation set %d, want the first cause", b.Depts[row].Explain)
		}
	}
	h.shot("system-budget-variance")
	h.click(660, 172)
	h.shot("system-budget-audit")

	// Done: the audit runs and the debrief shows
	h.click(110, 720-45)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	if o := s.LegacyState().Outcome; o == nil || o.Title.Key != "sys.budget.out.title" {
		t.Fatalf("outcome %+v, want the budget debrief", s.LegacyState().Outcome)
	}
	h.shot("system-budget-outcome")
}

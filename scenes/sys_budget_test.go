package scenes_test

import (
	"strings"
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
		st := s.State()
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

// quarterKit is the duty screen on display, on the kit.
func quarterKit(t *testing.T, h *harness) *scenes.DutyKit {
	t.Helper()
	k, ok := h.app.Top().(*scenes.DutyKit)
	if !ok {
		t.Fatalf("the screen on display is %q, not a duty screen on the kit", h.scene())
	}
	return k
}

// budgetDesk is the budget desk as the run holds it now.
func budgetDesk(t *testing.T, s *game.Session) game.BudgetPlan {
	t.Helper()
	b, ok := s.View().BudgetDesk()
	if !ok {
		t.Fatal("no budget desk")
	}
	return b
}

// budgetTabX is the middle of the budget screen's tab i (four across the desk).
func budgetTabX(i int) float64 { return 40 + float64(i)*(1170.0/4+10) + 1170.0/8 }

func TestBudgetScreenKeyboardMouseAndDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 3})
	s := qeOpenScreen(t, h, game.SysBudget)
	k := quarterKit(t, h)
	h.shot("system-budget-statement")

	// F, and the statement's own button, open the fact card with the benchmark's source
	h.key(scenes.Input{Fact: true})
	if h.scene() != "fact" {
		t.Fatalf("F opened %q, want the fact card", h.scene())
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "system-budget" {
		t.Fatalf("closing the fact card left %q", h.scene())
	}

	// keyboard: Right twice to the "3 Next quarter" tab, Enter opens it
	h.key(scenes.Input{Right: true})
	h.key(scenes.Input{Right: true})
	h.enter()
	if k.Tab != 2 {
		t.Fatalf("Enter on the third tab opened page %d, want 2", k.Tab)
	}
	// Tab twice (past the audit tab) to nursing's "−", Enter cuts one step
	b := budgetDesk(t, s)
	before := b.Depts[0].Next
	for i := 0; i < 2; i++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	b = budgetDesk(t, s)
	if b.Depts[0].Next != before-b.Step {
		t.Fatalf("nursing after − is %d, want %d", b.Depts[0].Next, before-b.Step)
	}
	if b.Remaining() != b.Step {
		t.Fatalf("remaining %d after one cut, want %d", b.Remaining(), b.Step)
	}
	// mouse: click nursing's "+" to put it back
	clickCmd := func(cmd game.Command) {
		t.Helper()
		r, ok := k.ActionRect(cmd)
		if !ok {
			t.Fatalf("no button sends %#v", cmd)
		}
		h.click(r.X+r.W/2, r.Y+r.H/2)
	}
	clickCmd(game.BudgetAdjust{Dept: 0, Steps: 1})
	b = budgetDesk(t, s)
	if b.Depts[0].Next != before || b.Remaining() != 0 {
		t.Fatalf("after clicking + nursing is %d (want %d), remaining %d", b.Depts[0].Next, before, b.Remaining())
	}
	// a second "+" is refused: nothing is left to allocate, and the screen says so
	clickCmd(game.BudgetAdjust{Dept: 0, Steps: 1})
	if budgetDesk(t, s).Depts[0].Next != before {
		t.Fatal("+ with nothing left unallocated changed the allocation")
	}
	if !strings.Contains(k.Message(), "must balance") {
		t.Fatalf("the refusal says %q, want why", k.Message())
	}
	h.shot("system-budget")

	// the variance page by click, and one explanation picked by click
	h.click(budgetTabX(1), 172)
	if k.Tab != 1 {
		t.Fatalf("clicking the second tab opened page %d", k.Tab)
	}
	if k.Message() != "" {
		t.Fatalf("the refusal stayed on another page: %q", k.Message())
	}
	row := -1
	for i, d := range budgetDesk(t, s).Depts {
		if d.Material() {
			row = i
			break
		}
	}
	if row >= 0 {
		clickCmd(game.BudgetExplain{Dept: row})
		// the causes come in the order this run deals them
		d := budgetDesk(t, s).Depts[row]
		if e := d.Explain; e != d.ExplainOptions()[0] {
			t.Fatalf("clicking the explanation set %d, want the first cause offered (%d)", e, d.ExplainOptions()[0])
		}
	}
	// a variance too small to explain is not a button
	for i, d := range budgetDesk(t, s).Depts {
		if !d.Material() {
			if _, ok := k.ActionRect(game.BudgetExplain{Dept: i}); ok {
				t.Fatal("a small variance has an explanation button")
			}
			if budgetDesk(t, s).Depts[i].Explain != -1 {
				t.Fatal("a small variance took an explanation")
			}
			break
		}
	}
	h.shot("system-budget-variance")
	h.click(budgetTabX(3), 172)
	if k.Tab != 3 {
		t.Fatalf("clicking the fourth tab opened page %d", k.Tab)
	}
	h.shot("system-budget-audit")
	// the audit page says what the auditors will look at, never the verdict before Done
	for _, line := range k.List.Strings() {
		for _, verdict := range []string{h.app.Context().T("sys.budget.audit.pass"), h.app.Context().T("sys.budget.audit.fail")} {
			if strings.Contains(line, verdict) {
				t.Errorf("the audit page shows a verdict before Done: %q", line)
			}
		}
	}

	// the page on display is the screen's: leaving and coming back keeps the work
	if strings.Contains(string(budgetSave(t, s)), `"tab"`) {
		t.Error("the save holds the budget page on display")
	}

	// Done: the audit runs and the debrief shows
	h.click(110, 720-45)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	if o := s.State().Outcome; o == nil || o.Title.Key != "sys.budget.out.title" {
		t.Fatalf("outcome %+v, want the budget debrief", s.State().Outcome)
	}
	h.shot("system-budget-outcome")
}

// budgetSave is the run as it would be saved now.
func budgetSave(t *testing.T, s *game.Session) []byte {
	t.Helper()
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The budget screen reads each workplace's own income statement: a hospital's
// departments and median, a practice's providers and front office against a median
// said to be a hospital one, a health plan's premiums, medical claims and loss ratio.
func TestBudgetScreenFollowsTheSetting(t *testing.T) {
	want := map[string][]string{
		"hospital": {"Net patient revenue", "National median hospital margin"},
		"practice": {"Office visits billed", "HOSPITAL", "hospital median (a hospital figure)"},
		"mco":      {"Premiums (employers", "Medical claims paid to providers", "Medical loss ratio"},
	}
	for _, se := range []string{"hospital", "practice", "mco"} {
		h := newHarness(t, 1280, 720, scenes.Config{Weeks: 3})
		openDeskIn(t, h, game.SysBudget, se)
		text := kitText(t, h)
		for _, w := range want[se] {
			if !strings.Contains(text, w) {
				t.Errorf("%s's statement does not show %q: %s", se, w, text)
			}
		}
		h.shot("setting-budget-" + se)
		h.click(budgetTabX(1), 170)
		h.settle()
		text = kitText(t, h)
		if se != "hospital" && strings.Contains(text, "Nursing") {
			t.Errorf("%s's variance report has a nursing department: %s", se, text)
		}
		h.shot("setting-budget-" + se + "-variance")
	}
}

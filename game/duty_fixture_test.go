package game_test

import (
	"errors"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// ARCHITECTURE.md's "adding a duty", followed for real with a small fixture duty: a
// drug-recall check where the manager pulls the recalled lots from the shelves. One
// module with its command, one line in the Duties table; the session does the rest:
// the inbox brings it, Do sends its commands (and refuses another desk's), Finish
// records the debrief, the changes, the history and a delayed consequence; an
// unknown duty id is an error, never another desk.

type recallDesk struct{ pulled, lots int }

type recallDuty struct{ desk *recallDesk }

func (d recallDuty) Open(h *game.Host) { *d.desk = recallDesk{lots: 3} }

func (d recallDuty) Finish(h *game.Host) (*game.Outcome, error) {
	if d.desk.pulled < d.desk.lots {
		return nil, errors.New("lots still on the shelves")
	}
	out := &game.Outcome{Title: game.L("fixture.recall.done")}
	out.Changes = h.Apply(map[string]float64{game.PatientSatisfied: 1, game.ManagerWorkload: 1})
	out.Later = append(out.Later, h.Later(1, game.L("fixture.recall.later"), map[string]float64{game.BoardConfidence: 1}, game.L("fixture.recall.title"), game.L("fixture.recall.done")))
	return out, nil
}

func (d recallDuty) Auto(h *game.Host) { d.desk.pulled = d.desk.lots }

func pullLot(desk *recallDesk) game.Command {
	return game.FixtureCommand("recall", func(*game.Host) error {
		if desk.pulled >= desk.lots {
			return errors.New("every lot is already pulled")
		}
		desk.pulled++
		return nil
	})
}

func TestAddingADutyIsOneModuleAndOneLine(t *testing.T) {
	desk := &recallDesk{}
	saved := game.Duties
	defer func() { game.Duties = saved }()
	game.Duties = append([]game.DutyDef{{ID: "recall", Duty: "equipment", Catalog: "sys.recall", Module: recallDuty{desk}}}, saved...)

	s := openDuty(t, 3, "recall")
	if err := s.FinishSystem(); err == nil {
		t.Fatal("finished with lots still on the shelves")
	}
	other := game.FixtureCommand(game.SysBoard, func(*game.Host) error { return nil })
	if err := s.Do(other); !errors.Is(err, game.ErrNotNow) {
		t.Errorf("another desk's command was not refused: %v", err)
	}
	for i := 0; i < 3; i++ {
		if err := s.Do(pullLot(desk)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Do(pullLot(desk)); err == nil {
		t.Error("a fourth lot was pulled")
	}
	before := len(s.St().History)
	pending := len(s.St().Pending)
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	e := s.St().History[before]
	// the module's two changes, plus the practice its duty gives (equipment work
	// builds organization)
	if e.Title.Key != game.Variant("system.recall.title", s.St().Setting) || e.Choice.Key != "fixture.recall.done" || len(e.Changes) != 3 {
		t.Errorf("history entry %+v", e)
	}
	for _, want := range []game.Change{{Target: game.PatientSatisfied, Delta: 1}, {Target: game.ManagerWorkload, Delta: 1}, {Target: game.PracticeSkill["equipment"], Delta: game.PracticeGain}} {
		found := false
		for _, ch := range e.Changes {
			found = found || ch == want
		}
		if !found {
			t.Errorf("history entry lacks %+v: %+v", want, e.Changes)
		}
	}
	if s.St().LastDuty != "equipment" || len(s.St().Pending) != pending+1 {
		t.Errorf("last duty %q, pending %d (was %d)", s.St().LastDuty, len(s.St().Pending), pending)
	}
	if s.Step().Kind != game.StepOutcome {
		t.Errorf("after Done the step is %v, want the debrief", s.Step().Kind)
	}
	if _, err := game.DutyByID("no-such"); err == nil {
		t.Error("an unknown duty id was accepted")
	}
	if err := s.Continue(); err != nil {
		t.Fatal(err)
	}
	s.Edit(func(st *game.State) { st.Inbox = append(st.Inbox, game.InboxItem{System: "no-such"}) })
	if err := s.Choose(len(s.St().Inbox) - 1); err == nil || s.St().System != "" {
		t.Errorf("an unknown duty opened: err %v, on %q", err, s.St().System)
	}
}

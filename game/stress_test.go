package game_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// atFirstWeek plays a run with the first option to Act 4's first week.
func atFirstWeek(t *testing.T) *game.Session {
	t.Helper()
	s := game.NewSession(content(t), game.Options{Name: "Pat", Seed: 5})
	for n := 0; n < 3000 && s.St().Week == 0; n++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	if s.St().Week != 1 {
		t.Fatal("the run never reached week 1")
	}
	return s
}

func weekOutcomeHas(out *game.Outcome, key string) bool {
	for _, l := range out.Lines {
		if l.Key == key {
			return true
		}
	}
	return false
}

// The manager's hours drive stress: a long week raises it, a short one lets it fall,
// and open problems on the dashboard add to it.
func TestManagerHoursMoveStress(t *testing.T) {
	week := func(hours float64, edit func(st *game.State)) int {
		s := atFirstWeek(t)
		s.Edit(func(st *game.State) {
			st.Player.Stress = 40
			st.Pending = nil
			st.Facility = game.NewFacility(nil)
			st.Facility.Meters[game.ManagerWorkload] = hours
			if edit != nil {
				edit(st)
			}
		})
		s.EndWeek()
		return s.View().Stress()
	}
	long, short := week(70, nil), week(40, nil)
	if long <= 40 || short >= 40 {
		t.Fatalf("a 70-hour week left stress at %d and a 40-hour week at %d, from 40", long, short)
	}
	trouble := week(40, func(st *game.State) {
		st.Facility.Meters[game.MaintenanceDone] = 40
		st.Facility.Meters[game.HIPAAGaps] = 15
		st.Facility.Meters[game.BoardConfidence] = 20
	})
	if trouble <= short {
		t.Fatalf("a short week with three meters in trouble left stress at %d, no higher than a calm one (%d)", trouble, short)
	}
}

// High stress hurts in play: the week's summary says so and the board's confidence
// and patients' satisfaction pay for it; a calm manager's week has no such line.
func TestHighStressCostsTheFacility(t *testing.T) {
	run := func(stress int) (*game.Outcome, map[game.MeterID]float64) {
		s := atFirstWeek(t)
		s.Edit(func(st *game.State) {
			st.Player.Stress = stress
			st.Pending = nil
			st.Facility = game.NewFacility(nil)
		})
		out := s.EndWeek()
		return out, s.St().Facility.Meters
	}
	calmOut, calm := run(30)
	hotOut, hot := run(85)
	if weekOutcomeHas(calmOut, "week.stress_cost") || !weekOutcomeHas(hotOut, "week.stress_cost") {
		t.Fatalf("the stress line shows at 30: %v, at 85: %v", weekOutcomeHas(calmOut, "week.stress_cost"), weekOutcomeHas(hotOut, "week.stress_cost"))
	}
	if hot[game.BoardConfidence] >= calm[game.BoardConfidence] || hot[game.PatientSatisfied] >= calm[game.PatientSatisfied] {
		t.Fatalf("a stressed week left board %.1f and satisfaction %.1f; a calm one %.1f and %.1f",
			hot[game.BoardConfidence], hot[game.PatientSatisfied], calm[game.BoardConfidence], calm[game.PatientSatisfied])
	}
}

// A promotion needs a manager who is not burning out, whatever the meters say.
func TestNoPromotionInBurnout(t *testing.T) {
	s := atFirstWeek(t)
	s.Edit(func(st *game.State) {
		st.Facility = game.NewFacility(nil)
		for _, d := range game.MeterDefs {
			st.Facility.Meters[d.ID] = d.Benchmark
		}
		st.Facility.Meters[game.BoardConfidence] = 90
		st.Facility.Meters[game.ManagerWorkload] = 40
		st.Player.Stress = 30
	})
	if e := s.Endings(); e[0].Key != "ending.promotion" {
		t.Fatalf("a healthy facility, a confident board and a calm manager ended %q", e[0].Key)
	}
	s.Edit(func(st *game.State) { st.Player.Stress = 90 })
	e := s.Endings()
	if e[0].Key == "ending.promotion" || e[len(e)-1].Key != "ending.burnout" {
		t.Fatalf("a burnt-out manager ended %v", e)
	}
}

package game_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// A practice, a clinic, a health department and a health plan have no emergency
// department and no beds: their dashboards leave out those hospital meters, and no
// choice moves them; a hospital keeps every meter.
func TestMetersBelongToTheirSetting(t *testing.T) {
	has := func(setting string, id game.MeterID) bool {
		for _, d := range game.MetersIn(setting) {
			if d.ID == id {
				return true
			}
		}
		return false
	}
	if n := len(game.MetersIn("hospital")); n != len(game.MeterDefs) {
		t.Errorf("a hospital shows %d meters, want all %d", n, len(game.MeterDefs))
	}
	for _, se := range []string{"practice", "gov-agency", "clinic", "mco"} {
		for _, id := range []game.MeterID{game.EDMinutes, game.BedOccupancy, game.RNTurnover} {
			if has(se, id) {
				t.Errorf("%s shows the hospital meter %s", se, id)
			}
		}
		if !has(se, game.OperatingMargin) || !has(se, game.HIPAAGaps) {
			t.Errorf("%s lost a meter every workplace has", se)
		}
	}
	if !has("rehab", game.BedOccupancy) || has("rehab", game.EDMinutes) {
		t.Error("a rehabilitation facility has beds but no emergency department")
	}
}

// Over whole careers in every setting, a meter the workplace does not have never
// moves, and the report lists only the workplace's meters.
func TestHiddenMetersNeverMove(t *testing.T) {
	c := content(t)
	for seed := int64(1); seed <= 40; seed++ {
		s := game.NewSession(c, game.Options{Name: "Ana", Seed: seed})
		if err := s.PlayToEnd(game.FirstOption, 4000); err != nil {
			t.Fatal(err)
		}
		v := s.View()
		setting := v.Setting()
		r := s.Report()
		for _, row := range r.Meters {
			if !game.Meter(row.ID).In(setting) {
				t.Errorf("seed %d: the %s report lists %s", seed, setting, row.ID)
			}
		}
		for i := range game.MeterDefs {
			d := &game.MeterDefs[i]
			if d.In(setting) {
				continue
			}
			if now, start := v.Meter(d.ID), v.MeterStart(d.ID); now != start {
				t.Errorf("seed %d: %s in a %s moved from %v to %v", seed, d.ID, setting, start, now)
			}
		}
	}
}

// Bed occupancy moving inside its 75-85% band is neither better nor worse; leaving
// the band is worse, coming back into it better.
func TestMovesInsideTheBandAreNeither(t *testing.T) {
	d := game.Meter(game.BedOccupancy)
	if !d.WithinBand(82, 85) || d.Better(82, 85) {
		t.Error("82% -> 85% is inside the band")
	}
	if d.WithinBand(82, 90) || d.Better(82, 90) || !d.Better(90, 84) {
		t.Error("leaving the band is worse and coming back better")
	}
	if game.Meter(game.OperatingMargin).WithinBand(1, 2) {
		t.Error("only a band meter has a band")
	}
}

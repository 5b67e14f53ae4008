package game_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// runWeeks ticks a facility n weeks after setting one meter, and returns it.
func runWeeks(set map[game.MeterID]float64, n int) game.Facility {
	f := game.NewFacility(nil)
	for k, v := range set {
		f.Meters[k] = v
	}
	for i := 0; i < n; i++ {
		f.Tick()
	}
	return f
}

// The meters pull on each other in the directions shared/DOMAIN.md gives.
func TestMetersRespondInTheRightDirection(t *testing.T) {
	base := runWeeks(nil, 4)
	cases := []struct {
		name   string
		set    map[game.MeterID]float64
		meter  game.MeterID
		higher bool
	}{
		{"overtime up -> turnover up", map[game.MeterID]float64{game.OvertimeShare: 15}, game.RNTurnover, true},
		{"turnover up -> coverage down", map[game.MeterID]float64{game.RNTurnover: 30}, game.StaffingCoverage, false},
		{"turnover up -> margin down", map[game.MeterID]float64{game.RNTurnover: 30}, game.OperatingMargin, false},
		{"full beds -> longer ED visits", map[game.MeterID]float64{game.BedOccupancy: 97}, game.EDMinutes, true},
		{"thin coverage -> longer ED visits", map[game.MeterID]float64{game.StaffingCoverage: 80}, game.EDMinutes, true},
		{"long ED visits -> satisfaction down", map[game.MeterID]float64{game.EDMinutes: 300}, game.PatientSatisfied, false},
		{"denials up -> margin down", map[game.MeterID]float64{game.DenialRate: 30}, game.OperatingMargin, false},
		{"margin up -> cash up", map[game.MeterID]float64{game.OperatingMargin: 8}, game.DaysCashOnHand, true},
		{"HIPAA gaps -> board confidence down", map[game.MeterID]float64{game.HIPAAGaps: 10}, game.BoardConfidence, false},
		{"missed maintenance -> board confidence down", map[game.MeterID]float64{game.MaintenanceDone: 70}, game.BoardConfidence, false},
	}
	for _, c := range cases {
		f := runWeeks(c.set, 4)
		got, ref := f.Meters[c.meter], base.Meters[c.meter]
		if c.higher && got <= ref || !c.higher && got >= ref {
			t.Errorf("%s: %s is %.2f after 4 weeks, baseline %.2f", c.name, c.meter, got, ref)
		}
	}
}

// A quiet facility left alone drifts back toward its benchmarks instead of running
// away: 200 weeks of ticks stay inside every meter's range and off its limits.
func TestMetersStaySaneOverTime(t *testing.T) {
	f := game.NewFacility(nil)
	for w := 0; w < 200; w++ {
		f.Tick()
	}
	for _, d := range game.MeterDefs {
		v := f.Meters[d.ID]
		if v < d.Min+0.01*(d.Max-d.Min) || v > d.Max-0.01*(d.Max-d.Min) {
			t.Errorf("%s is pinned at %.2f after 200 quiet weeks (range %g..%g)", d.ID, v, d.Min, d.Max)
		}
	}
}

// 200 seeded weeks played through the session with a simple policy: meters stay in
// sane ranges and the run reaches its report.
func TestTwoHundredWeeksPlayed(t *testing.T) {
	c := content(t)
	for _, seed := range []int64{1, 2, 3} {
		s := game.NewSession(c, game.Options{Name: "Bot", Seed: seed, Weeks: 200})
		if err := s.PlayToEnd(game.FirstOption, 20000); err != nil {
			t.Fatalf("seed %d: %v at %+v", seed, err, s.St().Item())
		}
		if len(s.St().Trend) != 200 {
			t.Fatalf("seed %d: %d weeks recorded, want 200", seed, len(s.St().Trend))
		}
		pinned := map[string]int{}
		for _, week := range s.St().Trend {
			for _, d := range game.MeterDefs {
				v := week[d.ID]
				if v < d.Min || v > d.Max {
					t.Fatalf("seed %d: %s = %.2f out of range", seed, d.ID, v)
				}
				// sitting at the good end (no HIPAA gaps) is fine; the bad end is not
				bad := d.Max
				if d.Good == game.LowerIsBetter {
					bad = d.Max
				} else {
					bad = d.Min
				}
				if v == bad {
					pinned[d.ID]++
				}
			}
		}
		for id, n := range pinned {
			if n > 100 {
				t.Errorf("seed %d: %s sat at a limit for %d of 200 weeks", seed, id, n)
			}
		}
		if s.St().Player.Stress < 0 || s.St().Player.Stress > 100 {
			t.Errorf("seed %d: stress %d out of range", seed, s.St().Player.Stress)
		}
	}
}

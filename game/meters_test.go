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
				bad := d.Min
				if d.Good == game.LowerIsBetter {
					bad = d.Max
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

// Bed occupancy is a band (DOMAIN.md: about 75-85%): too empty loses money, too full
// means waits and errors. Moving into the band from either side is better, and the
// band is healthier than either side.
func TestBedOccupancyIsABand(t *testing.T) {
	d := game.Meter(game.BedOccupancy)
	if d.Good != game.InBand || d.Low != 75 || d.High != 85 {
		t.Fatalf("bed occupancy is %v with band %v-%v", d.Good, d.Low, d.High)
	}
	for _, c := range []struct {
		a, b   float64
		better bool
	}{{60, 78, true}, {95, 82, true}, {80, 95, false}, {80, 50, false}, {90, 60, false}, {70, 88, true}} {
		if got := d.Better(c.a, c.b); got != c.better {
			t.Errorf("from %v%% to %v%%: better = %v, want %v", c.a, c.b, got, c.better)
		}
	}
	if !(d.Health(80) > d.Health(60) && d.Health(80) > d.Health(95)) {
		t.Errorf("health at 60/80/95%%: %.2f %.2f %.2f; the band should be best", d.Health(60), d.Health(80), d.Health(95))
	}
	if !d.BetterChange(80, -10) || d.BetterChange(70, -10) {
		t.Error("a change is better when it ends nearer the band")
	}
	// a house below the band loses money; one above it lengthens ED visits
	low, mid, high := runWeeks(map[game.MeterID]float64{game.BedOccupancy: 40}, 4), runWeeks(map[game.MeterID]float64{game.BedOccupancy: 80}, 4), runWeeks(map[game.MeterID]float64{game.BedOccupancy: 97}, 4)
	if low.Meters[game.OperatingMargin] >= mid.Meters[game.OperatingMargin] {
		t.Errorf("empty beds left the margin at %.2f, a house in the band %.2f", low.Meters[game.OperatingMargin], mid.Meters[game.OperatingMargin])
	}
	if high.Meters[game.EDMinutes] <= mid.Meters[game.EDMinutes] {
		t.Errorf("a full house left ED visits at %.0f min, a house in the band %.0f", high.Meters[game.EDMinutes], mid.Meters[game.EDMinutes])
	}
}

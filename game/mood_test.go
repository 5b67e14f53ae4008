package game

import "testing"

// How the person who brought a scenario takes its outcome: the facility's meters
// decide in the manager's weeks (practised skills always rise), every change counts
// elsewhere.
func TestOutcomeMood(t *testing.T) {
	v := View{st: &State{Facility: Facility{Meters: map[string]float64{}}}}
	for _, tc := range []struct {
		name    string
		changes []Change
		want    Mood
	}{
		{"nothing moved", nil, MoodNeutral},
		{"a meter better", []Change{{BoardConfidence, 3}, {"finance", 1}}, MoodPleased},
		{"lower is better", []Change{{HIPAAGaps, -2}}, MoodPleased},
		{"all meters worse, skills up", []Change{{BoardConfidence, -3}, {HIPAAGaps, 2}, {"finance", 1}}, MoodUpset},
		{"mixed, more bad", []Change{{BoardConfidence, 3}, {HIPAAGaps, 2}, {CommunityHealth, -1}}, MoodWorried},
		{"mixed, more good", []Change{{BoardConfidence, 3}, {CommunityHealth, 1}, {HIPAAGaps, 2}}, MoodPleased},
		{"a road choice: stress up only", []Change{{PlayerStress, 5}}, MoodUpset},
		{"a road choice: skill up, stress up", []Change{{"ethics", 1}, {PlayerStress, 5}}, MoodNeutral},
		{"mixed, as much good as bad", []Change{{BoardConfidence, 3}, {HIPAAGaps, 2}}, MoodNeutral},
		{"a meter change too small to show", []Change{{BoardConfidence, 0.01}, {"ethics", 1}}, MoodPleased},
	} {
		if got := v.OutcomeMood(&Outcome{Changes: tc.changes}); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	// with no run, a band meter is judged by its direction (and nothing panics)
	if (View{}).ChangeBetter(Change{BedOccupancy, 1}) != Meter(BedOccupancy).Better(0, 1) {
		t.Error("the zero View should judge a band meter by its direction")
	}
	if v.OutcomeMood(nil) != MoodNeutral {
		t.Error("no outcome should be neutral")
	}
}

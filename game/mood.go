package game

import "math"

// Mood is the face a person in a scenario makes at its outcome.
type Mood int

// The moods a portrait can show.
const (
	MoodNeutral Mood = iota
	MoodPleased
	MoodWorried
	MoodUpset
)

// Moods lists every mood, in order.
var Moods = []Mood{MoodNeutral, MoodPleased, MoodWorried, MoodUpset}

// String is the mood's id ("neutral", "pleased", "worried", "upset").
func (m Mood) String() string {
	switch m {
	case MoodPleased:
		return "pleased"
	case MoodWorried:
		return "worried"
	case MoodUpset:
		return "upset"
	}
	return "neutral"
}

// ChangeBetter reports whether a change on the outcome's list is good news: a meter
// moving the right way (a band meter ending nearer its band), less stress, more
// money, less debt, more skill. The zero View (no run) judges a band meter by the
// direction alone.
func (v View) ChangeBetter(ch Change) bool {
	switch d := Meter(ch.Target); {
	case d != nil:
		if d.Good == InBand && v.st != nil {
			return d.BetterChange(v.Meter(ch.Target), ch.Delta)
		}
		return d.Better(0, ch.Delta)
	case ch.Target == PlayerStress, ch.Target == PlayerDebt:
		return ch.Delta < 0
	}
	return ch.Delta > 0
}

// OutcomeMood is how the person who brought the scenario takes its outcome: pleased
// when more changes are good news than bad, worried when more are bad, upset when
// all are bad, neutral when nothing moved or good and bad balance. In the manager's
// weeks the facility's meters decide (the skills practised always rise); elsewhere
// every change counts.
func (v View) OutcomeMood(out *Outcome) Mood {
	if out == nil {
		return MoodNeutral
	}
	count := func(metersOnly bool) (good, bad int) {
		for _, ch := range out.Changes {
			isMeter := Meter(ch.Target) != nil
			if metersOnly && !isMeter || isMeter && math.Abs(ch.Delta) < 0.05 || ch.Delta == 0 {
				continue
			}
			if v.ChangeBetter(ch) {
				good++
			} else {
				bad++
			}
		}
		return good, bad
	}
	good, bad := count(true)
	if good+bad == 0 {
		good, bad = count(false)
	}
	switch {
	case good > bad:
		return MoodPleased
	case good == bad:
		return MoodNeutral
	case good == 0:
		return MoodUpset
	}
	return MoodWorried
}

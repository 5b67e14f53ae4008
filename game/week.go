package game

import (
	"math"
	"strconv"
	"strings"
)

// eligible reports whether scenario sc may be drawn now.
func (s *Session) eligible(sc *Scenario, act Act) bool {
	st := s.st
	if sc.Act != act || (!sc.Repeat && st.Seen[sc.ID] > 0) {
		return false
	}
	if len(sc.Roles) > 0 && !contains(sc.Roles, st.Role) {
		return false
	}
	if len(sc.Settings) > 0 && !contains(sc.Settings, st.Setting) {
		return false
	}
	return sc.When.Met(st)
}

// draw picks an eligible scenario of act at random by weight, skipping ids in avoid,
// preferring duty when given, and avoiding the duty of the previous pick.
func (s *Session) draw(act Act, avoid map[string]bool, duty *string) string {
	var pool []*Scenario
	for _, sc := range s.C.Scenarios {
		if avoid[sc.ID] || !s.eligible(sc, act) {
			continue
		}
		if duty != nil && sc.Duty != *duty {
			continue
		}
		pool = append(pool, sc)
	}
	if len(pool) == 0 {
		return ""
	}
	if duty == nil && len(pool) > 1 {
		var fresh []*Scenario
		for _, sc := range pool {
			if sc.Duty != s.st.LastDuty {
				fresh = append(fresh, sc)
			}
		}
		if len(fresh) > 0 {
			pool = fresh
		}
	}
	total := 0
	for _, sc := range pool {
		total += weight(sc)
	}
	n := s.st.RNG.Intn(total)
	for _, sc := range pool {
		n -= weight(sc)
		if n < 0 {
			s.st.LastDuty = sc.Duty
			return sc.ID
		}
	}
	return pool[len(pool)-1].ID
}

func weight(sc *Scenario) int {
	if sc.Weight > 0 {
		return sc.Weight
	}
	return 1
}

// openWeek fills the inbox: chained scenarios first, then week one's required duties,
// then random eligible scenarios.
func (s *Session) openWeek() {
	st := s.st
	st.Inbox = nil
	picked := map[string]bool{}
	add := func(id string) {
		if id != "" && !picked[id] && len(st.Inbox) < MaxInbox {
			picked[id] = true
			st.Inbox = append(st.Inbox, InboxItem{Scenario: id})
		}
	}
	var keep []string
	for _, id := range st.Queue {
		if sc := s.C.Scenario(id); sc != nil && len(st.Inbox) < MaxInbox && s.eligible(sc, ActManager) {
			add(id)
		} else if sc != nil && len(st.Inbox) >= MaxInbox {
			keep = append(keep, id)
		}
	}
	st.Queue = keep
	for _, id := range s.SystemsDue(st.Week) {
		st.Inbox = append(st.Inbox, InboxItem{System: id})
	}
	if st.Week == 1 {
		for _, d := range FirstWeekDuties {
			d := d
			add(s.draw(ActManager, picked, &d))
		}
	}
	// week one meets the three required duties; later weeks add two scenarios to
	// their duty screens
	want := InboxSize + len(s.SystemsDue(st.Week))
	if st.Week > 1 {
		want--
	}
	for len(st.Inbox) < want && len(st.Inbox) < MaxInbox {
		id := s.draw(ActManager, picked, nil)
		if id == "" {
			break
		}
		add(id)
	}
	for i := range st.Inbox {
		st.Inbox[i].Day = 1 + i*5/max(1, len(st.Inbox))
	}
}

func (s *Session) weekDone() bool {
	for _, in := range s.st.Inbox {
		if !in.Done {
			return false
		}
	}
	return true
}

// endWeek runs the facility for a week, lands delayed consequences and returns the
// week's summary.
func (s *Session) endWeek() *Outcome {
	st := s.st
	out := &Outcome{Title: L("week.summary", strconv.Itoa(st.Week))}
	var keep []Delayed
	for _, p := range st.Pending {
		if p.Due > st.Week {
			keep = append(keep, p)
			continue
		}
		ch := s.applyEffects(p.Effects)
		why := Because(p.FromWeek, causeIn(p.Cause, st.Setting), p.Choice)
		out.Lines = append(out.Lines, p.Message(), why)
		out.Changes = append(out.Changes, ch...)
		st.History = append(st.History, Entry{Act: ActManager, Week: st.Week, Title: p.Message(), Choice: L("later.landed"), Why: why, Changes: ch})
	}
	st.Pending = keep
	tick := st.Facility.TickIn(st.Setting, st.MetersStart)
	for _, id := range sortedKeys(tick) {
		if math.Abs(tick[id]) >= 0.05 {
			out.Changes = append(out.Changes, Change{Target: id, Delta: tick[id]})
		}
	}
	out.Changes = append(out.Changes, s.weekStress(out)...)
	out.Changes = sortChanges(View{st: st}, mergeChanges(out.Changes))
	out.Lines = append(s.weekSummary(), out.Lines...)
	out.Lines = append(out.Lines, L(Variant("week.ticked", st.Setting)))
	st.Trend = append(st.Trend, st.Facility.Snapshot())
	return out
}

// weekSummary speaks to the week just played: the measure that improved most since
// the week began, the one that slipped most, and the desk work done. Its wording
// turns with the week, so two weeks never read alike.
func (s *Session) weekSummary() []Line {
	st := s.st
	before := st.MetersStart
	if n := len(st.Trend); n > 0 {
		before = st.Trend[n-1]
	}
	v := View{st: st}
	var moved []Change
	for _, d := range MetersIn(st.Setting) {
		if before == nil {
			break
		}
		if delta := st.Facility.Meters[d.ID] - before[d.ID]; math.Abs(delta) >= 0.05 {
			moved = append(moved, Change{Target: d.ID, Delta: delta})
		}
	}
	moved = sortChanges(v, moved)
	variant := strconv.Itoa(st.Week % 3)
	say := func(key string, ch Change) Line {
		return WithParts(key+"."+variant, []string{Meter(ch.Target).SignedArg(ch.Delta)}, L("meter."+ch.Target+".name"))
	}
	var out []Line
	switch {
	case len(moved) == 0:
		out = append(out, L("week.sum.flat"))
	case v.ChangeBetter(moved[0]):
		out = append(out, say("week.sum.best", moved[0]))
		slip := -1
		for i, ch := range moved {
			if !v.ChangeBetter(ch) {
				slip = i
				break
			}
		}
		if slip >= 0 {
			out = append(out, say("week.sum.slip", moved[slip]))
		} else {
			out = append(out, L("week.sum.noslip"))
		}
	default:
		out = append(out, say("week.sum.slip", moved[0]))
	}
	var duties []Line
	for _, in := range st.Inbox {
		if in.System != "" && in.Done {
			duties = append(duties, L(Variant("system."+in.System+".title", st.Setting)))
		}
	}
	if len(duties) > 0 {
		out = append(out, WithParts("week.sum.duties", nil, List(duties...)))
	}
	return out
}

// The manager's own week (game design, tuned with cmd/bot so that the ending follows
// play): hours past stressHours raise stress and shorter weeks let it fall; every
// facility meter left far off its benchmark (health below troubleHealth) is a problem
// that calls at night and adds troubleStress; and a manager at highStress or more
// decides worse, which costs the board's confidence and patients' satisfaction.
const (
	stressHours   = 55
	stressPerHour = 0.5
	troubleHealth = 0.25
	troubleStress = 2
	highStress    = 70
)

// highStressCost is what a week at highStress or more costs the facility.
var highStressCost = map[string]float64{BoardConfidence: -2, PatientSatisfied: -1.5}

// weekStress moves the manager's stress for the week and, when it is high, applies
// its cost with a line that says why.
func (s *Session) weekStress(out *Outcome) []Change {
	st := s.st
	m := st.Facility.Meters
	d := (m[ManagerWorkload] - stressHours) * stressPerHour
	for _, md := range MetersIn(st.Setting) {
		if md.ID != ManagerWorkload && md.Health(m[md.ID]) < troubleHealth {
			d += troubleStress
		}
	}
	ch := s.applyTarget(PlayerStress, d)
	if st.Player.Stress >= highStress {
		out.Lines = append(out.Lines, L("week.stress_cost", NumArg(float64(st.Player.Stress), 0)))
		ch = append(ch, s.applyEffects(highStressCost)...)
	}
	return ch
}

// causeIn names a delayed consequence's cause as the player saw it: a duty screen's
// title in this workplace's words ("Inspect the second office" in a practice), so the
// "because" line quotes the screen the player actually opened. Saves keep the plain key.
func causeIn(cause Line, setting string) Line {
	k := cause.Key
	if strings.HasPrefix(k, "system.") && strings.HasSuffix(k, ".title") && !strings.Contains(k, "@") {
		cause.Key = Variant(k, setting)
	}
	return cause
}

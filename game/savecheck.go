package game

import (
	"fmt"
	"math"
	"strconv"
)

// DeskChecker is a duty module that can check its saved desk against the rules (an
// index out of range, an unknown id) before a loaded run uses it.
type DeskChecker interface {
	CheckDesk(st *State, c *Content) error
}

// checkSave checks a loaded state against the content and the plan, so that a save
// the game cannot use is refused with a clear message instead of crashing or
// locking the game later. Numbers that are merely out of range are clamped.
func checkSave(st *State, c *Content) error {
	if _, err := ParseMode(string(st.Mode)); err != nil {
		return fmt.Errorf("save's play mode: %w", err)
	}
	if err := st.Player.Look.Check(); err != nil {
		return fmt.Errorf("save's player look: %w", err)
	}
	if len(st.Plan) == 0 || st.Pos < 0 || st.Pos >= len(st.Plan) {
		return fmt.Errorf("save has no valid position")
	}
	for i, it := range st.Plan {
		if err := checkPlanItem(it, c); err != nil {
			return fmt.Errorf("save's plan, step %d: %w", i+1, err)
		}
	}
	if st.Weeks < 1 {
		return fmt.Errorf("save has %d manager weeks", st.Weeks)
	}
	if st.Current != "" && c.Scenario(st.Current) == nil {
		return fmt.Errorf("save is on scenario %q, which is not in the loaded content", st.Current)
	}
	if st.System != "" {
		if _, err := DutyByID(st.System); err != nil {
			return fmt.Errorf("save is on duty screen %q, which this game does not have", st.System)
		}
	}
	for _, in := range st.Inbox {
		if in.System != "" {
			if _, err := DutyByID(in.System); err != nil {
				return fmt.Errorf("save's inbox has duty screen %q, which this game does not have", in.System)
			}
			continue
		}
		if c.Scenario(in.Scenario) == nil {
			return fmt.Errorf("save's inbox has scenario %q, which is not in the loaded content", in.Scenario)
		}
	}
	if st.Open < -1 || st.Open >= len(st.Inbox) {
		return fmt.Errorf("save has inbox item %d open, of %d", st.Open, len(st.Inbox))
	}
	if it := st.Item(); it.Kind == ItemTerm {
		t := findTerm(c, it.Ref)
		seen := map[int]bool{}
		for _, p := range st.Picked {
			if t == nil || p < 0 || p >= len(t.Courses) || seen[p] {
				return fmt.Errorf("save has course pick %d, which the term does not offer", p)
			}
			seen[p] = true
		}
		if t != nil && len(st.Picked) > t.Slots {
			return fmt.Errorf("save has %d courses picked for %d places", len(st.Picked), t.Slots)
		}
	} else if len(st.Picked) > 0 {
		st.Picked = nil
	}
	for _, o := range st.Offers {
		if c.Role(o.Role) == nil || c.Setting(o.Setting) == nil {
			return fmt.Errorf("save's job offer names %q at %q, which the content does not have", o.Role, o.Setting)
		}
	}
	if st.Role != "" && c.Role(st.Role) == nil {
		return fmt.Errorf("save's job is %q, which the content does not have", st.Role)
	}
	if st.Setting != "" && c.Setting(st.Setting) == nil {
		return fmt.Errorf("save's workplace is %q, which the content does not have", st.Setting)
	}
	if st.Degree != "" && c.Degree(st.Degree) == nil {
		return fmt.Errorf("save's degree is %q, which the content does not have", st.Degree)
	}
	if st.Masters != "" && c.MastersOption(st.Masters) == nil {
		return fmt.Errorf("save's master's choice is %q, which the content does not have", st.Masters)
	}
	for _, id := range st.Queue {
		if c.Scenario(id) == nil {
			return fmt.Errorf("save's queue has scenario %q, which is not in the loaded content", id)
		}
	}
	if err := checkNumbers(st); err != nil {
		return err
	}
	for _, d := range Duties {
		if ch, ok := d.Module.(DeskChecker); ok {
			if err := ch.CheckDesk(st, c); err != nil {
				return fmt.Errorf("save's %s desk: %w", d.ID, err)
			}
		}
	}
	return nil
}

func checkPlanItem(it PlanItem, c *Content) error {
	switch it.Kind {
	case ItemIntro, ItemEvent, ItemActivity, ItemRecap:
		if c.ActDef(Act(it.Ref)) == nil && !knownAct(Act(it.Ref)) {
			return fmt.Errorf("unknown act %q", it.Ref)
		}
	case ItemQuiz:
		for _, q := range c.Quiz {
			if q.ID == it.Ref {
				return nil
			}
		}
		return fmt.Errorf("unknown question %q", it.Ref)
	case ItemTerm:
		if findTerm(c, it.Ref) == nil {
			return fmt.Errorf("unknown term %q", it.Ref)
		}
	case ItemFixed:
		// a fixed scenario missing from the content is skipped in play
	case ItemWeek:
		if n, err := strconv.Atoi(it.Ref); err != nil || n < 1 {
			return fmt.Errorf("bad week %q", it.Ref)
		}
	case ItemDegree, ItemMasters, ItemFirstJob, ItemOffers, ItemReport:
	default:
		return fmt.Errorf("unknown kind of step %q", it.Kind)
	}
	return nil
}

func knownAct(a Act) bool {
	return a == ActSchool || a == ActCollege || a == ActJob || a == ActManager
}

func findTerm(c *Content, id string) *Term {
	for i := range c.Terms {
		if c.Terms[i].ID == id {
			return &c.Terms[i]
		}
	}
	return nil
}

// checkNumbers rejects numbers that are not finite (no rule can use them) and clamps
// meters, skills and stress into their ranges, filling a missing meter with its start.
func checkNumbers(st *State) error {
	if st.Facility.Meters == nil {
		st.Facility.Meters = map[MeterID]float64{}
	}
	for id, v := range st.Facility.Meters {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("save's meter %s is not a number", id)
		}
	}
	for _, d := range MeterDefs {
		v, ok := st.Facility.Meters[d.ID]
		if !ok {
			v = d.Start
		}
		st.Facility.Meters[d.ID] = d.Clamp(v)
	}
	snapshots := append([]map[MeterID]float64{st.MetersStart}, st.Trend...)
	for _, m := range snapshots {
		for id, v := range m {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("save's meter history for %s is not a number", id)
			}
			if d := Meter(id); d != nil {
				m[id] = d.Clamp(v)
			}
		}
	}
	for _, p := range st.Pending {
		for k, v := range p.Effects {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("save's delayed effect on %s is not a number", k)
			}
		}
	}
	for k, v := range st.Player.Skills {
		st.Player.Skills[k] = clampInt(v, 0, SkillMax)
	}
	st.Player.Stress = clampInt(st.Player.Stress, 0, 100)
	return nil
}

package game

import (
	"fmt"
	"math"
	"strconv"
)

// chooseScenario applies choice i of the scenario on screen.
func (s *Session) chooseScenario(i int) error {
	st, c := s.st, s.C
	sc := c.Scenario(st.Current)
	if i < 0 || i >= len(sc.Choices) {
		return fmt.Errorf("no choice %d", i)
	}
	ch := sc.Choices[i]
	st.Seen[sc.ID]++
	out := &Outcome{Title: TL(ch.Label), Fact: sc.Fact, Scenario: sc.ID}
	if !ch.Debrief.Empty() {
		out.Lines = append(out.Lines, TL(ch.Debrief))
	}
	out.Changes = s.applyEffects(ch.Effects)
	if b := ch.Skilled; b != nil {
		if st.Player.Skills[b.Skill] >= b.Min {
			out.Changes = mergeChanges(append(out.Changes, s.applyEffects(b.Effects)...))
			if !b.Note.Empty() {
				out.Lines = append(out.Lines, TL(b.Note))
			}
		}
	}
	if sc.Act == ActManager {
		out.Changes = mergeChanges(append(out.Changes, s.practise(sc.Duty)...))
	}
	for _, f := range ch.Set {
		st.Flags[f] = true
	}
	for _, f := range ch.Clear {
		delete(st.Flags, f)
	}
	for _, l := range ch.Later {
		st.Pending = append(st.Pending, Delayed{Due: st.Week + l.InWeeks, Text: l.Text, Effects: l.Effects, Cause: TL(sc.Title), Choice: TL(ch.Label), FromWeek: st.Week})
		out.Later = append(out.Later, L("later.pending", strconv.Itoa(l.InWeeks)))
	}
	if ch.Next != "" {
		if sc.Act == ActManager {
			st.Queue = append(st.Queue, ch.Next)
		} else {
			st.Flags["next:"+ch.Next] = true
		}
	}
	st.History = append(st.History, Entry{Act: sc.Act, Week: st.Week, Title: TL(sc.Title), Choice: TL(ch.Label), Changes: out.Changes})
	if st.Open >= 0 && st.Open < len(st.Inbox) {
		st.Inbox[st.Open].Done = true
		st.Inbox[st.Open].Choice = i
	}
	st.Current = ""
	st.Outcome = out
	return nil
}

// PracticeSkill is the skill each duty's work exercises (a game-design link, from the
// skills' descriptions in road/career.yaml). In the manager's weeks every decision on a
// duty's scenario and every finished duty desk adds PracticeGain to it, so the skills
// keep growing on the job instead of stopping at graduation.
var PracticeSkill = map[string]string{
	"policies":    "health",
	"staffing":    "leadership",
	"recruiting":  "communication",
	"emergencies": "leadership",
	"budgets":     "finance",
	"rates":       "finance",
	"billing":     "finance",
	"equipment":   "organization",
	"board":       "communication",
	"satellites":  "organization",
	"outreach":    "health",
	"hipaa":       "ethics",
}

// PracticeGain is what one piece of duty work adds to its skill (a game figure).
const PracticeGain = 1

// practise adds PracticeGain to the skill duty exercises, in the manager's weeks only,
// and returns what changed (nothing at SkillMax).
func (s *Session) practise(duty string) []Change {
	sk, ok := PracticeSkill[duty]
	if !ok || s.st.Act() != ActManager {
		return nil
	}
	return s.applyTarget(sk, PracticeGain)
}

// applySkills raises skills (clamped to 0..SkillMax).
func (s *Session) applySkills(m map[string]int) []Change {
	f := make(map[string]float64, len(m))
	for k, v := range m {
		f[k] = float64(v)
	}
	return s.applyEffects(f)
}

// applyEffects moves meters, skills and player stats; it returns what changed.
func (s *Session) applyEffects(m map[string]float64) []Change {
	var out []Change
	for _, k := range sortedKeys(m) {
		out = append(out, s.applyTarget(k, m[k])...)
	}
	return out
}

func (s *Session) applyTarget(k string, v float64) []Change {
	st := s.st
	if v == 0 {
		return nil
	}
	var d float64
	switch {
	case Meter(k) != nil:
		if !Meter(k).In(st.Setting) {
			return nil // not a measure this workplace has (an ED in a practice)
		}
		d = st.Facility.Add(k, v)
	case k == PlayerStress:
		old := st.Player.Stress
		st.Player.Stress = clampInt(old+int(math.Round(v)), 0, 100)
		d = float64(st.Player.Stress - old)
	case k == PlayerMoney:
		st.Player.Money += int(v)
		d = v
	case k == PlayerDebt:
		st.Player.Debt += int(v)
		d = v
	case s.C.Skill(k) != nil:
		old := st.Player.Skills[k]
		st.Player.Skills[k] = clampInt(old+int(math.Round(v)), 0, SkillMax)
		d = float64(st.Player.Skills[k] - old)
	}
	if d == 0 {
		return nil
	}
	return []Change{{Target: k, Delta: d}}
}

func mergeChanges(in []Change) []Change {
	idx := map[string]int{}
	var out []Change
	for _, c := range in {
		if i, ok := idx[c.Target]; ok {
			out[i].Delta += c.Delta
			continue
		}
		idx[c.Target] = len(out)
		out = append(out, c)
	}
	return out
}

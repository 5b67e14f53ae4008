package game

// Policy picks an option for a step; bots and tests drive the core with one.
type Policy func(step Step, s *Session) int

// FirstOption always picks the first option.
func FirstOption(Step, *Session) int { return 0 }

// Act1 performs one sensible command for the current step using policy to pick
// options. It returns false when the run has reached the report.
func (s *Session) Act1(policy Policy) (bool, error) {
	step := s.Step()
	switch step.Kind {
	case StepReport:
		return false, nil
	case StepSystem:
		s.AutoSystem()
		return true, s.FinishSystem()
	case StepIntro, StepOutcome:
		return true, s.Continue()
	case StepPickMany:
		if step.CanGoOn {
			return true, s.Confirm()
		}
		// tick the first unticked options, starting from the policy's pick
		start := policy(step, s)
		for k := 0; k < len(step.Options); k++ {
			i := (start + k) % len(step.Options)
			if !step.Options[i].Selected {
				return true, s.Toggle(i)
			}
		}
		return true, s.Confirm()
	case StepWeek:
		if step.CanGoOn {
			return true, s.Confirm()
		}
		for i, o := range step.Options {
			if !o.Done {
				return true, s.Choose(i)
			}
		}
		return true, s.Confirm()
	default:
		i := policy(step, s)
		if i < 0 || i >= len(step.Options) {
			i = 0
		}
		return true, s.Choose(i)
	}
}

// PlayToEnd drives the run to the report with policy, stopping after max commands.
func (s *Session) PlayToEnd(policy Policy, max int) error {
	for n := 0; n < max; n++ {
		more, err := s.Act1(policy)
		if err != nil {
			return err
		}
		if !more {
			return nil
		}
	}
	return ErrNotNow
}

// AimFor is a policy that steers a career toward a role: it takes the courses,
// degree, activities and answers that build the role's skills, the master's when the
// role usually needs one, and the role's offer when it comes. Tests use it to prove
// every role and setting can be reached in play.
func AimFor(roleID, settingID string) Policy {
	return func(st Step, s *Session) int {
		c := s.C
		r := c.Role(roleID)
		if r == nil {
			return 0
		}
		gain := func(skills map[string]int) int {
			n := 0
			for _, id := range sortedKeys(skills) {
				if need := r.Needs[id]; need > 0 && s.st.Player.Skills[id] < need+1 {
					n += skills[id] * 3
				} else {
					n += skills[id]
				}
			}
			return n
		}
		best := func(score func(i int) int) int {
			bi, bv := 0, -1<<30
			for i := range st.Options {
				if st.Options[i].Selected {
					continue
				}
				if v := score(i); v > bv {
					bi, bv = i, v
				}
			}
			return bi
		}
		switch st.Item.Kind {
		case ItemQuiz:
			q := s.quiz(st.Item.Ref)
			return best(func(i int) int { return gain(q.Options[i].Skills) })
		case ItemTerm:
			return best(func(i int) int {
				v := gain(c.Course(st.Options[i].ID).Skills)
				if contains(r.Signals, "course:"+st.Options[i].ID) {
					v += 30
				}
				return v
			})
		case ItemDegree:
			return best(func(i int) int {
				d := c.Degrees[i]
				v := gain(d.Skills)
				if contains(r.Degrees, d.ID) {
					v += 20
				}
				if contains(r.Signals, "degree:"+d.ID) {
					v += 20
				}
				return v
			})
		case ItemActivity:
			list := s.activities(Act(st.Item.Ref))
			return best(func(i int) int {
				a := list[i]
				v := gain(a.Skills)
				if a.Setting == settingID || (settingID == "" && contains(r.Settings, a.Setting)) {
					v += 10
				}
				return v
			})
		case ItemMasters:
			return best(func(i int) int {
				m := c.Masters[i]
				v := gain(m.Skills)
				if m.Graduate {
					v += 5
				}
				return v
			})
		case ItemOffers:
			for i, o := range s.st.Offers {
				if o.Role == roleID && (settingID == "" || o.Setting == settingID) {
					return i
				}
			}
			for i, o := range s.st.Offers {
				if o.Role == roleID {
					return i
				}
			}
			return 0
		}
		if st.Scenario != nil {
			return best(func(i int) int {
				ch := st.Scenario.Choices[i]
				m := map[string]int{}
				for k, v := range ch.Effects {
					if c.Skill(k) != nil {
						m[k] = int(v)
					}
				}
				return gain(m)
			})
		}
		return 0
	}
}

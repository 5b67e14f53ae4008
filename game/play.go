package game

import "math"

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
	case StepIntro, StepOutcome, StepRecap:
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
		// the flags a licence path to the role needs (the board's when: a degree or a
		// master's), and the first job that takes it
		pathNeeds, pathJob := s.pathTo(roleID)
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
				if pathNeeds[d.Flag("degree")] {
					v += 100
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
				if pathNeeds[m.Flag("masters")] {
					v += 100
				}
				return v
			})
		case ItemFirstJob:
			jobs := s.firstJobs()
			return best(func(i int) int {
				ch := jobs[i].board.Choices[jobs[i].choice]
				v := 0
				if pathJob != "" && contains(ch.Set, pathJob) {
					v += 100
				}
				if settingID != "" && contains(ch.Set, WorkedFlag(settingID)) {
					v += 10
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

// Style is the way a bot plays a whole career: how it picks scenario choices and how
// it works the duty desks. cmd/bot plays thousands of careers in each style to show
// that the ending depends on play.
type Style string

// The bot styles.
const (
	StyleRandom   Style = "random"   // a uniform random option every step, random desk work
	StyleFirst    Style = "first"    // always the first option, the plain desk job
	StyleCautious Style = "cautious" // protects the manager's hours and stress, follows the rules
	StyleGreedy   Style = "greedy"   // the best short-term margin, whatever it costs later
	StyleBalanced Style = "balanced" // moves the meters furthest from benchmark toward it
)

// Styles lists every bot style, in report order.
var Styles = []Style{StyleRandom, StyleFirst, StyleCautious, StyleGreedy, StyleBalanced}

// StyledDuty is a duty module that can work its desk in a bot's style. A module that
// does not implement it is worked with its plain Auto in every style.
type StyledDuty interface {
	AutoStyle(h *Host, style Style, rng *RNG)
}

// AutoSystemStyle works the duty desk on display in style, drawing any randomness
// from rng (never the run's own generator). FinishSystem succeeds after it, or the
// caller falls back to AutoSystem.
func (s *Session) AutoSystemStyle(style Style, rng *RNG) {
	defer noteInput(s, styleInput(style, rng), nil)
	d, err := DutyByID(s.st.System)
	if err != nil || s.st.Outcome != nil {
		return
	}
	if m, ok := d.Module.(StyledDuty); ok && style != StyleFirst {
		m.AutoStyle(&Host{s}, style, rng)
		return
	}
	d.Module.Auto(&Host{s})
}

// StylePolicy is the Policy a bot of style plays with; rng feeds the random style.
func StylePolicy(style Style, rng *RNG) Policy {
	return func(st Step, s *Session) int {
		n := len(st.Options)
		if st.Scenario != nil {
			n = len(st.Scenario.Choices)
		}
		if n <= 0 {
			return 0
		}
		switch style {
		case StyleRandom:
			return rng.Intn(n)
		case StyleFirst:
			return 0
		}
		if st.Item.Kind == ItemOffers && len(s.st.Offers) > 0 {
			// the greedy bot takes the best pay, the others the best fit
			bi := 0
			for i, o := range s.st.Offers {
				b := s.st.Offers[bi]
				if (style == StyleGreedy && o.Pay > b.Pay) || (style != StyleGreedy && o.Fit > b.Fit) {
					bi = i
				}
			}
			return bi
		}
		if st.Scenario == nil {
			return 0
		}
		bi, bv := 0, math.Inf(-1)
		for i, ch := range st.Scenario.Choices {
			if v := s.choiceScore(style, ch); v > bv+1e-9 {
				bi, bv = i, v
			}
		}
		return bi
	}
}

// choiceEffects adds up what a choice moves now and, discounted by later, what it
// moves when its delayed consequences land.
func (s *Session) choiceEffects(ch Choice, later float64) map[string]float64 {
	sum := map[string]float64{}
	for k, v := range ch.Effects {
		sum[k] += v
	}
	if b := ch.Skilled; b != nil && s.st.Player.Skills[b.Skill] >= b.Min {
		for k, v := range b.Effects {
			sum[k] += v
		}
	}
	for _, l := range ch.Later {
		for k, v := range l.Effects {
			sum[k] += v * later
		}
	}
	return sum
}

// choiceScore is how much a bot of style likes a scenario choice.
func (s *Session) choiceScore(style Style, ch Choice) float64 {
	m := s.st.Facility.Meters
	switch style {
	case StyleCautious:
		e := s.choiceEffects(ch, 1)
		return -3*e[PlayerStress] - 1.5*e[ManagerWorkload] - 4*e[HIPAAGaps] + 0.3*e[MaintenanceDone] + 0.2*e[BoardConfidence] + 0.1*e[PatientSatisfied]
	case StyleGreedy:
		e := s.choiceEffects(ch, 0)
		return 10*e[OperatingMargin] + 0.3*e[DaysCashOnHand] + 2*e[BudgetVariance] - 0.5*e[DenialRate]
	case StyleBalanced:
		e := s.choiceEffects(ch, 1)
		v := 0.0
		for _, id := range sortedKeys(e) {
			d := Meter(id)
			if d == nil || id == ManagerWorkload {
				continue
			}
			now := m[id]
			w := 1.5 - d.Health(now)
			v += w * (d.rawHealth(d.Clamp(now+e[id])) - d.rawHealth(now))
		}
		// the manager's own hours and stress, weighed more the higher stress already is
		st := float64(s.st.Player.Stress)
		v -= (e[PlayerStress] + 0.6*e[ManagerWorkload]) * (0.005 + math.Max(0, st-25)/40*0.05)
		return v
	}
	return 0
}

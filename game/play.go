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

package game

// St gives the tests in package game_test the run's state to read and to set up.
func (s *Session) St() *State { return s.st }

// funcCommand lets a test define a command for a fixture duty, as a duty's own file
// does with a command type.
type funcCommand struct {
	duty DutyID
	f    func(*Host) error
}

func (c funcCommand) Duty() DutyID      { return c.duty }
func (c funcCommand) run(h *Host) error { return c.f(h) }

// FixtureCommand is a command on duty that runs f.
func FixtureCommand(duty DutyID, f func(*Host) error) Command { return funcCommand{duty, f} }

// EndWeek runs the week's end (the facility's tick, delayed consequences, the
// manager's stress) now, for tests.
func (s *Session) EndWeek() *Outcome { return s.endWeek() }

// RedealBudget deals the budget desk again from the meters as they stand now, as
// opening the screen does.
func RedealBudget(s *Session) { s.st.Sys.Budget = newBudgetPlan(s.st) }

// OpenDesk lays out duty id's desk for the week as it stands, as choosing its inbox
// item does (a desk opened the same week is kept).
func OpenDesk(s *Session, id DutyID) {
	for _, d := range Duties {
		if d.ID == id {
			d.Module.Open(&Host{s: s})
		}
	}
}

// Eligible reports whether the scenario id may be drawn now.
func Eligible(s *Session, id string) bool { return s.eligible(s.C.Scenario(id), ActManager) }

package game

// StaffingPlan is the state of the staffing duty screen. (Placeholder: to be built.)
type StaffingPlan struct {
	Week int `json:"week"`
}

func (s *Session) openStaffing() {
	if s.S.Sys.Staffing == nil || s.S.Sys.Staffing.Week != s.S.Week {
		s.S.Sys.Staffing = &StaffingPlan{Week: s.S.Week}
	}
}

func (s *Session) finishStaffing() (*Outcome, error) {
	return &Outcome{Title: L("system.staffing.title")}, nil
}

// autoStaffing does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoStaffing() {}

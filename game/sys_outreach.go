package game

// Campaign is the state of the outreach duty screen. (Placeholder: to be built.)
type Campaign struct {
	Week int `json:"week"`
}

func (s *Session) openOutreach() {
	if s.S.Sys.Outreach == nil || s.S.Sys.Outreach.Week != s.S.Week {
		s.S.Sys.Outreach = &Campaign{Week: s.S.Week}
	}
}

func (s *Session) finishOutreach() (*Outcome, error) {
	return &Outcome{Title: L("system.outreach.title")}, nil
}

// autoOutreach does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoOutreach() {}

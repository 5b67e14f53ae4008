package game

// PrivacyDesk is the state of the privacy duty screen. (Placeholder: to be built.)
type PrivacyDesk struct {
	Week int `json:"week"`
}

func (s *Session) openPrivacy() {
	if s.S.Sys.Privacy == nil || s.S.Sys.Privacy.Week != s.S.Week {
		s.S.Sys.Privacy = &PrivacyDesk{Week: s.S.Week}
	}
}

func (s *Session) finishPrivacy() (*Outcome, error) {
	return &Outcome{Title: L("system.privacy.title")}, nil
}

// autoPrivacy does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoPrivacy() {}

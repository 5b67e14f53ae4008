package game

// EmergencyDrill is the state of the emergency duty screen. (Placeholder: to be built.)
type EmergencyDrill struct {
	Week int `json:"week"`
}

func (s *Session) openEmergency() {
	if s.S.Sys.Emergency == nil || s.S.Sys.Emergency.Week != s.S.Week {
		s.S.Sys.Emergency = &EmergencyDrill{Week: s.S.Week}
	}
}

func (s *Session) finishEmergency() (*Outcome, error) {
	return &Outcome{Title: L("system.emergency.title")}, nil
}

// autoEmergency does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoEmergency() {}

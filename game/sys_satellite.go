package game

// Inspection is the state of the satellite duty screen. (Placeholder: to be built.)
type Inspection struct {
	Week int `json:"week"`
}

func (s *Session) openSatellite() {
	if s.S.Sys.Satellite == nil || s.S.Sys.Satellite.Week != s.S.Week {
		s.S.Sys.Satellite = &Inspection{Week: s.S.Week}
	}
}

func (s *Session) finishSatellite() (*Outcome, error) {
	return &Outcome{Title: L("system.satellite.title")}, nil
}

// autoSatellite does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoSatellite() {}

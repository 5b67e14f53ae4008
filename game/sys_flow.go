package game

// FlowMeeting is the state of the flow duty screen. (Placeholder: to be built.)
type FlowMeeting struct {
	Week int `json:"week"`
}

func (s *Session) openFlow() {
	if s.S.Sys.Flow == nil || s.S.Sys.Flow.Week != s.S.Week {
		s.S.Sys.Flow = &FlowMeeting{Week: s.S.Week}
	}
}

func (s *Session) finishFlow() (*Outcome, error) {
	return &Outcome{Title: L("system.flow.title")}, nil
}

// autoFlow does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoFlow() {}

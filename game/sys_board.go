package game

// BoardReport is the state of the board duty screen. (Placeholder: to be built.)
type BoardReport struct {
	Week int `json:"week"`
}

func (s *Session) openBoard() {
	if s.S.Sys.Board == nil || s.S.Sys.Board.Week != s.S.Week {
		s.S.Sys.Board = &BoardReport{Week: s.S.Week}
	}
}

func (s *Session) finishBoard() (*Outcome, error) {
	return &Outcome{Title: L("system.board.title")}, nil
}

// autoBoard does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoBoard() {}

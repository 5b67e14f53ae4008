package game

// St gives the tests in package game_test the run's state to read and to set up.
func (s *Session) St() *State { return s.st }

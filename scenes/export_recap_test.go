package scenes

// RecapWords is what a recap screen writes (its title and moment card, then its
// three parts), for tests that compare it with the state.
func RecapWords(s Scene) []string {
	r, ok := s.(*RecapScene)
	if !ok {
		return nil
	}
	return append(r.list.Strings(), r.col.Strings()...)
}

package game

// Landed lists the delayed consequences that landed as this week ended (each one's
// message as Title and its "because" as Why), while the week's summary is on screen,
// so the screen can show each as an event card. Copies: the screen cannot change them.
func (v View) Landed() []Entry {
	st := v.st
	if st.Outcome == nil || st.Week == 0 {
		return nil
	}
	var out []Entry
	for _, e := range st.History {
		if e.Act == ActManager && e.Week == st.Week && e.Choice.Key == "later.landed" {
			out = append(out, e)
		}
	}
	return out
}

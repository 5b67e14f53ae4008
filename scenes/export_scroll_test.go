package scenes

// PageScroll is the top screen's page scroll: how far down it is, how far it can
// go, and how much lower than laid out it is drawn (a header grown with the text).
func (a *App) PageScroll() (y, most, shift float64) {
	top := len(a.stack) - 1
	p := a.scrollOf(top)
	return p.y, p.max(), shiftOf(a.stack[top])
}

// TabCount is how many tabs the desk has (0: none).
func (k *DutyKit) TabCount() int { return k.tabs }

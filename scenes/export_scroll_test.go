package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// PageScroll is the top screen's page scroll: how far down it is, how far it can
// go, and how much lower than laid out it is drawn (a header grown with the text).
func (a *App) PageScroll() (y, most, shift float64) {
	top := len(a.stack) - 1
	p := a.scrollOf(top)
	return p.y, p.max(), shiftOf(a.stack[top])
}

// TabCount is how many tabs the desk has (0: none).
func (k *DutyKit) TabCount() int { return k.tabs }

// ActionRect is where the desk's action that sends cmd is (ok false when none
// does), in the screen's coordinates: for tests that click a button wherever the
// text size and the words put it.
func (k *DutyKit) ActionRect(cmd game.Command) (r ui.Rect, ok bool) {
	for _, a := range k.acts {
		if a.Cmd == cmd {
			return a.R, true
		}
	}
	return ui.Rect{}, false
}

// ForgetFrame makes the next frame play its draws again, as a frame that changed
// does (the frame benchmark's "changed" figure).
func (a *App) ForgetFrame() { a.canvas.ForgetFrame() }

// Memo is how many frames were drawn from the kept picture and how many were
// played again.
func (a *App) Memo() (reused, played int) { return a.canvas.Memo() }

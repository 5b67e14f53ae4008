package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// sysBase (legacy: screens not yet on the DutyKit) is what every duty screen shares: the header, the title and instructions,
// and the Done and Back-to-inbox buttons. A duty screen embeds it, puts its own
// focusable widgets first in its menu and appends baseItems() after them.
type sysBase struct {
	h          header
	step       game.Step
	title      ui.Block
	body       ui.Block
	done, back ui.Button
	err        string
}

func (b *sysBase) layoutBase(ctx *Context) {
	fs := ctx.Fonts
	b.step = ctx.Session.Step()
	b.h = newHeader(ctx)
	b.title = fs.NewBlock(ctx.R(b.step.Title), ui.H2, 1200)
	b.body = fs.NewBlock(ctx.R(b.step.Body), ui.BodySm, 1200)
	b.done = ui.NewPrimary(fs, ctx.T("nav.done"), 40, ui.H-70)
	b.back = ui.NewQuiet(fs, ctx.T("nav.back_inbox"), b.done.R.X+b.done.R.W+20, ui.H-67)
}

// baseItems returns Done, Back and Menu, to append after the screen's own items.
func (b *sysBase) baseItems() []ui.Button {
	return []ui.Button{b.done, b.back, b.h.menuBtn}
}

// handleBase acts on a press of one of the base items, given its index relative to
// the first base item (0 Done, 1 Back, 2 Menu), and on Esc. It returns true when it
// handled the input.
func (b *sysBase) handleBase(ctx *Context, in *Input, rel int) bool {
	if in.Back {
		b.leave(ctx)
		return true
	}
	switch rel {
	case 0:
		b.finish(ctx)
		return true
	case 1:
		b.leave(ctx)
		return true
	case 2:
		ctx.Push(&PauseScene{})
		return true
	}
	return false
}

// finish asks the core to close the screen; its refusal is shown, not lost.
func (b *sysBase) finish(ctx *Context) {
	if err := ctx.Do((*game.Session).FinishSystem); err != nil {
		b.err = refusal(ctx, err)
	}
}

func (b *sysBase) leave(ctx *Context) {
	ctx.Do((*game.Session).LeaveSystem)
}

// drawBase draws the header, title, instructions and any refusal message; the
// screen draws its menu (which holds the base buttons) itself.
func (b *sysBase) drawBase(ctx *Context, c *ui.Canvas, menuFocused bool) {
	b.h.draw(c, menuFocused)
	c.Block(b.title, 40, 80)
	c.Block(b.body, 40, 80+b.title.Height()+4)
	if b.err != "" {
		x := b.back.R.X + b.back.R.W + 24
		c.Text(b.err, x, ui.H-56, ui.Style{Size: 17, Bold: true, Color: ui.Bad})
	}
}

package scenes

import (
	"time"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// The career-day booth (Config.Kiosk, the -kiosk flag, ?kiosk=1): a title left alone
// for a minute plays a demo career by itself, drawn as the real screens; any key,
// click or touch brings the title back for the visitor (between two demo careers
// the title plays its animated path, and asks in large letters for a key or a
// touch); a visitor's run left alone
// for two minutes is dropped; nothing is ever saved; the operator's Ctrl+Shift+Q
// leaves. The clock is Config.Now, so tests run it with a fake one.
const (
	kioskIdleDemo  = 60 * time.Second  // an idle title starts the demo
	kioskIdleReset = 120 * time.Second // an idle run goes back to the title
	demoStep       = 2 * time.Second   // the demo makes one move this often
	demoReportHold = 12 * time.Second  // the demo's report stays up this long
	demoTitleHold  = 12 * time.Second  // between two demo careers the title shows (one round of its path)
	demoMaxMoves   = 90                // a demo career longer than this starts over
)

// kiosk is the booth's clock-driven state; the App runs it before the top scene.
type kiosk struct {
	last    time.Time // the visitor's last input
	demo    bool      // the demo is playing
	next    time.Time // the demo's next move
	ended   time.Time // when the demo career reached its report (zero: still playing)
	moves   int       // moves in this demo career
	careers int       // demo careers started (varies the seed)
	banner  string
	bannerW float64
}

func newKiosk(now time.Time) *kiosk { return &kiosk{last: now} }

// active reports input a visitor made: a key, a click, a touch, a move of the pointer.
func (in *Input) active() bool {
	return in.Next || in.Prev || in.Up || in.Down || in.Left || in.Right || in.Choose ||
		in.Enter || in.Back || in.Fact || len(in.Chars) > 0 || in.Backspace || in.Click ||
		in.Moved || in.Wheel != 0 || in.Drag != 0 || in.PageUp || in.PageDn || in.Home || in.End
}

// step runs the booth for one tick. It returns true when it took the tick (the demo
// is playing, or a visitor's input just stopped it), so the scene gets no input.
func (k *kiosk) step(ctx *Context, in *Input) bool {
	now := ctx.Now()
	if in.Operator {
		ctx.trace("kiosk=operator-exit")
		if ctx.OperatorExit != nil {
			ctx.OperatorExit()
		} else {
			ctx.quit = true
		}
		return true
	}
	if k.demo {
		if in.active() {
			k.demo = false
			k.last = now
			k.drop(ctx)
			ctx.trace("kiosk=visitor")
			return true
		}
		if t, ok := ctx.app.Top().(*TitleScene); ok {
			t.tick(ctx) // between two demo careers: the title's figure walks its path
		}
		k.play(ctx, now)
		return true
	}
	if in.active() {
		k.last = now
		return false
	}
	idle := now.Sub(k.last)
	onTitle := len(ctx.app.stack) == 1 && ctx.app.Base().Name() == "title"
	switch {
	case onTitle && idle >= kioskIdleDemo && ctx.Content != nil && ctx.ContentErr == nil:
		k.demo, k.careers = true, 0
		k.banner = ctx.T("kiosk.banner")
		k.bannerW = ctx.Fonts.Width(k.banner, bannerStyle) + 48
		ctx.trace("kiosk=demo")
		k.startCareer(ctx, now)
		return true
	case !onTitle && idle >= kioskIdleReset:
		k.last = now
		k.drop(ctx)
		ctx.trace("kiosk=reset")
		return true
	}
	return false
}

// drop forgets the run on display (the demo's or a visitor's) and shows the title.
func (k *kiosk) drop(ctx *Context) {
	ctx.Session, ctx.ClassCode, ctx.SaveErr = nil, "", ""
	ctx.Store.Clear()
	ctx.GoTo(&TitleScene{})
}

// startCareer begins a new demo career, a short express one as visitors get.
func (k *kiosk) startCareer(ctx *Context, now time.Time) {
	k.careers++
	k.moves, k.ended, k.next = 0, time.Time{}, now.Add(demoStep)
	ctx.Session = game.NewSession(ctx.Content, game.Options{
		Name: ctx.T("kiosk.demo_name"),
		Seed: ctx.Seed + int64(k.careers)*7919,
		Mode: game.ModeExpress,
	})
	ctx.Sync()
}

// play makes the demo's next move when it is due: one command on the session, shown
// on the real screen for that step; the report stays up a while, then the title,
// then a new demo career.
func (k *kiosk) play(ctx *Context, now time.Time) {
	if now.Before(k.next) {
		return
	}
	k.next = now.Add(demoStep)
	if ctx.Session == nil {
		k.startCareer(ctx, now)
		return
	}
	if ctx.Session.Step().Kind == game.StepReport || k.moves >= demoMaxMoves {
		if k.ended.IsZero() {
			k.ended = now
		}
		if now.Sub(k.ended) >= demoReportHold || k.moves >= demoMaxMoves {
			k.drop(ctx)
			k.next = now.Add(demoTitleHold)
		}
		return
	}
	k.moves++
	rng := &game.RNG{State: uint64(k.careers*1000 + k.moves)}
	policy := game.StylePolicy(game.StyleBalanced, rng)
	if err := ctx.Do(func(s *game.Session) error { _, err := s.Act1(policy); return err }); err != nil {
		ctx.trace("kiosk demo: " + err.Error())
		k.drop(ctx)
	}
}

var bannerStyle = ui.Style{Size: 20, Bold: true, Color: ui.White}

// draw puts the demo's banner over the screens while the demo plays.
func (k *kiosk) draw(c *ui.Canvas) {
	if !k.demo {
		return
	}
	// bottom right, clear of the Continue buttons that sit bottom left
	r := ui.Rect{X: ui.W - k.bannerW - 24, Y: ui.H - 70, W: k.bannerW, H: 52}
	c.FillRect(r, ui.Focus)
	c.StrokeRect(r, 2, ui.White)
	c.Text(k.banner, r.X+24, r.Y+13, bannerStyle)
}

package scenes

import (
	"errors"
	"math"
	"strings"
	"unicode"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// This file is the one duty-screen kit. Every duty screen is a DutyScreen: it builds
// its desk into a DutyKit (actions and a draw list) at layout, and the kit does the
// rest the same way for all of them: the header, title and instructions, tabs and
// the 1..n keys, End to Done and Home back to the desk, the fact cards (F), the
// preview strip, refusal messages, and Done / Back to inbox / Menu. Every command a screen sends
// goes through ctx.Apply, which saves the run and re-lays the screen out.

// DutyScreen is one duty's screen on the kit.
type DutyScreen interface {
	// Build lays the desk out for the run's state and the open tab (k.Tab): it adds
	// actions with k.Add and drawing to k.List. It runs at layout, never per frame.
	Build(ctx *Context, k *DutyKit)
}

// dutyScreens is the one table from a duty to its screen; a test checks that every
// duty in game.Duties has exactly one.
var dutyScreens = map[game.DutyID]func() DutyScreen{
	game.SysBilling:   func() DutyScreen { return &billingScreen{} },
	game.SysBudget:    func() DutyScreen { return &budgetScreen{} },
	game.SysBoard:     func() DutyScreen { return &boardScreen{} },
	game.SysStaffing:  func() DutyScreen { return &staffingScreen{} },
	game.SysEquipment: func() DutyScreen { return &equipmentScreen{} },
	game.SysPrivacy:   func() DutyScreen { return &privacyScreen{} },
	game.SysFlow:      func() DutyScreen { return &flowScreen{} },
	game.SysSatellite: func() DutyScreen { return &satelliteScreen{} },
	game.SysOutreach:  func() DutyScreen { return &outreachScreen{} },
	game.SysEmergency: func() DutyScreen { return &emergencyScreen{} },
}

// dutyScene is the screen for a duty; an unknown duty gets the error screen, never
// another duty's desk.
func dutyScene(id game.DutyID) Scene {
	mk, ok := dutyScreens[id]
	if !ok {
		return &ErrorScene{Err: errors.New("unknown duty screen " + id)}
	}
	return &DutyKit{ID: id, Screen: mk(), wantFocus: -1}
}

// Look is how one of a screen's actions is drawn.
type Look uint8

// The looks.
const (
	LookPlain    Look = iota // an outlined button with a centred label
	LookTab                  // a tab: filled when it is the open one
	LookChoice               // an answer: "●" and filled when chosen, "○" when not
	LookRow                  // a row the screen draws itself: the kit adds focus and hover
	LookCard                 // a card with a title and a detail (ui.CardKind)
	LookDisabled             // shown but not focusable
)

// Do is what pressing an action does.
type Do uint8

// What actions do.
const (
	DoCommand Do = iota // send Cmd through ctx.Apply
	DoTab               // open tab Tab
	DoFact              // open fact card Fact
	DoLocal             // run Local: a change to the screen only (which card is picked up)
)

// Action is one of a screen's own buttons: what it does, and how it looks. The
// arrow keys move between actions by where their R is on screen, as on every
// screen; Row and Col only record the desk's own grid for the screen.
type Action struct {
	R        ui.Rect
	Label    string
	Detail   string // LookCard: the line under the title
	Look     Look
	Selected bool
	Row, Col int
	Do       Do
	Cmd      game.Command
	Tab      int
	Fact     int
	Local    func()
	// Keys are letter shortcuts while this action has the focus: typing one sends
	// its command (lower-case letters; the hint on screen names them).
	Keys map[rune]game.Command
	// laid out by the kit
	labelX, labelY float64
	labelSt        ui.Style
	card           ui.Button
	// a label wrapped to more lines than one: each line centred (labelXs), from labelY
	labelLines []string
	labelXs    []float64
	labelLH    float64
}

// DutyKit is the scene of every duty screen: the kit's state and the screen it hosts.
type DutyKit struct {
	ID     game.DutyID
	Screen DutyScreen

	// what the screen builds
	Tab   int
	List  ui.DrawList
	acts  []Action
	tabs  int
	facts []game.Fact
	// FactTab, when set by Build, is the fact card F opens (default the first).
	FactTab int
	// Words maps a core refusal to the catalog Line that words it for the player.
	Words map[error]game.Line

	// the frame around it
	h          header
	title      ui.Block
	body       ui.Block
	done, back ui.Button
	m          menu
	msg        string
	msgList    ui.DrawList
	built      bool
	wantFocus  int // set by Focus: the action to focus after the next layout (-1 none)
	fs         *ui.Fonts
	// dy is how much lower than built the desk is drawn: the title and the duty's
	// intro line grew with the text size past SysArea.Y. The desk's list, actions,
	// Done and Back are all moved down by as much; the page scrolls.
	dy float64
	// bottom is the lowest edge of the desk's content (build coordinates) that the
	// screen reported (EndAt, Preview); the bottom row goes under it.
	bottom  float64
	tabsBot float64    // the bottom edge of the tab row (build coordinates)
	gloss   glossMarks // the glossary terms in the desk's text
}

// Focus puts the keyboard focus on action i after this layout (from Build) or the
// next one (from a Local action).
func (k *DutyKit) Focus(i int) { k.wantFocus = i }

// BesideBack is where a screen may write a short note: right of Back to inbox, on
// the bottom row. The bottom row goes under what the screen reported with EndAt
// (and the preview strip), so call it after those.
func (k *DutyKit) BesideBack() ui.Rect {
	x := k.back.R.X + k.back.R.W + 24
	return ui.Rect{X: x, Y: k.FootY() + 3, W: ui.W - 40 - x, H: k.back.R.H}
}

// FootY is the top of the bottom row (Done; Back to inbox is 3 lower) in build
// coordinates: 70 above the window's foot, or under the desk's content when it
// reaches there (at a large text size; the page scrolls).
func (k *DutyKit) FootY() float64 { return max(ui.H-70, k.bottom+14) }

// EndAt tells the kit that the desk's content reaches down to y (build
// coordinates): the preview strip and the bottom row go below it.
func (k *DutyKit) EndAt(y float64) { k.bottom = max(k.bottom, y) }

// Fonts is the fonts the desk measures with.
func (k *DutyKit) Fonts() *ui.Fonts { return k.fs }

// TabsBottom is where the tab row ends (build coordinates): a desk with tabs lays
// its content out from here. It is SysArea.Y+44 whatever the text size: a taller
// tab row moves the whole desk down instead (Tabs; call it before adding text).
func (k *DutyKit) TabsBottom() float64 { return k.tabsBot }

// ButtonH is the height a plain or choice action needs for label at width w
// (wrapped): at least 44.
func (k *DutyKit) ButtonH(label string, w float64) float64 {
	st := ui.Style{Size: 16, Bold: true}
	n := len(k.fs.Wrap("○ "+label, st, w-16))
	return max(44, float64(n)*k.fs.LineHeight(st)+14)
}

// CardH is the height a LookCard action needs for its title and detail at width w.
func (k *DutyKit) CardH(title, detail string, w float64) float64 {
	h := k.fs.NewBlock(title, cardTitleSt, w-28).Height()
	if detail != "" {
		h += k.fs.NewBlock(detail, cardDetailSt, w-28).Height() + 4
	}
	return max(44, h+24)
}

var (
	cardTitleSt  = ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	cardDetailSt = ui.Style{Size: 14, Color: ui.InkSoft}
)

// Name implements Scene.
func (k *DutyKit) Name() string { return "system-" + k.ID }

// View is the run as the screen may read it.
func (k *DutyKit) View(ctx *Context) game.View { return ctx.Session.View() }

// Layout implements Scene.
func (k *DutyKit) Layout(ctx *Context) {
	fs := ctx.Fonts
	focus := k.m.focus
	step := ctx.Session.Step()
	k.h = newHeader(ctx)
	k.h.setKeys(fs, ctx.T("sys.keys"))
	k.fs = fs
	k.title = fs.NewBlock(ctx.R(step.Title), ui.H2, 1200)
	k.body = fs.NewBlock(ctx.R(step.Body), ui.BodySm, 1200)
	k.gloss.reset()
	k.gloss.mark(ctx, &k.body, 40, 80+k.title.Height()+4)
	// the desk is built as if the intro ended above SysArea.Y, and drawn lower by dy
	// (a gap that grows with the text: none at 100%, where the intro ends at SysArea.Y)
	k.dy = max(0, 80+k.title.Height()+4+k.body.Height()+fs.S(8)-8-SysArea.Y)
	mark := k.gloss.marker(ctx)
	k.List.Mark = func(b *ui.Block, x, y float64) { mark(b, x, y+k.dy) }
	k.done = ui.NewPrimary(fs, ctx.T("nav.done"), 40, ui.H-70)
	k.back = ui.NewQuiet(fs, ctx.T("nav.back_inbox"), k.done.R.X+k.done.R.W+20, ui.H-67)
	k.List.Reset(fs)
	k.acts, k.tabs, k.facts, k.FactTab, k.Words = k.acts[:0], 0, k.facts[:0], 0, nil
	k.bottom, k.tabsBot = 0, SysArea.Y
	k.Screen.Build(ctx, k)
	k.done.R.Y = k.FootY() + k.dy
	k.back.R.Y = k.FootY() + 3 + k.dy
	for i := range k.acts {
		k.acts[i].R.Y += k.dy
	}
	k.layoutActions(fs)
	k.m.items = k.m.items[:0]
	for i := range k.acts {
		k.m.items = append(k.m.items, ui.Button{R: k.acts[i].R, Kind: ui.Quiet, Disabled: k.acts[i].Look == LookDisabled})
	}
	k.m.items = append(k.m.items, k.done, k.back, k.h.menuBtn)
	k.msgList.Reset(fs)
	if k.msg != "" {
		x := k.back.R.X + k.back.R.W + 24
		k.msgList.Warn(k.msg, x, k.back.R.Y+(k.back.R.H-fs.LineHeight(ui.Style{Size: 15, Bold: true}))/2, ui.W-x-40)
	}
	k.m.focus = focus
	if !k.built || k.m.focus >= len(k.m.items) || k.m.focus < 0 {
		k.m.focus = 0
	}
	if k.built && k.wantFocus >= 0 && k.wantFocus < len(k.acts) {
		k.m.focus = k.wantFocus
	}
	k.wantFocus = -1
	// a button that a command just disabled gives the focus to the next open one
	for n := 0; n < len(k.m.items) && k.m.items[k.m.focus].Disabled; n++ {
		k.m.focus = (k.m.focus + 1) % len(k.m.items)
	}
	k.built = true
}

// Tabs adds the row of tabs at the top of the desk; the open one is k.Tab. Keys 1..n
// open them too.
func (k *DutyKit) Tabs(labels ...string) {
	if k.Tab >= len(labels) {
		k.Tab = 0
	}
	w := (SysArea.W - float64(len(labels)-1)*10) / float64(len(labels))
	// as tall as the longest label wraps to
	n := 1
	for i, l := range labels {
		if i == k.Tab {
			l = "▼ " + l
		}
		n = max(n, len(k.fs.Wrap(l, tabStyle, w-16)))
	}
	h := max(44, float64(n)*k.fs.LineHeight(tabStyle)+14)
	// a taller row grows upwards in build coordinates and the whole desk is drawn
	// lower by as much: the desk under it keeps its layout from SysArea.Y+44
	grow := h - 44
	k.dy += grow
	for i, l := range labels {
		k.Add(Action{R: ui.Rect{X: SysArea.X + float64(i)*(w+10), Y: SysArea.Y - grow, W: w, H: h}, Label: l, Look: LookTab,
			Selected: i == k.Tab, Row: 0, Col: i, Do: DoTab, Tab: i})
	}
	k.tabs = len(labels)
	k.tabsBot = SysArea.Y + 44
}

var tabStyle = ui.Style{Size: 17, Bold: true, Color: ui.Teal}

// Add adds an action and returns its index.
func (k *DutyKit) Add(a Action) int {
	k.acts = append(k.acts, a)
	return len(k.acts) - 1
}

// Word says how the player reads a refusal: err from the core is shown as l.
func (k *DutyKit) Word(err error, l game.Line) {
	if k.Words == nil {
		k.Words = map[error]game.Line{}
	}
	k.Words[err] = l
}

// AddFact adds a fact card the screen offers (F opens k.FactTab's); it returns its index.
func (k *DutyKit) AddFact(f game.Fact) int {
	k.facts = append(k.facts, f)
	return len(k.facts) - 1
}

// Preview adds the strip above Done: what Done would change now, meter by meter,
// with signs and units (never colour alone).
func (k *DutyKit) Preview(ctx *Context, head string, order []string, eff map[string]float64) {
	fs := ctx.Fonts
	var parts []string
	for _, id := range order {
		v := eff[id]
		d := game.Meter(id)
		if d == nil || math.Abs(v) < 0.05 {
			continue
		}
		parts = append(parts, ctx.T("meter."+id+".name")+" "+signedMeter(ctx, d, v))
	}
	if len(parts) == 0 {
		parts = append(parts, ctx.T("outcome.none"))
	}
	hs := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	y := max(596, k.bottom+12)
	hb := fs.NewBlock(head, hs, 1180)
	x, by := 50+fs.Width(head, hs)+10, y+2
	w := 1190 - x
	if len(hb.Lines) > 1 || w < 360 {
		// the head on its own line(s), the effects under it
		x, by, w = 50, y+2+hb.Height(), 1180
	}
	b := fs.NewBlock(strings.Join(parts, "  ·  "), ui.Style{Size: 15, Color: ui.Ink}, w)
	h := max(40, by-y+b.Height()+4)
	k.List.Fill(ui.Rect{X: 40, Y: y, W: 1200, H: h}, ui.Muted)
	k.List.Block(hb, 50, y+2)
	k.List.Block(b, x, by)
	k.EndAt(y + h)
}

// layoutActions measures the actions' labels once: a label wider than its action
// wraps, each line centred, the lines centred in the action's height.
func (k *DutyKit) layoutActions(fs *ui.Fonts) {
	for i := range k.acts {
		a := &k.acts[i]
		a.labelLines, a.labelXs = a.labelLines[:0], a.labelXs[:0]
		switch a.Look {
		case LookTab:
			a.labelSt = tabStyle
			if a.Selected {
				a.labelSt.Color = ui.White
				a.Label = "▼ " + a.Label
			}
		case LookChoice:
			a.labelSt = ui.Style{Size: 16, Bold: true, Color: ui.Teal}
			mark := "○ "
			if a.Selected {
				mark, a.labelSt.Color = "● ", ui.White
			}
			a.Label = mark + a.Label
		case LookPlain:
			a.labelSt = ui.Style{Size: 16, Bold: true, Color: ui.Teal}
		case LookDisabled:
			a.labelSt = ui.Style{Size: 15, Color: ui.InkSoft}
		case LookCard:
			a.card = ui.Button{R: a.R, Kind: ui.CardKind, Selected: a.Selected, Title: fs.NewBlock(a.Label, cardTitleSt, a.R.W-28)}
			if a.Detail != "" {
				a.card.Detail = fs.NewBlock(a.Detail, cardDetailSt, a.R.W-28)
			}
			continue
		default:
			continue
		}
		b := fs.NewBlock(a.Label, a.labelSt, a.R.W-16)
		a.labelLH = b.LineH
		a.labelY = a.R.Y + (a.R.H-b.Height())/2
		if a.Look == LookTab {
			a.labelY = a.R.Y + min(10, (a.R.H-b.Height())/2)
		}
		for j, l := range b.Lines {
			a.labelLines = append(a.labelLines, l)
			a.labelXs = append(a.labelXs, a.R.X+(a.R.W-b.Widths[j])/2)
		}
		a.labelX = a.labelXs[0]
	}
}

// drawLabel draws an action's label, line by line.
func (a *Action) drawLabel(c *ui.Canvas) {
	for j, l := range a.labelLines {
		c.Text(l, a.labelXs[j], a.labelY+float64(j)*a.labelLH, a.labelSt)
	}
}

// Update implements Scene.
func (k *DutyKit) Update(ctx *Context, in *Input) error {
	if in.Back {
		ctx.Do((*game.Session).LeaveSystem)
		return nil
	}
	if in.Fact && len(k.facts) > 0 {
		ctx.Push(&FactScene{Fact: k.facts[min(k.FactTab, len(k.facts)-1)]})
		return nil
	}
	k.gloss.track(in)
	if (in.Glossary || (in.Click && !k.onItem(in.X, in.Y))) && k.gloss.handle(ctx, in) {
		return nil
	}
	if f := k.jump(in); f >= 0 {
		k.m.focus = f
		return nil
	}
	if t := digitTab(in, k.tabs); t >= 0 {
		k.openTab(ctx, t)
		return nil
	}
	if f := k.m.focus; f >= 0 && f < len(k.acts) && k.acts[f].Keys != nil {
		for _, r := range in.Chars {
			if cmd, ok := k.acts[f].Keys[unicode.ToLower(r)]; ok {
				k.command(ctx, cmd)
				return nil
			}
		}
	}
	i := k.m.handle(in)
	switch {
	case i < 0:
		return nil
	case i == len(k.acts):
		if err := ctx.Do((*game.Session).FinishSystem); err != nil {
			k.refused(ctx, err)
		}
		return nil
	case i == len(k.acts)+1:
		ctx.Do((*game.Session).LeaveSystem)
		return nil
	case i > len(k.acts)+1:
		ctx.Push(&PauseScene{})
		return nil
	}
	a := k.acts[i]
	switch a.Do {
	case DoTab:
		k.openTab(ctx, a.Tab)
	case DoFact:
		if a.Fact < len(k.facts) {
			ctx.Push(&FactScene{Fact: k.facts[a.Fact]})
		}
	case DoLocal:
		k.msg = ""
		if a.Local != nil {
			a.Local()
		}
		k.Layout(ctx)
	case DoCommand:
		if a.Cmd != nil {
			k.command(ctx, a.Cmd)
		}
	}
	return nil
}

// jump is where End and Home move the focus (-1 for other keys). End jumps to
// Done, wherever the screen put the focus first (the staffing screen starts on its
// first ratio break), so End and Enter finish a desk; Home goes back to the desk's
// first action.
func (k *DutyKit) jump(in *Input) int {
	switch {
	case in.End:
		return len(k.acts)
	case in.Home && len(k.acts) > 0:
		f := 0
		for f < len(k.acts)-1 && k.acts[f].Look == LookDisabled {
			f++
		}
		return f
	}
	return -1
}

// command sends cmd through the one command path and words a refusal.
func (k *DutyKit) command(ctx *Context, cmd game.Command) {
	if err := ctx.Apply(cmd); err != nil {
		k.refused(ctx, err)
	} else if k.msg != "" {
		k.msg = ""
		k.Layout(ctx)
	}
}

func (k *DutyKit) openTab(ctx *Context, t int) {
	k.Tab, k.msg = t, ""
	k.m.focus = t
	k.Layout(ctx)
}

// refused words a refusal from the catalog and shows it under the desk.
func (k *DutyKit) refused(ctx *Context, err error) {
	k.msg = refusal(ctx, err)
	if l, ok := k.Words[err]; ok {
		k.msg = ctx.R(l)
	}
	k.Layout(ctx)
}

// onItem reports whether a point is on one of the desk's buttons: a click there is
// the button's, even on a glossary word in its label.
func (k *DutyKit) onItem(x, y float64) bool {
	for i := range k.m.items {
		if k.m.items[i].R.Contains(x, y) {
			return true
		}
	}
	return false
}

// Message is the refusal on display ("" when none), for tests.
func (k *DutyKit) Message() string { return k.msg }

// Draw implements Scene.
func (k *DutyKit) Draw(ctx *Context, c *ui.Canvas) {
	k.h.draw(c, k.m.focus == len(k.m.items)-1)
	c.Block(k.title, 40, 80)
	c.Block(k.body, 40, 80+k.title.Height()+4)
	if k.dy != 0 {
		f, sh := c.F, c.Shift
		c.F.OffY += k.dy * c.F.Scale
		c.Shift += k.dy
		k.List.Draw(c)
		c.F, c.Shift = f, sh
	} else {
		k.List.Draw(c)
	}
	for i := range k.acts {
		k.drawAction(c, i)
	}
	for i := len(k.acts); i < len(k.m.items); i++ {
		k.m.items[i].Draw(c, k.m.focus == i, k.m.hovered(i))
	}
	k.msgList.Draw(c)
	k.gloss.draw(c)
}

func (k *DutyKit) drawAction(c *ui.Canvas, i int) {
	a := &k.acts[i]
	r := a.R
	hover := k.m.hovered(i)
	fill := ui.Card
	if hover {
		fill = ui.CardHover
	}
	switch a.Look {
	case LookRow:
		if hover {
			c.StrokeRect(r, 2, ui.Teal)
		}
	case LookCard:
		a.card.Draw(c, false, hover)
	case LookDisabled:
		c.FillRect(r, ui.Muted)
		a.drawLabel(c)
	case LookTab:
		if a.Selected {
			c.FillRect(r, ui.Teal)
			c.FillRect(ui.Rect{X: r.X, Y: r.Y + r.H - 5, W: r.W, H: 5}, ui.Focus)
		} else {
			c.FillRect(r, fill)
			c.StrokeRect(r, 2, ui.Teal)
		}
		a.drawLabel(c)
	default: // LookPlain, LookChoice
		if a.Look == LookChoice && a.Selected {
			c.FillRect(r, ui.Teal)
		} else {
			c.FillRect(r, fill)
			c.StrokeRect(r, 2, ui.Teal)
		}
		a.drawLabel(c)
	}
	if k.m.focus == i {
		ui.FocusRing(c, r)
	}
}

// digitTab reads the keys 1..n as a jump to that tab; -1 when none was typed.
func digitTab(in *Input, n int) int {
	for _, r := range in.Chars {
		if r >= '1' && r < '1'+rune(n) {
			return int(r - '1')
		}
	}
	return -1
}

// SysArea is where a duty screen draws its own desk, between the title and the
// Done / Back buttons.
var SysArea = ui.Rect{X: 40, Y: 150, W: 1200, H: 480}

// refusal words a refused duty-screen command for the player, from the catalog: a
// quarter-end refusal carries its own line, and any other refusal (a command at the
// wrong moment, a stale index) gets general words. The Go error's English is for
// logs and tests; the player never reads it.
func refusal(ctx *Context, err error) string {
	var r *game.QuarterRefusal
	if errors.As(err, &r) {
		return ctx.R(r.Line)
	}
	return ctx.T("sys.refused")
}

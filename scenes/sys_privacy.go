package scenes

import (
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// privacyScreen is the HIPAA duty screen on the kit, in three tabs: (1) sort nine
// safeguard cards into administrative, physical and technical, and ask Raj to check;
// (2) pick staff groups to train within the week's hours; (3) tick who must hear
// about this week's breach, and by when. A strip above Done lists what is still
// worth a look (never blocking Done).
type privacyScreen struct{}

// The privacy screen's tabs.
const (
	privacyTabSort = iota
	privacyTabTrain
	privacyTabBreach
)

// Geometry of the privacy tabs, inside SysArea under the tab row.
const (
	privacyTop      = 200.0 // first line under the tabs
	privacyCardW    = 590.0 // a safeguard card (two columns)
	privacyCardH    = 48.0
	privacyCardStep = 56.0
	privacyCardRows = 5
	privacyStripY   = 596.0 // the strip of flags above Done
	privacyNameW    = 318.0 // room for a safeguard's name before its kind's pill
)

// Build implements DutyScreen.
func (p *privacyScreen) Build(ctx *Context, k *DutyKit) {
	d, ok := k.View(ctx).PrivacyDesk()
	if !ok {
		return
	}
	fc := k.View(ctx).PrivacyForecast()
	k.Word(game.ErrTrainingHoursFull, game.L("sys.privacy.msg.hours_full"))
	k.Word(game.ErrPrivacyChecked, game.L("sys.privacy.msg.checked_once"))
	k.AddFact(privacyRulesFact(ctx))
	k.Tabs(ctx.T("sys.privacy.h.sort"), ctx.T("sys.privacy.h.train"), ctx.T("sys.privacy.h.breach"))
	switch k.Tab {
	case privacyTabSort:
		p.buildSort(ctx, k, d, fc)
	case privacyTabTrain:
		p.buildTraining(ctx, k, d, fc)
	default:
		p.buildBreach(ctx, k, d, fc)
	}
	p.buildFlags(ctx, k, fc)
}

// buildSort lays out the nine cards in two columns: each shows its name and the kind
// it is filed under; Enter or a click moves it to the next kind. Once Raj has
// checked, each card says "right" or "wrong" with a tick or a cross.
func (p *privacyScreen) buildSort(ctx *Context, k *DutyKit, d game.PrivacyDesk, fc game.PrivacyForecast) {
	fs := ctx.Fonts
	k.List.Text(ctx.T("sys.privacy.hint.sort"), 40, privacyTop, ui.Small)
	name := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	// one size for every card: the longest name (the settings word them their own
	// way) must end before the kind's pill
	for _, c := range d.Cards {
		for name.Size > 13 && fs.Width(ctx.T(c.NameKey()), name) > privacyNameW {
			name.Size--
		}
	}
	kindSt := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
	for i, c := range d.Cards {
		col, row := i/privacyCardRows, i%privacyCardRows
		r := ui.Rect{X: 40 + float64(col)*(privacyCardW+20), Y: privacyTop + 28 + float64(row)*privacyCardStep, W: privacyCardW, H: privacyCardH}
		k.List.Card(r)
		k.List.Text(ctx.T(c.NameKey()), r.X+12, r.Y+14, name)
		pill := ui.Rect{X: r.X + privacyNameW + 22, Y: r.Y + 9, W: 160, H: 30}
		k.List.Fill(pill, ui.Selected)
		k.List.Stroke(pill, 1.5, ui.Teal)
		k.List.TextCenter(ctx.T("sys.privacy.kind."+c.Placed), pill.X+pill.W/2, pill.Y+5, kindSt)
		if fc.Checked {
			mark := ui.Rect{X: pill.X + pill.W + 12, Y: r.Y + 16, W: 16, H: 16}
			if c.Right() {
				privacyListTick(&k.List, mark)
				k.List.Text(ctx.T("sys.privacy.mark.right"), mark.X+22, r.Y+14, ui.Style{Size: 15, Bold: true, Color: ui.Good})
			} else {
				privacyListCross(&k.List, mark)
				k.List.Text(ctx.T("sys.privacy.mark.wrong"), mark.X+22, r.Y+14, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
			}
		}
		k.Add(Action{R: r, Look: LookRow, Row: 1 + row, Col: col, Do: DoCommand, Cmd: game.PrivacyCycle{Card: i}, Keys: map[rune]game.Command{
			'a': game.PrivacyPlace{Card: i, Kind: game.Administrative},
			'p': game.PrivacyPlace{Card: i, Kind: game.Physical},
			't': game.PrivacyPlace{Card: i, Kind: game.Technical},
		}})
	}
	y := privacyTop + 28 + privacyCardRows*privacyCardStep + 4
	// Raj checks once a week: the button says so, and greys out once used
	label, look := ctx.T("sys.privacy.check_once"), LookPlain
	if fc.ChecksLeft == 0 {
		label, look = ctx.T("sys.privacy.check_used"), LookDisabled
	}
	bw := max(220, fs.Width(label, ui.Style{Size: 16, Bold: true})+40)
	k.Add(Action{R: ui.Rect{X: 40, Y: y, W: bw, H: 48}, Label: label, Look: look, Row: 1 + privacyCardRows, Do: DoCommand, Cmd: game.PrivacyCheck{}})
	status, st := ctx.T("sys.privacy.not_checked_once"), ui.Style{Size: 16, Bold: true, Color: ui.InkSoft}
	switch {
	case fc.Checked:
		status = ctx.T("sys.privacy.checked", game.NumArg(float64(fc.SortRight), 0), game.NumArg(float64(fc.Cards), 0))
		st.Color = ui.Ink
	case fc.ChecksLeft == 0:
		status = ctx.T("sys.privacy.changed_after_check")
	}
	k.List.Text(status, 40+bw+16, y+14, st)
}

// buildTraining lays out the staff groups as tick rows on the left, and the hours and
// the chance of a slip on the right.
func (p *privacyScreen) buildTraining(ctx *Context, k *DutyKit, d game.PrivacyDesk, fc game.PrivacyForecast) {
	const rowW, rowH, step = 760.0, 56.0, 62.0
	k.List.Text(ctx.T("sys.privacy.hours", game.NumArg(float64(fc.HoursUsed), 0), game.NumArg(float64(fc.HoursMax), 0)), 40, privacyTop, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
	k.List.Text(ctx.T("sys.privacy.hint.train"), 40, privacyTop+26, ui.Small)
	for i, g := range d.Groups {
		r := ui.Rect{X: 40, Y: privacyTop + 56 + float64(i)*step, W: rowW, H: rowH}
		privacyTickRow(&k.List, r, g.Trained)
		k.List.Text(ctx.T("sys.privacy.group."+g.ID), r.X+42, r.Y+7, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
		k.List.Text(ctx.T("sys.privacy.group."+g.ID+".about"), r.X+42, r.Y+31, ui.Style{Size: 15, Color: ui.InkSoft})
		k.List.TextRight(ctx.T("sys.privacy.group.hours", game.UnitArg(float64(g.Hours), 0, "h")), r.X+r.W-12, r.Y+7, ui.Style{Size: 17, Bold: true, Color: ui.Teal})
		word, wst := ctx.T("sys.privacy.group.untrained"), ui.Style{Size: 15, Color: ui.InkSoft}
		if g.Trained {
			word, wst = ctx.T("sys.privacy.group.trained"), ui.Style{Size: 15, Bold: true, Color: ui.Good}
		}
		k.List.TextRight(word, r.X+r.W-12, r.Y+31, wst)
		k.Add(Action{R: r, Look: LookRow, Row: 1 + i, Do: DoCommand, Cmd: game.PrivacyTrain{Group: i}})
	}
	// the chance of a slip, as words, a number and a bar
	x, w := 40+rowW+30, SysArea.X+SysArea.W-(40+rowW+30)
	y := privacyTop + 56
	y += k.List.Wrapped(ctx.T("sys.privacy.risk", game.UnitArg(float64(fc.Risk), 0, "%")), x, y, w, ui.Style{Size: 16, Bold: true, Color: ui.Ink}) + 8
	bar := ui.Rect{X: x, Y: y, W: w, H: 14}
	col := ui.TealLight
	if fc.RiskHigh {
		col = ui.Bad
	}
	k.List.Bar(bar, float64(fc.Risk)/100, col)
	k.List.Stroke(bar, 1, ui.InkSoft)
	y += 26
	if fc.RiskHigh {
		k.List.Warn(ctx.T("sys.privacy.risk.high"), x, y, w)
	}
}

// buildBreach tells the breach on the left and lays out the notices as tick rows on
// the right, with the rules card under them.
func (p *privacyScreen) buildBreach(ctx *Context, k *DutyKit, d game.PrivacyDesk, fc game.PrivacyForecast) {
	const textW, rowX, rowW, rowH, step = 560.0, 640.0, 600.0, 48.0, 56.0
	y := privacyTop
	y += k.List.Wrapped(ctx.R(fc.Incident), 40, y, textW, ui.Style{Size: 16, Color: ui.Ink}) + 10
	y += k.List.Wrapped(ctx.R(fc.Encryption), 40, y, textW, ui.Style{Size: 16, Bold: true, Color: ui.Ink}) + 10
	y += k.List.Wrapped(ctx.T("sys.privacy.breach.ask"), 40, y, textW, ui.Style{Size: 15, Color: ui.InkSoft}) + 14
	// who answers for the data here: the covered entity and its business associates,
	// and the setting's own rule when it has one
	y += k.List.Wrapped(ctx.R(fc.Entity), 40, y, textW, ui.Style{Size: 14, Color: ui.InkSoft}) + 8
	if !fc.Note.IsZero() {
		k.List.Wrapped(ctx.R(fc.Note), 40, y, textW, ui.Style{Size: 14, Bold: true, Color: ui.Teal})
	}
	ny := privacyTop
	for i, n := range d.Notices {
		t := ctx.Fonts.NewBlock(ctx.T("sys.privacy.notice."+n.ID), ui.Style{Size: 15, Color: ui.Ink}, rowW-56)
		r := ui.Rect{X: rowX, Y: ny, W: rowW, H: max(rowH, t.Height()+16)}
		privacyTickRow(&k.List, r, n.Ticked)
		k.List.Block(t, r.X+42, r.Y+(r.H-t.Height())/2)
		k.Add(Action{R: r, Look: LookRow, Row: 1 + i, Col: 1, Do: DoCommand, Cmd: game.PrivacyNotice{Notice: i}})
		ny += r.H + step - rowH
	}
	label := ctx.T("sys.privacy.rules")
	bw := max(200, ctx.Fonts.Width(label, ui.Style{Size: 16, Bold: true})+40)
	k.Add(Action{R: ui.Rect{X: rowX + rowW - bw, Y: ny + 4, W: bw, H: 48}, Label: label, Look: LookPlain, Row: 1 + len(d.Notices), Col: 1, Do: DoFact, Fact: 0})
}

// buildFlags adds the strip above Done: what is still worth a look, or that nothing is.
func (p *privacyScreen) buildFlags(ctx *Context, k *DutyKit, fc game.PrivacyForecast) {
	var flags []string
	for _, l := range fc.Flags {
		flags = append(flags, ctx.R(l))
	}
	if len(flags) == 0 {
		flags = append(flags, ctx.T("sys.privacy.flags.none"))
	}
	head := ctx.T("sys.privacy.flags.head")
	hs := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	hw := ctx.Fonts.Width(head, hs)
	b := ctx.Fonts.NewBlock(strings.Join(flags, "  ·  "), ui.Style{Size: 15, Color: ui.Ink}, 1180-hw-10)
	if len(b.Lines) > 2 {
		b.Lines = b.Lines[:2]
	}
	const h = 44.0
	top := privacyStripY + (h-b.Height())/2
	k.List.Fill(ui.Rect{X: 40, Y: privacyStripY, W: 1200, H: h}, ui.Muted)
	k.List.Text(head, 50, top, hs)
	k.List.Block(b, 50+hw+10, top)
}

// privacyRulesFact is the breach-notification fact card (HHS Breach Notification Rule).
func privacyRulesFact(ctx *Context) game.Fact {
	return game.Fact{Text: game.Text{ctx.Lang: ctx.T("sys.privacy.fact.text")}, Source: ctx.T("sys.privacy.fact.source"), Year: 2024}
}

// privacyTickRow draws a row with a tick box: filled and ticked when on (a sign, not
// only a colour).
func privacyTickRow(l *ui.DrawList, r ui.Rect, on bool) {
	bg, edge := ui.Card, ui.Line
	if on {
		bg, edge = ui.Selected, ui.Teal
	}
	l.Fill(r, bg)
	l.Stroke(r, 1.5, edge)
	box := ui.Rect{X: r.X + 10, Y: r.Y + (r.H-22)/2, W: 22, H: 22}
	l.Fill(box, ui.White)
	l.Stroke(box, 2, ui.Teal)
	if on {
		privacyListTick(l, box)
	}
}

// privacyListTick adds a tick in box.
func privacyListTick(l *ui.DrawList, box ui.Rect) {
	l.Line(box.X+box.W*0.18, box.Y+box.H*0.55, box.X+box.W*0.42, box.Y+box.H*0.82, ui.Good)
	l.Line(box.X+box.W*0.42, box.Y+box.H*0.82, box.X+box.W*0.86, box.Y+box.H*0.18, ui.Good)
}

// privacyListCross adds a cross in box.
func privacyListCross(l *ui.DrawList, box ui.Rect) {
	l.Line(box.X+2, box.Y+2, box.X+box.W-2, box.Y+box.H-2, ui.Bad)
	l.Line(box.X+box.W-2, box.Y+2, box.X+2, box.Y+box.H-2, ui.Bad)
}

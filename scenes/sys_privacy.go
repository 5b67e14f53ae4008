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
	top := max(privacyTop, sysTabsBottom(k))
	var bottom float64
	switch k.Tab {
	case privacyTabSort:
		bottom = p.buildSort(ctx, k, d, fc, top)
	case privacyTabTrain:
		bottom = p.buildTraining(ctx, k, d, fc, top)
	default:
		bottom = p.buildBreach(ctx, k, d, fc, top)
	}
	p.buildFlags(ctx, k, fc, max(privacyStripY, bottom+12))
}

// buildSort lays out the nine cards in two columns (one at a large text size): each
// shows its name and the kind it is filed under; Enter or a click moves it to the
// next kind. Once Raj has checked, each card says "right" or "wrong" with a tick or
// a cross. It returns where the desk ends.
func (p *privacyScreen) buildSort(ctx *Context, k *DutyKit, d game.PrivacyDesk, fc game.PrivacyForecast, top float64) float64 {
	fs := ctx.Fonts
	y := top + k.List.Wrapped(ctx.T("sys.privacy.hint.sort"), 40, top, SysArea.W, ui.Small) + 7
	name := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	kindSt := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
	markSt := ui.Style{Size: 15, Bold: true}
	cols, cardW := 2, privacyCardW
	if fs.TextScale() > 1.3 {
		cols, cardW = 1, SysArea.W
	}
	rows := (len(d.Cards) + cols - 1) / cols
	pillW, pillH := 160.0, max(30, fs.LineHeight(kindSt)+8)
	for _, kind := range []string{game.Administrative, game.Physical, game.Technical} {
		pillW = max(pillW, fs.Width(ctx.T("sys.privacy.kind."+kind), kindSt)+20)
	}
	markW := 0.0
	if fc.Checked {
		markW = 12 + 22 + max(fs.Width(ctx.T("sys.privacy.mark.right"), markSt), fs.Width(ctx.T("sys.privacy.mark.wrong"), markSt))
	}
	nameW := privacyNameW
	if cols == 1 || pillW > 160 || markW > cardW-privacyNameW-22-160-10 {
		nameW = cardW - 12 - 10 - pillW - markW - 10
	}
	// one size for every card: the longest name (the settings word them their own
	// way) must end before the kind's pill; past the smallest size it wraps
	for _, c := range d.Cards {
		for name.Size > 13 && fs.Width(ctx.T(c.NameKey()), name) > nameW {
			name.Size--
		}
	}
	names := make([]ui.Block, len(d.Cards))
	cardH := privacyCardH
	for i, c := range d.Cards {
		names[i] = fs.NewBlock(ctx.T(c.NameKey()), name, nameW)
		cardH = max(cardH, names[i].Height()+20, pillH+18)
	}
	step := cardH + privacyCardStep - privacyCardH
	for i, c := range d.Cards {
		col, row := i/rows, i%rows
		r := ui.Rect{X: 40 + float64(col)*(cardW+20), Y: y + float64(row)*step, W: cardW, H: cardH}
		k.List.Card(r)
		k.List.Block(names[i], r.X+12, r.Y+(r.H-names[i].Height())/2)
		pill := ui.Rect{X: r.X + 12 + nameW + 10, Y: r.Y + (r.H-pillH)/2, W: pillW, H: pillH}
		k.List.Fill(pill, ui.Selected)
		k.List.Stroke(pill, 1.5, ui.Teal)
		k.List.TextCenter(ctx.T("sys.privacy.kind."+c.Placed), pill.X+pill.W/2, pill.Y+(pill.H-fs.LineHeight(kindSt))/2, kindSt)
		if fc.Checked {
			mark := ui.Rect{X: pill.X + pill.W + 12, Y: r.Y + (r.H-16)/2, W: 16, H: 16}
			ty := r.Y + (r.H-fs.LineHeight(markSt))/2
			if c.Right() {
				privacyListTick(&k.List, mark)
				k.List.Text(ctx.T("sys.privacy.mark.right"), mark.X+22, ty, ui.Style{Size: 15, Bold: true, Color: ui.Good})
			} else {
				privacyListCross(&k.List, mark)
				k.List.Text(ctx.T("sys.privacy.mark.wrong"), mark.X+22, ty, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
			}
		}
		k.Add(Action{R: r, Look: LookRow, Row: 1 + row, Col: col, Do: DoCommand, Cmd: game.PrivacyCycle{Card: i}, Keys: map[rune]game.Command{
			'a': game.PrivacyPlace{Card: i, Kind: game.Administrative},
			'p': game.PrivacyPlace{Card: i, Kind: game.Physical},
			't': game.PrivacyPlace{Card: i, Kind: game.Technical},
		}})
	}
	y += float64(rows)*step + 4
	// Raj checks once a week: the button says so, and greys out once used
	label, look := ctx.T("sys.privacy.check_once"), LookPlain
	if fc.ChecksLeft == 0 {
		label, look = ctx.T("sys.privacy.check_used"), LookDisabled
	}
	bst := ui.Style{Size: 16, Bold: true}
	bw, bh := max(220, fs.Width(label, bst)+40), max(48, sysButtonH(fs, bst))
	k.Add(Action{R: ui.Rect{X: 40, Y: y, W: bw, H: bh}, Label: label, Look: look, Row: 1 + rows, Do: DoCommand, Cmd: game.PrivacyCheck{}})
	status, st := ctx.T("sys.privacy.not_checked_once"), ui.Style{Size: 16, Bold: true, Color: ui.InkSoft}
	switch {
	case fc.Checked:
		status = ctx.T("sys.privacy.checked", game.NumArg(float64(fc.SortRight), 0), game.NumArg(float64(fc.Cards), 0))
		st.Color = ui.Ink
	case fc.ChecksLeft == 0:
		status = ctx.T("sys.privacy.changed_after_check")
	}
	sx := 40 + bw + 16
	if 1240-sx < 300 {
		sy := y + bh + 8
		return sy + k.List.Wrapped(status, 40, sy, SysArea.W, st)
	}
	sb := fs.NewBlock(status, st, 1240-sx)
	k.List.Block(sb, sx, y+max(0, (bh-sb.Height())/2))
	return max(y+bh, y+sb.Height())
}

// buildTraining lays out the staff groups as tick rows on the left, and the hours and
// the chance of a slip on the right (under them at a large text size).
func (p *privacyScreen) buildTraining(ctx *Context, k *DutyKit, d game.PrivacyDesk, fc game.PrivacyForecast, top float64) float64 {
	fs := ctx.Fonts
	const rowGap = 6.0
	rowW := 760.0
	wide := fs.TextScale() > 1.3
	if wide {
		rowW = SysArea.W
	}
	y := top
	y += k.List.Wrapped(ctx.T("sys.privacy.hours", game.NumArg(float64(fc.HoursUsed), 0), game.NumArg(float64(fc.HoursMax), 0)), 40, y, SysArea.W, ui.Style{Size: 17, Bold: true, Color: ui.Ink}) + 3
	y += k.List.Wrapped(ctx.T("sys.privacy.hint.train"), 40, y, SysArea.W, ui.Small) + 9
	y = max(y, top+56)
	nameSt := ui.Style{Size: 17, Bold: true, Color: ui.Ink}
	aboutSt := ui.Style{Size: 15, Color: ui.InkSoft}
	hoursSt := ui.Style{Size: 17, Bold: true, Color: ui.Teal}
	rows := y
	for i, g := range d.Groups {
		hours := ctx.T("sys.privacy.group.hours", game.UnitArg(float64(g.Hours), 0, "h"))
		word, wst := ctx.T("sys.privacy.group.untrained"), ui.Style{Size: 15, Color: ui.InkSoft}
		if g.Trained {
			word, wst = ctx.T("sys.privacy.group.trained"), ui.Style{Size: 15, Bold: true, Color: ui.Good}
		}
		rightW := max(fs.Width(hours, hoursSt), fs.Width(word, wst)) + 12
		textW := rowW - 42 - 12 - rightW
		name := fs.NewBlock(ctx.T("sys.privacy.group."+g.ID), nameSt, textW)
		about := fs.NewBlock(ctx.T("sys.privacy.group."+g.ID+".about"), aboutSt, textW)
		rh := max(56, 7+name.Height()+2+about.Height()+6)
		r := ui.Rect{X: 40, Y: rows, W: rowW, H: rh}
		privacyTickRow(&k.List, r, g.Trained)
		k.List.Block(name, r.X+42, r.Y+7)
		k.List.Block(about, r.X+42, r.Y+7+name.Height()+2)
		k.List.TextRight(hours, r.X+r.W-12, r.Y+7, hoursSt)
		k.List.TextRight(word, r.X+r.W-12, r.Y+7+name.Height()+2, wst)
		k.Add(Action{R: r, Look: LookRow, Row: 1 + i, Do: DoCommand, Cmd: game.PrivacyTrain{Group: i}})
		rows += rh + rowGap
	}
	// the chance of a slip, as words, a number and a bar
	x, w := 40+rowW+30, SysArea.X+SysArea.W-(40+rowW+30)
	if wide {
		x, w, y = 40, SysArea.W, rows+6
	}
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
		y += k.List.Warn(ctx.T("sys.privacy.risk.high"), x, y, w)
	}
	return max(y, rows-rowGap)
}

// buildBreach tells the breach on the left and lays out the notices as tick rows on
// the right (under it at a large text size), with the rules card under them.
func (p *privacyScreen) buildBreach(ctx *Context, k *DutyKit, d game.PrivacyDesk, fc game.PrivacyForecast, top float64) float64 {
	const rowH, gap = 48.0, 8.0
	textW, rowX, rowW := 560.0, 640.0, 600.0
	wide := ctx.Fonts.TextScale() > 1.3
	if wide {
		textW, rowX, rowW = SysArea.W, 40, SysArea.W
	}
	y := top
	y += k.List.Wrapped(ctx.R(fc.Incident), 40, y, textW, ui.Style{Size: 16, Color: ui.Ink}) + 10
	y += k.List.Wrapped(ctx.R(fc.Encryption), 40, y, textW, ui.Style{Size: 16, Bold: true, Color: ui.Ink}) + 10
	y += k.List.Wrapped(ctx.T("sys.privacy.breach.ask"), 40, y, textW, ui.Style{Size: 15, Color: ui.InkSoft}) + 14
	// who answers for the data here: the covered entity and its business associates,
	// and the setting's own rule when it has one
	y += k.List.Wrapped(ctx.R(fc.Entity), 40, y, textW, ui.Style{Size: 14, Color: ui.InkSoft}) + 8
	if !fc.Note.IsZero() {
		y += k.List.Wrapped(ctx.R(fc.Note), 40, y, textW, ui.Style{Size: 14, Bold: true, Color: ui.Teal})
	}
	ny := top
	if wide {
		ny = y + 12
	}
	for i, n := range d.Notices {
		t := ctx.Fonts.NewBlock(ctx.T("sys.privacy.notice."+n.ID), ui.Style{Size: 15, Color: ui.Ink}, rowW-56)
		r := ui.Rect{X: rowX, Y: ny, W: rowW, H: max(rowH, t.Height()+16)}
		privacyTickRow(&k.List, r, n.Ticked)
		k.List.Block(t, r.X+42, r.Y+(r.H-t.Height())/2)
		k.Add(Action{R: r, Look: LookRow, Row: 1 + i, Col: 1, Do: DoCommand, Cmd: game.PrivacyNotice{Notice: i}})
		ny += r.H + gap
	}
	label := ctx.T("sys.privacy.rules")
	bst := ui.Style{Size: 16, Bold: true}
	bw, bh := max(200, ctx.Fonts.Width(label, bst)+40), max(48, sysButtonH(ctx.Fonts, bst))
	k.Add(Action{R: ui.Rect{X: rowX + rowW - bw, Y: ny + 4, W: bw, H: bh}, Label: label, Look: LookPlain, Row: 1 + len(d.Notices), Col: 1, Do: DoFact, Fact: 0})
	return max(y, ny+4+bh)
}

// buildFlags adds the strip above Done: what is still worth a look, or that nothing is.
func (p *privacyScreen) buildFlags(ctx *Context, k *DutyKit, fc game.PrivacyForecast, stripY float64) {
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
	bx, by := 50+hw+10, 0.0
	if ctx.Fonts.TextScale() > 1.3 { // the head on its own line
		bx, by = 50, ctx.Fonts.LineHeight(hs)
	}
	b := ctx.Fonts.NewBlock(strings.Join(flags, "  ·  "), ui.Style{Size: 15, Color: ui.Ink}, 1230-bx)
	if len(b.Lines) > 2 && ctx.Fonts.TextScale() <= 1 {
		b.Lines = b.Lines[:2]
	}
	h := max(40, by+b.Height()+8)
	top := stripY + (h-by-b.Height())/2
	k.List.Fill(ui.Rect{X: 40, Y: stripY, W: 1200, H: h}, ui.Muted)
	k.List.Text(head, 50, top, hs)
	k.List.Block(b, bx, top+by)
	k.EndAt(stripY + h)
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

package scenes

import (
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// equipmentScreen is the equipment duty screen, on the kit, in two tabs.
// Maintenance: the inventory with each item's flag and due date; book this week's
// limited technician hours (and buy contract hours). Capital: rank requests for new
// equipment within the capital budget, each with the 30% replacement hint. Every
// number and rule comes from the core's EquipmentForecast.
type equipmentScreen struct{}

// The equipment screen's tabs.
const (
	equipmentTabMaint = iota
	equipmentTabCapital
)

// The equipment screen's fact cards, in the order View.EquipmentFacts returns them.
const (
	equipmentFactSurvey = iota
	equipmentFactLoaner
	equipmentFactRule
)

// Build implements DutyScreen.
func (s *equipmentScreen) Build(ctx *Context, k *DutyKit) {
	v := k.View(ctx)
	p, ok := v.EquipmentPlan()
	if !ok {
		return
	}
	fc := v.EquipmentForecast()
	facts := v.EquipmentFacts()
	// outside a hospital the first two cards are the rules that bind that setting's
	// equipment (sterilizers, lab tests, x-ray, vaccine storage, security), from the catalog
	if rules := v.EquipmentRuleFacts(); len(rules) > 0 && len(facts) > equipmentFactRule {
		var own []game.Fact
		for _, id := range rules {
			own = append(own, catalogFact(ctx, "sys.equipment.fact."+id))
		}
		facts = append(own, facts[equipmentFactRule:]...)
	}
	for _, f := range facts {
		k.AddFact(f)
	}
	// The kit words a refusal from a catalog key without arguments; a key it does not
	// know renders as itself, so these messages are rendered here, with their numbers.
	k.Word(game.ErrEquipNoHours, game.L("sys.equipment.msg.no_hours"))
	k.Word(game.ErrEquipOverBudget, game.L("sys.equipment.msg.over_budget", game.MoneyArg(fc.Left)))
	k.Word(game.ErrEquipLimit, game.L("sys.equipment.msg.limit", game.UnitArg(game.EquipContractMax, 0, "h")))
	k.Tabs(
		ctx.T("sys.equipment.tab.maint", game.NumArg(float64(fc.Used), 0), game.NumArg(float64(fc.Capacity), 0)),
		ctx.T("sys.equipment.tab.capital", game.MoneyArg(fc.Spent), game.MoneyArg(fc.Budget)),
	)
	if k.Tab == equipmentTabMaint {
		s.maintenance(ctx, k, p, fc, len(facts))
	} else {
		if len(facts) > equipmentFactRule {
			k.FactTab = equipmentFactRule
		}
		s.capital(ctx, k, p, fc, len(facts))
	}
	order := []string{game.MaintenanceDone, game.BoardConfidence, game.OperatingMargin, game.DaysCashOnHand, game.BudgetVariance, game.PatientSatisfied, game.EDMinutes}
	k.Preview(ctx, ctx.T("sys.equipment.preview"), order, fc.Effects)
}

// sysTabsBottom is where the desk's content may start under the kit's tab row (in
// build coordinates: a taller tab row moves the whole desk down).
func sysTabsBottom(k *DutyKit) float64 { return k.TabsBottom() + 8 }

// longestWord is the width of a text's longest word: a heading wraps, but never
// inside a word.
func longestWord(fs *ui.Fonts, s string, st ui.Style) float64 {
	w := 0.0
	for _, word := range strings.Fields(s) {
		w = max(w, fs.Width(word, st))
	}
	return w
}

// maintenance: the inventory as rows to book, and the hours and warnings on the
// right (under the table when the table needs the whole width).
func (s *equipmentScreen) maintenance(ctx *Context, k *DutyKit, p game.EquipmentPlan, fc game.EquipmentForecast, facts int) {
	fs, l := ctx.Fonts, &k.List
	top := sysTabsBottom(k)
	x0 := 40.0
	head := ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}
	nameSt := ui.Style{Size: 17, Bold: true, Color: ui.Ink}
	pillSt := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	hoursSt := ui.Style{Size: 16, Color: ui.Ink}
	heads := []string{ctx.T("sys.equipment.col.booked"), ctx.T("sys.equipment.col.item"), ctx.T("sys.equipment.col.flag"),
		ctx.T("sys.equipment.col.due"), ctx.T("sys.equipment.col.hours")}
	// each column as wide as its words need (at least where it sat at 100%)
	need := make([]float64, 5)
	for i, h := range heads {
		need[i] = longestWord(fs, h, head) + 12
	}
	need[0] = max(need[0], 60)
	side := max(20, fs.LineHeight(ui.Style{Size: 16, Bold: true})) // the missed-check marker
	for i, it := range p.Items {
		need[1] = max(need[1], fs.Width(ctx.T("sys.equipment.item."+it.ID), nameSt)+16)
		need[2] = max(need[2], fs.Width(ctx.T("sys.equipment.class."+it.Class), pillSt)+30)
		due, dueSt := equipmentDue(ctx, it, fc.Items[i])
		need[3] = max(need[3], fs.Width(due, dueSt)+16)
		need[4] = max(need[4], fs.Width(ctx.T("sys.equipment.hours", game.NumArg(float64(it.Hours), 0)), hoursSt)+30+side)
	}
	base := []float64{0, 64, 370, 520, 730}
	place := func(w float64) ([]float64, float64) {
		xs := make([]float64, 5)
		for i := range xs {
			xs[i] = base[i]
			if i > 0 {
				xs[i] = max(base[i], xs[i-1]+need[i-1])
			}
		}
		return xs, xs[4] + need[4]
	}
	w := 840.0
	xs, end := place(w)
	wide := end > w || fs.TextScale() > 1.3
	if wide {
		w = SysArea.W
		xs, end = place(w)
	}
	if end > w { // the names wrap
		shrink := end - w
		for i := 2; i < 5; i++ {
			xs[i] -= shrink
		}
	}
	nameW := xs[2] - xs[1] - 12
	headH := 0.0
	for i, h := range heads {
		cw := w - xs[i]
		if i < 4 {
			cw = xs[i+1] - xs[i] - 6
		}
		headH = max(headH, l.Wrapped(h, x0+xs[i]+4, top, cw, head))
	}
	pillH := fs.LineHeight(pillSt) + 6
	pillW := need[2] - 14
	y := top + headH + 4
	for i, it := range p.Items {
		itf := fc.Items[i]
		name := fs.NewBlock(ctx.T("sys.equipment.item."+it.ID), nameSt, nameW)
		rh := max(44, name.Height()+20, pillH+16, fs.LineHeight(hoursSt)+22)
		r := ui.Rect{X: x0, Y: y, W: w, H: rh}
		fill := ui.Card
		if it.Scheduled {
			fill = ui.Selected
		}
		l.Fill(r, fill)
		l.Fill(ui.Rect{X: r.X, Y: r.Y + r.H - 1, W: r.W, H: 1}, ui.Line)
		// the tick box: a drawn box, ticked when booked
		box := ui.Rect{X: x0 + 14, Y: y + (rh-22)/2, W: 22, H: 22}
		l.Fill(box, ui.White)
		l.Stroke(box, 2, ui.Teal)
		if it.Scheduled {
			l.Line(box.X+4, box.Y+12, box.X+9, box.Y+18, ui.Good)
			l.Line(box.X+9, box.Y+18, box.X+19, box.Y+4, ui.Good)
		}
		l.Block(name, x0+xs[1], y+11)
		// the Joint Commission flag, in words
		py := y + (rh-pillH)/2
		switch it.Class {
		case game.EquipLife:
			l.Fill(ui.Rect{X: x0 + xs[2] - 4, Y: py, W: pillW, H: pillH}, ui.Ink)
			l.Text(ctx.T("sys.equipment.class.life"), x0+xs[2]+4, py+3, ui.Style{Size: 15, Bold: true, Color: ui.White})
		case game.EquipHigh:
			l.Card(ui.Rect{X: x0 + xs[2] - 4, Y: py, W: pillW, H: pillH})
			l.Text(ctx.T("sys.equipment.class.high"), x0+xs[2]+4, py+3, pillSt)
		default:
			l.Text(ctx.T("sys.equipment.class."+it.Class), x0+xs[2]+4, py+3, ui.Style{Size: 15, Color: ui.InkSoft})
		}
		due, dueSt := equipmentDue(ctx, it, itf)
		l.Text(due, x0+xs[3], y+12, dueSt)
		l.Text(ctx.T("sys.equipment.hours", game.NumArg(float64(it.Hours), 0)), x0+xs[4], y+12, hoursSt)
		if itf.Missed {
			mst := ui.Style{Size: 16, Bold: true, Color: ui.White}
			l.Fill(ui.Rect{X: x0 + w - 14 - side, Y: y + (rh-side)/2, W: side, H: side}, ui.Bad)
			l.TextCenter("!", x0+w-14-side/2, y+(rh-side)/2+(side-fs.LineHeight(mst))/2, mst)
		}
		k.Add(Action{R: r, Look: LookRow, Selected: it.Scheduled, Row: 1 + i, Col: 0, Cmd: game.EquipmentSchedule{Item: i}})
		y += rh + 1
	}
	// right panel (or under the table): hours, completion, warnings
	px, pw, py := 900.0, 340.0, top
	minH := 588 - top
	if wide {
		px, pw, py, minH = 40, SysArea.W, y+12, 0
	}
	var scratch ui.DrawList
	scratch.Reset(fs)
	h := s.panel(ctx, &scratch, nil, p, fc, facts, px, py, pw, wide) - py + 10
	l.Card(ui.Rect{X: px, Y: py, W: pw, H: max(minH, h)})
	s.panel(ctx, l, k, p, fc, facts, px, py, pw, wide)
	k.EndAt(max(y, py+max(minH, h)))
}

// panel adds the maintenance panel's words to l (and its buttons to k when k is not
// nil) from (px, py), pw wide; it returns where they end. Only at 100% and beside
// the table does a long list of warnings end in "and N more".
func (s *equipmentScreen) panel(ctx *Context, l *ui.DrawList, k *DutyKit, p game.EquipmentPlan, fc game.EquipmentForecast, facts int, px, py, pw float64, all bool) float64 {
	fs := ctx.Fonts
	y := py + 10
	hw := pw - 28
	if facts > equipmentFactSurvey {
		fb := ui.NewQuiet(fs, ctx.T("nav.fact"), 0, py+4)
		fb.R.X = px + pw - 10 - fb.R.W
		fb.R.H = max(fb.R.H, sysButtonH(fs, ui.Style{Size: 16, Bold: true}))
		hw = fb.R.X - px - 14 - 10
		if k != nil {
			k.Add(Action{R: fb.R, Label: ctx.T("nav.fact"), Look: LookPlain, Row: 0, Col: 2, Do: DoFact, Fact: equipmentFactSurvey})
		}
		y = max(y+l.Wrapped(ctx.T("sys.equipment.hours_head"), px+14, y, hw, ui.Style{Size: 18, Bold: true, Color: ui.Ink}), fb.R.Y+fb.R.H) + 6
	} else {
		y += l.Wrapped(ctx.T("sys.equipment.hours_head"), px+14, y, hw, ui.Style{Size: 18, Bold: true, Color: ui.Ink}) + 6
	}
	y += l.Wrapped(ctx.T("sys.equipment.hours_used", game.NumArg(float64(fc.Used), 0), game.NumArg(float64(fc.Capacity), 0)), px+14, y, pw-28, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	l.Bar(ui.Rect{X: px + 14, Y: y, W: pw - 28, H: 12}, float64(fc.Used)/float64(max(1, fc.Capacity)), ui.Teal)
	y += 18
	y += l.Wrapped(ctx.T("sys.equipment.staff_hours", game.NumArg(float64(p.StaffHours()), 0), game.NumArg(float64(fc.Contract), 0),
		game.MoneyArg(fc.ContractCost), game.MoneyArg(game.EquipContractRate)), px+14, y, pw-28, ui.Small) + 4
	step := game.NumArg(game.EquipContractStep, 0)
	bst := ui.Style{Size: 16, Bold: true}
	down, up := ctx.T("sys.equipment.contract_down", step), ctx.T("sys.equipment.contract_up", step)
	bh := sysButtonH(fs, bst)
	dw, uw := max(120, fs.Width(down, bst)+28), max(120, fs.Width(up, bst)+28)
	if k != nil {
		k.Add(Action{R: ui.Rect{X: px + 14, Y: y, W: dw, H: bh}, Label: down, Look: LookPlain,
			Row: 9, Col: 1, Cmd: game.EquipmentContract{Delta: -1}})
		k.Add(Action{R: ui.Rect{X: px + 24 + dw, Y: y, W: uw, H: bh}, Label: up, Look: LookPlain,
			Row: 9, Col: 2, Cmd: game.EquipmentContract{Delta: 1}})
	}
	y += bh + 8
	y += l.Wrapped(ctx.T("sys.equipment.done_share", game.NumArg(float64(fc.DueDone), 0), game.NumArg(float64(fc.DueTasks), 0), game.UnitArg(fc.WeekPct, 0, "%")),
		px+14, y, pw-28, ui.Style{Size: 16, Bold: true, Color: ui.Ink}) + 6
	bottom := 588.0 - 8 - 20 // room for the "and N more" line
	warnSt := ui.Style{Size: 15, Bold: true}
	for shown, f := range fc.MaintFlags {
		text := ctx.R(f)
		if !all && fs.TextScale() <= 1 && y+fs.NewBlock(text, warnSt, pw-28-26).Height() > bottom {
			y += l.Wrapped(ctx.T("sys.equipment.more_flags", game.NumArg(float64(len(fc.MaintFlags)-shown), 0)), px+14, y, pw-28, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
			break
		}
		y += l.Warn(text, px+14, y, pw-28) + 4
	}
	if len(fc.MaintFlags) == 0 {
		y += l.Wrapped(ctx.T("sys.equipment.all_good"), px+14, y, pw-28, ui.Style{Size: 15, Color: ui.Good})
	}
	return y
}

// equipmentDue words an item's due date: "due in 3 days", "OVERDUE by 4 days",
// "check before first use", "due in 20 days (later)"; what is urgent is bold.
func equipmentDue(ctx *Context, it game.EquipItem, itf game.ItemForecast) (string, ui.Style) {
	days := game.NumArg(float64(it.Due), 0)
	bold := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	switch itf.Due {
	case game.EquipDueLoaner:
		return ctx.T("sys.equipment.due.loaner"), bold
	case game.EquipDueOverdue:
		return ctx.T("sys.equipment.due.overdue", game.NumArg(float64(-it.Due), 0)), ui.Style{Size: 16, Bold: true, Color: ui.Bad}
	case game.EquipDueToday:
		return ctx.T("sys.equipment.due.today"), bold
	case game.EquipDueLater:
		return ctx.T("sys.equipment.due.later", days), ui.Style{Size: 16, Color: ui.InkSoft}
	}
	return ctx.T("sys.equipment.due.in", days), ui.Style{Size: 16, Color: ui.Ink}
}

// capital: the budget bar, then one row per request with its 30% hint (beside the
// request, or under it at a large text size).
func (s *equipmentScreen) capital(ctx *Context, k *DutyKit, p game.EquipmentPlan, fc game.EquipmentForecast, facts int) {
	fs, l := ctx.Fonts, &k.List
	top := sysTabsBottom(k)
	barW := 1200.0
	y := top + 2
	textW := 1200.0
	if facts > equipmentFactRule {
		label := ctx.T("sys.equipment.fact.rule")
		fb := ui.NewQuiet(fs, label, 0, top-4)
		fb.R.X = 1240 - fb.R.W
		fb.R.H = max(fb.R.H, sysButtonH(fs, ui.Style{Size: 16, Bold: true}))
		barW = fb.R.X - 40 - 16
		textW = barW
		k.Add(Action{R: fb.R, Label: label, Look: LookPlain, Row: 0, Col: 2, Do: DoFact, Fact: equipmentFactRule})
		y = max(y+l.Wrapped(ctx.T("sys.equipment.budget", game.MoneyArg(fc.Budget), game.MoneyArg(fc.Spent), game.MoneyArg(fc.Left)), 40, y, textW, ui.Style{Size: 17, Bold: true, Color: ui.Ink})+4,
			fb.R.Y+fb.R.H-12)
	} else {
		y += l.Wrapped(ctx.T("sys.equipment.budget", game.MoneyArg(fc.Budget), game.MoneyArg(fc.Spent), game.MoneyArg(fc.Left)), 40, y, textW, ui.Style{Size: 17, Bold: true, Color: ui.Ink}) + 4
	}
	l.Bar(ui.Rect{X: 40, Y: y, W: barW, H: 12}, float64(fc.Spent)/float64(max(1, fc.Budget)), ui.Teal)
	y += 22
	under := fs.TextScale() > 1.3 // the hints go under each request
	rankSt := ui.Style{Size: 20, Bold: true, Color: ui.White}
	badgeW := max(54, fs.Width(ctx.T("sys.equipment.rank", game.NumArg(float64(max(1, len(p.Requests))), 0)), rankSt)+16)
	badgeH := max(44, fs.LineHeight(rankSt)+8)
	tx := 52 + badgeW + 16
	hx := 850.0
	leftW, hintW := hx-tx-16, 1240-hx-8
	if under {
		hx, leftW, hintW = tx, 1240-tx-12, 1240-tx-12
	}
	nameSt := ui.Style{Size: 17, Bold: true, Color: ui.Ink}
	for i, r := range p.Requests {
		rf := fc.Requests[i]
		status := ctx.T("sys.equipment.req.unfunded")
		if r.Rank > 0 {
			status = ctx.T("sys.equipment.req.funded", game.NumArg(float64(r.Rank), 0))
		}
		key := "sys.equipment.req." + r.ID + "."
		name := fs.NewBlock(ctx.T("sys.equipment.req.line", ctx.T(key+"name"), game.MoneyArg(r.Cost), status), nameSt, leftW)
		who := fs.NewBlock(ctx.T(key+"who"), ui.Small, leftW)
		// the hint: the old unit's service cost against the new price
		hint := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
		share := ctx.T("sys.equipment.hint.share", game.MoneyArg(r.Service), game.UnitArg(rf.Share, 0, "%"))
		rule := game.UnitArg(game.EquipReplaceRule*100, 0, "%")
		var l1, l2 string
		switch rf.Hint {
		case game.EquipHintNew:
			l1 = ctx.T("sys.equipment.hint.new", rule)
			l2 = ctx.T("sys.equipment.hint.new_cost", game.MoneyArg(-rf.Yearly))
			if rf.Earns {
				l2 = ctx.T(key+"gain", game.MoneyArg(rf.Yearly))
			}
		case game.EquipHintReplace:
			l1 = share
			l2 = ctx.T("sys.equipment.hint.replace", rule, game.MoneyArg(rf.Yearly))
			hint.Color = ui.Bad
		default:
			l1 = share
			l2 = ctx.T("sys.equipment.hint.repair", rule, game.SignedMoneyArg(rf.Yearly))
		}
		h1, h2 := fs.NewBlock(l1, hint, hintW), fs.NewBlock(l2, ui.Small, hintW)
		leftH := name.Height() + 2 + who.Height()
		hintY := 8.0
		if under {
			hintY = 8 + leftH + 4
			leftH = hintY - 8 + h1.Height() + h2.Height()
		}
		rowH := max(63, badgeH+18, 8+leftH+8, hintY+h1.Height()+h2.Height()+8)
		row := ui.Rect{X: 40, Y: y, W: 1200, H: rowH}
		fill := ui.Card
		if r.Rank > 0 {
			fill = ui.Selected
		}
		l.Fill(row, fill)
		l.Fill(ui.Rect{X: row.X, Y: row.Y + row.H - 1, W: row.W, H: 1}, ui.Line)
		// the rank badge: "#1" when funded, "—" when not
		badge := ui.Rect{X: 52, Y: y + 9, W: badgeW, H: badgeH}
		if r.Rank > 0 {
			l.Fill(badge, ui.Teal)
			l.TextCenter(ctx.T("sys.equipment.rank", game.NumArg(float64(r.Rank), 0)), badge.X+badge.W/2, badge.Y+(badgeH-fs.LineHeight(rankSt))/2, rankSt)
		} else {
			l.Card(badge)
			l.TextCenter(ctx.T("sys.equipment.rank_none"), badge.X+badge.W/2, badge.Y+(badgeH-fs.LineHeight(rankSt))/2, ui.Style{Size: 20, Bold: true, Color: ui.InkSoft})
		}
		l.Block(name, tx, y+8)
		l.Block(who, tx, y+8+name.Height()+2)
		l.Block(h1, hx, y+hintY)
		l.Block(h2, hx, y+hintY+h1.Height())
		k.Add(Action{R: row, Look: LookRow, Selected: r.Rank > 0, Row: 1 + i, Col: 0, Cmd: game.EquipmentFund{Request: i}})
		y += rowH + 4
	}
	k.EndAt(y - 4)
}

package scenes

import (
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

// maintenance: the inventory as rows to book, and the hours and warnings on the right.
func (s *equipmentScreen) maintenance(ctx *Context, k *DutyKit, p game.EquipmentPlan, fc game.EquipmentForecast, facts int) {
	fs, l := ctx.Fonts, &k.List
	x0, w := 40.0, 840.0
	head := ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}
	l.Text(ctx.T("sys.equipment.col.booked"), x0+4, 202, head)
	l.Text(ctx.T("sys.equipment.col.item"), x0+64, 202, head)
	l.Text(ctx.T("sys.equipment.col.flag"), x0+370, 202, head)
	l.Text(ctx.T("sys.equipment.col.due"), x0+520, 202, head)
	l.Text(ctx.T("sys.equipment.col.hours"), x0+730, 202, head)
	for i, it := range p.Items {
		itf := fc.Items[i]
		y := 226 + float64(i)*45
		r := ui.Rect{X: x0, Y: y, W: w, H: 44}
		fill := ui.Card
		if it.Scheduled {
			fill = ui.Selected
		}
		l.Fill(r, fill)
		l.Fill(ui.Rect{X: r.X, Y: r.Y + r.H - 1, W: r.W, H: 1}, ui.Line)
		// the tick box: a drawn box, ticked when booked
		box := ui.Rect{X: x0 + 14, Y: y + 11, W: 22, H: 22}
		l.Fill(box, ui.White)
		l.Stroke(box, 2, ui.Teal)
		if it.Scheduled {
			l.Line(box.X+4, box.Y+12, box.X+9, box.Y+18, ui.Good)
			l.Line(box.X+9, box.Y+18, box.X+19, box.Y+4, ui.Good)
		}
		l.Text(ctx.T("sys.equipment.item."+it.ID), x0+64, y+11, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
		// the Joint Commission flag, in words
		switch it.Class {
		case game.EquipLife:
			l.Fill(ui.Rect{X: x0 + 366, Y: y + 10, W: 128, H: 24}, ui.Ink)
			l.Text(ctx.T("sys.equipment.class.life"), x0+374, y+13, ui.Style{Size: 15, Bold: true, Color: ui.White})
		case game.EquipHigh:
			l.Card(ui.Rect{X: x0 + 366, Y: y + 10, W: 128, H: 24})
			l.Text(ctx.T("sys.equipment.class.high"), x0+374, y+13, ui.Style{Size: 15, Bold: true, Color: ui.Ink})
		default:
			l.Text(ctx.T("sys.equipment.class."+it.Class), x0+374, y+13, ui.Style{Size: 15, Color: ui.InkSoft})
		}
		due, dueSt := equipmentDue(ctx, it, itf)
		l.Text(due, x0+520, y+12, dueSt)
		l.Text(ctx.T("sys.equipment.hours", game.NumArg(float64(it.Hours), 0)), x0+730, y+12, ui.Style{Size: 16, Color: ui.Ink})
		if itf.Missed {
			l.Fill(ui.Rect{X: x0 + w - 34, Y: y + 12, W: 20, H: 20}, ui.Bad)
			l.Text("!", x0+w-27, y+12, ui.Style{Size: 16, Bold: true, Color: ui.White})
		}
		k.Add(Action{R: r, Look: LookRow, Selected: it.Scheduled, Row: 1 + i, Col: 0, Cmd: game.EquipmentSchedule{Item: i}})
	}
	// right panel: hours, completion, warnings
	px, pw := 900.0, 340.0
	l.Card(ui.Rect{X: px, Y: 202, W: pw, H: 386})
	y := 212.0
	l.Text(ctx.T("sys.equipment.hours_head"), px+14, y, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	if facts > equipmentFactSurvey {
		fb := ui.NewQuiet(fs, ctx.T("nav.fact"), 0, 206)
		fb.R.X = px + pw - 10 - fb.R.W
		k.Add(Action{R: fb.R, Label: ctx.T("nav.fact"), Look: LookPlain, Row: 0, Col: 2, Do: DoFact, Fact: equipmentFactSurvey})
	}
	y += 44
	l.Text(ctx.T("sys.equipment.hours_used", game.NumArg(float64(fc.Used), 0), game.NumArg(float64(fc.Capacity), 0)), px+14, y, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	y += 22
	l.Bar(ui.Rect{X: px + 14, Y: y, W: pw - 28, H: 12}, float64(fc.Used)/float64(max(1, fc.Capacity)), ui.Teal)
	y += 18
	l.Text(ctx.T("sys.equipment.staff_hours", game.NumArg(float64(p.StaffHours()), 0), game.NumArg(float64(fc.Contract), 0),
		game.MoneyArg(fc.ContractCost), game.MoneyArg(game.EquipContractRate)), px+14, y, ui.Small)
	y += 24
	step := game.NumArg(game.EquipContractStep, 0)
	k.Add(Action{R: ui.Rect{X: px + 14, Y: y, W: 120, H: 44}, Label: ctx.T("sys.equipment.contract_down", step), Look: LookPlain,
		Row: 9, Col: 1, Cmd: game.EquipmentContract{Delta: -1}})
	k.Add(Action{R: ui.Rect{X: px + 144, Y: y, W: 120, H: 44}, Label: ctx.T("sys.equipment.contract_up", step), Look: LookPlain,
		Row: 9, Col: 2, Cmd: game.EquipmentContract{Delta: 1}})
	y += 52
	l.Text(ctx.T("sys.equipment.done_share", game.NumArg(float64(fc.DueDone), 0), game.NumArg(float64(fc.DueTasks), 0), game.UnitArg(fc.WeekPct, 0, "%")),
		px+14, y, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	y += 28
	bottom := 588.0 - 8 - 20 // room for the "and N more" line
	warnSt := ui.Style{Size: 15, Bold: true}
	for shown, f := range fc.MaintFlags {
		text := ctx.R(f)
		if y+fs.NewBlock(text, warnSt, pw-28-26).Height() > bottom {
			l.Text(ctx.T("sys.equipment.more_flags", game.NumArg(float64(len(fc.MaintFlags)-shown), 0)), px+14, y, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
			break
		}
		y += l.Warn(text, px+14, y, pw-28) + 4
	}
	if len(fc.MaintFlags) == 0 {
		l.Wrapped(ctx.T("sys.equipment.all_good"), px+14, y, pw-28, ui.Style{Size: 15, Color: ui.Good})
	}
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

// capital: the budget bar, then one row per request with its 30% hint.
func (s *equipmentScreen) capital(ctx *Context, k *DutyKit, p game.EquipmentPlan, fc game.EquipmentForecast, facts int) {
	fs, l := ctx.Fonts, &k.List
	l.Text(ctx.T("sys.equipment.budget", game.MoneyArg(fc.Budget), game.MoneyArg(fc.Spent), game.MoneyArg(fc.Left)), 40, 204, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
	barW := 1200.0
	if facts > equipmentFactRule {
		label := ctx.T("sys.equipment.fact.rule")
		fb := ui.NewQuiet(fs, label, 0, 198)
		fb.R.X = 1240 - fb.R.W
		barW = fb.R.X - 40 - 16
		k.Add(Action{R: fb.R, Label: label, Look: LookPlain, Row: 0, Col: 2, Do: DoFact, Fact: equipmentFactRule})
	}
	l.Bar(ui.Rect{X: 40, Y: 230, W: barW, H: 12}, float64(fc.Spent)/float64(max(1, fc.Budget)), ui.Teal)
	for i, r := range p.Requests {
		rf := fc.Requests[i]
		y := 252 + float64(i)*67
		row := ui.Rect{X: 40, Y: y, W: 1200, H: 63}
		fill := ui.Card
		if r.Rank > 0 {
			fill = ui.Selected
		}
		l.Fill(row, fill)
		l.Fill(ui.Rect{X: row.X, Y: row.Y + row.H - 1, W: row.W, H: 1}, ui.Line)
		// the rank badge: "#1" when funded, "—" when not
		badge := ui.Rect{X: 52, Y: y + 9, W: 54, H: 44}
		status := ctx.T("sys.equipment.req.unfunded")
		if r.Rank > 0 {
			l.Fill(badge, ui.Teal)
			l.TextCenter(ctx.T("sys.equipment.rank", game.NumArg(float64(r.Rank), 0)), badge.X+badge.W/2, badge.Y+10, ui.Style{Size: 20, Bold: true, Color: ui.White})
			status = ctx.T("sys.equipment.req.funded", game.NumArg(float64(r.Rank), 0))
		} else {
			l.Card(badge)
			l.TextCenter(ctx.T("sys.equipment.rank_none"), badge.X+badge.W/2, badge.Y+10, ui.Style{Size: 20, Bold: true, Color: ui.InkSoft})
		}
		key := "sys.equipment.req." + r.ID + "."
		l.Text(ctx.T("sys.equipment.req.line", ctx.T(key+"name"), game.MoneyArg(r.Cost), status), 122, y+8, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
		l.Text(ctx.T(key+"who"), 122, y+32, ui.Small)
		// the hint: the old unit's service cost against the new price
		hx := 850.0
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
		l.Text(l1, hx, y+8, hint)
		l.Text(l2, hx, y+32, ui.Small)
		k.Add(Action{R: row, Look: LookRow, Selected: r.Rank > 0, Row: 1 + i, Col: 0, Cmd: game.EquipmentFund{Request: i}})
	}
}

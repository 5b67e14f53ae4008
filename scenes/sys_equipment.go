package scenes

import (
	"fmt"
	"math"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// EquipmentScene is the equipment duty screen, in two tabs. Maintenance: the
// inventory with each item's flag and due date; book this week's limited
// technician hours (and buy contract hours). Capital: rank requests for new
// equipment within the capital budget, each with the 30% replacement hint.
type EquipmentScene struct {
	sysBase
	m    menu
	tab  int
	own  []beAct
	fc   game.EquipmentForecast
	dl   beList
	msg  string
	fact []game.Fact
}

// Equipment button kinds.
const (
	equTab = iota
	equItem
	equContract
	equRequest
	equFact
)

// Name implements Scene.
func (s *EquipmentScene) Name() string { return "system-equipment" }

// Layout implements Scene.
func (s *EquipmentScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	focus := s.m.focus
	s.fc = ctx.Session.EquipmentForecast()
	s.fact = ctx.Session.EquipmentFacts()
	s.own = s.own[:0]
	s.dl = s.dl[:0]
	p := ctx.Session.LegacyState().Sys.Equipment
	if p == nil {
		s.m.items = s.baseItems()
		return
	}
	tabs := []string{
		ctx.T("sys.equipment.tab.maint", itoa(s.fc.Used), itoa(s.fc.Capacity)),
		ctx.T("sys.equipment.tab.capital", beMoney(float64(s.fc.Spent)), beMoney(float64(s.fc.Budget))),
	}
	var rects []ui.Rect
	for i, t := range tabs {
		s.own = append(s.own, beAct{Kind: equTab, I: i, Label: t, Selected: i == s.tab, Row: 0, Col: i, Look: beLookTab})
		rects = append(rects, ui.Rect{X: 40 + float64(i)*600, Y: 150, W: 590, H: 42})
	}
	if s.tab == 0 {
		rects = s.layoutMaint(ctx, p, rects)
	} else {
		rects = s.layoutCapital(ctx, p, rects)
	}
	order := []string{game.MaintenanceDone, game.BoardConfidence, game.OperatingMargin, game.DaysCashOnHand, game.BudgetVariance, game.PatientSatisfied, game.EDMinutes}
	s.dl.preview(ctx, ctx.T("sys.equipment.preview"), order, s.fc.Effects, s.msg, s.back.R.X+s.back.R.W+24)
	s.m.items = beItems(rects, s.own)
	s.m.items = append(s.m.items, s.baseItems()...)
	s.m.focus = focus
	if s.m.focus >= len(s.m.items) || s.m.focus < 0 {
		s.m.focus = 0
	}
}

// layoutMaint: the inventory as rows to book, and the hours and warnings on the right.
func (s *EquipmentScene) layoutMaint(ctx *Context, p *game.EquipmentPlan, rects []ui.Rect) []ui.Rect {
	fs := ctx.Fonts
	x0, w := 40.0, 840.0
	head := ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}
	s.dl.text(ctx.T("sys.equipment.col.booked"), x0+4, 202, head)
	s.dl.text(ctx.T("sys.equipment.col.item"), x0+64, 202, head)
	s.dl.text(ctx.T("sys.equipment.col.flag"), x0+370, 202, head)
	s.dl.text(ctx.T("sys.equipment.col.due"), x0+520, 202, head)
	s.dl.text(ctx.T("sys.equipment.col.hours"), x0+730, 202, head)
	missed := map[string]bool{}
	for _, id := range s.fc.MissedLife {
		missed[id] = true
	}
	for i, it := range p.Items {
		y := 226 + float64(i)*45
		r := ui.Rect{X: x0, Y: y, W: w, H: 41}
		fill := ui.Card
		if it.Scheduled {
			fill = ui.Selected
		}
		s.dl.fill(r, fill)
		s.dl.fill(ui.Rect{X: r.X, Y: r.Y + r.H - 1, W: r.W, H: 1}, ui.Line)
		// the tick box: a drawn box, ticked when booked
		box := ui.Rect{X: x0 + 14, Y: y + 9, W: 22, H: 22}
		s.dl.fill(box, ui.White)
		s.dl.fill(ui.Rect{X: box.X, Y: box.Y, W: box.W, H: 2}, ui.Teal)
		s.dl.fill(ui.Rect{X: box.X, Y: box.Y + box.H - 2, W: box.W, H: 2}, ui.Teal)
		s.dl.fill(ui.Rect{X: box.X, Y: box.Y, W: 2, H: box.H}, ui.Teal)
		s.dl.fill(ui.Rect{X: box.X + box.W - 2, Y: box.Y, W: 2, H: box.H}, ui.Teal)
		if it.Scheduled {
			s.dl.line(box.X+4, box.Y+12, box.X+9, box.Y+18, ui.Good)
			s.dl.line(box.X+9, box.Y+18, box.X+19, box.Y+4, ui.Good)
		}
		s.dl.text(ctx.T("sys.equipment.item."+it.ID), x0+64, y+10, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
		// the Joint Commission flag, in words
		switch it.Class {
		case game.EquipLife:
			s.dl.fill(ui.Rect{X: x0 + 366, Y: y + 8, W: 128, H: 24}, ui.Ink)
			s.dl.text(ctx.T("sys.equipment.class.life"), x0+374, y+11, ui.Style{Size: 15, Bold: true, Color: ui.White})
		case game.EquipHigh:
			s.dl.card(ui.Rect{X: x0 + 366, Y: y + 8, W: 128, H: 24})
			s.dl.text(ctx.T("sys.equipment.class.high"), x0+374, y+11, ui.Style{Size: 15, Bold: true, Color: ui.Ink})
		default:
			s.dl.text(ctx.T("sys.equipment.class."+it.Class), x0+374, y+11, ui.Style{Size: 15, Color: ui.InkSoft})
		}
		due, dueSt := equDue(ctx, it)
		s.dl.text(due, x0+520, y+11, dueSt)
		s.dl.text(ctx.T("sys.equipment.hours", itoa(it.Hours)), x0+730, y+11, ui.Style{Size: 16, Color: ui.Ink})
		if missed[it.ID] {
			s.dl.fill(ui.Rect{X: x0 + w - 34, Y: y + 10, W: 20, H: 20}, ui.Bad)
			s.dl.text("!", x0+w-27, y+10, ui.Style{Size: 16, Bold: true, Color: ui.White})
		}
		s.own = append(s.own, beAct{Kind: equItem, I: i, Selected: it.Scheduled, Row: 1 + i, Col: 0, Look: beLookRow})
		rects = append(rects, r)
	}
	// right panel: hours, completion, warnings
	px, pw := 900.0, 340.0
	s.dl.card(ui.Rect{X: px, Y: 202, W: pw, H: 386})
	y := 210.0
	s.dl.text(ctx.T("sys.equipment.hours_head"), px+14, y, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	if len(s.fact) > 0 {
		b := ui.NewQuiet(fs, ctx.T("nav.fact"), 0, 206)
		b.R.X = px + pw - 10 - b.R.W
		s.own = append(s.own, beAct{Kind: equFact, I: 0, Label: ctx.T("nav.fact"), Row: 0, Col: 2, Look: beLookPlain})
		rects = append(rects, b.R)
	}
	y += 44
	s.dl.text(ctx.T("sys.equipment.hours_used", itoa(s.fc.Used), itoa(s.fc.Capacity)), px+14, y, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	y += 22
	s.dl.bar(ui.Rect{X: px + 14, Y: y, W: pw - 28, H: 12}, float64(s.fc.Used)/float64(max(1, s.fc.Capacity)), ui.Teal)
	y += 20
	s.dl.text(ctx.T("sys.equipment.staff_hours", itoa(game.EquipStaffHours), itoa(p.Contract), beMoney(float64(s.fc.ContractCost)), itoa(game.EquipContractRate)), px+14, y, ui.Small)
	y += 24
	for k, lab := range []string{ctx.T("sys.equipment.contract_down", itoa(game.EquipContractStep)), ctx.T("sys.equipment.contract_up", itoa(game.EquipContractStep))} {
		arg := "-"
		if k == 1 {
			arg = "+"
		}
		s.own = append(s.own, beAct{Kind: equContract, Arg: arg, Label: lab, Row: 9, Col: 1 + k, Look: beLookPlain})
		rects = append(rects, ui.Rect{X: px + 14 + float64(k)*130, Y: y, W: 120, H: 36})
	}
	y += 46
	s.dl.text(ctx.T("sys.equipment.done_share", itoa(s.fc.DueDone), itoa(s.fc.DueTasks), fmt.Sprintf("%.0f", s.fc.WeekPct)), px+14, y, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	y += 28
	bottom := 588.0 - 8 - 20 // room for the "and N more" line
	var flags []game.Line
	for _, f := range s.fc.Flags {
		if !strings.Contains(f.Key, ".unfunded.") {
			flags = append(flags, f)
		}
	}
	shown := 0
	for _, f := range flags {
		b := ctx.Fonts.NewBlock(ctx.R(f), ui.Style{Size: 15, Bold: true}, pw-28-26)
		if y+b.Height() > bottom {
			s.dl.text(ctx.T("sys.equipment.more_flags", itoa(len(flags)-shown)), px+14, y, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
			break
		}
		y += s.dl.warn(fs, ctx.R(f), px+14, y, pw-28) + 4
		shown++
	}
	if len(flags) == 0 {
		b := fs.NewBlock(ctx.T("sys.equipment.all_good"), ui.Style{Size: 15, Color: ui.Good}, pw-28)
		s.dl.block(b, px+14, y)
	}
	return rects
}

// equDue words an item's due date: "due in 3 days", "OVERDUE by 4 days", "check
// before first use", "due in 20 days (not this week)".
func equDue(ctx *Context, it game.EquipItem) (string, ui.Style) {
	plain := ui.Style{Size: 16, Color: ui.Ink}
	switch {
	case it.Loaner:
		return ctx.T("sys.equipment.due.loaner"), ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	case it.Due < 0:
		return ctx.T("sys.equipment.due.overdue", itoa(-it.Due)), ui.Style{Size: 16, Bold: true, Color: ui.Bad}
	case it.Due == 0:
		return ctx.T("sys.equipment.due.today"), ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	case !it.DueThisWeek():
		return ctx.T("sys.equipment.due.later", itoa(it.Due)), ui.Style{Size: 16, Color: ui.InkSoft}
	}
	return ctx.T("sys.equipment.due.in", itoa(it.Due)), plain
}

// layoutCapital: the budget bar, then one row per request with its 30% hint.
func (s *EquipmentScene) layoutCapital(ctx *Context, p *game.EquipmentPlan, rects []ui.Rect) []ui.Rect {
	fs := ctx.Fonts
	s.dl.text(ctx.T("sys.equipment.budget", beMoney(float64(s.fc.Budget)), beMoney(float64(s.fc.Spent)), beMoney(float64(s.fc.Left))), 40, 202, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
	barW := 1200.0
	if len(s.fact) > 2 {
		b := ui.NewQuiet(fs, ctx.T("sys.equipment.fact.rule"), 0, 200)
		b.R.X = 1240 - b.R.W
		barW = b.R.X - 40 - 16
		s.own = append(s.own, beAct{Kind: equFact, I: 2, Label: ctx.T("sys.equipment.fact.rule"), Row: 0, Col: 2, Look: beLookPlain})
		rects = append(rects, b.R)
	}
	s.dl.bar(ui.Rect{X: 40, Y: 228, W: barW, H: 12}, float64(s.fc.Spent)/float64(max(1, s.fc.Budget)), ui.Teal)
	for i, r := range p.Requests {
		y := 252 + float64(i)*67
		row := ui.Rect{X: 40, Y: y, W: 1200, H: 63}
		fill := ui.Card
		if r.Rank > 0 {
			fill = ui.Selected
		}
		s.dl.fill(row, fill)
		s.dl.fill(ui.Rect{X: row.X, Y: row.Y + row.H - 1, W: row.W, H: 1}, ui.Line)
		// the rank badge: "#1" when funded, "—" when not
		badge := ui.Rect{X: 52, Y: y + 9, W: 54, H: 44}
		if r.Rank > 0 {
			s.dl.fill(badge, ui.Teal)
			s.dl.text(fmt.Sprintf("#%d", r.Rank), badge.X+12, badge.Y+10, ui.Style{Size: 20, Bold: true, Color: ui.White})
		} else {
			s.dl.card(badge)
			s.dl.text("—", badge.X+18, badge.Y+10, ui.Style{Size: 20, Bold: true, Color: ui.InkSoft})
		}
		k := "sys.equipment.req." + r.ID + "."
		status := ctx.T("sys.equipment.req.unfunded")
		if r.Rank > 0 {
			status = ctx.T("sys.equipment.req.funded", itoa(r.Rank))
		}
		s.dl.text(ctx.T(k+"name")+" — "+beMoney(float64(r.Cost))+" — "+status, 122, y+8, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
		s.dl.text(ctx.T(k+"who"), 122, y+32, ui.Small)
		// the hint: the old unit's service cost against the new price
		hx := 850.0
		var l1, l2 string
		hint := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
		// yearly results are rounded to the thousand: they are estimates
		yearly := math.Round(float64(r.YearlySaving())/1000) * 1000
		switch {
		case r.Service == 0:
			l1 = ctx.T("sys.equipment.hint.new")
			l2 = ctx.T("sys.equipment.hint.new_gain", beMoney(yearly))
		case r.PastReplaceLine():
			l1 = ctx.T("sys.equipment.hint.share", beMoney(float64(r.Service)), fmt.Sprintf("%.0f%%", r.ServiceShare()*100))
			l2 = ctx.T("sys.equipment.hint.replace", beMoney(yearly))
			hint.Color = ui.Bad
		default:
			l1 = ctx.T("sys.equipment.hint.share", beMoney(float64(r.Service)), fmt.Sprintf("%.0f%%", r.ServiceShare()*100))
			l2 = ctx.T("sys.equipment.hint.repair", beSignedMoney(yearly))
		}
		s.dl.text(l1, hx, y+8, hint)
		s.dl.text(l2, hx, y+32, ui.Small)
		s.own = append(s.own, beAct{Kind: equRequest, I: i, Selected: r.Rank > 0, Row: 1 + i, Col: 0, Look: beLookRow})
		rects = append(rects, row)
	}
	return rects
}

// Update implements Scene.
func (s *EquipmentScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.handleBase(ctx, in, -1)
		return nil
	}
	if in.Fact && len(s.fact) > 0 {
		i := 0
		if s.tab == 1 && len(s.fact) > 2 {
			i = 2
		}
		ctx.Push(&FactScene{Fact: s.fact[i]})
		return nil
	}
	if t := beDigitTab(in, 2); t >= 0 {
		s.tab = t
		s.msg = ""
		s.m.focus = t
		s.Layout(ctx)
		return nil
	}
	beGridMove(&s.m, s.own, in)
	i := s.m.handle(in)
	if i < 0 {
		return nil
	}
	if i >= len(s.own) {
		s.handleBase(ctx, in, i-len(s.own))
		return nil
	}
	a := s.own[i]
	var err error
	switch a.Kind {
	case equTab:
		s.tab = a.I
		s.msg = ""
		s.Layout(ctx)
		return nil
	case equFact:
		if a.I < len(s.fact) {
			ctx.Push(&FactScene{Fact: s.fact[a.I]})
		}
		return nil
	case equItem:
		err = ctx.Session.EquipmentSchedule(a.I)
	case equContract:
		delta := 1
		if a.Arg == "-" {
			delta = -1
		}
		err = ctx.Session.EquipmentContract(delta)
	case equRequest:
		err = ctx.Session.EquipmentFund(a.I)
	}
	s.msg = ""
	if err != nil {
		s.msg = refusal(ctx, err)
		switch err {
		case game.ErrEquipNoHours:
			s.msg = ctx.T("sys.equipment.msg.no_hours")
		case game.ErrEquipOverBudget:
			s.msg = ctx.T("sys.equipment.msg.over_budget", beMoney(float64(s.fc.Left)))
		case game.ErrEquipLimit:
			s.msg = ctx.T("sys.equipment.msg.limit", itoa(game.EquipContractMax))
		}
	} else {
		ctx.save()
	}
	s.Layout(ctx)
	return nil
}

// Draw implements Scene.
func (s *EquipmentScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.dl.draw(c)
	beDrawButtons(c, &s.m, s.own)
}

package scenes

import (
	"image/color"
	"strconv"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// staffingScreen is the staffing duty screen on the kit: next week's nurse schedule
// as a grid of shifts (two units, day and night, Monday to Sunday), the selected
// shift with the ways to fill it, the week's ratio and budget totals, and the longer
// levers (post a job, a training programme). The arrows move on the grid; Enter (or
// a click) on a shift picks it and goes to the ways to fill it.
type staffingScreen struct {
	// screen-only: the shift picked on the grid (never saved)
	selected int
	started  bool
	// where the actions were laid out, for tests
	shiftRects  []ui.Rect // in schedule order (game.StaffingPlan.Shifts)
	buttonRects []ui.Rect // the four ways to fill, the levers, the two fact cards
}

// staffing grid geometry
const (
	staffingGridX     = 40.0
	staffingLabelW    = 130.0
	staffingGridW     = 900.0
	staffingHeadY     = 152.0
	staffingRowY      = 178.0
	staffingRowH      = 54.0
	staffingRowGap    = 2.0
	staffingUnitGap   = 8.0
	staffingRightX    = 962.0
	staffingRightW    = 278.0
	staffingBottomY   = 424.0
	staffingLeverX    = 630.0
	staffingLeverW    = 610.0
	staffingFillW     = 272.0
	staffingFillH     = 44.0
	staffingFillY     = 522.0
	staffingLeverRowH = 52.0
)

var (
	staffingShortFill = color.RGBA{0xf6, 0xdc, 0xd8, 0xff}
	staffingFlagStyle = ui.Style{Size: 15, Bold: true, Color: ui.Focus}
	staffingCountSt   = ui.Style{Size: 17, Bold: true, Color: ui.Ink}
)

// ShiftRect is where shift i (in schedule order) is drawn; tests click it.
func (s *staffingScreen) ShiftRect(i int) ui.Rect { return s.shiftRects[i] }

// ButtonRect is where the screen's button k is: the four ways to fill the selected
// shift (staff, overtime, agency, remove), then a job lever per unit, the training
// programme, and the two fact cards.
func (s *staffingScreen) ButtonRect(k int) ui.Rect { return s.buttonRects[k] }

// Selected is the shift picked on the grid.
func (s *staffingScreen) Selected() int { return s.selected }

// staffingRow is the grid row of a shift: unit by unit, day over night (a unit that
// closes at night has one row).
func staffingRow(p *game.StaffingPlan, sh game.Shift) int {
	r := 0
	for u := 0; u < sh.Unit; u++ {
		r++
		if p.HasNights(u) {
			r++
		}
	}
	if sh.Night {
		r++
	}
	return r
}

// staffingCols is how many day columns the grid has: seven, or five for an office.
func staffingCols(p *game.StaffingPlan) int { return max(1, p.Days()) }

// staffingCellRect is where a shift is drawn.
func staffingCellRect(p *game.StaffingPlan, sh game.Shift) ui.Rect {
	colW := (staffingGridW - staffingLabelW) / float64(staffingCols(p))
	y := staffingRowY + float64(staffingRow(p, sh))*(staffingRowH+staffingRowGap) + float64(sh.Unit)*staffingUnitGap
	return ui.Rect{X: staffingGridX + staffingLabelW + float64(sh.Day)*colW + 2, Y: y, W: colW - 4, H: staffingRowH}
}

// Build implements DutyScreen.
func (s *staffingScreen) Build(ctx *Context, k *DutyKit) {
	v := k.View(ctx)
	p, ok := v.StaffingDesk()
	if !ok || len(p.Shifts) == 0 {
		return
	}
	f := v.StaffingForecast()
	if !s.started {
		// start on the first ratio break: the draft's most visible problem
		s.started = true
		if len(f.Breaks) > 0 {
			s.selected = f.Breaks[0]
		}
	}
	if s.selected < 0 || s.selected >= len(p.Shifts) {
		s.selected = 0
	}
	k.Word(game.ErrStaffingNoStraightTime, game.L("sys.staffing.none.staff"))
	k.Word(game.ErrStaffingNoOvertime, game.L("sys.staffing.none.overtime"))
	k.Word(game.ErrStaffingNobodyToRemove, game.L("sys.staffing.none.remove"))
	rule := "ratio"
	if !p.LawApplies() {
		rule = "rule." + p.Setting
	}
	k.AddFact(catalogFact(ctx, "sys.staffing.fact."+rule))
	k.AddFact(catalogFact(ctx, "sys.staffing.fact.hire"))
	k.FactTab = 0

	s.buildGrid(ctx, k, &p, f)
	s.buildSelected(ctx, k, &p, f)
	s.buildLevers(ctx, k, &p)
	s.buildWeek(ctx, k, &p, f)
	s.buildNotes(ctx, k, &p)

}

// buildGrid adds the day and row headings and one action per shift, row by row so
// Tab and Left/Right walk along a row and Up/Down move between rows.
func (s *staffingScreen) buildGrid(ctx *Context, k *DutyKit, p *game.StaffingPlan, f game.StaffingForecast) {
	cols := staffingCols(p)
	colW := (staffingGridW - staffingLabelW) / float64(cols)
	head := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	for d := 0; d < cols; d++ {
		k.List.TextCenter(ctx.T("sys.staffing.day."+strconv.Itoa(d)), staffingGridX+staffingLabelW+float64(d)*colW+colW/2, staffingHeadY, head)
	}
	rows := 0
	for u, un := range p.Units {
		name := ctx.T("sys.staffing.unit." + un.ID)
		parts := []string{"open"}
		if p.HasNights(u) {
			parts = []string{"day", "night"}
		}
		for n, part := range parts {
			y := staffingRowY + float64(staffingRow(p, game.Shift{Unit: u, Night: n == 1}))*(staffingRowH+staffingRowGap) + float64(u)*staffingUnitGap
			k.List.Text(name, staffingGridX, y+6, head)
			k.List.Text(ctx.T(p.RuleKey("sys.staffing.row"), ctx.T("sys.staffing.shift."+part), staffingCount(un.PerNurse), ctx.T("sys.staffing.role."+un.RoleID())), staffingGridX, y+28, ui.Small)
			rows++
		}
	}
	s.shiftRects = make([]ui.Rect, len(p.Shifts))
	order := make([]int, 0, len(p.Shifts))
	for row := 0; row < rows; row++ {
		for d := 0; d < cols; d++ {
			for i, sh := range p.Shifts {
				if staffingRow(p, sh) == row && sh.Day == d {
					order = append(order, i)
				}
			}
		}
	}
	for pos, i := range order {
		sh, c := p.Shifts[i], f.Cells[i]
		r := staffingCellRect(p, sh)
		s.shiftRects[i] = r
		fill, edge, w := ui.Card, ui.Line, 1.5
		if c.Status == game.ShiftShort {
			fill, edge, w = staffingShortFill, ui.Bad, 3
		}
		if i == s.selected {
			fill, edge, w = ui.Selected, ui.Teal, 3
		}
		k.List.Fill(r, fill)
		k.List.Stroke(r, w, edge)
		count := ctx.T("sys.staffing.cell.count", staffingCount(sh.Scheduled()), staffingCount(c.Need))
		k.List.Text(count, r.X+7, r.Y+5, staffingCountSt)
		state, stc := ctx.T("sys.staffing.cell.ok"), ui.Good
		switch c.Status {
		case game.ShiftShort:
			state, stc = ctx.T("sys.staffing.cell.short", staffingCount(c.Short)), ui.Bad
		case game.ShiftExtra:
			state, stc = ctx.T("sys.staffing.cell.extra", staffingCount(c.Extra)), ui.InkSoft
		}
		k.List.Text(state, r.X+7, r.Y+29, ui.Style{Size: 15, Bold: true, Color: stc})
		if fl := staffingFlags(ctx, sh, count, r.W-13); fl != "" {
			k.List.TextRight(fl, r.X+r.W-6, r.Y+7, staffingFlagStyle)
		}
		// Enter or a click picks the shift and goes on to the ways to fill it, which
		// come right after the grid: the first one open for the shift's unit
		shift, target := i, 0
		n := k.Add(Action{R: r, Look: LookRow, Row: 1 + staffingRow(p, sh), Col: sh.Day, Do: DoLocal, Local: func() {
			s.selected = shift
			k.Focus(target)
		}, Keys: map[rune]game.Command{
			's': game.StaffingAdd{Shift: shift, Kind: game.FillStaff},
			'o': game.StaffingAdd{Shift: shift, Kind: game.FillOvertime},
			'a': game.StaffingAdd{Shift: shift, Kind: game.FillAgency},
			'r': game.StaffingRemove{Shift: shift},
		}})
		target = n - pos + len(order) + 2 // + Agency nurse is always open
		switch us := f.Units[sh.Unit]; {
		case us.CanStaff:
			target -= 2
		case us.CanOvertime:
			target--
		}
	}
}

// staffingCount is a count as the catalog writes numbers.
func staffingCount(n int) string { return game.NumArg(float64(n), 0) }

// staffingFlags marks a shift's overtime and agency nurses beside its count, in the
// short form when the long one does not fit the box.
func staffingFlags(ctx *Context, sh game.Shift, count string, inner float64) string {
	var long, short []string
	if sh.Overtime > 0 {
		long = append(long, ctx.T("sys.staffing.cell.ot", staffingCount(sh.Overtime)))
		short = append(short, ctx.T("sys.staffing.cell.ot_short", staffingCount(sh.Overtime)))
	}
	if sh.Agency > 0 {
		long = append(long, ctx.T("sys.staffing.cell.ag", staffingCount(sh.Agency)))
		short = append(short, ctx.T("sys.staffing.cell.ag_short", staffingCount(sh.Agency)))
	}
	f := strings.Join(long, " ")
	used := ctx.Fonts.Width(count, staffingCountSt) + 8
	if used+ctx.Fonts.Width(f, staffingFlagStyle) > inner {
		f = strings.Join(short, " ")
	}
	return f
}

// buildSelected adds the selected shift's lines and the four ways to fill it, right
// after the grid's actions.
func (s *staffingScreen) buildSelected(ctx *Context, k *DutyKit, p *game.StaffingPlan, f game.StaffingForecast) {
	sh, c := p.Shifts[s.selected], f.Cells[s.selected]
	u, us := p.Units[sh.Unit], f.Units[sh.Unit]
	long := "sys.staffing.shift.day_long"
	switch {
	case sh.Night:
		long = "sys.staffing.shift.night_long"
	case !p.HasNights(sh.Unit):
		long = "sys.staffing.shift.open_long"
	}
	role, measure := ctx.T("sys.staffing.role."+u.RoleID()), ctx.T("sys.staffing.measure."+u.MeasureID())
	y := staffingBottomY
	line := func(text string, st ui.Style) {
		k.List.Text(text, staffingGridX, y, st)
		y += 23
	}
	line(ctx.T("sys.staffing.sel.title", ctx.T("sys.staffing.day."+strconv.Itoa(sh.Day)), ctx.T(long), ctx.T("sys.staffing.unit."+u.ID)),
		ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	body := ui.Style{Size: 16, Color: ui.Ink}
	line(ctx.T(p.RuleKey("sys.staffing.sel.need"), staffingCount(sh.Census), staffingCount(u.PerNurse), staffingCount(c.Need), measure, role), body)
	line(ctx.T("sys.staffing.sel.have", staffingCount(sh.Staff), staffingCount(sh.Overtime), staffingCount(sh.Agency), staffingCount(sh.Scheduled())), body)
	switch c.Status {
	case game.ShiftShort:
		line(ctx.T(p.RuleKey("sys.staffing.sel.short"), staffingCount(c.Short)), ui.Style{Size: 16, Bold: true, Color: ui.Bad})
	case game.ShiftExtra:
		line(ctx.T(p.RuleKey("sys.staffing.sel.extra"), staffingCount(c.Extra)), ui.Style{Size: 16, Bold: true, Color: ui.Good})
	default:
		line(ctx.T(p.RuleKey("sys.staffing.sel.ok")), ui.Style{Size: 16, Bold: true, Color: ui.Good})
	}

	type way struct {
		label string
		open  bool
		cmd   game.Command
	}
	ways := []way{
		{ctx.T(p.RuleKey("sys.staffing.btn.staff"), staffingCount(us.StaffLeft)), us.CanStaff, game.StaffingAdd{Shift: s.selected, Kind: game.FillStaff}},
		{ctx.T("sys.staffing.btn.overtime", staffingCount(us.OvertimeLeft)), us.CanOvertime, game.StaffingAdd{Shift: s.selected, Kind: game.FillOvertime}},
		{ctx.T(p.RuleKey("sys.staffing.btn.agency")), true, game.StaffingAdd{Shift: s.selected, Kind: game.FillAgency}},
		{ctx.T("sys.staffing.btn.remove"), c.CanRemove, game.StaffingRemove{Shift: s.selected}},
	}
	s.buttonRects = s.buttonRects[:0]
	for i, w := range ways {
		r := ui.Rect{X: staffingGridX + float64(i%2)*(staffingFillW+16), Y: staffingFillY + float64(i/2)*(staffingFillH+8), W: staffingFillW, H: staffingFillH}
		look := LookPlain
		if !w.open {
			look = LookDisabled
		}
		// columns follow the grid's days above them, so Up and Down keep their place
		k.Add(Action{R: r, Label: w.label, Look: look, Row: 5 + i/2, Col: 2 * (i % 2), Do: DoCommand, Cmd: w.cmd})
		s.buttonRects = append(s.buttonRects, r)
	}
}

// buildLevers adds the longer levers (a job per unit, the training programme) and
// the two fact-card buttons.
func (s *staffingScreen) buildLevers(ctx *Context, k *DutyKit, p *game.StaffingPlan) {
	fs := ctx.Fonts
	y := staffingBottomY
	row := 5
	lever := func(label string, on bool, cmd game.Command) {
		r := ui.Rect{X: staffingLeverX, Y: y, W: staffingLeverW, H: 46}
		k.Add(Action{R: r, Label: label, Look: LookChoice, Selected: on, Row: row, Col: 5, Do: DoCommand, Cmd: cmd})
		s.buttonRects = append(s.buttonRects, r)
		y += staffingLeverRowH
		row++
	}
	for u, un := range p.Units {
		lever(ctx.T(p.RuleKey("sys.staffing.lever.job"), ctx.T("sys.staffing.unit."+un.ID), game.MoneyArg(game.JobPostingCost), staffingCount(game.HireWeeks), ctx.T("sys.staffing.role."+un.RoleID())),
			un.JobPosted, game.StaffingPostJob{Unit: u})
	}
	lever(ctx.T("sys.staffing.lever.training", game.MoneyArg(game.TrainingCost), staffingCount(game.TrainingWeeks)), p.Training, game.StaffingTraining{})
	x := staffingLeverX
	for i, id := range []string{"fact_ratio", "fact_hire"} {
		label := ctx.T(p.RuleKey("sys.staffing.btn." + id))
		w := max(110, fs.Width(label, ui.Style{Size: 16, Bold: true})+28)
		r := ui.Rect{X: x, Y: y + 2, W: w, H: 44}
		k.Add(Action{R: r, Label: label, Look: LookPlain, Row: row, Col: 5 + i, Do: DoFact, Fact: i})
		s.buttonRects = append(s.buttonRects, r)
		x += w + 16
	}
}

// buildWeek adds the week's totals on the right: the ratio, the budget and the staff
// each unit has left.
func (s *staffingScreen) buildWeek(ctx *Context, k *DutyKit, p *game.StaffingPlan, f game.StaffingForecast) {
	fs := ctx.Fonts
	y := staffingHeadY
	y += k.List.Wrapped(ctx.T(p.RuleKey("sys.staffing.summary"), staffingCount(f.Meeting), staffingCount(f.Shifts)), staffingRightX, y, staffingRightW,
		ui.Style{Size: 17, Bold: true, Color: ui.Ink}) + 2
	breaks, bc := ctx.T(p.RuleKey("sys.staffing.breaks_none")), ui.Good
	if len(f.Breaks) > 0 {
		breaks, bc = ctx.T(p.RuleKey("sys.staffing.breaks"), staffingCount(len(f.Breaks))), ui.Bad
	}
	k.List.Text(breaks, staffingRightX, y, ui.Style{Size: 17, Bold: true, Color: bc})
	y += 30
	y += k.List.Wrapped(ctx.T("sys.staffing.budget.spent", game.MoneyArg(f.Spent), game.MoneyArg(f.Budget)), staffingRightX, y, staffingRightW,
		ui.Style{Size: 16, Color: ui.Ink}) + 4
	bar := ui.Rect{X: staffingRightX, Y: y, W: staffingRightW, H: 14}
	note, col := ctx.T("sys.staffing.budget.under", game.MoneyArg(f.Gap)), ui.Good
	barCol := ui.TealLight
	switch {
	case f.Over:
		note, col, barCol = ctx.T("sys.staffing.budget.over", game.MoneyArg(f.Gap)), ui.Bad, ui.Bad
	case f.Gap == 0:
		note = ctx.T("sys.staffing.budget.on") // never "$0 under budget"
	}
	k.List.Bar(bar, f.BudgetUsed, barCol)
	k.List.Stroke(bar, 1, ui.InkSoft)
	y += 20
	k.List.Text(note, staffingRightX, y, ui.Style{Size: 16, Bold: true, Color: col})
	y += 30
	for u, un := range p.Units {
		us := f.Units[u]
		y += k.List.Block(fs.NewBlock(ctx.T(p.RuleKey("sys.staffing.pool"), ctx.T("sys.staffing.unit."+un.ID),
			staffingCount(us.StaffLeft), staffingCount(un.StraightCap), staffingCount(us.OvertimeLeft), staffingCount(un.OvertimeCap), staffingCount(un.Vacant)),
			ui.Small, staffingRightW), staffingRightX, y) + 6
	}
}

// buildNotes adds the keyboard help, the legend and the shift costs beside Back; a
// refusal the kit shows there takes the place of the help and the legend.
func (s *staffingScreen) buildNotes(ctx *Context, k *DutyKit, p *game.StaffingPlan) {
	x := k.BesideBack().X
	var args []string
	for _, un := range p.Units {
		cs, co, ca := un.Costs()
		args = append(args, ctx.T("sys.staffing.role."+un.RoleID()), game.MoneyArg(cs), game.MoneyArg(co), game.MoneyArg(ca))
	}
	costs := ctx.T(p.RuleKey("sys.staffing.costs"), args[1:4]...)
	if !p.LawApplies() {
		costs = ctx.T(p.RuleKey("sys.staffing.costs"), args...)
	}
	if k.Message() == "" {
		k.List.Text(ctx.T(p.RuleKey("sys.staffing.hint")), x, ui.H-72, ui.Small)
		k.List.Text(ctx.T(p.RuleKey("sys.staffing.legend")), x, ui.H-52, ui.Small)
	}
	k.List.Text(costs, x, ui.H-32, ui.Small)
}

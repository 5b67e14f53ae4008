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
	g        staffingGeom
	// where the actions were laid out, for tests
	shiftRects  []ui.Rect // in schedule order (game.StaffingPlan.Shifts)
	buttonRects []ui.Rect // the four ways to fill, the levers, the two fact cards
}

// staffing geometry at 100% text: the grid, the week's totals on its right, and the
// selected shift's ways to fill it and the levers under it. At a larger text size
// everything grows from its words (staffingGeom) and the grid may take the whole width.
const (
	staffingGridX   = 40.0
	staffingLabelW  = 130.0
	staffingGridW   = 900.0
	staffingRowH    = 54.0
	staffingRowGap  = 2.0
	staffingUnitGap = 8.0
	staffingRightX  = 962.0
	staffingRightW  = 278.0
	staffingLeverX  = 630.0
	staffingLeverW  = 610.0
	staffingFillW   = 272.0
	staffingFillH   = 44.0
	staffingLeftW   = 570.0
)

// staffingGeom is the screen's geometry for this layout, measured from its words.
type staffingGeom struct {
	top, headY, rowY    float64
	labelW, gridW, colW float64
	rowH                float64
	flagLine            bool    // the overtime/agency flags go on a third line in the cells
	lineH               float64 // > 0: each row's label is a line above its cells, this tall
	wide                bool    // the grid takes the whole width; the totals go under it
	bottom              float64
}

// sysButtonH is the height of a one-line button whose label is in st: room for the
// label centred as the kit places it (20 px of it above the middle).
func sysButtonH(fs *ui.Fonts, st ui.Style) float64 {
	lh := fs.LineHeight(st)
	return max(44, lh+16, 2*lh-20)
}

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

// rowTop is where grid row row (of unit unit) starts.
func (g *staffingGeom) rowTop(row, unit int) float64 {
	return g.rowY + float64(row)*(g.lineH+g.rowH+staffingRowGap) + float64(unit)*staffingUnitGap
}

// cellRect is where a shift is drawn.
func (g *staffingGeom) cellRect(p *game.StaffingPlan, sh game.Shift) ui.Rect {
	return ui.Rect{X: staffingGridX + g.labelW + float64(sh.Day)*g.colW + 2, Y: g.rowTop(staffingRow(p, sh), sh.Unit) + g.lineH, W: g.colW - 4, H: g.rowH}
}

// staffingHead, staffingStateSt: the grid's headings and a cell's state line.
var (
	staffingHead    = ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	staffingStateSt = ui.Style{Size: 15, Bold: true}
)

// staffingRowLabel is a grid row's second label line ("Day · 1:4").
func staffingRowLabel(ctx *Context, p *game.StaffingPlan, un game.StaffUnit, part string) string {
	return ctx.T(p.RuleKey("sys.staffing.row"), ctx.T("sys.staffing.shift."+part), staffingCount(un.PerNurse), ctx.T("sys.staffing.role."+un.RoleID()))
}

// staffingParts are a unit's grid rows: day and night, or one when it closes at night.
func staffingParts(p *game.StaffingPlan, u int) []string {
	if p.HasNights(u) {
		return []string{"day", "night"}
	}
	return []string{"open"}
}

// measure sizes the grid from its words: the row labels' column, the cells' width
// (the whole width when the grid does not fit beside the totals) and the rows' height.
func (s *staffingScreen) measure(ctx *Context, k *DutyKit, p *game.StaffingPlan, f game.StaffingForecast) {
	fs := ctx.Fonts
	g := staffingGeom{top: SysArea.Y} // the kit draws the desk lower when its intro grew
	g.headY = g.top + 2
	g.rowY = g.headY + fs.LineHeight(staffingHead) + 6
	labelW := 0.0
	for u, un := range p.Units {
		labelW = max(labelW, fs.Width(ctx.T("sys.staffing.unit."+un.ID), staffingHead))
		for _, part := range staffingParts(p, u) {
			labelW = max(labelW, fs.Width(staffingRowLabel(ctx, p, un, part), ui.Small))
		}
	}
	g.labelW = max(staffingLabelW, min(labelW+12, 260))
	cellW := 0.0
	for i, sh := range p.Shifts {
		c := f.Cells[i]
		cellW = max(cellW, fs.Width(ctx.T("sys.staffing.cell.count", staffingCount(sh.Scheduled()), staffingCount(c.Need)), staffingCountSt))
		cellW = max(cellW, fs.Width(ctx.T("sys.staffing.cell.short", staffingCount(c.Short)), staffingStateSt))
		cellW = max(cellW, fs.Width(ctx.T("sys.staffing.cell.extra", staffingCount(c.Extra)), staffingStateSt))
	}
	cols := float64(staffingCols(p))
	g.gridW = staffingGridW
	g.wide = fs.TextScale() > 1.3 || g.labelW+cols*(cellW+18) > staffingGridW
	if g.wide {
		g.gridW = SysArea.W
		// the cells' words come first: the row labels wrap narrower, or go on a
		// line above their cells
		word := 0.0
		for _, un := range p.Units {
			word = max(word, longestWord(fs, ctx.T("sys.staffing.unit."+un.ID), staffingHead))
		}
		g.labelW = max(110, word+10, min(g.labelW, g.gridW-cols*(cellW+18)))
		if g.labelW+cols*(cellW+18) > g.gridW {
			g.labelW, g.lineH = 0, fs.LineHeight(staffingHead)+2
		}
	}
	g.colW = (g.gridW - g.labelW) / cols
	inner := g.colW - 4 - 13
	for i, sh := range p.Shifts {
		count := ctx.T("sys.staffing.cell.count", staffingCount(sh.Scheduled()), staffingCount(f.Cells[i].Need))
		if fl := staffingFlags(ctx, sh, count, inner); fl != "" && fs.Width(count, staffingCountSt)+8+fs.Width(fl, staffingFlagStyle) > inner {
			g.flagLine = true
		}
	}
	cellH := 5 + fs.LineHeight(staffingCountSt) + fs.LineHeight(staffingStateSt) + 4
	if g.flagLine {
		cellH += fs.LineHeight(staffingFlagStyle)
	}
	labelH := 0.0
	for u, un := range p.Units {
		if g.lineH > 0 {
			break
		}
		nh := fs.NewBlock(ctx.T("sys.staffing.unit."+un.ID), staffingHead, g.labelW-8).Height()
		for _, part := range staffingParts(p, u) {
			labelH = max(labelH, 6+nh+fs.NewBlock(staffingRowLabel(ctx, p, un, part), ui.Small, g.labelW-8).Height()+3)
		}
	}
	g.rowH = max(staffingRowH, cellH, labelH)
	rows := 0
	for u := range p.Units {
		rows += len(staffingParts(p, u))
	}
	g.rowY += g.lineH / 4 // a little room between the days and the first label
	g.bottom = g.rowTop(rows, len(p.Units)-1) - staffingRowGap
	s.g = g
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

	s.measure(ctx, k, &p, f)
	s.buildGrid(ctx, k, &p, f)
	// under the grid: the selected shift on the left; the week's totals (when the
	// grid took the whole width) and the levers on the right
	top := s.g.bottom + 14
	left := s.buildSelected(ctx, k, &p, f, top)
	right := top
	if s.g.wide {
		right = s.buildWeek(ctx, k, &p, f, staffingLeverX, right, staffingLeverW) + 10
	} else {
		right = max(right, s.buildWeek(ctx, k, &p, f, staffingRightX, s.g.headY, staffingRightW)+10)
	}
	bottom := s.buildLevers(ctx, k, &p, right, left)
	s.buildNotes(ctx, k, &p, bottom)

}

// buildGrid adds the day and row headings and one action per shift, row by row so
// Tab and Left/Right walk along a row and Up/Down move between rows.
func (s *staffingScreen) buildGrid(ctx *Context, k *DutyKit, p *game.StaffingPlan, f game.StaffingForecast) {
	fs, g := ctx.Fonts, &s.g
	cols := staffingCols(p)
	head := staffingHead
	for d := 0; d < cols; d++ {
		k.List.TextCenter(ctx.T("sys.staffing.day."+strconv.Itoa(d)), staffingGridX+g.labelW+float64(d)*g.colW+g.colW/2, g.headY, head)
	}
	rows := 0
	for u, un := range p.Units {
		name := ctx.T("sys.staffing.unit." + un.ID)
		for n, part := range staffingParts(p, u) {
			y := g.rowTop(staffingRow(p, game.Shift{Unit: u, Night: n == 1}), u)
			if g.lineH > 0 {
				k.List.Text(name, staffingGridX, y, head)
				k.List.Text(staffingRowLabel(ctx, p, un, part), staffingGridX+fs.Width(name, head)+14, y+(fs.LineHeight(head)-fs.LineHeight(ui.Small))/2, ui.Small)
			} else {
				nh := k.List.Wrapped(name, staffingGridX, y+6, g.labelW-8, head)
				k.List.Wrapped(staffingRowLabel(ctx, p, un, part), staffingGridX, y+6+nh, g.labelW-8, ui.Small)
			}
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
		r := g.cellRect(p, sh)
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
		stateSt := staffingStateSt
		stateSt.Color = stc
		sy := r.Y + 5 + fs.LineHeight(staffingCountSt)
		k.List.Text(state, r.X+7, sy, stateSt)
		if fl := staffingFlags(ctx, sh, count, r.W-13); fl != "" {
			if g.flagLine {
				k.List.Text(fl, r.X+7, sy+fs.LineHeight(stateSt), staffingFlagStyle)
			} else {
				k.List.TextRight(fl, r.X+r.W-6, r.Y+7, staffingFlagStyle)
			}
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
func (s *staffingScreen) buildSelected(ctx *Context, k *DutyKit, p *game.StaffingPlan, f game.StaffingForecast, top float64) float64 {
	fs := ctx.Fonts
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
	y := top
	line := func(text string, st ui.Style) {
		y += k.List.Wrapped(text, staffingGridX, y, staffingLeftW, st) + 1
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
	// two ways a row, or one when a label does not fit half the column
	bst := ui.Style{Size: 16, Bold: true}
	perRow, bw, bh := 2, staffingFillW, sysButtonH(fs, bst)
	for _, w := range ways {
		if fs.Width(w.label, bst)+24 > staffingFillW {
			perRow, bw = 1, staffingLeftW
		}
	}
	y += 6
	for i, w := range ways {
		r := ui.Rect{X: staffingGridX + float64(i%perRow)*(bw+16), Y: y + float64(i/perRow)*(bh+8), W: bw, H: bh}
		look := LookPlain
		if !w.open {
			look = LookDisabled
		}
		// columns follow the grid's days above them, so Up and Down keep their place
		k.Add(Action{R: r, Label: w.label, Look: look, Row: 5 + i/perRow, Col: 2 * (i % perRow), Do: DoCommand, Cmd: w.cmd})
		s.buttonRects = append(s.buttonRects, r)
	}
	return y + float64((len(ways)+perRow-1)/perRow)*(bh+8)
}

// buildLevers adds the longer levers (a job per unit, the training programme) and
// the two fact-card buttons, from y on the right of the selected shift, or under
// it from below when a lever's words do not fit there. It returns the desk's bottom.
func (s *staffingScreen) buildLevers(ctx *Context, k *DutyKit, p *game.StaffingPlan, y, left float64) float64 {
	fs := ctx.Fonts
	row := 5
	type lv struct {
		label string
		on    bool
		cmd   game.Command
	}
	var levers []lv
	for u, un := range p.Units {
		levers = append(levers, lv{ctx.T(p.RuleKey("sys.staffing.lever.job"), ctx.T("sys.staffing.unit."+un.ID), game.MoneyArg(game.JobPostingCost), staffingCount(game.HireWeeks), ctx.T("sys.staffing.role."+un.RoleID())),
			un.JobPosted, game.StaffingPostJob{Unit: u}})
	}
	levers = append(levers, lv{ctx.T("sys.staffing.lever.training", game.MoneyArg(game.TrainingCost), staffingCount(game.TrainingWeeks)), p.Training, game.StaffingTraining{}})
	lst := ui.Style{Size: 16, Bold: true}
	x, w := staffingLeverX, staffingLeverW
	for _, l := range levers {
		if fs.Width("○ "+l.label, lst)+24 > w {
			x, w, y = staffingGridX, SysArea.W, max(y, left)
			break
		}
	}
	h := max(46, sysButtonH(fs, lst))
	for _, l := range levers {
		r := ui.Rect{X: x, Y: y, W: w, H: h}
		if fs.Width("○ "+l.label, lst)+24 > w { // too long for one line: the screen draws it, wrapped
			fill, col, mark := ui.Card, ui.Teal, "○ "
			if l.on {
				fill, col, mark = ui.Teal, ui.White, "● "
			}
			st := lst
			st.Color = col
			b := fs.NewBlock(mark+l.label, st, w-24)
			r.H = max(h, b.Height()+16)
			k.List.Fill(r, fill)
			if !l.on {
				k.List.Stroke(r, 2, ui.Teal)
			}
			k.List.Block(b, r.X+12, r.Y+(r.H-b.Height())/2)
			k.Add(Action{R: r, Look: LookRow, Selected: l.on, Row: row, Col: 5, Do: DoCommand, Cmd: l.cmd})
			s.buttonRects = append(s.buttonRects, r)
			y += r.H + 6
			row++
			continue
		}
		k.Add(Action{R: r, Label: l.label, Look: LookChoice, Selected: l.on, Row: row, Col: 5, Do: DoCommand, Cmd: l.cmd})
		s.buttonRects = append(s.buttonRects, r)
		y += h + 6
		row++
	}
	bh := sysButtonH(fs, lst)
	fx := x
	for i, id := range []string{"fact_ratio", "fact_hire"} {
		label := ctx.T(p.RuleKey("sys.staffing.btn." + id))
		bw := max(110, fs.Width(label, lst)+28)
		if fx > x && fx+bw > x+w {
			fx, y = x, y+bh+8
		}
		r := ui.Rect{X: fx, Y: y + 2, W: bw, H: bh}
		k.Add(Action{R: r, Label: label, Look: LookPlain, Row: row, Col: 5 + i, Do: DoFact, Fact: i})
		s.buttonRects = append(s.buttonRects, r)
		fx += bw + 16
	}
	return max(left, y+2+bh)
}

// buildWeek adds the week's totals at (x, y), w wide: the ratio, the budget and the
// staff each unit has left. It returns where they end.
func (s *staffingScreen) buildWeek(ctx *Context, k *DutyKit, p *game.StaffingPlan, f game.StaffingForecast, x, y, w float64) float64 {
	fs := ctx.Fonts
	y += k.List.Wrapped(ctx.T(p.RuleKey("sys.staffing.summary"), staffingCount(f.Meeting), staffingCount(f.Shifts)), x, y, w,
		ui.Style{Size: 17, Bold: true, Color: ui.Ink}) + 2
	breaks, bc := ctx.T(p.RuleKey("sys.staffing.breaks_none")), ui.Good
	if len(f.Breaks) > 0 {
		breaks, bc = ctx.T(p.RuleKey("sys.staffing.breaks"), staffingCount(len(f.Breaks))), ui.Bad
	}
	y += k.List.Wrapped(breaks, x, y, w, ui.Style{Size: 17, Bold: true, Color: bc}) + 8
	y += k.List.Wrapped(ctx.T("sys.staffing.budget.spent", game.MoneyArg(f.Spent), game.MoneyArg(f.Budget)), x, y, w,
		ui.Style{Size: 16, Color: ui.Ink}) + 4
	bar := ui.Rect{X: x, Y: y, W: w, H: 14}
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
	y += k.List.Wrapped(note, x, y, w, ui.Style{Size: 16, Bold: true, Color: col}) + 8
	for u, un := range p.Units {
		us := f.Units[u]
		y += k.List.Block(fs.NewBlock(ctx.T(p.RuleKey("sys.staffing.pool"), ctx.T("sys.staffing.unit."+un.ID),
			staffingCount(us.StaffLeft), staffingCount(un.StraightCap), staffingCount(us.OvertimeLeft), staffingCount(un.OvertimeCap), staffingCount(un.Vacant)),
			ui.Small, w), x, y) + 6
	}
	return y
}

// buildNotes adds the keyboard help, the legend and the shift costs beside Back; a
// refusal the kit shows there takes the place of the help and the legend. When they
// do not fit there (a larger text size, or the desk reaching down to Back), they go
// under the desk, from bottom.
func (s *staffingScreen) buildNotes(ctx *Context, k *DutyKit, p *game.StaffingPlan, bottom float64) {
	fs := ctx.Fonts
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
	notes := []string{ctx.T(p.RuleKey("sys.staffing.hint")), ctx.T(p.RuleKey("sys.staffing.legend")), costs}
	if k.Message() != "" {
		notes = notes[2:]
	}
	// beside Back only while the bottom row stays at the window's foot
	fits := fs.TextScale() <= 1 && bottom+14 <= ui.H-70
	for _, n := range notes {
		fits = fits && x+fs.Width(n, ui.Small) <= ui.W-10
	}
	if fits {
		k.EndAt(bottom)
		for i, n := range notes {
			k.List.Text(n, x, k.FootY()+38-float64(len(notes)-1-i)*20, ui.Small)
		}
		return
	}
	y := bottom + 12
	for _, n := range notes {
		y += k.List.Wrapped(n, staffingGridX, y, SysArea.W, ui.Small) + 2
	}
	k.EndAt(y)
}

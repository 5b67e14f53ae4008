package scenes

import (
	"errors"
	"image/color"
	"strconv"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// StaffingScene is the staffing duty screen: next week's nurse schedule as a grid of
// shifts (two units, day and night, Monday to Sunday), the selected shift with the
// ways to fill it, the week's ratio and budget totals, and the longer levers (post a
// job, a training programme). The grid is one stop for Tab; arrows move inside it.
type StaffingScene struct {
	sysBase
	m menu

	sel    int // the selected shift
	cells  int // items [0, cells) are the shifts
	act0   int // first of the four fill buttons
	lever0 int // first lever (jobs per unit, then training)
	fact0  int // the two fact-card buttons
	own    int // number of the screen's own items

	days, rows  []string // column and row headings
	rowSub      []string
	cellTop     []string // "5 of 6": RNs on shift of RNs needed
	cellFlags   []string // "OT 1 AG 1": overtime and agency nurses on the shift
	cellState   []string // "SHORT 1", "OK", "EXTRA 1"
	selLines    []string
	selShort    bool
	summary     ui.Block
	breaks      string
	hasBreaks   bool
	spent       ui.Block
	budgetFrac  float64
	budgetNote  string
	over        bool
	pools       []ui.Block
	hint, costs string
	legend      string
	msg         string
}

// staffing grid geometry
const (
	stGridX    = 40.0
	stLabelW   = 130.0
	stGridW    = 900.0
	stHeadY    = 152.0
	stRowY     = 178.0
	stRowH     = 54.0
	stRowGap   = 2.0
	stUnitGap  = 8.0
	stRightX   = 962.0
	stRightW   = 278.0
	stBottomY  = 424.0
	stLeverX   = 630.0
	stLeverW   = 610.0
	stActionW  = 272.0
	stActionH  = 44.0
	stActionGy = 522.0
)

var (
	stShortFill    = color.RGBA{0xf6, 0xdc, 0xd8, 0xff}
	stDisabledVeil = color.NRGBA{0xe6, 0xe2, 0xd8, 0x90} // greys out a button whose label says why
)

// Name implements Scene.
func (s *StaffingScene) Name() string { return "system-staffing" }

func (s *StaffingScene) plan(ctx *Context) *game.StaffingPlan {
	return ctx.Session.LegacyState().Sys.Staffing
}

// cellRect is where shift i is drawn: rows are unit by unit, day shift over night.
func (s *StaffingScene) cellRect(p *game.StaffingPlan, i int) ui.Rect {
	sh := p.Shifts[i]
	row := sh.Unit * 2
	if sh.Night {
		row++
	}
	colW := (stGridW - stLabelW) / 7
	y := stRowY + float64(row)*(stRowH+stRowGap) + float64(sh.Unit)*stUnitGap
	return ui.Rect{X: stGridX + stLabelW + float64(sh.Day)*colW + 2, Y: y, W: colW - 4, H: stRowH}
}

// ShiftRect is where shift i is drawn; tests click it.
func (s *StaffingScene) ShiftRect(i int) ui.Rect { return s.m.items[i].R }

// ItemRect is where the screen's own item k is: the shifts, then the four fill
// buttons, the levers and the fact-card buttons.
func (s *StaffingScene) ItemRect(k int) ui.Rect { return s.m.items[k].R }

// Layout implements Scene.
func (s *StaffingScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	p := s.plan(ctx)
	if p == nil {
		s.m.items = s.baseItems()
		return
	}
	// start on the first ratio break: the draft's most visible problem
	s.sel = 0
	if b := p.Breaks(); len(b) > 0 {
		s.sel = b[0]
	}
	s.build(ctx)
	s.m.focus = s.sel
}

// build makes the widgets and texts for the current state; it runs at layout and
// after each command, never per frame.
func (s *StaffingScene) build(ctx *Context) {
	fs := ctx.Fonts
	p := s.plan(ctx)
	if s.sel < 0 || s.sel >= len(p.Shifts) {
		s.sel = 0
	}
	var items []ui.Button
	// the grid
	s.cellTop, s.cellFlags, s.cellState = s.cellTop[:0], s.cellFlags[:0], s.cellState[:0]
	for i, sh := range p.Shifts {
		items = append(items, ui.Button{R: s.cellRect(p, i), Kind: ui.Quiet, Title: ui.Block{Lines: []string{""}, Style: ui.Small}})
		s.cellTop = append(s.cellTop, ctx.T("sys.staffing.cell.count", itoa(sh.Scheduled()), itoa(p.Need(i))))
		s.cellFlags = append(s.cellFlags, s.flags(ctx, sh, s.cellTop[i], items[i].R.W-13))
		switch {
		case p.Short(i) > 0:
			s.cellState = append(s.cellState, ctx.T("sys.staffing.cell.short", itoa(p.Short(i))))
		case p.Extra(i) > 0:
			s.cellState = append(s.cellState, ctx.T("sys.staffing.cell.extra", itoa(p.Extra(i))))
		default:
			s.cellState = append(s.cellState, ctx.T("sys.staffing.cell.ok"))
		}
	}
	s.cells = len(items)
	s.days = s.days[:0]
	for d := 0; d < 7; d++ {
		s.days = append(s.days, ctx.T("sys.staffing.day."+itoa(d)))
	}
	s.rows, s.rowSub = s.rows[:0], s.rowSub[:0]
	for _, u := range p.Units {
		name := ctx.T("sys.staffing.unit." + u.ID)
		for _, sh := range []string{"day", "night"} {
			s.rows = append(s.rows, name)
			s.rowSub = append(s.rowSub, ctx.T("sys.staffing.row", ctx.T("sys.staffing.shift."+sh), itoa(u.PerNurse)))
		}
	}

	// the selected shift and the ways to fill it
	sh := p.Shifts[s.sel]
	u := p.Units[sh.Unit]
	long := "sys.staffing.shift.day_long"
	if sh.Night {
		long = "sys.staffing.shift.night_long"
	}
	s.selLines = []string{
		ctx.T("sys.staffing.sel.title", ctx.T("sys.staffing.day."+itoa(sh.Day)), ctx.T(long), ctx.T("sys.staffing.unit."+u.ID)),
		ctx.T("sys.staffing.sel.need", itoa(sh.Census), itoa(u.PerNurse), itoa(p.Need(s.sel))),
		ctx.T("sys.staffing.sel.have", itoa(sh.Staff), itoa(sh.Overtime), itoa(sh.Agency), itoa(sh.Scheduled())),
	}
	s.selShort = p.Short(s.sel) > 0
	switch {
	case s.selShort:
		s.selLines = append(s.selLines, ctx.T("sys.staffing.sel.short", itoa(p.Short(s.sel))))
	case p.Extra(s.sel) > 0:
		s.selLines = append(s.selLines, ctx.T("sys.staffing.sel.extra", itoa(p.Extra(s.sel))))
	default:
		s.selLines = append(s.selLines, ctx.T("sys.staffing.sel.ok"))
	}
	s.act0 = len(items)
	labels := []string{
		ctx.T("sys.staffing.btn.staff", itoa(p.Left(sh.Unit, game.FillStaff))),
		ctx.T("sys.staffing.btn.overtime", itoa(p.Left(sh.Unit, game.FillOvertime))),
		ctx.T("sys.staffing.btn.agency"),
		ctx.T("sys.staffing.btn.remove"),
	}
	for k, l := range labels {
		b := ui.NewQuiet(fs, l, stGridX+float64(k%2)*(stActionW+16), stActionGy+float64(k/2)*(stActionH+8))
		b.R.W = stActionW
		items = append(items, b)
	}
	items[s.act0].Disabled = p.Left(sh.Unit, game.FillStaff) <= 0
	items[s.act0+1].Disabled = p.Left(sh.Unit, game.FillOvertime) <= 0
	items[s.act0+3].Disabled = sh.Scheduled() == 0

	// the longer levers: a job per unit, the training programme
	s.lever0 = len(items)
	y := stBottomY
	lever := func(text string, on bool) {
		st := ui.Style{Size: 17, Bold: true, Color: ui.Ink}
		items = append(items, ui.Button{R: ui.Rect{X: stLeverX, Y: y, W: stLeverW, H: 46}, Kind: ui.CardKind, Check: true, Selected: on,
			Title: fs.NewBlock(text, st, stLeverW-2*14-34)})
		y += 52
	}
	for _, un := range p.Units {
		lever(ctx.T("sys.staffing.lever.job", ctx.T("sys.staffing.unit."+un.ID), game.Money(game.JobPostingCost), itoa(game.HireWeeks)), un.JobPosted)
	}
	lever(ctx.T("sys.staffing.lever.training", game.Money(game.TrainingCost), itoa(game.TrainingWeeks)), p.Training)
	s.fact0 = len(items)
	f1 := ui.NewQuiet(fs, ctx.T("sys.staffing.btn.fact_ratio"), stLeverX, y+2)
	f2 := ui.NewQuiet(fs, ctx.T("sys.staffing.btn.fact_hire"), f1.R.X+f1.R.W+16, y+2)
	items = append(items, f1, f2)
	s.own = len(items)
	s.m.items = append(items, s.baseItems()...)

	// the week's totals
	n, b := len(p.Shifts), len(p.Breaks())
	s.summary = fs.NewBlock(ctx.T("sys.staffing.summary", itoa(n-b), itoa(n)), ui.Style{Size: 17, Bold: true, Color: ui.Ink}, stRightW)
	s.hasBreaks = b > 0
	s.breaks = ctx.T("sys.staffing.breaks_none")
	if b > 0 {
		s.breaks = ctx.T("sys.staffing.breaks", itoa(b))
	}
	spent := p.Spent()
	s.spent = fs.NewBlock(ctx.T("sys.staffing.budget.spent", game.Money(spent), game.Money(p.Budget)), ui.Style{Size: 16, Color: ui.Ink}, stRightW)
	s.budgetFrac = float64(spent) / float64(max(1, p.Budget))
	s.over = spent > p.Budget
	if s.over {
		s.budgetNote = ctx.T("sys.staffing.budget.over", game.Money(spent-p.Budget))
	} else {
		s.budgetNote = ctx.T("sys.staffing.budget.under", game.Money(p.Budget-spent))
	}
	s.pools = s.pools[:0]
	for k, un := range p.Units {
		s.pools = append(s.pools, fs.NewBlock(ctx.T("sys.staffing.pool", ctx.T("sys.staffing.unit."+un.ID),
			itoa(p.Left(k, game.FillStaff)), itoa(un.StraightCap), itoa(p.Left(k, game.FillOvertime)), itoa(un.OvertimeCap), itoa(un.Vacant)),
			ui.Small, stRightW))
	}
	s.hint = ctx.T("sys.staffing.hint")
	s.costs = ctx.T("sys.staffing.costs")
	s.legend = ctx.T("sys.staffing.legend")
}

var stFlagStyle = ui.Style{Size: 15, Bold: true, Color: ui.Focus}

// flags marks a shift's overtime and agency nurses beside its count, in the short
// form when the long one does not fit the box.
func (s *StaffingScene) flags(ctx *Context, sh game.Shift, count string, inner float64) string {
	var long, short []string
	if sh.Overtime > 0 {
		long = append(long, ctx.T("sys.staffing.cell.ot", itoa(sh.Overtime)))
		short = append(short, ctx.T("sys.staffing.cell.ot_short", itoa(sh.Overtime)))
	}
	if sh.Agency > 0 {
		long = append(long, ctx.T("sys.staffing.cell.ag", itoa(sh.Agency)))
		short = append(short, ctx.T("sys.staffing.cell.ag_short", itoa(sh.Agency)))
	}
	f := strings.Join(long, " ")
	used := ctx.Fonts.Width(count, ui.Style{Size: 17, Bold: true}) + 8
	if used+ctx.Fonts.Width(f, stFlagStyle) > inner {
		f = strings.Join(short, " ")
	}
	return f
}

// refresh rebuilds after a command, keeping focus and selection, and saves the run.
func (s *StaffingScene) refresh(ctx *Context, err error) {
	s.msg = ""
	if err != nil {
		if errors.Is(err, game.ErrStaffingNoneLeft) {
			s.msg = ctx.T("sys.staffing.none.staff")
			if p := s.plan(ctx); p.Left(p.Shifts[s.sel].Unit, game.FillStaff) > 0 {
				s.msg = ctx.T("sys.staffing.none.overtime")
			}
		} else {
			s.msg = ctx.T("sys.staffing.none.remove")
		}
		return
	}
	ctx.save()
	focus := s.m.focus
	s.build(ctx)
	s.m.focus = focus
	if s.m.focus < len(s.m.items) && s.m.items[s.m.focus].Disabled {
		s.m.focus = s.sel
	}
}

func (s *StaffingScene) fill(ctx *Context, k int) {
	g := ctx.Session
	var err error
	switch k {
	case 0:
		err = g.StaffingAdd(s.sel, game.FillStaff)
	case 1:
		err = g.StaffingAdd(s.sel, game.FillOvertime)
	case 2:
		err = g.StaffingAdd(s.sel, game.FillAgency)
	case 3:
		err = g.StaffingRemove(s.sel)
	}
	s.refresh(ctx, err)
}

func (s *StaffingScene) fact(ctx *Context, id string) {
	year, _ := strconv.Atoi(ctx.T("sys.staffing.fact." + id + ".year"))
	ctx.Push(&FactScene{Fact: game.Fact{
		Text:   game.Text{ctx.Lang: ctx.T("sys.staffing.fact." + id + ".text")},
		Source: ctx.T("sys.staffing.fact." + id + ".source"),
		Year:   year,
	}})
}

// gridKeys moves inside the grid with the arrows, leaves it with Tab, and fills the
// selected shift with letter keys. It reports whether it used the input.
func (s *StaffingScene) gridKeys(ctx *Context, in *Input) bool {
	p := s.plan(ctx)
	f := s.m.focus
	if f >= s.cells {
		// Shift+Tab from the first button returns to the selected shift
		if in.Prev && f == s.firstEnabled(s.act0) {
			s.m.focus = s.sel
			return true
		}
		return false
	}
	sh := p.Shifts[f]
	row, col := sh.Unit*2, sh.Day
	if sh.Night {
		row++
	}
	rows := len(p.Units) * 2
	move := func(r, c int) {
		r, c = (r+rows)%rows, (c+7)%7
		for i, x := range p.Shifts {
			xr := x.Unit * 2
			if x.Night {
				xr++
			}
			if xr == r && x.Day == c {
				s.m.focus, s.sel = i, i
				s.refresh(ctx, nil)
				return
			}
		}
	}
	switch {
	case in.Up:
		move(row-1, col)
	case in.Down:
		move(row+1, col)
	case in.Left:
		move(row, col-1)
	case in.Right:
		move(row, col+1)
	case in.Next:
		s.m.focus = s.firstEnabled(s.act0)
	case in.Prev:
		s.m.focus = len(s.m.items) - 1
	case in.Choose:
		// Enter on a shift selects it and goes to the ways to fill it
		s.sel = f
		s.refresh(ctx, nil)
		s.m.focus = s.firstEnabled(s.act0)
	default:
		for _, r := range in.Chars {
			switch r {
			case 's', 'S':
				s.fill(ctx, 0)
			case 'o', 'O':
				s.fill(ctx, 1)
			case 'a', 'A':
				s.fill(ctx, 2)
			case 'r', 'R', '-':
				s.fill(ctx, 3)
			default:
				continue
			}
			return true
		}
		return false
	}
	return true
}

func (s *StaffingScene) firstEnabled(from int) int {
	for i := from; i < len(s.m.items); i++ {
		if !s.m.items[i].Disabled {
			return i
		}
	}
	return from
}

// Update implements Scene.
func (s *StaffingScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.handleBase(ctx, in, -1)
		return nil
	}
	if s.plan(ctx) == nil {
		s.handleBase(ctx, in, s.m.handle(in))
		return nil
	}
	if in.Fact {
		s.fact(ctx, "ratio")
		return nil
	}
	if s.gridKeys(ctx, in) {
		return nil
	}
	i := s.m.handle(in)
	switch {
	case i < 0:
		// Tab into the grid lands on the selected shift; the mouse only hovers
		if s.m.focus < s.cells && s.m.focus != s.sel && (in.Next || in.Prev) {
			s.m.focus = s.sel
		}
	case i < s.cells:
		s.sel = i
		s.refresh(ctx, nil)
	case i < s.lever0:
		s.fill(ctx, i-s.act0)
	case i < s.fact0:
		k := i - s.lever0
		var err error
		if k < len(s.plan(ctx).Units) {
			err = ctx.Session.StaffingPostJob(k)
		} else {
			err = ctx.Session.StaffingTraining()
		}
		s.refresh(ctx, err)
	case i == s.fact0:
		s.fact(ctx, "ratio")
	case i == s.fact0+1:
		s.fact(ctx, "hire")
	default:
		s.handleBase(ctx, in, i-s.own)
	}
	return nil
}

// Draw implements Scene.
func (s *StaffingScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	p := s.plan(ctx)
	if p == nil {
		s.m.draw(c)
		return
	}
	// grid headings
	colW := (stGridW - stLabelW) / 7
	for d, name := range s.days {
		c.TextCenter(name, stGridX+stLabelW+float64(d)*colW+colW/2, stHeadY, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	}
	for r := range s.rows {
		y := stRowY + float64(r)*(stRowH+stRowGap) + float64(r/2)*stUnitGap
		c.Text(s.rows[r], stGridX, y+6, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
		c.Text(s.rowSub[r], stGridX, y+28, ui.Small)
	}
	// the shifts
	for i := 0; i < s.cells; i++ {
		r := s.m.items[i].R
		fill := ui.Card
		switch {
		case i == s.sel:
			fill = ui.Selected
		case p.Short(i) > 0:
			fill = stShortFill
		case s.m.hover == i:
			fill = ui.CardHover
		}
		c.FillRect(r, fill)
		edge, w := ui.Line, 1.5
		if p.Short(i) > 0 {
			edge, w = ui.Bad, 3
		}
		if i == s.sel {
			edge, w = ui.Teal, 3
		}
		c.StrokeRect(r, w, edge)
		c.Text(s.cellTop[i], r.X+7, r.Y+5, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
		stc := ui.Good
		switch {
		case p.Short(i) > 0:
			stc = ui.Bad
		case p.Extra(i) > 0:
			stc = ui.InkSoft
		}
		c.Text(s.cellState[i], r.X+7, r.Y+29, ui.Style{Size: 15, Bold: true, Color: stc})
		if s.cellFlags[i] != "" {
			c.TextRight(s.cellFlags[i], r.X+r.W-6, r.Y+7, stFlagStyle)
		}
		if s.m.focus == i {
			ui.FocusRing(c, r)
		}
	}
	// the selected shift
	y := stBottomY
	for k, l := range s.selLines {
		st := ui.Style{Size: 16, Color: ui.Ink}
		switch {
		case k == 0:
			st = ui.Style{Size: 18, Bold: true, Color: ui.Ink}
		case k == 3 && s.selShort:
			st = ui.Style{Size: 16, Bold: true, Color: ui.Bad}
		case k == 3:
			st = ui.Style{Size: 16, Bold: true, Color: ui.Good}
		}
		c.Text(l, stGridX, y, st)
		y += 23
	}
	// the week: ratio and budget
	y = stHeadY
	y += c.Block(s.summary, stRightX, y) + 2
	bc := ui.Good
	if s.hasBreaks {
		bc = ui.Bad
	}
	c.Text(s.breaks, stRightX, y, ui.Style{Size: 17, Bold: true, Color: bc})
	y += 30
	y += c.Block(s.spent, stRightX, y) + 4
	bar := ui.Rect{X: stRightX, Y: y, W: stRightW, H: 14}
	col := ui.TealLight
	if s.over {
		col = ui.Bad
	}
	ui.Bar(c, bar, s.budgetFrac, col)
	c.StrokeRect(bar, 1, ui.InkSoft)
	y += 20
	nc := ui.Good
	if s.over {
		nc = ui.Bad
	}
	c.Text(s.budgetNote, stRightX, y, ui.Style{Size: 16, Bold: true, Color: nc})
	y += 30
	for _, b := range s.pools {
		y += c.Block(b, stRightX, y) + 6
	}
	// buttons, levers, facts, Done and Back
	for i := s.cells; i < len(s.m.items); i++ {
		s.m.items[i].Draw(c, s.m.focus == i, s.m.hover == i)
		if s.m.items[i].Disabled {
			c.FillRect(s.m.items[i].R, stDisabledVeil)
		}
	}
	// keyboard help and the cost note, beside Back
	x := s.back.R.X + s.back.R.W + 24
	if s.msg != "" {
		c.Text(s.msg, x, ui.H-72, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
	} else {
		c.Text(s.hint, x, ui.H-72, ui.Small)
	}
	c.Text(s.legend, x, ui.H-52, ui.Small)
	c.Text(s.costs, x, ui.H-32, ui.Small)
}

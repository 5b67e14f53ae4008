package scenes

import (
	"fmt"
	"math"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// BudgetScene is the budget duty screen at quarter end, on four pages: the income
// statement, the variance report (budget against actual, with explanations), next
// quarter's allocation (+/- within a fixed total) and the audit check.
type BudgetScene struct {
	sysBase
	m    menu
	acts []func(ctx *Context) // what each of the screen's own items does
	tabs int                  // the first tabs items are the page tabs
	exp0 int                  // the first explanation button (variance page), or -1
	msg  ui.Block             // a refused command's reason

	plan  *game.BudgetPlan
	audit []game.AuditCheck

	// page 1
	isRows  []bsRow
	checks  []ui.Block
	note    ui.Block
	bench   ui.Block
	benchVs string
	// page 2
	varHint ui.Block
	clues   []ui.Block
	// page 4
	auditRows []bsAuditRow
	samples   []ui.Block
}

// bsRow is one line of the income statement.
type bsRow struct {
	label, amount, share string
	bold, indent, rule   bool
}

type bsAuditRow struct {
	pass bool
	text ui.Block
}

const (
	bsTop   = 206.0 // where a page's content starts, under the tabs
	bsRowH  = 58.0  // a variance row
	bsAlloH = 56.0  // an allocation row
)

var (
	bsSmall  = ui.Style{Size: 15, Color: ui.InkSoft}
	bsSmallB = ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	bsText   = ui.Style{Size: 17, Color: ui.Ink}
	bsBold   = ui.Style{Size: 17, Bold: true, Color: ui.Ink}
	bsHead   = ui.Style{Size: 19, Bold: true, Color: ui.Ink}
)

// Name implements Scene.
func (s *BudgetScene) Name() string { return "system-budget" }

// Layout implements Scene.
func (s *BudgetScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	fs := ctx.Fonts
	s.plan = ctx.Session.LegacyState().Sys.Budget
	focus := s.m.focus
	s.m.items, s.acts = nil, nil
	s.exp0 = -1
	if s.plan == nil {
		s.m.items = s.baseItems()
		return
	}
	b := s.plan
	s.audit = b.Audit(ctx.Session.LegacyState().Flags)

	// the page tabs and the fact card
	x := 40.0
	for i, k := range []string{"statement", "variance", "allocate", "audit"} {
		i := i
		bt := ui.NewQuiet(fs, ctx.T("sys.budget.tab."+k), x, 150)
		x += bt.R.W + 10
		s.add(bt, func(ctx *Context) { s.do(ctx, func(g *game.Session) error { return g.BudgetTab(i) }) })
	}
	s.tabs = len(s.m.items)
	fact := ui.NewQuiet(fs, ctx.T("sys.budget.fact"), 0, 150)
	fact.R.X = 1240 - fact.R.W
	s.add(fact, func(ctx *Context) { pushFact(ctx, ctx.Session.BudgetFact()) })

	switch b.Tab {
	case 0:
		s.layoutStatement(ctx)
	case 1:
		s.layoutVariance(ctx)
	case 2:
		s.layoutAllocation(ctx)
	default:
		s.layoutAudit(ctx)
	}
	s.m.items = append(s.m.items, s.baseItems()...)
	if focus >= len(s.m.items) || focus < 0 {
		focus = b.Tab
	}
	s.m.focus = focus
	if s.m.items[focus].Disabled {
		s.m.focus = b.Tab
	}
}

func (s *BudgetScene) add(b ui.Button, act func(ctx *Context)) {
	s.m.items = append(s.m.items, b)
	s.acts = append(s.acts, act)
}

// do runs a command that keeps the screen open: the scene stays, its focus too.
func (s *BudgetScene) do(ctx *Context, cmd func(g *game.Session) error) {
	s.msg = ui.Block{}
	s.err = ""
	if err := cmd(ctx.Session); err != nil {
		s.msg = ctx.Fonts.NewBlock(refusal(ctx, err), ui.Style{Size: 15, Bold: true, Color: ui.Bad}, 760)
		return
	}
	ctx.save()
	s.Layout(ctx)
}

func (s *BudgetScene) layoutStatement(ctx *Context) {
	fs := ctx.Fonts
	st := &s.plan.Statement
	exp := st.TotalExpenses()
	share := func(n int) string {
		if exp == 0 {
			return ""
		}
		return fmt.Sprintf("%.0f%%", float64(n)/float64(exp)*100)
	}
	s.isRows = []bsRow{{label: ctx.T("sys.budget.is.revenue"), bold: true}}
	for _, l := range st.Revenue {
		s.isRows = append(s.isRows, bsRow{label: ctx.T("sys.budget.line." + l.ID), amount: game.ThousandDollars(l.Amount), indent: true})
	}
	s.isRows = append(s.isRows, bsRow{label: ctx.T("sys.budget.is.total_revenue"), amount: game.ThousandDollars(st.TotalRevenue()), bold: true, rule: true},
		bsRow{label: ctx.T("sys.budget.is.expenses"), bold: true})
	for _, l := range st.Expenses {
		s.isRows = append(s.isRows, bsRow{label: ctx.T("sys.budget.line." + l.ID), amount: game.ThousandDollars(l.Amount), share: share(l.Amount), indent: true})
	}
	inc := ctx.T("sys.budget.is.income")
	if st.OperatingIncome() < 0 {
		inc = ctx.T("sys.budget.is.loss")
	}
	s.isRows = append(s.isRows, bsRow{label: ctx.T("sys.budget.is.total_expenses"), amount: game.ThousandDollars(exp), bold: true, rule: true},
		bsRow{label: inc, amount: game.ThousandDollars(st.OperatingIncome()), bold: true, rule: true},
		bsRow{label: ctx.T("sys.budget.is.margin"), amount: fmt.Sprintf("%.1f%%", st.Margin()), bold: true})
	s.checks = []ui.Block{
		fs.NewBlock(ctx.T("sys.budget.is.check_income", game.ThousandDollars(st.TotalRevenue()), game.ThousandDollars(exp), game.ThousandDollars(st.OperatingIncome())), bsText, 530),
		fs.NewBlock(ctx.T("sys.budget.is.check_margin", game.ThousandDollars(st.OperatingIncome()), game.ThousandDollars(st.TotalRevenue()), fmt.Sprintf("%.1f%%", st.Margin())), bsText, 530),
	}
	key := "sys.budget.is.personnel_note"
	if st.PersonnelShare() <= 50 {
		key = "sys.budget.is.personnel_note_low"
	}
	s.note = fs.NewBlock(ctx.T(key), bsSmall, 530)
	s.bench = fs.NewBlock(ctx.T("sys.budget.is.bench"), bsSmall, 560)
	s.benchVs = ctx.T("sys.budget.is.vs_bench_below")
	if st.Margin() >= 1.4 {
		s.benchVs = ctx.T("sys.budget.is.vs_bench_above")
	}
}

func (s *BudgetScene) layoutVariance(ctx *Context) {
	fs := ctx.Fonts
	s.varHint = fs.NewBlock(ctx.T("sys.budget.var.hint", fmt.Sprintf("%.0f", game.BudgetMaterial)), bsSmall, 1180)
	s.clues = s.clues[:0]
	s.exp0 = len(s.m.items)
	for i := range s.plan.Depts {
		i := i
		d := &s.plan.Depts[i]
		s.clues = append(s.clues, fs.NewBlock(ctx.R(d.Clue), bsSmall, 860))
		y := bsTop + 50 + float64(i)*bsRowH
		title, detail := ctx.T("sys.budget.var.explain"), ctx.T("sys.budget.var.none")
		if d.Explain >= 0 {
			detail = ctx.T("sys.budget.cause." + game.BudgetCauses(d.ID)[d.Explain])
		}
		if !d.Material() {
			title, detail = ctx.T("sys.budget.var.small", fmt.Sprintf("%.0f", game.BudgetMaterial)), ""
		}
		bt := ui.Button{R: ui.Rect{X: 930, Y: y - 2, W: 310, H: bsRowH - 6}, Kind: ui.CardKind,
			Title: fs.NewBlock(title, bsSmallB, 290), Detail: fs.NewBlock(detail, ui.Style{Size: 15, Bold: true, Color: ui.Teal}, 290), Disabled: !d.Material()}
		s.add(bt, func(ctx *Context) { s.do(ctx, func(g *game.Session) error { return g.BudgetExplain(i) }) })
	}
}

func (s *BudgetScene) layoutAllocation(ctx *Context) {
	fs := ctx.Fonts
	for i := range s.plan.Depts {
		i := i
		y := bsTop + 74 + float64(i)*bsAlloH
		minus := ui.NewQuiet(fs, ctx.T("sys.budget.alloc.minus"), 300, y)
		minus.R.W, minus.R.H = 48, 44
		s.add(minus, func(ctx *Context) { s.do(ctx, func(g *game.Session) error { return g.BudgetAdjust(i, -1) }) })
		plus := ui.NewQuiet(fs, ctx.T("sys.budget.alloc.plus"), 510, y)
		plus.R.W, plus.R.H = 48, 44
		s.add(plus, func(ctx *Context) { s.do(ctx, func(g *game.Session) error { return g.BudgetAdjust(i, 1) }) })
		match := ui.NewQuiet(fs, ctx.T("sys.budget.alloc.match"), 568, y)
		match.R.H = 44
		s.add(match, func(ctx *Context) { s.do(ctx, func(g *game.Session) error { return g.BudgetMatch(i) }) })
	}
}

func (s *BudgetScene) layoutAudit(ctx *Context) {
	fs := ctx.Fonts
	s.auditRows = s.auditRows[:0]
	for _, c := range s.audit {
		s.auditRows = append(s.auditRows, bsAuditRow{pass: c.Pass, text: fs.NewBlock(ctx.R(c.Line), bsText, 1060)})
	}
	s.samples = s.samples[:0]
	for _, sm := range s.plan.Sample {
		s.samples = append(s.samples, fs.NewBlock(ctx.T("sys.budget.audit.sample", itoa(sm.Week), ctx.X(sm.Title), ctx.X(sm.Choice)), bsSmall, 1180))
	}
	if len(s.samples) == 0 {
		s.samples = append(s.samples, fs.NewBlock(ctx.T("sys.budget.audit.no_sample"), bsSmall, 1180))
	}
}

// Update implements Scene.
func (s *BudgetScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.handleBase(ctx, in, -1)
		return nil
	}
	if in.Fact {
		pushFact(ctx, ctx.Session.BudgetFact())
		return nil
	}
	i := s.m.handle(in)
	switch {
	case i < 0:
	case i < len(s.acts):
		s.acts[i](ctx)
	default:
		s.handleBase(ctx, in, i-len(s.acts))
	}
	return nil
}

// Draw implements Scene.
func (s *BudgetScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	if s.plan == nil {
		s.m.draw(c)
		return
	}
	// the page first (row shading under the buttons), then the buttons
	switch s.plan.Tab {
	case 0:
		s.drawStatement(ctx, c)
	case 1:
		s.drawVariance(ctx, c)
	case 2:
		s.drawAllocation(ctx, c)
	default:
		s.drawAudit(ctx, c)
	}
	// tabs: the open one is filled dark with a bar under it
	for i := 0; i < s.tabs; i++ {
		b := &s.m.items[i]
		if i == s.plan.Tab {
			c.FillRect(b.R, ui.Teal)
			c.FillRect(ui.Rect{X: b.R.X, Y: b.R.Y + b.R.H + 2, W: b.R.W, H: 4}, ui.Ink)
			l := b.Title.Lines[0]
			c.Text(l, b.R.X+(b.R.W-c.Fonts.Width(l, b.Title.Style))/2, b.R.Y+(b.R.H-b.Title.Height())/2, ui.Style{Size: 18, Bold: true, Color: ui.White})
			if s.m.focus == i {
				ui.FocusRing(c, b.R)
			}
			continue
		}
		b.Draw(c, s.m.focus == i, s.m.hover == i)
	}
	for i := s.tabs; i < len(s.m.items); i++ {
		if s.exp0 >= 0 && i >= s.exp0 && i < s.exp0+len(s.plan.Depts) {
			s.drawExplain(c, i)
			continue
		}
		s.m.items[i].Draw(c, s.m.focus == i, s.m.hover == i)
	}
	if len(s.msg.Lines) > 0 && s.err == "" {
		c.Block(s.msg, s.back.R.X+s.back.R.W+24, ui.H-66)
	}
}

func (s *BudgetScene) drawStatement(ctx *Context, c *ui.Canvas) {
	c.Text(ctx.T("sys.budget.is.title"), 40, bsTop, bsHead)
	y := bsTop + 30
	for _, r := range s.isRows {
		st, x := bsText, 48.0
		if r.bold {
			st = bsBold
		}
		if r.indent {
			x = 72
		}
		if r.rule {
			c.Line(48, y, 620, y, 1.5, ui.Ink)
		}
		c.Text(r.label, x, y+3, st)
		c.TextRight(r.amount, 540, y+3, st)
		if r.share != "" {
			c.TextRight(r.share, 620, y+3, bsSmall)
		}
		y += 24
	}
	c.Block(s.bench, 48, y+6)

	// the arithmetic, then where each dollar went
	px := 680.0
	c.FillRect(ui.Rect{X: px, Y: bsTop, W: 560, H: 128}, ui.Card)
	c.StrokeRect(ui.Rect{X: px, Y: bsTop, W: 560, H: 128}, 2, ui.Line)
	c.Text(ctx.T("sys.budget.is.check_title"), px+14, bsTop+8, bsBold)
	cy := bsTop + 34
	for _, b := range s.checks {
		cy += c.Block(b, px+14, cy) + 6
	}
	c.Text(s.benchVs, px+14, bsTop+104, bsSmallB)

	st := &s.plan.Statement
	rev, exp := float64(st.TotalRevenue()), float64(st.TotalExpenses())
	if rev <= 0 {
		return
	}
	c.Text(ctx.T("sys.budget.is.chart_title"), px, bsTop+144, bsBold)
	full := 520.0
	bar := func(y float64, frac float64, solid bool, label string) {
		w := full * math.Max(0, math.Min(1, frac))
		c.Text(label, px, y, bsSmallB)
		r := ui.Rect{X: px, Y: y + 20, W: w, H: 18}
		if solid {
			c.FillRect(r, ui.TealLight)
		} else {
			c.FillRect(r, ui.White)
		}
		c.StrokeRect(r, 2, ui.Ink)
	}
	bar(bsTop+172, 1, false, ctx.T("sys.budget.is.bar_revenue", game.ThousandDollars(st.TotalRevenue())))
	bar(bsTop+218, exp/rev, true, ctx.T("sys.budget.is.bar_expenses", game.ThousandDollars(st.TotalExpenses()), game.ThousandDollars(st.OperatingIncome())))
	bar(bsTop+264, float64(st.Line("personnel"))/rev, true, ctx.T("sys.budget.is.bar_personnel", game.ThousandDollars(st.Line("personnel")), fmt.Sprintf("%.0f%%", st.PersonnelShare())))
	// a marker at half of expenses, so "more than half" can be seen
	hx := px + full*exp/rev/2
	c.Line(hx, bsTop+282, hx, bsTop+310, 2, ui.Ink)
	c.TextCenter(ctx.T("sys.budget.is.half"), hx, bsTop+310, bsSmall)
	c.Block(s.note, px, bsTop+338)
}

func (s *BudgetScene) drawVariance(ctx *Context, c *ui.Canvas) {
	b := s.plan
	c.Text(ctx.T("sys.budget.var.title"), 40, bsTop, bsHead)
	c.TextRight(ctx.T("sys.budget.var.legend"), 1240, bsTop+4, bsSmall)
	c.Block(s.varHint, 40, bsTop+26)
	maxV := 1
	for _, d := range b.Depts {
		maxV = max(maxV, d.Budget, d.Actual)
	}
	for i := range b.Depts {
		d := &b.Depts[i]
		y := bsTop + 50 + float64(i)*bsRowH
		if i%2 == 0 {
			c.FillRect(ui.Rect{X: 40, Y: y - 2, W: 880, H: bsRowH - 4}, ui.Card)
		}
		c.Text(ctx.T("sys.budget.dept."+d.ID), 48, y+2, bsBold)
		drawPairedBars(c, 260, y+2, 280, maxV, d.Budget, d.Actual,
			ctx.T("sys.budget.var.budget", game.ThousandDollars(d.Budget)), ctx.T("sys.budget.var.actual", game.ThousandDollars(d.Actual)), false)
		word, pct := bsVarWords(ctx, d.Budget, d.Actual)
		st := bsSmallB
		if d.Material() {
			st.Color = ui.Bad
			if d.Variance() > 0 {
				st.Color = ui.Teal
			}
		}
		c.Text(word, 700, y+2, st)
		c.Text(pct, 700, y+20, bsSmall)
		if len(s.clues[i].Lines) > 0 {
			c.Text(s.clues[i].Lines[0], 48, y+34, bsSmall)
		}
	}
	tb, ta := b.BudgetTotal(), b.ActualTotal()
	w, p := bsVarWords(ctx, tb, ta)
	c.Text(ctx.T("sys.budget.var.total", game.ThousandDollars(tb), game.ThousandDollars(ta), w+" ("+p+")"), 40, bsTop+54+6*bsRowH, bsSmallB)
}

// bsVarWords says a variance in words ("$14k over budget") and, second, as a
// signed percent ("actual +1.0% vs budget").
func bsVarWords(ctx *Context, budget, actual int) (string, string) {
	pct := 0.0
	if budget != 0 {
		pct = float64(actual-budget) / float64(budget) * 100
	}
	p := ctx.T("sys.budget.var.pct", fmt.Sprintf("%+.1f%%", pct))
	switch {
	case actual > budget:
		return ctx.T("sys.budget.var.over", game.ThousandDollars(actual-budget)), p
	case actual < budget:
		return ctx.T("sys.budget.var.under", game.ThousandDollars(budget-actual)), p
	}
	return ctx.T("sys.budget.var.on"), p
}

// drawExplain draws an explanation button: a card with two short lines, greyed
// (and skipped by the focus) when the variance is too small to need one.
func (s *BudgetScene) drawExplain(c *ui.Canvas, i int) {
	b := &s.m.items[i]
	fill := ui.Card
	switch {
	case b.Disabled:
		fill = ui.Muted
	case s.m.hover == i:
		fill = ui.CardHover
	}
	c.FillRect(b.R, fill)
	c.StrokeRect(b.R, 2, ui.Line)
	if len(b.Title.Lines) > 0 {
		c.Text(b.Title.Lines[0], b.R.X+10, b.R.Y+5, b.Title.Style)
	}
	if len(b.Detail.Lines) > 0 {
		c.Text(b.Detail.Lines[0], b.R.X+10, b.R.Y+27, b.Detail.Style)
	}
	if s.m.focus == i {
		ui.FocusRing(c, b.R)
	}
}

// drawPairedBars draws two labelled bars one above the other: the first outlined
// (a plan), the second solid (what happened), or the other way round when
// solidFirst. Values are written beside the bars, so they read without colour.
func drawPairedBars(c *ui.Canvas, x, y, w float64, maxV, a, b int, la, lb string, solidFirst bool) {
	one := func(yy float64, v int, solid bool, label string) {
		bw := w * float64(v) / float64(maxV)
		r := ui.Rect{X: x, Y: yy, W: math.Max(2, bw), H: 13}
		if solid {
			c.FillRect(r, ui.TealLight)
		} else {
			c.FillRect(r, ui.White)
		}
		c.StrokeRect(r, 1.5, ui.Ink)
		c.Text(label, x+bw+8, yy-3, ui.Style{Size: 15, Color: ui.Ink})
	}
	one(y, a, solidFirst, la)
	one(y+16, b, !solidFirst, lb)
}

func (s *BudgetScene) drawAllocation(ctx *Context, c *ui.Canvas) {
	b := s.plan
	c.Text(ctx.T("sys.budget.alloc.title"), 40, bsTop, bsHead)
	c.TextRight(ctx.T("sys.budget.alloc.legend"), 1240, bsTop+4, bsSmall)
	status := ctx.T("sys.budget.alloc.balanced")
	if b.Remaining() > 0 {
		status = ctx.T("sys.budget.alloc.reserve_note")
	}
	line := ctx.T("sys.budget.alloc.total", game.ThousandDollars(b.Total)) + "  ·  " +
		ctx.T("sys.budget.alloc.allocated", game.ThousandDollars(b.Allocated())) + "  ·  " +
		ctx.T("sys.budget.alloc.remaining", game.ThousandDollars(b.Remaining())) + ": " + status
	c.Text(line, 40, bsTop+28, bsBold)
	c.Text(ctx.T("sys.budget.alloc.step", game.ThousandDollars(b.Step)), 40, bsTop+50, bsSmall)
	maxV := 1
	for _, d := range b.Depts {
		maxV = max(maxV, d.Next, d.Actual)
	}
	for i := range b.Depts {
		d := &b.Depts[i]
		y := bsTop + 74 + float64(i)*bsAlloH
		if i%2 == 0 {
			c.FillRect(ui.Rect{X: 40, Y: y - 4, W: 1200, H: bsAlloH - 4}, ui.Card)
		}
		c.Text(ctx.T("sys.budget.dept."+d.ID), 48, y+2, bsBold)
		pct := fmt.Sprintf("%+.1f%%", d.NextVsActual())
		flag, st := ctx.T("sys.budget.alloc.flag_ok", pct), bsSmallB
		switch {
		case d.Unrealistic() && !d.Padded():
			flag, st.Color = ctx.T("sys.budget.alloc.flag_unreal", pct), ui.Bad
		case d.UnderFunded():
			flag, st.Color = ctx.T("sys.budget.alloc.flag_under", pct), ui.Bad
		case d.Padded():
			flag, st.Color = ctx.T("sys.budget.alloc.flag_padded", pct), ui.Bad
		}
		c.Text(flag, 48, y+24, st)
		c.TextCenter(game.ThousandDollars(d.Next), 430, y+12, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
		drawPairedBars(c, 700, y+4, 330, maxV, d.Next, d.Actual,
			ctx.T("sys.budget.alloc.next", game.ThousandDollars(d.Next)), ctx.T("sys.budget.alloc.last", game.ThousandDollars(d.Actual)), true)
	}
}

func (s *BudgetScene) drawAudit(ctx *Context, c *ui.Canvas) {
	c.Text(ctx.T("sys.budget.audit.title"), 40, bsTop, bsHead)
	passed := 0
	for _, r := range s.auditRows {
		if r.pass {
			passed++
		}
	}
	c.TextRight(ctx.T("sys.budget.audit.summary", itoa(passed), itoa(len(s.auditRows))), 1240, bsTop+2, bsBold)
	y := bsTop + 32
	sh := 0.0
	for _, b := range s.samples {
		sh += b.Height() + 2
	}
	bottom := 630.0 - 30 - sh
	for _, r := range s.auditRows {
		if y+r.text.Height() > bottom {
			break
		}
		chip := ui.Rect{X: 40, Y: y, W: 100, H: 24}
		word := ctx.T("sys.budget.audit.pass")
		if r.pass {
			c.FillRect(chip, ui.White)
			c.StrokeRect(chip, 2, ui.Good)
			c.TextCenter(word, chip.X+chip.W/2, y+3, ui.Style{Size: 15, Bold: true, Color: ui.Good})
		} else {
			word = ctx.T("sys.budget.audit.fail")
			c.FillRect(chip, ui.Bad)
			c.TextCenter(word, chip.X+chip.W/2, y+3, ui.Style{Size: 15, Bold: true, Color: ui.White})
		}
		y += c.Block(r.text, 156, y+1) + 8
	}
	y = math.Max(y+6, bottom)
	c.Text(ctx.T("sys.budget.audit.sample_title"), 40, y, bsBold)
	y += 24
	for _, b := range s.samples {
		c.BlockClipped(b, 48, y, bsTop, 632)
		y += b.Height() + 2
	}
}

package scenes

import (
	"math"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// budgetScreen is the budget duty screen at quarter end, on four pages: the income
// statement, the variance report (budget against actual, with explanations), next
// quarter's allocation (+/- within a fixed total) and the audit check. It reads the
// desk and the core's forecast from the view and changes it only with commands.
type budgetScreen struct{}

// The budget screen's pages, in tab order.
const (
	budgetPageStatement = iota
	budgetPageVariance
	budgetPageAllocation
	budgetPageAudit
)

const (
	budgetTop        = 206.0 // where a page's content starts, under the tabs
	budgetVarRowH    = 58.0  // a variance row
	budgetAllocRowH  = 56.0  // an allocation row
	budgetStatementX = 680.0 // the statement page's right column
)

var (
	budgetSmall     = ui.Style{Size: 15, Color: ui.InkSoft}
	budgetSmallBold = ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	budgetText      = ui.Style{Size: 17, Color: ui.Ink}
	budgetBold      = ui.Style{Size: 17, Bold: true, Color: ui.Ink}
	budgetHead      = ui.Style{Size: 19, Bold: true, Color: ui.Ink}
)

// budgetPage is what one page's builder needs: the run's desk, the core's reading
// of it, and the kit to add to.
type budgetPage struct {
	ctx  *Context
	k    *DutyKit
	desk game.BudgetPlan
	fc   game.BudgetForecast
}

// Build implements DutyScreen.
func (s *budgetScreen) Build(ctx *Context, k *DutyKit) {
	v := k.View(ctx)
	desk, ok := v.BudgetDesk()
	if !ok {
		return
	}
	if f, ok := v.BudgetFact(); ok {
		k.AddFact(f)
	}
	k.Tabs(ctx.T("sys.budget.tab.statement"), ctx.T("sys.budget.tab.variance"), ctx.T("sys.budget.tab.allocate"), ctx.T("sys.budget.tab.audit"))
	p := budgetPage{ctx: ctx, k: k, desk: desk, fc: v.BudgetForecast()}
	switch k.Tab {
	case budgetPageStatement:
		p.statement()
	case budgetPageVariance:
		p.variance()
	case budgetPageAllocation:
		p.allocation()
	default:
		p.audit()
	}
}

// kd says an amount in thousands of dollars, "$5,400k".
func (p *budgetPage) kd(n int) string { return p.ctx.T("sys.budget.kd", game.MoneyArg(n)) }

// pct says a percent with decimals; signed puts "+" before a rise.
func (p *budgetPage) pct(v float64, decimals int, signed bool) string {
	if signed && v > 0 {
		return p.ctx.T("sys.budget.pct_up", game.UnitArg(v, decimals, "%"))
	}
	return p.ctx.T("sys.budget.pct_down", game.UnitArg(v, decimals, "%"))
}

// statementRow is one line of the income statement.
type statementRow struct {
	label, amount, share string
	bold, indent, rule   bool
}

func (p *budgetPage) statement() {
	ctx, l, fs := p.ctx, &p.k.List, p.ctx.Fonts
	st := &p.desk.Statement
	rows := []statementRow{{label: ctx.T("sys.budget.is.revenue"), bold: true}}
	for _, r := range st.Revenue {
		rows = append(rows, statementRow{label: ctx.T("sys.budget.line." + r.ID), amount: p.kd(r.Amount), indent: true})
	}
	rows = append(rows, statementRow{label: ctx.T("sys.budget.is.total_revenue"), amount: p.kd(st.TotalRevenue()), bold: true, rule: true},
		statementRow{label: ctx.T("sys.budget.is.expenses"), bold: true})
	for i, r := range st.Expenses {
		share := ""
		if i < len(p.fc.ExpenseShare) && st.TotalExpenses() != 0 {
			share = p.pct(p.fc.ExpenseShare[i], 0, false)
		}
		rows = append(rows, statementRow{label: ctx.T("sys.budget.line." + r.ID), amount: p.kd(r.Amount), share: share, indent: true})
	}
	income := ctx.T("sys.budget.is.income")
	if st.OperatingIncome() < 0 {
		income = ctx.T("sys.budget.is.loss")
	}
	margin := p.pct(st.Margin(), 1, false)
	rows = append(rows, statementRow{label: ctx.T("sys.budget.is.total_expenses"), amount: p.kd(st.TotalExpenses()), bold: true, rule: true},
		statementRow{label: income, amount: p.kd(st.OperatingIncome()), bold: true, rule: true},
		statementRow{label: ctx.T("sys.budget.is.margin"), amount: margin, bold: true})

	l.Text(ctx.T("sys.budget.is.title"), 40, budgetTop, budgetHead)
	y := budgetTop + 30
	for _, r := range rows {
		st, x := budgetText, 48.0
		if r.bold {
			st = budgetBold
		}
		if r.indent {
			x = 72
		}
		if r.rule {
			l.Line(48, y, 620, y, ui.Ink)
		}
		l.Text(r.label, x, y+3, st)
		l.TextRight(r.amount, 540, y+3, st)
		if r.share != "" {
			l.TextRight(r.share, 620, y+3, budgetSmall)
		}
		y += 24
	}
	// the benchmark, and the fact card that gives its source
	benchKey := "sys.budget.is.bench"
	switch p.fc.Bench {
	case "other", "mlr":
		benchKey += "_" + p.fc.Bench
	}
	bench := fs.NewBlock(ctx.T(benchKey), budgetSmall, 420)
	l.Block(bench, 48, y+8)
	p.k.Add(Action{R: ui.Rect{X: 490, Y: y + 4, W: 130, H: 44}, Label: ctx.T("sys.budget.fact"), Look: LookPlain, Row: 1, Col: 0, Do: DoFact, Fact: 0})

	// the arithmetic, then where each dollar went
	px := budgetStatementX
	box := ui.Rect{X: px, Y: budgetTop, W: 560, H: 128}
	l.Card(box)
	l.Text(ctx.T("sys.budget.is.check_title"), px+14, budgetTop+8, budgetBold)
	cy := budgetTop + 34
	for _, s := range []string{
		ctx.T("sys.budget.is.check_income", p.kd(st.TotalRevenue()), p.kd(st.TotalExpenses()), p.kd(st.OperatingIncome())),
		ctx.T("sys.budget.is.check_margin", p.kd(st.OperatingIncome()), p.kd(st.TotalRevenue()), margin),
	} {
		b := fs.NewBlock(s, budgetText, 530)
		if len(b.Lines) > 2 {
			b.Lines = b.Lines[:2]
		}
		cy += l.Block(b, px+14, cy) + 6
	}
	vs := "sys.budget.is.vs_bench_below"
	if p.fc.MarginAboveMedian {
		vs = "sys.budget.is.vs_bench_above"
	}
	if p.fc.Bench == "other" {
		vs += "_other"
	}
	vs = ctx.T(vs)
	if p.fc.Bench == "mlr" {
		vs = ctx.T("sys.budget.is.vs_mlr", p.pct(p.fc.MLR, 1, false))
		if p.fc.MLRLow {
			vs = ctx.T("sys.budget.is.vs_mlr_low", p.pct(p.fc.MLR, 1, false))
		}
	}
	l.Text(vs, px+14, budgetTop+104, budgetSmallBold)

	rev, exp := float64(st.TotalRevenue()), float64(st.TotalExpenses())
	if rev <= 0 {
		return
	}
	l.Text(ctx.T("sys.budget.is.chart_title"), px, budgetTop+144, budgetBold)
	full := 520.0
	bar := func(y, frac float64, solid bool, label string) {
		l.Text(label, px, y, budgetSmallBold)
		r := ui.Rect{X: px, Y: y + 20, W: full * math.Max(0, math.Min(1, frac)), H: 18}
		if solid {
			l.Fill(r, ui.TealLight)
		} else {
			l.Fill(r, ui.White)
		}
		l.Stroke(r, 2, ui.Ink)
	}
	big := p.fc.BigCost
	if big == "" {
		big = "personnel"
	}
	personnel := st.Line(big)
	bar(budgetTop+172, 1, false, ctx.T("sys.budget.is.bar_revenue", p.kd(st.TotalRevenue())))
	bar(budgetTop+218, exp/rev, true, ctx.T("sys.budget.is.bar_expenses", p.kd(st.TotalExpenses()), p.kd(st.OperatingIncome())))
	bar(budgetTop+264, float64(personnel)/rev, true, ctx.T("sys.budget.is.bar_"+big, p.kd(personnel), p.pct(float64(personnel)/exp*100, 0, false)))
	// a marker at half of expenses, so "more than half" can be seen
	hx := px + full*exp/rev/2
	l.Line(hx, budgetTop+282, hx, budgetTop+310, ui.Ink)
	l.TextCenter(ctx.T("sys.budget.is.half"), hx, budgetTop+310, budgetSmall)
	note := "sys.budget.is.personnel_note_low"
	if p.fc.PersonnelOverHalf {
		note = "sys.budget.is.personnel_note"
	}
	if big == "medical" {
		note = "sys.budget.is.medical_note"
	}
	l.Wrapped(ctx.T(note), px, budgetTop+338, 530, budgetSmall)
}

// varianceWords says a variance in words ("$14k over budget") and, second, as a
// signed percent ("actual +1.0% vs budget").
func (p *budgetPage) varianceWords(r game.BudgetVarianceRead) (string, string) {
	pct := p.ctx.T("sys.budget.var.pct", p.pct(r.Pct, 1, true))
	switch r.Kind {
	case game.BudgetOver:
		return p.ctx.T("sys.budget.var.over", p.kd(r.Amount)), pct
	case game.BudgetUnder:
		return p.ctx.T("sys.budget.var.under", p.kd(r.Amount)), pct
	}
	return p.ctx.T("sys.budget.var.on"), pct
}

// pairedBars draws two labelled bars one above the other: the first outlined (a
// plan), the second solid (what happened), or the other way round when solidFirst.
// Values are written beside the bars, so they read without colour.
func (p *budgetPage) pairedBars(x, y, w float64, maxV, a, b int, la, lb string, solidFirst bool) {
	l := &p.k.List
	one := func(yy float64, v int, solid bool, label string) {
		bw := w * float64(v) / float64(maxV)
		r := ui.Rect{X: x, Y: yy, W: math.Max(2, bw), H: 13}
		if solid {
			l.Fill(r, ui.TealLight)
		} else {
			l.Fill(r, ui.White)
		}
		l.Stroke(r, 1.5, ui.Ink)
		l.Text(label, x+bw+8, yy-3, ui.Style{Size: 15, Color: ui.Ink})
	}
	one(y, a, solidFirst, la)
	one(y+16, b, !solidFirst, lb)
}

// deptRow starts row i of a department table: a card stripe (the rectangle stripe)
// behind every other row, and the department's name at y.
func (p *budgetPage) deptRow(i int, y float64, stripe ui.Rect) {
	l := &p.k.List
	if i%2 == 0 {
		l.Fill(stripe, ui.Card)
	}
	l.Text(p.ctx.T("sys.budget.dept."+p.desk.Depts[i].ID), 48, y, budgetBold)
}

func (p *budgetPage) variance() {
	ctx, l, fs := p.ctx, &p.k.List, p.ctx.Fonts
	material := game.UnitArg(game.BudgetMaterial, 0, "%")
	l.Text(ctx.T("sys.budget.var.title"), 40, budgetTop, budgetHead)
	l.TextRight(ctx.T("sys.budget.var.legend"), 1240, budgetTop+4, budgetSmall)
	l.Wrapped(ctx.T("sys.budget.var.hint_judged", material), 40, budgetTop+26, 1180, budgetSmall)
	maxV := 1
	for _, d := range p.desk.Depts {
		maxV = max(maxV, d.Budget, d.Actual)
	}
	for i := range p.desk.Depts {
		d := &p.desk.Depts[i]
		read := p.fc.Depts[i]
		y := budgetTop + 50 + float64(i)*budgetVarRowH
		p.deptRow(i, y+2, ui.Rect{X: 40, Y: y - 2, W: 880, H: budgetVarRowH - 4})
		p.pairedBars(260, y+2, 280, maxV, d.Budget, d.Actual,
			ctx.T("sys.budget.var.budget", p.kd(d.Budget)), ctx.T("sys.budget.var.actual", p.kd(d.Actual)), false)
		word, pct := p.varianceWords(read.Variance)
		st := budgetSmallBold
		if read.Material {
			st.Color = ui.Bad
			if read.Variance.Kind == game.BudgetUnder {
				st.Color = ui.Teal
			}
		}
		l.Text(word, 700, y+2, st)
		l.Text(pct, 700, y+20, budgetSmall)
		if clue := fs.NewBlock(ctx.R(d.Clue), budgetSmall, 860); len(clue.Lines) > 0 {
			l.Text(clue.Lines[0], 48, y+34, budgetSmall)
		}

		// the explanation: a card to press, or a grey note when none is needed
		r := ui.Rect{X: 930, Y: y - 2, W: 310, H: budgetVarRowH - 6}
		if !read.Material {
			p.k.Add(Action{R: r, Label: ctx.T("sys.budget.var.small", material), Look: LookDisabled, Row: 1 + i})
			continue
		}
		detail := ctx.T("sys.budget.var.none")
		if read.Explained != "" {
			detail = ctx.T("sys.budget.cause." + read.Explained)
		}
		l.Fill(r, ui.Card)
		l.Stroke(r, 2, ui.Line)
		l.Text(ctx.T("sys.budget.var.explain"), r.X+10, r.Y+5, budgetSmallBold)
		if b := fs.NewBlock(detail, ui.Style{Size: 15, Bold: true, Color: ui.Teal}, r.W-20); len(b.Lines) > 0 {
			l.Text(b.Lines[0], r.X+10, r.Y+27, b.Style)
		}
		p.k.Add(Action{R: r, Look: LookRow, Row: 1 + i, Col: 0, Do: DoCommand, Cmd: game.BudgetExplain{Dept: i}})
	}
	w, pct := p.varianceWords(p.fc.Variance)
	total := ctx.T("sys.budget.var.total", p.kd(p.fc.BudgetTotal), p.kd(p.fc.ActualTotal), ctx.T("sys.budget.var.total_words", w, pct))
	l.Text(total, 40, budgetTop+54+6*budgetVarRowH, budgetSmallBold)
}

func (p *budgetPage) allocation() {
	ctx, l := p.ctx, &p.k.List
	l.Text(ctx.T("sys.budget.alloc.title"), 40, budgetTop, budgetHead)
	l.TextRight(ctx.T("sys.budget.alloc.legend"), 1240, budgetTop+4, budgetSmall)
	status := ctx.T("sys.budget.alloc.balanced")
	if p.fc.Remaining > 0 {
		status = ctx.T("sys.budget.alloc.reserve_note")
	}
	l.Text(ctx.T("sys.budget.alloc.summary", ctx.T("sys.budget.alloc.total", p.kd(p.desk.Total)),
		ctx.T("sys.budget.alloc.allocated", p.kd(p.fc.Allocated)), ctx.T("sys.budget.alloc.remaining", p.kd(p.fc.Remaining)), status),
		40, budgetTop+28, budgetBold)
	l.Text(ctx.T("sys.budget.alloc.step", p.kd(p.desk.Step)), 40, budgetTop+50, budgetSmall)
	maxV := 1
	for _, d := range p.desk.Depts {
		maxV = max(maxV, d.Next, d.Actual)
	}
	fs := ctx.Fonts
	matchW := math.Max(110, fs.Width(ctx.T("sys.budget.alloc.match"), ui.Style{Size: 16, Bold: true})+28)
	for i := range p.desk.Depts {
		d := &p.desk.Depts[i]
		read := p.fc.Depts[i]
		y := budgetTop + 74 + float64(i)*budgetAllocRowH
		p.deptRow(i, y+2, ui.Rect{X: 40, Y: y - 4, W: 1200, H: budgetAllocRowH - 4})
		pct := p.pct(read.VsActual, 1, true)
		st := budgetSmallBold
		flag := ctx.T("sys.budget.alloc.flag_ok", pct)
		switch read.Standing {
		case game.BudgetUnreal:
			flag, st.Color = ctx.T("sys.budget.alloc.flag_unreal", pct), ui.Bad
		case game.BudgetUnderFunded:
			flag, st.Color = ctx.T("sys.budget.alloc.flag_under", pct), ui.Bad
		case game.BudgetPadded:
			flag, st.Color = ctx.T("sys.budget.alloc.flag_padded", pct), ui.Bad
		}
		l.Text(flag, 48, y+24, st)
		l.TextCenter(p.kd(d.Next), 430, y+12, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
		p.k.Add(Action{R: ui.Rect{X: 300, Y: y, W: 48, H: 44}, Label: ctx.T("sys.budget.alloc.minus"), Look: LookPlain,
			Row: 1 + i, Col: 0, Do: DoCommand, Cmd: game.BudgetAdjust{Dept: i, Steps: -1}})
		p.k.Add(Action{R: ui.Rect{X: 510, Y: y, W: 48, H: 44}, Label: ctx.T("sys.budget.alloc.plus"), Look: LookPlain,
			Row: 1 + i, Col: 1, Do: DoCommand, Cmd: game.BudgetAdjust{Dept: i, Steps: 1}})
		p.k.Add(Action{R: ui.Rect{X: 568, Y: y, W: matchW, H: 44}, Label: ctx.T("sys.budget.alloc.match"), Look: LookPlain,
			Row: 1 + i, Col: 2, Do: DoCommand, Cmd: game.BudgetMatch{Dept: i}})
		p.pairedBars(700, y+4, 330, maxV, d.Next, d.Actual,
			ctx.T("sys.budget.alloc.next", p.kd(d.Next)), ctx.T("sys.budget.alloc.last", p.kd(d.Actual)), true)
	}
}

// audit lists what the auditors will look at, and the decisions they sampled. It
// shows no verdicts: those come in the debrief, after Done.
func (p *budgetPage) audit() {
	ctx, l, fs := p.ctx, &p.k.List, p.ctx.Fonts
	l.Text(ctx.T("sys.budget.audit.title"), 40, budgetTop, budgetHead)
	l.TextRight(ctx.T("sys.budget.audit.scope_note"), 1240, budgetTop+4, budgetSmall)

	// the sampled decisions sit at the bottom; the checks fill what is above them
	var samples []ui.Block
	for _, s := range p.fc.Samples {
		samples = append(samples, fs.NewBlock(ctx.R(s), budgetSmall, 1180))
	}
	if len(samples) == 0 {
		samples = append(samples, fs.NewBlock(ctx.T("sys.budget.audit.no_sample"), budgetSmall, 1180))
	}
	sh := 0.0
	for _, b := range samples {
		sh += b.Height() + 2
	}
	bottom := 630.0 - 30 - sh
	y := budgetTop + 32
	for i, c := range p.fc.AuditScope {
		text := fs.NewBlock(ctx.R(c), budgetText, 1120)
		if y+text.Height() > bottom {
			break
		}
		// a numbered item, no verdict: the auditors have not reported yet
		l.Text(ctx.T("sys.budget.audit.item", budgetCount(i+1)), 48, y+1, budgetBold)
		y += l.Block(text, 96, y+1) + 8
	}
	y = math.Max(y+6, bottom)
	l.Text(ctx.T("sys.budget.audit.sample_title"), 40, y, budgetBold)
	y += 24
	for _, b := range samples {
		// the samples stop at the desk's edge rather than run under Done
		for len(b.Lines) > 0 && y+b.Height() > 632 {
			b.Lines = b.Lines[:len(b.Lines)-1]
		}
		y += l.Block(b, 48, y) + 2
	}
}

// budgetCount is a count as a language-neutral Line argument.
func budgetCount(n int) string { return game.NumArg(float64(n), 0) }

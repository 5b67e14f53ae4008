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

	stacked := fs.TextScale() > 1.2
	tableR := 620.0
	if stacked {
		tableR = 1240
	}
	y := budgetTop + l.Wrapped(ctx.T("sys.budget.is.title"), 40, budgetTop, tableR-40, budgetHead) + 6
	shareW, amountW := 0.0, 0.0
	for _, r := range rows {
		shareW = math.Max(shareW, fs.Width(r.share, budgetSmall))
		amountW = math.Max(amountW, fs.Width(r.amount, budgetBold))
	}
	amountR := tableR
	if shareW > 0 {
		amountR = tableR - shareW - 16
	}
	if !stacked {
		amountR = math.Min(amountR, 540)
	}
	for _, r := range rows {
		st, x := budgetText, 48.0
		if r.bold {
			st = budgetBold
		}
		if r.indent {
			x = 72
		}
		if r.rule {
			l.Line(48, y, tableR, y, ui.Ink)
		}
		h := l.Wrapped(r.label, x, y+3, amountR-amountW-12-x, st)
		l.TextRight(r.amount, amountR, y+3, st)
		if r.share != "" {
			l.TextRight(r.share, tableR, y+3, budgetSmall)
		}
		y += math.Max(24, h+4)
	}
	// the benchmark, and the fact card that gives its source
	benchKey := "sys.budget.is.bench"
	switch p.fc.Bench {
	case "other", "mlr":
		benchKey += "_" + p.fc.Bench
	}
	factLabel := ctx.T("sys.budget.fact")
	fw := math.Max(130, fs.Width(factLabel, ui.Style{Size: 16, Bold: true})+20)
	fh := p.k.ButtonH(factLabel, fw)
	bench := fs.NewBlock(ctx.T(benchKey), budgetSmall, tableR-48-fw-12)
	l.Block(bench, 48, y+8)
	p.k.Add(Action{R: ui.Rect{X: tableR - fw, Y: y + 4, W: fw, H: fh}, Label: factLabel, Look: LookPlain, Row: 1, Col: 0, Do: DoFact, Fact: 0})
	y += math.Max(bench.Height()+8, fh+4) + 12

	// the arithmetic, then where each dollar went
	px, pw, top := budgetStatementX, 560.0, budgetTop
	if stacked {
		px, pw, top = 40, 1200, y
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
	check := func(l *ui.DrawList) float64 {
		cy := top + 8
		cy += l.Wrapped(ctx.T("sys.budget.is.check_title"), px+14, cy, pw-28, budgetBold) + 4
		for _, s := range []string{
			ctx.T("sys.budget.is.check_income", p.kd(st.TotalRevenue()), p.kd(st.TotalExpenses()), p.kd(st.OperatingIncome())),
			ctx.T("sys.budget.is.check_margin", p.kd(st.OperatingIncome()), p.kd(st.TotalRevenue()), margin),
		} {
			cy += l.Wrapped(s, px+14, cy, pw-30, budgetText) + 6
		}
		cy += l.Wrapped(vs, px+14, cy, pw-28, budgetSmallBold)
		return cy + 8
	}
	var scratch ui.DrawList
	scratch.Reset(fs)
	cb := math.Max(check(&scratch), top+128)
	l.Card(ui.Rect{X: px, Y: top, W: pw, H: cb - top})
	check(l)
	y = math.Max(y, cb)

	rev, exp := float64(st.TotalRevenue()), float64(st.TotalExpenses())
	if rev <= 0 {
		p.k.EndAt(y)
		return
	}
	cy := cb + 16
	cy += l.Wrapped(ctx.T("sys.budget.is.chart_title"), px, cy, pw, budgetBold) + 6
	full := pw - 40
	bar := func(frac float64, solid bool, label string) {
		cy += l.Wrapped(label, px, cy, pw, budgetSmallBold) + 2
		r := ui.Rect{X: px, Y: cy, W: full * math.Max(0, math.Min(1, frac)), H: 18}
		if solid {
			l.Fill(r, ui.TealLight)
		} else {
			l.Fill(r, ui.White)
		}
		l.Stroke(r, 2, ui.Ink)
		cy += 26
	}
	big := p.fc.BigCost
	if big == "" {
		big = "personnel"
	}
	personnel := st.Line(big)
	bar(1, false, ctx.T("sys.budget.is.bar_revenue", p.kd(st.TotalRevenue())))
	bar(exp/rev, true, ctx.T("sys.budget.is.bar_expenses", p.kd(st.TotalExpenses()), p.kd(st.OperatingIncome())))
	bar(float64(personnel)/rev, true, ctx.T("sys.budget.is.bar_"+big, p.kd(personnel), p.pct(float64(personnel)/exp*100, 0, false)))
	// a marker at half of expenses, so "more than half" can be seen
	hx := px + full*exp/rev/2
	l.Line(hx, cy-8, hx, cy+20, ui.Ink)
	half := ctx.T("sys.budget.is.half")
	l.Text(half, math.Max(px, math.Min(hx-fs.Width(half, budgetSmall)/2, px+pw-fs.Width(half, budgetSmall))), cy+20, budgetSmall)
	cy += 20 + fs.LineHeight(budgetSmall) + 8
	note := "sys.budget.is.personnel_note_low"
	if p.fc.PersonnelOverHalf {
		note = "sys.budget.is.personnel_note"
	}
	if big == "medical" {
		note = "sys.budget.is.medical_note"
	}
	cy += l.Wrapped(ctx.T(note), px, cy, math.Min(pw, 530), budgetSmall)
	p.k.EndAt(math.Max(y, cy))
}

// head writes a page's title, and its legend right of it when both fit on one
// line, else under it; it returns the y under them.
func (p *budgetPage) head(title, legend string) float64 {
	l, fs := &p.k.List, p.ctx.Fonts
	if fs.Width(title, budgetHead)+fs.Width(legend, budgetSmall)+24 <= 1200 {
		l.Text(title, 40, budgetTop, budgetHead)
		l.TextRight(legend, 1240, budgetTop+4, budgetSmall)
		return budgetTop + fs.LineHeight(budgetHead)
	}
	y := budgetTop + l.Wrapped(title, 40, budgetTop, 1200, budgetHead)
	return y + l.Wrapped(legend, 40, y, 1200, budgetSmall)
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
func (p *budgetPage) pairedBars(l *ui.DrawList, x, y, w float64, maxV, a, b int, la, lb string, solidFirst bool) float64 {
	gap := math.Max(16, p.ctx.Fonts.S(16))
	one := func(yy float64, v int, solid bool, label string) {
		bw := w * float64(v) / float64(maxV)
		r := ui.Rect{X: x, Y: yy, W: math.Max(2, bw), H: 13}
		if solid {
			l.Fill(r, ui.TealLight)
		} else {
			l.Fill(r, ui.White)
		}
		l.Stroke(r, 1.5, ui.Ink)
		l.Text(label, x+bw+8, yy+6.5-p.ctx.Fonts.S(9.5), ui.Style{Size: 15, Color: ui.Ink})
	}
	one(y, a, solidFirst, la)
	one(y+gap, b, !solidFirst, lb)
	fs := p.ctx.Fonts
	return gap + math.Max(13, 6.5-fs.S(9.5)+fs.LineHeight(ui.Style{Size: 15})) + 4
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

// namesFit reports whether every department's name fits the w pixels the fixed
// rows leave it (else the page flows, as at a large text size).
func (p *budgetPage) namesFit(w float64) bool {
	for i := range p.desk.Depts {
		if p.ctx.Fonts.Width(p.ctx.T("sys.budget.dept."+p.desk.Depts[i].ID), budgetBold) > w {
			return false
		}
	}
	return true
}

// cluesFit reports whether every department's clue fits one line left of the
// variance column.
func (p *budgetPage) cluesFit() bool {
	for i := range p.desk.Depts {
		if p.ctx.Fonts.Width(p.ctx.R(p.desk.Depts[i].Clue), budgetSmall) > 700-48-12 {
			return false
		}
	}
	return true
}

func (p *budgetPage) variance() {
	ctx, l, fs := p.ctx, &p.k.List, p.ctx.Fonts
	if fs.TextScale() > 1.2 || !p.namesFit(260-48-2) || !p.cluesFit() {
		p.varianceFlow()
		return
	}
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
		p.pairedBars(l, 260, y+2, 280, maxV, d.Budget, d.Actual,
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
			l.Text(clue.Lines[0], 48, y+31, budgetSmall)
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
	if ctx.Fonts.TextScale() > 1.2 || !p.namesFit(300-48-2) {
		p.allocationFlow()
		return
	}
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
		p.pairedBars(l, 700, y+4, 330, maxV, d.Next, d.Actual,
			ctx.T("sys.budget.alloc.next", p.kd(d.Next)), ctx.T("sys.budget.alloc.last", p.kd(d.Actual)), true)
	}
}

// audit lists what the auditors will look at, and the decisions they sampled. It
// shows no verdicts: those come in the debrief, after Done.
func (p *budgetPage) audit() {
	ctx, l, fs := p.ctx, &p.k.List, p.ctx.Fonts
	flow := fs.TextScale() > 1.2
	top := p.head(ctx.T("sys.budget.audit.title"), ctx.T("sys.budget.audit.scope_note"))

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
	y := math.Max(budgetTop+32, top+8)
	for i, c := range p.fc.AuditScope {
		text := fs.NewBlock(ctx.R(c), budgetText, 1120)
		if !flow && y+text.Height() > bottom {
			break
		}
		// a numbered item, no verdict: the auditors have not reported yet
		item := ctx.T("sys.budget.audit.item", budgetCount(i+1))
		tx := math.Max(96, 48+fs.Width(item, budgetBold)+10)
		text = fs.NewBlock(ctx.R(c), budgetText, 1240-tx)
		l.Text(item, 48, y+1, budgetBold)
		y += l.Block(text, tx, y+1) + 8
	}
	if !flow {
		y = math.Max(y+6, bottom)
	} else {
		y += 6
	}
	y += l.Wrapped(ctx.T("sys.budget.audit.sample_title"), 40, y, 1200, budgetBold) + 4
	for _, b := range samples {
		// the samples stop at the desk's edge rather than run under Done
		for !flow && len(b.Lines) > 0 && y+b.Height() > 632 {
			b.Lines = b.Lines[:len(b.Lines)-1]
		}
		y += l.Block(b, 48, y) + 2
	}
	p.k.EndAt(y)
}

// varianceFlow is the variance page at a large text size: each department's row
// flows down (name, variance, bars, clue, then its explanation card).
func (p *budgetPage) varianceFlow() {
	ctx, l, fs := p.ctx, &p.k.List, p.ctx.Fonts
	material := game.UnitArg(game.BudgetMaterial, 0, "%")
	y := p.head(ctx.T("sys.budget.var.title"), ctx.T("sys.budget.var.legend"))
	y += l.Wrapped(ctx.T("sys.budget.var.hint_judged", material), 40, y, 1180, budgetSmall) + 8
	maxV := 1
	for _, d := range p.desk.Depts {
		maxV = max(maxV, d.Budget, d.Actual)
	}
	var scratch ui.DrawList
	for i := range p.desk.Depts {
		d := &p.desk.Depts[i]
		read := p.fc.Depts[i]
		y0 := y
		var card ui.Rect
		row := func(l *ui.DrawList) float64 {
			y := y0 + 4
			y += l.Wrapped(ctx.T("sys.budget.dept."+d.ID), 48, y, 1180, budgetBold)
			word, pct := p.varianceWords(read.Variance)
			st := budgetSmallBold
			if read.Material {
				st.Color = ui.Bad
				if read.Variance.Kind == game.BudgetUnder {
					st.Color = ui.Teal
				}
			}
			y += l.Wrapped(word+" · "+pct, 48, y, 1180, st) + 6
			y += p.pairedBars(l, 48, y, 300, maxV, d.Budget, d.Actual,
				ctx.T("sys.budget.var.budget", p.kd(d.Budget)), ctx.T("sys.budget.var.actual", p.kd(d.Actual)), false)
			y += l.Wrapped(ctx.R(d.Clue), 48, y, 1180, budgetSmall) + 4
			// the explanation: a card to press, or a grey note when none is needed
			if !read.Material {
				small := ctx.T("sys.budget.var.small", material)
				card = ui.Rect{X: 48, Y: y, W: 1184, H: math.Max(44, fs.NewBlock(small, ui.Style{Size: 15}, 1168).Height()+12)}
				return card.Y + card.H + 6 - y0
			}
			detail := ctx.T("sys.budget.var.none")
			if read.Explained != "" {
				detail = ctx.T("sys.budget.cause." + read.Explained)
			}
			eb := fs.NewBlock(ctx.T("sys.budget.var.explain"), budgetSmallBold, 1160)
			db := fs.NewBlock(detail, ui.Style{Size: 15, Bold: true, Color: ui.Teal}, 1160)
			card = ui.Rect{X: 48, Y: y, W: 1184, H: math.Max(44, eb.Height()+db.Height()+12)}
			l.Fill(card, ui.Card)
			l.Stroke(card, 2, ui.Line)
			l.Block(eb, card.X+10, card.Y+5)
			l.Block(db, card.X+10, card.Y+5+eb.Height())
			return card.Y + card.H + 6 - y0
		}
		scratch.Reset(fs)
		h := row(&scratch)
		if i%2 == 0 {
			l.Fill(ui.Rect{X: 40, Y: y0, W: 1200, H: h}, ui.Card)
		}
		row(l)
		if !read.Material {
			p.k.Add(Action{R: card, Label: ctx.T("sys.budget.var.small", material), Look: LookDisabled, Row: 1 + i})
		} else {
			p.k.Add(Action{R: card, Look: LookRow, Row: 1 + i, Col: 0, Do: DoCommand, Cmd: game.BudgetExplain{Dept: i}})
		}
		y += h + 4
	}
	w, pct := p.varianceWords(p.fc.Variance)
	total := ctx.T("sys.budget.var.total", p.kd(p.fc.BudgetTotal), p.kd(p.fc.ActualTotal), ctx.T("sys.budget.var.total_words", w, pct))
	y += l.Wrapped(total, 40, y+4, 1200, budgetSmallBold) + 4
	p.k.EndAt(y)
}

// allocationFlow is the allocation page at a large text size: each department's
// row flows down (name and flag, the buttons and amount, then the bars).
func (p *budgetPage) allocationFlow() {
	ctx, l, fs := p.ctx, &p.k.List, p.ctx.Fonts
	y := p.head(ctx.T("sys.budget.alloc.title"), ctx.T("sys.budget.alloc.legend"))
	status := ctx.T("sys.budget.alloc.balanced")
	if p.fc.Remaining > 0 {
		status = ctx.T("sys.budget.alloc.reserve_note")
	}
	y += l.Wrapped(ctx.T("sys.budget.alloc.summary", ctx.T("sys.budget.alloc.total", p.kd(p.desk.Total)),
		ctx.T("sys.budget.alloc.allocated", p.kd(p.fc.Allocated)), ctx.T("sys.budget.alloc.remaining", p.kd(p.fc.Remaining)), status),
		40, y+4, 1200, budgetBold) + 4
	y += l.Wrapped(ctx.T("sys.budget.alloc.step", p.kd(p.desk.Step)), 40, y, 1200, budgetSmall) + 10
	maxV := 1
	for _, d := range p.desk.Depts {
		maxV = max(maxV, d.Next, d.Actual)
	}
	bs := ui.Style{Size: 16, Bold: true}
	minus, plus, match := ctx.T("sys.budget.alloc.minus"), ctx.T("sys.budget.alloc.plus"), ctx.T("sys.budget.alloc.match")
	pmW := math.Max(48, math.Max(fs.Width(minus, bs), fs.Width(plus, bs))+20)
	matchW := math.Max(110, fs.Width(match, bs)+28)
	amtSt := ui.Style{Size: 18, Bold: true, Color: ui.Ink}
	amtW := 0.0
	for _, d := range p.desk.Depts {
		amtW = math.Max(amtW, fs.Width(p.kd(d.Next), amtSt))
	}
	amtW += 24
	btnH := math.Max(p.k.ButtonH(minus, pmW), p.k.ButtonH(match, matchW))
	var scratch ui.DrawList
	for i := range p.desk.Depts {
		d := &p.desk.Depts[i]
		read := p.fc.Depts[i]
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
		y0 := y
		var by float64
		row := func(l *ui.DrawList) float64 {
			y := y0 + 4
			y += l.Wrapped(ctx.T("sys.budget.dept."+d.ID), 48, y, 1180, budgetBold)
			y += l.Wrapped(flag, 48, y, 1180, st) + 4
			by = y
			l.TextCenter(p.kd(d.Next), 48+pmW+amtW/2, y+(btnH-fs.LineHeight(amtSt))/2, amtSt)
			y += btnH + 8
			y += p.pairedBars(l, 48, y, 330, maxV, d.Next, d.Actual,
				ctx.T("sys.budget.alloc.next", p.kd(d.Next)), ctx.T("sys.budget.alloc.last", p.kd(d.Actual)), true)
			return y + 4 - y0
		}
		scratch.Reset(fs)
		h := row(&scratch)
		if i%2 == 0 {
			l.Fill(ui.Rect{X: 40, Y: y0, W: 1200, H: h}, ui.Card)
		}
		row(l)
		p.k.Add(Action{R: ui.Rect{X: 48, Y: by, W: pmW, H: btnH}, Label: minus, Look: LookPlain,
			Row: 1 + i, Col: 0, Do: DoCommand, Cmd: game.BudgetAdjust{Dept: i, Steps: -1}})
		p.k.Add(Action{R: ui.Rect{X: 48 + pmW + amtW, Y: by, W: pmW, H: btnH}, Label: plus, Look: LookPlain,
			Row: 1 + i, Col: 1, Do: DoCommand, Cmd: game.BudgetAdjust{Dept: i, Steps: 1}})
		p.k.Add(Action{R: ui.Rect{X: 48 + 2*pmW + amtW + 12, Y: by, W: matchW, H: btnH}, Label: match, Look: LookPlain,
			Row: 1 + i, Col: 2, Do: DoCommand, Cmd: game.BudgetMatch{Dept: i}})
		y += h + 4
	}
	p.k.EndAt(y)
}

// budgetCount is a count as a language-neutral Line argument.
func budgetCount(n int) string { return game.NumArg(float64(n), 0) }

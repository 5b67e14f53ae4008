package scenes

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// billingScreen is the billing duty screen, on the kit: three tabs. Rates: set the
// listed price of three services and see who actually pays it. Denials: answer each
// denied claim (fix the cause, appeal, write off). Contract: accept or refuse an
// insurer's offer. The kit's strip at the bottom shows what Done would do now.
// Every number and rule comes from the core's BillingForecast; the screen only lays
// them out.
type billingScreen struct {
	// variants are the catalog prefixes this desk's workplace reads first
	// (sys.billing.mco., sys.billing.visit.), before sys.billing.
	variants []string
}

// key is the catalog key for this workplace: its own variant of key if the catalog
// has one, else key itself.
func (s *billingScreen) key(ctx *Context, key string) string {
	rest, ok := strings.CutPrefix(key, "sys.billing.")
	if !ok {
		return key
	}
	for _, v := range s.variants {
		if _, ok := ctx.Catalog[v+rest]; ok {
			return v + rest
		}
	}
	return key
}

// t is ctx.T through key.
func (s *billingScreen) t(ctx *Context, key string, args ...string) string {
	return ctx.T(s.key(ctx, key), args...)
}

// The billing screen's tabs.
const (
	billingTabRates = iota
	billingTabDenials
	billingTabContract
)

// The billing screen's fact cards, in the order billingFacts returns them.
const (
	billingFactDenials = iota
	billingFactPayers
	billingFactBeds
)

// The years of the facts this screen words itself (their text is in the catalog).
const (
	billingBedsYear   = 2025 // Leuchter et al., JAMA Network Open
	billingPayersYear = 2024 // CMS inpatient prospective payment system
)

// Build implements DutyScreen.
func (s *billingScreen) Build(ctx *Context, k *DutyKit) {
	v := k.View(ctx)
	d, ok := v.BillingDesk()
	if !ok {
		return
	}
	fc := v.BillingForecast()
	s.variants = nil
	if fc.Words != "" {
		s.variants = append(s.variants, "sys.billing."+fc.Words+".")
	}
	if fc.Unit != "" && fc.Unit != "stay" {
		s.variants = append(s.variants, "sys.billing."+fc.Unit+".")
	}
	for _, f := range s.facts(ctx, v, fc) {
		k.AddFact(f)
	}
	k.Word(game.ErrBillingRateLimit, game.L(s.key(ctx, "sys.billing.msg.limit")))
	k.Word(game.ErrBillingCannotFix, game.L(s.key(ctx, "sys.billing.msg.nofix")))
	contract := d.Contract
	if contract == "" {
		contract = "open"
	}
	k.Tabs(
		s.t(ctx, "sys.billing.tab.rates"),
		s.t(ctx, "sys.billing.tab.denials", game.NumArg(float64(fc.Decided), 0), game.NumArg(float64(len(d.Claims)), 0)),
		s.t(ctx, "sys.billing.tab.contract."+contract),
	)
	k.FactTab = billingFactPayers
	switch k.Tab {
	case billingTabRates:
		s.rates(ctx, k, fc)
	case billingTabDenials:
		k.FactTab = billingFactDenials
		s.denials(ctx, k, d, fc)
	default:
		s.contract(ctx, k, d, fc)
	}
	order := []string{game.OperatingMargin, game.DaysCashOnHand, game.DenialRate, game.PatientSatisfied, game.BedOccupancy, game.ManagerWorkload}
	k.Preview(ctx, s.t(ctx, "sys.billing.preview"), order, fc.Effects)
}

// billingFacts are the screen's fact cards: the denial figures (with the rework cost
// the screen also shows), how payers pay, and the 85% bed-shortage line.
func (s *billingScreen) facts(ctx *Context, v game.View, fc game.BillingForecast) []game.Fact {
	out := v.BillingFacts()
	if len(out) > 0 {
		out[billingFactDenials].Text = game.T(s.t(ctx, "sys.billing.fact.rework", ctx.X(out[0].Text), game.MoneyArg(game.BillingReworkCost)))
	}
	for len(out) < 2 {
		out = append(out, game.Fact{Text: game.T(s.t(ctx, "sys.billing.rates.how")), Source: s.t(ctx, "sys.billing.fact.payers_source"), Year: billingPayersYear})
	}
	if !fc.Beds {
		return out // no beds here: no bed-shortage card
	}
	return append(out, game.Fact{Text: game.T(s.t(ctx, "sys.billing.fact.beds")), Source: s.t(ctx, "sys.billing.fact.beds_source"), Year: billingBedsYear})
}

// billingSign is the sign a change shows before its number: "+" when it rounds above
// zero at dec decimals (a minus comes with the number itself).
func billingSign(v float64, dec int) string {
	if math.Round(v*math.Pow10(dec)) > 0 {
		return "+"
	}
	return ""
}

// billingNum is a game figure as a Line argument, without a trailing zero: 2, 1.5.
func billingNum(v float64) string {
	if v == math.Trunc(v) {
		return game.NumArg(v, 0)
	}
	return game.NumArg(v, 1)
}

func billingMoney(v float64) string { return game.MoneyArg(int(math.Round(v))) }

// rates: three service panels on the left, what the rates do on the right (under
// them at a large text size). Every box is sized from its wrapped text.
func (s *billingScreen) rates(ctx *Context, k *DutyKit, fc game.BillingForecast) {
	fs, l := ctx.Fonts, &k.List
	if fs.TextScale() <= 1 {
		s.ratesClassic(ctx, k, fc)
		return
	}
	x0, w := 40.0, 780.0
	stacked := fs.TextScale() > 1.2
	if stacked {
		w = 1200
	}
	nameSt := ui.Style{Size: 20, Bold: true, Color: ui.Ink}
	rateSt := ui.Style{Size: 20, Bold: true, Color: ui.Teal}
	rateX := 0.0 // the rates line up after the longest service name
	for _, sf := range fc.Services {
		rateX = math.Max(rateX, fs.Width(s.t(ctx, "sys.billing.svc."+sf.ID), nameSt))
	}
	rateX += x0 + 14 + 24
	shades := []color.Color{ui.Teal, ui.TealLight, ui.InkSoft, ui.Focus}
	step := game.NumArg(game.BillingStepPct, 0)
	down, up := s.t(ctx, "sys.billing.rates.down", step), s.t(ctx, "sys.billing.rates.up", step)
	bw0 := math.Max(96, math.Max(fs.Width(down, ui.Style{Size: 16, Bold: true}), fs.Width(up, ui.Style{Size: 16, Bold: true}))+20)
	btnH := math.Max(k.ButtonH(down, bw0), k.ButtonH(up, bw0))
	btnX := x0 + w - 12 - 2*bw0 - 8
	var scratch ui.DrawList
	y := 202.0
	for i, sf := range fc.Services {
		y0 := y
		body := func(l *ui.DrawList) float64 {
			y := y0 + 10
			name := s.t(ctx, "sys.billing.svc."+sf.ID)
			nb := fs.NewBlock(name, nameSt, btnX-x0-28)
			l.Block(nb, x0+14, y)
			rate := s.t(ctx, "sys.billing.rates.rate", billingMoney(sf.Rate))
			rx, ry := rateX, y
			if rx+fs.Width(rate, rateSt) > btnX-8 || len(nb.Lines) > 1 {
				rx, ry = x0+14, y+nb.Height()
			}
			l.Text(rate, rx, ry, rateSt)
			yy := ry + fs.LineHeight(rateSt)
			if sf.Step != 0 {
				pct := float64(sf.Step * game.BillingStepPct)
				change := s.t(ctx, "sys.billing.rates.change", billingSign(pct, 0), game.UnitArg(pct, 0, "%"), billingMoney(sf.BaseRate))
				cx := rx + 8 + fs.Width(rate, rateSt)
				if cx+fs.Width(change, ui.Small) > btnX-8 {
					yy += l.Wrapped(change, x0+14, yy, btnX-x0-28, ui.Small)
				} else {
					l.Text(change, cx, ry+4, ui.Small)
				}
			}
			y = math.Max(yy, y0+4+btnH) + 4
			line := s.t(ctx, "sys.billing.rates.earns", billingMoney(sf.Cost), billingMoney(sf.AvgPaid), billingMoney(math.Abs(sf.Profit)))
			col := ui.Ink
			if sf.Loses {
				line = s.t(ctx, "sys.billing.rates.loses", billingMoney(sf.Cost), billingMoney(sf.AvgPaid), billingMoney(-sf.Profit))
				col = ui.Bad
			}
			y += l.Wrapped(line, x0+14, y, w-28, ui.Style{Size: 16, Bold: sf.Loses, Color: col}) + 6
			// who pays: a stacked bar, then the four payers in the same order
			bx, bw := x0+14, w-28
			cx := bx
			for n, sh := range []float64{sf.Gov, sf.Private, sf.Cap, sf.Self} {
				l.Fill(ui.Rect{X: cx, Y: y, W: bw * sh, H: 12}, shades[n])
				if n > 0 {
					l.Fill(ui.Rect{X: cx, Y: y, W: 2, H: 12}, ui.White)
				}
				cx += bw * sh
			}
			y += 18
			pct := func(v float64) string { return game.UnitArg(v*100, 0, "%") }
			private := s.t(ctx, "sys.billing.payer.private_pays", billingMoney(sf.PrivatePays), pct(sf.PrivateShare))
			if sf.PrivateCapped {
				private = s.t(ctx, "sys.billing.payer.private_capped", billingMoney(sf.PrivatePays))
			}
			cols := [][2]string{
				{s.t(ctx, "sys.billing.payer.gov", pct(sf.Gov)), s.t(ctx, "sys.billing.payer.gov_pays", billingMoney(sf.GovPays))},
				{s.t(ctx, "sys.billing.payer.private", pct(sf.Private)), private},
				{s.t(ctx, "sys.billing.payer.cap", pct(sf.Cap)), s.t(ctx, "sys.billing.payer.cap_pays", billingMoney(sf.CapPays))},
				{s.t(ctx, "sys.billing.payer.self", pct(sf.Self)), s.t(ctx, "sys.billing.payer.self_pays", billingMoney(sf.Rate), pct(sf.Collected))},
			}
			colH := 0.0
			cw := bw / 4
			for n, c := range cols {
				cxk := bx + float64(n)*cw
				hs := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
				l.Fill(ui.Rect{X: cxk, Y: y + (fs.LineHeight(hs)-10)/2, W: 10, H: 10}, shades[n])
				h := l.Wrapped(c[0], cxk+14, y, cw-22, hs)
				h += l.Wrapped(c[1], cxk, y+h, cw-8, ui.Small)
				colH = math.Max(colH, h)
			}
			return y + colH + 8 - y0
		}
		scratch.Reset(fs)
		h := body(&scratch)
		l.Card(ui.Rect{X: x0, Y: y0, W: w, H: h})
		body(l)
		k.Add(Action{R: ui.Rect{X: btnX, Y: y0 + 4, W: bw0, H: btnH}, Label: down,
			Look: LookPlain, Row: 1 + i, Col: 0, Cmd: game.BillingRate{Service: i, Delta: -1}})
		k.Add(Action{R: ui.Rect{X: btnX + bw0 + 8, Y: y0 + 4, W: bw0, H: btnH}, Label: up,
			Look: LookPlain, Row: 1 + i, Col: 1, Cmd: game.BillingRate{Service: i, Delta: 1}})
		y += h + 4
	}
	// the right panel: what the rates do
	px, pw, py := 840.0, 400.0, 202.0
	if stacked {
		px, pw, py = 40, 1200, y+6
	}
	fb := ui.NewQuiet(fs, ctx.T("nav.fact"), 0, py+4)
	panel := func(l *ui.DrawList) float64 {
		y := py + 10
		y += l.Wrapped(s.t(ctx, "sys.billing.rates.effect"), px+14, y, pw-28-fb.R.W-10, ui.Style{Size: 20, Bold: true, Color: ui.Ink})
		y = math.Max(y, py+4+fb.R.H) + 8
		body := ui.Style{Size: 16, Color: ui.Ink}
		y += l.Wrapped(s.t(ctx, "sys.billing.rates.result", game.SignedMoneyArg(int(math.Round(fc.Profit))), game.SignedMoneyArg(int(math.Round(fc.ProfitDelta)))), px+14, y, pw-28, body)
		y += l.Wrapped(s.t(ctx, "sys.billing.rates.selfpay", billingMoney(fc.SelfBills), billingSign(fc.SelfPct, 0), game.UnitArg(fc.SelfPct, 0, "%")), px+14, y, pw-28, body)
		y += l.Wrapped(s.t(ctx, "sys.billing.rates.sat", billingSign(fc.SatRates, 1), game.NumArg(fc.SatRates, 1)), px+14, y, pw-28, ui.Style{Size: 16, Bold: fc.SatRates < 0, Color: ui.Ink}) + 6
		if fc.Insurer {
			// a health plan watches its medical loss ratio
			y += l.Wrapped(s.t(ctx, "sys.billing.mco.rates.mlr", game.UnitArg(fc.MLR, 1, "%")), px+14, y, pw-28, ui.Style{Size: 16, Bold: true, Color: ui.Ink}) + 6
		}
		// chart: average paid against cost, per service
		y += l.Wrapped(s.t(ctx, "sys.billing.rates.chart"), px+14, y, pw-28, ui.Style{Size: 15, Bold: true, Color: ui.InkSoft})
		labW := 96.0
		for _, sf := range fc.Services {
			labW = math.Max(labW, fs.Width(s.t(ctx, "sys.billing.svc_short."+sf.ID), ui.Small)+14)
		}
		rowH := math.Max(23, fs.LineHeight(ui.Small)+3)
		for _, sf := range fc.Services {
			top := math.Max(sf.AvgPaid, sf.Cost) * 1.1
			l.Text(s.t(ctx, "sys.billing.svc_short."+sf.ID), px+14, y+2, ui.Small)
			bx := px + 14 + labW
			l.Bar(ui.Rect{X: bx, Y: y + 2, W: 150, H: 8}, sf.AvgPaid/top, ui.Teal)
			l.Bar(ui.Rect{X: bx, Y: y + 12, W: 150, H: 8}, sf.Cost/top, ui.InkSoft)
			pc := s.t(ctx, "sys.billing.rates.paid_cost", billingMoney(sf.AvgPaid), billingMoney(sf.Cost))
			if bx+158+fs.Width(pc, ui.Small) > px+pw-10 {
				y += rowH
				y += l.Wrapped(pc, px+14, y, pw-28, ui.Small) + 2
				continue
			}
			l.Text(pc, bx+158, y+1, ui.Small)
			y += rowH
		}
		y += 6
		y += l.Wrapped(s.t(ctx, "sys.billing.rates.how"), px+14, y, pw-28, ui.Style{Size: 14, Color: ui.Ink}) + 6
		for _, f := range fc.RatesFlags {
			y += l.Warn(ctx.R(f), px+14, y, pw-28) + 4
		}
		return y + 6 - py
	}
	scratch.Reset(fs)
	ph := panel(&scratch)
	if !stacked {
		ph = math.Max(ph, 386)
	}
	l.Card(ui.Rect{X: px, Y: py, W: pw, H: ph})
	panel(l)
	k.Add(Action{R: ui.Rect{X: px + pw - 10 - fb.R.W, Y: py + 4, W: fb.R.W, H: fb.R.H}, Label: ctx.T("nav.fact"), Look: LookPlain,
		Row: 0, Col: 3, Do: DoFact, Fact: billingFactPayers})
	k.EndAt(math.Max(py+ph, y))
}

// ratesClassic is the rates tab at the usual text size: three service panels on
// the left, what the rates do on the right.
func (s *billingScreen) ratesClassic(ctx *Context, k *DutyKit, fc game.BillingForecast) {
	fs, l := ctx.Fonts, &k.List
	x0, w := 40.0, 780.0
	nameSt := ui.Style{Size: 20, Bold: true, Color: ui.Ink}
	rateSt := ui.Style{Size: 20, Bold: true, Color: ui.Teal}
	rateX := 0.0 // the rates line up after the longest service name
	for _, sf := range fc.Services {
		rateX = math.Max(rateX, fs.Width(s.t(ctx, "sys.billing.svc."+sf.ID), nameSt))
	}
	rateX += x0 + 14 + 24
	shades := []color.Color{ui.Teal, ui.TealLight, ui.InkSoft, ui.Focus}
	for i, sf := range fc.Services {
		y := 202 + float64(i)*130
		l.Card(ui.Rect{X: x0, Y: y, W: w, H: 126})
		l.Text(s.t(ctx, "sys.billing.svc."+sf.ID), x0+14, y+10, nameSt)
		rate := s.t(ctx, "sys.billing.rates.rate", billingMoney(sf.Rate))
		l.Text(rate, rateX, y+10, rateSt)
		if sf.Step != 0 {
			pct := float64(sf.Step * game.BillingStepPct)
			change := s.t(ctx, "sys.billing.rates.change", billingSign(pct, 0), game.UnitArg(pct, 0, "%"), billingMoney(sf.BaseRate))
			l.Text(change, rateX+8+fs.Width(rate, rateSt), y+14, ui.Small)
		}
		step := game.NumArg(game.BillingStepPct, 0)
		k.Add(Action{R: ui.Rect{X: x0 + w - 212, Y: y + 4, W: 96, H: 44}, Label: s.t(ctx, "sys.billing.rates.down", step),
			Look: LookPlain, Row: 1 + i, Col: 0, Cmd: game.BillingRate{Service: i, Delta: -1}})
		k.Add(Action{R: ui.Rect{X: x0 + w - 108, Y: y + 4, W: 96, H: 44}, Label: s.t(ctx, "sys.billing.rates.up", step),
			Look: LookPlain, Row: 1 + i, Col: 1, Cmd: game.BillingRate{Service: i, Delta: 1}})
		line := s.t(ctx, "sys.billing.rates.earns", billingMoney(sf.Cost), billingMoney(sf.AvgPaid), billingMoney(math.Abs(sf.Profit)))
		col := ui.Ink
		if sf.Loses {
			line = s.t(ctx, "sys.billing.rates.loses", billingMoney(sf.Cost), billingMoney(sf.AvgPaid), billingMoney(-sf.Profit))
			col = ui.Bad
		}
		l.Text(line, x0+14, y+50, ui.Style{Size: 16, Bold: sf.Loses, Color: col})
		// who pays: a stacked bar, then the four payers in the same order
		bx, bw := x0+14, w-28
		cx := bx
		for n, sh := range []float64{sf.Gov, sf.Private, sf.Cap, sf.Self} {
			l.Fill(ui.Rect{X: cx, Y: y + 74, W: bw * sh, H: 12}, shades[n])
			if n > 0 {
				l.Fill(ui.Rect{X: cx, Y: y + 74, W: 2, H: 12}, ui.White)
			}
			cx += bw * sh
		}
		pct := func(v float64) string { return game.UnitArg(v*100, 0, "%") }
		private := s.t(ctx, "sys.billing.payer.private_pays", billingMoney(sf.PrivatePays), pct(sf.PrivateShare))
		if sf.PrivateCapped {
			private = s.t(ctx, "sys.billing.payer.private_capped", billingMoney(sf.PrivatePays))
		}
		cols := [][2]string{
			{s.t(ctx, "sys.billing.payer.gov", pct(sf.Gov)), s.t(ctx, "sys.billing.payer.gov_pays", billingMoney(sf.GovPays))},
			{s.t(ctx, "sys.billing.payer.private", pct(sf.Private)), private},
			{s.t(ctx, "sys.billing.payer.cap", pct(sf.Cap)), s.t(ctx, "sys.billing.payer.cap_pays", billingMoney(sf.CapPays))},
			{s.t(ctx, "sys.billing.payer.self", pct(sf.Self)), s.t(ctx, "sys.billing.payer.self_pays", billingMoney(sf.Rate), pct(sf.Collected))},
		}
		for n, c := range cols {
			cxk := bx + float64(n)*(bw/4)
			l.Fill(ui.Rect{X: cxk, Y: y + 94, W: 10, H: 10}, shades[n])
			l.Text(c[0], cxk+14, y+90, ui.Style{Size: 15, Bold: true, Color: ui.Ink})
			l.Text(c[1], cxk, y+107, ui.Small)
		}
	}
	// the right panel: what the rates do
	px, pw := 840.0, 400.0
	l.Card(ui.Rect{X: px, Y: 202, W: pw, H: 386})
	y := 212.0
	l.Text(s.t(ctx, "sys.billing.rates.effect"), px+14, y, ui.Style{Size: 20, Bold: true, Color: ui.Ink})
	fb := ui.NewQuiet(fs, ctx.T("nav.fact"), 0, 206)
	k.Add(Action{R: ui.Rect{X: px + pw - 10 - fb.R.W, Y: 206, W: fb.R.W, H: 44}, Label: ctx.T("nav.fact"), Look: LookPlain,
		Row: 0, Col: 3, Do: DoFact, Fact: billingFactPayers})
	y += 42
	body := ui.Style{Size: 16, Color: ui.Ink}
	l.Text(s.t(ctx, "sys.billing.rates.result", game.SignedMoneyArg(int(math.Round(fc.Profit))), game.SignedMoneyArg(int(math.Round(fc.ProfitDelta)))), px+14, y, body)
	y += 22
	l.Text(s.t(ctx, "sys.billing.rates.selfpay", billingMoney(fc.SelfBills), billingSign(fc.SelfPct, 0), game.UnitArg(fc.SelfPct, 0, "%")), px+14, y, body)
	y += 22
	l.Text(s.t(ctx, "sys.billing.rates.sat", billingSign(fc.SatRates, 1), game.NumArg(fc.SatRates, 1)), px+14, y, ui.Style{Size: 16, Bold: fc.SatRates < 0, Color: ui.Ink})
	y += 28
	if fc.Insurer {
		// a health plan watches its medical loss ratio
		y += l.Wrapped(s.t(ctx, "sys.billing.mco.rates.mlr", game.UnitArg(fc.MLR, 1, "%")), px+14, y, pw-28, ui.Style{Size: 16, Bold: true, Color: ui.Ink}) + 6
	}
	// chart: average paid against cost, per service
	l.Text(s.t(ctx, "sys.billing.rates.chart"), px+14, y, ui.Style{Size: 15, Bold: true, Color: ui.InkSoft})
	y += 20
	for _, sf := range fc.Services {
		top := math.Max(sf.AvgPaid, sf.Cost) * 1.1
		l.Text(s.t(ctx, "sys.billing.svc_short."+sf.ID), px+14, y+2, ui.Small)
		l.Bar(ui.Rect{X: px + 110, Y: y + 2, W: 150, H: 8}, sf.AvgPaid/top, ui.Teal)
		l.Bar(ui.Rect{X: px + 110, Y: y + 12, W: 150, H: 8}, sf.Cost/top, ui.InkSoft)
		l.Text(s.t(ctx, "sys.billing.rates.paid_cost", billingMoney(sf.AvgPaid), billingMoney(sf.Cost)), px+268, y+1, ui.Small)
		y += 23
	}
	y += 6
	y += l.Wrapped(s.t(ctx, "sys.billing.rates.how"), px+14, y, pw-28, ui.Style{Size: 14, Color: ui.Ink}) + 6
	for _, f := range fc.RatesFlags {
		y += l.Warn(ctx.R(f), px+14, y, pw-28) + 4
	}
}

// denials: one row per denied claim with its three answers (under the claim at a
// large text size).
func (s *billingScreen) denials(ctx *Context, k *DutyKit, d game.BillingDesk, fc game.BillingForecast) {
	fs, l := ctx.Fonts, &k.List
	stacked := fs.TextScale() > 1.2
	label := s.t(ctx, "sys.billing.fact.denials")
	fb := ui.NewQuiet(fs, label, 0, 196)
	fb.R.X = 1240 - fb.R.W
	k.Add(Action{R: fb.R, Label: label, Look: LookPlain, Row: 1, Col: 3, Do: DoFact, Fact: billingFactDenials})
	ih := l.Wrapped(s.t(ctx, "sys.billing.denials.intro", game.NumArg(game.BillingAppealCost, 2), game.MoneyArg(game.BillingReworkCost)),
		40, 198, fb.R.X-40-16, ui.Style{Size: 15, Color: ui.Ink})
	labels := []string{s.t(ctx, "sys.billing.act.fix"), s.t(ctx, "sys.billing.act.appeal"), s.t(ctx, "sys.billing.act.writeoff")}
	bw, bx := 140.0, 800.0
	if stacked {
		bw, bx = (1200-24-16)/3.0, 52
	}
	btnH := 44.0
	for _, lb := range append(labels, s.t(ctx, "sys.billing.act.nofix")) {
		btnH = math.Max(btnH, k.ButtonH(lb, bw))
	}
	headSt := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	textW := 800.0 - 52 - 8
	if stacked {
		textW = 1200 - 24
	}
	y := math.Max(244, 198+math.Max(ih, fb.R.H)+8)
	for i, c := range d.Claims {
		cf := fc.Claims[i]
		// the claim number is an identifier, not a quantity: no thousands sign
		head := fs.NewBlock(s.t(ctx, "sys.billing.claim.head", strconv.Itoa(c.No), s.t(ctx, "sys.billing.kind."+c.Kind),
			s.t(ctx, "sys.billing.payer_name."+c.Payer), game.MoneyArg(c.Amount)), headSt, textW)
		detail := "sys.billing.claim.detail"
		if cf.CauseFixed {
			detail = "sys.billing.claim.detail_fixed"
		}
		db := fs.NewBlock(s.t(ctx, detail, s.t(ctx, "sys.billing.cause."+c.Cause), s.t(ctx, "sys.billing.odds."+cf.Odds)), ui.Small, textW)
		th := head.Height() + db.Height() + 6
		by, h := y, math.Max(th, btnH)
		if stacked {
			by, h = y+th+2, th+2+btnH+4
		}
		l.Card(ui.Rect{X: 40, Y: y, W: 1200, H: h})
		l.Block(head, 52, y+3)
		l.Block(db, 52, y+3+head.Height())
		for n, a := range game.BillActions {
			act := Action{R: ui.Rect{X: bx + float64(n)*(bw+8), Y: by, W: bw, H: btnH}, Label: labels[n], Look: LookChoice,
				Selected: c.Action == a, Row: 2 + i, Col: n, Cmd: game.BillingDecide{Claim: i, Action: a}}
			if act.Selected {
				act.Cmd = game.BillingDecide{Claim: i} // pressing the chosen answer again takes it back
			}
			if a == game.BillFix && !cf.Fixable {
				act.Label, act.Look, act.Cmd = s.t(ctx, "sys.billing.act.nofix"), LookDisabled, nil
			}
			k.Add(act)
		}
		y += h + 2
	}
	y += 2
	sumSt := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	sum := s.t(ctx, "sys.billing.denials.sum", game.NumArg(float64(fc.Decided), 0), game.NumArg(float64(len(d.Claims)), 0),
		game.NumArg(float64(fc.Appeals), 0), game.NumArg(fc.AppealCost, 2), game.MoneyArg(fc.ChosenOff), game.NumArg(float64(len(fc.NewFixes)), 0))
	sw := fs.Width(sum, sumSt) + 24
	if len(fc.QueueFlags) > 0 && (stacked || sw > 700) {
		y += l.Wrapped(sum, 40, y, 1200, sumSt) + 4
		for _, f := range fc.QueueFlags {
			y += l.Warn(ctx.R(f), 40, y, 1200) + 4
		}
	} else {
		sh := l.Wrapped(sum, 40, y, 1200, sumSt)
		for _, f := range fc.QueueFlags {
			sh = math.Max(sh, l.Warn(ctx.R(f), 40+sw, y, 1200-sw))
		}
		y += sh
	}
	k.EndAt(y)
}

// contract: the offer on the left, its trade-off in numbers on the right (under it
// at a large text size).
func (s *billingScreen) contract(ctx *Context, k *DutyKit, d game.BillingDesk, fc game.BillingForecast) {
	fs, l := ctx.Fonts, &k.List
	stacked := fs.TextScale() > 1.2
	o := d.Offer
	key := "sys.billing.offer." + o.Insurer + "."
	x0, w := 40.0, 760.0
	if stacked {
		w = 1200
	}
	labels := []string{s.t(ctx, "sys.billing.offer.accept"), s.t(ctx, "sys.billing.offer.refuse_btn")}
	bw := math.Min(248, (w-32-12)/2)
	if stacked {
		bw = (w - 32 - 12) / 2
	}
	btnH := math.Max(46, math.Max(k.ButtonH(labels[0], bw), k.ButtonH(labels[1], bw)))
	var scratch ui.DrawList
	offer := func(l *ui.DrawList) float64 {
		y := 214.0
		y += l.Wrapped(s.t(ctx, key+"name"), x0+16, y, w-32, ui.Style{Size: 22, Bold: true, Color: ui.Ink}) + 4
		y += l.Wrapped(s.t(ctx, key+"who"), x0+16, y, w-32, ui.Style{Size: 16, Bold: true, Color: ui.Teal}) + 4
		y += l.Wrapped(s.t(ctx, key+"about", game.MoneyArg(o.Rate)), x0+16, y, w-32, ui.Style{Size: 16, Color: ui.Ink}) + 10
		terms := []string{
			s.t(ctx, "sys.billing.offer.pays", game.MoneyArg(o.Rate)),
			s.t(ctx, "sys.billing.offer.costs", game.MoneyArg(o.Cost)),
		}
		if fc.PerStay < 0 {
			terms = append(terms, s.t(ctx, "sys.billing.offer.lose", game.MoneyArg(-fc.PerStay), game.SignedMoneyArg(fc.PerWeek)))
		} else {
			terms = append(terms, s.t(ctx, "sys.billing.offer.gain", game.MoneyArg(fc.PerStay), game.SignedMoneyArg(fc.PerWeek)))
		}
		terms = append(terms,
			s.t(ctx, "sys.billing.offer.promise", game.NumArg(float64(o.Units), 0), billingNum(o.Beds)),
			s.t(ctx, key+"strings", billingNum(o.Denials), billingNum(o.Hours)),
			s.t(ctx, key+"refuse", billingNum(o.AtRisk), billingNum(o.SatLoss)))
		for i, t := range terms {
			y += l.Wrapped(s.t(ctx, "sys.billing.offer.term", t), x0+16, y, w-32, ui.Style{Size: 16, Bold: i == 2, Color: ui.Ink}) + 4
		}
		return y + 8
	}
	scratch.Reset(fs)
	by := math.Max(offer(&scratch), 588-58)
	ch := by + btnH + 12 - 202
	if !stacked {
		ch = math.Max(ch, 386)
	}
	l.Card(ui.Rect{X: x0, Y: 202, W: w, H: ch})
	offer(l)
	for i, a := range []string{game.BillAccept, game.BillRefuse} {
		act := Action{R: ui.Rect{X: x0 + 16 + float64(i)*(bw+12), Y: by, W: bw, H: btnH}, Label: labels[i], Look: LookChoice,
			Selected: d.Contract == a, Row: 1, Col: i, Cmd: game.BillingContract{Answer: a}}
		if act.Selected {
			act.Cmd = game.BillingContract{} // pressing the chosen answer again takes it back
		}
		k.Add(act)
	}
	// the right panel: the trade-off in numbers
	px, pw, py := 820.0, 420.0, 202.0
	if stacked {
		px, pw, py = 40, 1200, 202+ch+8
	}
	btns := []string{"sys.billing.fact.payers_btn", "sys.billing.fact.beds_btn"}
	if !fc.Beds {
		btns = btns[:1] // no beds here: no bed-shortage card
	}
	panel := func(l *ui.DrawList) float64 {
		y := py + 12
		y += l.Wrapped(s.t(ctx, "sys.billing.offer.chart"), px+14, y, pw-28, ui.Style{Size: 18, Bold: true, Color: ui.Ink}) + 6
		top := float64(max(o.Rate, o.Cost)) * 1.15
		vs := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
		for _, row := range []struct {
			label string
			v     int
			clr   color.Color
		}{
			{s.t(ctx, "sys.billing.offer.bar_pay"), o.Rate, ui.Teal},
			{s.t(ctx, "sys.billing.offer.bar_cost"), o.Cost, ui.InkSoft},
		} {
			y += l.Wrapped(row.label, px+14, y, pw-28, ui.Small) + 2
			l.Bar(ui.Rect{X: px + 14, Y: y + (fs.LineHeight(vs)-14)/2, W: 300, H: 14}, float64(row.v)/top, row.clr)
			l.Text(s.t(ctx, "sys.billing.offer.bar_value", game.MoneyArg(row.v)), px+322, y, vs)
			y += fs.LineHeight(vs) + 6
		}
		y += 6
		if fc.Beds {
			y = s.beds(ctx, l, fc, px, pw, y)
		}
		for _, f := range fc.ContractFlags {
			y += l.Warn(ctx.R(f), px+14, y, pw-28) + 4
		}
		return y
	}
	scratch.Reset(fs)
	fy := math.Max(panel(&scratch)+4, 588-52)
	// the fact buttons, side by side while they fit
	fx, rowH := px+14, 0.0
	var fbs []ui.Button
	for _, id := range btns {
		label := s.t(ctx, id)
		fb := ui.NewQuiet(fs, label, fx, fy)
		if fx > px+14 && fx+fb.R.W > px+pw-10 {
			fy += rowH + 8
			fb.R.X, fb.R.Y, fx, rowH = px+14, fy, px+14, 0
		}
		fx += fb.R.W + 10
		rowH = math.Max(rowH, fb.R.H)
		fbs = append(fbs, fb)
	}
	ph := fy + rowH + 12 - py
	if !stacked {
		ph = math.Max(ph, 386)
	}
	l.Card(ui.Rect{X: px, Y: py, W: pw, H: ph})
	panel(l)
	for n, fb := range fbs {
		k.Add(Action{R: fb.R, Label: s.t(ctx, btns[n]), Look: LookPlain, Row: 1, Col: 2 + n, Do: DoFact, Fact: billingFactPayers + n})
	}
	k.EndAt(math.Max(202+ch, py+ph))
}

// beds draws the bed-occupancy bars either answer leads to, with the 85% line, from
// y; it returns the y below them.
func (s *billingScreen) beds(ctx *Context, l *ui.DrawList, fc game.BillingForecast, px, pw, y float64) float64 {
	fs := ctx.Fonts
	y += l.Wrapped(s.t(ctx, "sys.billing.offer.beds"), px+14, y, pw-28, ui.Style{Size: 18, Bold: true, Color: ui.Ink}) + 4
	top := y
	for _, r := range []struct {
		key string
		v   float64
	}{
		{"sys.billing.offer.beds_now", fc.BedsNow},
		{"sys.billing.offer.beds_accept", fc.BedsIfAccept},
		{"sys.billing.offer.beds_refuse", fc.BedsIfRefuse},
	} {
		y += l.Wrapped(s.t(ctx, r.key, game.UnitArg(r.v, 0, "%")), px+14, y, pw-28, ui.Small) + 2
		l.Bar(ui.Rect{X: px + 14, Y: y, W: 300, H: 10}, r.v/100, ui.TealLight)
		y += 16
	}
	// the 85% shortage line across the bed bars
	lx := px + 14 + 300*game.BillingCrowding/100
	l.Line(lx, top+fs.LineHeight(ui.Small), lx, y-2, ui.Bad)
	y += l.Wrapped(s.t(ctx, "sys.billing.offer.shortage", game.UnitArg(game.BillingCrowding, 0, "%")), px+14, y, pw-28, ui.Small)
	return y + 6
}

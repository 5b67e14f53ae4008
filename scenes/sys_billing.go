package scenes

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// BillingScene is the billing duty screen: three tabs on one screen. Rates: set the
// listed price of three services and see who actually pays it. Denials: answer each
// denied claim (fix the cause, appeal, write off). Contract: accept or refuse an
// insurer's offer. A strip at the bottom shows what Done would do now.
type BillingScene struct {
	sysBase
	m    menu
	tab  int
	own  []beAct // what each of the screen's own menu items does
	fc   game.BillingForecast
	dl   beList // everything drawn besides buttons, built in Layout
	msg  string
	fact []game.Fact
}

// beAct is what one of a duty screen's own buttons does, and how it looks. Row and
// Col place it on a grid for the arrow keys.
type beAct struct {
	Kind     int
	I        int
	Arg      string
	Label    string
	Selected bool
	Row, Col int
	Look     int
}

// Looks of the screen's own buttons.
const (
	beLookTab    = iota // a tab: filled when it is the open one
	beLookChoice        // an answer: "●" and filled when chosen, "○" when not
	beLookPlain         // a plain outlined button
	beLookRow           // a whole table row (drawn by the screen), focus ring only
)

// Billing button kinds.
const (
	billTab = iota
	billRate
	billClaim
	billContract
	billFact
)

// Name implements Scene.
func (s *BillingScene) Name() string { return "system-billing" }

// Layout implements Scene.
func (s *BillingScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	focus := s.m.focus
	s.fc = ctx.Session.BillingForecast()
	s.fact = s.facts(ctx)
	s.own = s.own[:0]
	s.dl = s.dl[:0]
	d := ctx.Session.LegacyState().Sys.Billing
	if d == nil {
		s.m.items = s.baseItems()
		return
	}
	// the tabs
	answered := len(d.Claims) - s.fc.Undecided
	tabs := []string{
		ctx.T("sys.billing.tab.rates"),
		ctx.T("sys.billing.tab.denials", itoa(answered), itoa(len(d.Claims))),
		ctx.T("sys.billing.tab.contract." + billContractWord(d.Contract)),
	}
	for i, t := range tabs {
		s.own = append(s.own, beAct{Kind: billTab, I: i, Label: t, Selected: i == s.tab, Row: 0, Col: i, Look: beLookTab})
	}
	rects := []ui.Rect{}
	for i := range tabs {
		rects = append(rects, ui.Rect{X: 40 + float64(i)*400, Y: 150, W: 390, H: 42})
	}
	switch s.tab {
	case 0:
		rects = s.layoutRates(ctx, rects)
	case 1:
		rects = s.layoutDenials(ctx, d, rects)
	default:
		rects = s.layoutContract(ctx, d, rects)
	}
	s.layoutPreview(ctx)
	s.m.items = beItems(rects, s.own)
	s.m.items = append(s.m.items, s.baseItems()...)
	s.m.focus = focus
	if s.m.focus >= len(s.m.items) || s.m.focus < 0 {
		s.m.focus = 0
	}
}

// facts are the screen's fact cards: the denial figures (with the rework cost the
// screen also shows), how payers pay, and the 85% bed-shortage line.
func (s *BillingScene) facts(ctx *Context) []game.Fact {
	out := ctx.Session.BillingFacts()
	if len(out) > 0 {
		out[0].Text = game.T(ctx.X(out[0].Text) + " " + ctx.T("sys.billing.fact.rework"))
	}
	for len(out) < 2 {
		out = append(out, game.Fact{Text: game.T(ctx.T("sys.billing.rates.how")), Source: ctx.T("sys.billing.fact.payers_source"), Year: billPayersYear})
	}
	out = append(out, game.Fact{Text: game.T(ctx.T("sys.billing.fact.beds")), Source: ctx.T("sys.billing.fact.beds_source"), Year: billBedsYear})
	return out
}

// The years of the facts this screen words itself (their text is in the catalog).
const (
	billBedsYear   = 2025 // Leuchter et al., JAMA Network Open
	billPayersYear = 2024 // CMS inpatient prospective payment system
)

func billContractWord(c string) string {
	if c == "" {
		return "open"
	}
	return c
}

// layoutRates: three service panels on the left, what the rates do on the right.
func (s *BillingScene) layoutRates(ctx *Context, rects []ui.Rect) []ui.Rect {
	fs := ctx.Fonts
	x0, w := 40.0, 780.0
	nameSt := ui.Style{Size: 20, Bold: true, Color: ui.Ink}
	rateX := 0.0 // the rates line up after the longest service name
	for _, sf := range s.fc.Services {
		rateX = math.Max(rateX, fs.Width(ctx.T("sys.billing.svc."+sf.ID), nameSt))
	}
	rateX += x0 + 14 + 24
	for i, sf := range s.fc.Services {
		y := 202 + float64(i)*130
		s.dl.card(ui.Rect{X: x0, Y: y, W: w, H: 126})
		s.dl.text(ctx.T("sys.billing.svc."+sf.ID), x0+14, y+10, nameSt)
		rate := ctx.T("sys.billing.rates.rate", beMoney(sf.Rate))
		s.dl.text(rate, rateX, y+10, ui.Style{Size: 20, Bold: true, Color: ui.Teal})
		if sf.Step != 0 {
			change := ctx.T("sys.billing.rates.change", fmt.Sprintf("%+d%%", sf.Step*game.BillingStepPct), beMoney(sf.BaseRate))
			s.dl.text(change, rateX+8+fs.Width(rate, ui.Style{Size: 20, Bold: true}), y+14, ui.Small)
		}
		down := ui.Rect{X: x0 + w - 212, Y: y + 8, W: 96, H: 38}
		up := ui.Rect{X: x0 + w - 108, Y: y + 8, W: 96, H: 38}
		s.own = append(s.own,
			beAct{Kind: billRate, I: i, Arg: "-", Label: ctx.T("sys.billing.rates.down", itoa(game.BillingStepPct)), Row: 1 + i, Col: 0, Look: beLookPlain},
			beAct{Kind: billRate, I: i, Arg: "+", Label: ctx.T("sys.billing.rates.up", itoa(game.BillingStepPct)), Row: 1 + i, Col: 1, Look: beLookPlain})
		rects = append(rects, down, up)
		result := ctx.T("sys.billing.rates.earns", beMoney(math.Abs(sf.Profit)))
		col := ui.Ink
		if sf.Profit < 0 {
			result = ctx.T("sys.billing.rates.loses", beMoney(-sf.Profit))
			col = ui.Bad
		}
		line := ctx.T("sys.billing.rates.line", beMoney(sf.Cost), beMoney(sf.AvgPaid)) + " " + result
		s.dl.text(line, x0+14, y+46, ui.Style{Size: 16, Bold: sf.Profit < 0, Color: col})
		// who pays: a stacked bar, then the four payers in the same order
		bx, bw := x0+14, w-28
		shares := []float64{sf.Gov, sf.Private, sf.Cap, sf.Self}
		shades := []color.Color{ui.Teal, ui.TealLight, ui.InkSoft, ui.Focus}
		cx := bx
		for k, sh := range shares {
			s.dl.fill(ui.Rect{X: cx, Y: y + 72, W: bw * sh, H: 12}, shades[k])
			if k > 0 {
				s.dl.fill(ui.Rect{X: cx, Y: y + 72, W: 2, H: 12}, ui.White)
			}
			cx += bw * sh
		}
		pct := func(v float64) string { return fmt.Sprintf("%.0f%%", v*100) }
		private := ctx.T("sys.billing.payer.private_pays", beMoney(sf.PrivatePays))
		if sf.PrivateCapped {
			private = ctx.T("sys.billing.payer.private_capped", beMoney(sf.PrivatePays))
		}
		cols := [][2]string{
			{ctx.T("sys.billing.payer.gov", pct(sf.Gov)), ctx.T("sys.billing.payer.gov_pays", beMoney(sf.GovPays))},
			{ctx.T("sys.billing.payer.private", pct(sf.Private)), private},
			{ctx.T("sys.billing.payer.cap", pct(sf.Cap)), ctx.T("sys.billing.payer.cap_pays", beMoney(sf.CapPays))},
			{ctx.T("sys.billing.payer.self", pct(sf.Self)), ctx.T("sys.billing.payer.self_pays", beMoney(sf.Rate), fmt.Sprintf("%.0f%%", sf.Collected*100))},
		}
		for k, c := range cols {
			cxk := bx + float64(k)*(bw/4)
			s.dl.fill(ui.Rect{X: cxk, Y: y + 92, W: 10, H: 10}, shades[k])
			s.dl.text(c[0], cxk+14, y+88, ui.Style{Size: 15, Bold: true, Color: ui.Ink})
			s.dl.text(c[1], cxk, y+106, ui.Small)
		}
	}
	// the right panel: what the rates do
	px, pw := 840.0, 400.0
	s.dl.card(ui.Rect{X: px, Y: 202, W: pw, H: 386})
	y := 212.0
	s.dl.text(ctx.T("sys.billing.rates.effect"), px+14, y, ui.Style{Size: 20, Bold: true, Color: ui.Ink})
	if len(s.fact) > 1 {
		b := ui.NewQuiet(fs, ctx.T("nav.fact"), 0, 208)
		b.R.X = px + pw - 10 - b.R.W
		s.own = append(s.own, beAct{Kind: billFact, I: 1, Label: ctx.T("nav.fact"), Row: 0, Col: 3, Look: beLookPlain})
		rects = append(rects, b.R)
	}
	y += 40
	delta := s.fc.Profit - s.fc.BaseProfit
	s.dl.text(ctx.T("sys.billing.rates.result", beSignedMoney(s.fc.Profit), beSignedMoney(delta)), px+14, y, ui.Style{Size: 16, Color: ui.Ink})
	y += 22
	selfPct := 0.0
	if s.fc.BaseSelf > 0 {
		selfPct = (s.fc.SelfBills/s.fc.BaseSelf - 1) * 100
	}
	s.dl.text(ctx.T("sys.billing.rates.selfpay", beMoney(s.fc.SelfBills), fmt.Sprintf("%+.0f%%", selfPct)), px+14, y, ui.Style{Size: 16, Color: ui.Ink})
	y += 22
	s.dl.text(ctx.T("sys.billing.rates.sat", fmt.Sprintf("%+.1f", s.fc.SatRates)), px+14, y, ui.Style{Size: 16, Bold: s.fc.SatRates < 0, Color: ui.Ink})
	y += 28
	// chart: average paid against cost, per service
	s.dl.text(ctx.T("sys.billing.rates.chart"), px+14, y, ui.Style{Size: 15, Bold: true, Color: ui.InkSoft})
	y += 20
	for _, sf := range s.fc.Services {
		top := math.Max(sf.AvgPaid, sf.Cost) * 1.1
		s.dl.text(ctx.T("sys.billing.svc_short."+sf.ID), px+14, y+2, ui.Small)
		s.dl.bar(ui.Rect{X: px + 110, Y: y + 2, W: 150, H: 8}, sf.AvgPaid/top, ui.Teal)
		s.dl.bar(ui.Rect{X: px + 110, Y: y + 12, W: 150, H: 8}, sf.Cost/top, ui.InkSoft)
		s.dl.text(ctx.T("sys.billing.rates.paid_cost", beMoney(sf.AvgPaid), beMoney(sf.Cost)), px+268, y+2, ui.Small)
		y += 26
	}
	y += 6
	how := fs.NewBlock(ctx.T("sys.billing.rates.how"), ui.Style{Size: 15, Color: ui.Ink}, pw-28)
	s.dl.block(how, px+14, y)
	y += how.Height() + 8
	if s.fc.SatRates <= -4 {
		s.dl.warn(fs, ctx.T("sys.billing.flag.self_pay"), px+14, y, pw-28)
	}
	return rects
}

// layoutDenials: one row per denied claim with its three answers.
func (s *BillingScene) layoutDenials(ctx *Context, d *game.BillingDesk, rects []ui.Rect) []ui.Rect {
	fs := ctx.Fonts
	introW := 1200.0
	if len(s.fact) > 0 {
		b := ui.NewQuiet(fs, ctx.T("sys.billing.fact.denials"), 0, 200)
		b.R.X = 1240 - b.R.W
		introW = b.R.X - 40 - 16
		s.own = append(s.own, beAct{Kind: billFact, I: 0, Label: ctx.T("sys.billing.fact.denials"), Row: 1, Col: 3, Look: beLookPlain})
		rects = append(rects, b.R)
	}
	intro := fs.NewBlock(ctx.T("sys.billing.denials.intro", fmt.Sprintf("$%.2f", game.BillingAppealCost), beMoney(game.BillingReworkCost)), ui.Style{Size: 15, Color: ui.Ink}, introW)
	s.dl.block(intro, 40, 200)
	fixedNow := map[string]bool{}
	for _, c := range d.Fixed {
		fixedNow[c] = true
	}
	for _, c := range d.Claims {
		if c.Action == game.BillFix {
			fixedNow[c.Cause] = true
		}
	}
	top := 250.0
	for i, c := range d.Claims {
		y := top + float64(i)*46
		s.dl.card(ui.Rect{X: 40, Y: y, W: 1200, H: 42})
		head := ctx.T("sys.billing.claim.head", itoa(c.No), ctx.T("sys.billing.kind."+c.Kind), ctx.T("sys.billing.payer_name."+c.Payer), beMoney(float64(c.Amount)))
		s.dl.text(head, 52, y+3, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
		cause := game.BillingCauseInfo(c.Cause)
		detail := ctx.T("sys.billing.cause."+c.Cause) + " — " + ctx.T("sys.billing.odds", ctx.T("sys.billing.odds."+game.BillingAppealOdds(cause.Appeal)))
		if fixedNow[c.Cause] && c.Action != game.BillFix {
			detail += " — " + ctx.T("sys.billing.claim.cause_fixed")
		}
		s.dl.text(detail, 52, y+22, ui.Small)
		labels := []string{ctx.T("sys.billing.act.fix"), ctx.T("sys.billing.act.appeal"), ctx.T("sys.billing.act.writeoff")}
		for k, a := range game.BillActions {
			r := ui.Rect{X: 800 + float64(k)*148, Y: y + 3, W: 140, H: 36}
			act := beAct{Kind: billClaim, I: i, Arg: a, Label: labels[k], Selected: c.Action == a, Row: 2 + i, Col: k, Look: beLookChoice}
			if a == game.BillFix && !cause.Fixable {
				act.Label = ctx.T("sys.billing.act.nofix")
				act.Look = -1 // disabled
			}
			s.own = append(s.own, act)
			rects = append(rects, r)
		}
	}
	y := top + float64(len(d.Claims))*46 + 2
	sum := ctx.T("sys.billing.denials.sum", itoa(s.fc.Decided), itoa(len(d.Claims)), itoa(s.fc.Appeals), fmt.Sprintf("$%.2f", s.fc.AppealCost), beMoney(float64(s.fc.WriteOffSum-billUndecided(d))), itoa(len(s.fc.NewFixes)))
	s.dl.text(sum, 40, y, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	for _, f := range s.fc.Flags {
		if strings.HasSuffix(f.Key, ".undecided") {
			s.dl.warn(fs, ctx.R(f), 40+fs.Width(sum, ui.Style{Size: 16, Bold: true})+24, y, 1200-fs.Width(sum, ui.Style{Size: 16, Bold: true})-24)
		}
	}
	return rects
}

func billUndecided(d *game.BillingDesk) int {
	n := 0
	for _, c := range d.Claims {
		if c.Action == "" {
			n += c.Amount
		}
	}
	return n
}

// layoutContract: the offer on the left, its trade-off in numbers on the right.
func (s *BillingScene) layoutContract(ctx *Context, d *game.BillingDesk, rects []ui.Rect) []ui.Rect {
	fs := ctx.Fonts
	o := d.Offer
	k := "sys.billing.offer." + o.Insurer + "."
	x0, w := 40.0, 760.0
	s.dl.card(ui.Rect{X: x0, Y: 202, W: w, H: 386})
	y := 214.0
	s.dl.text(ctx.T(k+"name"), x0+16, y, ui.Style{Size: 22, Bold: true, Color: ui.Ink})
	y += 32
	s.dl.text(ctx.T(k+"who"), x0+16, y, ui.Style{Size: 16, Bold: true, Color: ui.Teal})
	y += 26
	about := fs.NewBlock(ctx.T(k+"about", beMoney(float64(o.Rate))), ui.Style{Size: 16, Color: ui.Ink}, w-32)
	s.dl.block(about, x0+16, y)
	y += about.Height() + 10
	terms := []string{
		ctx.T("sys.billing.offer.pays", beMoney(float64(o.Rate))),
		ctx.T("sys.billing.offer.costs", beMoney(float64(o.Cost))),
	}
	if o.Rate < o.Cost {
		terms = append(terms, ctx.T("sys.billing.offer.lose", beMoney(float64(o.Cost-o.Rate)), beSignedMoney(float64(o.Units*(o.Rate-o.Cost)))))
	} else {
		terms = append(terms, ctx.T("sys.billing.offer.gain", beMoney(float64(o.Rate-o.Cost)), beSignedMoney(float64(o.Units*(o.Rate-o.Cost)))))
	}
	terms = append(terms,
		ctx.T("sys.billing.offer.promise", itoa(o.Units), fmt.Sprintf("%.0f", o.Beds)),
		ctx.T(k+"strings", beNum(o.Denials), beNum(o.Hours)),
		ctx.T(k+"refuse", beNum(o.AtRisk), beNum(o.SatLoss)))
	for i, t := range terms {
		b := fs.NewBlock("• "+t, ui.Style{Size: 16, Bold: i == 2, Color: ui.Ink}, w-32)
		s.dl.block(b, x0+16, y)
		y += b.Height() + 4
	}
	labels := []string{ctx.T("sys.billing.offer.accept"), ctx.T("sys.billing.offer.refuse_btn")}
	for i, a := range []string{game.BillAccept, game.BillRefuse} {
		r := ui.Rect{X: x0 + 16 + float64(i)*260, Y: 588 - 56, W: 248, H: 42}
		s.own = append(s.own, beAct{Kind: billContract, Arg: a, Label: labels[i], Selected: d.Contract == a, Row: 1, Col: i, Look: beLookChoice})
		rects = append(rects, r)
	}
	// the right panel: the trade-off in numbers
	px, pw := 820.0, 420.0
	s.dl.card(ui.Rect{X: px, Y: 202, W: pw, H: 386})
	y = 214
	s.dl.text(ctx.T("sys.billing.offer.chart"), px+14, y, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	y += 30
	top := float64(max(o.Rate, o.Cost)) * 1.15
	for i, row := range [][2]string{
		{ctx.T("sys.billing.offer.bar_pay"), beMoney(float64(o.Rate))},
		{ctx.T("sys.billing.offer.bar_cost"), beMoney(float64(o.Cost))},
	} {
		v := float64(o.Rate)
		clr := color.Color(ui.Teal)
		if i == 1 {
			v, clr = float64(o.Cost), ui.InkSoft
		}
		s.dl.text(row[0], px+14, y, ui.Small)
		s.dl.bar(ui.Rect{X: px + 14, Y: y + 20, W: 300, H: 14}, v/top, clr)
		s.dl.text(row[1], px+322, y+18, ui.Style{Size: 15, Bold: true, Color: ui.Ink})
		y += 44
	}
	y += 6
	s.dl.text(ctx.T("sys.billing.offer.beds"), px+14, y, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	y += 28
	bedRows := []struct {
		label string
		v     float64
	}{
		{ctx.T("sys.billing.offer.beds_now", fmt.Sprintf("%.0f", s.fc.BedsNow)), s.fc.BedsNow},
		{ctx.T("sys.billing.offer.beds_accept", fmt.Sprintf("%.0f", math.Min(100, s.fc.BedsNow+o.Beds))), math.Min(100, s.fc.BedsNow+o.Beds)},
		{ctx.T("sys.billing.offer.beds_refuse", fmt.Sprintf("%.0f", math.Max(20, s.fc.BedsNow-o.AtRisk))), math.Max(20, s.fc.BedsNow-o.AtRisk)},
	}
	for _, r := range bedRows {
		s.dl.text(r.label, px+14, y, ui.Small)
		s.dl.bar(ui.Rect{X: px + 14, Y: y + 20, W: 300, H: 10}, r.v/100, ui.TealLight)
		y += 38
	}
	// the 85% shortage line across the bed bars
	lx := px + 14 + 300*0.85
	s.dl.line(lx, y-38*3+14, lx, y-2, ui.Bad)
	s.dl.text(ctx.T("sys.billing.offer.shortage"), px+14, y, ui.Small)
	y += 24
	for _, f := range s.fc.Flags {
		if strings.HasSuffix(f.Key, ".offer_open") || strings.HasSuffix(f.Key, ".crowding") {
			h := s.dl.warn(fs, ctx.R(f), px+14, y, pw-28)
			y += h + 4
		}
	}
	fx := px + 14
	for k, id := range []string{"sys.billing.fact.payers_btn", "sys.billing.fact.beds_btn"} {
		b := ui.NewQuiet(fs, ctx.T(id), fx, 588-54)
		fx += b.R.W + 10
		s.own = append(s.own, beAct{Kind: billFact, I: 1 + k, Label: ctx.T(id), Row: 1, Col: 2 + k, Look: beLookPlain})
		rects = append(rects, b.R)
	}
	return rects
}

// layoutPreview: the strip that says what Done would do now.
func (s *BillingScene) layoutPreview(ctx *Context) {
	order := []string{game.OperatingMargin, game.DaysCashOnHand, game.DenialRate, game.PatientSatisfied, game.BedOccupancy, game.ManagerWorkload}
	s.dl.preview(ctx, ctx.T("sys.billing.preview"), order, s.fc.Effects, s.msg, s.back.R.X+s.back.R.W+24)
}

// Update implements Scene.
func (s *BillingScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.handleBase(ctx, in, -1)
		return nil
	}
	if in.Fact && len(s.fact) > 0 {
		i := 0
		if s.tab != 1 && len(s.fact) > 1 {
			i = 1
		}
		ctx.Push(&FactScene{Fact: s.fact[i]})
		return nil
	}
	if t := beDigitTab(in, 3); t >= 0 {
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
	case billTab:
		s.tab = a.I
		s.msg = ""
		s.Layout(ctx)
		return nil
	case billFact:
		if a.I < len(s.fact) {
			ctx.Push(&FactScene{Fact: s.fact[a.I]})
		}
		return nil
	case billRate:
		delta := 1
		if a.Arg == "-" {
			delta = -1
		}
		err = ctx.Session.BillingRate(a.I, delta)
	case billClaim:
		act := a.Arg
		if a.Selected {
			act = "" // pressing the chosen answer again takes it back
		}
		err = ctx.Session.BillingDecide(a.I, act)
	case billContract:
		act := a.Arg
		if a.Selected {
			act = ""
		}
		err = ctx.Session.BillingContract(act)
	}
	s.afterCommand(ctx, err, map[error]string{
		game.ErrBillingRateLimit: "sys.billing.msg.limit",
		game.ErrBillingCannotFix: "sys.billing.msg.nofix",
	})
	return nil
}

// afterCommand saves the run and lays the screen out again (the scene stays, so the
// open tab and the focus stay too), or words the refusal.
func (s *BillingScene) afterCommand(ctx *Context, err error, words map[error]string) {
	s.msg = ""
	if err != nil {
		s.msg = refusal(ctx, err)
		if k, ok := words[err]; ok {
			s.msg = ctx.T(k)
		}
	} else {
		ctx.save()
	}
	s.Layout(ctx)
}

// Draw implements Scene.
func (s *BillingScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	s.dl.draw(c)
	beDrawButtons(c, &s.m, s.own)
}

// beNum shows a game figure without trailing zeros: 2, 1.5.
func beNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func beMoney(v float64) string { return game.Money(int(math.Round(v))) }

func beSignedMoney(v float64) string {
	n := int(math.Round(v))
	if n < 0 {
		return "-" + game.Money(-n)
	}
	return "+" + game.Money(n)
}

// ---- shared by the billing and equipment screens ----

// beItems turns the screen's own buttons into menu items (disabled ones are skipped
// by the keyboard and ignore clicks).
func beItems(rects []ui.Rect, own []beAct) []ui.Button {
	items := make([]ui.Button, len(own))
	for i := range own {
		items[i] = ui.Button{R: rects[i], Kind: ui.Quiet, Disabled: own[i].Look < 0}
	}
	return items
}

// beDigitTab reads the keys 1..n as a jump to that tab; -1 when none was typed.
func beDigitTab(in *Input, n int) int {
	for _, r := range in.Chars {
		if r >= '1' && r < '1'+rune(n) {
			return int(r - '1')
		}
	}
	return -1
}

// beGridMove makes Up and Down move between rows of the screen's own buttons,
// keeping the column, before the menu sees the input (Tab and Left/Right still step
// one by one).
func beGridMove(m *menu, own []beAct, in *Input) {
	if !in.Up && !in.Down {
		return
	}
	f := m.focus
	if f >= len(own) {
		if in.Up && len(own) > 0 && !in.Down {
			// from Done/Back/Menu up into the last row
			last := len(own) - 1
			for last > 0 && own[last].Look < 0 {
				last--
			}
			m.focus = last
			in.Up = false
		}
		return
	}
	cur := own[f]
	dir := 1
	if in.Up {
		dir = -1
	}
	best, bestRow := -1, 0
	for i, a := range own {
		if a.Look < 0 || (a.Row-cur.Row)*dir <= 0 {
			continue
		}
		if best < 0 || abs(float64(a.Row-cur.Row)) < abs(float64(bestRow-cur.Row)) ||
			(a.Row == bestRow && abs(float64(a.Col-cur.Col)) < abs(float64(own[best].Col-cur.Col))) {
			best, bestRow = i, a.Row
		}
	}
	switch {
	case best >= 0:
		m.focus = best
	case dir > 0:
		m.focus = len(own) // on to Done
	default:
		return
	}
	in.Up, in.Down = false, false
}

// beDrawButtons draws the screen's own buttons with their look, focus and hover.
func beDrawButtons(c *ui.Canvas, m *menu, own []beAct) {
	for i, a := range own {
		if i >= len(m.items) {
			break
		}
		r := m.items[i].R
		focused, hover := m.focus == i, m.hover == i
		switch a.Look {
		case beLookRow:
			if hover {
				c.StrokeRect(r, 2, ui.Teal)
			}
		case beLookTab:
			if a.Selected {
				c.FillRect(r, ui.Teal)
				c.FillRect(ui.Rect{X: r.X, Y: r.Y + r.H - 5, W: r.W, H: 5}, ui.Focus)
				c.TextCenter("▼ "+a.Label, r.X+r.W/2, r.Y+10, ui.Style{Size: 17, Bold: true, Color: ui.White})
			} else {
				fill := ui.Card
				if hover {
					fill = ui.CardHover
				}
				c.FillRect(r, fill)
				c.StrokeRect(r, 2, ui.Teal)
				c.TextCenter(a.Label, r.X+r.W/2, r.Y+10, ui.Style{Size: 17, Bold: true, Color: ui.Teal})
			}
		case beLookChoice:
			mark := "○ "
			if a.Selected {
				mark = "● "
				c.FillRect(r, ui.Teal)
				c.TextCenter(mark+a.Label, r.X+r.W/2, r.Y+(r.H-20)/2, ui.Style{Size: 16, Bold: true, Color: ui.White})
			} else {
				fill := ui.Card
				if hover {
					fill = ui.CardHover
				}
				c.FillRect(r, fill)
				c.StrokeRect(r, 2, ui.Teal)
				c.TextCenter(mark+a.Label, r.X+r.W/2, r.Y+(r.H-20)/2, ui.Style{Size: 16, Bold: true, Color: ui.Teal})
			}
		case beLookPlain:
			fill := ui.Card
			if hover {
				fill = ui.CardHover
			}
			c.FillRect(r, fill)
			c.StrokeRect(r, 2, ui.Teal)
			c.TextCenter(a.Label, r.X+r.W/2, r.Y+(r.H-20)/2, ui.Style{Size: 16, Bold: true, Color: ui.Teal})
		default: // disabled
			c.FillRect(r, ui.Muted)
			c.TextCenter(a.Label, r.X+r.W/2, r.Y+(r.H-18)/2, ui.Style{Size: 15, Color: ui.InkSoft})
		}
		if focused {
			ui.FocusRing(c, r)
		}
	}
	// Done, Back and Menu
	base := len(own)
	for i := base; i < len(m.items); i++ {
		m.items[i].Draw(c, m.focus == i, m.hover == i)
	}
}

// beOp is one drawing step of a screen's display list.
type beOp struct {
	kind  int
	r     ui.Rect
	s     string
	st    ui.Style
	clr   color.Color
	frac  float64
	block ui.Block
}

// beList is a display list: what a screen draws besides its buttons, built once
// per layout so that nothing is measured or wrapped per frame.
type beList []beOp

const (
	beText = iota
	beFill
	beCard
	beBar
	beLine
	beBlock
)

func (l *beList) text(s string, x, y float64, st ui.Style) {
	*l = append(*l, beOp{kind: beText, s: s, r: ui.Rect{X: x, Y: y}, st: st})
}
func (l *beList) fill(r ui.Rect, clr color.Color) {
	*l = append(*l, beOp{kind: beFill, r: r, clr: clr})
}
func (l *beList) card(r ui.Rect) { *l = append(*l, beOp{kind: beCard, r: r}) }
func (l *beList) bar(r ui.Rect, frac float64, clr color.Color) {
	*l = append(*l, beOp{kind: beBar, r: r, frac: frac, clr: clr})
}
func (l *beList) line(x0, y0, x1, y1 float64, clr color.Color) {
	*l = append(*l, beOp{kind: beLine, r: ui.Rect{X: x0, Y: y0, W: x1, H: y1}, clr: clr})
}
func (l *beList) block(b ui.Block, x, y float64) {
	*l = append(*l, beOp{kind: beBlock, block: b, r: ui.Rect{X: x, Y: y}})
}

// warn adds a warning: a "!" marker and the words in bold, wrapped to w. It
// returns the height used.
func (l *beList) warn(fs *ui.Fonts, s string, x, y, w float64) float64 {
	b := fs.NewBlock(s, ui.Style{Size: 15, Bold: true, Color: ui.Bad}, w-26)
	l.fill(ui.Rect{X: x, Y: y + 1, W: 18, H: 18}, ui.Bad)
	l.text("!", x+6, y, ui.Style{Size: 15, Bold: true, Color: ui.White})
	l.block(b, x+26, y)
	return b.Height()
}

// preview adds the strip above Done: what Done would change now, meter by meter,
// with signs and units (never colour alone), and any refusal message.
func (l *beList) preview(ctx *Context, head string, order []string, eff map[string]float64, msg string, msgX float64) {
	fs := ctx.Fonts
	var parts []string
	for _, id := range order {
		v := eff[id]
		d := game.Meter(id)
		if d == nil || math.Abs(v) < 0.05 {
			continue
		}
		parts = append(parts, ctx.T("meter."+id+".name")+" "+signed(d, v))
	}
	if len(parts) == 0 {
		parts = append(parts, ctx.T("outcome.none"))
	}
	l.fill(ui.Rect{X: 40, Y: 596, W: 1200, H: 40}, ui.Muted)
	hs := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	l.text(head, 50, 598, hs)
	b := fs.NewBlock(strings.Join(parts, "  ·  "), ui.Style{Size: 15, Color: ui.Ink}, 1180-fs.Width(head, hs)-10)
	if len(b.Lines) > 2 {
		b.Lines = b.Lines[:2]
	}
	l.block(b, 50+fs.Width(head, hs)+10, 598)
	if msg != "" {
		l.warn(fs, msg, msgX, 662, 1240-msgX)
	}
}

func (l beList) draw(c *ui.Canvas) {
	for _, op := range l {
		switch op.kind {
		case beText:
			c.Text(op.s, op.r.X, op.r.Y, op.st)
		case beFill:
			c.FillRect(op.r, op.clr)
		case beCard:
			c.FillRect(op.r, ui.Card)
			c.StrokeRect(op.r, 2, ui.Line)
		case beBar:
			ui.Bar(c, op.r, op.frac, op.clr)
		case beLine:
			c.Line(op.r.X, op.r.Y, op.r.W, op.r.H, 2, op.clr)
		case beBlock:
			c.Block(op.block, op.r.X, op.r.Y)
		}
	}
}

package scenes

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// FlowScene is the patient-flow meeting: a flow diagram (arrivals, ED, beds,
// discharge) with today's and the projected numbers across the top, and the four
// department heads' proposals below, each with Adopt / Adapt / Decline.
type FlowScene struct {
	sysBase
	m        menu
	cards    []flowCard
	boxes    [4]flowBox
	arrows   [3]string
	decide   int // items [0, decide) are the decision buttons, three per card
	factED   int
	factBeds int
	base     int // index of the first base item (Done)
	facts    [2]game.Fact
	fund     string
	flags    []flowFlag
	occFrac  float64 // projected occupancy as a share, for the beds box bar
	occNow   float64
}

type flowCard struct {
	r      ui.Rect
	dept   string
	head   ui.Block
	title  ui.Block
	about  ui.Block
	fx     ui.Block
	inside ui.Block
	open   bool // no answer yet
	btnY   float64
}

type flowBox struct {
	r     ui.Rect
	title string
	lines [2]string
	warn  bool
}

type flowFlag struct {
	text string
	bad  bool
}

const (
	flowDiagramY = 150.0
	flowDiagramH = 80.0
	flowArrowW   = 76.0
	flowCardsY   = 238.0
	flowBtnH     = 42.0
)

// Name implements Scene.
func (s *FlowScene) Name() string { return "system-flow" }

// Layout implements Scene.
func (s *FlowScene) Layout(ctx *Context) {
	focus := s.m.focus
	s.layoutBase(ctx)
	fs := ctx.Fonts
	sess := ctx.Session
	m := sess.LegacyState().Sys.Flow
	s.cards = nil
	s.m.items = nil
	if m == nil {
		s.decide, s.factED, s.factBeds, s.base = 0, -1, -1, 0
		s.m.items = s.baseItems()
		return
	}
	f := m.Forecast(sess)
	weeks := itoa(game.FlowLaterWeeks)

	// the flow diagram
	bw := (SysArea.W - 3*flowArrowW) / 4
	for i := range s.boxes {
		s.boxes[i] = flowBox{r: ui.Rect{X: SysArea.X + float64(i)*(bw+flowArrowW), Y: flowDiagramY, W: bw, H: flowDiagramH}}
	}
	s.boxes[0].title = ctx.T("sys.flow.dia.arrivals")
	s.boxes[0].lines = [2]string{ctx.T("sys.flow.dia.surge", flowNum(m.Surge, 0)), ctx.T("sys.flow.dia.surge2", weeks)}
	s.boxes[1].title = ctx.T("sys.flow.dia.ed")
	s.boxes[1].lines = [2]string{ctx.T("sys.flow.dia.now_min", flowNum(f.EDNow, 0)), ctx.T("sys.flow.dia.then_min", flowNum(f.EDLater, 0), weeks)}
	s.boxes[1].warn = f.EDLater > f.EDNow+0.5
	s.boxes[2].title = ctx.T("sys.flow.dia.beds")
	then := "sys.flow.dia.then_pct"
	if f.OccLater > game.FlowShortage {
		then = "sys.flow.dia.then_pct_over"
		s.boxes[2].warn = true
	}
	s.boxes[2].lines = [2]string{ctx.T("sys.flow.dia.now_pct", flowNum(f.OccNow, 0)), ctx.T(then, flowNum(f.OccLater, 0), weeks)}
	s.boxes[3].title = ctx.T("sys.flow.dia.discharge")
	s.boxes[3].lines = [2]string{ctx.T("sys.flow.dia.now_days", flowNum(f.StayNow, 1)), ctx.T("sys.flow.dia.then_days", flowNum(f.StayLater, 1), weeks)}
	s.arrows = [3]string{ctx.T("sys.flow.dia.to_ed"), ctx.T("sys.flow.dia.to_beds"), ctx.T("sys.flow.dia.to_home")}
	s.occFrac, s.occNow = f.OccLater/100, f.OccNow/100

	// the four proposals, two by two
	colW := (SysArea.W - 12) / 2
	inner := colW - 28
	headSt := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
	titleSt := ui.Style{Size: 19, Bold: true, Color: ui.Ink}
	aboutSt := ui.Style{Size: 15, Color: ui.InkSoft}
	fxSt := ui.Style{Size: 15, Color: ui.Ink}
	insideSt := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
	own := sess.FlowOwnDept()
	for i, p := range m.Proposals {
		pol := game.FlowPolicyFor(p.Dept)
		if pol == nil {
			continue
		}
		k := "sys.flow." + p.Dept + "."
		cd := flowCard{dept: p.Dept, open: p.Decision == game.FlowUndecided}
		cd.head = fs.NewBlock(ctx.T(k+"dept")+" · "+ctx.T(k+"who"), headSt, inner)
		cd.title = fs.NewBlock(ctx.T(k+"title"), titleSt, inner)
		cd.about = fs.NewBlock(ctx.T(k+"about"), aboutSt, inner)
		cd.fx = fs.NewBlock(flowSummary(ctx, pol), fxSt, inner)
		if p.Dept == own {
			pct := flowNum((sess.FlowBonus()-1)*100, 0)
			cd.inside = fs.NewBlock(ctx.T("sys.flow.own", ctx.T(k+"inside"), pct), insideSt, inner)
		}
		cd.r = ui.Rect{X: SysArea.X + float64(i%2)*(colW+12), W: colW}
		s.cards = append(s.cards, cd)
	}
	// row heights come from the wrapped text; rows share the height of the taller card
	y := flowCardsY
	for r := 0; r < len(s.cards); r += 2 {
		h := 0.0
		for j := r; j < r+2 && j < len(s.cards); j++ {
			h = math.Max(h, s.cards[j].textH()+flowBtnH+28)
		}
		for j := r; j < r+2 && j < len(s.cards); j++ {
			s.cards[j].r.Y, s.cards[j].r.H = y, h
			s.cards[j].btnY = y + h - flowBtnH - 9
		}
		y += h + 8
	}
	btnSt := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	for ci, cd := range s.cards {
		pol := game.FlowPolicyFor(cd.dept)
		dec := m.Proposals[ci].Decision
		x := cd.r.X + 14
		for _, d := range game.FlowDecisions {
			label := ctx.T("sys.flow.btn.decline")
			switch d {
			case game.FlowAdopt:
				label = ctx.T("sys.flow.btn.adopt", game.Money(pol.Cost))
			case game.FlowAdapt:
				label = ctx.T("sys.flow.btn.adapt", game.Money(pol.AdaptCost))
			}
			w := fs.Width(label, btnSt) + 34 + 28
			b := ui.Button{R: ui.Rect{X: x, Y: cd.btnY, W: w, H: flowBtnH}, Kind: ui.CardKind, Check: true, Selected: dec == d, Title: fs.NewBlock(label, btnSt, w)}
			s.m.items = append(s.m.items, b)
			x += w + 10
		}
	}
	s.decide = len(s.m.items)

	// fact cards sit in the ED and beds boxes
	small := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
	factBtn := func(box ui.Rect) ui.Button {
		return ui.Button{R: ui.Rect{X: box.X + box.W - 62, Y: box.Y + 5, W: 54, H: 26}, Kind: ui.Quiet, Title: fs.NewBlock(ctx.T("sys.flow.dia.fact"), small, 100)}
	}
	s.factED = len(s.m.items)
	s.m.items = append(s.m.items, factBtn(s.boxes[1].r))
	s.factBeds = len(s.m.items)
	s.m.items = append(s.m.items, factBtn(s.boxes[2].r))
	s.facts[0] = flowFact(ctx, "sys.flow.fact.ed.")
	s.facts[1] = flowFact(ctx, "sys.flow.fact.beds.")

	s.base = len(s.m.items)
	s.m.items = append(s.m.items, s.baseItems()...)
	s.m.focus = focus
	if s.m.focus < 0 || s.m.focus >= len(s.m.items) {
		s.m.focus = 0
	}

	// the fund and the flags, beside Done and Back
	fundKey := "sys.flow.fund"
	left := game.Money(f.Fund - f.Spent)
	if f.Over() > 0 {
		fundKey, left = "sys.flow.fund_over", game.Money(f.Over())
	}
	s.fund = ctx.T(fundKey, game.Money(f.Fund), game.Money(f.Spent), left, flowNum(f.Hours, 0))
	s.flags = nil
	if f.Unanswered > 0 {
		s.flags = append(s.flags, flowFlag{ctx.T("sys.flow.flag.unanswered", itoa(f.Unanswered)), true})
	}
	if f.OccLater > game.FlowShortage {
		s.flags = append(s.flags, flowFlag{ctx.T("sys.flow.flag.beds"), true})
	}
	if len(s.flags) == 0 {
		s.flags = append(s.flags, flowFlag{ctx.T("sys.flow.flag.ok"), false})
	}
}

func (cd *flowCard) textH() float64 {
	h := cd.head.Height() + 2 + cd.title.Height() + 2 + cd.about.Height() + 2 + cd.fx.Height()
	if len(cd.inside.Lines) > 0 {
		h += 2 + cd.inside.Height()
	}
	return h
}

// flowSummary is a policy's full effect in words, e.g. "Full effect: stay −5% · satisfaction +2".
func flowSummary(ctx *Context, p *game.FlowPolicy) string {
	var parts []string
	for _, e := range p.Summary() {
		dec := 0
		if math.Abs(e.Value-math.Round(e.Value)) > 1e-9 {
			dec = 1
		}
		n := strings.Replace(fmt.Sprintf("%+.*f", dec, e.Value), "-", "−", 1)
		parts = append(parts, ctx.T("sys.flow.fx."+e.Key, n))
	}
	return ctx.T("sys.flow.fx.label") + " " + strings.Join(parts, " · ")
}

func flowFact(ctx *Context, k string) game.Fact {
	year, _ := strconv.Atoi(ctx.T(k + "year"))
	return game.Fact{Text: game.Text{ctx.Lang: ctx.T(k + "text"), game.DefaultLang: ctx.T(k + "text")}, Source: ctx.T(k + "source"), Year: year}
}

func flowNum(v float64, dec int) string { return fmt.Sprintf("%.*f", dec, v) }

// Update implements Scene.
func (s *FlowScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.handleBase(ctx, in, -1)
		return nil
	}
	if in.Fact && s.factED >= 0 {
		ctx.Push(&FactScene{Fact: s.facts[0]})
		return nil
	}
	i := s.m.handle(in)
	switch {
	case i < 0:
	case i < s.decide:
		ci, d := i/3, game.FlowDecisions[i%3]
		if ci < len(s.cards) {
			if err := ctx.Session.FlowDecide(s.cards[ci].dept, d); err == nil {
				ctx.save()
				s.Layout(ctx)
			}
		}
	case i == s.factED:
		ctx.Push(&FactScene{Fact: s.facts[0]})
	case i == s.factBeds:
		ctx.Push(&FactScene{Fact: s.facts[1]})
	default:
		s.handleBase(ctx, in, i-s.base)
	}
	return nil
}

// Draw implements Scene.
func (s *FlowScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	// the diagram: boxes joined by labelled arrows
	for i, b := range s.boxes {
		c.FillRect(b.r, ui.Card)
		if b.warn {
			c.StrokeRect(b.r, 3, ui.Bad)
		} else {
			c.StrokeRect(b.r, 2, ui.Teal)
		}
		c.Text(b.title, b.r.X+12, b.r.Y+6, ui.Style{Size: 17, Bold: true, Color: ui.Teal})
		c.Text(b.lines[0], b.r.X+12, b.r.Y+32, ui.Style{Size: 16, Color: ui.Ink})
		col := ui.Ink
		if b.warn {
			col = ui.Bad
		}
		c.Text(b.lines[1], b.r.X+12, b.r.Y+54, ui.Style{Size: 16, Bold: true, Color: col})
		if i == 2 {
			// a thin occupancy bar with the 85% mark
			bar := ui.Rect{X: b.r.X + 3, Y: b.r.Y + b.r.H - 7, W: b.r.W - 6, H: 4}
			ui.Bar(c, bar, s.occFrac, ui.TealLight)
			mx := bar.X + bar.W*game.FlowShortage/100
			c.Line(mx, bar.Y-4, mx, bar.Y+4, 2, ui.Ink)
		}
		if i < 3 {
			x0, x1 := b.r.X+b.r.W+6, b.r.X+b.r.W+flowArrowW-6
			y := b.r.Y + b.r.H/2 + 6
			c.Line(x0, y, x1, y, 3, ui.Ink)
			c.Line(x1-10, y-7, x1, y, 3, ui.Ink)
			c.Line(x1-10, y+7, x1, y, 3, ui.Ink)
			c.TextCenter(s.arrows[i], (x0+x1)/2, y-26, ui.Style{Size: 15, Color: ui.InkSoft})
		}
	}
	// the proposals
	for _, cd := range s.cards {
		c.FillRect(cd.r, ui.Card)
		edge := ui.Line
		if cd.open {
			edge = ui.Bad
		}
		c.StrokeRect(cd.r, 2, edge)
		x, y := cd.r.X+14, cd.r.Y+10
		y += c.Block(cd.head, x, y) + 2
		y += c.Block(cd.title, x, y) + 2
		y += c.Block(cd.about, x, y) + 2
		y += c.Block(cd.fx, x, y)
		if len(cd.inside.Lines) > 0 {
			c.Block(cd.inside, x, y+2)
		}
		if cd.open {
			c.TextRight(ctx.T("sys.flow.no_answer"), cd.r.X+cd.r.W-14, cd.btnY+12, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
		}
	}
	s.m.draw(c)
	x := s.back.R.X + s.back.R.W + 24
	c.Text(s.fund, x, ui.H-70, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	for i, fl := range s.flags {
		col := ui.Good
		if fl.bad {
			col = ui.Bad
		}
		c.Text(fl.text, x, ui.H-48+float64(i)*22, ui.Style{Size: 15, Bold: true, Color: col})
	}
}

// DecisionRect is where the button for a department's answer is (tests click it).
func (s *FlowScene) DecisionRect(dept, decision string) ui.Rect {
	for ci, cd := range s.cards {
		if cd.dept != dept {
			continue
		}
		for di, d := range game.FlowDecisions {
			if i := ci*3 + di; d == decision && i < s.decide {
				return s.m.items[i].R
			}
		}
	}
	return ui.Rect{}
}

// ContentBottom is the lowest edge of the proposal cards (tests check that they
// stay clear of the Done row).
func (s *FlowScene) ContentBottom() float64 {
	b := 0.0
	for _, cd := range s.cards {
		b = math.Max(b, cd.r.Y+cd.r.H)
	}
	return b
}

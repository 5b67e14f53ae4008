package scenes

import (
	"math"
	"strconv"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// flowScreen is the patient-flow meeting on the duty-screen kit: a flow diagram
// (arrivals, ED, beds, discharge) with today's and the projected numbers across the
// top, and the four department heads' proposals below, each with Adopt / Adapt /
// Decline. The ED and beds boxes open their fact cards. Every number and flag comes
// from the core's forecast (View.FlowForecast); the answers go back as
// game.FlowDecide commands.
type flowScreen struct {
	// laid out by Build, for tests: each department's answer buttons and the
	// lowest edge of the proposal cards
	decisions map[string]map[string]ui.Rect
	bottom    float64
}

// The diagram and the cards' geometry.
const (
	flowDiagramY = 150.0
	flowDiagramH = 80.0
	flowArrowW   = 76.0
	flowCardsY   = 238.0
	flowBtnH     = 44.0
	flowCardGap  = 8.0
)

// flowCardText is one proposal's wrapped text, measured before the rows are placed.
type flowCardText struct {
	dept   string
	open   bool // no answer yet
	blocks []ui.Block
	h      float64
}

// Build implements DutyScreen.
func (s *flowScreen) Build(ctx *Context, k *DutyKit) {
	v := k.View(ctx)
	m, ok := v.FlowMeeting()
	s.decisions, s.bottom = map[string]map[string]ui.Rect{}, 0
	if !ok {
		return
	}
	f := v.FlowForecast()
	// the diagram is laid out first (the cards go under it, however tall its text),
	// but the answers come first among the actions, so focus starts on pharmacy's Adopt
	n0 := len(k.acts)
	top := s.diagram(ctx, k, m, f)
	n1 := len(k.acts)
	dia := append([]Action(nil), k.acts[n0:n1]...)
	s.proposals(ctx, k, m, f, math.Max(flowCardsY, top+8))
	k.acts = append(append(k.acts[:n0], k.acts[n1:]...), dia...)
	k.EndAt(s.bottom)
	s.fund(ctx, k, f)
}

// diagram draws the four boxes joined by labelled arrows; the ED and beds boxes are
// actions that open their fact cards (F opens the ED's).
func (s *flowScreen) diagram(ctx *Context, k *DutyKit, m game.FlowMeeting, f game.FlowForecast) float64 {
	weeks := game.NumArg(game.FlowLaterWeeks, 0)
	type box struct {
		title string
		now   string
		then  string
		warn  bool
		fact  int // -1: no fact card
	}
	fs := f.Setting
	if fs == nil {
		fs = game.FlowSettingFor("")
	}
	P := fs.Prefix + "dia."
	then := "sys.flow.dia.then_pct"
	if f.BedsOver {
		then = "sys.flow.dia.then_pct_over"
	}
	fact := func(prefix string) int {
		if prefix == "" {
			return -1
		}
		return k.AddFact(flowCatalogFact(ctx, prefix))
	}
	exit := box{ctx.T(P + "discharge"), ctx.T(P+"now_days", f.StayArg(f.StayNow)),
		ctx.T("sys.flow.dia.then_days", f.StayArg(f.StayLater), weeks), false, fact(fs.FactExit)}
	if f.Insurer {
		// a health plan's last box is what it pays out: its medical loss ratio
		exit.now = ctx.T(P+"mlr_now", game.UnitArg(f.MLRNow, 1, "%"))
		exit.then = ctx.T(P+"mlr_then", game.UnitArg(f.MLRLater, 1, "%"), weeks)
		exit.warn = f.MLRUnder
	}
	boxes := [4]box{
		{ctx.T(P + "arrivals"), ctx.T(P+"surge", game.NumArg(m.Surge, 0)), ctx.T(P+"surge2", weeks), false, -1},
		{ctx.T(P + "ed"), ctx.T(P+"now_min", f.WaitArg(f.EDNow)),
			ctx.T("sys.flow.dia.then_min", f.WaitArg(f.EDLater), weeks), f.EDWorse, fact(fs.FactWait)},
		{ctx.T(P + "beds"), ctx.T(P+"now_pct", game.UnitArg(f.OccNow, 0, "%")),
			ctx.T(then, game.UnitArg(f.OccLater, 0, "%"), weeks), f.BedsOver, fact(fs.FactLoad)},
		exit,
	}
	arrows := [3]string{ctx.T(P + "to_ed"), ctx.T(P + "to_beds"), ctx.T(P + "to_home")}
	titleSt := ui.Style{Size: 17, Bold: true, Color: ui.Teal}
	nowSt := ui.Style{Size: 16, Color: ui.Ink}
	thenSt := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	warnSt := ui.Style{Size: 16, Bold: true, Color: ui.Bad}
	factSt := ui.Style{Size: 14, Bold: true, Color: ui.Teal}
	arrowSt := ui.Style{Size: 15, Color: ui.InkSoft}
	fnt := ctx.Fonts
	// the arrows are as wide as their labels need (up to a limit: then they wrap)
	aw := flowArrowW
	for _, a := range arrows {
		aw = math.Max(aw, math.Min(fnt.Width(a, arrowSt)+12, 150))
	}
	bw := (SysArea.W - 3*aw) / 4
	factW := fnt.Width(ctx.T("sys.flow.dia.fact"), factSt)
	type boxText struct{ title, now, then ui.Block }
	texts := make([]boxText, len(boxes))
	h := flowDiagramH
	for i, b := range boxes {
		t := &texts[i]
		tw := bw - 24
		if b.fact >= 0 {
			tw -= factW + 8
		}
		t.title = fnt.NewBlock(b.title, titleSt, tw)
		t.now = fnt.NewBlock(b.now, nowSt, bw-24)
		if b.warn {
			// a "!" marker and bold words: the warning does not rest on colour
			t.then = fnt.NewBlock("! "+b.then, warnSt, bw-24)
		} else {
			t.then = fnt.NewBlock(b.then, thenSt, bw-24)
		}
		h = math.Max(h, 6+t.title.Height()+t.now.Height()+t.then.Height()+12)
	}
	if fnt.TextScale() <= 1 {
		h = flowDiagramH // the usual layout
	}
	for i, b := range boxes {
		t := &texts[i]
		r := ui.Rect{X: SysArea.X + float64(i)*(bw+aw), Y: flowDiagramY, W: bw, H: h}
		k.List.Fill(r, ui.Card)
		if b.warn {
			k.List.Stroke(r, 3, ui.Bad)
		} else {
			k.List.Stroke(r, 2, ui.Teal)
		}
		y := r.Y + 6
		y += k.List.Block(t.title, r.X+12, y)
		if h == flowDiagramH {
			y = r.Y + 32 // the usual layout
		}
		y += k.List.Block(t.now, r.X+12, y)
		if h == flowDiagramH {
			y = r.Y + 54
		}
		k.List.Block(t.then, r.X+12, y)
		if b.fact >= 0 {
			k.List.TextRight(ctx.T("sys.flow.dia.fact"), r.X+r.W-10, r.Y+8, factSt)
			k.Add(Action{R: r, Look: LookRow, Row: 0, Col: i, Do: DoFact, Fact: b.fact})
		}
		if i == 2 {
			// a thin occupancy bar with the 85% mark
			bar := ui.Rect{X: r.X + 3, Y: r.Y + r.H - 7, W: r.W - 6, H: 4}
			k.List.Bar(bar, f.OccLater/100, ui.TealLight)
			mx := bar.X + bar.W*game.FlowShortage/100
			k.List.Line(mx, bar.Y-4, mx, bar.Y+4, ui.Ink)
		}
		if i < 3 {
			x0, x1 := r.X+r.W+6, r.X+r.W+aw-6
			ab := fnt.NewBlock(arrows[i], arrowSt, aw-8)
			y := r.Y + r.H/2 + 6
			if y-ab.Height()-4 < r.Y {
				y = r.Y + ab.Height() + 4
			}
			k.List.Line(x0, y, x1, y, ui.Ink)
			k.List.Line(x1-10, y-7, x1, y, ui.Ink)
			k.List.Line(x1-10, y+7, x1, y, ui.Ink)
			for j, line := range ab.Lines {
				k.List.Text(line, (x0+x1)/2-ab.Widths[j]/2, y-4-ab.Height()+float64(j)*ab.LineH, arrowSt)
			}
		}
	}
	return flowDiagramY + h
}

// proposals lays the four proposals out two by two, each row as tall as its
// taller card, with the three answers at the bottom of each card.
func (s *flowScreen) proposals(ctx *Context, k *DutyKit, m game.FlowMeeting, f game.FlowForecast, top float64) {
	fs := ctx.Fonts
	colW := (SysArea.W - 12) / 2
	inner := colW - 28
	headSt := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
	titleSt := ui.Style{Size: 19, Bold: true, Color: ui.Ink}
	aboutSt := ui.Style{Size: 15, Color: ui.InkSoft}
	fxSt := ui.Style{Size: 15, Color: ui.Ink}
	insideSt := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
	var cards []flowCardText
	for _, p := range m.Proposals {
		pol := game.FlowPolicyFor(p.Dept)
		if pol == nil {
			continue
		}
		key := "sys.flow." + p.Dept + "."
		cd := flowCardText{dept: p.Dept, open: p.Decision == game.FlowUndecided}
		cd.blocks = []ui.Block{
			fs.NewBlock(ctx.T(key+"dept")+" · "+ctx.T(key+"who"), headSt, inner),
			fs.NewBlock(ctx.T(key+"title"), titleSt, inner),
			fs.NewBlock(ctx.T(key+"about"), aboutSt, inner),
			fs.NewBlock(flowSummary(ctx, pol), fxSt, inner),
		}
		if p.Dept == f.Own {
			pct := game.UnitArg(f.OwnBonusPct(), 0, "%")
			cd.blocks = append(cd.blocks, fs.NewBlock(ctx.T("sys.flow.own", ctx.T(key+"inside"), pct), insideSt, inner))
		}
		for i, b := range cd.blocks {
			if i > 0 {
				cd.h += 2
			}
			cd.h += b.Height()
		}
		cards = append(cards, cd)
	}
	decisions := map[string]int{}
	for _, p := range m.Proposals {
		decisions[p.Dept] = 0
		for i, d := range game.FlowDecisions {
			if p.Decision == d {
				decisions[p.Dept] = i + 1
			}
		}
	}
	btnSt := ui.Style{Size: 16, Bold: true}
	noAnswerSt := ui.Style{Size: 15, Bold: true, Color: ui.Bad}
	noAnswer := ctx.T("sys.flow.no_answer")
	naW := fs.Width(noAnswer, noAnswerSt)
	// the answers' buttons: as wide as their labels, wrapping to another row when
	// the card is too narrow, as tall as their labels
	type btn struct {
		label string
		r     ui.Rect // relative to the buttons' top-left
	}
	layoutBtns := func(dept string) ([]btn, float64, bool) {
		pol := game.FlowPolicyFor(dept)
		var out []btn
		x, y, rowH := 0.0, 0.0, 0.0
		for _, d := range game.FlowDecisions {
			label := ctx.T("sys.flow.btn.decline")
			switch d {
			case game.FlowAdopt:
				label = ctx.T("sys.flow.btn.adopt", game.MoneyArg(pol.Cost))
			case game.FlowAdapt:
				label = ctx.T("sys.flow.btn.adapt", game.MoneyArg(pol.AdaptCost))
			}
			w := math.Min(fs.Width("● "+label, btnSt)+28, inner)
			bh := math.Max(flowBtnH, k.ButtonH(label, w))
			if x > 0 && x+w > inner {
				x, y, rowH = 0, y+rowH+8, 0
			}
			out = append(out, btn{label, ui.Rect{X: x, Y: y, W: w, H: bh}})
			x += w + 10
			rowH = math.Max(rowH, bh)
		}
		// "No answer" beside the last button when it fits, else under them
		beside := x+naW <= inner
		h := y + rowH
		if !beside {
			h += fs.LineHeight(noAnswerSt) + 4
		}
		return out, h, beside
	}
	y := top
	for row := 0; row < len(cards); row += 2 {
		h := 0.0
		for j := row; j < row+2 && j < len(cards); j++ {
			_, bh, _ := layoutBtns(cards[j].dept)
			h = math.Max(h, cards[j].h+math.Max(flowBtnH, bh)+24)
		}
		for j := row; j < row+2 && j < len(cards); j++ {
			cd := cards[j]
			r := ui.Rect{X: SysArea.X + float64(j%2)*(colW+12), Y: y, W: colW, H: h}
			k.List.Fill(r, ui.Card)
			if cd.open {
				k.List.Stroke(r, 2, ui.Bad)
			} else {
				k.List.Stroke(r, 2, ui.Line)
			}
			ty := r.Y + 10
			for i, b := range cd.blocks {
				if i > 0 {
					ty += 2
				}
				ty += k.List.Block(b, r.X+14, ty)
			}
			btns, bh, beside := layoutBtns(cd.dept)
			btnY := r.Y + r.H - math.Max(flowBtnH, bh) - 8
			s.decisions[cd.dept] = map[string]ui.Rect{}
			lastR := ui.Rect{}
			for di, d := range game.FlowDecisions {
				b := btns[di]
				br := ui.Rect{X: r.X + 14 + b.r.X, Y: btnY + b.r.Y, W: b.r.W, H: b.r.H}
				k.Add(Action{R: br, Label: b.label, Look: LookChoice, Selected: decisions[cd.dept] == di+1,
					Row: 1 + j/2, Col: (j%2)*3 + di, Do: DoCommand, Cmd: game.FlowDecide{Dept: cd.dept, Decision: d}})
				s.decisions[cd.dept][d] = br
				lastR = br
			}
			if cd.open {
				if beside {
					k.List.TextRight(noAnswer, r.X+r.W-14, lastR.Y+(lastR.H-fs.LineHeight(noAnswerSt))/2, noAnswerSt)
				} else {
					k.List.Text(noAnswer, r.X+14, lastR.Y+lastR.H+4, noAnswerSt)
				}
			}
			s.bottom = math.Max(s.bottom, r.Y+r.H)
		}
		y += h + flowCardGap
	}
}

// fund writes the policy fund and the flags beside Done and Back.
func (s *flowScreen) fund(ctx *Context, k *DutyKit, f game.FlowForecast) {
	bb := k.BesideBack()
	left := bb.X
	fs := ctx.Fonts
	fundKey, rest := "sys.flow.fund", game.MoneyArg(f.Left)
	if f.Over() > 0 {
		fundKey, rest = "sys.flow.fund_over", game.MoneyArg(f.Over())
	}
	y := bb.Y - 3
	y += k.List.Wrapped(ctx.T(fundKey, game.MoneyArg(f.Fund), game.MoneyArg(f.Spent), rest, game.NumArg(f.Hours, 0)), left, y, bb.W, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	var flags []string
	if f.Unanswered > 0 {
		flags = append(flags, ctx.T("sys.flow.flag.unanswered", game.NumArg(float64(f.Unanswered), 0)))
	}
	prefix := "sys.flow."
	if f.Setting != nil {
		prefix = f.Setting.Prefix
	}
	if f.BedsOver {
		flags = append(flags, ctx.T(prefix+"flag.over"))
	}
	if f.MLRUnder {
		flags = append(flags, ctx.T("sys.flow.mco.flag.mlr_under"))
	}
	flagSt := ui.Style{Size: 15, Bold: true, Color: ui.Bad}
	if len(flags) == 0 {
		flags, flagSt.Color = []string{ctx.T(prefix + "flag.ok")}, ui.Good
	}
	if fs.TextScale() <= 1 {
		y = bb.Y + 19 // the usual layout
	}
	for _, fl := range flags {
		y += k.List.Wrapped(fl, left, y, bb.W, flagSt)
	}
}

// flowSummary is a policy's full effect in words, e.g. "Full effect: stay −5% · satisfaction +2".
func flowSummary(ctx *Context, p *game.FlowPolicy) string {
	var parts []string
	for _, e := range p.Summary() {
		parts = append(parts, ctx.R(e.Line()))
	}
	return ctx.T("sys.flow.fx.label") + " " + strings.Join(parts, " · ")
}

// flowCatalogFact is a fact card whose text, source and year are catalog entries
// under prefix (text, source, year); the outreach screen uses it too.
func flowCatalogFact(ctx *Context, prefix string) game.Fact {
	year, _ := strconv.Atoi(ctx.T(prefix + "year"))
	text := ctx.T(prefix + "text")
	return game.Fact{Text: game.Text{ctx.Lang: text, game.DefaultLang: text}, Source: ctx.T(prefix + "source"), Year: year}
}

// DecisionRect is where the button for a department's answer is (tests click it).
func (s *flowScreen) DecisionRect(dept, decision string) ui.Rect { return s.decisions[dept][decision] }

// ContentBottom is the lowest edge of the proposal cards (tests check that they
// stay clear of the Done row).
func (s *flowScreen) ContentBottom() float64 { return s.bottom }

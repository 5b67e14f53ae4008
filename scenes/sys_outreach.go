package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// outreachScreen plans a community outreach campaign on the duty-screen kit: pick a
// target, buy units of outreach channels from a fixed budget, and read the
// projected effect as a bar chart (before and projected, values written on the
// bars). Every figure and warning comes from the core's forecast
// (View.OutreachForecast); changes go back as game.OutreachSetTarget, OutreachAdd
// and OutreachRemove commands, and the kit words a refused add.
type outreachScreen struct {
	// laid out by Build, for tests
	targets  map[string]ui.Rect
	channels map[string][2]ui.Rect // remove, add
	bottom   float64               // where the chart panel's text ends
}

// The screen's geometry.
const (
	outreachTargetY = 150.0
	outreachNeedsY  = 204.0
	outreachRowsY   = 232.0
	outreachRowH    = 70.0
	outreachRowGap  = 4.0
	outreachLeftW   = 710.0
	outreachBtn     = 44.0
)

// Build implements DutyScreen.
func (s *outreachScreen) Build(ctx *Context, k *DutyKit) {
	v := k.View(ctx)
	c, ok := v.OutreachCampaign()
	s.targets, s.channels, s.bottom = map[string]ui.Rect{}, map[string][2]ui.Rect{}, 0
	if !ok {
		return
	}
	f := v.OutreachForecast()
	k.Word(game.ErrOutreachOverBudget, game.L("sys.outreach.refused"))
	k.Word(game.ErrOutreachAtLimit, game.L("sys.outreach.limit"))
	// at a large text size the chart goes under the channels, full width
	stacked := ctx.Fonts.TextScale() > 1.2
	y := s.targetRow(ctx, k, c)
	y = s.channelRows(ctx, k, c, f, y, stacked)
	s.chart(ctx, k, c, f, y, stacked)
	k.EndAt(s.bottom)
	s.factButtons(ctx, k)
}

// targetRow is the four targets as choices, and the two needs the setting's community
// assessment named (a CHNA only in a hospital: game.CommunityAssessment).
func (s *outreachScreen) targetRow(ctx *Context, k *DutyKit, c game.Campaign) float64 {
	fs := ctx.Fonts
	label := ctx.T("sys.outreach.target_label")
	targets := k.View(ctx).OutreachDeskTargets()
	x0 := SysArea.X + fs.Width(label, ui.Label) + 30
	tw := (SysArea.X + SysArea.W - x0 - 3*10) / 4
	th := outreachBtn
	for _, t := range targets {
		th = max(th, k.ButtonH(ctx.T("sys.outreach.target."+t.ID), tw))
	}
	y := outreachTargetY
	if th > outreachBtn {
		// the label on its own line, the targets under it, full width
		y += k.List.Wrapped(label, SysArea.X, y, SysArea.W, ui.Label) + 4
		x0 = SysArea.X
		tw = (SysArea.W - 3*10) / 4
		th = outreachBtn
		for _, t := range targets {
			th = max(th, k.ButtonH(ctx.T("sys.outreach.target."+t.ID), tw))
		}
	} else {
		k.List.Text(label, SysArea.X, outreachTargetY+(th-fs.LineHeight(ui.Label))/2, ui.Label)
	}
	for i, t := range targets {
		r := ui.Rect{X: x0 + float64(i)*(tw+10), Y: y, W: tw, H: th}
		k.Add(Action{R: r, Label: ctx.T("sys.outreach.target." + t.ID), Look: LookChoice, Selected: c.Target == t.ID,
			Row: 0, Col: i, Do: DoCommand, Cmd: game.OutreachSetTarget{Target: t.ID}})
		s.targets[t.ID] = r
	}
	y += th + 10
	if len(c.Needs) >= 2 {
		needs := ctx.T("sys.outreach.needs."+k.View(ctx).OutreachAssessment(), ctx.T("sys.outreach.target."+c.Needs[0]), ctx.T("sys.outreach.target."+c.Needs[1]))
		y = max(y, outreachNeedsY)
		y += k.List.Wrapped(needs, SysArea.X, y, SysArea.W, ui.Style{Size: 15, Color: ui.InkSoft}) + 6
	}
	return max(y, outreachRowsY)
}

// channelRows is one row per channel with its unit bars and remove / add, then the
// budget and the legend for the bars.
func (s *outreachScreen) channelRows(ctx *Context, k *DutyKit, c game.Campaign, f game.OutreachForecast, top float64, stacked bool) float64 {
	fs := ctx.Fonts
	nameSt := ui.Style{Size: 17, Bold: true, Color: ui.Ink}
	aboutSt := ui.Style{Size: 15, Color: ui.InkSoft}
	infoSt := ui.Style{Size: 15, Color: ui.Ink}
	ptsSt := ui.Style{Size: 15, Color: ui.InkSoft}
	channels := k.View(ctx).OutreachDeskChannels()
	rowW := outreachLeftW
	if stacked {
		rowW = SysArea.W
	}
	remL, addL := ctx.T("sys.outreach.remove"), ctx.T("sys.outreach.add")
	bw := max(outreachBtn, fs.Width(remL, ui.Style{Size: 16, Bold: true})+20, fs.Width(addL, ui.Style{Size: 16, Bold: true})+20)
	bh := max(outreachBtn, k.ButtonH(remL, bw), k.ButtonH(addL, bw))
	// the unit bars: wide enough for their point labels
	colW := max(28, fs.Width(ctx.T("sys.outreach.pts", game.NumArg(9.9, 1)), ptsSt)+4)
	barsW := 4*(colW+6) - 6
	textW := rowW - 28 - barsW - 14 - (2*bw + 8) - 14
	ptsH := fs.LineHeight(ptsSt)
	y := top
	for i, ch := range channels {
		n := c.Count(ch.ID)
		unit := ctx.T("sys.outreach."+ch.ID+".unit", game.MoneyArg(ch.Cost))
		next := f.Next[ch.ID]
		info := ctx.T("sys.outreach.row_max", unit, outreachCount(n), outreachCount(ch.Max))
		if next > 0 {
			info = ctx.T("sys.outreach.row", unit, outreachCount(n), outreachCount(ch.Max), game.NumArg(next, 1))
		}
		nb := fs.NewBlock(ctx.T("sys.outreach."+ch.ID+".name"), nameSt, textW)
		ab := fs.NewBlock(ctx.T("sys.outreach."+ch.ID+".about"), aboutSt, textW)
		ib := fs.NewBlock(info, infoSt, textW)
		rh := outreachRowH
		if len(nb.Lines)+len(ab.Lines)+len(ib.Lines) > 3 || fs.TextScale() > 1 {
			rh = max(outreachRowH, nb.Height()+ab.Height()+ib.Height()+12, bh+26, ptsH+4+6*4+30)
		}
		r := ui.Rect{X: SysArea.X, Y: y, W: rowW, H: rh}
		k.List.Fill(r, ui.Card)
		k.List.Stroke(r, 2, ui.Line)
		x := r.X + 14
		if rh == outreachRowH {
			// the usual layout
			k.List.Block(nb, x, r.Y+6)
			k.List.Block(ab, x, r.Y+28)
			k.List.Block(ib, x, r.Y+48)
		} else {
			ty := r.Y + 6
			ty += k.List.Block(nb, x, ty)
			ty += k.List.Block(ab, x, ty)
			k.List.Block(ib, x, ty)
		}
		// one bar per unit bought, its height the points it adds; an outline for the next one
		bars := f.UnitPoints[ch.ID]
		bx := r.X + r.W - 14 - 2*bw - 8 - 14 - barsW
		base := r.Y + r.H - 8
		for u := 0; u < 4; u++ {
			var pts float64
			filled := u < len(bars)
			switch {
			case filled:
				pts = bars[u]
			case u == len(bars) && next > 0:
				pts = next
			default:
				continue
			}
			h := min(4+6*pts, r.H-12-ptsH)
			br := ui.Rect{X: bx + float64(u)*(colW+6), Y: base - h, W: colW, H: h}
			if filled {
				k.List.Fill(br, ui.TealLight)
			} else {
				k.List.Stroke(br, 2, ui.TealLight)
			}
			k.List.TextCenter(ctx.T("sys.outreach.pts", game.NumArg(pts, 1)), br.X+colW/2, br.Y-ptsH+2, ptsSt)
		}
		addX := r.X + r.W - 14 - bw
		rem := ui.Rect{X: addX - bw - 8, Y: r.Y + 13, W: bw, H: bh}
		add := ui.Rect{X: addX, Y: r.Y + 13, W: bw, H: bh}
		k.Add(Action{R: rem, Label: remL, Look: LookPlain, Row: 1 + i, Col: 0, Do: DoCommand, Cmd: game.OutreachRemove{Channel: ch.ID}})
		k.Add(Action{R: add, Label: addL, Look: LookPlain, Row: 1 + i, Col: 1, Do: DoCommand, Cmd: game.OutreachAdd{Channel: ch.ID}})
		s.channels[ch.ID] = [2]ui.Rect{rem, add}
		y += rh + outreachRowGap
	}
	// the budget, its bar and the legend for the unit bars (wrapping to more lines
	// when they do not fit on one)
	by := y + 2
	budgetSt := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	budget := ctx.T("sys.outreach.budget", game.MoneyArg(f.Spent), game.MoneyArg(f.Budget), game.MoneyArg(f.Left()))
	lst := ui.Style{Size: 15, Color: ui.InkSoft}
	bought, more := ctx.T("sys.outreach.legend.bought"), ctx.T("sys.outreach.legend.next")
	right := SysArea.X + rowW
	bb := fs.NewBlock(budget, budgetSt, rowW)
	k.List.Block(bb, SysArea.X, by)
	lineH := max(fs.LineHeight(budgetSt), fs.LineHeight(lst))
	x := SysArea.X + bb.Widths[len(bb.Lines)-1] + 16
	ly := by + bb.Height() - fs.LineHeight(budgetSt)
	place := func(w float64) (float64, float64) {
		if x+w > right {
			x, ly = SysArea.X, ly+lineH
		}
		px := x
		x += w
		return px, ly
	}
	bx, bY := place(120)
	k.List.Bar(ui.Rect{X: bx, Y: bY + lineH/2 - 5, W: 120, H: 10}, f.SpentShare(), ui.Teal)
	x += 20
	for i, word := range []string{bought, more} {
		wx, wy := place(20 + fs.Width(word, lst))
		sq := ui.Rect{X: wx, Y: wy + (fs.LineHeight(lst)-14)/2, W: 14, H: 14}
		if i == 0 {
			k.List.Fill(sq, ui.TealLight)
		} else {
			k.List.Stroke(sq, 2, ui.TealLight)
		}
		k.List.Text(word, wx+20, wy, lst)
		x += 16
	}
	return ly + lineH + 8
}

// chart is the panel on the right: the target measure (and, for a target that is
// not the meter itself, the community preventive-care meter) before and projected, when
// the points land, notes and warnings. The text under the chart is measured first;
// when there is a lot of it the bars get shorter, so nothing leaves the panel.
func (s *outreachScreen) chart(ctx *Context, k *DutyKit, c game.Campaign, f game.OutreachForecast, below float64, stacked bool) {
	fs := ctx.Fonts
	p := ui.Rect{X: SysArea.X + outreachLeftW + 20, Y: outreachRowsY, W: SysArea.W - outreachLeftW - 20, H: 630 - outreachRowsY + 8}
	if stacked {
		p = ui.Rect{X: SysArea.X, Y: below + 4, W: SysArea.W}
	}
	title := fs.NewBlock(ctx.T("sys.outreach.chart"), ui.H3, p.W-32)
	type group struct {
		label         ui.Block
		before, after float64
	}
	labelSt := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	groupN := 2.0
	if f.TargetIsMeter {
		groupN = 1
	}
	gw := (p.W - 32) / groupN
	groups := []group{{fs.NewBlock(ctx.T("sys.outreach.measure."+c.Target), labelSt, gw-16), f.Before, f.After}}
	if !f.TargetIsMeter {
		groups = append(groups, group{fs.NewBlock(ctx.T("sys.outreach.meter"), labelSt, gw-16), f.MeterBefore, f.MeterAfter})
	}
	labelH := 0.0
	for _, g := range groups {
		labelH = max(labelH, g.label.Height())
	}
	// the text under the chart, with the gap after each block
	textW := p.W - 32
	type para struct {
		b   ui.Block
		gap float64
	}
	var text []para
	add := func(str string, st ui.Style, gap float64) {
		text = append(text, para{fs.NewBlock(str, st, textW), gap})
	}
	add(ctx.T("sys.outreach.who."+k.View(ctx).OutreachWho()), ui.Style{Size: 15, Bold: true, Color: ui.Ink}, 6)
	add(ctx.T("sys.outreach.timing", game.NumArg(f.Points[0], 1), game.NumArg(f.Points[1], 1), game.NumArg(f.Points[2], 1)), ui.Style{Size: 15, Color: ui.Ink}, 6)
	noteSt := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
	if !f.TargetIsMeter {
		add(ctx.T("sys.outreach.game_figure"), ui.Style{Size: 15, Color: ui.InkSoft}, 4)
	}
	if f.CHWBonus {
		add(ctx.T("sys.outreach.note.chw"), noteSt, 4)
	}
	if f.MCO {
		add(ctx.T("sys.outreach.note.mlr"), noteSt, 4) // the plan's savings and its medical loss ratio
	}
	var flags []string
	if f.Spent == 0 {
		flags = append(flags, ctx.T("sys.outreach.flag.empty"))
	}
	if !f.Need {
		flags = append(flags, ctx.T("sys.outreach.flag.not_need"))
	}
	if f.Diminished != "" {
		flags = append(flags, ctx.T("sys.outreach.flag.dim", ctx.T("sys.outreach."+f.Diminished+".name"), game.NumArg(f.Last[f.Diminished], 1)))
	}
	flagSt := ui.Style{Size: 15, Bold: true, Color: ui.Bad}
	if len(flags) == 0 {
		flags, flagSt.Color = []string{ctx.T("sys.outreach.flag.ok")}, ui.Good
	}
	for _, fl := range flags {
		add(fl, flagSt, 2)
	}
	textH := 0.0
	for _, t := range text {
		textH += t.b.Height() + t.gap
	}
	// the bars: 0..100% between chartY and chartB
	valueSt := ui.Style{Size: 17, Bold: true, Color: ui.Ink}
	wordSt := ui.Style{Size: 15, Color: ui.InkSoft}
	chartY := p.Y + max(62, 10+title.Height()+fs.LineHeight(valueSt)+4)
	wordH := max(26, fs.LineHeight(wordSt)+6)
	if stacked {
		p.H = chartY - p.Y + 124 + wordH + labelH + 10 + textH + 8
	}
	chartB := min(chartY+124, p.Y+p.H-8-textH-10-labelH-wordH)
	chartB = max(chartB, chartY+60)
	p.H = max(p.H, chartB+wordH+labelH+10+textH+8-p.Y)
	k.List.Fill(p, ui.Card)
	k.List.Stroke(p, 2, ui.Line)
	k.List.Block(title, p.X+16, p.Y+10)
	scale := (chartB - chartY) / 100
	k.List.Line(p.X+16, chartB, p.X+p.W-16, chartB, ui.Ink)
	words := [2]string{ctx.T("sys.outreach.before"), ctx.T("sys.outreach.projected")}
	// a bar as wide as the words under it need
	barW := max(64, fs.Width(words[0], wordSt)+8, fs.Width(words[1], wordSt)+8, fs.Width(ctx.T("sys.outreach.pct", "100%"), valueSt)+8)
	barW = min(barW, gw/2-8)
	for gi, g := range groups {
		gx := p.X + 16 + float64(gi)*gw
		cx := gx + gw/2
		for bi, val := range []float64{g.before, g.after} {
			x := cx - barW - 6 + float64(bi)*(barW+12)
			h := val * scale
			r := ui.Rect{X: x, Y: chartB - h, W: barW, H: h}
			if bi == 0 {
				k.List.Fill(r, ui.Muted)
				k.List.Stroke(r, 2, ui.InkSoft)
			} else {
				k.List.Fill(r, ui.Teal)
			}
			k.List.TextCenter(ctx.T("sys.outreach.pct", game.UnitArg(val, 0, "%")), x+barW/2, r.Y-fs.LineHeight(valueSt)+1, valueSt)
			k.List.TextCenter(words[bi], x+barW/2, chartB+4, wordSt)
		}
		k.List.Block(g.label, gx, chartB+wordH)
	}
	y := chartB + wordH + labelH + 10
	for _, t := range text {
		y += k.List.Block(t.b, p.X+16, y) + t.gap
	}
	s.bottom = y
}

// factButtons puts the two fact cards at the bottom right (F opens the first).
func (s *outreachScreen) factButtons(ctx *Context, k *DutyKit) {
	fs := ctx.Fonts
	st := ui.Style{Size: 16, Bold: true}
	rr := k.AddFact(flowCatalogFact(ctx, "sys.outreach.fact.rr."))
	kind := "sys.outreach.fact." + k.View(ctx).OutreachAssessment() + "."
	chna := k.AddFact(flowCatalogFact(ctx, kind))
	rrLabel, chnaLabel := ctx.T("sys.outreach.fact.rr.btn"), ctx.T(kind+"btn")
	chnaW := max(110, fs.Width(chnaLabel, st)+28)
	rrW := max(110, fs.Width(rrLabel, st)+28)
	h := max(outreachBtn, k.ButtonH(rrLabel, rrW), k.ButtonH(chnaLabel, chnaW))
	y := k.BesideBack().Y
	if SysArea.X+SysArea.W-chnaW-16-rrW < k.BesideBack().X {
		// no room beside Back: a row of their own above it
		y = s.bottom + 10
		k.EndAt(y + h)
	}
	chnaR := ui.Rect{X: SysArea.X + SysArea.W - chnaW, Y: y, W: chnaW, H: h}
	rrR := ui.Rect{X: chnaR.X - 16 - rrW, Y: y, W: rrW, H: h}
	row := 1 + len(k.View(ctx).OutreachDeskChannels())
	k.Add(Action{R: rrR, Label: rrLabel, Look: LookPlain, Row: row, Col: 0, Do: DoFact, Fact: rr})
	k.Add(Action{R: chnaR, Label: chnaLabel, Look: LookPlain, Row: row, Col: 1, Do: DoFact, Fact: chna})
}

func outreachCount(n int) string { return game.NumArg(float64(n), 0) }

// TargetRect is where the target choice for id is (tests click it).
func (s *outreachScreen) TargetRect(id string) ui.Rect { return s.targets[id] }

// ChannelRect is where a channel's add (or remove) button is (tests click it).
func (s *outreachScreen) ChannelRect(id string, add bool) ui.Rect {
	if add {
		return s.channels[id][1]
	}
	return s.channels[id][0]
}

// ContentBottom is where the chart panel's text ends (tests check that it stays
// inside the panel, clear of the Done row).
func (s *outreachScreen) ContentBottom() float64 { return s.bottom }

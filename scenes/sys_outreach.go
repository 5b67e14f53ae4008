package scenes

import (
	"fmt"
	"strconv"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// OutreachScene plans a community outreach campaign: pick a target, buy units of
// outreach channels from a fixed budget, and read the projected effect as a bar
// chart (before and projected, values written on the bars).
type OutreachScene struct {
	sysBase
	m       menu
	targets int // items [0, targets) pick the target
	chans   int // items [targets, chans) are remove/add pairs, two per channel
	factRR  int
	factCH  int
	base    int
	facts   [2]game.Fact
	needs   ui.Block
	rows    []outreachRow
	budget  string
	spent   float64 // share of the budget spent, for the bar
	msg     string
	groups  []outreachGroup
	timing  string
	notes   []ui.Block
	flags   []flowFlag
	chartY  float64
	chartB  float64
	below   float64 // where the text under the chart starts
	panel   ui.Rect
	heading string
	legend  [2]string
}

type outreachRow struct {
	r     ui.Rect
	id    string
	name  string
	about string
	info  string
	bars  []float64 // points of each bought unit
	next  float64   // points of one more unit (0: at the limit)
}

type outreachGroup struct {
	label         ui.Block
	before, after float64
}

const (
	outreachRowsY = 232.0
	outreachRowH  = 70.0
	outreachLeftW = 710.0
)

// Name implements Scene.
func (s *OutreachScene) Name() string { return "system-outreach" }

// Layout implements Scene.
func (s *OutreachScene) Layout(ctx *Context) {
	focus := s.m.focus
	s.layoutBase(ctx)
	fs := ctx.Fonts
	sess := ctx.Session
	c := sess.LegacyState().Sys.Outreach
	s.m.items, s.rows, s.groups, s.notes, s.flags = nil, nil, nil, nil, nil
	if c == nil {
		s.targets, s.chans, s.factRR, s.factCH, s.base = 0, 0, -1, -1, 0
		s.m.items = s.baseItems()
		return
	}
	f := c.Forecast(sess)

	// the target: four radio cards in a row
	tSt := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	x0 := SysArea.X + fs.Width(ctx.T("sys.outreach.target_label"), ui.Label) + 30
	tw := (SysArea.X + SysArea.W - x0 - 3*10) / 4
	for i, t := range game.OutreachTargets {
		b := ui.Button{R: ui.Rect{X: x0 + float64(i)*(tw+10), Y: 150, W: tw, H: 44}, Kind: ui.CardKind, Check: true, Selected: c.Target == t.ID,
			Title: fs.NewBlock(ctx.T("sys.outreach.target."+t.ID), tSt, tw-62)}
		s.m.items = append(s.m.items, b)
	}
	s.targets = len(s.m.items)
	if len(c.Needs) >= 2 {
		s.needs = fs.NewBlock(ctx.T("sys.outreach.needs", ctx.T("sys.outreach.target."+c.Needs[0]), ctx.T("sys.outreach.target."+c.Needs[1])), ui.Style{Size: 15, Color: ui.InkSoft}, SysArea.W)
	}

	// the channels: one row each, with remove and add
	btnSt := ui.Style{Size: 22, Bold: true, Color: ui.Teal}
	for i, ch := range game.OutreachChannels {
		n := c.Count(ch.ID)
		r := outreachRow{id: ch.ID, r: ui.Rect{X: SysArea.X, Y: outreachRowsY + float64(i)*(outreachRowH+4), W: outreachLeftW, H: outreachRowH}}
		r.name = ctx.T("sys.outreach." + ch.ID + ".name")
		r.about = ctx.T("sys.outreach." + ch.ID + ".about")
		unit := ctx.T("sys.outreach."+ch.ID+".unit", game.Money(ch.Cost))
		r.next = f.Next[ch.ID]
		if r.next > 0 {
			r.info = ctx.T("sys.outreach.row", unit, itoa(n), itoa(ch.Max), outreachPts(r.next))
		} else {
			r.info = ctx.T("sys.outreach.row_max", unit, itoa(n), itoa(ch.Max))
		}
		// each bought unit's points, to draw the diminishing returns
		r.bars = c.UnitPoints(sess, ch.ID)
		s.rows = append(s.rows, r)
		bx := r.r.X + r.r.W - 14 - 44
		rem := ui.Button{R: ui.Rect{X: bx - 52, Y: r.r.Y + 13, W: 44, H: 44}, Kind: ui.Quiet, Title: fs.NewBlock(ctx.T("sys.outreach.remove"), btnSt, 100)}
		add := ui.Button{R: ui.Rect{X: bx, Y: r.r.Y + 13, W: 44, H: 44}, Kind: ui.Quiet, Title: fs.NewBlock(ctx.T("sys.outreach.add"), btnSt, 100)}
		s.m.items = append(s.m.items, rem, add)
	}
	s.chans = len(s.m.items)
	s.budget = ctx.T("sys.outreach.budget", game.Money(f.Spent), game.Money(f.Budget), game.Money(f.Left()))
	s.spent = float64(f.Spent) / float64(max(1, f.Budget))
	s.legend = [2]string{ctx.T("sys.outreach.legend.bought"), ctx.T("sys.outreach.legend.next")}

	// the chart panel
	s.panel = ui.Rect{X: SysArea.X + outreachLeftW + 20, Y: outreachRowsY, W: SysArea.W - outreachLeftW - 20, H: 630 - outreachRowsY + 8}
	s.heading = ctx.T("sys.outreach.chart")
	s.chartY, s.chartB = s.panel.Y+62, s.panel.Y+186
	labelSt := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	gw := s.panel.W - 32
	if c.Target != "flu" {
		gw = (s.panel.W - 48) / 2
	}
	s.groups = append(s.groups, outreachGroup{label: fs.NewBlock(ctx.T("sys.outreach.measure."+c.Target), labelSt, gw), before: f.Before, after: f.After})
	if c.Target != "flu" {
		s.groups = append(s.groups, outreachGroup{label: fs.NewBlock(ctx.T("sys.outreach.meter"), labelSt, gw), before: f.MeterBefore, after: f.MeterAfter})
	}
	s.below = s.chartB + 26
	lh := 0.0
	for _, g := range s.groups {
		lh = max(lh, g.label.Height())
	}
	s.below += lh + 10
	s.timing = ctx.T("sys.outreach.timing", outreachPts(f.Points[0]), outreachPts(f.Points[1]), outreachPts(f.Points[2]))
	noteSt := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
	if c.Target != "flu" {
		s.notes = append(s.notes, fs.NewBlock(ctx.T("sys.outreach.game_figure"), ui.Style{Size: 15, Color: ui.InkSoft}, s.panel.W-32))
	}
	if f.CHWBonus {
		s.notes = append(s.notes, fs.NewBlock(ctx.T("sys.outreach.note.chw"), noteSt, s.panel.W-32))
	}
	if f.MCO {
		s.notes = append(s.notes, fs.NewBlock(ctx.T("sys.outreach.note.mco"), noteSt, s.panel.W-32))
	}
	if f.Spent == 0 {
		s.flags = append(s.flags, flowFlag{ctx.T("sys.outreach.flag.empty"), true})
	}
	if !f.Need {
		s.flags = append(s.flags, flowFlag{ctx.T("sys.outreach.flag.not_need"), true})
	}
	for _, ch := range game.OutreachChannels {
		if c.Count(ch.ID) >= 2 && f.Last[ch.ID] < 1 {
			s.flags = append(s.flags, flowFlag{ctx.T("sys.outreach.flag.dim", ctx.T("sys.outreach."+ch.ID+".name"), outreachPts(f.Last[ch.ID])), true})
			break
		}
	}
	if len(s.flags) == 0 {
		s.flags = append(s.flags, flowFlag{ctx.T("sys.outreach.flag.ok"), false})
	}

	// fact cards, bottom right
	fb := ui.NewQuiet(fs, ctx.T("sys.outreach.fact.chna.btn"), 0, ui.H-67)
	fb.R.X = SysArea.X + SysArea.W - fb.R.W
	fa := ui.NewQuiet(fs, ctx.T("sys.outreach.fact.rr.btn"), 0, ui.H-67)
	fa.R.X = fb.R.X - 16 - fa.R.W
	s.factRR = len(s.m.items)
	s.m.items = append(s.m.items, fa)
	s.factCH = len(s.m.items)
	s.m.items = append(s.m.items, fb)
	s.facts[0] = flowFact(ctx, "sys.outreach.fact.rr.")
	s.facts[1] = flowFact(ctx, "sys.outreach.fact.chna.")

	s.base = len(s.m.items)
	s.m.items = append(s.m.items, s.baseItems()...)
	s.m.focus = focus
	if s.m.focus < 0 || s.m.focus >= len(s.m.items) {
		s.m.focus = 0
	}
}

func outreachPts(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// Update implements Scene.
func (s *OutreachScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.handleBase(ctx, in, -1)
		return nil
	}
	if in.Fact && s.factRR >= 0 {
		ctx.Push(&FactScene{Fact: s.facts[0]})
		return nil
	}
	i := s.m.handle(in)
	sess := ctx.Session
	var err error
	switch {
	case i < 0:
		return nil
	case i < s.targets:
		err = sess.OutreachSetTarget(game.OutreachTargets[i].ID)
	case i < s.chans:
		k := i - s.targets
		id := game.OutreachChannels[k/2].ID
		if k%2 == 0 {
			err = sess.OutreachRemove(id)
		} else {
			err = sess.OutreachAdd(id)
		}
	case i == s.factRR:
		ctx.Push(&FactScene{Fact: s.facts[0]})
		return nil
	case i == s.factCH:
		ctx.Push(&FactScene{Fact: s.facts[1]})
		return nil
	default:
		s.handleBase(ctx, in, i-s.base)
		return nil
	}
	msg := ""
	if err != nil {
		k := i - s.targets
		if i >= s.targets && k%2 == 1 {
			ch := game.OutreachChannelFor(game.OutreachChannels[k/2].ID)
			msg = ctx.T("sys.outreach.refused")
			if sess.LegacyState().Sys.Outreach.Count(ch.ID) >= ch.Max {
				msg = ctx.T("sys.outreach.limit")
			}
		}
	} else {
		ctx.save()
	}
	s.Layout(ctx)
	s.msg = msg
	return nil
}

// Draw implements Scene.
func (s *OutreachScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	c.Text(ctx.T("sys.outreach.target_label"), SysArea.X, 160, ui.Label)
	c.Block(s.needs, SysArea.X, 204)
	// channel rows
	for _, r := range s.rows {
		c.FillRect(r.r, ui.Card)
		c.StrokeRect(r.r, 2, ui.Line)
		x := r.r.X + 14
		c.Text(r.name, x, r.r.Y+6, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
		c.Text(r.about, x, r.r.Y+28, ui.Style{Size: 15, Color: ui.InkSoft})
		c.Text(r.info, x, r.r.Y+48, ui.Style{Size: 15, Color: ui.Ink})
		// one bar per unit bought, its height the points it adds; an outline for the next one
		bx := r.r.X + r.r.W - 14 - 44 - 52 - 14 - 4*34
		base := r.r.Y + r.r.H - 8
		for k := 0; k < 4; k++ {
			var v float64
			filled := k < len(r.bars)
			switch {
			case filled:
				v = r.bars[k]
			case k == len(r.bars) && r.next > 0:
				v = r.next
			default:
				continue
			}
			h := 4 + 6*v
			if h > r.r.H-30 {
				h = r.r.H - 30
			}
			br := ui.Rect{X: bx + float64(k)*34, Y: base - h, W: 28, H: h}
			if filled {
				c.FillRect(br, ui.TealLight)
			} else {
				c.StrokeRect(br, 2, ui.TealLight)
			}
			c.TextCenter(outreachPts(v), br.X+14, br.Y-19, ui.Style{Size: 15, Color: ui.InkSoft})
		}
	}
	// the budget
	by := outreachRowsY + 5*(outreachRowH+4) + 2
	c.Text(s.budget, SysArea.X, by, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
	ui.Bar(c, ui.Rect{X: SysArea.X + 330, Y: by + 6, W: 120, H: 10}, s.spent, ui.Teal)
	// the legend for the unit bars
	lx := SysArea.X + 470
	lst := ui.Style{Size: 15, Color: ui.InkSoft}
	c.FillRect(ui.Rect{X: lx, Y: by + 3, W: 14, H: 14}, ui.TealLight)
	c.Text(s.legend[0], lx+20, by, lst)
	lx += 20 + ctx.Fonts.Width(s.legend[0], lst) + 16
	c.StrokeRect(ui.Rect{X: lx, Y: by + 3, W: 14, H: 14}, 2, ui.TealLight)
	c.Text(s.legend[1], lx+20, by, lst)
	if s.msg != "" {
		c.Text(s.msg, SysArea.X+outreachLeftW-ctx.Fonts.Width(s.msg, ui.Style{Size: 15, Bold: true}), by+20, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
	}
	// the chart
	p := s.panel
	c.FillRect(p, ui.Card)
	c.StrokeRect(p, 2, ui.Line)
	c.Text(s.heading, p.X+16, p.Y+10, ui.H3)
	gw := (p.W - 32) / float64(len(s.groups))
	scale := (s.chartB - s.chartY) / 100
	c.Line(p.X+16, s.chartB, p.X+p.W-16, s.chartB, 2, ui.Ink)
	for gi, g := range s.groups {
		gx := p.X + 16 + float64(gi)*gw
		cx := gx + gw/2
		for bi, v := range []float64{g.before, g.after} {
			x := cx - 70 + float64(bi)*76
			h := v * scale
			r := ui.Rect{X: x, Y: s.chartB - h, W: 64, H: h}
			if bi == 0 {
				c.FillRect(r, ui.Muted)
				c.StrokeRect(r, 2, ui.InkSoft)
			} else {
				c.FillRect(r, ui.Teal)
			}
			c.TextCenter(fmt.Sprintf("%.0f%%", v), x+32, r.Y-22, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
			word := ctx.T("sys.outreach.before")
			if bi == 1 {
				word = ctx.T("sys.outreach.projected")
			}
			c.TextCenter(word, x+32, s.chartB+4, ui.Style{Size: 15, Color: ui.InkSoft})
		}
		c.Block(g.label, gx, s.chartB+26)
	}
	y := s.below
	c.Text(s.timing, p.X+16, y, ui.Style{Size: 15, Color: ui.Ink})
	y += 24
	for _, n := range s.notes {
		y += c.Block(n, p.X+16, y) + 4
	}
	for _, fl := range s.flags {
		col := ui.Good
		if fl.bad {
			col = ui.Bad
		}
		c.Text(fl.text, p.X+16, y, ui.Style{Size: 15, Bold: true, Color: col})
		y += 21
	}
	s.m.draw(c)
}

// TargetRect is where the target card for id is (tests click it).
func (s *OutreachScene) TargetRect(id string) ui.Rect {
	for i, t := range game.OutreachTargets {
		if t.ID == id && i < s.targets {
			return s.m.items[i].R
		}
	}
	return ui.Rect{}
}

// ChannelRect is where a channel's add (or remove) button is (tests click it).
func (s *OutreachScene) ChannelRect(id string, add bool) ui.Rect {
	for k, ch := range game.OutreachChannels {
		if ch.ID == id {
			i := s.targets + 2*k
			if add {
				i++
			}
			if i < s.chans {
				return s.m.items[i].R
			}
		}
	}
	return ui.Rect{}
}

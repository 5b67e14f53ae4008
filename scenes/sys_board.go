package scenes

import (
	"math"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// BoardScene is the board duty screen at quarter end, on two pages: choosing the
// report's measures and how to show each (with a one-page preview of what the board
// will read), and answering the board members' risk questions.
type BoardScene struct {
	sysBase
	m    menu
	acts []func(ctx *Context)
	tabs int
	row0 int // the first measure's mode button (page 1), or -1
	ans0 int // the first answer card (page 2), or -1
	row  int // the measure whose benchmark source opens

	rep   *game.BoardReport
	score game.BoardScore

	// page 1
	names, values, benches []string
	status                 []brStatus
	preview                []brPreview
	more                   string
	balance                string
	warnings               []ui.Block
	// page 2
	members   []string
	questions []ui.Block
	answers   []ui.Block
}

type brStatus struct {
	word string
	bad  bool
}

// brPreview is one measure as the board will read it.
type brPreview struct {
	id           game.MeterID
	name, value  string
	note         string
	noteBad      bool
	bench, shown float64
	hasBench     bool
}

const (
	brTop   = 206.0
	brRowY  = 234.0
	brRowH  = 32.0
	brPrevX = 790.0
	brPrevW = 450.0
	brQTop  = 236.0
	brQH    = 122.0
)

// Name implements Scene.
func (s *BoardScene) Name() string { return "system-board" }

// Layout implements Scene.
func (s *BoardScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	fs := ctx.Fonts
	s.rep = ctx.Session.LegacyState().Sys.Board
	focus := s.m.focus
	s.m.items, s.acts = nil, nil
	s.row0, s.ans0 = -1, -1
	if s.rep == nil {
		s.m.items = s.baseItems()
		return
	}
	r := s.rep
	s.score = r.Score()
	x := 40.0
	for i, k := range []string{"measures", "risks"} {
		i := i
		bt := ui.NewQuiet(fs, ctx.T("sys.board.tab."+k), x, 150)
		x += bt.R.W + 10
		s.add(bt, func(ctx *Context) { s.do(ctx, func(g *game.Session) error { return g.BoardTab(i) }) })
	}
	s.tabs = len(s.m.items)
	fact := ui.NewQuiet(fs, ctx.T("sys.board.fact"), 0, 150)
	fact.R.X = 1240 - fact.R.W
	s.add(fact, func(ctx *Context) { pushFact(ctx, ctx.Session.BoardFact()) })
	if r.Tab == 0 {
		src := ui.NewQuiet(fs, ctx.T("sys.board.source"), 0, 150)
		src.R.X = fact.R.X - 12 - src.R.W
		s.add(src, func(ctx *Context) { ctx.Push(&MeterScene{ID: s.rep.Measures[s.row].ID}) })
		s.layoutMeasures(ctx)
	} else {
		s.layoutRisks(ctx)
	}
	s.m.items = append(s.m.items, s.baseItems()...)
	if focus >= len(s.m.items) || focus < 0 {
		focus = r.Tab
	}
	s.m.focus = focus
}

func (s *BoardScene) add(b ui.Button, act func(ctx *Context)) {
	s.m.items = append(s.m.items, b)
	s.acts = append(s.acts, act)
}

// do runs a command that keeps the screen open, with its focus.
func (s *BoardScene) do(ctx *Context, cmd func(g *game.Session) error) {
	s.err = ""
	if err := cmd(ctx.Session); err != nil {
		s.err = refusal(ctx, err)
		return
	}
	ctx.save()
	s.Layout(ctx)
}

func (s *BoardScene) layoutMeasures(ctx *Context) {
	fs := ctx.Fonts
	r := s.rep
	must := map[game.MeterID]bool{}
	for _, id := range s.score.MustShow {
		must[id] = true
	}
	s.names, s.values, s.benches, s.status = nil, nil, nil, nil
	s.row0 = len(s.m.items)
	for i := range r.Measures {
		i := i
		m := &r.Measures[i]
		d := game.Meter(m.ID)
		s.names = append(s.names, ctx.T("meter."+m.ID+".name"))
		s.values = append(s.values, d.Format(m.Value))
		s.benches = append(s.benches, d.Format(d.Benchmark))
		st := brStatus{word: ctx.T("sys.board.status.close")}
		switch {
		case must[m.ID]:
			st = brStatus{word: ctx.T("sys.board.status.worst"), bad: true}
		case m.Bad():
			st = brStatus{word: ctx.T("sys.board.status.worse"), bad: true}
		case math.Abs(m.Value-d.Benchmark) < 0.05:
			st = brStatus{word: ctx.T("sys.board.status.at")}
		case d.Better(d.Benchmark, m.Value):
			st = brStatus{word: ctx.T("sys.board.status.better")}
		}
		s.status = append(s.status, st)
		bt := ui.NewQuiet(fs, ctx.T("sys.board.mode."+itoa(m.Mode)), 600, brRowY+float64(i)*brRowH)
		bt.R.W, bt.R.H = 170, brRowH-4
		bt.Title = fs.NewBlock(bt.Title.Lines[0], ui.Style{Size: 15, Bold: true, Color: ui.Teal}, 10000)
		s.add(bt, func(ctx *Context) {
			s.row = i
			s.do(ctx, func(g *game.Session) error { return g.BoardCycle(i) })
		})
	}

	// the preview: what the board will read
	s.preview = s.preview[:0]
	shown := 0
	for i := range r.Measures {
		m := &r.Measures[i]
		if !m.Shown() {
			continue
		}
		shown++
		if len(s.preview) == 5 {
			continue
		}
		d := game.Meter(m.ID)
		p := brPreview{id: m.ID, name: ctx.T("meter." + m.ID + ".name"), value: d.Format(m.Shows()), bench: d.Benchmark, shown: m.Shows()}
		switch m.Mode {
		case game.BoardWithBenchmark:
			p.hasBench = true
			switch {
			case math.Abs(m.Value-d.Benchmark) < 0.05:
				p.note = ctx.T("sys.board.preview.at")
			case d.Better(d.Benchmark, m.Value):
				p.note = ctx.T("sys.board.preview.better")
			case m.Bad():
				p.note, p.noteBad = ctx.T("sys.board.preview.worse"), true
			default:
				p.note = ctx.T("sys.board.preview.little_worse")
			}
			p.note = ctx.T("sys.board.preview.bench", d.Format(d.Benchmark)) + " · " + p.note
		case game.BoardNoBenchmark:
			p.note = ctx.T("sys.board.preview.nobench")
		case game.BoardBestWeek:
			p.note, p.noteBad = ctx.T("sys.board.preview.best", d.Format(m.Value)), m.Flattering()
		}
		s.preview = append(s.preview, p)
	}
	s.more = ""
	if shown > 5 {
		s.more = ctx.T("sys.board.preview.more", itoa(shown-5))
	}
	sc := s.score
	s.balance = ctx.T("sys.board.preview.balance", itoa(sc.Quality), itoa(sc.Finance), itoa(sc.Benchmarked), itoa(sc.Shown))
	var warn []string
	for _, p := range sc.Parts {
		name := ""
		if p.Meter != "" {
			name = ctx.T("meter." + p.Meter + ".name")
		}
		switch p.Key {
		case "hidden_out", "hidden_best", "flattered":
			warn = append(warn, ctx.T("sys.board.preview."+p.Key, name))
		}
	}
	for _, p := range sc.Parts {
		switch p.Key {
		case "no_quality", "finance_heavy":
			warn = append(warn, ctx.T("sys.board.preview."+p.Key))
		case "too_few":
			warn = append(warn, ctx.T("sys.board.preview.count_few", p.Args...))
		case "too_many":
			warn = append(warn, ctx.T("sys.board.preview.count_many", p.Args...))
		}
	}
	if len(warn) == 0 {
		for _, p := range sc.Parts {
			if p.Key == "honest" {
				warn = append(warn, ctx.T("sys.board.preview.honest", ctx.T("meter."+p.Meter+".name")))
			}
		}
		if len(warn) == 0 {
			warn = append(warn, ctx.T("sys.board.preview.count_ok", itoa(sc.Shown)))
		}
	}
	s.warnings = s.warnings[:0]
	for _, w := range warn {
		s.warnings = append(s.warnings, fs.NewBlock(w, ui.Style{Size: 15, Bold: true, Color: ui.Ink}, brPrevW-24))
	}
}

func (s *BoardScene) layoutRisks(ctx *Context) {
	fs := ctx.Fonts
	s.questions, s.answers, s.members = nil, nil, nil
	s.ans0 = len(s.m.items)
	w := (1200.0 - 2*12) / 3
	for q, qu := range s.rep.Questions {
		q := q
		d := game.Meter(qu.Meter)
		s.members = append(s.members, ctx.T("sys.board.member."+qu.Member))
		s.questions = append(s.questions, fs.NewBlock(ctx.T("sys.board.q."+qu.Meter, d.Format(qu.Value)), ui.Style{Size: 16, Color: ui.Ink}, 1200))
		y := brQTop + float64(q)*brQH + 46
		for k, kind := range qu.Order {
			k := k
			key := "sys.board.a.reassure"
			switch kind {
			case game.BoardPlan:
				key = "sys.board.a.plan." + qu.Meter
			case game.BoardDeflect:
				key = "sys.board.a.deflect"
			}
			blk := fs.NewBlock(ctx.T(key), ui.Style{Size: 15, Color: ui.Ink}, w-44)
			blk.LineH = 18
			s.answers = append(s.answers, blk)
			bt := ui.Button{R: ui.Rect{X: 40 + float64(k)*(w+12), Y: y, W: w, H: 66}, Kind: ui.CardKind, Selected: qu.Answer == kind}
			s.add(bt, func(ctx *Context) { s.do(ctx, func(g *game.Session) error { return g.BoardAnswer(q, k) }) })
		}
	}
}

// Update implements Scene.
func (s *BoardScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.handleBase(ctx, in, -1)
		return nil
	}
	if in.Fact {
		pushFact(ctx, ctx.Session.BoardFact())
		return nil
	}
	i := s.m.handle(in)
	if s.row0 >= 0 && s.m.focus >= s.row0 && s.m.focus < s.row0+len(s.rep.Measures) {
		s.row = s.m.focus - s.row0
	}
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
func (s *BoardScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	if s.rep == nil {
		s.m.draw(c)
		return
	}
	if s.rep.Tab == 0 {
		s.drawMeasures(ctx, c)
	} else {
		s.drawRisks(ctx, c)
	}
	for i := range s.m.items {
		b := &s.m.items[i]
		switch {
		case i < s.tabs && i == s.rep.Tab:
			c.FillRect(b.R, ui.Teal)
			c.FillRect(ui.Rect{X: b.R.X, Y: b.R.Y + b.R.H + 2, W: b.R.W, H: 4}, ui.Ink)
			l := b.Title.Lines[0]
			c.Text(l, b.R.X+(b.R.W-c.Fonts.Width(l, b.Title.Style))/2, b.R.Y+(b.R.H-b.Title.Height())/2, ui.Style{Size: 18, Bold: true, Color: ui.White})
			if s.m.focus == i {
				ui.FocusRing(c, b.R)
			}
		case s.ans0 >= 0 && i >= s.ans0 && i < s.ans0+len(s.answers):
			s.drawAnswer(c, i)
		default:
			b.Draw(c, s.m.focus == i, s.m.hover == i)
		}
	}
}

func (s *BoardScene) drawMeasures(ctx *Context, c *ui.Canvas) {
	hs := ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}
	c.Text(ctx.T("sys.board.col.measure"), 48, brTop+4, hs)
	c.TextRight(ctx.T("sys.board.col.now"), 428, brTop+4, hs)
	c.TextRight(ctx.T("sys.board.col.bench"), 528, brTop+4, hs)
	c.Text(ctx.T("sys.board.col.how"), 600, brTop+4, hs)
	for i := range s.rep.Measures {
		m := &s.rep.Measures[i]
		y := brRowY + float64(i)*brRowH
		fill := ui.Card
		if m.Shown() {
			fill = ui.Selected
		}
		c.FillRect(ui.Rect{X: 40, Y: y - 2, W: 740, H: brRowH - 2}, fill)
		c.Text(s.names[i], 48, y+4, ui.Style{Size: 16, Bold: m.Shown(), Color: ui.Ink})
		c.Text(ctx.T("sys.board.kind."+m.Kind), 262, y+5, ui.Style{Size: 15, Color: ui.InkSoft})
		c.TextRight(s.values[i], 428, y+4, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
		c.TextRight(s.benches[i], 528, y+5, ui.Style{Size: 15, Color: ui.InkSoft})
		st := ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}
		if s.status[i].bad {
			st.Color = ui.Bad
		}
		c.Text(s.status[i].word, 538, y+5, st)
	}

	// the one-page preview
	px, pw := brPrevX, brPrevW
	page := ui.Rect{X: px, Y: brTop, W: pw, H: 630 - brTop}
	c.FillRect(page, ui.White)
	c.StrokeRect(page, 2, ui.Ink)
	c.Text(ctx.T("sys.board.preview.title"), px+12, brTop+8, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	y := brTop + 38
	if len(s.preview) == 0 {
		c.Text(ctx.T("sys.board.preview.empty"), px+12, y, ui.Small)
	}
	for _, p := range s.preview {
		c.Text(p.name, px+12, y, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
		c.TextRight(p.value, px+pw-12, y, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
		ns := ui.Style{Size: 15, Color: ui.InkSoft}
		if p.noteBad {
			ns = ui.Style{Size: 15, Bold: true, Color: ui.Bad}
		}
		c.Text(p.note, px+12, y+19, ns)
		brScale(c, ui.Rect{X: px + 12, Y: y + 39, W: pw - 24, H: 8}, p)
		y += 54
	}
	if s.more != "" {
		c.Text(s.more, px+12, y-4, ui.Small)
	}
	fy := 630 - 8 - 20.0
	for i := len(s.warnings) - 1; i >= 0; i-- {
		fy -= s.warnings[i].Height() + 2
	}
	fy = math.Max(fy, y+14)
	c.Line(px+12, fy-6, px+pw-12, fy-6, 1, ui.Line)
	c.Text(s.balance, px+12, fy, ui.Style{Size: 15, Bold: true, Color: ui.Teal})
	fy += 20
	for _, w := range s.warnings {
		if fy+w.Height() > 630 {
			break
		}
		fy += c.Block(w, px+12, fy) + 2
	}
}

// brScale draws a measure on its meter's range: a line, a tick at the benchmark
// (when the report shows one) and a dot at the value shown.
func brScale(c *ui.Canvas, r ui.Rect, p brPreview) {
	d := game.Meter(p.id)
	pos := func(v float64) float64 { return r.X + r.W*(d.Clamp(v)-d.Min)/(d.Max-d.Min) }
	c.Line(r.X, r.Y+r.H/2, r.X+r.W, r.Y+r.H/2, 2, ui.Line)
	if p.hasBench {
		bx := pos(p.bench)
		c.Line(bx, r.Y-4, bx, r.Y+r.H+4, 3, ui.Ink)
	}
	c.Circle(pos(p.shown), r.Y+r.H/2, 6, ui.Teal)
}

func (s *BoardScene) drawRisks(ctx *Context, c *ui.Canvas) {
	c.Text(ctx.T("sys.board.risk.title"), 40, brTop, ui.Style{Size: 19, Bold: true, Color: ui.Ink})
	c.TextRight(ctx.T("sys.board.risk.pick"), 1240, brTop+4, ui.Small)
	for q, b := range s.questions {
		y := brQTop + float64(q)*brQH
		c.Text(s.members[q], 40, y, ui.Style{Size: 16, Bold: true, Color: ui.Teal})
		c.BlockClipped(b, 40, y+21, y+21, y+46)
	}
}

// drawAnswer draws an answer card with a round choice mark: filled when chosen,
// with a thicker border, so the choice reads without colour.
func (s *BoardScene) drawAnswer(c *ui.Canvas, i int) {
	b := &s.m.items[i]
	fill := ui.Card
	switch {
	case b.Selected:
		fill = ui.Selected
	case s.m.hover == i:
		fill = ui.CardHover
	}
	c.FillRect(b.R, fill)
	if b.Selected {
		c.StrokeRect(b.R, 4, ui.Teal)
	} else {
		c.StrokeRect(b.R, 2, ui.Line)
	}
	cx, cy := b.R.X+18, b.R.Y+18
	c.Circle(cx, cy, 9, ui.Ink)
	c.Circle(cx, cy, 7, ui.White)
	if b.Selected {
		c.Circle(cx, cy, 5, ui.Ink)
	}
	blk := s.answers[i-s.ans0]
	c.BlockClipped(blk, b.R.X+34, b.R.Y+6, b.R.Y, b.R.Y+b.R.H)
	if s.m.focus == i {
		ui.FocusRing(c, b.R)
	}
}

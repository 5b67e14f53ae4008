package scenes

import (
	"errors"
	"reflect"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// WhatIfScene is "What if?" after the report: the run's decisions (a scrolling
// list), then one decision's options with the player's own marked, then the two
// careers side by side: the meters with their benchmark marks and the endings.
// The rules core replays the run (game.WhatIf); the real run is never changed.
type WhatIfScene struct {
	stage  int // wiDecisions, wiOptions or wiCompare
	loaded bool
	ds     []game.Decision
	err    error // why What if? is not available, or why an option failed
	dec    int   // the decision picked
	opt    int   // the option tried
	was    game.Branch
	alt    game.Branch

	title  string
	titleB ui.Block // the title, wrapped in a bar as tall as it needs (barH)
	barH   float64
	bottom float64 // the scrolling area's foot, over Back
	hintB  ui.Block
	hintX  float64
	hintY  float64
	intro  ui.Block
	rows   []ui.Button // list rows in list coordinates (Y from 0)
	back   ui.Button
	focus  int // a row, or len(rows) for Back
	hover  int
	top    float64 // the list's or the comparison's scroll

	// the comparison, laid out once
	items  []wiItem
	height float64
	hint   string
	cols   wiTable
}

// wiTable is the comparison table's geometry, from measured widths: the column
// offsets (meter, what you did, what if, the verdict), the room a benchmark mark
// takes, and the row's height. When a row does not fit on one line (a large text
// size) the meter's name sits over its figures.
type wiTable struct {
	x           [4]float64
	markW       float64
	lineH, rowH float64
	stacked     bool
}

// wiItem is one laid-out piece of the comparison: a text block or a meter row.
type wiItem struct {
	b    ui.Block
	x, y float64
	row  *wiRow
	rule bool
}

// wiRow is one meter of the comparison.
type wiRow struct {
	name, was, alt, word string
	wasMark, altMark     bool
	marks                bool // the meter has a benchmark to mark
	better, same         bool
}

// verdict words how the What-if side compares.
func (r *wiRow) verdict(ctx *Context, same, better bool) {
	r.same, r.better = same, better
	switch {
	case same:
		r.word = ctx.T("whatif.cmp_same")
	case better:
		r.word = ctx.T("whatif.cmp_better")
	default:
		r.word = ctx.T("whatif.cmp_worse")
	}
}

func sameLines(a, b []game.Line) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !reflect.DeepEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

const (
	wiDecisions = iota
	wiOptions
	wiCompare
)

const (
	wiX   = 60.0
	wiW   = ui.W - 2*wiX
	wiGap = 10.0
)

var (
	wiNameStyle  = ui.Style{Size: 17, Color: ui.Ink}
	wiValueStyle = ui.Style{Size: 17, Bold: true, Color: ui.Ink}
	wiWordStyle  = ui.Style{Size: 16, Bold: true}
	wiTitleStyle = ui.Style{Size: 24, Bold: true, Color: ui.White}
)

// Name implements Scene.
func (s *WhatIfScene) Name() string {
	return [...]string{"whatif", "whatif-options", "whatif-compare"}[s.stage]
}

// Layout implements Scene.
func (s *WhatIfScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	if !s.loaded && ctx.Session != nil {
		s.loaded = true
		s.ds, s.err = game.Decisions(ctx.Session)
	}
	s.title = ctx.T("whatif.title")
	s.rows = s.rows[:0]
	s.layoutFooter(ctx, "whatif.to_report")
	s.items = s.items[:0]
	switch s.stage {
	case wiDecisions:
		s.intro = fs.NewBlock(ctx.T("whatif.decisions"), ui.Body, wiW)
		if s.err == nil && len(s.ds) == 0 {
			s.intro = fs.NewBlock(ctx.T("whatif.none"), ui.Body, wiW)
		}
		if s.err != nil {
			s.intro = fs.NewBlock(s.errText(ctx), ui.Style{Size: 20, Bold: true, Color: ui.Bad}, wiW)
		}
		for _, d := range s.ds {
			s.addRow(ctx, s.when(ctx, d)+" · "+ctx.R(d.Title), ctx.T("whatif.you_chose", ctx.R(d.Options[d.Chosen])), false)
		}
	case wiOptions:
		s.layoutFooter(ctx, "whatif.to_decisions")
		d := s.ds[s.dec]
		s.title += " · " + s.when(ctx, d)
		s.intro = fs.NewBlock(ctx.R(d.Title)+"\n"+ctx.T("whatif.options"), ui.Body, wiW)
		if s.err != nil {
			s.intro = fs.NewBlock(ctx.R(d.Title)+"\n"+s.errText(ctx), ui.Style{Size: 20, Bold: true, Color: ui.Bad}, wiW)
		}
		for i, o := range d.Options {
			detail := ctx.T("whatif.try")
			if i == d.Chosen {
				detail = ctx.T("whatif.yours")
			}
			s.addRow(ctx, ctx.R(o), detail, i == d.Chosen)
		}
	case wiCompare:
		s.layoutFooter(ctx, "whatif.to_options")
		s.layoutCompare(ctx)
	}
	s.titleB = fs.NewBlock(s.title, wiTitleStyle, ui.W-48)
	s.barH = max(64, s.titleB.Height()+2*12)
	if s.focus > len(s.rows) {
		s.focus = len(s.rows)
	}
	if s.stage == wiCompare {
		s.focus = len(s.rows)
	}
	s.hover = -1
	s.clamp()
}

// layoutFooter places Back at the foot and the scroll hint beside it (under it
// when there is no room beside); the scrolling area ends above them.
func (s *WhatIfScene) layoutFooter(ctx *Context, back string) {
	fs := ctx.Fonts
	s.back = ui.NewPrimary(fs, ctx.T(back), wiX, 0)
	s.hint = ctx.T("whatif.scroll")
	s.hintX = s.back.R.X + s.back.R.W + 24
	s.hintB = fs.NewBlock(s.hint, ui.Small, ui.W-s.hintX-30)
	h := 16 + s.back.R.H + 20
	if ui.W-s.hintX-30 < 150 || len(s.hintB.Lines) > 2 {
		s.hintX = wiX
		s.hintB = fs.NewBlock(s.hint, ui.Small, ui.W-wiX-30)
		h += s.hintB.Height() + 8
		s.bottom = ui.H - h
		s.back.R.Y = s.bottom + 16
		s.hintY = s.back.R.Y + s.back.R.H + 8
		return
	}
	s.bottom = ui.H - h
	s.back.R.Y = s.bottom + 16
	s.hintY = s.back.R.Y + (s.back.R.H-s.hintB.Height())/2
}

// errText words why What if? cannot run, from the catalog.
func (s *WhatIfScene) errText(ctx *Context) string {
	switch {
	case errors.Is(s.err, game.ErrNoWhatIf):
		return ctx.T("whatif.no_log")
	case errors.Is(s.err, game.ErrNotExact):
		return ctx.T("whatif.not_exact")
	}
	return ctx.T("whatif.failed")
}

// when names where a decision came: its week in the manager's job, else its act.
func (s *WhatIfScene) when(ctx *Context, d game.Decision) string {
	if d.Week > 0 {
		return ctx.T("whatif.when_week", itoa(d.Week))
	}
	if a := ctx.Content.ActDef(d.Act); a != nil {
		return ctx.X(a.Title)
	}
	return ""
}

// listTop is where the list starts, under the intro text.
func (s *WhatIfScene) listTop() float64 { return s.introY() + s.intro.Height() + 16 }

// introY is where the intro starts, under the title bar.
func (s *WhatIfScene) introY() float64 { return s.barH + 16 }

func (s *WhatIfScene) addRow(ctx *Context, title, detail string, chosen bool) {
	y := 0.0
	if n := len(s.rows); n > 0 {
		y = s.rows[n-1].R.Y + s.rows[n-1].R.H + wiGap
	}
	b := ui.LayoutCards(ctx.Fonts, []ui.CardSpec{{Title: title, Detail: detail, Selected: chosen}}, ui.Rect{X: wiX, Y: y, W: wiW - 30, H: 400}, 0)[0]
	b.R.H = max(60, b.Title.Height()+b.Detail.Height()+32)
	s.rows = append(s.rows, b)
}

// layoutCompare lays out the two careers side by side.
func (s *WhatIfScene) layoutCompare(ctx *Context) {
	fs := ctx.Fonts
	d := s.ds[s.dec]
	s.title += " · " + s.when(ctx, d)
	s.intro = fs.NewBlock(ctx.R(d.Title), ui.H3, wiW)
	colW := (wiW - 40) / 2
	xs := [2]float64{wiX, wiX + colW + 40}
	y := 0.0
	heads := [2]string{ctx.T("whatif.was"), ctx.T("whatif.alt")}
	opts := [2]string{ctx.R(d.Options[d.Chosen]), ctx.R(d.Options[s.opt])}
	reps := [2]game.Report{s.was.Report, s.alt.Report}
	bottom := 0.0
	for i := range 2 {
		yy := y
		h := fs.NewBlock(heads[i], ui.Style{Size: 22, Bold: true, Color: ui.Teal}, colW)
		s.items = append(s.items, wiItem{b: h, x: xs[i], y: yy})
		yy += h.Height() + 2
		o := fs.NewBlock(opts[i], ui.Label, colW)
		s.items = append(s.items, wiItem{b: o, x: xs[i], y: yy})
		yy += o.Height() + 8
		e := fs.NewBlock(ctx.T("whatif.ending"), ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}, colW)
		s.items = append(s.items, wiItem{b: e, x: xs[i], y: yy})
		yy += e.Height() + 2
		for _, l := range reps[i].Endings {
			b := fs.NewBlock(ctx.R(l), ui.Style{Size: 16, Color: ui.Ink}, colW)
			s.items = append(s.items, wiItem{b: b, x: xs[i], y: yy})
			yy += b.Height() + 4
		}
		if !sameLines(s.was.Report.Path, s.alt.Report.Path) {
			// a different road: show where each one led
			yy += 4
			p := fs.NewBlock(ctx.T("whatif.path"), ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}, colW)
			s.items = append(s.items, wiItem{b: p, x: xs[i], y: yy})
			yy += p.Height() + 2
			for _, l := range reps[i].Path {
				b := fs.NewBlock("• "+ctx.R(l), ui.Style{Size: 15, Color: ui.Ink}, colW)
				s.items = append(s.items, wiItem{b: b, x: xs[i], y: yy})
				yy += b.Height() + 2
			}
		}
		bottom = max(bottom, yy)
	}
	y = bottom + 8
	s.items = append(s.items, wiItem{x: wiX, y: y, rule: true})
	y += 8
	if s.sameEnd(ctx) {
		b := fs.NewBlock(ctx.T("whatif.no_change"), ui.Style{Size: 18, Bold: true, Color: ui.Teal}, wiW)
		s.items = append(s.items, wiItem{b: b, x: wiX, y: y})
		y += b.Height() + 8
	}
	var rows []*wiRow
	for i := range s.was.Report.Meters {
		w, a := s.was.Report.Meters[i], s.alt.Report.Meters[i]
		md := game.Meter(w.ID)
		r := &wiRow{name: ctx.T("meter." + w.ID + ".name"), wasMark: md.MeetsBenchmark(w.After), altMark: md.MeetsBenchmark(a.After), marks: true}
		wv, av := ctx.F(md.Arg(w.After)), ctx.F(md.Arg(a.After))
		r.was = wv + " (" + ctx.F(md.SignedArg(w.After-w.Before)) + ")"
		r.alt = av + " (" + ctx.F(md.SignedArg(a.After-a.Before)) + ")"
		// the same when the player sees the same number
		r.verdict(ctx, wv == av, md.Better(w.After, a.After))
		rows = append(rows, r)
	}
	r := &wiRow{name: ctx.T("whatif.stress"), was: itoa(s.was.Stress) + "/100", alt: itoa(s.alt.Stress) + "/100"}
	r.verdict(ctx, s.was.Stress == s.alt.Stress, s.alt.Stress < s.was.Stress)
	rows = append(rows, r)
	// the table's columns from the widest name, figures and verdict
	var nameW, wasW, altW, wordW float64
	for _, r := range rows {
		nameW = max(nameW, fs.Width(r.name, wiNameStyle))
		wasW = max(wasW, fs.Width(r.was, wiValueStyle))
		altW = max(altW, fs.Width(r.alt, wiValueStyle))
		wordW = max(wordW, fs.Width(r.word, wiWordStyle))
	}
	t := &s.cols
	t.markW = max(24, fs.Width("●", wiValueStyle)+10)
	t.lineH = max(fs.LineHeight(wiNameStyle), fs.LineHeight(wiValueStyle))
	t.x[1] = max(330, nameW+20)
	t.x[2] = t.x[1] + max(300, t.markW+wasW+20)
	t.x[3] = t.x[2] + max(300, t.markW+altW+20)
	t.stacked = t.x[3]+wordW > wiW-20
	t.rowH = max(28, t.lineH+5)
	if t.stacked {
		t.x[1] = 20
		t.x[2] = t.x[1] + t.markW + wasW + 30
		t.x[3] = t.x[2] + t.markW + altW + 30
		t.rowH = 2*t.lineH + 8
	}
	// its heads: the meter's over the others' when the rows are stacked
	th := ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}
	headH := 0.0
	for i, h := range []string{ctx.T("whatif.meter"), heads[0], heads[1]} {
		w := t.x[i+1] - t.x[i] - 10
		if i == 2 || (t.stacked && i == 0) {
			w = wiW - t.x[i] - 10
		}
		b := fs.NewBlock(h, th, w)
		s.items = append(s.items, wiItem{b: b, x: wiX + t.x[i], y: y})
		headH = max(headH, b.Height())
		if t.stacked && i == 0 {
			y += b.Height() + 2
			headH = 0
		}
	}
	y += max(24, headH+4)
	for _, r := range rows {
		s.items = append(s.items, wiItem{x: wiX, y: y, row: r})
		y += t.rowH
	}
	y += 6
	band := game.Meter(game.BedOccupancy)
	add := func(text string, st ui.Style) {
		b := fs.NewBlock(text, st, wiW)
		s.items = append(s.items, wiItem{b: b, x: wiX, y: y})
		y += b.Height() + 6
	}
	add(ctx.T("whatif.legend", itoa(int(band.Low)), itoa(int(band.High))), ui.Small)
	if s.alt.BotSteps > 0 {
		add(ctx.T("whatif.played", itoa(s.alt.Replayed), itoa(s.alt.BotSteps)), ui.BodySm)
	} else {
		add(ctx.T("whatif.played_all", itoa(s.alt.Replayed)), ui.BodySm)
	}
	s.height = y
}

// sameEnd reports whether both careers ended the same as the player sees them:
// every meter's shown value, the stress and the endings.
func (s *WhatIfScene) sameEnd(ctx *Context) bool {
	if s.was.Stress != s.alt.Stress || !sameLines(s.was.Report.Endings, s.alt.Report.Endings) {
		return false
	}
	for i, w := range s.was.Report.Meters {
		md := game.Meter(w.ID)
		if ctx.F(md.Arg(w.After)) != ctx.F(md.Arg(s.alt.Report.Meters[i].After)) {
			return false
		}
	}
	return true
}

// view is the height of the scrolling area.
func (s *WhatIfScene) view() float64 { return s.bottom - s.listTop() }

// content is the height of what scrolls.
func (s *WhatIfScene) content() float64 {
	if s.stage == wiCompare {
		return s.height
	}
	if n := len(s.rows); n > 0 {
		return s.rows[n-1].R.Y + s.rows[n-1].R.H
	}
	return 0
}

func (s *WhatIfScene) clamp() {
	if s.top > s.content()-s.view() {
		s.top = s.content() - s.view()
	}
	if s.top < 0 {
		s.top = 0
	}
}

// showFocus scrolls the list so the focused row is in view.
func (s *WhatIfScene) showFocus() {
	if s.focus >= len(s.rows) {
		return
	}
	r := s.rows[s.focus].R
	if r.Y < s.top {
		s.top = r.Y
	}
	if r.Y+r.H > s.top+s.view() {
		s.top = r.Y + r.H - s.view()
	}
}

// rowAt is the row under a screen point, or -1; rows outside the view are not hit.
func (s *WhatIfScene) rowAt(x, y float64) int {
	top := s.listTop()
	if y < top || y >= s.bottom {
		return -1
	}
	for i, r := range s.rows {
		if r.R.Contains(x, y-top+s.top) {
			return i
		}
	}
	return -1
}

// Update implements Scene.
func (s *WhatIfScene) Update(ctx *Context, in *Input) error {
	n := len(s.rows)
	switch {
	case in.Back:
		s.goBack(ctx)
		return nil
	case in.Down || in.Next:
		if s.stage == wiCompare {
			s.top += 60
		} else {
			s.focus = (s.focus + 1) % (n + 1)
			s.showFocus()
		}
	case in.Up || in.Prev:
		if s.stage == wiCompare {
			s.top -= 60
		} else {
			s.focus = (s.focus + n) % (n + 1)
			s.showFocus()
		}
	case in.PageDn:
		s.top += s.view() - 40
	case in.PageUp:
		s.top -= s.view() - 40
	case in.Home:
		s.top = 0
	case in.End:
		s.top = s.content()
	}
	s.top += in.Wheel + in.Drag
	s.clamp()
	s.hover = -1
	if s.back.R.Contains(in.PX, in.PY) {
		s.hover = n
	} else if i := s.rowAt(in.PX, in.PY); i >= 0 {
		s.hover = i
	}
	if in.Moved && s.hover >= 0 {
		s.focus = s.hover
	}
	pick := -1
	if in.Click {
		if s.back.R.Contains(in.X, in.Y) {
			pick = n
		} else {
			pick = s.rowAt(in.X, in.Y)
		}
	} else if in.Choose {
		pick = s.focus
	}
	switch {
	case pick < 0:
	case pick == n:
		s.goBack(ctx)
	case s.stage == wiDecisions:
		s.dec, s.stage, s.focus, s.top, s.err = pick, wiOptions, (s.ds[pick].Chosen+1)%len(s.ds[pick].Options), 0, nil
		s.Layout(ctx)
		s.showFocus()
	case s.stage == wiOptions && pick != s.ds[s.dec].Chosen:
		s.opt = pick
		s.was, s.alt, s.err = game.WhatIf(ctx.Session, s.dec, pick)
		if s.err == nil {
			s.stage, s.top = wiCompare, 0
		}
		s.Layout(ctx)
	}
	return nil
}

// goBack leaves one stage: the comparison to the options, the options to the list,
// the list to the report.
func (s *WhatIfScene) goBack(ctx *Context) {
	s.err = nil
	switch s.stage {
	case wiCompare:
		s.stage, s.focus, s.top = wiOptions, s.opt, 0
	case wiOptions:
		s.stage, s.focus, s.top = wiDecisions, s.dec, 0
	default:
		ctx.GoTo(&ReportScene{})
		return
	}
	if s.stage == wiDecisions {
		s.ds, s.err = game.Decisions(ctx.Session)
	}
	s.Layout(ctx)
	s.showFocus()
}

// Draw implements Scene.
func (s *WhatIfScene) Draw(ctx *Context, c *ui.Canvas) {
	c.FillRect(ui.Rect{X: 0, Y: 0, W: ui.W, H: s.barH}, ui.Teal)
	c.Block(s.titleB, 24, (s.barH-s.titleB.Height())/2)
	c.Block(s.intro, wiX, s.introY())
	top, wiBottom := s.listTop(), s.bottom
	for i, b := range s.rows {
		b.R.Y += top - s.top
		if b.R.Y >= top && b.R.Y+b.R.H <= wiBottom {
			b.Draw(c, i == s.focus, i == s.hover)
		}
	}
	for _, it := range s.items {
		y := top + it.y - s.top
		switch {
		case it.rule:
			if y >= top && y < wiBottom {
				c.FillRect(ui.Rect{X: it.x, Y: y, W: wiW, H: 2}, ui.Line)
			}
		case it.row != nil:
			if y >= top && y+s.cols.rowH <= wiBottom {
				s.cols.draw(c, it.row, it.x, y)
			}
		default:
			c.BlockClipped(it.b, it.x, y, top, wiBottom)
		}
	}
	c.FillRect(ui.Rect{X: 0, Y: wiBottom, W: ui.W, H: ui.H - wiBottom}, ui.Paper)
	c.FillRect(ui.Rect{X: 0, Y: wiBottom, W: ui.W, H: 2}, ui.Line)
	if v := s.view(); s.content() > v {
		c.FillRect(ui.Rect{X: ui.W - 20, Y: top, W: 8, H: v}, ui.Muted)
		c.FillRect(ui.Rect{X: ui.W - 20, Y: top + s.top/s.content()*v, W: 8, H: v * v / s.content()}, ui.TealLight)
		c.Block(s.hintB, s.hintX, s.hintY)
	}
	s.back.Draw(c, s.focus == len(s.rows), s.hover == len(s.rows))
}

// draw draws one row of the comparison at (x, y).
func (t *wiTable) draw(c *ui.Canvas, r *wiRow, x, y float64) {
	c.Text(r.name, x+t.x[0], y+3, wiNameStyle)
	if t.stacked {
		y += t.lineH + 2
	}
	mark := func(ok bool, at float64, text string) {
		m, col := "○", ui.InkSoft
		if ok {
			m, col = "●", ui.Good
		}
		if r.marks {
			c.Text(m, x+at, y+3, ui.Style{Size: wiValueStyle.Size, Bold: true, Color: col})
		}
		c.Text(text, x+at+t.markW, y+3, wiValueStyle)
	}
	mark(r.wasMark, t.x[1], r.was)
	mark(r.altMark, t.x[2], r.alt)
	col := ui.InkSoft
	switch {
	case r.same:
	case r.better:
		col = ui.Good
	default:
		col = ui.Bad
	}
	c.Text(r.word, x+t.x[3], y+3, ui.Style{Size: wiWordStyle.Size, Bold: true, Color: col})
}

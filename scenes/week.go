package scenes

import (
	"image/color"
	"math"
	"slices"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// WeekScene is the manager's dashboard: the facility's meters on the left, the
// week's inbox on the right.
type WeekScene struct {
	h       header
	m       menu
	step    game.Step
	cards   int
	end     int
	meter0  int
	rows    []meterRow
	hint    string
	stats   string
	statsX  float64
	quarter string
	labels  [3]string // "Facility", the meter hint and "Inbox", looked up at layout
	legend  ui.Block  // how to read a bar and an arrow, wrapped under the meters
	keys    ui.Block  // the key hint under the inbox
	pitch   float64   // a meter row's height: 44 or more when the rows fit

	motion weekMotion // meters moving to their new values, the calendar (motion.go)
	place  placeBand  // the workplace in the header, with its meters' signs (places.go)
}

type meterRow struct {
	def          *game.MeterDef
	name, value  string
	delta        string
	valueX       float64     // value's left edge, right-aligned at layout
	deltaText    string      // "▲ +0.3%": the arrow is the direction the value moved
	deltaWord    string      // "better" or "worse", so the judgement never rests on colour
	wordX        float64     // the word's left edge, after the delta
	deltaCol     color.Color // the delta's colour
	better, same bool
	health       float64
	status       string   // ● on target, □ close, ■ off target: a shape, not only a colour
	statusStyle  ui.Style // the shape's style, made at layout (no colour boxed per frame)
	fill, bench  float64  // the value and the benchmark on the meter's own scale, 0..1
	trend        []float64
	lo, hi       float64 // the sparkline's range
}

const (
	meterX, meterW = 24.0, 700.0
	meterTop       = 124.0
	// a meter row is a pointer target at least 44 high when the setting's meters
	// fit the screen at that (every workplace but the two with 14 and 15); the
	// rows are never taller than rowMax or shorter than rowMin
	rowMax, rowMin = 46.0, 34.0
)

// Name implements Scene.
func (s *WeekScene) Name() string { return "week" }

// Layout implements Scene.
func (s *WeekScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	sess := ctx.Session
	s.step = sess.Step()
	s.h = newHeader(ctx)
	specs := make([]ui.CardSpec, len(s.step.Options))
	firstOpen := -1
	for i, o := range s.step.Options {
		specs[i] = ui.CardSpec{Title: ctx.R(o.Label), Detail: ctx.R(o.Detail), Prefix: ctx.R(o.Tag), Done: o.Done}
		if !o.Done && firstOpen < 0 {
			firstOpen = i
		}
	}
	s.m.items = inboxRows(fs, specs, ui.Rect{X: 760, Y: 124, W: 480, H: 420})
	s.cards = len(s.m.items)
	end := ui.NewPrimary(fs, ctx.T("nav.end_week"), 760, 560)
	end.Disabled = !s.step.CanGoOn
	s.end = len(s.m.items)
	s.m.items = append(s.m.items, end)
	// meters: each row opens its details
	s.meter0 = len(s.m.items)
	s.rows = s.rows[:0]
	view := sess.View()
	s.legend = fs.NewBlock(ctx.T("week.bar_hint"), ui.Small, meterW)
	n := float64(max(1, len(view.Meters())))
	s.pitch = max(rowMin, min(rowMax, math.Floor((ui.H-meterTop-s.legend.Height()-8)/n)))
	for i, d := range view.Meters() {
		v := view.Meter(d.ID)
		start := view.MeterStart(d.ID)
		r := meterRow{def: d, name: ctx.T("meter." + d.ID + ".name"), value: ctx.F(d.Arg(v)), health: d.Health(v)}
		r.same = abs(v-start) < 0.05
		r.better = d.Better(start, v)
		r.valueX = meterX + 330 - fs.Width(r.value, meterValueStyle)
		r.fill, r.bench = view.MeterGauge(d.ID)
		r.status = meterStatus(r.health)
		r.statusStyle = ui.Style{Size: 20, Bold: true, Color: ui.InkSoft}
		if r.health < 0.35 {
			r.statusStyle.Color = ui.Bad
		}
		if !r.same {
			r.delta = signedMeter(ctx, d, v-start)
			arrow := "▼ "
			if v > start {
				arrow = "▲ "
			}
			r.deltaText = arrow + r.delta
			r.deltaCol, r.deltaWord = ui.Bad, ctx.T("report.worse")
			switch {
			case d.WithinBand(start, v):
				// a move inside the target band is neither better nor worse
				r.deltaCol, r.deltaWord = ui.InkSoftC, ctx.T("report.in_band")
			case r.better:
				r.deltaCol, r.deltaWord = ui.Good, ctx.T("report.better")
			}
			r.wordX = meterX + 470 + fs.Width(r.deltaText, meterDeltaStyle) + 6
		}
		r.trend = view.MeterTrend(d.ID)
		if len(r.trend) > 1 {
			r.lo, r.hi = minOf(r.trend)-0.01, maxOf(r.trend)+0.01
		}
		s.rows = append(s.rows, r)
		// the row's target is its whole pitch; the card is drawn 2 px in from each edge
		s.m.items = append(s.m.items, ui.Button{R: ui.Rect{X: meterX, Y: meterTop + float64(i)*s.pitch, W: meterW, H: s.pitch}, Kind: ui.Quiet, Title: ui.Block{Lines: []string{""}, Style: ui.Small}})
	}
	s.m.items = withHeader(&s.h, s.m.items)
	switch {
	case firstOpen >= 0:
		s.m.focus = firstOpen
	default:
		s.m.focus = s.end
	}
	s.hint = ctx.R(s.step.Hint)
	if s.step.CanGoOn {
		s.hint = ctx.T("week.done_all")
	}
	s.stats = ctx.T("stat.stress") + " " + itoa(view.Stress()) + "/100"
	if view.Mode() == game.ModeExpress {
		s.quarter = ctx.T("week.express") // no desk work, so no quarter's end
	} else if view.Week() >= view.Weeks() {
		s.quarter = ctx.T("week.quarter_now")
	} else {
		s.quarter = ctx.T("week.quarter_in", itoa(view.Weeks()))
	}
	s.statsX = ui.W - 24 - fs.Width(s.stats, weekStatsStyle)
	s.labels = [3]string{ctx.T("week.meters"), ctx.T("meter.hint"), ctx.T("week.inbox")}
	s.keys = fs.NewBlock(ctx.T("week.keys"), ui.Small, ui.W-760-24)
	s.layoutMotion(ctx)
	s.place = weekBand(ctx, &s.h, view)
}

// jump is where the dashboard's keys send the focus (-1 for other keys): Home to
// the first open inbox card, End to End the week once it is open, M to the meters.
func (s *WeekScene) jump(in *Input) int {
	switch {
	case in.Home:
		for i := 0; i < s.cards; i++ {
			if !s.step.Options[i].Done {
				return i
			}
		}
		return s.end
	case in.End && !s.m.items[s.end].Disabled:
		return s.end
	case slices.ContainsFunc(in.Chars, func(r rune) bool { return r == 'm' || r == 'M' }) && len(s.rows) > 0:
		return s.meter0
	}
	return -1
}

var (
	meterNameStyle   = ui.Style{Size: 16, Color: ui.Ink}
	meterValueStyle  = ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	meterDeltaStyle  = ui.Style{Size: 14, Bold: true}
	meterWordStyle   = ui.Style{Size: 13}
	weekStatsStyle   = ui.Style{Size: 16, Bold: true, Color: ui.InkSoft}
	weekHintStyle    = ui.Style{Size: 17, Color: ui.InkSoft}
	weekQuarterStyle = ui.Style{Size: 15, Bold: true, Color: ui.Teal}
)

// Update implements Scene.
func (s *WeekScene) Update(ctx *Context, in *Input) error {
	s.motion.step()
	if in.Back {
		ctx.Push(&PauseScene{})
		return nil
	}
	if f := s.jump(in); f >= 0 {
		s.m.focus = f
		return nil
	}
	i := s.m.handle(in)
	switch {
	case i < 0:
	case i < s.cards:
		if s.step.Options[i].Done {
			return nil
		}
		return ctx.Do(func(g *game.Session) error { return g.Choose(i) })
	case i == s.end:
		return ctx.cueIf(sndWeek, ctx.Do((*game.Session).Confirm))
	case i >= s.meter0 && i < s.meter0+len(s.rows):
		ctx.Push(&MeterScene{ID: s.rows[i-s.meter0].def.ID})
	case i == len(s.m.items)-1:
		ctx.Push(&PauseScene{})
	}
	return nil
}

// Draw implements Scene.
func (s *WeekScene) Draw(ctx *Context, c *ui.Canvas) {
	s.h.draw(c, s.m.focus == len(s.m.items)-1)
	s.place.draw(c)
	c.Text(s.labels[0], meterX, 84, ui.H3)
	c.Text(s.labels[1], meterX+190, 90, ui.Small)
	for i, r := range s.rows {
		y := meterTop + float64(i)*s.pitch + (s.pitch-34)/2 // the row's content, centred
		b := &s.m.items[s.meter0+i]
		focused := s.m.focus == s.meter0+i
		bg := ui.CardC
		if s.m.hovered(s.meter0 + i) {
			bg = ui.CardHoverC
		}
		c.FillRect(ui.Rect{X: b.R.X, Y: b.R.Y + 2, W: b.R.W, H: b.R.H - 4}, bg)
		c.Text(r.name, meterX+10, y+6, meterNameStyle)
		val, vx := s.motion.value(i)
		c.Text(val, vx, y+6, meterValueStyle)
		barCol := ui.TealLightC
		if r.health < 0.35 {
			barCol = ui.BadC
		}
		bar := ui.Rect{X: meterX + 345, Y: y + 10, W: 110, H: 10}
		ui.Bar(c, bar, s.motion.fill(i, r.fill), barCol)
		c.Text(r.status, meterX+456, y+1, r.statusStyle)
		// the benchmark: a tick across the bar
		c.FillRect(ui.Rect{X: bar.X + bar.W*r.bench - 1, Y: bar.Y - 4, W: 2, H: bar.H + 8}, ui.InkC)
		if r.deltaText != "" {
			c.Text(r.deltaText, meterX+470, y+7, ui.Style{Size: meterDeltaStyle.Size, Bold: true, Color: r.deltaCol})
			c.Text(r.deltaWord, r.wordX, y+8, ui.Style{Size: meterWordStyle.Size, Color: r.deltaCol})
		}
		if !s.motion.chip(c, i, y) && len(r.trend) > 1 {
			ui.Sparkline(c, ui.Rect{X: meterX + 610, Y: y + 4, W: 80, H: 22}, r.trend, r.lo, r.hi)
		}
		if focused {
			ui.FocusRing(c, b.R)
		}
	}
	c.Block(s.legend, meterX, meterTop+float64(len(s.rows))*s.pitch+2)
	c.Text(s.labels[2], 760, 84, ui.H3)
	s.motion.cal.draw(c)
	c.Text(s.stats, s.statsX, 90, weekStatsStyle)
	for i := 0; i <= s.end; i++ {
		s.m.items[i].Draw(c, s.m.focus == i, s.m.hovered(i))
	}
	c.Text(s.hint, 760, 622, weekHintStyle)
	c.Text(s.quarter, 760, 650, weekQuarterStyle)
	c.Block(s.keys, 760, 678)
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func minOf(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		if x < m {
			m = x
		}
	}
	return m
}

func maxOf(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		if x > m {
			m = x
		}
	}
	return m
}

// inboxRows lays the inbox out as one column of equal rows, whatever the number of
// items: a day tag, the title (two lines at most) and who is asking.
func inboxRows(fs *ui.Fonts, specs []ui.CardSpec, area ui.Rect) []ui.Button {
	n := len(specs)
	if n == 0 {
		return nil
	}
	gap := 8.0
	h := (area.H - gap*float64(n-1)) / float64(n)
	if h > 96 {
		h = 96
	}
	title := ui.Style{Size: 18, Bold: true, Color: ui.Ink}
	who := ui.Style{Size: 15, Color: ui.InkSoft}
	if h < 76 {
		title.Size = 16
	}
	textW := area.W - 2*14 - 56 - 30
	out := make([]ui.Button, n)
	for i, sp := range specs {
		b := ui.Button{Kind: ui.CardKind, Done: sp.Done}
		b.SetPrefix(fs, sp.Prefix)
		b.R = ui.Rect{X: area.X, Y: area.Y + float64(i)*(h+gap), W: area.W, H: h}
		b.Title = fs.NewBlock(sp.Title, title, textW)
		if len(b.Title.Lines) > 2 {
			b.Title.Lines = append(b.Title.Lines[:1:1], b.Title.Lines[1]+"…")
			b.Title.Widths = append(b.Title.Widths[:1:1], fs.Width(b.Title.Lines[1], title))
		}
		if b.Title.Height()+fs.LineHeight(who)+28 <= h && sp.Detail != "" {
			b.Detail = fs.NewBlock(sp.Detail, who, textW)
			b.Detail.Lines, b.Detail.Widths = b.Detail.Lines[:1], b.Detail.Widths[:1]
		}
		out[i] = b
	}
	return out
}

// meterStatus is the meter's state as a shape (the legend says which is which):
// ● on or past its benchmark, □ close to it, ■ well off it (the bar turns red too).
func meterStatus(health float64) string {
	switch {
	case health < 0.35:
		return "■"
	case health < 0.6:
		return "□"
	}
	return "●"
}

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
	cols    meterCols
	hint    ui.Block // what to do now, under End the week
	stats   string
	statsX  float64
	statsY  float64
	quarter ui.Block
	labels  [3]string // "Facility", the meter hint and "Inbox", looked up at layout
	help    ui.Block  // the meter hint, beside the heading or under it
	helpX   float64
	helpY   float64
	legend  ui.Block // how to read a bar and an arrow, wrapped under the meters
	legendY float64
	keys    ui.Block // the key hint under the inbox
	hintY   float64
	quartY  float64
	keysY   float64

	motion weekMotion // meters moving to their new values, the calendar (motion.go)
	place  placeBand  // the workplace in the header, with its meters' signs (places.go)
}

type meterRow struct {
	def          *game.MeterDef
	name, value  string
	nameB        ui.Block // the name, wrapped over the row's full width when stacked
	delta        string
	deltaText    string      // "▲ +0.3%": the arrow is the direction the value moved
	deltaWord    string      // "better" or "worse", so the judgement never rests on colour
	deltaW       float64     // the delta's width, measured at layout
	deltaCol     color.Color // the delta's colour
	better, same bool
	health       float64
	status       string   // ● on target, □ close, ■ off target: a shape, not only a colour
	statusStyle  ui.Style // the shape's style, made at layout (no colour boxed per frame)
	fill, bench  float64  // the value and the benchmark on the meter's own scale, 0..1
	trend        []float64
	lo, hi       float64 // the sparkline's range
	y, h         float64 // the row's rectangle (its pointer target)
	line         float64 // the middle of the row's line of gauges, from the row's top
}

// meterCols are the meter rows' columns, from measured widths: name, value
// (right-aligned), bar, status shape, change and sparkline. When the names do not
// fit beside the gauges (a large text size), each row is stacked: its name on top,
// over the row's full width, the gauges on a line under it.
type meterCols struct {
	stacked                        bool
	valueR, barX, barW, statusX    float64
	deltaX, sparkX, sparkW         float64
	nameDY, valueDY, statusDY      float64 // each text's top, from the line's middle
	deltaDY, wordDY, chipDY, chipH float64
	nameLH                         float64
}

const (
	meterX, meterW = 24.0, 700.0
	meterTop       = 124.0
	// a meter row is a pointer target at least 44 high (rowMin); when the
	// setting's meters fit the screen the rows may be a little taller (rowMax). A
	// hospital's 15 meters make the page scroll a little.
	rowMax, rowMin = 46.0, 44.0
	inboxX, inboxW = 760.0, 480.0
)

var meterStatusStyle = ui.Style{Size: 20, Bold: true}

// Name implements Scene.
func (s *WeekScene) Name() string { return "week" }

// Layout implements Scene.
func (s *WeekScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	sess := ctx.Session
	s.step = sess.Step()
	s.h = newHeader(ctx)
	// the player, left of their name, with the face last week's meters give them
	s.h.addFace(fs, sess.View().PlayerCharacter(), sess.View().WeekMood())
	firstOpen := -1
	for i, o := range s.step.Options {
		if !o.Done && firstOpen < 0 {
			firstOpen = i
		}
	}
	view := sess.View()
	s.labels = [3]string{ctx.T("week.meters"), ctx.T("meter.hint"), ctx.T("week.inbox")}
	s.rows = s.rows[:0]
	for _, d := range view.Meters() {
		v := view.Meter(d.ID)
		start := view.MeterStart(d.ID)
		r := meterRow{def: d, name: ctx.T("meter." + d.ID + ".name"), value: ctx.F(d.Arg(v)), health: d.Health(v)}
		r.same = abs(v-start) < 0.05
		r.better = d.Better(start, v)
		r.fill, r.bench = view.MeterGauge(d.ID)
		r.status = meterStatus(r.health)
		r.statusStyle = ui.Style{Size: meterStatusStyle.Size, Bold: true, Color: ui.InkSoft}
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
			r.deltaW = fs.Width(r.deltaText, meterDeltaStyle)
		}
		r.trend = view.MeterTrend(d.ID)
		if len(r.trend) > 1 {
			r.lo, r.hi = minOf(r.trend)-0.01, maxOf(r.trend)+0.01
		}
		s.rows = append(s.rows, r)
	}
	s.legend = fs.NewBlock(ctx.T("week.bar_hint"), ui.Small, meterW)
	s.layoutMotion(ctx)
	s.place = weekBand(ctx, &s.h, view)
	s.layoutMeters(fs)

	// the inbox: its heading, the calendar beside it and the stress at the right
	// (under the heading when the three do not fit on one line)
	s.stats = ctx.T("stat.stress") + " " + itoa(view.Stress()) + "/100"
	statsW := fs.Width(s.stats, weekStatsStyle)
	s.statsX, s.statsY = ui.W-24-statsW, 90
	cal := &s.motion.cal
	statsH := fs.LineHeight(weekStatsStyle)
	switch {
	case cal.x+cal.w > ui.W-24:
		// the calendar under the heading, the stress beside it
		cal.x, cal.y = inboxX, 84+fs.LineHeight(ui.H3)+4
		s.statsX, s.statsY = cal.x+cal.w+20, cal.y+(cal.h-statsH)/2
	case cal.x+cal.w+20 > s.statsX:
		s.statsX, s.statsY = inboxX, max(84+fs.LineHeight(ui.H3), cal.y+cal.h+6)
	}
	inboxTop := max(meterTop, cal.y+cal.h+6, s.statsY+statsH+8)
	specs := make([]ui.CardSpec, len(s.step.Options))
	for i, o := range s.step.Options {
		specs[i] = ui.CardSpec{Title: ctx.R(o.Label), Detail: ctx.R(o.Detail), Prefix: ctx.R(o.Tag), Done: o.Done}
	}
	var inboxBottom float64
	s.m.items, inboxBottom = inboxRows(fs, specs, ui.Rect{X: inboxX, Y: inboxTop, W: inboxW, H: 420})
	s.cards = len(s.m.items)
	end := ui.NewPrimary(fs, ctx.T("nav.end_week"), inboxX, max(560, inboxBottom+16))
	end.Disabled = !s.step.CanGoOn
	s.end = len(s.m.items)
	s.m.items = append(s.m.items, end)
	// meters: each row opens its details
	s.meter0 = len(s.m.items)
	for _, r := range s.rows {
		s.m.items = append(s.m.items, ui.Button{R: ui.Rect{X: meterX, Y: r.y, W: meterW, H: r.h}, Kind: ui.Quiet, Title: ui.Block{Lines: []string{""}, Style: ui.Small}})
	}
	s.m.items = withHeader(&s.h, s.m.items)
	switch {
	case firstOpen >= 0:
		s.m.focus = firstOpen
	default:
		s.m.focus = s.end
	}
	hint := ctx.R(s.step.Hint)
	if s.step.CanGoOn {
		hint = ctx.T("week.done_all")
	}
	if view.Mode() == game.ModeExpress {
		s.quarter = fs.NewBlock(ctx.T("week.express"), weekQuarterStyle, inboxW) // no desk work, so no quarter's end
	} else if view.Week() >= view.Weeks() {
		s.quarter = fs.NewBlock(ctx.T("week.quarter_now"), weekQuarterStyle, inboxW)
	} else {
		s.quarter = fs.NewBlock(ctx.T("week.quarter_in", itoa(view.Weeks())), weekQuarterStyle, inboxW)
	}
	s.hint = fs.NewBlock(hint, weekHintStyle, ui.W-inboxX-24)
	s.keys = fs.NewBlock(ctx.T("week.keys"), ui.Small, ui.W-inboxX-24)
	s.hintY = max(622, end.R.Y+end.R.H+12)
	s.quartY = s.hintY + s.hint.Height() + 5
	s.keysY = s.quartY + s.quarter.Height() + 8
}

// layoutMeters places the meters' heading and rows: columns from the widest
// name, value, change and chip, rows as tall as their text (44 at least).
func (s *WeekScene) layoutMeters(fs *ui.Fonts) {
	// the heading, and the hint beside it (under it when it does not fit)
	s.helpX, s.helpY = meterX+max(190, fs.Width(s.labels[0], ui.H3)+24), 90
	s.help = fs.NewBlock(s.labels[1], ui.Small, meterX+meterW-s.helpX)
	if len(s.help.Lines) > 1 {
		s.helpX, s.helpY = meterX, 84+fs.LineHeight(ui.H3)+2
		s.help = fs.NewBlock(s.labels[1], ui.Small, meterW)
	}
	top := max(meterTop, s.helpY+s.help.Height()+10)
	if s.helpY == 90 {
		top = meterTop
	}

	var nameW, valueW, statusW, deltaW, chipW float64
	for i, r := range s.rows {
		nameW = max(nameW, fs.Width(r.name, meterNameStyle))
		statusW = max(statusW, fs.Width(r.status, meterStatusStyle))
		if r.deltaText != "" {
			deltaW = max(deltaW, r.deltaW+6+fs.Width(r.deltaWord, meterWordStyle))
		}
		m := &s.motion.moves[i]
		for _, w := range m.valWs {
			valueW = max(valueW, w)
		}
		chipW = max(chipW, m.chipW)
	}
	c := &s.cols
	*c = meterCols{barW: 110, sparkW: max(88, chipW+12)}
	right := meterX + meterW - 6
	place := func(valueR, minSpark float64) bool {
		c.valueR = valueR
		c.barX = valueR + 15
		c.statusX = c.barX + c.barW + 1
		c.deltaX = c.statusX + max(14, statusW+6)
		c.sparkX = max(minSpark, c.statusX+statusW+10)
		if deltaW > 0 {
			c.sparkX = max(minSpark, c.deltaX+deltaW+10)
		}
		return c.sparkX+c.sparkW <= right
	}
	if !place(max(meterX+330, meterX+10+nameW+12+valueW), meterX+606) {
		c.stacked = true
		if !place(meterX+10+valueW, right-c.sparkW) {
			c.barW = max(40, c.barW-(c.sparkX+c.sparkW-right)) // a shorter bar
			place(meterX+10+valueW, right-c.sparkW)
		}
	}
	// the line of gauges: as tall as its tallest text
	chipSt := ui.Style{Size: 13, Bold: true}
	c.chipH = max(24, fs.LineHeight(chipSt)+6)
	c.nameLH = fs.LineHeight(meterNameStyle)
	lh := max(c.nameLH, fs.LineHeight(meterValueStyle), fs.LineHeight(meterStatusStyle), fs.LineHeight(meterDeltaStyle), c.chipH)
	c.nameDY = -c.nameLH / 2
	c.valueDY = -fs.LineHeight(meterValueStyle) / 2
	c.statusDY = -fs.LineHeight(meterStatusStyle)/2 - 2
	c.deltaDY = -fs.LineHeight(meterDeltaStyle) / 2
	c.wordDY = -fs.LineHeight(meterWordStyle)/2 + 1
	c.chipDY = -fs.LineHeight(chipSt) / 2
	for i := range s.motion.moves {
		m := &s.motion.moves[i]
		m.chipX = c.sparkX + (c.sparkW-m.chipW)/2
	}
	s.motion.valueR = c.valueR

	// rows: a little taller than 44 when all the meters fit the window
	n := float64(max(1, len(s.rows)))
	pitch := max(rowMin, min(rowMax, math.Floor((ui.H-top-s.legend.Height()-8)/n)))
	y := top
	for i := range s.rows {
		r := &s.rows[i]
		if c.stacked {
			r.nameB = fs.NewBlock(r.name, meterNameStyle, meterW-20)
			content := 4 + r.nameB.Height() + lh + 4
			r.h = max(pitch, content+4)
			r.line = 2 + 4 + r.nameB.Height() + lh/2
		} else {
			r.h = max(pitch, lh+8+4)
			r.line = r.h / 2
		}
		r.y = y
		y += r.h
	}
	s.legendY = y + 2
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
	c.Block(s.help, s.helpX, s.helpY)
	k := &s.cols
	for i, r := range s.rows {
		mid := r.y + r.line // the middle of the row's line of gauges
		b := &s.m.items[s.meter0+i]
		focused := s.m.focus == s.meter0+i
		bg := ui.CardC
		if s.m.hovered(s.meter0 + i) {
			bg = ui.CardHoverC
		}
		c.FillRect(ui.Rect{X: b.R.X, Y: b.R.Y + 2, W: b.R.W, H: b.R.H - 4}, bg)
		if k.stacked {
			c.Block(r.nameB, meterX+10, r.y+6)
		} else {
			c.Text(r.name, meterX+10, mid+k.nameDY, meterNameStyle)
		}
		val, vx := s.motion.value(i)
		c.Text(val, vx, mid+k.valueDY, meterValueStyle)
		barCol := ui.TealLightC
		if r.health < 0.35 {
			barCol = ui.BadC
		}
		bar := ui.Rect{X: k.barX, Y: mid - 5, W: k.barW, H: 10}
		ui.Bar(c, bar, s.motion.fill(i, r.fill), barCol)
		c.Text(r.status, k.statusX, mid+k.statusDY, r.statusStyle)
		// the benchmark: a tick across the bar
		c.FillRect(ui.Rect{X: bar.X + bar.W*r.bench - 1, Y: bar.Y - 4, W: 2, H: bar.H + 8}, ui.InkC)
		if r.deltaText != "" {
			c.Text(r.deltaText, k.deltaX, mid+k.deltaDY, ui.Style{Size: meterDeltaStyle.Size, Bold: true, Color: r.deltaCol})
			c.Text(r.deltaWord, k.deltaX+r.deltaW+6, mid+k.wordDY, ui.Style{Size: meterWordStyle.Size, Color: r.deltaCol})
		}
		if !s.motion.chip(c, i, mid, k) && len(r.trend) > 1 {
			ui.Sparkline(c, ui.Rect{X: k.sparkX + 4, Y: mid - 11, W: k.sparkW - 8, H: 22}, r.trend, r.lo, r.hi)
		}
		if focused {
			ui.FocusRing(c, b.R)
		}
	}
	c.Block(s.legend, meterX, s.legendY)
	c.Text(s.labels[2], inboxX, 84, ui.H3)
	s.motion.cal.draw(c)
	c.Text(s.stats, s.statsX, s.statsY, weekStatsStyle)
	for i := 0; i <= s.end; i++ {
		s.m.items[i].Draw(c, s.m.focus == i, s.m.hovered(i))
	}
	c.Block(s.hint, inboxX, s.hintY)
	c.Block(s.quarter, inboxX, s.quartY)
	c.Block(s.keys, inboxX, s.keysY)
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
// items: a day tag, the title (two lines at most, three at a large text size) and
// who is asking. The rows
// share the area's height, and grow with the text size when their words need it;
// it returns the rows and the bottom of the last.
func inboxRows(fs *ui.Fonts, specs []ui.CardSpec, area ui.Rect) ([]ui.Button, float64) {
	n := len(specs)
	if n == 0 {
		return nil, area.Y
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
	maxLines := 2 // three at a large text size, where two hold only a few words
	if fs.TextScale() > 1.3 {
		maxLines = 3
	}
	out := make([]ui.Button, n)
	for i, sp := range specs {
		b := ui.Button{Kind: ui.CardKind, Done: sp.Done}
		b.SetPrefix(fs, sp.Prefix)
		textW := area.W - 2*14 - max(46, b.PrefixW+16) - 10 - 30
		b.Title = fs.NewBlock(sp.Title, title, textW)
		if k := maxLines; len(b.Title.Lines) > k {
			b.Title.Lines = append(b.Title.Lines[:k-1:k-1], b.Title.Lines[k-1]+"…")
			b.Title.Widths = append(b.Title.Widths[:k-1:k-1], fs.Width(b.Title.Lines[k-1], title))
		}
		// the row is tall enough for the title and the day tag
		h = max(h, b.Title.Height()+28, fs.LineHeight(ui.Style{Size: 15, Bold: true})+4+28)
		out[i] = b
	}
	for i, sp := range specs {
		b := &out[i]
		b.R = ui.Rect{X: area.X, Y: area.Y + float64(i)*(h+gap), W: area.W, H: h}
		if b.Title.Height()+fs.LineHeight(who)+28 <= h && sp.Detail != "" {
			textW := area.W - 2*14 - max(46, b.PrefixW+16) - 10 - 30
			b.Detail = fs.NewBlock(sp.Detail, who, textW)
			b.Detail.Lines, b.Detail.Widths = b.Detail.Lines[:1], b.Detail.Widths[:1]
		}
	}
	return out, area.Y + float64(n)*(h+gap) - gap
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

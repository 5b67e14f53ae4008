package scenes

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// Motion that means something (issue 14): tweens counted in ticks (60 a second),
// advanced by a scene's Update and read by its Draw. Their state lives in the scene
// (or the app), never in the save; reduced motion starts every tween at its end.
// Nothing here allocates per frame: a tween is a few numbers, and the strings an
// animation shows are formatted at layout (stops).

const (
	meterTicks    = 30  // a meter's value moves old → new in 0.5 s
	chipTicks     = 150 // its change stays beside it for 2.5 s, then the sparkline is back
	flipTicks     = 24  // the calendar page turns in 0.4 s
	crossTicks    = 9   // screens cross-fade in 0.15 s (tests settle in 10 ticks)
	eventTicks    = 30  // a delayed consequence's card slides in over 0.5 s
	eventStagger  = 8   // each further card starts this many ticks later
	maxMeterStops = 12  // a moving value shows at most this many distinct strings
)

// tween runs from 0 to 1 over n ticks, after wait ticks.
type tween struct {
	t, n, wait int
}

// start runs the tween from its beginning; with reduced motion it is at its end at once.
func (tw *tween) start(n, wait int, reduced bool) {
	tw.t, tw.n, tw.wait = 0, n, wait
	if reduced {
		tw.finish()
	}
}

// step advances one tick.
func (tw *tween) step() {
	if tw.t < tw.n+tw.wait {
		tw.t++
	}
}

// finish jumps to the end.
func (tw *tween) finish() { tw.t = tw.n + tw.wait }

// done reports whether the tween has reached its end (a zero tween is done).
func (tw *tween) done() bool { return tw.t >= tw.n+tw.wait }

// linear is the tween's progress, 0..1, before easing.
func (tw *tween) linear() float64 {
	if tw.n <= 0 || tw.done() {
		return 1
	}
	p := float64(tw.t-tw.wait) / float64(tw.n)
	return clamp01(p)
}

// out is the progress eased out (fast, then settling).
func (tw *tween) out() float64 { return easeOutCubic(tw.linear()) }

func clamp01(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}

// easeOutCubic starts fast and settles gently: 0 → 0, 1 → 1.
func easeOutCubic(x float64) float64 {
	x = clamp01(x)
	y := 1 - x
	return 1 - y*y*y
}

// easeInOutQuad starts and ends gently.
func easeInOutQuad(x float64) float64 {
	x = clamp01(x)
	if x < 0.5 {
		return 2 * x * x
	}
	y := -2*x + 2
	return 1 - y*y/2
}

// lerp is a + (b-a)·t.
func lerp(a, b, t float64) float64 { return a + (b-a)*t }

// stops are the strings a moving number shows on its way from old to new, made at
// layout: the first is the old value, the last the new one.
type stops []string

// at picks the string for progress p (0..1).
func (s stops) at(p float64) string {
	if len(s) == 0 {
		return ""
	}
	i := int(clamp01(p)*float64(len(s)-1) + 0.5)
	return s[i]
}

// makeStops formats n evenly spaced values from a to b (n ≥ 2), dropping repeats.
func makeStops(a, b float64, n int, format func(float64) string) stops {
	n = max(2, n)
	out := make(stops, 0, n)
	for i := 0; i < n; i++ {
		s := format(lerp(a, b, float64(i)/float64(n-1)))
		if len(out) == 0 || out[len(out)-1] != s {
			out = append(out, s)
		}
	}
	return out
}

// meterMotion remembers, for the run on screen, the meter values and the week the
// player last saw, so the next dashboard can move from them. It lives in the
// Context (never in the save) and starts again with a new run.
type meterMotion struct {
	sess *game.Session
	seen map[string]float64
	week int
}

// look returns the value last shown for meter id (ok false when none was) and
// records v as shown.
func (m *meterMotion) look(sess *game.Session, id string, v float64) (old float64, ok bool) {
	m.reset(sess)
	old, ok = m.seen[id]
	m.seen[id] = v
	return old, ok
}

// turn returns the week last shown (0 when none) and records week as shown.
func (m *meterMotion) turn(sess *game.Session, week int) int {
	m.reset(sess)
	old := m.week
	m.week = week
	return old
}

func (m *meterMotion) reset(sess *game.Session) {
	if m.sess != sess || m.seen == nil {
		*m = meterMotion{sess: sess, seen: map[string]float64{}}
	}
}

// chipColors are a change chip's backgrounds, boxed once.
var (
	chipGood  color.Color = color.NRGBA{0xdf, 0xf0, 0xe4, 0xff}
	chipBad   color.Color = color.NRGBA{0xf7, 0xde, 0xd9, 0xff}
	chipFlat  color.Color = color.NRGBA{0xe8, 0xe6, 0xe0, 0xff}
	calPaper  color.Color = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	calShadow color.Color = color.NRGBA{0xd6, 0xd1, 0xc6, 0xff}
)

// calendar is the small page on the dashboard that turns when a week begins.
type calendar struct {
	flip     tween
	old, now string // the week numbers, formatted at layout
	label    string // "Week"
	x, y     float64
	w, h     float64 // the page, larger with the text size
	strip    float64 // the binding strip the label sits on
	labelDY  float64 // the label's top, from the page's top
}

const calW, calH = 52.0, 50.0

var (
	calLabelStyle = ui.Style{Size: 11, Bold: true, Color: ui.White}
	calNumStyle   = ui.Style{Size: 22, Bold: true, Color: ui.Ink}
)

// draw draws the page: while it turns, the old page folds up over the top edge and
// the new one shows beneath it.
func (k *calendar) draw(c *ui.Canvas) {
	if k.now == "" {
		return
	}
	x, y := k.x, k.y
	c.FillRect(ui.Rect{X: x + 3, Y: y + 3, W: k.w, H: k.h}, calShadow)
	k.page(c, k.now, y, k.h)
	if k.flip.done() {
		return
	}
	// the old page: its height shrinks towards the binding as it turns away
	h := k.h * (1 - easeInOutQuad(k.flip.linear()))
	if h < 1 {
		return
	}
	c.FillRect(ui.Rect{X: x, Y: y, W: k.w, H: h}, calPaper)
	c.StrokeRect(ui.Rect{X: x, Y: y, W: k.w, H: h}, 1, ui.InkSoftC)
	c.FillRect(ui.Rect{X: x, Y: y, W: k.w, H: min(h, k.strip)}, ui.TealC)
	if h > k.h*0.7 { // the number shows while the page still faces the player
		c.TextCenter(k.old, x+k.w/2, y+k.strip+2, calNumStyle)
	}
}

func (k *calendar) page(c *ui.Canvas, num string, y, h float64) {
	c.FillRect(ui.Rect{X: k.x, Y: y, W: k.w, H: h}, calPaper)
	c.StrokeRect(ui.Rect{X: k.x, Y: y, W: k.w, H: h}, 1, ui.InkSoftC)
	c.FillRect(ui.Rect{X: k.x, Y: y, W: k.w, H: k.strip}, ui.TealC)
	c.TextCenter(k.label, k.x+k.w/2, y+k.labelDY, calLabelStyle)
	c.TextCenter(num, k.x+k.w/2, y+k.strip+2, calNumStyle)
}

// meterMove is a dashboard row's motion: the value counting from what the player
// last saw to now, the bar filling with it, and the change beside it in a chip.
type meterMove struct {
	vals   stops     // old → new, formatted at layout
	valWs  []float64 // each stop's width, measured at layout
	fill0  float64   // the bar's old fill
	chip   string    // "▲ +3": the change since the player last saw the meter
	chipW  float64   // its width, measured at layout
	chipX  float64   // its left edge, centred in the sparkline's column
	chipBg color.Color
	chipSt ui.Style
}

// weekMotion is the dashboard's motion state: one clock for the meters, one for
// the chips, and the calendar.
type weekMotion struct {
	moves  []meterMove // parallel to the rows
	valueR float64     // the values' right edge (the dashboard's columns)
	meter  tween
	chips  tween
	cal    calendar
}

// layoutMotion sets the dashboard's motion up at layout: each meter moves from the
// value the player last saw, and the calendar turns when the week is new.
func (s *WeekScene) layoutMotion(ctx *Context) {
	sess, view := ctx.Session, ctx.Session.View()
	mo := &s.motion
	reduced := ctx.Prefs.ReducedMotion
	mo.moves = mo.moves[:0]
	moving := false
	for _, r := range s.rows {
		d := r.def
		v := view.Meter(d.ID)
		m := meterMove{vals: stops{r.value}, valWs: []float64{ctx.Fonts.Width(r.value, meterValueStyle)}, fill0: r.fill}
		if old, ok := ctx.motion.look(sess, d.ID, v); ok && abs(v-old) >= 0.05 && !reduced {
			moving = true
			m.vals = makeStops(old, v, maxMeterStops, func(x float64) string { return ctx.F(d.Arg(x)) })
			m.vals[len(m.vals)-1] = r.value // the last stop is exactly the value at rest
			m.valWs = make([]float64, len(m.vals))
			for i, sv := range m.vals {
				m.valWs[i] = ctx.Fonts.Width(sv, meterValueStyle)
			}
			if d.Max > d.Min {
				m.fill0 = (d.Clamp(old) - d.Min) / (d.Max - d.Min)
			}
			arrow := "▼ "
			if v > old {
				arrow = "▲ "
			}
			m.chip = arrow + signedMeter(ctx, d, v-old)
			m.chipSt = ui.Style{Size: 13, Bold: true, Color: ui.Bad}
			m.chipBg = chipBad
			switch {
			case d.WithinBand(old, v):
				m.chipSt.Color, m.chipBg = ui.InkSoft, chipFlat
			case d.Better(old, v):
				m.chipSt.Color, m.chipBg = ui.Good, chipGood
			}
			m.chipW = ctx.Fonts.Width(m.chip, m.chipSt)
		}
		mo.moves = append(mo.moves, m)
	}
	mo.meter.start(meterTicks, 0, reduced || !moving)
	mo.chips.start(chipTicks, 0, reduced || !moving)
	week := view.Week()
	// beside the inbox's heading, its size following the text size
	// (the week's layout moves it under the heading when it does not fit there)
	fs := ctx.Fonts
	label := ctx.T("motion.calendar")
	strip := max(fs.S(14), fs.LineHeight(calLabelStyle))
	mo.cal = calendar{label: label, now: itoa(week), x: inboxX + fs.Width(ctx.T("week.inbox"), ui.H3) + 20, y: 72,
		w: max(fs.S(calW), fs.Width(label, calLabelStyle)+8), h: fs.S(calH) + strip - fs.S(14), strip: strip,
		labelDY: (strip - fs.LineHeight(calLabelStyle)) / 2}
	old := ctx.motion.turn(sess, week)
	mo.cal.flip.start(flipTicks, 0, reduced || old == 0 || old == week)
	if old != 0 {
		mo.cal.old = itoa(old)
	}
}

// step advances the dashboard's motion one tick (from Update: input is never held).
func (mo *weekMotion) step() {
	mo.meter.step()
	mo.chips.step()
	mo.cal.flip.step()
}

// value is row i's value and its left edge this frame.
func (mo *weekMotion) value(i int) (string, float64) {
	m := &mo.moves[i]
	p := mo.meter.out()
	k := int(clamp01(p)*float64(len(m.vals)-1) + 0.5)
	return m.vals[k], mo.valueR - m.valWs[k]
}

// fill is row i's bar this frame.
func (mo *weekMotion) fill(i int, to float64) float64 {
	return lerp(mo.moves[i].fill0, to, mo.meter.out())
}

// chip draws row i's change chip in the sparkline's place; false when there is none.
// mid is the middle of the row's line of gauges.
func (mo *weekMotion) chip(c *ui.Canvas, i int, mid float64, k *meterCols) bool {
	m := &mo.moves[i]
	if m.chip == "" || mo.chips.done() {
		return false
	}
	c.FillRect(ui.Rect{X: k.sparkX, Y: mid - k.chipH/2, W: k.sparkW, H: k.chipH}, m.chipBg)
	c.Text(m.chip, m.chipX, mid+k.chipDY, m.chipSt)
	return true
}

// crossFade keeps one offscreen copy of the old screen's last frame (reused from
// one change of screen to the next, made again only when the window's size
// changes) and draws it over the new screen, fading out.
type crossFade struct {
	prev *ebiten.Image
	t    tween
	op   ebiten.DrawImageOptions
}

// begin paints the screens still on the stack into the copy and starts the fade.
func (x *crossFade) begin(a *App) {
	w, h := a.frame.SW, a.frame.SH
	if x.prev == nil || x.prev.Bounds().Dx() != w || x.prev.Bounds().Dy() != h {
		if x.prev != nil {
			x.prev.Deallocate()
		}
		x.prev = ebiten.NewImage(w, h)
	}
	a.paint(x.prev, false)
	x.t.start(crossTicks, 0, false)
}

// draw lays the old frame over the new one, less of it each tick; it reports
// whether it drew.
func (x *crossFade) draw(screen *ebiten.Image) bool {
	if x.t.done() || x.prev == nil || x.prev.Bounds() != screen.Bounds() {
		return false
	}
	x.op.GeoM.Reset()
	x.op.ColorScale.Reset()
	x.op.ColorScale.ScaleAlpha(float32(1 - easeInOutQuad(x.t.linear())))
	screen.DrawImage(x.prev, &x.op)
	return true
}

// Transition is how many ticks of the cross-fade are left (0: none is running).
func (a *App) Transition() int {
	if a.cross.t.done() {
		return 0
	}
	return a.cross.t.n + a.cross.t.wait - a.cross.t.t
}

// outcomeMotion is the debrief's motion: each meter's change counts up beside it,
// and a delayed consequence that landed arrives on its own card, sliding in.
type outcomeMotion struct {
	isEvent []bool // parallel to the debrief's lines: a landed consequence's message or why
	cards   []eventCard
	last    int // the line the last card ended on
	amounts []amountMove
	count   tween
}

type eventCard struct {
	r      ui.Rect
	tag    string
	blocks []ui.Block
	ys     []float64
	slide  tween
}

type amountMove struct {
	vals stops
	xs   []float64
	y    float64
	st   ui.Style
}

const (
	cardPad, cardGap, cardTag = 10.0, 12.0, 24.0
	cardSlide                 = 48.0 // a card slides this far, from the left
)

var eventTagStyle = ui.Style{Size: 14, Bold: true, Color: ui.Teal}

// events marks which of the debrief's lines are delayed consequences landing now.
func (m *outcomeMotion) events(ctx *Context, out *game.Outcome, lines []ui.Block) {
	m.isEvent, m.cards, m.amounts, m.last = m.isEvent[:0], m.cards[:0], m.amounts[:0], -2
	if ctx.Session == nil || out == nil {
		return
	}
	landed := ctx.Session.View().Landed()
	if len(landed) == 0 {
		return
	}
	said := map[string]bool{}
	for _, e := range landed {
		said[ctx.R(e.Title)] = true
		said[ctx.R(e.Why)] = true
	}
	n := len(lines)
	if n != len(out.Lines) {
		n-- // the last line says how many more there are
	}
	for i := 0; i < n && i < len(out.Lines); i++ {
		m.isEvent = append(m.isEvent, said[ctx.R(out.Lines[i])])
	}
}

// place puts line i on an event card when it is one, and returns the height used.
func (m *outcomeMotion) place(i int, b ui.Block, x, y float64) (float64, bool) {
	if i >= len(m.isEvent) || !m.isEvent[i] {
		return 0, false
	}
	if m.last == i-1 && len(m.cards) > 0 {
		// the same card goes on: its "because" under its message
		k := &m.cards[len(m.cards)-1]
		by := y - cardPad - cardGap + 4
		k.blocks, k.ys = append(k.blocks, b), append(k.ys, by)
		k.r.H = by + b.Height() + cardPad - k.r.Y
		m.last = i
		return b.Height() + 4, true
	}
	k := eventCard{r: ui.Rect{X: x - 12, Y: y, W: 704}, tag: "", blocks: []ui.Block{b}, ys: []float64{y + cardTag + 4}}
	k.r.H = cardTag + 4 + b.Height() + cardPad
	m.cards = append(m.cards, k)
	m.last = i
	return k.r.H + cardGap, true
}

// amount sets a meter row's change up to count from zero; false for other rows.
func (m *outcomeMotion) amount(ctx *Context, r changeRow, right, y float64, col color.Color) bool {
	d := game.Meter(r.ch.Target)
	if d == nil {
		return false
	}
	arrow := "▼ "
	if r.ch.Delta > 0 {
		arrow = "▲ "
	}
	a := amountMove{y: y, st: ui.Style{Size: 17, Bold: true, Color: col}}
	a.vals = makeStops(0, r.ch.Delta, maxMeterStops, func(x float64) string { return arrow + ctx.F(d.SignedArg(x)) })
	a.vals[len(a.vals)-1] = arrow + r.amount
	for zero := arrow + ctx.F(d.SignedArg(0)); len(a.vals) > 1 && a.vals[0] == zero; {
		a.vals = a.vals[1:] // the count starts at the first step that is not zero
	}
	for _, v := range a.vals {
		a.xs = append(a.xs, right-ctx.Fonts.Width(v, a.st))
	}
	m.amounts = append(m.amounts, a)
	return true
}

// start runs the motion: after the cross-fade, the amounts count and the cards
// slide in one after the other; with reduced motion all is at rest at once.
func (m *outcomeMotion) start(ctx *Context) {
	reduced := ctx.Prefs.ReducedMotion
	m.count.start(meterTicks, crossTicks/2, reduced)
	tag := ctx.T("motion.event")
	for k := range m.cards {
		m.cards[k].tag = tag
		m.cards[k].slide.start(eventTicks, crossTicks/2+k*eventStagger, reduced)
	}
}

// step advances one tick (from Update: input is never held).
func (m *outcomeMotion) step() {
	m.count.step()
	for k := range m.cards {
		m.cards[k].slide.step()
	}
}

// draw draws the counting amounts and the event cards.
func (m *outcomeMotion) draw(c *ui.Canvas) {
	p := m.count.out()
	for i := range m.amounts {
		a := &m.amounts[i]
		k := int(clamp01(p)*float64(len(a.vals)-1) + 0.5)
		c.Text(a.vals[k], a.xs[k], a.y, a.st)
	}
	for i := range m.cards {
		k := &m.cards[i]
		if k.slide.t < k.slide.wait && !k.slide.done() {
			continue // not yet arrived
		}
		dx := -cardSlide * (1 - k.slide.out())
		r := k.r
		r.X += dx
		c.FillRect(r, ui.CardC)
		c.FillRect(ui.Rect{X: r.X, Y: r.Y, W: 5, H: r.H}, ui.TealC)
		c.StrokeRect(r, 1, ui.TealC)
		c.Text(k.tag, r.X+16, r.Y+6, eventTagStyle)
		for j := range k.blocks {
			c.Block(k.blocks[j], r.X+12+4, k.ys[j])
		}
	}
}

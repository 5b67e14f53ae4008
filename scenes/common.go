package scenes

import (
	"strconv"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// menu is a list of focusable buttons with keyboard, mouse and touch handling.
type menu struct {
	items []ui.Button
	focus int
	hover int
	live  bool // handle has run: hover is read from the pointer (not the zero value)
}

// hovered reports whether the pointer is over item i; before the first handle no
// item is, so a screen's first frame never shows a hover it does not have.
func (m *menu) hovered(i int) bool { return m.live && m.hover == i }

// handle moves focus and returns the index activated this frame, or -1.
func (m *menu) handle(in *Input) int {
	n := len(m.items)
	if n == 0 {
		return -1
	}
	if m.focus >= n {
		m.focus = n - 1
	}
	move := func(d int) {
		for k := 0; k < n; k++ {
			m.focus = (m.focus + d + n) % n
			if !m.items[m.focus].Disabled {
				return
			}
		}
	}
	// Tab and Shift+Tab go in reading order; the arrows go to the nearest item in
	// their direction on screen, and in reading order when there is none that way
	was := m.focus
	if in.Next {
		move(1)
	}
	if in.Prev {
		move(-1)
	}
	for _, a := range [...]struct {
		on     bool
		dx, dy int
	}{{in.Down, 0, 1}, {in.Up, 0, -1}, {in.Right, 1, 0}, {in.Left, -1, 0}} {
		if !a.on {
			continue
		}
		if j := m.nearest(a.dx, a.dy); j >= 0 {
			m.focus = j
		} else {
			move(a.dx + a.dy)
		}
	}
	if m.focus != was {
		in.cueSound(sndFocus)
	}
	m.hover, m.live = -1, true
	for i := range m.items {
		if m.items[i].R.Contains(in.PX, in.PY) {
			m.hover = i
			if in.Moved && !m.items[i].Disabled {
				m.focus = i
			}
		}
	}
	if in.Click {
		for i := range m.items {
			if m.items[i].R.Contains(in.X, in.Y) && !m.items[i].Disabled {
				m.focus = i
				in.cueSound(sndChoose)
				return i
			}
		}
		return -1
	}
	if in.Choose && !m.items[m.focus].Disabled {
		in.cueSound(sndChoose)
		return m.focus
	}
	return -1
}

// nearest is the enabled item closest to the focused one in direction (dx, dy) on
// screen, or -1 when there is none that way. An item counts when its centre lies
// past the focused item's centre that way. Items level with the focused one come
// first; the score weighs the gap along the direction far above the offset across
// it (as Android's focus finder does), so Down in a grid keeps the column and
// Right keeps the row. A list scrolled partly
// out of view (an item off the screen) answers -1: it moves in reading order.
func (m *menu) nearest(dx, dy int) int {
	onScreen := func(r ui.Rect) bool {
		return r.W > 0 && r.H > 0 && r.X >= -1 && r.Y >= -1 && r.X+r.W <= ui.W+1 && r.Y+r.H <= ui.H+1
	}
	if m.focus < 0 || m.focus >= len(m.items) {
		return -1
	}
	for i := range m.items {
		if !onScreen(m.items[i].R) {
			return -1
		}
	}
	c := m.items[m.focus].R
	cx, cy := c.X+c.W/2, c.Y+c.H/2
	// gap is the edge gap from c to r along the direction, far the gap to r's far edge
	gap := func(r ui.Rect) (near, far float64) {
		switch {
		case dx > 0:
			return r.X - (c.X + c.W), r.X + r.W - (c.X + c.W)
		case dx < 0:
			return c.X - (r.X + r.W), c.X - r.X
		case dy > 0:
			return r.Y - (c.Y + c.H), r.Y + r.H - (c.Y + c.H)
		}
		return c.Y - (r.Y + r.H), c.Y - r.Y
	}
	score := func(r ui.Rect) float64 {
		near, _ := gap(r)
		near = max(0, near)
		across := r.Y + r.H/2 - cy
		if dx == 0 {
			across = r.X + r.W/2 - cx
		}
		return 13*near*near + across*across
	}
	// better: an item level with the focused one (a row's neighbour, a column's
	// next card) beats one off to the side, unless (up or down) the side one is
	// wholly nearer; otherwise the lower score wins
	beats := func(a, b ui.Rect) bool { // a in the beam and b not, and that decides
		if !inBeam(c, a, dx) || inBeam(c, b, dx) {
			return false
		}
		an, _ := gap(a)
		_, bf := gap(b)
		return dx != 0 || an < bf
	}
	better := func(a, b ui.Rect) bool {
		switch {
		case beats(a, b):
			return true
		case beats(b, a):
			return false
		}
		return score(a) < score(b)
	}
	best := -1
	for i := range m.items {
		r := m.items[i].R
		if i == m.focus || m.items[i].Disabled {
			continue
		}
		if (r.X+r.W/2-cx)*float64(dx)+(r.Y+r.H/2-cy)*float64(dy) < 1 {
			continue
		}
		if best < 0 || better(r, m.items[best].R) {
			best = i
		}
	}
	return best
}

// inBeam reports whether r lies level with c across direction dx (0: up or down):
// their spans overlap on the other axis.
func inBeam(c, r ui.Rect, dx int) bool {
	if dx != 0 {
		return r.Y < c.Y+c.H && c.Y < r.Y+r.H
	}
	return r.X < c.X+c.W && c.X < r.X+r.W
}

// jumper is a screen with keys that jump the focus to one place (End to Done on a
// duty desk, to End the week on the dashboard): jump says where in's key sends
// the focus, or -1.
type jumper interface{ jump(in *Input) int }

func (m *menu) draw(c *ui.Canvas) {
	for i := range m.items {
		m.items[i].Draw(c, i == m.focus, m.hovered(i))
	}
}

// header is the bar at the top of every in-career screen: act, progress, name, menu.
// Everything in it is composed and measured when the screen lays out. At a large
// text size the bar grows to hold its words (the act's title wraps), and the
// screen below it moves down by as much (extra; the app draws the screen shifted,
// scroll.go), so a screen laid out under a 64-pixel bar never meets the taller bar.
type header struct {
	act                    ui.Block
	progress, name         string
	progressX, nameX, bar  float64
	progressY, nameY, actY float64
	height, extra          float64
	menuBtn                ui.Button
	// saveWarn says the last save failed (a full or blocked browser storage, a
	// read-only disk): never a silent failure
	saveWarn string
	// keys is a screen's key hint in the bar, between the act and the progress
	// (setKeys); empty when none or when it does not fit
	keys        string
	keysX, keyY float64
	actW        float64
	actText     string
	// face is the player's portrait left of their name (addFace; the dashboard's)
	face         portrait
	faceX, faceY float64
}

const headerH = 64

func newHeader(ctx *Context) header {
	var h header
	fs := ctx.Fonts
	h.menuBtn = ui.NewQuiet(fs, ctx.T("nav.menu"), 0, 10)
	h.menuBtn.R.X = ui.W - h.menuBtn.R.W - 16
	act := ""
	if s := ctx.Session; s != nil {
		st := s.Step()
		if a := ctx.Content.ActDef(st.Act); a != nil {
			act = ctx.X(a.Title)
		}
		if st.Progress.Week > 0 && st.Act == game.ActManager {
			h.progress = ctx.T("header.week", itoa(st.Progress.Week), itoa(st.Progress.Weeks))
		} else {
			h.progress = ctx.T("header.step", itoa(st.Progress.Index), itoa(st.Progress.Total))
		}
		h.name = s.View().PlayerName()
		h.bar = ui.W * float64(st.Progress.Index) / float64(max(1, st.Progress.Total))
	}
	if e := []rune(ctx.SaveErr); len(e) > 0 {
		if len(e) > 90 {
			e = append(e[:87], '…')
		}
		h.saveWarn = ctx.T("save.failed", string(e))
	}
	right := h.menuBtn.R.X - 20
	h.progressX = right - fs.Width(h.progress, ui.OnTealS)
	h.nameX = right - fs.Width(h.name, headerNameStyle)
	h.actText = act
	h.fit(fs)
	return h
}

// headerFace is the side of the player's portrait in the bar (addFace).
const headerFace = 48.0

// addFace puts the player's portrait in the bar, left of their name, with mood;
// the act's title wraps in the room left of it.
func (h *header) addFace(fs *ui.Fonts, ch *game.Character, mood game.Mood) {
	h.face = newPortrait(ch, mood, headerFace)
	h.faceX = min(h.progressX, h.nameX) - 14 - headerFace
	h.fit(fs)
}

// fit wraps the act's title in the room left of the progress, the name and the
// face, and sets the bar's height from its tallest column.
func (h *header) fit(fs *ui.Fonts) {
	room := min(h.progressX, h.nameX)
	if h.face.img != nil {
		room = h.faceX
	}
	// the act's title takes the room left of the progress and name, wrapping there
	h.act = fs.NewBlock(h.actText, headerActStyle, room-24-32)
	h.actW = 0
	for _, w := range h.act.Widths {
		h.actW = max(h.actW, w)
	}
	// the bar is as tall as its tallest column, 64 at the usual text size
	progH, nameH := fs.LineHeight(ui.OnTealS), fs.LineHeight(headerNameStyle)
	h.height = max(headerH, h.act.Height()+2*12, progH+nameH+2*6, h.menuBtn.R.H+2*10)
	h.extra = h.height - headerH
	h.actY = (h.height - h.act.Height()) / 2
	h.progressY = (h.height - progH - nameH) / 2
	h.nameY = h.progressY + progH
	// the Menu button, centred in the bar; its rectangle is in the screen's own
	// coordinates, which are drawn extra lower
	h.menuBtn.R.Y = (h.height-h.menuBtn.R.H)/2 - h.extra
	h.faceY = (h.height - headerFace) / 2
}

var saveWarnStyle = ui.Style{Size: 14, Bold: true, Color: ui.White}

var (
	headerActStyle  = ui.Style{Size: 24, Bold: true, Color: ui.White}
	headerKeysStyle = ui.Style{Size: 14, Color: ui.White}
)

// setKeys puts a key hint in the bar, centred in the room between the act and the
// progress; a hint that does not fit there is left out (the keys still work).
func (h *header) setKeys(fs *ui.Fonts, hint string) {
	left, right := 24+h.actW+32, min(h.progressX, h.nameX)-32
	if h.face.img != nil {
		right = h.faceX - 32
	}
	w := fs.Width(hint, headerKeysStyle)
	h.keys = ""
	if w <= right-left {
		h.keys, h.keysX = hint, left+(right-left-w)/2
		h.keyY = (h.height - fs.LineHeight(headerKeysStyle)) / 2
	}
}

var headerNameStyle = ui.Style{Size: 16, Bold: true, Color: ui.White}

// shift is how much lower than laid out the screen under the bar is drawn.
func (h *header) shift() float64 { return h.extra }

func (h *header) draw(c *ui.Canvas, focused bool) {
	if h.extra != 0 {
		// the bar is drawn where it is, not moved down with the screen
		f, sh := c.F, c.Shift
		c.F.OffY -= h.extra * c.F.Scale
		c.Shift -= h.extra
		defer func() { c.F, c.Shift = f, sh }()
	}
	c.FillRect(ui.Rect{X: 0, Y: 0, W: ui.W, H: h.height}, ui.Teal)
	c.Block(h.act, 24, h.actY)
	if h.keys != "" {
		c.Text(h.keys, h.keysX, h.keyY, headerKeysStyle)
	}
	c.Text(h.progress, h.progressX, h.progressY, ui.OnTealS)
	c.Text(h.name, h.nameX, h.nameY, headerNameStyle)
	h.face.draw(c, h.faceX, h.faceY)
	b := h.menuBtn
	b.R.Y += h.extra
	b.Draw(c, focused, false)
	if h.saveWarn != "" {
		c.FillRect(ui.Rect{X: 0, Y: h.height, W: ui.W, H: 24}, ui.Bad)
		c.Text(h.saveWarn, 24, h.height+3, saveWarnStyle)
	}
	// progress strip
	if h.bar > 0 {
		c.FillRect(ui.Rect{X: 0, Y: h.height - 4, W: ui.W, H: 4}, ui.TealLight)
		c.FillRect(ui.Rect{X: 0, Y: h.height - 4, W: h.bar, H: 4}, ui.Focus)
	}
}

// withHeader adds the header's Menu button to a menu's items as the last item.
func withHeader(h *header, items []ui.Button) []ui.Button {
	return append(items, h.menuBtn)
}

func itoa(n int) string { return strconv.Itoa(n) }

// stepNav is what the in-career screens share: the step on screen, the header with
// its Menu button, the menu of focusable items, and the fact card (F key or button).
type stepNav struct {
	h    header
	m    menu
	step game.Step
	fact int // index of the Fact card button, or -1
	// gloss is the glossary terms the screen marked; glossBtn the index of its
	// Glossary button, or -1
	gloss    glossMarks
	glossBtn int
}

// begin reads the step and builds the header; the screen then adds its items.
func (n *stepNav) begin(ctx *Context) {
	n.step = ctx.Session.Step()
	n.h = newHeader(ctx)
	n.m.items = n.m.items[:0]
	n.fact = -1
	n.gloss.reset()
	n.glossBtn = -1
}

// addFact adds the Fact card button at (x, y) when the step has a fact, and then
// the Glossary button when the screen marked glossary terms (mark its text first).
func (n *stepNav) addFact(ctx *Context, x, y float64) {
	if n.step.Fact != nil {
		n.fact = len(n.m.items)
		b := ui.NewQuiet(ctx.Fonts, ctx.T("nav.fact"), x, y)
		n.m.items = append(n.m.items, b)
		x += b.R.W + 16
	}
	if len(n.gloss.ids) > 0 {
		n.glossBtn = len(n.m.items)
		n.m.items = append(n.m.items, ui.NewQuiet(ctx.Fonts, ctx.T("gloss.button"), x, y))
	}
}

// end adds the header's Menu button as the last item.
func (n *stepNav) end() { n.m.items = withHeader(&n.h, n.m.items) }

// menuFocused reports whether the header's Menu button has the focus.
func (n *stepNav) menuFocused() bool { return n.m.focus == len(n.m.items)-1 }

// handle acts on Esc, F, the Fact button and the Menu button, and returns the index
// of any other item activated this frame, for the screen to act on (or -1).
func (n *stepNav) handle(ctx *Context, in *Input) int {
	if in.Back {
		ctx.Push(&PauseScene{})
		return -1
	}
	if in.Fact && n.step.Fact != nil {
		ctx.Push(&FactScene{Fact: *n.step.Fact})
		return -1
	}
	if n.gloss.handle(ctx, in) {
		return -1
	}
	i := n.m.handle(in)
	switch {
	case i < 0:
		return -1
	case i == n.fact:
		ctx.Push(&FactScene{Fact: *n.step.Fact})
		return -1
	case i == n.glossBtn:
		ctx.Push(&GlossaryListScene{IDs: n.gloss.list()})
		return -1
	case i == len(n.m.items)-1:
		ctx.Push(&PauseScene{})
		return -1
	}
	return i
}

package scenes

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// Page scrolling: at a large text size a screen's words reflow to more lines than
// the window holds. The app then scrolls the whole screen: the wheel, a touch drag,
// Page Up and Page Down move it, and the keyboard focus is always kept in view, so
// a player who only tabs never has to scroll. A screen with its own scrolling list
// (the report, the glossary) says so and keeps the wheel.

// shifter is a screen drawn lower than laid out, under a header grown with the
// text size (header.shift).
type shifter interface{ shift() float64 }

func (n *stepNav) shift() float64   { return n.h.shift() }
func (k *DutyKit) shift() float64   { return k.h.shift() }
func (s *WeekScene) shift() float64 { return s.h.shift() }

// shiftOf is how much lower than laid out a screen is drawn.
func shiftOf(s Scene) float64 {
	if sh, ok := s.(shifter); ok {
		return sh.shift()
	}
	return 0
}

// selfScroller is a screen that scrolls its own content.
type selfScroller interface{ scrollsItself() bool }

func (s *ReportScene) scrollsItself() bool       { return true }
func (s *GlossaryListScene) scrollsItself() bool { return s.panel.H <= glossPanel.H } // its list; the page too when its meanings are taller than the window

// pageScroll is one open screen's scroll: how far down it is scrolled, and how tall
// its content was when last drawn.
type pageScroll struct {
	y, bottom float64
	focus     int // the focus last kept in view (-1: none yet)
}

// scrollMargin is the room kept below the content and around a focused item.
const scrollMargin = 24

// max is how far the screen can scroll.
func (p *pageScroll) max() float64 {
	if p.bottom <= ui.H+1 {
		return 0 // it fits (a screen may draw to its very edge)
	}
	return p.bottom + scrollMargin - ui.H
}

func (p *pageScroll) clamp() {
	p.y = min(max(p.y, 0), p.max())
}

// scrollOf returns the scroll of the i-th open screen.
func (a *App) scrollOf(i int) *pageScroll {
	for len(a.scrolls) <= i {
		a.scrolls = append(a.scrolls, pageScroll{focus: -1})
	}
	return &a.scrolls[i]
}

// scrollInput moves the top screen's scroll with the wheel, a drag and the page
// keys, and moves the pointer into the scrolled screen's coordinates.
func (a *App) scrollInput(in *Input) {
	top := len(a.stack) - 1
	p := a.scrollOf(top)
	if s, ok := a.stack[top].(selfScroller); ok && s.scrollsItself() {
		p.y = 0
		return
	}
	if p.max() > 0 {
		d := in.Wheel + in.Drag
		if in.PageDn {
			d += ui.H - 120
		}
		if in.PageUp {
			d -= ui.H - 120
		}
		if d != 0 {
			p.y += d
			p.clamp()
			in.Wheel, in.Drag, in.PageDn, in.PageUp = 0, 0, false, false
		}
	}
	d := p.y - shiftOf(a.stack[top])
	in.Y += d
	in.PY += d
}

// keepFocusInView scrolls the top screen so its focused item shows when the focus
// moved. A screen opens at its top, wherever its focus starts.
func (a *App) keepFocusInView() {
	top := len(a.stack) - 1
	p := a.scrollOf(top)
	ms, ok := a.stack[top].(menuScene)
	if !ok {
		return
	}
	m := ms.menuOf()
	if m.focus == p.focus || m.focus < 0 || m.focus >= len(m.items) {
		return
	}
	first := p.focus < 0
	p.focus = m.focus
	if first {
		return // a screen opens at its top, to be read from its heading down
	}
	r := m.items[m.focus].R
	r.Y += shiftOf(a.stack[top])
	switch {
	case r.Y-scrollMargin < p.y:
		p.y = r.Y - scrollMargin
	case r.Y+r.H+scrollMargin > p.y+ui.H:
		p.y = r.Y + r.H + scrollMargin - ui.H
	}
	p.clamp()
}

// drawScrolled draws the i-th open screen moved up by its scroll, and notes how
// tall it was, with a scroll bar when it is taller than the window.
func (a *App) drawScrolled(i int, s Scene) {
	p := a.scrollOf(i)
	f := a.frame
	sh := shiftOf(s)
	f.OffY += (sh - p.y) * f.Scale
	a.canvas.F, a.canvas.Shift = f, sh
	a.canvas.Bottom = 0
	s.Draw(a.ctx, &a.canvas)
	a.canvas.FlushMarks() // the scene's dotted words, under the next scene's shade
	a.canvas.F, a.canvas.Shift = a.frame, 0
	p.bottom = a.canvas.Bottom // logical: the scroll does not change it
	p.clamp()
	if m := p.max(); m > 0 {
		// the bar on the right edge: where the window is in the screen's content
		total := m + ui.H
		h := max(40, ui.H*ui.H/total)
		y := (ui.H - h) * p.y / m
		a.canvas.FillRect(ui.Rect{X: ui.W - 10, Y: 0, W: 10, H: ui.H}, ui.MutedC)
		a.canvas.FillRect(ui.Rect{X: ui.W - 10, Y: y, W: 10, H: h}, ui.TealC)
	}
}

// LayoutProblems draws the top screen once with the canvas noting every line of
// text and every box (ui.Canvas.Boxes) and returns what ui.LayoutProblems finds:
// text off the screen, out of its box or over other text. The layout test calls it
// on every screen at every text size, in every language.
func (a *App) LayoutProblems(dst *ebiten.Image) []string {
	c := &a.canvas
	c.Dst, c.F, c.Fonts = dst, ui.Fit(dst.Bounds().Dx(), dst.Bounds().Dy()), a.ctx.Fonts
	c.Boxes, c.Texts, c.Shapes = true, c.Texts[:0], c.Shapes[:0]
	top := len(a.stack) - 1
	sh := shiftOf(a.stack[top])
	c.F.OffY += sh * c.F.Scale
	c.Shift = sh
	a.stack[top].Draw(a.ctx, c)
	c.FlushMarks()
	c.Boxes, c.Shift = false, 0
	return ui.LayoutProblems(c.Texts, c.Shapes)
}

package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// SatelliteScene is the satellite-inspection duty screen: a floor plan of the clinic on
// the left (pick a room to walk into it; each new room takes an hour on site), and what
// you see in the room on display on the right, each thing marked OK or finding.
type SatelliteScene struct {
	sysBase
	m menu

	rooms, marks, fact, own int // first menu index of each part; own items in total

	site                string
	roomName, roomState []string
	roomFind            []string
	roomSeen, roomHere  []bool

	tipBy, tip      ui.Block
	panel, hint     ui.Block
	unseen          bool
	obsText         []ui.Block
	obsMark         []string
	time, visits    string
	msg             ui.Block
	focusAfterVisit bool
}

// The floor plan's box and the right-hand panel.
var (
	satPlan  = ui.Rect{X: 40, Y: 198, W: 610, H: 340}
	satPanel = ui.Rect{X: 680, Y: 150, W: 560, H: 480}
)

// satRoomRect places each room on the plan (fractions of the plan box): exam rooms,
// medication room and staff office along the back, a hallway, then the waiting room,
// front desk and supply closet along the front, with the entrance into the waiting room.
var satRoomRect = map[string][4]float64{
	"exam":       {0, 0, 0.40, 0.40},
	"medication": {0.40, 0, 0.30, 0.40},
	"office":     {0.70, 0, 0.30, 0.40},
	"waiting":    {0, 0.57, 0.46, 0.43},
	"front_desk": {0.46, 0.57, 0.27, 0.43},
	"supply":     {0.73, 0.57, 0.27, 0.43},
}

// Name implements Scene.
func (s *SatelliteScene) Name() string { return "system-satellite" }

// Layout implements Scene.
func (s *SatelliteScene) Layout(ctx *Context) {
	focus := s.m.focus
	s.layoutBase(ctx)
	fs := ctx.Fonts
	in := ctx.Session.LegacyState().Sys.Satellite
	if in == nil {
		s.m.items = s.baseItems()
		return
	}
	var items []ui.Button
	hit := func(r ui.Rect) {
		items = append(items, ui.Button{R: r, Kind: ui.Quiet, Title: ui.Block{Lines: []string{""}, Style: ui.Small}})
	}
	s.site = ctx.T("sys.satellite.plan", ctx.T("sys.satellite.site."+in.Site))

	// the plan
	s.rooms = 0
	s.roomName, s.roomState, s.roomFind, s.roomSeen, s.roomHere = nil, nil, nil, nil, nil
	for i, r := range in.Rooms {
		f := satRoomRect[r.ID]
		hit(ui.Rect{X: satPlan.X + f[0]*satPlan.W + 3, Y: satPlan.Y + f[1]*satPlan.H + 3, W: f[2]*satPlan.W - 6, H: f[3]*satPlan.H - 6})
		s.roomName = append(s.roomName, ctx.T("sys.satellite.room."+r.ID))
		state := ctx.T("sys.satellite.state.not_seen")
		switch {
		case i == in.Room:
			state = ctx.T("sys.satellite.state.here")
		case r.Visited:
			state = ctx.T("sys.satellite.state.seen")
		}
		s.roomState = append(s.roomState, state)
		n := 0
		for _, o := range r.Obs {
			if o.Mark == game.MarkFinding {
				n++
			}
		}
		find := ""
		if n > 0 {
			find = ctx.T("sys.satellite.state.findings", itoa(n))
		}
		s.roomFind = append(s.roomFind, find)
		s.roomSeen = append(s.roomSeen, r.Visited)
		s.roomHere = append(s.roomHere, i == in.Room)
	}
	s.time = ctx.T("sys.satellite.time", itoa(in.Minutes))
	s.visits = ctx.T("sys.satellite.visits", itoa(in.VisitsLeft()))

	// the panel: the tip, then the room on display
	w := satPanel.W - 28
	s.tipBy = fs.NewBlock(ctx.T("sys.satellite.tip_by"), ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}, w)
	s.tip = fs.NewBlock(ctx.T("sys.satellite.tip."+in.Tip), ui.Style{Size: 16, Color: ui.Ink}, w)
	room := in.Rooms[in.Room]
	s.panel = fs.NewBlock(ctx.T("sys.satellite.panel", s.roomName[in.Room]), ui.H3, satPanel.W)
	s.unseen = !room.Visited
	hint := "sys.satellite.panel.hint"
	if s.unseen {
		hint = "sys.satellite.panel.unseen"
	}
	s.hint = fs.NewBlock(ctx.T(hint), ui.Style{Size: 15, Color: ui.InkSoft}, satPanel.W)
	y := satPanel.Y + 14 + s.tipBy.Height() + s.tip.Height() + 18 + s.panel.Height() + 4 + s.hint.Height() + 8
	s.marks = len(items)
	s.obsText, s.obsMark = nil, nil
	if room.Visited {
		for _, o := range room.Obs {
			variant := ".good"
			if o.Problem {
				variant = ".bad"
			}
			t := fs.NewBlock(ctx.T("sys.satellite.obs."+o.ID+variant), ui.Style{Size: 16, Color: ui.Ink}, satPanel.W-170)
			h := t.Height() + 18
			if h < 56 {
				h = 56
			}
			s.obsText = append(s.obsText, t)
			mark := o.Mark
			if mark == "" {
				mark = "none"
			}
			s.obsMark = append(s.obsMark, ctx.T("sys.satellite.mark."+mark))
			hit(ui.Rect{X: satPanel.X, Y: y, W: satPanel.W, H: h})
			y += h + 8
		}
	}
	s.fact = len(items)
	fb := ui.NewQuiet(fs, ctx.T("nav.fact"), 0, 146)
	fb.R.H = 40
	fb.R.X = satPlan.X + satPlan.W - fb.R.W
	items = append(items, fb)
	s.own = len(items)

	s.m.items = append(items, s.baseItems()...)
	s.m.focus = focus
	if s.focusAfterVisit {
		s.focusAfterVisit = false
		if len(s.obsText) > 0 {
			s.m.focus = s.marks
		}
	}
	if s.m.focus >= len(s.m.items) {
		s.m.focus = 0
	}
}

// Update implements Scene.
func (s *SatelliteScene) Update(ctx *Context, in *Input) error {
	if in.Fact {
		s.openFact(ctx)
		return nil
	}
	i := s.m.handle(in)
	switch {
	case in.Back || i >= s.own:
		s.handleBase(ctx, in, i-s.own)
	case i < 0:
	case i < s.marks:
		insp := ctx.Session.LegacyState().Sys.Satellite
		fresh := !insp.Rooms[i-s.rooms].Visited
		err := ctx.Session.VisitRoom(i - s.rooms)
		s.msg = ui.Block{}
		if err != nil {
			s.msg = ctx.Fonts.NewBlock(ctx.T("sys.satellite.msg.no_time"), ui.Style{Size: 15, Bold: true, Color: ui.Bad}, satPanel.W)
			return nil
		}
		s.focusAfterVisit = fresh
		ctx.save()
		s.Layout(ctx)
	case i < s.fact:
		room := ctx.Session.LegacyState().Sys.Satellite.Room
		if ctx.Session.CycleObservation(room, i-s.marks) == nil {
			s.msg = ui.Block{}
			ctx.save()
			s.Layout(ctx)
		}
	case i == s.fact:
		s.openFact(ctx)
	}
	return nil
}

// openFact shows the Concentra case from the content's satellite scenarios.
func (s *SatelliteScene) openFact(ctx *Context) {
	if sc := ctx.Content.Scenario("sat-laptop-back-door"); sc != nil && sc.Fact != nil {
		ctx.Push(&FactScene{Fact: *sc.Fact})
	}
}

// Draw implements Scene.
func (s *SatelliteScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	if s.own == 0 {
		s.m.draw(c)
		return
	}
	// the plan: outer walls, hallway, rooms
	c.Text(s.site, satPlan.X, 154, ui.Style{Size: 21, Bold: true, Color: ui.Teal})
	c.FillRect(satPlan, ui.Muted)
	c.StrokeRect(satPlan, 3, ui.Ink)
	hy := satPlan.Y + 0.40*satPlan.H
	c.TextCenter(ctx.T("sys.satellite.hall"), satPlan.X+satPlan.W/2, hy+(0.17*satPlan.H)/2-10, ui.Style{Size: 15, Color: ui.InkSoft})
	for k := range s.roomName {
		i := s.rooms + k
		r := s.m.items[i].R
		bg := ui.Paper
		switch {
		case s.roomHere[k]:
			bg = ui.Selected
		case s.m.hover == i:
			bg = ui.CardHover
		case s.roomSeen[k]:
			bg = ui.Card
		}
		c.FillRect(r, bg)
		edge, wdt := ui.InkSoft, 2.0
		if s.roomHere[k] {
			edge, wdt = ui.Teal, 4
		}
		c.StrokeRect(r, wdt, edge)
		c.Text(s.roomName[k], r.X+10, r.Y+8, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
		st := ui.Style{Size: 15, Color: ui.InkSoft}
		if s.roomSeen[k] {
			st = ui.Style{Size: 15, Bold: true, Color: ui.Teal}
		}
		c.Text(s.roomState[k], r.X+10, r.Y+32, st)
		if s.roomFind[k] != "" {
			c.Text(s.roomFind[k], r.X+10, r.Y+54, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
		}
	}
	// the entrance, a gap in the front wall of the waiting room
	wr := s.m.items[s.rooms].R
	ex := wr.X + wr.W/2
	c.FillRect(ui.Rect{X: ex - 30, Y: satPlan.Y + satPlan.H - 3, W: 60, H: 6}, ui.Paper)
	c.TextCenter("▲ "+ctx.T("sys.satellite.entrance"), ex, satPlan.Y+satPlan.H+6, ui.Style{Size: 15, Bold: true, Color: ui.Ink})
	c.Text(s.time, satPlan.X, satPlan.Y+satPlan.H+30, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
	c.Text(s.visits, satPlan.X, satPlan.Y+satPlan.H+54, ui.Style{Size: 15, Color: ui.InkSoft})

	// the panel
	p := satPanel
	tipBox := ui.Rect{X: p.X, Y: p.Y, W: p.W, H: 14 + s.tipBy.Height() + s.tip.Height()}
	c.FillRect(tipBox, ui.Card)
	c.StrokeRect(tipBox, 1.5, ui.Line)
	y := p.Y + 7
	y += c.Block(s.tipBy, p.X+14, y)
	c.Block(s.tip, p.X+14, y)
	y = tipBox.Y + tipBox.H + 18
	y += c.Block(s.panel, p.X, y) + 4
	c.Block(s.hint, p.X, y)
	for k := range s.obsText {
		i := s.marks + k
		r := s.m.items[i].R
		bg := ui.Card
		if s.m.hover == i {
			bg = ui.CardHover
		}
		c.FillRect(r, bg)
		c.StrokeRect(r, 1.5, ui.Line)
		c.Block(s.obsText[k], r.X+12, r.Y+9)
		s.drawMark(c, ui.Rect{X: r.X + r.W - 146, Y: r.Y + (r.H-36)/2, W: 134, H: 36}, s.obsMark[k], ctx.Session.LegacyState().Sys.Satellite.Rooms[ctx.Session.LegacyState().Sys.Satellite.Room].Obs[k].Mark)
	}
	if len(s.msg.Lines) > 0 {
		c.Block(s.msg, p.X, p.Y+p.H-s.msg.Height())
	}
	fb := s.m.items[s.fact]
	fb.Draw(c, false, s.m.hover == s.fact)

	for i := s.own; i < len(s.m.items); i++ {
		s.m.items[i].Draw(c, false, s.m.hover == i)
	}
	if f := s.m.focus; f >= 0 && f < len(s.m.items) {
		ui.FocusRing(c, s.m.items[f].R)
	}
}

// drawMark draws an observation's mark as a labelled pill: a sign and a word, so it
// reads without colour.
func (s *SatelliteScene) drawMark(c *ui.Canvas, r ui.Rect, label, mark string) {
	fill, edge, col := ui.White, ui.InkSoft, ui.InkSoft
	switch mark {
	case game.MarkOK:
		fill, edge, col = ui.Card, ui.Good, ui.Good
	case game.MarkFinding:
		fill, edge, col = ui.Card, ui.Bad, ui.Bad
	}
	c.FillRect(r, fill)
	c.StrokeRect(r, 2, edge)
	icon := ui.Rect{X: r.X + 8, Y: r.Y + 9, W: 18, H: 18}
	switch mark {
	case game.MarkOK:
		privacyTick(c, icon)
	case game.MarkFinding:
		c.FillRect(ui.Rect{X: icon.X + 7, Y: icon.Y, W: 4, H: 12}, ui.Bad)
		c.FillRect(ui.Rect{X: icon.X + 7, Y: icon.Y + 14, W: 4, H: 4}, ui.Bad)
	default:
		c.StrokeRect(icon, 2, ui.InkSoft)
	}
	c.Text(label, r.X+34, r.Y+8, ui.Style{Size: 16, Bold: true, Color: col})
}

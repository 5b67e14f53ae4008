package scenes

import (
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// satelliteScreen is the satellite-inspection duty screen on the kit: a floor plan of
// the clinic on the left (pick a room to walk into it; each new room takes an hour on
// site), and what you see in the room on display on the right, each thing marked OK
// or finding. Which room is on display is the screen's own choice, not the run's.
type satelliteScreen struct {
	room int    // the room on display
	seen []bool // the rooms visited at the last build, to follow a new visit
	// this layout's geometry, grown with the text size
	plan, panel ui.Rect
	fact        ui.Rect // the fact card's button
}

// The floor plan's box and the right-hand panel.
var (
	satellitePlan  = ui.Rect{X: 40, Y: 198, W: 610, H: 340}
	satellitePanel = ui.Rect{X: 680, Y: 150, W: 560, H: 480}
)

// satelliteRoomRect places each room on the plan (fractions of the plan box) and on
// the arrow-key grid, by its place in the site's layout (game/sys_satellite.go): the
// room you walk into at front left, then front middle, three rooms along the back
// (left, middle, right, the fourth and sixth rooms at middle and right), a hallway,
// and the front right room. For a hospital's clinic: waiting room, front desk, exam
// rooms, medication room, supply closet, staff office.
var satelliteRoomRect = []struct {
	x, y, w, h float64
	row, col   int
}{
	{0, 0.57, 0.46, 0.43, 2, 0},
	{0.46, 0.57, 0.27, 0.43, 2, 1},
	{0, 0, 0.40, 0.40, 1, 0},
	{0.40, 0, 0.30, 0.40, 1, 1},
	{0.73, 0.57, 0.27, 0.43, 2, 2},
	{0.70, 0, 0.30, 0.40, 1, 2},
}

// Build implements DutyScreen.
func (s *satelliteScreen) Build(ctx *Context, k *DutyKit) {
	v := k.View(ctx)
	in, ok := v.SatelliteInspection()
	if !ok {
		return
	}
	fc := v.SatelliteForecast()
	k.Word(game.ErrNoTime, game.L("sys.satellite.msg.no_time"))
	if f, ok := v.SatelliteFact(); ok {
		k.AddFact(f)
	}
	// a room walked into since the last build goes on display
	for i, r := range in.Rooms {
		if s.seen != nil && i < len(s.seen) && r.Visited && !s.seen[i] {
			s.room = i
		}
	}
	s.seen = s.seen[:0]
	for _, r := range in.Rooms {
		s.seen = append(s.seen, r.Visited)
	}
	if s.room < 0 || s.room >= len(in.Rooms) {
		s.room = 0
	}
	bottom := s.buildPlan(ctx, k, in, fc)
	s.panel = satellitePanel
	s.panel.Y = SysArea.Y
	if ctx.Fonts.TextScale() > 1.3 { // the panel goes under the plan
		s.panel = ui.Rect{X: 40, Y: bottom + 16, W: SysArea.W}
	}
	k.EndAt(max(bottom, s.buildPanel(ctx, k, fc)))
	s.buildFactButton(ctx, k)
}

// buildPlan lays out the floor plan: the rooms (a seen room opens on the right, an
// unseen one is walked into), the hallway and entrance, and the time left.
// It returns where the plan's words end.
func (s *satelliteScreen) buildPlan(ctx *Context, k *DutyKit, in game.Inspection, fc game.SatelliteForecast) float64 {
	fs := ctx.Fonts
	p := satellitePlan
	top := SysArea.Y // the kit draws the desk lower when its intro grew
	if fs.TextScale() > 1.3 {
		p.W = SysArea.W
	}
	// the title on the left, the fact card's button on the right
	label := ctx.T("nav.fact")
	bst := ui.Style{Size: 16, Bold: true}
	bw := fs.Width(label, bst) + 40
	s.fact = ui.Rect{X: p.X + p.W - bw, Y: top - 4, W: bw, H: sysButtonH(fs, bst)}
	th := k.List.Wrapped(ctx.T("sys.satellite.plan", ctx.R(fc.Site)), p.X, top+4, p.W-bw-16, ui.Style{Size: 21, Bold: true, Color: ui.Teal})
	p.Y = max(p.Y+top-SysArea.Y, top+4+th+10, s.fact.Y+s.fact.H+8)
	// the rooms as tall as their words need
	nameSt, stateSt := ui.Style{Size: 17, Bold: true, Color: ui.Ink}, ui.Style{Size: 15, Bold: true}
	hallSt := ui.Style{Size: 15, Color: ui.InkSoft}
	for i := range in.Rooms {
		if i >= len(satelliteRoomRect) {
			break
		}
		g := satelliteRoomRect[i]
		name := fs.NewBlock(ctx.R(fc.Rooms[i].Name), nameSt, g.w*p.W-26)
		need := 8 + name.Height() + 2*fs.LineHeight(stateSt) + 10
		p.H = max(p.H, (need+6)/g.h)
	}
	p.H = max(p.H, (fs.LineHeight(hallSt)+8)/0.17)
	s.plan = p
	k.List.Fill(p, ui.Muted)
	k.List.Stroke(p, 3, ui.Ink)
	k.List.TextCenter(ctx.T("sys.satellite.hall"), p.X+p.W/2, p.Y+0.40*p.H+(0.17*p.H-fs.LineHeight(hallSt))/2, hallSt)
	var entrance float64
	for i, r := range in.Rooms {
		if i >= len(satelliteRoomRect) {
			break
		}
		g := satelliteRoomRect[i]
		rect := ui.Rect{X: p.X + g.x*p.W + 3, Y: p.Y + g.y*p.H + 3, W: g.w*p.W - 6, H: g.h*p.H - 6}
		here := i == s.room
		bg, edge, wdt := ui.Paper, ui.InkSoft, 2.0
		switch {
		case here:
			bg, edge, wdt = ui.Selected, ui.Teal, 4
		case r.Visited:
			bg = ui.Card
		}
		k.List.Fill(rect, bg)
		k.List.Stroke(rect, wdt, edge)
		rv := fc.Rooms[i]
		ny := rect.Y + 8 + k.List.Wrapped(ctx.R(rv.Name), rect.X+10, rect.Y+8, rect.W-20, nameSt)
		state, st := ctx.T("sys.satellite.state.not_seen"), ui.Style{Size: 15, Color: ui.InkSoft}
		switch {
		case here:
			state, st = ctx.T("sys.satellite.state.here"), ui.Style{Size: 15, Bold: true, Color: ui.Teal}
		case r.Visited:
			state, st = ctx.T("sys.satellite.state.seen"), ui.Style{Size: 15, Bold: true, Color: ui.Teal}
		}
		ny += k.List.Wrapped(state, rect.X+10, ny, rect.W-20, st)
		if rv.Findings > 0 {
			k.List.Wrapped(ctx.T("sys.satellite.state.findings", game.NumArg(float64(rv.Findings), 0)), rect.X+10, ny, rect.W-20, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
		}
		if i == 0 {
			entrance = rect.X + rect.W/2
		}
		a := Action{R: rect, Look: LookRow, Row: g.row, Col: g.col, Do: DoCommand, Cmd: game.SatelliteVisit{Room: i}}
		if r.Visited {
			room := i
			a.Do, a.Cmd, a.Local = DoLocal, nil, func() { s.room = room }
		}
		k.Add(a)
	}
	// the entrance, a gap in the front wall of the waiting room
	k.List.Fill(ui.Rect{X: entrance - 30, Y: p.Y + p.H - 3, W: 60, H: 6}, ui.Paper)
	est := ui.Style{Size: 15, Bold: true, Color: ui.Ink}
	k.List.TextCenter("▲ "+ctx.T("sys.satellite.entrance"), entrance, p.Y+p.H+6, est)
	y := p.Y + p.H + 6 + fs.LineHeight(est) + 4
	y += k.List.Wrapped(ctx.T("sys.satellite.time", game.UnitArg(float64(fc.Minutes), 0, "min")), p.X, y, p.W, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
	y += k.List.Wrapped(ctx.T("sys.satellite.visits", game.NumArg(float64(fc.VisitsLeft), 0)), p.X, y, p.W, ui.Style{Size: 15, Color: ui.InkSoft})
	return y

}

// buildPanel lays out the right-hand panel: the site manager's tip, then the room on
// display and each thing seen in it with its mark (a sign and a word). It returns
// where the panel ends.
func (s *satelliteScreen) buildPanel(ctx *Context, k *DutyKit, fc game.SatelliteForecast) float64 {
	p := s.panel
	fs := ctx.Fonts
	w := p.W - 28
	tipBy := fs.NewBlock(ctx.R(fc.TipBy), ui.Style{Size: 15, Bold: true, Color: ui.InkSoft}, w)
	tip := fs.NewBlock(ctx.R(fc.Tip), ui.Style{Size: 16, Color: ui.Ink}, w)
	box := ui.Rect{X: p.X, Y: p.Y, W: p.W, H: 14 + tipBy.Height() + tip.Height()}
	k.List.Card(box)
	k.List.Block(tipBy, p.X+14, p.Y+7)
	k.List.Block(tip, p.X+14, p.Y+7+tipBy.Height())
	y := box.Y + box.H + 8
	// what this kind of site's inspection checks, and the rules behind it
	y += k.List.Wrapped(ctx.R(fc.Checks), p.X, y, p.W, ui.Style{Size: 15, Color: ui.InkSoft}) + 12
	room := fc.Rooms[s.room]
	y += k.List.Wrapped(ctx.T("sys.satellite.panel", ctx.R(room.Name)), p.X, y, p.W, ui.H3) + 4
	hint := "sys.satellite.panel.hint"
	if !room.Visited {
		hint = "sys.satellite.panel.unseen"
	}
	y += k.List.Wrapped(ctx.T(hint), p.X, y, p.W, ui.Style{Size: 15, Color: ui.InkSoft}) + 8
	markSt := ui.Style{Size: 16, Bold: true}
	mw, mh := 134.0, max(36, fs.LineHeight(markSt)+8)
	for _, w := range []string{"none", "ok", "finding"} {
		mw = max(mw, 34+fs.Width(ctx.T("sys.satellite.mark."+w), markSt)+10)
	}
	for i, line := range room.Obs {
		t := fs.NewBlock(ctx.R(line), ui.Style{Size: 16, Color: ui.Ink}, p.W-mw-36)
		r := ui.Rect{X: p.X, Y: y, W: p.W, H: max(56, t.Height()+18, mh+16)}
		k.List.Card(r)
		k.List.Block(t, r.X+12, r.Y+9)
		satelliteMark(ctx, &k.List, ui.Rect{X: r.X + r.W - 12 - mw, Y: r.Y + (r.H-mh)/2, W: mw, H: mh}, room.Marks[i])
		k.Add(Action{R: r, Look: LookRow, Row: 3 + i, Col: 3, Do: DoCommand, Cmd: game.SatelliteCycle{Room: s.room, Obs: i}})
		y += r.H + 8
	}
	return y - 8
}

// satelliteMark adds an observation's mark as a labelled pill: a sign and a word, so
// it reads without colour.
func satelliteMark(ctx *Context, l *ui.DrawList, r ui.Rect, mark string) {
	fill, edge, col := ui.White, ui.InkSoft, ui.InkSoft
	word := "none"
	switch mark {
	case game.MarkOK:
		fill, edge, col, word = ui.Card, ui.Good, ui.Good, "ok"
	case game.MarkFinding:
		fill, edge, col, word = ui.Card, ui.Bad, ui.Bad, "finding"
	}
	l.Fill(r, fill)
	l.Stroke(r, 2, edge)
	icon := ui.Rect{X: r.X + 8, Y: r.Y + (r.H-18)/2, W: 18, H: 18}
	switch mark {
	case game.MarkOK:
		privacyListTick(l, icon)
	case game.MarkFinding:
		l.Fill(ui.Rect{X: icon.X + 7, Y: icon.Y, W: 4, H: 12}, ui.Bad)
		l.Fill(ui.Rect{X: icon.X + 7, Y: icon.Y + 14, W: 4, H: 4}, ui.Bad)
	default:
		l.Stroke(icon, 2, ui.InkSoft)
	}
	st := ui.Style{Size: 16, Bold: true, Color: col}
	l.Text(ctx.T("sys.satellite.mark."+word), r.X+34, r.Y+(r.H-ctx.Fonts.LineHeight(st))/2, st)
}

// buildFactButton adds the fact card's button, top right of the plan (after the
// observations, so Tab goes from the plan to what is seen).
func (s *satelliteScreen) buildFactButton(ctx *Context, k *DutyKit) {
	k.Add(Action{R: s.fact, Label: ctx.T("nav.fact"), Look: LookPlain, Row: 0, Col: 2, Do: DoFact, Fact: 0})
}

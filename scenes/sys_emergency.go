package scenes

import (
	"strconv"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// emergencyScreen is the on-call emergency on the kit: the incident and the clock at
// the top, the actions to pick in order on the left, and the response so far, move
// by move, on the right.
type emergencyScreen struct {
	// where the actions were laid out, for tests
	actionRects []ui.Rect // in the desk's action order (game.EmergencyForecast.Actions)
	buttonRects []ui.Rect // Undo, then the fact card
}

// emergency screen geometry
const (
	emergencyBoxY    = 150.0
	emergencyLeftW   = 760.0
	emergencyRightX  = 830.0
	emergencyRightW  = 410.0
	emergencyCardGap = 10.0
	emergencyWhenW   = 110.0 // the "1. 2:14 a.m." column of the response
)

// ActionRect is where action i (in game.EmergencyActions order) is drawn; tests
// click it.
func (s *emergencyScreen) ActionRect(i int) ui.Rect { return s.actionRects[i] }

// ButtonRect is where the Undo (0) and fact-card (1) buttons are.
func (s *emergencyScreen) ButtonRect(k int) ui.Rect { return s.buttonRects[k] }

// Build implements DutyScreen.
func (s *emergencyScreen) Build(ctx *Context, k *DutyKit) {
	k.Word(game.ErrNoMovesLeft, game.L("sys.emergency.full"))
	k.Word(game.ErrNoMoveToUndo, game.L("sys.emergency.none_to_undo"))
	v := k.View(ctx)
	d, ok := v.EmergencyDesk()
	if !ok {
		return
	}
	f := v.EmergencyForecast()
	// the fact card is the rule that binds this setting (game.EmergencySettings)
	rule := "sys.emergency.fact." + d.Rule() + "."
	year, _ := strconv.Atoi(ctx.T(rule + "year"))
	k.AddFact(game.Fact{
		Text:   game.Text{ctx.Lang: ctx.T(rule + "text")},
		Source: ctx.T(rule + "source"),
		Year:   year,
	})
	fs := ctx.Fonts
	y := s.buildIncident(ctx, k, &d, f)
	// the actions on the left and the response on the right; at a large text size
	// the actions take the whole width and the response goes under them
	g := emergencyGeom{leftW: emergencyLeftW, rightX: emergencyRightX, rightW: emergencyRightW, bottom: 630}
	wide := fs.TextScale() > 1.3
	if wide {
		g.leftW = SysArea.W
	}
	head := ui.Style{Size: 18, Bold: true, Color: ui.Ink}
	hl := fs.NewBlock(ctx.T("sys.emergency.actions"), head, g.leftW)
	g.top = y + max(32, hl.Height()+10)
	k.List.Block(hl, 40, y)
	bottom := s.buildActions(ctx, k, &d, f, g)
	if wide {
		y = bottom + 16
		g.rightX, g.rightW = 40, SysArea.W
		g.line = false
	} else {
		g.line = true
	}
	bottom = max(bottom, s.buildResponse(ctx, k, &d, f, g, y))
	if k.Message() == "" {
		// the hint beside Back while the bottom row stays at the window's foot, else under the desk
		hint := ctx.T("sys.emergency.hint")
		if x := k.BesideBack().X; fs.TextScale() <= 1 && bottom+14 <= ui.H-70 && x+fs.Width(hint, ui.Small) <= ui.W-10 {
			k.EndAt(bottom)
			k.List.Text(hint, x, k.FootY()+8, ui.Small)
			return
		}
		bottom += 12 + k.List.Wrapped(hint, 40, bottom+12, SysArea.W, ui.Small)
	}
	k.EndAt(bottom)
}

// emergencyGeom is where the actions and the response go for this layout.
type emergencyGeom struct {
	top            float64 // the first row of cards and of the response
	leftW          float64
	rightX, rightW float64
	bottom         float64 // where the desk ends at 100%
	line           bool    // a rule between the actions and the response
}

// buildIncident adds the incident box with the clock; it returns where the actions
// start below it.
func (s *emergencyScreen) buildIncident(ctx *Context, k *DutyKit, d *game.EmergencyDrill, f game.EmergencyForecast) float64 {
	fs := ctx.Fonts
	who := "sys.emergency.on_call"
	if !f.OnCall {
		who = "sys.emergency.on_duty"
	}
	whoSt, clockSt := ui.Style{Size: 16, Bold: true, Color: ui.InkSoft}, ui.Style{Size: 32, Bold: true, Color: ui.Ink}
	whoT, clockT := ctx.T(who), ctx.T("sys.emergency.clock", game.EmergencyClock(f.Now))
	rightW := max(fs.Width(whoT, whoSt), fs.Width(clockT, clockSt))
	textW := 960.0
	stacked := 1200-24-20-rightW-16 < 700 // who and the clock go on a line of their own
	if !stacked {
		textW = min(textW, 1200-24-20-rightW-16)
	} else {
		textW = 1200 - 48
	}
	title := fs.NewBlock(ctx.T("sys.emergency.incident."+d.Incident+".title"), ui.Style{Size: 21, Bold: true, Color: ui.Bad}, textW)
	body := fs.NewBlock(ctx.T(d.BodyKey()), ui.Style{Size: 17, Color: ui.Ink}, textW)
	textH := title.Height() + 4 + body.Height()
	headH := 0.0
	if stacked {
		headH = max(fs.LineHeight(whoSt), fs.LineHeight(clockSt)) + 4
	} else {
		textH = max(textH, 24+fs.LineHeight(clockSt)-16)
	}
	box := ui.Rect{X: 40, Y: SysArea.Y, W: 1200, H: 16 + headH + textH + 14}
	k.List.Fill(box, ui.Card)
	k.List.Fill(ui.Rect{X: box.X, Y: box.Y, W: 8, H: box.H}, ui.Bad)
	k.List.Stroke(box, 2, ui.Bad)
	y := box.Y + 14
	if stacked {
		k.List.Text(whoT, box.X+24, y+(headH-4-fs.LineHeight(whoSt))/2, whoSt)
		k.List.TextRight(clockT, box.X+box.W-20, y, clockSt)
		y += headH
	} else {
		k.List.TextRight(whoT, box.X+box.W-20, box.Y+14, whoSt)
		k.List.TextRight(clockT, box.X+box.W-20, box.Y+14+fs.LineHeight(whoSt)+2, clockSt)
	}
	y += k.List.Block(title, box.X+24, y) + 4
	k.List.Block(body, box.X+24, y)
	return box.Y + box.H + 8
}

// emergencyCard is one action card before it is placed.
type emergencyCard struct {
	title, tag ui.Block
	r          ui.Rect
}

// buildActions adds the action cards in three columns: a chosen one shows its move
// number and time, in words, and is tinted.
// It returns where the cards end.
func (s *emergencyScreen) buildActions(ctx *Context, k *DutyKit, d *game.EmergencyDrill, f game.EmergencyForecast, g emergencyGeom) float64 {
	top := g.top
	titles := make([]string, len(f.Actions))
	tags := make([]string, len(f.Actions))
	for i, a := range f.Actions {
		titles[i] = ctx.T(d.ActionKey(a))
		if m := f.Move[i]; m > 0 {
			tags[i] = ctx.T("sys.emergency.move_tag", game.NumArg(float64(m), 0), game.EmergencyClock(f.Times[m-1]))
		}
	}
	area := ui.Rect{X: 40, Y: top, W: g.leftW, H: g.bottom - top}
	if ctx.Fonts.TextScale() > 1 { // the page scrolls: the words keep their size
		area.H = 1e6
	}
	cards := emergencyCards(ctx.Fonts, titles, tags, area)
	s.actionRects = s.actionRects[:0]
	bottom := top
	for i, c := range cards {
		fill, edge := ui.Card, ui.Line
		if f.Move[i] > 0 {
			fill, edge = ui.Selected, ui.Teal
		}
		k.List.Fill(c.r, fill)
		k.List.Stroke(c.r, 2, edge)
		y := c.r.Y + 14
		y += k.List.Block(c.title, c.r.X+14, y)
		if len(c.tag.Lines) > 0 {
			k.List.Block(c.tag, c.r.X+14, y+6)
		}
		k.Add(Action{R: c.r, Look: LookRow, Row: i / 3, Col: i % 3, Do: DoCommand, Cmd: game.EmergencyPick{Action: f.Actions[i]}})
		s.actionRects = append(s.actionRects, c.r)
		bottom = max(bottom, c.r.Y+c.r.H)
	}
	return bottom
}

// emergencyCards lays the action cards out in three columns with a fixed gap, each
// row as tall as its tallest card; the text shrinks a size if the rows would not fit.
func emergencyCards(fs *ui.Fonts, titles, tags []string, area ui.Rect) []emergencyCard {
	const cols = 3
	colW := (area.W - emergencyCardGap*(cols-1)) / cols
	var cards []emergencyCard
	for _, size := range []float64{17, 16, 15} {
		ts := ui.Style{Size: size, Bold: true, Color: ui.Ink}
		gs := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
		cards = make([]emergencyCard, len(titles))
		for i := range titles {
			c := emergencyCard{title: fs.NewBlock(titles[i], ts, colW-28)}
			if tags[i] != "" {
				c.tag = fs.NewBlock(tags[i], gs, colW-28)
			}
			// room for a one-line tag on every card, so picking one never moves the rows
			c.r.H = 24 + c.title.Height() + 6 + fs.LineHeight(gs)
			cards[i] = c
		}
		y := area.Y
		for i := 0; i < len(cards); i += cols {
			rowH := 0.0
			for j := i; j < i+cols && j < len(cards); j++ {
				rowH = max(rowH, cards[j].r.H)
			}
			for j := i; j < i+cols && j < len(cards); j++ {
				cards[j].r = ui.Rect{X: area.X + float64(j-i)*(colW+emergencyCardGap), Y: y, W: colW, H: rowH}
			}
			y += rowH + emergencyCardGap
		}
		if y-emergencyCardGap <= area.Y+area.H {
			break
		}
	}
	return cards
}

// buildResponse adds the response so far, move by move, with Undo and the fact card
// under it.
// head is where its heading goes; it returns where the response ends.
func (s *emergencyScreen) buildResponse(ctx *Context, k *DutyKit, d *game.EmergencyDrill, f game.EmergencyForecast, g emergencyGeom, head float64) float64 {
	fs := ctx.Fonts
	x, w := g.rightX, g.rightW
	headSt, movesSt := ui.Style{Size: 18, Bold: true, Color: ui.Ink}, ui.Style{Size: 16, Bold: true, Color: ui.InkSoft}
	moves := ctx.T("sys.emergency.moves", game.NumArg(float64(f.Used), 0), game.NumArg(float64(f.Moves), 0))
	mw := fs.Width(moves, movesSt)
	var hh float64
	if fs.Width(ctx.T("sys.emergency.plan_title"), headSt)+16+mw <= w {
		hh = k.List.Wrapped(ctx.T("sys.emergency.plan_title"), x, head, w-mw-16, headSt)
		k.List.TextRight(moves, x+w, head+2, movesSt)
	} else { // the count under the heading
		hh = k.List.Wrapped(ctx.T("sys.emergency.plan_title"), x, head, w, headSt)
		hh += k.List.Wrapped(moves, x, head+hh, w, movesSt)
	}
	y := max(g.top, head+hh+10)
	rowSt := ui.Style{Size: 16, Bold: true, Color: ui.Teal}
	whenW := emergencyWhenW
	for m := range d.Order {
		whenW = max(whenW, fs.Width(ctx.T("sys.emergency.row", game.NumArg(float64(m+1), 0), game.EmergencyClock(f.Times[m])), rowSt)+12)
	}
	if len(d.Order) == 0 {
		y += k.List.Wrapped(ctx.T("sys.emergency.plan_empty"), x, y, w, ui.BodySm) + 16
	} else {
		for m, a := range d.Order {
			k.List.Text(ctx.T("sys.emergency.row", game.NumArg(float64(m+1), 0), game.EmergencyClock(f.Times[m])), x, y, rowSt)
			h := k.List.Wrapped(ctx.T(d.ActionKey(a)), x+whenW, y, w-whenW, ui.Style{Size: 16, Color: ui.Ink})
			y += max(h, fs.LineHeight(rowSt)) + 10
		}
		y += 6
	}
	st := ui.Style{Size: 16, Bold: true}
	bh := sysButtonH(fs, st)
	s.buttonRects = s.buttonRects[:0]
	undo := ctx.T("sys.emergency.btn.undo")
	r := ui.Rect{X: x, Y: y, W: max(110, fs.Width(undo, st)+28), H: bh}
	look := LookPlain
	if !f.CanUndo {
		look = LookDisabled
	}
	k.Add(Action{R: r, Label: undo, Look: look, Row: 3, Col: 3, Do: DoCommand, Cmd: game.EmergencyUndo{}})
	s.buttonRects = append(s.buttonRects, r)
	fact := ctx.T("sys.emergency.btn.fact." + d.Rule())
	fw := max(110, fs.Width(fact, st)+28)
	r = ui.Rect{X: r.X + r.W + 14, Y: y, W: fw, H: bh}
	if r.X+r.W > x+w { // under Undo
		r.X, r.Y = x, y+bh+8
	}
	k.Add(Action{R: r, Label: fact, Look: LookPlain, Row: 3, Col: 4, Do: DoFact, Fact: 0})
	s.buttonRects = append(s.buttonRects, r)
	if g.line {
		k.List.Line(x-16, head, x-16, max(g.bottom, r.Y+r.H), ui.Line)
	}
	return r.Y + r.H
}

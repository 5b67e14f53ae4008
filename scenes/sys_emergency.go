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
	top := s.buildIncident(ctx, k, &d, f)
	s.buildActions(ctx, k, &d, f, top)
	s.buildResponse(ctx, k, &d, f, top)
	if k.Message() == "" {
		k.List.Text(ctx.T("sys.emergency.hint"), k.BesideBack().X, ui.H-62, ui.Small)
	}
}

// buildIncident adds the incident box with the clock; it returns where the actions
// start below it.
func (s *emergencyScreen) buildIncident(ctx *Context, k *DutyKit, d *game.EmergencyDrill, f game.EmergencyForecast) float64 {
	fs := ctx.Fonts
	title := fs.NewBlock(ctx.T("sys.emergency.incident."+d.Incident+".title"), ui.Style{Size: 21, Bold: true, Color: ui.Bad}, 960)
	body := fs.NewBlock(ctx.T(d.BodyKey()), ui.Style{Size: 17, Color: ui.Ink}, 960)
	box := ui.Rect{X: 40, Y: emergencyBoxY, W: 1200, H: 16 + title.Height() + 4 + body.Height() + 14}
	k.List.Fill(box, ui.Card)
	k.List.Fill(ui.Rect{X: box.X, Y: box.Y, W: 8, H: box.H}, ui.Bad)
	k.List.Stroke(box, 2, ui.Bad)
	y := box.Y + 14
	y += k.List.Block(title, box.X+24, y) + 4
	k.List.Block(body, box.X+24, y)
	who := "sys.emergency.on_call"
	if !f.OnCall {
		who = "sys.emergency.on_duty"
	}
	k.List.TextRight(ctx.T(who), box.X+box.W-20, box.Y+14, ui.Style{Size: 16, Bold: true, Color: ui.InkSoft})
	k.List.TextRight(ctx.T("sys.emergency.clock", game.EmergencyClock(f.Now)), box.X+box.W-20, box.Y+38, ui.Style{Size: 32, Bold: true, Color: ui.Ink})
	return box.Y + box.H + 40
}

// emergencyCard is one action card before it is placed.
type emergencyCard struct {
	title, tag ui.Block
	r          ui.Rect
}

// buildActions adds the action cards in three columns: a chosen one shows its move
// number and time, in words, and is tinted.
func (s *emergencyScreen) buildActions(ctx *Context, k *DutyKit, d *game.EmergencyDrill, f game.EmergencyForecast, top float64) {
	k.List.Text(ctx.T("sys.emergency.actions"), 40, top-32, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	titles := make([]string, len(f.Actions))
	tags := make([]string, len(f.Actions))
	for i, a := range f.Actions {
		titles[i] = ctx.T(d.ActionKey(a))
		if m := f.Move[i]; m > 0 {
			tags[i] = ctx.T("sys.emergency.move_tag", game.NumArg(float64(m), 0), game.EmergencyClock(f.Times[m-1]))
		}
	}
	cards := emergencyCards(ctx.Fonts, titles, tags, ui.Rect{X: 40, Y: top, W: emergencyLeftW, H: 630 - top})
	s.actionRects = s.actionRects[:0]
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
	}
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
func (s *emergencyScreen) buildResponse(ctx *Context, k *DutyKit, d *game.EmergencyDrill, f game.EmergencyForecast, top float64) {
	fs := ctx.Fonts
	x := emergencyRightX
	k.List.Text(ctx.T("sys.emergency.plan_title"), x, top-32, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	k.List.TextRight(ctx.T("sys.emergency.moves", game.NumArg(float64(f.Used), 0), game.NumArg(float64(f.Moves), 0)),
		x+emergencyRightW, top-30, ui.Style{Size: 16, Bold: true, Color: ui.InkSoft})
	k.List.Line(x-16, top-32, x-16, 630, ui.Line)
	y := top
	if len(d.Order) == 0 {
		y += k.List.Wrapped(ctx.T("sys.emergency.plan_empty"), x, y, emergencyRightW, ui.BodySm) + 16
	} else {
		for m, a := range d.Order {
			k.List.Text(ctx.T("sys.emergency.row", game.NumArg(float64(m+1), 0), game.EmergencyClock(f.Times[m])), x, y, ui.Style{Size: 16, Bold: true, Color: ui.Teal})
			h := k.List.Wrapped(ctx.T(d.ActionKey(a)), x+emergencyWhenW, y, emergencyRightW-emergencyWhenW, ui.Style{Size: 16, Color: ui.Ink})
			y += max(h, 22) + 10
		}
		y += 6
	}
	st := ui.Style{Size: 16, Bold: true}
	s.buttonRects = s.buttonRects[:0]
	undo := ctx.T("sys.emergency.btn.undo")
	r := ui.Rect{X: x, Y: y, W: max(110, fs.Width(undo, st)+28), H: 44}
	look := LookPlain
	if !f.CanUndo {
		look = LookDisabled
	}
	k.Add(Action{R: r, Label: undo, Look: look, Row: 3, Col: 3, Do: DoCommand, Cmd: game.EmergencyUndo{}})
	s.buttonRects = append(s.buttonRects, r)
	fact := ctx.T("sys.emergency.btn.fact." + d.Rule())
	r = ui.Rect{X: r.X + r.W + 14, Y: y, W: max(110, fs.Width(fact, st)+28), H: 44}
	k.Add(Action{R: r, Label: fact, Look: LookPlain, Row: 3, Col: 4, Do: DoFact, Fact: 0})
	s.buttonRects = append(s.buttonRects, r)
}

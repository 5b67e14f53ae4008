package scenes

import (
	"errors"
	"strconv"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// EmergencyScene is the on-call emergency: the incident and the clock at the top,
// the actions to pick in order on the left, and the response so far, move by move,
// on the right.
type EmergencyScene struct {
	sysBase
	m menu

	cards  int // items [0, cards) are the actions, in game.EmergencyActions order
	undo   int
	factB  int
	own    int
	incT   ui.Block
	incB   ui.Block
	clock  string
	onCall string
	head   string
	plan   string
	moves  string
	empty  ui.Block
	rows   []emgRow
	hint   string
	msg    string
	boxH   float64
}

type emgRow struct {
	when  string
	label ui.Block
}

// emergency screen geometry
const (
	emgBoxY    = 150.0
	emgLeftW   = 760.0
	emgRightX  = 830.0
	emgRightW  = 410.0
	emgCardGap = 10.0
)

// Name implements Scene.
func (s *EmergencyScene) Name() string { return "system-emergency" }

func (s *EmergencyScene) drill(ctx *Context) *game.EmergencyDrill {
	return ctx.Session.LegacyState().Sys.Emergency
}

// Layout implements Scene.
func (s *EmergencyScene) Layout(ctx *Context) {
	s.layoutBase(ctx)
	if s.drill(ctx) == nil {
		s.m.items = s.baseItems()
		return
	}
	s.build(ctx)
	s.m.focus = 0
}

// build makes the widgets and texts for the current state; it runs at layout and
// after each command, never per frame.
func (s *EmergencyScene) build(ctx *Context) {
	fs := ctx.Fonts
	d := s.drill(ctx)
	s.incT = fs.NewBlock(ctx.T("sys.emergency.incident."+d.Incident+".title"), ui.Style{Size: 21, Bold: true, Color: ui.Bad}, 960)
	s.incB = fs.NewBlock(ctx.T(d.BodyKey()), ui.Style{Size: 17, Color: ui.Ink}, 960)
	s.boxH = 16 + s.incT.Height() + 4 + s.incB.Height() + 14
	times := d.Times()
	s.clock = ctx.T("sys.emergency.clock", game.EmergencyClock(times[len(times)-1]))
	s.onCall = ctx.T("sys.emergency.on_call")
	s.head = ctx.T("sys.emergency.actions")
	s.plan = ctx.T("sys.emergency.plan_title")
	s.moves = ctx.T("sys.emergency.moves", itoa(len(d.Order)), itoa(game.EmergencyMoves))
	s.hint = ctx.T("sys.emergency.hint")

	// the actions: a chosen one shows its move number and time
	specs := make([]ui.CardSpec, len(game.EmergencyActions))
	for i, a := range game.EmergencyActions {
		specs[i] = ui.CardSpec{Title: ctx.T(d.ActionKey(a))}
		for k, o := range d.Order {
			if o == a {
				specs[i].Selected = true
				specs[i].Tag = ctx.T("sys.emergency.move_tag", itoa(k+1), game.EmergencyClock(times[k]))
			}
		}
	}
	top := emgBoxY + s.boxH + 40
	area := ui.Rect{X: 40, Y: top, W: emgLeftW, H: 630 - top}
	items := emgCards(fs, specs, area)
	s.cards = len(items)

	// the response so far
	s.rows = s.rows[:0]
	for k, a := range d.Order {
		s.rows = append(s.rows, emgRow{
			when:  ctx.T("sys.emergency.row", itoa(k+1), game.EmergencyClock(times[k])),
			label: fs.NewBlock(ctx.T(d.ActionKey(a)), ui.Style{Size: 16, Color: ui.Ink}, emgRightW-110),
		})
	}
	s.empty = fs.NewBlock(ctx.T("sys.emergency.plan_empty"), ui.BodySm, emgRightW)
	y := s.listBottom(top)
	undo := ui.NewQuiet(fs, ctx.T("sys.emergency.btn.undo"), emgRightX, y)
	undo.Disabled = len(d.Order) == 0
	fact := ui.NewQuiet(fs, ctx.T("sys.emergency.btn.fact"), undo.R.X+undo.R.W+14, y)
	s.undo, s.factB = len(items), len(items)+1
	items = append(items, undo, fact)
	s.own = len(items)
	s.m.items = append(items, s.baseItems()...)
}

// emgCards lays the action cards out in three columns with a fixed gap, each row as
// tall as its tallest card; the text shrinks a size if the rows would not fit.
func emgCards(fs *ui.Fonts, specs []ui.CardSpec, area ui.Rect) []ui.Button {
	const cols = 3
	colW := (area.W - emgCardGap*(cols-1)) / cols
	for _, size := range []float64{17, 16, 15} {
		ts := ui.Style{Size: size, Bold: true, Color: ui.Ink}
		gs := ui.Style{Size: 15, Bold: true, Color: ui.Teal}
		bs := make([]ui.Button, len(specs))
		for i, sp := range specs {
			b := ui.Button{Kind: ui.CardKind, Selected: sp.Selected}
			b.Title = fs.NewBlock(sp.Title, ts, colW-28)
			if sp.Tag != "" {
				b.Tag = fs.NewBlock(sp.Tag, gs, colW-28)
			}
			// room for a one-line tag on every card, so picking one never moves the rows
			b.R.H = 24 + b.Title.Height() + 6 + fs.LineHeight(gs)
			bs[i] = b
		}
		y := area.Y
		for i := 0; i < len(bs); i += cols {
			rowH := 0.0
			for j := i; j < i+cols && j < len(bs); j++ {
				rowH = max(rowH, bs[j].R.H)
			}
			for j := i; j < i+cols && j < len(bs); j++ {
				bs[j].R = ui.Rect{X: area.X + float64(j-i)*(colW+emgCardGap), Y: y, W: colW, H: rowH}
			}
			y += rowH + emgCardGap
		}
		if y-emgCardGap <= area.Y+area.H || size == 15 {
			return bs
		}
	}
	return nil
}

// ActionRect is where action i (in game.EmergencyActions order) is drawn; tests
// click it.
func (s *EmergencyScene) ActionRect(i int) ui.Rect { return s.m.items[i].R }

// ButtonRect is where the Undo (0) and fact-card (1) buttons are.
func (s *EmergencyScene) ButtonRect(k int) ui.Rect { return s.m.items[s.undo+k].R }

// listBottom is where the buttons under the response list go.
func (s *EmergencyScene) listBottom(top float64) float64 {
	y := top
	if len(s.rows) == 0 {
		return y + s.empty.Height() + 16
	}
	for _, r := range s.rows {
		y += max(r.label.Height(), 22) + 10
	}
	return y + 6
}

// refresh rebuilds after a command, keeping focus, and saves the run.
func (s *EmergencyScene) refresh(ctx *Context, err error) {
	s.msg = ""
	if err != nil {
		if errors.Is(err, game.ErrNoMovesLeft) {
			s.msg = ctx.T("sys.emergency.full", itoa(game.EmergencyMoves))
		}
		return
	}
	ctx.save()
	focus := s.m.focus
	s.build(ctx)
	s.m.focus = focus
	if s.m.focus < len(s.m.items) && s.m.items[s.m.focus].Disabled {
		s.m.focus = 0
	}
}

func (s *EmergencyScene) fact(ctx *Context) {
	year, _ := strconv.Atoi(ctx.T("sys.emergency.fact.year"))
	ctx.Push(&FactScene{Fact: game.Fact{
		Text:   game.Text{ctx.Lang: ctx.T("sys.emergency.fact.text")},
		Source: ctx.T("sys.emergency.fact.source"),
		Year:   year,
	}})
}

// Update implements Scene.
func (s *EmergencyScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.handleBase(ctx, in, -1)
		return nil
	}
	if s.drill(ctx) == nil {
		s.handleBase(ctx, in, s.m.handle(in))
		return nil
	}
	if in.Fact {
		s.fact(ctx)
		return nil
	}
	i := s.m.handle(in)
	switch {
	case i < 0:
	case i < s.cards:
		s.refresh(ctx, ctx.Session.EmergencyPick(game.EmergencyActions[i]))
	case i == s.undo:
		s.refresh(ctx, ctx.Session.EmergencyUndo())
	case i == s.factB:
		s.fact(ctx)
	default:
		s.handleBase(ctx, in, i-s.own)
	}
	return nil
}

// Draw implements Scene.
func (s *EmergencyScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	if s.drill(ctx) == nil {
		s.m.draw(c)
		return
	}
	// the incident, with the clock
	box := ui.Rect{X: 40, Y: emgBoxY, W: 1200, H: s.boxH}
	c.FillRect(box, ui.Card)
	c.FillRect(ui.Rect{X: box.X, Y: box.Y, W: 8, H: box.H}, ui.Bad)
	c.StrokeRect(box, 2, ui.Bad)
	y := box.Y + 14
	y += c.Block(s.incT, box.X+24, y) + 4
	c.Block(s.incB, box.X+24, y)
	c.TextRight(s.onCall, box.X+box.W-20, box.Y+14, ui.Style{Size: 16, Bold: true, Color: ui.InkSoft})
	c.TextRight(s.clock, box.X+box.W-20, box.Y+38, ui.Style{Size: 32, Bold: true, Color: ui.Ink})

	top := emgBoxY + s.boxH + 40
	c.Text(s.head, 40, top-32, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	for i := 0; i < s.cards; i++ {
		s.m.items[i].Draw(c, s.m.focus == i, s.m.hover == i)
	}
	// the response so far
	c.Text(s.plan, emgRightX, top-32, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	c.TextRight(s.moves, emgRightX+emgRightW, top-30, ui.Style{Size: 16, Bold: true, Color: ui.InkSoft})
	c.Line(emgRightX-16, top-32, emgRightX-16, 630, 2, ui.Line)
	ry := top
	if len(s.rows) == 0 {
		c.Block(s.empty, emgRightX, ry)
	}
	for _, r := range s.rows {
		c.Text(r.when, emgRightX, ry, ui.Style{Size: 16, Bold: true, Color: ui.Teal})
		c.Block(r.label, emgRightX+110, ry)
		ry += max(r.label.Height(), 22) + 10
	}
	for i := s.cards; i < len(s.m.items); i++ {
		s.m.items[i].Draw(c, s.m.focus == i, s.m.hover == i)
		if s.m.items[i].Disabled {
			c.FillRect(s.m.items[i].R, stDisabledVeil)
		}
	}
	x := s.back.R.X + s.back.R.W + 24
	if s.msg != "" {
		c.Text(s.msg, x, ui.H-62, ui.Style{Size: 16, Bold: true, Color: ui.Bad})
	} else {
		c.Text(s.hint, x, ui.H-62, ui.Small)
	}
}

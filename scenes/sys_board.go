package scenes

import (
	"math"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// boardScreen is the board duty screen at quarter end, on two pages: choosing the
// report's measures and how to show each (with a one-page preview of what the board
// will read), and answering the board members' risk questions. It reads the desk and
// the core's forecast from the view and changes it only with commands.
type boardScreen struct{}

// The board screen's pages, in tab order.
const (
	boardPageMeasures = iota
	boardPageRisks
)

const (
	boardTop      = 204.0 // where a page's content starts, under the tabs
	boardCardW    = 360.0 // a measure card
	boardCardH    = 64.0
	boardCardStep = 70.0
	boardSourceW  = 70.0 // the "Source" button on a measure card
	boardPrevX    = 790.0
	boardPrevW    = 450.0
	boardDeskEnd  = 630.0
	boardQTop     = 236.0 // the first risk question
	boardQH       = 122.0
)

// Build implements DutyScreen.
func (s *boardScreen) Build(ctx *Context, k *DutyKit) {
	v := k.View(ctx)
	desk, ok := v.BoardDesk()
	if !ok {
		return
	}
	if f, ok := v.BoardFact(); ok {
		k.AddFact(f)
	}
	k.Tabs(ctx.T("sys.board.tab.measures"), ctx.T("sys.board.tab.risks"))
	fc := v.BoardForecast()
	if k.Tab == boardPageMeasures {
		boardMeasures(ctx, k, desk, fc)
	} else {
		boardRisks(ctx, k, desk)
	}
}

// boardValue says a meter's value with its unit ("1.4%", "161 days"), from the catalog.
func boardValue(ctx *Context, id game.MeterID, v float64) string {
	d := game.Meter(id)
	arg := game.NumArg(v, d.Decimals)
	if d.Unit != "" {
		arg = game.UnitArg(v, d.Decimals, d.Unit)
	}
	return ctx.T("sys.board.value", arg)
}

// boardCount is a count as a language-neutral Line argument.
func boardCount(n int) string { return game.NumArg(float64(n), 0) }

// boardMeasures lays out the twelve candidate measures as cards in two columns
// (pressing a card moves it to the next way of showing it; its Source button opens
// the meter's benchmark and source), and the draft report beside them.
func boardMeasures(ctx *Context, k *DutyKit, desk game.BoardReport, fc game.BoardForecast) {
	l, fs := &k.List, ctx.Fonts
	for i := range desk.Measures {
		m := &desk.Measures[i]
		read := fc.Measures[i]
		d := game.Meter(m.ID)
		row, col := i/2, i%2
		card := ui.Rect{X: 40 + float64(col)*(boardCardW+10), Y: boardTop + float64(row)*boardCardStep, W: boardCardW, H: boardCardH}
		fill := ui.Card
		if m.Shown() {
			fill = ui.Selected
		}
		l.Fill(card, fill)
		l.Stroke(card, 2, ui.Line)
		x, right := card.X+10, card.X+card.W-boardSourceW-14
		st := ui.Style{Size: 14, Bold: true, Color: ui.InkSoft}
		if read.Bad {
			st.Color = ui.Bad
		}
		// the name shrinks when it and the standing would touch
		status, name := ctx.T("sys.board.status."+read.Standing), ctx.T(m.NameKey())
		ns := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
		for ns.Size > 13 && fs.Width(name, ns)+fs.Width(status, st)+12 > right-x {
			ns.Size--
		}
		l.Text(name, x, card.Y+5+(16-ns.Size)/2, ns)
		l.TextRight(status, right, card.Y+6, st)
		l.Text(ctx.T("sys.board.card.values", boardValue(ctx, m.ID, m.Value), boardValue(ctx, m.ID, d.Benchmark)), x, card.Y+25, ui.Style{Size: 14, Color: ui.Ink})
		l.Text(ctx.T("sys.board.card.mode", ctx.T("sys.board.mode."+itoa(m.Mode))), x, card.Y+43, ui.Style{Size: 14, Bold: true, Color: ui.Teal})
		l.TextRight(ctx.T("sys.board.kind."+m.Kind), right, card.Y+44, ui.Style{Size: 13, Color: ui.InkSoft})
		k.Add(Action{R: ui.Rect{X: card.X, Y: card.Y, W: card.W - boardSourceW - 8, H: card.H}, Look: LookRow,
			Row: 1 + row, Col: 2 * col, Do: DoCommand, Cmd: game.BoardCycle{Measure: i}})
		id := m.ID
		k.Add(Action{R: ui.Rect{X: card.X + card.W - boardSourceW - 4, Y: card.Y + (card.H-48)/2, W: boardSourceW, H: 48},
			Label: ctx.T("sys.board.card.source"), Look: LookPlain, Row: 1 + row, Col: 2*col + 1, Do: DoLocal,
			Local: func() { ctx.Push(&MeterScene{ID: id}) }})
	}

	// the one-page preview: what the board will read
	px, pw := boardPrevX, boardPrevW
	page := ui.Rect{X: px, Y: boardTop, W: pw, H: boardDeskEnd - boardTop}
	l.Fill(page, ui.White)
	l.Stroke(page, 2, ui.Ink)
	l.Wrapped(ctx.R(fc.To), px+12, boardTop+10, pw-24-130, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
	k.Add(Action{R: ui.Rect{X: px + pw - 8 - 120, Y: boardTop + 6, W: 120, H: 44}, Label: ctx.T("sys.board.fact"), Look: LookPlain,
		Row: 1, Col: 4, Do: DoFact, Fact: 0})
	y := boardTop + 58
	if fc.Score.Shown == 0 {
		l.Text(ctx.T("sys.board.preview.empty"), px+12, y, ui.Small)
	}
	listed := 0
	for i := range desk.Measures {
		m := &desk.Measures[i]
		if !m.Shown() || listed == 5 {
			continue
		}
		listed++
		read := fc.Measures[i]
		d := game.Meter(m.ID)
		note, noteBad := "", false
		switch m.Mode {
		case game.BoardWithBenchmark:
			word := "little_worse"
			switch read.Standing {
			case game.BoardAt:
				word = "at"
			case game.BoardBetter:
				word = "better"
			case game.BoardWorst, game.BoardWorse:
				word, noteBad = "worse", true
			}
			note = ctx.T("sys.board.preview.with_bench", ctx.T("sys.board.preview.bench", boardValue(ctx, m.ID, d.Benchmark)), ctx.T("sys.board.preview."+word))
		case game.BoardNoBenchmark:
			note = ctx.T("sys.board.preview.nobench")
		case game.BoardBestWeek:
			note, noteBad = ctx.T("sys.board.preview.best", boardValue(ctx, m.ID, m.Value)), read.Flattering
		}
		l.Text(ctx.T(m.NameKey()), px+12, y, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
		l.TextRight(boardValue(ctx, m.ID, read.Shows), px+pw-12, y, ui.Style{Size: 16, Bold: true, Color: ui.Ink})
		ns := ui.Style{Size: 15, Color: ui.InkSoft}
		if noteBad {
			ns = ui.Style{Size: 15, Bold: true, Color: ui.Bad}
		}
		l.Text(note, px+12, y+19, ns)
		boardScale(l, ui.Rect{X: px + 12, Y: y + 39, W: pw - 24, H: 8}, m.ID, read.Shows, m.Mode == game.BoardWithBenchmark)
		y += 54
	}
	if fc.Score.Shown > listed {
		l.Text(ctx.T("sys.board.preview.more", boardCount(fc.Score.Shown-listed)), px+12, y-4, ui.Small)
	}
	sc := fc.Score
	var warnings []ui.Block
	fy := boardDeskEnd - 8 - 20.0
	for _, w := range fc.Warnings {
		b := fs.NewBlock(ctx.R(w), ui.Style{Size: 15, Bold: true, Color: ui.Ink}, pw-24)
		warnings = append(warnings, b)
		fy -= b.Height() + 2
	}
	fy = math.Max(fy, y+14)
	l.Line(px+12, fy-6, px+pw-12, fy-6, ui.Line)
	l.Text(ctx.T("sys.board.preview.balance", boardCount(sc.Quality), boardCount(sc.Finance), boardCount(sc.Benchmarked), boardCount(sc.Shown)),
		px+12, fy, ui.Style{Size: 15, Bold: true, Color: ui.Teal})
	fy += 20
	for _, w := range warnings {
		if fy+w.Height() > boardDeskEnd {
			break
		}
		fy += l.Block(w, px+12, fy) + 2
	}
}

// boardScale draws a measure on its meter's range: a line, a tick at the benchmark
// (when the report shows one) and a square marker at the value shown.
func boardScale(l *ui.DrawList, r ui.Rect, id game.MeterID, shown float64, bench bool) {
	d := game.Meter(id)
	pos := func(v float64) float64 { return r.X + r.W*(d.Clamp(v)-d.Min)/(d.Max-d.Min) }
	l.Line(r.X, r.Y+r.H/2, r.X+r.W, r.Y+r.H/2, ui.Line)
	if bench {
		bx := pos(d.Benchmark)
		l.Fill(ui.Rect{X: bx - 1.5, Y: r.Y - 4, W: 3, H: r.H + 8}, ui.Ink)
	}
	x := pos(shown)
	l.Fill(ui.Rect{X: x - 6, Y: r.Y + r.H/2 - 6, W: 12, H: 12}, ui.Teal)
}

// boardRisks lays out the board members' questions, each with three answer cards.
func boardRisks(ctx *Context, k *DutyKit, desk game.BoardReport) {
	l, fs := &k.List, ctx.Fonts
	l.Text(ctx.T("sys.board.risk.title"), 40, boardTop+2, ui.Style{Size: 19, Bold: true, Color: ui.Ink})
	l.TextRight(ctx.T("sys.board.risk.pick"), 1240, boardTop+6, ui.Small)
	w := (1200.0 - 2*12) / 3
	for q, qu := range desk.Questions {
		y := boardQTop + float64(q)*boardQH
		l.Text(ctx.T("sys.board.member."+qu.Member), 40, y, ui.Style{Size: 16, Bold: true, Color: ui.Teal})
		question := fs.NewBlock(ctx.T(qu.QuestionKey(), boardValue(ctx, qu.Meter, qu.Value)), ui.Style{Size: 16, Color: ui.Ink}, 1200)
		if len(question.Lines) > 1 {
			question.Lines = question.Lines[:1]
		}
		l.Block(question, 40, y+21)
		for opt, kind := range qu.Order {
			key := qu.AnswerKey(kind)
			r := ui.Rect{X: 40 + float64(opt)*(w+12), Y: y + 46, W: w, H: 66}
			chosen := qu.Answer == kind
			if chosen {
				l.Fill(r, ui.Selected)
				l.Stroke(r, 4, ui.Teal)
			} else {
				l.Fill(r, ui.Card)
				l.Stroke(r, 2, ui.Line)
			}
			// the choice mark: a box, filled when chosen, so it reads without colour
			box := ui.Rect{X: r.X + 9, Y: r.Y + 9, W: 18, H: 18}
			l.Fill(box, ui.White)
			l.Stroke(box, 2, ui.Ink)
			if chosen {
				l.Fill(box.Inset(4), ui.Ink)
			}
			answer := fs.NewBlock(ctx.T(key), ui.Style{Size: 15, Color: ui.Ink}, w-44)
			answer.LineH = 18
			for len(answer.Lines) > 0 && answer.Height() > r.H-10 {
				answer.Lines = answer.Lines[:len(answer.Lines)-1]
			}
			l.Block(answer, r.X+34, r.Y+6)
			k.Add(Action{R: r, Look: LookRow, Selected: chosen, Row: 1 + q, Col: opt, Do: DoCommand,
				Cmd: game.BoardAnswer{Question: q, Option: opt}})
		}
	}
}

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
// the meter's benchmark and source), and the draft report beside them (under them
// at a large text size). Cards and the page are as tall as their wrapped text.
func boardMeasures(ctx *Context, k *DutyKit, desk game.BoardReport, fc game.BoardForecast) {
	l, fs := &k.List, ctx.Fonts
	stacked := fs.TextScale() > 1.2
	cardW := boardCardW
	if stacked {
		cardW = (1200 - 10) / 2
	}
	srcLabel := ctx.T("sys.board.card.source")
	srcW := math.Max(boardSourceW, fs.Width(srcLabel, ui.Style{Size: 16, Bold: true})+16)
	srcH := math.Max(48, k.ButtonH(srcLabel, srcW))
	type cardText struct {
		name, status, values, mode, kind ui.Block
		statusBeside, kindBeside         bool
		h                                float64
	}
	texts := make([]cardText, len(desk.Measures))
	for i := range desk.Measures {
		m := &desk.Measures[i]
		read := fc.Measures[i]
		d := game.Meter(m.ID)
		inner := cardW - srcW - 8 - 14
		st := ui.Style{Size: 14, Bold: true, Color: ui.InkSoft}
		if read.Bad {
			st.Color = ui.Bad
		}
		ns := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
		ks := ui.Style{Size: 13, Color: ui.InkSoft}
		ms := ui.Style{Size: 14, Bold: true, Color: ui.Teal}
		t := &texts[i]
		status, name := ctx.T("sys.board.status."+read.Standing), ctx.T(m.NameKey())
		sw := fs.Width(status, st)
		t.status = fs.NewBlock(status, st, inner)
		if t.statusBeside = sw+12+100 < inner && fs.Width(name, ns)+sw+12 <= inner; t.statusBeside {
			t.name = fs.NewBlock(name, ns, inner-sw-12)
		} else {
			t.name = fs.NewBlock(name, ns, inner)
		}
		t.values = fs.NewBlock(ctx.T("sys.board.card.values", boardValue(ctx, m.ID, m.Value), boardValue(ctx, m.ID, d.Benchmark)), ui.Style{Size: 14, Color: ui.Ink}, inner)
		mode, kind := ctx.T("sys.board.card.mode", ctx.T("sys.board.mode."+itoa(m.Mode))), ctx.T("sys.board.kind."+m.Kind)
		t.kindBeside = fs.Width(mode, ms)+fs.Width(kind, ks)+12 <= inner
		t.mode, t.kind = fs.NewBlock(mode, ms, inner), fs.NewBlock(kind, ks, inner)
		h := 5 + t.name.Height()
		if !t.statusBeside {
			h += t.status.Height()
		}
		h += t.values.Height() + t.mode.Height()
		if !t.kindBeside {
			h += t.kind.Height()
		}
		t.h = math.Max(h+6, math.Max(boardCardH, srcH+8))
	}
	y := boardTop
	for i := range desk.Measures {
		m := &desk.Measures[i]
		row, col := i/2, i%2
		rowH := texts[i].h
		if j := i ^ 1; j < len(texts) {
			rowH = math.Max(rowH, texts[j].h)
		}
		if col == 0 && i > 0 {
			y += boardCardStep - boardCardH + math.Max(texts[i-1].h, texts[i-2].h)
		}
		t := &texts[i]
		card := ui.Rect{X: 40 + float64(col)*(cardW+10), Y: y, W: cardW, H: rowH}
		fill := ui.Card
		if m.Shown() {
			fill = ui.Selected
		}
		l.Fill(card, fill)
		l.Stroke(card, 2, ui.Line)
		x, right := card.X+10, card.X+card.W-srcW-14
		cy := card.Y + 5
		l.Block(t.name, x, cy)
		if t.statusBeside {
			l.Text(t.status.Lines[0], right-t.status.Widths[0], cy+1, t.status.Style)
			cy += t.name.Height()
		} else {
			cy += t.name.Height()
			cy += l.Block(t.status, x, cy)
		}
		cy += l.Block(t.values, x, cy)
		l.Block(t.mode, x, cy)
		if t.kindBeside {
			l.Text(t.kind.Lines[0], right-t.kind.Widths[0], cy+1, t.kind.Style)
		} else {
			l.Block(t.kind, x, cy+t.mode.Height())
		}
		k.Add(Action{R: ui.Rect{X: card.X, Y: card.Y, W: card.W - srcW - 8, H: card.H}, Look: LookRow,
			Row: 1 + row, Col: 2 * col, Do: DoCommand, Cmd: game.BoardCycle{Measure: i}})
		id := m.ID
		k.Add(Action{R: ui.Rect{X: card.X + card.W - srcW - 4, Y: card.Y + (card.H-srcH)/2, W: srcW, H: srcH},
			Label: srcLabel, Look: LookPlain, Row: 1 + row, Col: 2*col + 1, Do: DoLocal,
			Local: func() { ctx.Push(&MeterScene{ID: id}) }})
		if i == len(desk.Measures)-1 {
			y += rowH
		}
	}

	// the one-page preview: what the board will read
	px, pw, top := boardPrevX, boardPrevW, boardTop
	if stacked {
		px, pw, top = 40, 1200, y+12
	}
	factLabel := ctx.T("sys.board.fact")
	fw := math.Max(120, fs.Width(factLabel, ui.Style{Size: 16, Bold: true})+20)
	fh := k.ButtonH(factLabel, fw)
	sc := fc.Score
	page := func(l *ui.DrawList) float64 {
		y := top + 10
		y += l.Wrapped(ctx.R(fc.To), px+12, y, pw-24-fw-10, ui.Style{Size: 18, Bold: true, Color: ui.Ink})
		y = math.Max(y+8, top+fh+14)
		if fc.Score.Shown == 0 {
			y += l.Wrapped(ctx.T("sys.board.preview.empty"), px+12, y, pw-24, ui.Small)
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
			vs := ui.Style{Size: 16, Bold: true, Color: ui.Ink}
			val := boardValue(ctx, m.ID, read.Shows)
			vw := fs.Width(val, vs)
			l.TextRight(val, px+pw-12, y, vs)
			y += l.Wrapped(ctx.T(m.NameKey()), px+12, y, pw-24-vw-12, vs)
			ns := ui.Style{Size: 15, Color: ui.InkSoft}
			if noteBad {
				ns = ui.Style{Size: 15, Bold: true, Color: ui.Bad}
			}
			y += l.Wrapped(note, px+12, y, pw-24, ns)
			boardScale(l, ui.Rect{X: px + 12, Y: y + 6, W: pw - 24, H: 8}, m.ID, read.Shows, m.Mode == game.BoardWithBenchmark)
			y += 22
		}
		if fc.Score.Shown > listed {
			y += l.Wrapped(ctx.T("sys.board.preview.more", boardCount(fc.Score.Shown-listed)), px+12, y, pw-24, ui.Small)
		}
		var warnings []ui.Block
		fy := boardDeskEnd - 8 - fs.LineHeight(ui.Style{Size: 15, Bold: true})
		for _, w := range fc.Warnings {
			b := fs.NewBlock(ctx.R(w), ui.Style{Size: 15, Bold: true, Color: ui.Ink}, pw-24)
			warnings = append(warnings, b)
			fy -= b.Height() + 2
		}
		fy = math.Max(fy, y+14)
		l.Line(px+12, fy-6, px+pw-12, fy-6, ui.Line)
		fy += l.Wrapped(ctx.T("sys.board.preview.balance", boardCount(sc.Quality), boardCount(sc.Finance), boardCount(sc.Benchmarked), boardCount(sc.Shown)),
			px+12, fy, pw-24, ui.Style{Size: 15, Bold: true, Color: ui.Teal})
		for _, w := range warnings {
			fy += l.Block(w, px+12, fy) + 2
		}
		return fy + 8
	}
	var scratch ui.DrawList
	scratch.Reset(fs)
	bottom := math.Max(page(&scratch), boardDeskEnd)
	pr := ui.Rect{X: px, Y: top, W: pw, H: bottom - top}
	l.Fill(pr, ui.White)
	l.Stroke(pr, 2, ui.Ink)
	page(l)
	k.Add(Action{R: ui.Rect{X: px + pw - 8 - fw, Y: top + 6, W: fw, H: fh}, Label: factLabel, Look: LookPlain,
		Row: 1, Col: 4, Do: DoFact, Fact: 0})
	k.EndAt(math.Max(y, bottom))
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

// boardRisks lays out the board members' questions, each with three answer cards
// as tall as their wrapped answers.
func boardRisks(ctx *Context, k *DutyKit, desk game.BoardReport) {
	l, fs := &k.List, ctx.Fonts
	ts := ui.Style{Size: 19, Bold: true, Color: ui.Ink}
	title, pick := ctx.T("sys.board.risk.title"), ctx.T("sys.board.risk.pick")
	y := boardTop + 2
	if fs.Width(title, ts)+fs.Width(pick, ui.Small)+24 <= 1200 {
		l.Text(title, 40, y, ts)
		l.TextRight(pick, 1240, y+4, ui.Small)
		y += fs.LineHeight(ts)
	} else {
		y += l.Wrapped(title, 40, y, 1200, ts)
		y += l.Wrapped(pick, 40, y, 1200, ui.Small)
	}
	y = math.Max(y+4, boardQTop)
	w := (1200.0 - 2*12) / 3
	as := ui.Style{Size: 15, Color: ui.Ink}
	for q, qu := range desk.Questions {
		y += l.Wrapped(ctx.T("sys.board.member."+qu.Member), 40, y, 1200, ui.Style{Size: 16, Bold: true, Color: ui.Teal})
		y += l.Wrapped(ctx.T(qu.QuestionKey(), boardValue(ctx, qu.Meter, qu.Value)), 40, y, 1200, ui.Style{Size: 16, Color: ui.Ink}) + 4
		h := 66.0
		answers := make([]ui.Block, len(qu.Order))
		for opt, kind := range qu.Order {
			answers[opt] = fs.NewBlock(ctx.T(qu.AnswerKey(kind)), as, w-44)
			h = math.Max(h, answers[opt].Height()+12)
		}
		for opt, kind := range qu.Order {
			r := ui.Rect{X: 40 + float64(opt)*(w+12), Y: y, W: w, H: h}
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
			l.Block(answers[opt], r.X+34, r.Y+6)
			k.Add(Action{R: r, Look: LookRow, Selected: chosen, Row: 1 + q, Col: opt, Do: DoCommand,
				Cmd: game.BoardAnswer{Question: q, Option: opt}})
		}
		y += h + 10
	}
	k.EndAt(y)
}

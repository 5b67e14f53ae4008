package scenes

import (
	"image/color"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// OutcomeScene is the debrief after a decision: why it played out so, and what moved.
type OutcomeScene struct {
	stepNav
	title ui.Block
	// verdict is a duty result's headline (good, mixed or hard), over the debrief
	verdict ui.Block
	lines   []ui.Block
	rows    []changeRow
	later   []ui.Block
	list    ui.DrawList // the debrief and the changes panel, laid out once
	// the person who brought the scenario, with the face the outcome gives them
	face         portrait
	faceX, faceY float64

	motion outcomeMotion // amounts counting up, event cards sliding in (motion.go)
}

type changeRow struct {
	label, amount, word string
	better              bool
	ch                  game.Change
}

// Name implements Scene.
func (s *OutcomeScene) Name() string { return "outcome" }

// Layout implements Scene.
func (s *OutcomeScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.begin(ctx)
	out := s.step.Outcome
	s.title = fs.NewBlock(ctx.R(out.Title), ui.H2, 1120)
	s.verdict = ui.Block{}
	if !out.Verdict.IsZero() {
		s.verdict = fs.NewBlock(ctx.R(out.Verdict), ui.Style{Size: 22, Bold: true, Color: verdictColor(out.Verdict)}, 680)
	}
	s.layoutLines(ctx, out)
	s.rows = nil
	for _, ch := range out.Changes {
		if negligible(ch) {
			continue
		}
		label, amount, better := changeText(ctx, ch)
		word := ctx.T("report.worse")
		if better {
			word = ctx.T("report.better")
		}
		s.rows = append(s.rows, changeRow{label, amount, word, better, ch})
	}
	s.face = portrait{}
	if sc := s.step.Scenario; sc != nil && ctx.Session != nil {
		mood := ctx.Session.View().OutcomeMood(out)
		s.face = newPortrait(ctx.Content.Character(sc.Character), mood, faceSize)
	}
	s.motion.events(ctx, s.step.Outcome, s.lines)
	bottom := s.layoutList(ctx)
	s.motion.start(ctx)
	by := max(ui.H-80, bottom+20)
	cont := ui.NewPrimary(fs, ctx.T("nav.continue"), 80, by)
	s.m.items = append(s.m.items, cont)
	s.addFact(ctx, cont.R.X+cont.R.W+20, by+3)
	s.end()
	s.m.focus = 0
}

// outcomeBottom is where the debrief must end, above the Continue button.
const outcomeBottom = ui.H - 100

// layoutLines wraps the debrief to fit above Continue: a busy quarter-end summary
// drops to smaller text, and what still does not fit is counted, not drawn under
// the buttons (the career report lists every consequence).
func (s *OutcomeScene) layoutLines(ctx *Context, out *game.Outcome) {
	fs := ctx.Fonts
	// at a large text size the page scrolls: the debrief gets as much more room
	room := outcomeBottom*fs.TextScale() - (90 + s.title.Height() + 18 + s.verdictHeight())
	for _, size := range []float64{21, 19, 17} { // secondary lines never below 15 px
		s.lines, s.later = nil, nil
		used := 0.0
		for i, l := range out.Lines {
			st := ui.Style{Size: size, Color: ui.Ink}
			if i > 0 {
				st = ui.Style{Size: size - 2, Color: ui.InkSoft}
			}
			b := fs.NewBlock(ctx.R(l), st, 680)
			s.lines = append(s.lines, b)
			used += b.Height() + 12
		}
		for _, l := range out.Later {
			b := fs.NewBlock(ctx.R(l), ui.Style{Size: size - 3, Bold: true, Color: ui.Focus}, 680)
			s.later = append(s.later, b)
			used += b.Height() + 8
		}
		if used <= room {
			return
		}
	}
	// still too long at the smallest size: keep what fits and say how much is left
	used, keep := 0.0, 0
	more := fs.NewBlock(ctx.T("outcome.more", itoa(len(s.lines))), ui.Style{Size: 16, Bold: true, Color: ui.Teal}, 680)
	for keep < len(s.lines) && used+s.lines[keep].Height()+12+more.Height() <= room {
		used += s.lines[keep].Height() + 12
		keep++
	}
	if keep < len(s.lines) {
		more = fs.NewBlock(ctx.T("outcome.more", itoa(len(s.lines)-keep)), ui.Style{Size: 16, Bold: true, Color: ui.Teal}, 680)
		s.lines = append(s.lines[:keep], more)
		s.later = nil
	}
}

// negligible reports whether a change would show as zero (changes that cancel out
// within a week, say).
func negligible(ch game.Change) bool {
	if game.Meter(ch.Target) != nil {
		return abs(ch.Delta) < 0.05 // shown with at most one decimal
	}
	return ch.Delta == 0
}

// verdictHeight is the room the verdict takes above the debrief (none without one).
func (s *OutcomeScene) verdictHeight() float64 {
	if len(s.verdict.Lines) == 0 {
		return 0
	}
	return s.verdict.Height() + 10
}

// verdictColor is green for a good result, red for a hard one; the words say it too.
func verdictColor(v game.Line) color.Color {
	switch v.Key {
	case game.Verdict(game.ResultGood).Key:
		return ui.Good
	case game.Verdict(game.ResultHard).Key:
		return ui.Bad
	}
	return ui.Teal
}

// Update implements Scene.
func (s *OutcomeScene) Update(ctx *Context, in *Input) error {
	s.motion.step()
	if s.handle(ctx, in) == 0 {
		return ctx.Do((*game.Session).Continue)
	}
	return nil
}

// outcome rows' styles
var (
	outcomeLabelStyle = ui.Style{Size: 17, Color: ui.Ink}
	outcomeAmountSt   = ui.Style{Size: 17, Bold: true}
	outcomeWordSt     = ui.Style{Size: 15}
)

// layoutList places the debrief and the panel of what changed, and returns the
// bottom of what it placed.
func (s *OutcomeScene) layoutList(ctx *Context) float64 {
	fs := ctx.Fonts
	l := &s.list
	l.Reset(ctx.Fonts)
	y := 90.0
	s.gloss.mark(ctx, &s.title, 80, y)
	y += l.Block(s.title, 80, y) + 18
	if h := s.verdictHeight(); h > 0 {
		l.Block(s.verdict, 80, y)
		y += h
	}
	for i := range s.lines {
		if h, ok := s.motion.place(i, s.lines[i], 80, y); ok {
			y += h // a delayed consequence's event card, drawn by the motion
			continue
		}
		s.gloss.mark(ctx, &s.lines[i], 80, y)
		y += l.Block(s.lines[i], 80, y) + 12
	}
	for i := range s.later {
		s.gloss.mark(ctx, &s.later[i], 80, y)
		y += l.Block(s.later[i], 80, y) + 8
	}
	bottom := y
	// what changed, in a panel on the right; below the debrief when the text is
	// large (the page scrolls), so its rows keep their room
	px, pw := 800.0, 420.0
	top := 90.0 + s.title.Height() + 18
	below := fs.TextScale() > 1.3
	if below {
		px, pw, top = 80, 680, y+8
	}
	// the columns: the word at the right, the amount before it, the label wrapped
	// in what is left
	wordW, amtW := 0.0, 0.0
	for _, r := range s.rows {
		wordW = max(wordW, fs.Width(r.word, outcomeWordSt))
		amtW = max(amtW, fs.Width("▲ "+r.amount, outcomeAmountSt))
	}
	wordX := px + pw - 16 - max(72, wordW)
	amtR := wordX - 12
	labelW := amtR - max(60, amtW) - 12 - (px + 16)
	headH := max(36, fs.LineHeight(ui.H3)+14)
	labels := make([]ui.Block, len(s.rows))
	rowsH := 0.0
	for i, r := range s.rows {
		labels[i] = fs.NewBlock(r.label, outcomeLabelStyle, labelW)
		rowsH += max(30, labels[i].Height()+4)
	}
	if len(s.rows) == 0 {
		rowsH = max(30, fs.LineHeight(ui.BodySm)+4)
	}
	ph := headH + 10 + rowsH + 16
	if !below && ph > ui.H-120-top {
		ph = ui.H - 120 - top
	}
	l.Card(ui.Rect{X: px, Y: top, W: pw, H: ph})
	l.Text(ctx.T("outcome.changes"), px+16, top+10, ui.H3)
	ry := top + headH + 10
	if len(s.rows) == 0 {
		l.Text(ctx.T("outcome.none"), px+16, ry, ui.BodySm)
	}
	for i, r := range s.rows {
		rh := max(30, labels[i].Height()+4)
		if ry+rh-2 > top+ph {
			break
		}
		col := ui.Bad
		if r.better {
			col = ui.Good
		}
		l.Block(labels[i], px+16, ry)
		if !s.motion.amount(ctx, r, amtR, ry, col) {
			l.TextRight(r.amount, amtR, ry, ui.Style{Size: 17, Bold: true, Color: col})
		}
		l.Text(r.word, wordX, ry, ui.Style{Size: 15, Color: col})
		ry += rh
	}
	bottom = max(bottom, top+ph)
	// who brought the scenario, below the panel, when there is room
	if s.face.img != nil && s.step.Scenario != nil {
		s.faceX, s.faceY = px, top+ph+18
		who := fs.NewBlock(ctx.X(s.step.Scenario.Who), ui.Style{Size: 16, Bold: true, Color: ui.Teal}, pw-faceSize-18)
		if !below && s.faceY+max(faceSize, who.Height()) > ui.H-24 {
			s.face = portrait{}
			return bottom
		}
		l.Block(who, px+faceSize+18, s.faceY+max(0, (faceSize-who.Height())/2))
		bottom = max(bottom, s.faceY+max(faceSize, who.Height()))
	}
	return bottom
}

// Draw implements Scene.
func (s *OutcomeScene) Draw(ctx *Context, c *ui.Canvas) {
	s.h.draw(c, s.menuFocused())
	s.list.Draw(c)
	s.motion.draw(c)
	s.face.draw(c, s.faceX, s.faceY)
	s.m.draw(c)
	s.gloss.draw(c)
}

package scenes

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/printout"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// ReportScene is the career report: interests, path, skills, the facility before and
// after, how it went, pay and outlook with sources, related careers and every
// decision. It scrolls.
type ReportScene struct {
	m          menu
	items      []placed
	height     float64
	scroll     float64
	again      int
	savePDF    int // the menu's Save as PDF and Save as picture buttons
	savePNG    int
	whatIf     int      // the What if? button (scenes/whatif.go)
	saved      ui.Block // where the last saved file went, or why it failed
	hasSaved   bool
	title      ui.Block // wrapped in the bar at a large text size
	titleY     float64
	barH       float64  // the title bar's height: 64, more when the title wraps
	face       portrait // the player, at the bar's right
	top        float64  // the scrolling area: under the bar, over the buttons
	bottom     float64
	scrollHint ui.Block // the scroll hint, laid out right of the buttons (or under them)
	hintX      float64  // where it starts: right of the button
	hintY      float64
	hintW      float64 // the room it has (the saved message's too)
	mc         meterCols2
}

// meterCols2 are the before/after table's columns, from measured widths; when a
// row does not fit on one line (a large text size) its name sits over the rest.
type meterCols2 struct {
	changeX, wordX, sparkX float64 // from the row's left edge
	lineH, rowH            float64
	stacked                bool
}

type placed struct {
	b     ui.Block
	x, y  float64
	rule  bool // a section rule above
	meter *meterLine
}

// meterLine is one row of the before/after table, laid out once.
type meterLine struct {
	name, change, word string
	better, same       bool
	trend              []float64
	lo, hi             float64
}

const (
	reportFace = 48.0 // the player's portrait in the title bar
	reportX    = 80.0
	reportW    = 1100.0
)

var (
	reportTitleStyle = ui.Style{Size: 24, Bold: true, Color: ui.White}
	reportNameStyle  = ui.Style{Size: 18, Color: ui.Ink}
	reportValueStyle = ui.Style{Size: 18, Bold: true, Color: ui.Ink}
	reportWordStyle  = ui.Style{Size: 17, Bold: true}
)

// Name implements Scene.
func (s *ReportScene) Name() string { return "report" }

// Layout implements Scene.
func (s *ReportScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	r := ctx.Session.Report()
	s.items = s.items[:0]
	y := 0.0
	add := func(text string, st ui.Style, indent float64) {
		b := fs.NewBlock(text, st, reportW-indent)
		s.items = append(s.items, placed{b: b, x: reportX + indent, y: y})
		y += b.Height() + 6
	}
	section := func(title string) {
		y += 18
		s.items = append(s.items, placed{x: reportX, y: y, rule: true})
		y += 10
		add(title, ui.H3, 0)
	}
	s.title = fs.NewBlock(ctx.T("report.title")+" · "+ctx.T("report.for", r.Name), reportTitleStyle, ui.W-48-reportFace-16)
	s.barH = max(64, s.title.Height()+2*12)
	// the player at the bar's right, with the face the facility's meters give them
	view := ctx.Session.View()
	s.face = newPortrait(view.PlayerCharacter(), view.CareerMood(), reportFace)
	s.titleY = (s.barH - s.title.Height()) / 2
	s.top = s.barH + 16
	if r.Code != "" {
		add(ctx.T("report.code", r.Code, r.Version), ui.Style{Size: 16, Bold: true, Color: ui.Teal}, 0)
	} else {
		add(ctx.T("report.own", r.Version), ui.Style{Size: 16, Color: ui.InkSoft}, 0)
	}
	add(ctx.T("report.mode", ctx.T("mode."+string(r.Mode)+".name")), ui.Style{Size: 16, Color: ui.InkSoft}, 0)
	for _, e := range r.Endings {
		add(ctx.R(e), ui.Style{Size: 21, Bold: true, Color: ui.Ink}, 0)
	}
	if len(r.Interests) > 0 {
		section(ctx.T("report.interests"))
		var names []string
		for _, l := range r.Interests {
			names = append(names, ctx.R(l))
		}
		add(strings.Join(names, " · "), ui.Body, 0)
	}
	section(ctx.T("report.path"))
	for _, l := range r.Path {
		add("• "+ctx.R(l), ui.Body, 0)
	}
	section(ctx.T("report.skills"))
	var sk []string
	for _, c := range r.Skills {
		name := c.Target
		if d := ctx.Content.Skill(c.Target); d != nil {
			name = ctx.X(d.Name)
		}
		sk = append(sk, fmt.Sprintf("%s %d/%d", name, int(c.Delta), game.SkillMax))
	}
	add(strings.Join(sk, " · "), ui.Body, 0)
	section(ctx.T("report.meters"))
	add(ctx.T("report.chart_hint"), ui.Small, 0)
	var nameW, changeW, wordW float64
	first := len(s.items)
	for i := range r.Meters {
		m := r.Meters[i]
		d := game.Meter(m.ID)
		ml := &meterLine{name: ctx.T("meter." + m.ID + ".name"), change: ctx.F(d.Arg(m.Before)) + " → " + ctx.F(d.Arg(m.After)), better: m.Better, same: m.Same, trend: m.Trend}
		ml.word = ctx.T("report.same")
		if d.WithinBand(m.Before, m.After) && abs(m.After-m.Before) >= 0.05 {
			ml.word = ctx.T("report.in_band") // it moved, but stayed inside its target band
		}
		if !m.Same {
			ml.word = ctx.T("report.worse")
			if m.Better {
				ml.word = ctx.T("report.better")
			}
		}
		ml.lo, ml.hi = minOf(m.Trend), maxOf(m.Trend)
		if ml.hi-ml.lo < 1e-6 {
			ml.lo, ml.hi = ml.lo-1, ml.hi+1
		}
		nameW = max(nameW, fs.Width(ml.name, reportNameStyle))
		changeW = max(changeW, fs.Width(ml.change, reportValueStyle))
		wordW = max(wordW, fs.Width(ml.word, reportWordStyle))
		s.items = append(s.items, placed{x: reportX, meter: ml})
	}
	// the table's columns: one line a meter when they fit, else the name on top
	mc := &s.mc
	mc.lineH = max(fs.LineHeight(reportNameStyle), fs.LineHeight(reportValueStyle))
	mc.changeX = max(330, nameW+20)
	mc.wordX = mc.changeX + max(270, changeW+20)
	mc.sparkX = mc.wordX + max(120, wordW+20)
	mc.stacked = mc.sparkX+240 > reportW
	mc.rowH = max(30, mc.lineH+6)
	if mc.stacked {
		mc.changeX = 20
		mc.wordX = mc.changeX + changeW + 20
		mc.sparkX = min(mc.wordX+wordW+20, reportW-240)
		mc.rowH = 2*mc.lineH + 10
	}
	for i := first; i < len(s.items); i++ {
		s.items[i].y = y
		y += mc.rowH
	}
	if len(r.Pending) > 0 {
		section(ctx.T("report.pending_title"))
		for _, l := range r.Pending {
			add("• "+ctx.R(l), ui.BodySm, 0)
		}
	}
	section(ctx.T("report.pay"))
	if r.Pay > 0 {
		add(ctx.T("offer.accepted", game.MoneyArg(r.Pay), ctx.F(game.SignedUnitArg((float64(r.Pay)/game.MedianPay-1)*100, 0, "%"))), ui.Body, 0)
	}
	for _, f := range r.Facts {
		add(ctx.X(f.Text), ui.Body, 0)
		add(ctx.T("fact.source", f.Source, itoa(f.Year)), ui.Small, 20)
	}
	section(ctx.T("report.careers"))
	for _, c := range r.Careers {
		add(ctx.X(c.Name), ui.Label, 0)
		add(ctx.X(c.Transfer), ui.BodySm, 20)
	}
	section(ctx.T("report.history"))
	for _, e := range r.History {
		prefix := ""
		if e.Week > 0 {
			prefix = ctx.T("week.title", itoa(e.Week), itoa(ctx.Session.View().Weeks())) + " · "
		}
		add(prefix+ctx.R(e.Title), ui.Style{Size: 17, Bold: true, Color: ui.Ink}, 0)
		line := ctx.R(e.Choice)
		if !e.Why.IsZero() {
			line += " — " + ctx.R(e.Why)
		}
		add(line, ui.Style{Size: 17, Color: ui.InkSoft}, 20)
	}
	s.height = y
	again := ui.NewPrimary(fs, ctx.T("report.to_title"), reportX, 0)
	// What if? (scenes/whatif.go); an old save's button says why it has none
	wi := ui.NewPrimary(fs, ctx.T("whatif.button"), 0, 0)
	if game.WhatIfRecorded(ctx.Session) != nil {
		wi = ui.NewPrimary(fs, ctx.T("whatif.button_off"), 0, 0)
		wi.Disabled = true
	}
	pdf := ui.NewQuiet(fs, ctx.T("printout.save_pdf"), 0, 0)
	pic := ui.NewQuiet(fs, ctx.T("printout.save_png"), 0, 0)
	s.m.items = []ui.Button{again, wi, pdf, pic} // Tab follows the row, left to right
	s.layoutFooter(fs, ctx.T("report.scroll"))
	s.again, s.whatIf, s.savePDF, s.savePNG = 0, 1, 2, 3
	s.hasSaved = false
}

// layoutFooter places the buttons under the scrolling area, in as many rows as
// they need, and the scroll hint right of the last (or under them when there is
// no room there); the scrolling area ends above them.
func (s *ReportScene) layoutFooter(fs *ui.Fonts, hint string) {
	gaps := []float64{16, 16, 8, 0}
	var rows [][]int
	x := reportX
	for i := range s.m.items {
		b := &s.m.items[i].R
		if len(rows) == 0 || x > reportX && x+b.W > ui.W-24 {
			rows = append(rows, nil)
			x = reportX
		}
		b.X = x
		x += b.W + gaps[i]
		rows[len(rows)-1] = append(rows[len(rows)-1], i)
	}
	last := &s.m.items[len(s.m.items)-1].R
	s.hintX = last.X + last.W + 24
	s.hintW = ui.W - s.hintX - 30
	s.scrollHint = ui.Block{}
	below := 0.0 // a row for the hint under the buttons
	if s.hintW > 120 {
		s.scrollHint = fs.NewBlock(hint, ui.Small, s.hintW)
	}
	if s.hintW <= 120 || len(s.scrollHint.Lines) > 3 {
		s.hintX, s.hintW = reportX, ui.W-reportX-30
		s.scrollHint = fs.NewBlock(hint, ui.Small, s.hintW)
		below = max(s.scrollHint.Height(), 2*fs.LineHeight(savedStyle)) + 8
	}
	h := 16.0 + below + 20
	rowHs := make([]float64, len(rows))
	for k, row := range rows {
		for _, i := range row {
			rowHs[k] = max(rowHs[k], s.m.items[i].R.H)
		}
		h += rowHs[k]
	}
	h += 10 * float64(len(rows)-1)
	s.bottom = ui.H - h
	y := s.bottom + 16
	for k, row := range rows {
		for _, i := range row {
			b := &s.m.items[i].R
			b.Y = y + (rowHs[k]-b.H)/2
		}
		if k == len(rows)-1 {
			s.hintY = y - 2
		}
		y += rowHs[k] + 10
	}
	if below > 0 {
		s.hintY = y - 2
	}
}

var savedStyle = ui.Style{Size: 15, Bold: true, Color: ui.Ink}

// save writes the printable report (game/printout) and hands it to the machine: a
// file in Documents on the desktop, a download in the browser. The screen then says
// where it went.
func (s *ReportScene) save(ctx *Context, asPDF bool) {
	r := ctx.Session.Report()
	var (
		data []byte
		err  error
	)
	name, mime := "career-report-"+fileSafe(r.Name), "application/pdf"
	if asPDF {
		data, err = printout.PDF(r, ctx.Catalog, ctx.Lang, printout.Letter)
		name += ".pdf"
	} else {
		data, err = printout.PNG(r, ctx.Catalog, ctx.Lang, printout.Letter)
		name, mime = name+".png", "image/png"
	}
	msg, w := "", s.hintW
	st := savedStyle
	if err == nil {
		var where string
		if where, err = exportFile(name, mime, data); err == nil {
			ctx.trace("report saved=" + where)
			msg = savedMessage(ctx, where, st, w)
		}
	}
	if err != nil {
		msg = ctx.T("printout.save_failed", err.Error())
	}
	s.saved = ctx.Fonts.NewBlock(msg, st, w)
	s.hasSaved = true
}

// savedMessage says where an exported file went: its name, then its folder (on the
// desktop) shortened from the left to fit w.
func savedMessage(ctx *Context, where string, st ui.Style, w float64) string {
	dir, file := filepath.Split(where)
	msg := ctx.T("printout.saved", file)
	if dir == "" {
		return msg
	}
	in := ctx.T("printout.saved_in", dir)
	for r := []rune(dir); ctx.Fonts.Width(in, st) > w && len(r) > 1; {
		r = r[1:]
		in = ctx.T("printout.saved_in", "…"+string(r))
	}
	return msg + "\n" + in
}

// fileSafe keeps the letters and digits of a name for a file name.
func fileSafe(name string) string {
	var b strings.Builder
	for _, r := range name {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "student"
	}
	return b.String()
}

// Update implements Scene.
func (s *ReportScene) Update(ctx *Context, in *Input) error {
	view := s.bottom - s.top
	switch {
	case in.Down:
		s.scroll += 60
	case in.Up:
		s.scroll -= 60
	case in.PageDn:
		s.scroll += view - 40
	case in.PageUp:
		s.scroll -= view - 40
	case in.Home:
		s.scroll = 0
	case in.End:
		s.scroll = s.height
	}
	s.scroll += in.Wheel + in.Drag
	if s.scroll > s.height-view {
		s.scroll = s.height - view
	}
	if s.scroll < 0 {
		s.scroll = 0
	}
	k := *in
	k.Up, k.Down, k.Left, k.Right = false, false, false, false
	switch s.m.handle(&k) {
	case s.whatIf:
		ctx.GoTo(&WhatIfScene{})
	case s.again:
		// the report stays saved: Continue on the title opens it again until a new
		// career replaces it (the title asks first)
		ctx.Session = nil
		ctx.GoTo(&TitleScene{})
	case s.savePDF:
		s.save(ctx, true)
	case s.savePNG:
		s.save(ctx, false)
	}
	return nil
}

// Draw implements Scene.
func (s *ReportScene) Draw(ctx *Context, c *ui.Canvas) {
	c.FillRect(ui.Rect{X: 0, Y: 0, W: ui.W, H: s.barH}, ui.Teal)
	c.Block(s.title, 24, s.titleY)
	s.face.draw(c, ui.W-24-reportFace, (s.barH-reportFace)/2)
	top, bottom := s.top, s.bottom
	for _, p := range s.items {
		y := top + p.y - s.scroll
		if p.meter != nil {
			if y >= top && y+s.mc.rowH <= bottom {
				s.mc.draw(c, p.meter, p.x, y)
			}
			continue
		}
		if p.rule {
			if y >= top && y < bottom {
				c.FillRect(ui.Rect{X: p.x, Y: y, W: reportW, H: 2}, ui.Line)
			}
			continue
		}
		c.BlockClipped(p.b, p.x, y, top, bottom)
	}
	c.FillRect(ui.Rect{X: 0, Y: bottom, W: ui.W, H: ui.H - bottom}, ui.Paper)
	c.FillRect(ui.Rect{X: 0, Y: bottom, W: ui.W, H: 2}, ui.Line)
	// scroll bar
	view := bottom - top
	if s.height > view {
		frac := view / s.height
		pos := s.scroll / s.height
		c.FillRect(ui.Rect{X: ui.W - 20, Y: top, W: 8, H: view}, ui.Muted)
		c.FillRect(ui.Rect{X: ui.W - 20, Y: top + pos*view, W: 8, H: view * frac}, ui.TealLight)
	}
	if s.hasSaved {
		c.Block(s.saved, s.hintX, s.hintY)
	} else {
		c.Block(s.scrollHint, s.hintX, s.hintY)
	}
	s.m.draw(c)
}

// draw draws one row of the before/after table at (x, y).
func (mc *meterCols2) draw(c *ui.Canvas, m *meterLine, x, y float64) {
	c.Text(m.name, x, y+4, reportNameStyle)
	if mc.stacked {
		y += mc.lineH + 2
	}
	c.Text(m.change, x+mc.changeX, y+4, reportValueStyle)
	col := ui.InkSoft
	switch {
	case m.same:
	case m.better:
		col = ui.Good
	default:
		col = ui.Bad
	}
	c.Text(m.word, x+mc.wordX, y+4, ui.Style{Size: reportWordStyle.Size, Bold: true, Color: col})
	if len(m.trend) > 1 {
		r := ui.Rect{X: x + mc.sparkX, Y: y + 3, W: 240, H: mc.lineH - 2}
		c.FillRect(r, ui.Muted)
		ui.Sparkline(c, r.Inset(2), m.trend, m.lo, m.hi)
	}
}

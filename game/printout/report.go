package printout

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/hsmgame/healthmanager/game"
)

const (
	margin = 36.0
	gap    = 18.0
	// questionsH is the space kept at the foot of the page for the reflection
	// questions and room to answer them.
	questionsH = 150.0
	// maxName is where a name is cut on the page (the title has one line for it).
	maxName = 30
)

// Questions are the catalog keys of the three reflection questions, shared by the
// report and the handout.
var Questions = []string{"printout.q1", "printout.q2", "printout.q3"}

// reportPage lays out the career report on one page of paper.
func reportPage(r game.Report, cat game.Catalog, lang string, paper Paper) (*page, error) {
	m, err := newMeasurer()
	if err != nil {
		return nil, err
	}
	w, h := paper.size()
	pg := &page{w: w, h: h}
	T := func(key string, args ...string) string { return game.L(key, args...).Render(lang, cat) }
	R := func(l game.Line) string { return l.Render(lang, cat) }

	// the head: who, which code, which mode, which version
	full := &pen{m: m, p: pg, x: margin, w: w - 2*margin, y: margin - 6, ymax: h - margin}
	name := r.Name
	if rs := []rune(name); len(rs) > maxName {
		name = string(rs[:maxName]) + "…"
	}
	full.text(T("report.title")+" · "+T("report.for", name), 16, true, accent, 0)
	head := T("report.own", r.Version)
	if r.Code != "" {
		head = T("report.code", r.Code, r.Version)
	}
	head += " · " + T("printout.mode", T("printout.mode."+string(r.Mode)))
	full.text(head, 9, true, ink, 0)
	if len(r.Endings) > 0 {
		full.y += 3
		full.text(T("report.endings"), 9, true, soft, 0)
		for _, e := range r.Endings {
			full.text("• "+R(e), 9, false, ink, 0)
		}
	}
	top := full.y + 2
	bottom := h - margin - questionsH
	colW := (w - 2*margin - gap) / 2

	// the left column: the path, skills, pay and outlook with sources, careers
	left := &pen{m: m, p: pg, x: margin, w: colW, y: top, ymax: bottom}
	if len(r.Interests) > 0 {
		left.heading(T("report.interests"))
		var names []string
		for _, l := range r.Interests {
			names = append(names, R(l))
		}
		left.text(strings.Join(names, " · "), 8, false, ink, 0)
	}
	left.heading(T("report.path"))
	for _, l := range r.Path {
		left.text("• "+R(l), 8, false, ink, 0)
	}
	left.heading(T("report.skills"))
	skillBars(left, r, lang, cat)
	left.heading(T("report.pay"))
	if r.Pay > 0 {
		left.text(T("offer.accepted", game.MoneyArg(r.Pay), game.FormatArg(game.SignedUnitArg((float64(r.Pay)/game.MedianPay-1)*100, 0, "%"), cat)), 8, true, ink, 0)
	}
	for _, f := range r.Facts {
		left.text(f.Text.In(lang), 8, false, ink, 0)
		left.text(T("fact.source", f.Source, strconv.Itoa(f.Year)), 7, false, soft, 8)
	}
	if len(r.Careers) > 0 && left.fits(30+left.height(r.Careers[0].Name.In(lang), 8, true, 0)+left.height(r.Careers[0].Transfer.In(lang), 7, false, 8)) {
		left.heading(T("report.careers"))
		shown := 0
		for _, c := range r.Careers {
			need := left.height(c.Name.In(lang), 8, true, 0) + left.height(c.Transfer.In(lang), 7, false, 8)
			if shown < len(r.Careers)-1 {
				need += 2 * lead(7.5) // keep room to name the rest
			}
			if !left.fits(need) {
				break
			}
			left.text(c.Name.In(lang), 8, true, ink, 0)
			left.text(c.Transfer.In(lang), 7, false, soft, 8)
			shown++
		}
		if shown < len(r.Careers) {
			var rest []string
			for _, c := range r.Careers[shown:] {
				rest = append(rest, c.Name.In(lang))
			}
			left.text(T("printout.careers_more", strings.Join(rest, " · ")), 7.5, false, ink, 0)
		}
	}

	// the right column: the meters as small charts, then the headline decisions
	right := &pen{m: m, p: pg, x: margin + colW + gap, w: colW, y: top, ymax: bottom}
	right.heading(T("report.meters"))
	right.text(T("printout.chart_hint"), 7, false, soft, 0)
	meterCharts(right, r, lang, cat)
	right.heading(T("printout.decisions"))
	decisions(right, r, lang, cat)

	// the foot: three questions with room to write
	foot := &pen{m: m, p: pg, x: margin, w: w - 2*margin, y: bottom, ymax: h - margin}
	foot.heading(T("printout.questions"))
	for i, k := range Questions {
		foot.text(strconv.Itoa(i+1)+". "+T(k), 9, true, ink, 0)
		for j := 0; j < 2; j++ {
			foot.y += 13
			pg.line(foot.x+12, foot.y, foot.x+foot.w, foot.y, 0.4, rule)
		}
		foot.y += 2
	}
	pg.text(T("printout.footer"), margin, h-margin+14, 6.5, false, soft)
	return pg, nil
}

// skillBars draws each skill as a bar out of game.SkillMax with its number.
func skillBars(p *pen, r game.Report, lang string, cat game.Catalog) {
	const size, rowH = 7.5, 10.5
	half := (p.w - 10) / 2
	rows := (len(r.Skills) + 1) / 2
	if !p.fits(float64(rows) * rowH) {
		return
	}
	for i, s := range r.Skills {
		name := s.Target
		if i < len(r.SkillNames) {
			name = r.SkillNames[i].Render(lang, cat)
		}
		x := p.x + float64(i%2)*(half+10)
		y := p.y + float64(i/2)*rowH
		barX, barW := x+half*0.55, half*0.45-18
		p.p.text(clip(p.m, name, size, false, half*0.55-4), x, y+size, size, false, ink)
		p.p.box(barX, y+1.5, barW, 6, 0.5, soft)
		p.p.rect(barX, y+1.5, barW*math.Min(1, s.Delta/game.SkillMax), 6, soft)
		p.p.text(strconv.Itoa(int(s.Delta)), barX+barW+3, y+size, size, true, ink)
	}
	p.y += float64(rows)*rowH + 2
}

// meterCharts draws the meters three to a row: name, a trend line in a frame, and
// the before and after values with the word better, worse or same.
func meterCharts(p *pen, r game.Report, lang string, cat game.Catalog) {
	const cols, cellGap, cellH = 2, 10.0, 35.0
	cw := (p.w - cellGap*(cols-1)) / cols
	T := func(key string, args ...string) string { return game.L(key, args...).Render(lang, cat) }
	for i, row := range r.Meters {
		x := p.x + float64(i%cols)*(cw+cellGap)
		y := p.y + float64(i/cols)*cellH
		if y+cellH > p.ymax {
			break
		}
		d := game.Meter(row.ID)
		p.p.text(clip(p.m, T("meter."+string(row.ID)+".name"), 7, true, cw), x, y+8, 7, true, ink)
		chart := struct{ x, y, w, h float64 }{x, y + 10.5, cw, 12}
		p.p.rect(chart.x, chart.y, chart.w, chart.h, shade)
		p.p.box(chart.x, chart.y, chart.w, chart.h, 0.4, rule)
		lo, hi := minMax(row.Trend)
		if hi-lo < 1e-6 {
			lo, hi = lo-1, hi+1
		}
		if n := len(row.Trend); n > 1 {
			px := func(j int) float64 { return chart.x + 2 + (chart.w-4)*float64(j)/float64(n-1) }
			py := func(v float64) float64 { return chart.y + chart.h - 2 - (chart.h-4)*(v-lo)/(hi-lo) }
			for j := 1; j < n; j++ {
				p.p.line(px(j-1), py(row.Trend[j-1]), px(j), py(row.Trend[j]), 1, accent)
			}
			p.p.rect(px(n-1)-1.5, py(row.Trend[n-1])-1.5, 3, 3, ink)
		}
		word := T("report.same")
		if !row.Same {
			word = T("report.worse")
			if row.Better {
				word = T("report.better")
			}
		}
		vals := game.FormatArg(d.Arg(row.Before), cat) + " → " + game.FormatArg(d.Arg(row.After), cat)
		p.p.text(clip(p.m, vals, 7, false, cw*0.75), x, y+30.5, 7, false, ink)
		ww := p.m.width(word, 7, true)
		p.p.text(word, x+cw-ww, y+30.5, 7, true, ink)
	}
	p.y += float64((len(r.Meters)+cols-1)/cols)*cellH + 2
}

// decisions writes the headline decisions that fit, in the order they were made,
// and says how many more the game's report holds.
func decisions(p *pen, r game.Report, lang string, cat game.Catalog) {
	T := func(key string, args ...string) string { return game.L(key, args...).Render(lang, cat) }
	if len(r.History) == 0 {
		p.text(T("printout.no_decisions"), 8, false, soft, 0)
		return
	}
	type item struct {
		i           int
		title, body string
		impact, h   float64
	}
	items := make([]item, len(r.History))
	for i, e := range r.History {
		title := e.Title.Render(lang, cat)
		if e.Week > 0 {
			title = T("printout.week", strconv.Itoa(e.Week)) + " · " + title
		}
		body := e.Choice.Render(lang, cat)
		if !e.Why.IsZero() {
			body += " — " + e.Why.Render(lang, cat)
		}
		if ch := changes(e, r, lang, cat); ch != "" {
			body += " → " + ch
		}
		it := item{i: i, title: title, body: body, impact: impact(e)}
		it.h = p.height(title, 7.5, true, 0) + p.height(body, 7, false, 8) + 3
		items[i] = it
	}
	byImpact := append([]item(nil), items...)
	sort.SliceStable(byImpact, func(a, b int) bool { return byImpact[a].impact > byImpact[b].impact })
	room := p.ymax - p.y - lead(7)*2 - 2
	var chosen []item
	used := 0.0
	for _, it := range byImpact {
		if used+it.h <= room {
			chosen = append(chosen, it)
			used += it.h
		}
	}
	sort.Slice(chosen, func(a, b int) bool { return chosen[a].i < chosen[b].i })
	for _, it := range chosen {
		p.text(it.title, 7.5, true, ink, 0)
		p.text(it.body, 7, false, soft, 8)
		p.y += 3
	}
	if more := len(items) - len(chosen); more > 0 {
		p.text(T("printout.decisions_more", strconv.Itoa(more)), 7, true, ink, 0)
	}
}

// impact is how much a decision moved the facility: each meter's change as a share
// of its range; a reason given (a consequence landing) and the manager's weeks count
// first, since those are the decisions a report is read for.
func impact(e game.Entry) float64 {
	v := 0.0
	for _, c := range e.Changes {
		if d := game.Meter(c.Target); d != nil && d.Max > d.Min {
			v += math.Abs(c.Delta) / (d.Max - d.Min)
		}
	}
	if !e.Why.IsZero() {
		v += 1
	}
	if e.Week > 0 {
		v += 0.5
	}
	if e.Choice.Key == "later.landed" {
		// a consequence landing is the tail of a decision: the decision itself, with
		// its debrief, is what the page is for
		v -= 1.5
	}
	return v
}

// changes says what a decision moved, its three biggest changes, e.g. "Operating
// margin −0.2%, Health +1".
func changes(e game.Entry, r game.Report, lang string, cat game.Catalog) string {
	type part struct {
		text string
		size float64
	}
	skills := map[string]string{}
	for i, s := range r.Skills {
		if i < len(r.SkillNames) {
			skills[s.Target] = r.SkillNames[i].Render(lang, cat)
		}
	}
	var parts []part
	for _, c := range e.Changes {
		if math.Abs(c.Delta) < 0.05 {
			continue
		}
		name, val, span := "", game.FormatArg(game.SignedNumArg(c.Delta, 0), cat), 10.0
		switch c.Target {
		case "money", "debt":
			name, val, span = game.L("stat."+c.Target).Render(lang, cat), game.FormatArg(game.SignedMoneyArg(int(math.Round(c.Delta))), cat), 20000
		case "stress":
			name = game.L("stat.stress").Render(lang, cat)
		default:
			if d := game.Meter(c.Target); d != nil {
				name, val, span = game.L("meter."+c.Target+".name").Render(lang, cat), game.FormatArg(d.SignedArg(c.Delta), cat), d.Max-d.Min
			} else if n, ok := skills[c.Target]; ok {
				name = n
			} else {
				continue
			}
		}
		parts = append(parts, part{name + " " + val, math.Abs(c.Delta) / span})
	}
	sort.SliceStable(parts, func(a, b int) bool { return parts[a].size > parts[b].size })
	var out []string
	for i, p := range parts {
		if i == 3 {
			break
		}
		out = append(out, p.text)
	}
	return strings.Join(out, ", ")
}

// clip shortens s with "…" to fit w.
func clip(m *measurer, s string, size float64, bold bool, w float64) string {
	if m.width(s, size, bold) <= w {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		t := strings.TrimRight(string(rs[:n]), " ") + "…"
		if m.width(t, size, bold) <= w {
			return t
		}
	}
	return ""
}

func minMax(v []float64) (lo, hi float64) {
	if len(v) == 0 {
		return 0, 0
	}
	lo, hi = v[0], v[0]
	for _, x := range v {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	return lo, hi
}

package printout

import (
	"strconv"

	"github.com/hsmgame/healthmanager/game"
)

// HandoutPDF writes the one-page student handout (docs/student-handout.md) as a PDF:
// what the student does, room for their ending, and the report's three reflection
// questions with lines to answer on.
func HandoutPDF(cat game.Catalog, lang string, paper Paper) ([]byte, error) {
	pg, err := handoutPage(cat, lang, paper)
	if err != nil {
		return nil, err
	}
	return writePDF(pg)
}

func handoutPage(cat game.Catalog, lang string, paper Paper) (*page, error) {
	m, err := newMeasurer()
	if err != nil {
		return nil, err
	}
	w, h := paper.size()
	pg := &page{w: w, h: h}
	T := func(key string) string { return game.L(key).Render(lang, cat) }
	p := &pen{m: m, p: pg, x: margin + 12, w: w - 2*margin - 24, y: margin, ymax: h - margin, hsize: 13}
	p.text(T("handout.title"), 18, true, accent, 0)
	p.y += 8
	p.text(T("handout.fill"), 11, false, ink, 0)
	p.heading(T("handout.what.head"))
	p.text(T("handout.what"), 10, false, ink, 0)
	p.y += 3
	for i := 1; i <= 5; i++ {
		p.text(T("handout.step"+strconv.Itoa(i)), 10, false, ink, 10)
		p.y += 1
	}
	p.y += 3
	p.text(T("handout.tips"), 9, false, soft, 0)
	p.heading(T("handout.ending.head"))
	p.text(T("handout.ending"), 10, false, ink, 0)
	answerLines(p, 2)
	p.y += 6
	p.text(T("handout.job"), 10, false, ink, 0)
	p.heading(T("handout.reflect.head"))
	// the questions share what is left of the page, with lines to write on
	left := p.ymax - p.y
	per := left / float64(len(Questions))
	for i, k := range Questions {
		start := p.y
		p.text(strconv.Itoa(i+1)+". "+T(k), 10.5, true, ink, 0)
		n := int((start + per - p.y - 6) / 22)
		answerLines(p, max(2, n))
	}
	return pg, nil
}

// answerLines draws n ruled lines to write on.
func answerLines(p *pen, n int) {
	for j := 0; j < n && p.fits(22); j++ {
		p.y += 22
		p.p.line(p.x+12, p.y, p.x+p.w, p.y, 0.5, rule)
	}
}

package printout

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenarios"
)

func catalog(t *testing.T) game.Catalog {
	t.Helper()
	cat, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func played(t *testing.T, style game.Style, seed int64) game.Report {
	t.Helper()
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	s := game.NewSession(c, game.Options{Name: "Ana", Seed: seed})
	if err := game.PlayStyle(s, style, seed, 4000); err != nil {
		t.Fatal(err)
	}
	return s.Report()
}

// inside fails when a mark leaves the page's printable area (a quarter inch in).
func inside(t *testing.T, name string, pg *page) {
	t.Helper()
	m, err := newMeasurer()
	if err != nil {
		t.Fatal(err)
	}
	const edge = 18.0
	for _, mk := range pg.marks {
		x2, y2 := mk.x2, mk.y2
		switch mk.kind {
		case markText:
			x2, y2 = mk.x+m.width(mk.text, mk.size, mk.bold), mk.y
		case markRect, markBox:
			x2, y2 = mk.x+mk.x2, mk.y+mk.y2
		}
		if mk.x < edge || mk.y < edge || x2 > pg.w-edge+0.5 || y2 > pg.h-edge {
			t.Errorf("%s: %q (%.0f,%.0f)-(%.0f,%.0f) runs off the %.0fx%.0f page", name, mk.text, mk.x, mk.y, x2, y2, pg.w, pg.h)
			return
		}
	}
}

// Whatever the run, the report stays on its one page: a played career in every
// style, an empty report, and one with a very long name and hundreds of decisions.
func TestReportStaysOnThePage(t *testing.T) {
	cat := catalog(t)
	huge := played(t, game.StyleRandom, 4)
	huge.Name = strings.Repeat("Maximiliana-", 12)
	for len(huge.History) < 400 {
		huge.History = append(huge.History, huge.History...)
	}
	reports := map[string]game.Report{"empty": {}, "huge": huge}
	for _, st := range game.Styles {
		reports[string(st)] = played(t, st, 2)
	}
	for name, r := range reports {
		for _, paper := range []Paper{Letter, A4} {
			pg, err := reportPage(r, cat, "en", paper)
			if err != nil {
				t.Fatal(err)
			}
			inside(t, name+"/"+string(paper), pg)
		}
	}
	if _, err := PDF(reports["empty"], cat, "en", A4); err != nil {
		t.Errorf("an empty report: %v", err)
	}
	if _, err := PNG(reports["empty"], nil, "", Letter); err != nil {
		t.Errorf("an empty report with no catalog: %v", err)
	}
	pg, _ := handoutPage(cat, "en", A4)
	inside(t, "handout", pg)
}

// The report is read for its headline decisions: it lists as many as fit, the
// manager's weeks before the road, and says how many more there are.
func TestReportSaysHowManyMoreDecisions(t *testing.T) {
	r := played(t, game.StyleBalanced, 3)
	pg, err := reportPage(r, catalog(t), "en", Letter)
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, mk := range pg.marks {
		text = append(text, mk.text)
	}
	all := strings.Join(text, "\n")
	if !strings.Contains(all, "more decisions: the game's career report lists every one") {
		t.Errorf("%d decisions and no count of those left out:\n%s", len(r.History), all)
	}
	if !strings.Contains(all, "Week ") {
		t.Error("no decision from the manager's weeks made the page")
	}
}

// Names print with their accents (the fonts are embedded with UTF-8).
func TestAccentsPrint(t *testing.T) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not installed (poppler-utils)")
	}
	r := game.Report{Name: "José Núñez", Code: "KMNPQR", Mode: game.ModeExpress}
	data, err := PDF(r, catalog(t), "en", Letter)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tool, "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "José Núñez") {
		t.Errorf("the name lost its accents:\n%s", out)
	}
}

package scenes_test

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// The screens issue 12 names (the title, a scenario, a duty desk, the dashboard and
// the report) at 200% text in Spanish, in the usual theme and in high contrast:
// saved as PNGs to look at (access-<theme>-<screen>.png), laid out with no text out
// of place, and in high contrast drawn on white paper.
func TestAccessScreensAt200InSpanish(t *testing.T) {
	es, err := assets.Catalog("es")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"title": true, "scenario": true, "system-billing": true, "week": true, "report": true}
	dst := ebiten.NewImage(1280, 720)
	for _, hc := range []bool{false, true} {
		theme := "usual"
		if hc {
			theme = "contrast"
		}
		for _, stop := range layoutTour() {
			if !want[stop.name] {
				continue
			}
			h := newHarness(t, 1280, 720, scenes.Config{Catalog: es, Lang: "es",
				PrefsStore: prefsIn(t, store.Prefs{Seen: true, TextSize: 200, HighContrast: hc})})
			stop.open(t, h)
			for _, p := range h.app.LayoutProblems(dst) {
				t.Errorf("%s %s: %s", theme, stop.name, p)
			}
			h.shot(fmt.Sprintf("access-%s-%s", theme, stop.name))
			// the page's paper, low on the left edge (under any header): white in
			// high contrast, cream otherwise
			p := h.pixel(4, 700)
			if hc && !near(p, ui.White, 4) {
				t.Errorf("%s in high contrast: the paper is %v, want white", stop.name, p)
			}
			if !hc && !near(p, ui.Paper, 4) {
				t.Errorf("%s: the paper is %v, want cream", stop.name, p)
			}
		}
	}
}

package scenes_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

// Every duty desk opens in Spanish, in a hospital and in a practice, and the screen
// draws Spanish words from the catalog (saved as PNGs to look at for overflow).
func TestDutyDesksInSpanish(t *testing.T) {
	es, err := assets.Catalog("es")
	if err != nil {
		t.Fatal(err)
	}
	en, _ := assets.Catalog("en")
	for _, d := range game.Duties {
		for _, se := range []string{"hospital", "practice"} {
			h := newHarness(t, 1280, 720, scenes.Config{Catalog: es, Lang: "es"})
			openDeskIn(t, h, d.ID, se)
			h.settle()
			h.shot("es-system-" + string(d.ID) + "-" + se)
			if title := d.Catalog + ".title"; es[title] == en[title] && en[title] != "" {
				t.Errorf("%s has no Spanish title", d.ID)
			}
		}
	}
}

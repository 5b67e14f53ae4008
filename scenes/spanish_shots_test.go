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

// A keyboard-only player completes a whole career in Spanish: every screen from the
// title to the report, with Spanish content and strings (screenshots of each kind).
func TestKeyboardOnlyCareerInSpanish(t *testing.T) {
	es, err := assets.Catalog("es")
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 2, Catalog: es, Lang: "es"})
	h.shot("es-00-title")
	h.enter() // Nueva carrera
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Ana")})
	h.enter()
	shots := map[string]bool{}
	for n := 0; n < 400 && h.scene() != "report"; n++ {
		st := h.app.Context().Session.Step()
		if key := h.scene() + "-" + string(st.Act); !shots[key] {
			shots[key] = true
			h.shot("es-02-" + key)
		}
		if len(h.scene()) > 7 && h.scene()[:7] == "system-" {
			for k := 0; k < 3; k++ {
				h.key(scenes.Input{Prev: true})
			}
		}
		h.enter()
	}
	if h.scene() != "report" {
		t.Fatalf("keyboard-only play in Spanish stuck on %q", h.scene())
	}
	h.shot("es-09-report")
	s := h.app.Context().Session
	if title := s.Report().Path; len(title) == 0 {
		t.Fatal("the Spanish report has no path")
	}
	// the content the player met rendered in Spanish
	for _, e := range s.Report().History {
		if got := h.app.Context().R(e.Title); got != "" && got == e.Title.Render("en", nil) && e.Title.Key == "" {
			t.Errorf("a decision reads in English in a Spanish run: %q", got)
			break
		}
	}
}

package scenes_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenes"
)

// At 200% text a scenario in Spanish is taller than the window: it opens at its
// top, Tab brings each choice into view, the wheel scrolls to the end, and a click
// on a choice scrolled into view picks that choice. At 100% the same screen fits
// and never scrolls.
func TestLargeTextScrollsAndKeepsFocusInView(t *testing.T) {
	es, err := assets.Catalog("es")
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, 1280, 720, scenes.Config{Catalog: es, Lang: "es",
		PrefsStore: prefsIn(t, store.Prefs{Seen: true, TextSize: 200})})
	sessionAt(t, h, stepKind(game.StepScenario))
	y, most, shift := h.app.PageScroll()
	if most <= 0 {
		t.Fatal("at 200% the Spanish scenario fits the window: nothing to check")
	}
	if y != 0 {
		t.Fatalf("the screen opened scrolled to %.0f, want its top", y)
	}
	if shift <= 0 {
		t.Error("the header did not grow with the text size")
	}
	rs, _, _, _ := scenes.Focusables(h.app.Top())
	for i := 1; i < len(rs)-1; i++ { // the choices, then the fact card and Menu
		h.key(scenes.Input{Next: true})
		_, _, focus, _ := scenes.Focusables(h.app.Top())
		y, _, _ := h.app.PageScroll()
		r := rs[focus]
		if top, bottom := r.Y+shift-y, r.Y+r.H+shift-y; top < 0 || bottom > 720 {
			t.Errorf("focus on item %d is off the window (%.0f..%.0f) at scroll %.0f", focus, top, bottom, y)
		}
	}
	h.tick(scenes.Input{Wheel: 100000})
	if y, most, _ := h.app.PageScroll(); y != most {
		t.Errorf("the wheel scrolled to %.0f of %.0f", y, most)
	}
	// click the last choice where it is on the window now
	h.tick(scenes.Input{Wheel: -100000})
	h.tick(scenes.Input{Wheel: 200})
	y, _, _ = h.app.PageScroll()
	cards := len(h.app.Context().Session.Step().Options)
	last := rs[cards-1]
	h.click(last.X+last.W/2, last.Y+last.H/2+shift-y)
	if h.scene() != "outcome" {
		t.Fatalf("a click on the last choice, scrolled by %.0f, chose nothing (screen %q)", y, h.scene())
	}

	// 100%: the same screen fits
	h2 := newHarness(t, 1280, 720, scenes.Config{Catalog: es, Lang: "es",
		PrefsStore: prefsIn(t, store.Prefs{Seen: true})})
	sessionAt(t, h2, stepKind(game.StepScenario))
	if _, most, shift := h2.app.PageScroll(); most != 0 || shift != 0 {
		t.Errorf("at 100%% the scenario scrolls (%.0f) or shifts (%.0f)", most, shift)
	}
}

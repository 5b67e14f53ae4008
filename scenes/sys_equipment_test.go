package scenes_test

import (
	"image"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

func TestEquipmentScreenKeyboardMouseAndDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := beOpenScreen(t, h, game.SysEquipment)
	p := s.LegacyState().Sys.Equipment
	h.shot("system-equipment")
	// the skipped life-support work is flagged in the warning colour
	if n := h.countColor(image.Rect(900, 380, 1240, 590), ui.Bad); n < 100 {
		t.Fatalf("no warning drawn for the skipped life-support work (%d pixels)", n)
	}

	// keyboard: Down into the first row (the ICU ventilator), Enter books it
	if p.Items[0].Scheduled {
		t.Fatal("the draft already books the first row")
	}
	h.key(scenes.Input{Down: true})
	h.enter()
	// the draft fills the hours, so the first try is refused with a message...
	if p.Items[0].Scheduled {
		t.Fatal("booked past the technicians' hours")
	}
	if n := h.countColor(image.Rect(400, 650, 1240, 700), ui.Bad); n < 50 {
		t.Fatalf("the refusal is not worded on screen (%d pixels)", n)
	}
	h.shot("system-equipment-refused")
	// ...then take the beds off with a click (row 7) and book the ventilator again
	h.click(400, 226+6*45+20)
	if p.Items[6].Scheduled {
		t.Fatal("click: the beds are still booked")
	}
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Up: true})
	h.enter()
	if !p.Items[0].Scheduled {
		t.Fatalf("keyboard: the ICU ventilator is not booked (focus %d)", 0)
	}
	h.shot("system-equipment-booked")

	// mouse: the capital tab, take the robot out, fund the CT scanner
	h.click(940, 171)
	h.click(400, 252+1*67+30)
	h.click(400, 252+0*67+30)
	if p.Requests[0].Rank != 2 || p.Requests[1].Rank != 0 || p.Requests[4].Rank != 1 {
		t.Fatalf("capital plan after clicks: %+v", p.Requests)
	}
	h.shot("system-equipment-capital")

	// Done with the keyboard: Shift+Tab from the first tab wraps to Menu, Back, Done
	h.key(scenes.Input{Chars: []rune("1")})
	for k := 0; k < 3; k++ {
		h.key(scenes.Input{Prev: true})
	}
	h.enter()
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	h.shot("system-equipment-outcome")
}

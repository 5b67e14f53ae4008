package scenes_test

import (
	"image"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

func equipmentPlanOf(t *testing.T, s *game.Session) game.EquipmentPlan {
	t.Helper()
	p, ok := s.View().EquipmentPlan()
	if !ok {
		t.Fatal("no equipment plan")
	}
	return p
}

func TestEquipmentScreenKeyboardMouseAndDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := openDeskIn(t, h, game.SysEquipment, "hospital")
	h.shot("system-equipment")
	// the skipped life-support work is flagged in the warning colour
	if n := h.countColor(image.Rect(900, 380, 1240, 590), ui.Bad); n < 100 {
		t.Fatalf("no warning drawn for the skipped life-support work (%d pixels)", n)
	}

	// keyboard: Down into the first row (the ICU ventilator), Enter books it
	if equipmentPlanOf(t, s).Items[0].Scheduled {
		t.Fatal("the draft already books the first row")
	}
	h.key(scenes.Input{Down: true})
	h.enter()
	// the draft fills the hours, so the first try is refused with a message...
	if equipmentPlanOf(t, s).Items[0].Scheduled {
		t.Fatal("booked past the technicians' hours")
	}
	if msg := dutyMessage(t, h); !strings.Contains(msg, "technician hours") {
		t.Fatalf("the refusal is worded %q", msg)
	}
	if n := h.countColor(image.Rect(400, 650, 1240, 700), ui.Bad); n < 50 {
		t.Fatalf("the refusal is not worded on screen (%d pixels)", n)
	}
	h.shot("system-equipment-refused")
	// ...then take the beds off with a click (row 7) and book the ventilator again
	h.click(400, 226+6*45+22)
	if equipmentPlanOf(t, s).Items[6].Scheduled {
		t.Fatal("click: the beds are still booked")
	}
	for k := 0; k < 6; k++ {
		h.key(scenes.Input{Up: true})
	}
	h.enter()
	if !equipmentPlanOf(t, s).Items[0].Scheduled {
		t.Fatal("keyboard: the ICU ventilator is not booked")
	}
	h.shot("system-equipment-booked")
	// contract hours: the "+ 4 h" button buys a block, and past the most there is
	// a refusal that names the limit
	for k := 0; k < 3; k++ {
		h.click(900+144+60, 212+44+22+18+24+22)
	}
	if p := equipmentPlanOf(t, s); p.Contract != game.EquipContractMax {
		t.Fatalf("contract hours %d after three clicks on +, want %d", p.Contract, game.EquipContractMax)
	}
	if msg := dutyMessage(t, h); !strings.Contains(msg, "8 h") {
		t.Fatalf("the contract limit is worded %q", msg)
	}

	// mouse: the capital tab, take the robot out, fund the CT scanner
	h.click(940, 171)
	h.click(400, 252+1*67+30)
	h.click(400, 252+0*67+30)
	if p := equipmentPlanOf(t, s); p.Requests[0].Rank != 2 || p.Requests[1].Rank != 0 || p.Requests[4].Rank != 1 {
		t.Fatalf("capital plan after clicks: %+v", p.Requests)
	}
	h.shot("system-equipment-capital")
	// the robot no longer fits: the refusal says how much is left
	h.click(400, 252+1*67+30)
	left := s.View().EquipmentForecast().Left
	if msg := dutyMessage(t, h); !strings.Contains(msg, game.Money(left)) {
		t.Fatalf("the over-budget refusal is worded %q, want it to name %s", msg, game.Money(left))
	}
	h.shot("system-equipment-over-budget")

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

// TestEquipmentScreenBySetting takes the equipment desk's picture in a hospital, a
// practice and a managed care organisation: each shows its own inventory, its own
// rules' fact cards and its own capital requests.
func TestEquipmentScreenBySetting(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	seen := map[string]string{}
	for _, setting := range []string{"hospital", "practice", "mco"} {
		s := openDeskIn(t, h, game.SysEquipment, setting)
		p := equipmentPlanOf(t, s)
		if p.Setting != setting {
			t.Fatalf("the desk was dealt for %q, want %s", p.Setting, setting)
		}
		h.shot("setting-equipment-" + setting)
		// the first row names the setting's own first item
		first := h.app.Context().T("sys.equipment.item." + p.Items[0].ID)
		if setting != "hospital" && strings.Contains(strings.ToLower(first), "ventilator") {
			t.Errorf("a %s desk opens on %q", setting, first)
		}
		seen[p.Items[0].ID] = setting
		// the capital tab
		h.key(scenes.Input{Chars: []rune{'2'}})
		h.shot("setting-equipment-" + setting + "-capital")
	}
	if len(seen) != 3 {
		t.Errorf("the three desks open on the same equipment: %v", seen)
	}
}

package scenes_test

import (
	"image"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// satelliteRoomPoint is a point inside each room of the floor plan.
var satelliteRoomPoint = map[string][2]float64{
	"exam": {160, 260}, "medication": {375, 260}, "office": {560, 260},
	"waiting": {180, 460}, "front_desk": {420, 460}, "supply": {560, 460},
}

func TestSatelliteScreenKeyboardAndClick(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := privacyOpenDuty(t, h, game.SysSatellite)
	in := func() *game.Inspection { return s.State().Sys.Satellite }
	ctx := h.app.Context()
	if in().Visited() != 1 || !in().Rooms[0].Visited {
		t.Fatalf("the inspection should start with the waiting room seen: %d seen", in().Visited())
	}

	// keyboard: the waiting room is on display; past the six rooms of the plan to
	// its first observation, and Enter marks it
	for i := 0; i < len(in().Rooms); i++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if got := in().Rooms[0].Obs[0].Mark; got != game.MarkOK {
		t.Fatalf("Enter on the first observation marked it %q, want OK", got)
	}
	h.enter()
	if got := in().Rooms[0].Obs[0].Mark; got != game.MarkFinding {
		t.Fatalf("a second Enter marked it %q, want finding", got)
	}

	// click: the medication room on the plan (back row, middle) costs an hour and
	// goes on display
	med := -1
	for i, r := range in().Rooms {
		if r.ID == "medication" {
			med = i
		}
	}
	minutes := in().Minutes
	h.click(375, 260)
	if !in().Rooms[med].Visited || in().Minutes != minutes-game.RoomMinutes {
		t.Fatalf("clicking the medication room: visited %v, %d min left (was %d)", in().Rooms[med].Visited, in().Minutes, minutes)
	}
	// keyboard: Down twice from the room (through the front row) reaches the new
	// room's first observation, on display on the right: Enter marks it
	h.key(scenes.Input{Down: true})
	h.key(scenes.Input{Down: true})
	h.enter()
	if got := in().Rooms[med].Obs[0].Mark; got != game.MarkOK {
		t.Fatalf("Enter on the medication room's first observation marked it %q, want OK", got)
	}
	h.shot("system-satellite")
	if n := h.countColor(image.Rect(30, 140, 1250, 640), ui.Focus); n < 100 {
		t.Errorf("no visible focus ring (%d pixels)", n)
	}

	// going back to a room already seen is free, and puts it on display again
	minutes = in().Minutes
	h.click(180, 460)
	h.key(scenes.Input{Down: true})
	h.enter()
	if in().Minutes != minutes || in().Rooms[0].Obs[0].Mark != game.MarkNone {
		t.Fatalf("back in the waiting room: %d min left (was %d), first mark %q (want it cycled to none)", in().Minutes, minutes, in().Rooms[0].Obs[0].Mark)
	}

	// use up the time, then an unvisited room is refused with a message
	for i := range in().Rooms {
		if !in().Rooms[i].Visited && in().VisitsLeft() > 0 {
			if err := s.Do(game.SatelliteVisit{Room: i}); err != nil {
				t.Fatal(err)
			}
		}
	}
	ctx.Sync()
	h.tick(scenes.Input{})
	last := -1
	for i, r := range in().Rooms {
		if !r.Visited {
			last = i
		}
	}
	pt := satelliteRoomPoint[in().Rooms[last].ID]
	h.click(pt[0], pt[1])
	if in().Rooms[last].Visited {
		t.Fatal("a room was visited after the time on site ran out")
	}
	if got := dutyKit(t, h).Message(); got != ctx.T("sys.satellite.msg.no_time") {
		t.Errorf("the refusal says %q, want the no-time message", got)
	}
	if n := h.countColor(image.Rect(300, 650, 1260, 700), ui.Bad); n < 30 {
		t.Errorf("no message says the time is up (%d red pixels)", n)
	}
	h.shot("system-satellite-no-time")

	// Done, from the keyboard: Shift+Tab from the room clicked back through the
	// first item wraps to Menu, Back, Done
	for k := 0; k < last+3; k++ {
		h.key(scenes.Input{Prev: true})
	}
	h.enter()
	if h.scene() != "outcome" || s.State().Outcome == nil {
		t.Fatalf("Done showed %q", h.scene())
	}
	h.shot("system-satellite-outcome")
}

package scenes_test

import (
	"image"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

func TestSatelliteScreenKeyboardAndClick(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := privacyOpenDuty(t, h, game.SysSatellite)
	in := s.LegacyState().Sys.Satellite
	if in.Room != 0 || in.Visited() != 1 {
		t.Fatalf("the inspection should start in the waiting room: room %d, %d seen", in.Room, in.Visited())
	}

	// keyboard: past the six rooms of the plan to the waiting room's first
	// observation, and Enter marks it
	for i := 0; i < len(in.Rooms); i++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if got := in.Rooms[0].Obs[0].Mark; got != game.MarkOK {
		t.Fatalf("Enter on the first observation marked it %q, want OK", got)
	}
	h.enter()
	if got := in.Rooms[0].Obs[0].Mark; got != game.MarkFinding {
		t.Fatalf("a second Enter marked it %q, want finding", got)
	}

	// click: the medication room on the plan (back row, middle) costs an hour
	med := -1
	for i, r := range in.Rooms {
		if r.ID == "medication" {
			med = i
		}
	}
	minutes := in.Minutes
	h.click(375, 260)
	if !in.Rooms[med].Visited || in.Room != med || in.Minutes != minutes-game.RoomMinutes {
		t.Fatalf("clicking the medication room: visited %v, on display %d, %d min left (was %d)", in.Rooms[med].Visited, in.Room, in.Minutes, minutes)
	}
	// keyboard focus moved to the new room's first observation: Enter marks it
	h.enter()
	if got := in.Rooms[med].Obs[0].Mark; got != game.MarkOK {
		t.Fatalf("Enter after walking into a room marked %q, want OK", got)
	}
	h.shot("system-satellite")
	if n := h.countColor(image.Rect(30, 140, 1250, 640), ui.Focus); n < 100 {
		t.Errorf("no visible focus ring (%d pixels)", n)
	}

	// use up the time, then an unvisited room is refused with a message
	for i := range in.Rooms {
		if !in.Rooms[i].Visited && in.VisitsLeft() > 0 {
			s.VisitRoom(i)
		}
	}
	h.app.Context().Sync()
	h.tick(scenes.Input{})
	var last int
	for i, r := range in.Rooms {
		if !r.Visited {
			last = i
		}
	}
	room := in.Room
	h.click(map[string]float64{"exam": 160, "medication": 375, "office": 560, "waiting": 180, "front_desk": 420, "supply": 560}[in.Rooms[last].ID],
		map[string]float64{"exam": 260, "medication": 260, "office": 260, "waiting": 460, "front_desk": 460, "supply": 460}[in.Rooms[last].ID])
	if in.Rooms[last].Visited || in.Room != room {
		t.Fatal("a room was visited after the time on site ran out")
	}
	if n := h.countColor(image.Rect(680, 560, 1240, 632), ui.Bad); n < 30 {
		t.Errorf("no message says the time is up (%d red pixels)", n)
	}
	h.shot("system-satellite-no-time")

	// Done, from the keyboard: Shift+Tab from the first item wraps to Menu, Back, Done
	h.app.Context().Sync()
	h.tick(scenes.Input{})
	for k := 0; k < 3; k++ {
		h.key(scenes.Input{Prev: true})
	}
	h.enter()
	if h.scene() != "outcome" || s.LegacyState().Outcome == nil {
		t.Fatalf("Done showed %q", h.scene())
	}
	h.shot("system-satellite-outcome")
}

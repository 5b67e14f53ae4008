package scenes_test

import (
	"image"
	"strings"
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

// satelliteOpenScreen starts a career and plays to the satellite inspection, with the
// run's workplace set to setting before the desk is dealt, then shows its screen.
func satelliteOpenScreen(t *testing.T, h *harness, setting string) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	ctx.StartCareer("Pat")
	h.tick(scenes.Input{})
	s := ctx.Session
	for n := 0; n < 3000; n++ {
		st := s.State()
		if st.Item().Kind == game.ItemWeek && st.System == "" && st.Outcome == nil && st.Current == "" {
			for i, in := range st.Inbox {
				if in.System == game.SysSatellite && !in.Done {
					s.Edit(func(st *game.State) { st.Setting = setting })
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					ctx.Sync()
					h.tick(scenes.Input{})
					if h.scene() != "system-satellite" {
						t.Fatalf("opening the satellite item showed %q", h.scene())
					}
					return s
				}
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("the run never offered the satellite inspection")
	return nil
}

// Each workplace's site on screen: a hospital's satellite clinic, a practice's second
// office and a health plan's regional service centre, each with its own rooms, guide
// and checks; the screenshots are setting-satellite-<setting>.
func TestSatelliteScreenBySetting(t *testing.T) {
	want := map[string]string{"hospital": "Medication room", "practice": "Front desk", "mco": "Claims mail room"}
	plans := map[string]*image.RGBA{}
	for _, setting := range []string{"hospital", "practice", "mco"} {
		h := newHarness(t, 1280, 720, scenes.Config{})
		s := satelliteOpenScreen(t, h, setting)
		ctx := h.app.Context()
		fc := s.View().SatelliteForecast()
		var rooms []string
		for _, r := range fc.Rooms {
			rooms = append(rooms, ctx.R(r.Name))
		}
		if got := strings.Join(rooms, " | "); !strings.Contains(got, want[setting]) {
			t.Errorf("%s: the plan's rooms are %s, want %q among them", setting, got, want[setting])
		}
		if setting == "mco" && strings.Contains(strings.Join(rooms, " "), "Exam") {
			t.Errorf("a health plan's service centre has exam rooms: %v", rooms)
		}
		// walk into the room at the back left, so the panel shows a room of this site
		h.click(160, 260)
		h.settle()
		plans[setting] = h.readback().SubImage(image.Rect(30, 140, 1250, 560)).(*image.RGBA)
		h.shot("setting-satellite-" + setting)
	}
	for _, pair := range [][2]string{{"hospital", "practice"}, {"hospital", "mco"}, {"practice", "mco"}} {
		a, b := plans[pair[0]], plans[pair[1]]
		diff := 0
		for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
			for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
				if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
					diff++
				}
			}
		}
		if diff < 2000 {
			t.Errorf("the %s and %s sites differ in only %d pixels", pair[0], pair[1], diff)
		}
	}
}

func TestSatelliteScreenKeyboardAndClick(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := satelliteOpenScreen(t, h, "hospital")
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
	// keyboard: the arrows move on the plan as it is drawn: Down to the front desk,
	// Right to the supply closet, Right again onto the observations on the right
	// (the one level with the closet), Up to the new room's first: Enter marks it
	for _, k := range []scenes.Input{{Down: true}, {Right: true}, {Right: true}, {Up: true}} {
		h.key(k)
	}
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
	// Down from the waiting room would be Done, below it on screen: Tab goes on in
	// reading order, past the plan's rooms to the first observation
	for i := 0; i < len(in().Rooms); i++ {
		h.key(scenes.Input{Next: true})
	}
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

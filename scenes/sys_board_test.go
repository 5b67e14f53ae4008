package scenes_test

import (
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

// boardDesk is the board desk as the run holds it now.
func boardDesk(t *testing.T, s *game.Session) game.BoardReport {
	t.Helper()
	r, ok := s.View().BoardDesk()
	if !ok {
		t.Fatal("no board desk")
	}
	return r
}

func TestBoardScreenKeyboardMouseAndDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 3})
	s := qeOpenScreen(t, h, game.SysBoard)
	k := quarterKit(t, h)

	// keyboard: from the first tab, Tab past the second tab to the first measure's
	// card; Enter cycles how it is shown
	first := boardDesk(t, s).Measures[0].Mode
	for i := 0; i < 2; i++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if m := boardDesk(t, s).Measures[0].Mode; m != (first+1)%game.BoardModes {
		t.Fatalf("Enter on the first measure left mode %d, want %d", m, (first+1)%game.BoardModes)
	}
	// mouse: click the patient-satisfaction card (the fifth: third row, left) from
	// best week to leave out
	ps := -1
	for i, m := range boardDesk(t, s).Measures {
		if m.ID == game.PatientSatisfied {
			ps = i
		}
	}
	if ps != 4 {
		t.Fatalf("patient satisfaction is measure %d, want the fifth", ps)
	}
	if m := boardDesk(t, s).Measures[ps].Mode; m != game.BoardBestWeek {
		t.Fatalf("the draft shows patient satisfaction as mode %d, want best week", m)
	}
	cardY := 204 + 2*70 + 32.0
	h.click(170, cardY)
	if m := boardDesk(t, s).Measures[ps].Mode; m != game.BoardLeaveOut {
		t.Fatalf("clicking the card left patient satisfaction at mode %d", m)
	}
	h.click(170, cardY) // and on to "show with benchmark"
	if m := boardDesk(t, s).Measures[ps].Mode; m != game.BoardWithBenchmark {
		t.Fatalf("a second click left mode %d", m)
	}
	h.shot("system-board")

	// the card's Source button opens the meter's benchmark and source
	h.click(40+360-4-35, cardY)
	if h.scene() != "meter" {
		t.Fatalf("the Source button opened %q, want the meter's details", h.scene())
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "system-board" {
		t.Fatalf("closing the meter's details left %q", h.scene())
	}
	// F opens the fact card
	h.key(scenes.Input{Fact: true})
	if h.scene() != "fact" {
		t.Fatalf("F opened %q, want the fact card", h.scene())
	}
	h.key(scenes.Input{Back: true})

	// the risk questions page, one answer by click
	h.click(940, 172)
	if k.Tab != 1 {
		t.Fatalf("clicking the second tab opened page %d", k.Tab)
	}
	r := boardDesk(t, s)
	if len(r.Questions) < 2 {
		t.Fatalf("%d risk questions, want 2 or 3", len(r.Questions))
	}
	h.click(200, 236+46+30)
	if q := boardDesk(t, s).Questions[0]; q.Answer != q.Order[0] {
		t.Fatalf("clicking the first answer chose %d", q.Answer)
	}
	// keyboard: Down from the first answer to the second question's, Enter picks it
	h.key(scenes.Input{Down: true})
	h.enter()
	if q := boardDesk(t, s).Questions[1]; q.Answer != q.Order[0] {
		t.Fatalf("Down and Enter chose %d for the second question", q.Answer)
	}
	h.shot("system-board-risks")

	h.click(110, 720-45)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	if o := s.State().Outcome; o == nil || o.Title.Key != "sys.board.out.title" {
		t.Fatalf("outcome %+v, want the board debrief", s.State().Outcome)
	}
	h.shot("system-board-outcome")
}

// boardOpenIn plays a career to the quarter's last week, makes the run's workplace
// setting, and opens the board screen: its desk is dealt for that setting.
func boardOpenIn(t *testing.T, h *harness, setting string) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	ctx.StartCareer("Ava")
	s := ctx.Session
	for n := 0; n < 3000; n++ {
		st := s.State()
		if st.Item().Kind == game.ItemWeek && st.Week == st.Weeks && st.System == "" && st.Outcome == nil && st.Current == "" {
			for i, in := range st.Inbox {
				if in.System == game.SysBoard && !in.Done {
					s.Edit(func(st *game.State) { st.Setting = setting })
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					ctx.Sync()
					h.tick(scenes.Input{})
					return s
				}
			}
		}
		if more, err := s.Act1(game.FirstOption); err != nil || !more {
			t.Fatalf("never reached the board screen (err %v)", err)
		}
	}
	t.Fatal("never reached the board screen")
	return nil
}

// The board screen in three settings: whose report it is, its own measures and its
// members' questions; no emergency department in the practice or the health plan,
// and the plan's measures are an insurer's. The screenshots setting-board-<setting>
// are looked at by eye.
func TestBoardScreenBySetting(t *testing.T) {
	want := map[string][]string{
		"hospital": {"Draft board report", "ED time, sent home"},
		"practice": {"physician owners", "Practice margin", "Claims denied at first"},
		"mco":      {"health plan's board", "Member satisfaction", "Claims the plan denies at first"},
	}
	for _, setting := range []string{"hospital", "practice", "mco"} {
		h := newHarness(t, 1280, 720, scenes.Config{Weeks: 3})
		boardOpenIn(t, h, setting)
		k := quarterKit(t, h)
		var shown []string
		for tab := 0; tab < 2; tab++ {
			k.Tab = tab
			k.Layout(h.app.Context())
			shown = append(shown, k.List.Strings()...)
			if tab == 1 {
				h.shot("setting-board-" + setting + "-risks")
			}
		}
		all := strings.Join(shown, " ")
		for _, w := range want[setting] {
			if !strings.Contains(all, w) {
				t.Errorf("the %s board screen never shows %q", setting, w)
			}
		}
		if setting != "hospital" && (strings.Contains(all, "ED time") || strings.Contains(all, "Bed occupancy")) {
			t.Errorf("the %s board screen shows a hospital measure", setting)
		}
		k.Tab = 0
		k.Layout(h.app.Context())
		h.shot("setting-board-" + setting)
	}
}

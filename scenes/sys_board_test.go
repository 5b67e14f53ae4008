package scenes_test

import (
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

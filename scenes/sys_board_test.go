package scenes_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

func TestBoardScreenKeyboardMouseAndDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 3})
	s := qeOpenScreen(t, h, game.SysBoard)
	r := s.LegacyState().Sys.Board

	// keyboard: from the first tab, Tab past the second tab, the fact card and the
	// benchmark source to the first measure's button; Enter cycles how it is shown
	first := r.Measures[0].Mode
	for k := 0; k < 4; k++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if r.Measures[0].Mode != (first+1)%game.BoardModes {
		t.Fatalf("Enter on the first measure left mode %d, want %d", r.Measures[0].Mode, (first+1)%game.BoardModes)
	}
	// mouse: click the patient-satisfaction row's button (row 4) from best week to leave out
	ps := r.Measure(game.PatientSatisfied)
	if ps.Mode != game.BoardBestWeek {
		t.Fatalf("the draft shows patient satisfaction as mode %d, want best week", ps.Mode)
	}
	h.click(685, 234+4*32+12)
	if ps.Mode != game.BoardLeaveOut {
		t.Fatalf("clicking the button left patient satisfaction at mode %d", ps.Mode)
	}
	h.click(685, 234+4*32+12) // and on to "show with benchmark"
	if ps.Mode != game.BoardWithBenchmark {
		t.Fatalf("a second click left mode %d", ps.Mode)
	}
	h.shot("system-board")

	// the risk questions page, one answer by click
	h.click(330, 172)
	if r.Tab != 1 {
		t.Fatalf("clicking the second tab opened page %d", r.Tab)
	}
	if len(r.Questions) < 2 {
		t.Fatalf("%d risk questions, want 2 or 3", len(r.Questions))
	}
	h.click(200, 236+46+30)
	if r.Questions[0].Answer != r.Questions[0].Order[0] {
		t.Fatalf("clicking the first answer chose %d", r.Questions[0].Answer)
	}
	h.shot("system-board-risks")

	h.click(110, 720-45)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	if o := s.LegacyState().Outcome; o == nil || o.Title.Key != "sys.board.out.title" {
		t.Fatalf("outcome %+v, want the board debrief", s.LegacyState().Outcome)
	}
	h.shot("system-board-outcome")
}

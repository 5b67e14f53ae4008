package game_test

import (
	"os"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// Saves written by the game as it was on 2026-12-04 (save version 1, before the duty
// modules) still load and play on to the career report: one at the start of week 2,
// one with the board report open on its second tab (a tab that used to be saved).
func TestSavesFromBeforeDutyModulesLoadAndPlayToTheReport(t *testing.T) {
	c := content(t)
	for _, name := range []string{"save-v1-week2.json", "save-v1-board-open.json"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("testdata/" + name)
			if err != nil {
				t.Fatal(err)
			}
			s, err := game.Load(c, data)
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			if s.View().PlayerName() != "Rosa" {
				t.Errorf("player name %q, want Rosa", s.View().PlayerName())
			}
			if err := s.PlayToEnd(game.FirstOption, 5000); err != nil {
				t.Fatalf("play on: %v", err)
			}
			if s.Step().Kind != game.StepReport {
				t.Fatalf("ended on %v, want the report", s.Step().Kind)
			}
			r := s.Report()
			if len(r.Path) == 0 {
				t.Error("the report has no path")
			}
			// and the run saves and loads again in the new format
			b, err := s.Save()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := game.Load(c, b); err != nil {
				t.Fatalf("reload: %v", err)
			}
		})
	}
}

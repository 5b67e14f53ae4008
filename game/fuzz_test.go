package game_test

import (
	"os"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// FuzzLoad feeds the save loader damaged and hostile saves: it may refuse them, but
// never panics, and a save it accepts plays on without panicking.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"testdata/save-v1-week2.json", "testdata/save-v1-board-open.json"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"version":1,"plan":[{"kind":"report"}],"pos":0,"weeks":1}`))
	f.Add([]byte(`{}`))
	c := content(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := game.Load(c, data)
		if err != nil {
			return
		}
		for i := 0; i < 40; i++ {
			if more, err := s.Act1(game.FirstOption); err != nil || !more {
				break
			}
		}
		s.Step()
		s.Report()
	})
}

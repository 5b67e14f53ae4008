package game_test

import (
	"sync"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// Loaded content is only read by sessions, so two careers can start, play and load
// on the same content at once (run with -race to see it).
func TestSessionsShareContent(t *testing.T) {
	c := content(t)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			s := game.NewSession(c, game.Options{Name: "Pat", Seed: seed})
			for n := 0; n < 40; n++ {
				s.Act1(game.FirstOption)
			}
			b, _ := s.Save()
			if _, err := game.Load(c, b); err != nil {
				t.Error(err)
			}
		}(int64(i + 1))
	}
	wg.Wait()
}

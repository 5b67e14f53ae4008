package game_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// BenchmarkCareer plays a whole standard career through the rules core, the way a
// bot playing thousands of careers would; it reports careers per second.
func BenchmarkCareer(b *testing.B) {
	c := content(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := game.NewSession(c, game.Options{Name: "Bot", Seed: int64(i + 1)})
		if err := s.PlayToEnd(game.FirstOption, 5000); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveLoad measures writing and reading a mid-career save.
func BenchmarkSaveLoad(b *testing.B) {
	c := content(b)
	s := game.NewSession(c, game.Options{Name: "Bot", Seed: 1})
	for i := 0; i < 60; i++ {
		s.Act1(game.FirstOption)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		data, err := s.Save()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := game.Load(c, data); err != nil {
			b.Fatal(err)
		}
	}
}

package scenes_test

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Scene tests draw real GPU images, which needs a running game loop: TestMain starts
// one (under Xvfb in CI) and runs the tests inside its first Update.
func TestMain(m *testing.M) {
	r := &runner{m: m}
	if err := ebiten.RunGameWithOptions(r, &ebiten.RunGameOptions{InitUnfocused: true}); err != nil {
		panic(err)
	}
	os.Exit(r.code)
}

type runner struct {
	m    *testing.M
	code int
	ran  bool
}

func (r *runner) Update() error {
	if !r.ran {
		r.ran = true
		r.code = r.m.Run()
	}
	return ebiten.Termination
}

func (r *runner) Draw(*ebiten.Image)         {}
func (r *runner) Layout(w, h int) (int, int) { return 1280, 720 }

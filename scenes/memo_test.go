package scenes_test

import (
	"bytes"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/scenes"
)

// The frame memo as the game runs it (its screen keeps its pixels): a still screen is
// drawn once and then left alone, a key press draws the new frame, and what the
// screen shows is always what a full redraw of the same state shows.
func TestFrameMemoRedrawsOnlyWhatChanged(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.app.Context().Prefs.ReducedMotion = true // the title's figure holds still
	h.settle()
	kept := ebiten.NewImage(1280, 720)
	t.Cleanup(kept.Deallocate)
	h.app.KeepScreen = true
	frames := func(n int) {
		for i := 0; i < n; i++ {
			h.app.Step(&scenes.Input{})
			h.app.Draw(kept)
		}
	}
	same := func(when string) {
		t.Helper()
		got := make([]byte, 4*1280*720)
		kept.ReadPixels(got)
		h.app.KeepScreen = false
		h.frame() // the harness's own screen, cleared and drawn through the memo's kept picture
		h.app.KeepScreen = true
		want := make([]byte, 4*1280*720)
		h.screen.ReadPixels(want)
		// the same picture, but for rounding in a few linearly filtered art pixels
		// (the screen and an offscreen image sample them a hair apart)
		if !bytes.Equal(got, want) {
			n, first := 0, -1
			for i := range got {
				if d := int(got[i]) - int(want[i]); d > 2 || d < -2 {
					if first < 0 {
						first = i
					}
					n++
				}
			}
			if n > 0 {
				t.Errorf("%s: the kept screen differs from a full redraw in %d bytes, first at pixel (%d, %d): %v vs %v", when, n, first/4%1280, first/4/1280, got[first/4*4:first/4*4+4], want[first/4*4:first/4*4+4])
			}
		}
	}
	frames(3)
	reused0, played0 := h.app.Memo()
	frames(10)
	reused, played := h.app.Memo()
	if played != played0 || reused-reused0 != 10 {
		t.Errorf("10 still frames: %d played, %d reused; want 0 and 10", played-played0, reused-reused0)
	}
	same("still")
	// Tab moves the focus ring: that frame is drawn
	h.app.Step(&scenes.Input{Next: true})
	h.app.Draw(kept)
	if _, p := h.app.Memo(); p == played {
		t.Error("the frame after Tab was not drawn")
	}
	frames(2)
	same("after Tab")
	// a screen of another size is drawn in full
	other := ebiten.NewImage(960, 540)
	t.Cleanup(other.Deallocate)
	_, p0 := h.app.Memo()
	h.app.Draw(other)
	if _, p := h.app.Memo(); p == p0 {
		t.Error("a screen of another size was not drawn")
	}
}

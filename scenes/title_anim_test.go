package scenes_test

import (
	"fmt"
	"image"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenes"
)

// the path's area on the title: the four pictures, the road and the caption
var pathArea = image.Rect(780, 190, 1280, 680)

func crop(img *image.RGBA, r image.Rectangle) *image.RGBA {
	out := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	for y := 0; y < r.Dy(); y++ {
		copy(out.Pix[y*out.Stride:(y+1)*out.Stride], img.Pix[(r.Min.Y+y)*img.Stride+r.Min.X*4:])
	}
	return out
}

// The title's figure walks the road from the school to the manager's office: its
// drawn position and the picture on screen change over time, it reaches every
// picture (student to manager), and the round starts over at the school.
func TestTitleFigureWalksThePathAndLoops(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.settle()
	round := scenes.TitleRound(h.app)
	if round < 8*60 || round > 12*60 {
		t.Fatalf("a round of the path takes %d ticks, want 8-12 s", round)
	}
	x0, y0, st0, _, ok := scenes.TitleFigure(h.app)
	if !ok || st0 != 0 {
		t.Fatalf("no figure at the school at the start (ok %v, stage %d)", ok, st0)
	}
	before := crop(h.readback(), pathArea)
	stages := map[int]bool{}
	moved, walked := false, false
	for i := 0; i < round; i++ {
		h.tick(scenes.Input{})
		x, y, st, pose, _ := scenes.TitleFigure(h.app)
		stages[st] = true
		moved = moved || x != x0 || y != y0
		walked = walked || pose != 0
		if i == 200 {
			// two seconds on: the figure is drawn elsewhere
			if d := differ(before, crop(h.readback(), pathArea)); d < 0.002 {
				t.Errorf("the path looks the same after 200 ticks (%.2f%% of pixels differ)", d*100)
			}
		}
	}
	if !moved || !walked || len(stages) != 4 {
		t.Errorf("over a round the figure moved %v, walked %v, reached %d pictures", moved, walked, len(stages))
	}
	// one round later it is back where it started
	x, y, st, _, _ := scenes.TitleFigure(h.app)
	if x != x0 || y != y0 || st != 0 {
		t.Errorf("after one round the figure is at (%.0f,%.0f) picture %d, want (%.0f,%.0f) at the school", x, y, st+1, x0, y0)
	}
}

// Reduced motion: the still path, no figure, every caption listed; frames are
// identical over time.
func TestTitlePathStillWithReducedMotion(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefsIn(t, store.Prefs{Seen: true, ReducedMotion: true})})
	h.settle()
	if _, _, _, _, ok := scenes.TitleFigure(h.app); ok {
		t.Error("the figure is drawn with reduced motion")
	}
	before := crop(h.readback(), pathArea)
	for i := 0; i < 300; i++ {
		h.tick(scenes.Input{})
	}
	if d := differ(before, crop(h.readback(), pathArea)); d != 0 {
		t.Errorf("the path changed over 5 s with reduced motion (%.2f%% of pixels)", d*100)
	}
	if !h.drew("High school:") || !h.drew("Manager:") {
		t.Error("reduced motion does not list every caption")
	}
	h.shot("title-anim-reduced")
}

// drew reports whether the last frame drew a line starting with prefix.
func (h *harness) drew(prefix string) bool {
	for _, l := range h.app.DrawnLines(ebiten.NewImage(1280, 720)) {
		if len(l) >= len(prefix) && l[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

// The figure's sprites and the pictures are drawn at layout: a round of frames
// draws none.
func TestTitleArtNotRebuiltPerFrame(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.settle()
	f, p := scenes.FigureBuilds(), scenes.PlaceBuilds()
	for i := 0; i < scenes.TitleRound(h.app)+10; i++ {
		h.tick(scenes.Input{})
	}
	if df, dp := scenes.FigureBuilds()-f, scenes.PlaceBuilds()-p; df != 0 || dp != 0 {
		t.Errorf("a round of the title drew %d figure sets and %d pictures", df, dp)
	}
}

// Between two demo careers the kiosk's title plays its path too (the kiosk holds
// the title's input, not its animation), with the large invitation on screen.
func TestKioskTitleAnimatesBetweenDemoCareers(t *testing.T) {
	c := newClock()
	h := kioskHarness(t, &store.Memory{}, c)
	if !h.drew("Press any key") {
		t.Error("the kiosk title does not invite visitors to press a key")
	}
	h.idle(c, 61*time.Second)
	for i := 0; i < 400 && h.scene() != "title"; i++ {
		c.wait(2100 * time.Millisecond)
		h.tick(scenes.Input{})
	}
	if h.scene() != "title" {
		t.Fatal("the demo never came back to the title")
	}
	x0, _, _, _, _ := scenes.TitleFigure(h.app)
	for i := 0; i < 150; i++ {
		h.tick(scenes.Input{})
	}
	if x, _, _, _, ok := scenes.TitleFigure(h.app); !ok || x == x0 {
		t.Errorf("the title's figure stood still during the demo's title hold (ok %v)", ok)
	}
	h.shot("kiosk-title-demo-hold")
}

// Screenshots to look at: the title at a few moments of the round, in English and
// Spanish, and the kiosk title.
func TestTitleAnimShots(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.settle()
	for i, at := range []int{60, 150, 300, 420, 640} {
		for h.app.Step(&scenes.Input{}) == nil && tickOf(h) < at {
		}
		h.frame()
		h.shot(fmt.Sprintf("title-anim-%d", i))
	}
	cat, err := assets.Catalog("es")
	if err != nil {
		t.Fatal(err)
	}
	es := newHarness(t, 1280, 720, scenes.Config{Catalog: cat, Lang: "es"})
	for i := 0; i < 400; i++ {
		es.app.Step(&scenes.Input{})
	}
	es.frame()
	es.shot("title-anim-es")
	k := kioskHarness(t, &store.Memory{}, newClock())
	for i := 0; i < 100; i++ {
		k.app.Step(&scenes.Input{})
	}
	k.frame()
	k.shot("title-anim-kiosk")
}

func tickOf(h *harness) int { return scenes.TitleTick(h.app) }

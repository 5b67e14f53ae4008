package scenes_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

// the name screen's look row: menu items 2 to 9 (after the field and Start)
const lookFirst = 2

func nameScreen(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.app.Context().GoTo(&scenes.NameScene{})
	h.settle()
	if h.scene() != "name" {
		t.Fatalf("on %q, want the name screen", h.scene())
	}
	return h
}

// previewPixels reads the chosen look's preview, right of the look row.
func previewPixels(h *harness) []byte {
	rs, _, _, _ := scenes.Focusables(h.app.Top())
	last := rs[lookFirst+len(game.PlayerLooks)-1]
	img := h.readback()
	var out []byte
	for y := int(last.Y) - 50; y < int(last.Y+last.H); y++ {
		for x := int(last.X + last.W + 40); x < int(last.X+last.W+160); x++ {
			c := img.RGBAAt(x, y)
			out = append(out, c.R, c.G, c.B)
		}
	}
	return out
}

// A player who types a name and presses Enter starts with the look the seed picked,
// already shown as chosen; the row adds no press to the keyboard path.
func TestNameLookDefaultsFromTheSeed(t *testing.T) {
	h := nameScreen(t)
	h.key(scenes.Input{Chars: []rune("Ava")})
	h.enter()
	s := h.app.Context().Session
	if s == nil {
		t.Fatalf("Enter on the name did not start a career (on %s)", h.scene())
	}
	want := game.DefaultLook(11) // the harness's seed
	if got := s.View().PlayerLook(); !got.Equal(want) {
		t.Errorf("look %+v, want the seed's %+v", got, want)
	}
}

// The look is chosen by keys (Tab to a face, Enter picks it and does not start) and
// by pointer (a click on a face); the preview changes with it; frames draw the
// cached portraits and make none.
func TestNameLookChosenByKeysAndPointer(t *testing.T) {
	h := nameScreen(t)
	h.key(scenes.Input{Chars: []rune("Ava")})
	before := previewPixels(h)
	h.key(scenes.Input{Next: true}) // Start
	h.key(scenes.Input{Next: true}) // the first look
	h.key(scenes.Input{Next: true}) // the second
	h.enter()
	if h.scene() != "name" || h.app.Context().Session != nil {
		t.Fatalf("Enter on a look left the name screen (%s)", h.scene())
	}
	h.shot("name-look-keys")
	after := previewPixels(h)
	diff := 0
	for i := range before {
		if before[i] != after[i] {
			diff++
		}
	}
	if diff < 500 {
		t.Errorf("the preview barely changed with the look (%d values differ)", diff)
	}
	n := scenes.PortraitCount()
	for range 30 {
		h.tick(scenes.Input{})
	}
	if got := scenes.PortraitCount(); got != n {
		t.Errorf("%d portraits cached after 30 frames, %d before: Draw must not make images", got, n)
	}
	// back to the field with Shift+Tab, Enter starts with the look picked
	for range 3 {
		h.key(scenes.Input{Prev: true})
	}
	h.enter()
	s := h.app.Context().Session
	if s == nil {
		t.Fatalf("Enter on the field did not start (on %s)", h.scene())
	}
	if got := s.View().PlayerLook(); !got.Equal(game.PlayerLooks[1]) {
		t.Errorf("keys: look %+v, want the second %+v", got, game.PlayerLooks[1])
	}

	// by pointer: a click on the sixth face, then a suggested name
	h = nameScreen(t)
	rs, _, _, _ := scenes.Focusables(h.app.Top())
	for i := lookFirst; i < lookFirst+len(game.PlayerLooks); i++ {
		if rs[i].W < 44 || rs[i].H < 44 {
			t.Errorf("look %d is %.0fx%.0f, want at least 44x44", i-lookFirst+1, rs[i].W, rs[i].H)
		}
	}
	r := rs[lookFirst+5]
	h.click(r.X+r.W/2, r.Y+r.H/2)
	h.shot("name-look-pointer")
	if h.app.Context().Session != nil {
		t.Fatal("a click on a look started the career")
	}
	sug := rs[lookFirst+len(game.PlayerLooks)]
	h.click(sug.X+sug.W/2, sug.Y+sug.H/2)
	s = h.app.Context().Session
	if s == nil {
		t.Fatal("a suggested name did not start")
	}
	if got := s.View().PlayerLook(); !got.Equal(game.PlayerLooks[5]) {
		t.Errorf("pointer: look %+v, want the sixth %+v", got, game.PlayerLooks[5])
	}
	if s.View().PlayerName() != "Alex" {
		t.Errorf("name %q", s.View().PlayerName())
	}
}

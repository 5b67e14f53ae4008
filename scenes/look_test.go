package scenes_test

import (
	"strconv"
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

// playerAt starts a run as Rosa with look and plays it with the first option to the
// first step want accepts, and opens that screen.
func playerAt(t *testing.T, h *harness, look game.Look, want func(game.Step) bool) {
	t.Helper()
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Rosa", Seed: 11, Look: look})
	for n := 0; n < 5000 && !want(s.Step()); n++ {
		if more, err := s.Act1(game.FirstOption); err != nil || !more {
			t.Fatalf("never reached the screen: %v", err)
		}
	}
	ctx.Session = s
	ctx.Sync()
	h.settle()
}

// band reads the screen's rows y0 to y1.
func band(h *harness, y0, y1 int) []byte {
	img := h.readback()
	var out []byte
	for y := y0; y < y1; y++ {
		for x := 0; x < 1280; x++ {
			c := img.RGBAAt(x, y)
			out = append(out, c.R, c.G, c.B)
		}
	}
	return out
}

func bytesDiffer(a, b []byte) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

// The player's face is on the dashboard's bar, beside the recap's title and in the
// report's bar: drawn from their look (two looks differ where nothing else does)
// and cached at layout (frames make no portraits).
func TestPlayerFaceOnDashboardRecapAndReport(t *testing.T) {
	stops := []struct {
		name   string
		want   func(game.Step) bool
		y0, y1 int // the rows the face is in
	}{
		{"week", func(st game.Step) bool { return st.Kind == game.StepWeek }, 0, 64},
		{"recap", func(st game.Step) bool { return st.Kind == game.StepRecap }, 84, 156},
		{"report", func(st game.Step) bool { return st.Kind == game.StepReport }, 0, 64},
	}
	for _, stop := range stops {
		var shots [2][]byte
		for i, li := range []int{0, 5} {
			h := newHarness(t, 1280, 720, scenes.Config{})
			playerAt(t, h, game.PlayerLooks[li], stop.want)
			if h.scene() != stop.name {
				t.Fatalf("on %s, want %s", h.scene(), stop.name)
			}
			n := scenes.PortraitCount()
			for range 20 {
				h.tick(scenes.Input{})
			}
			if got := scenes.PortraitCount(); got != n {
				t.Errorf("%s: %d portraits after 20 frames, %d before", stop.name, got, n)
			}
			h.pix = nil
			shots[i] = band(h, stop.y0, stop.y1)
			h.shot("player-face-" + stop.name + "-" + strconv.Itoa(li))
		}
		if d := bytesDiffer(shots[0], shots[1]); d < 300 {
			t.Errorf("%s: two looks draw nearly the same (%d values differ)", stop.name, d)
		}
	}
}

package scenes_test

import (
	"encoding/json"
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/scenes"
)

// The screen-reader mirror: the title publishes its heading, text and actions as
// data a page can render as HTML; pressing an action through the mirror drives the
// game, screen by screen, with no pixels involved.
func TestScreenReaderMirrorDrivesTheGame(t *testing.T) {
	h, last, events := mirrorHarness(t)
	look := func() scenes.A11y {
		for i := 0; i < 30; i++ {
			h.tick(scenes.Input{})
		}
		return *last
	}
	press := func(label string) {
		t.Helper()
		m := look()
		for i, it := range m.Items {
			if strings.HasPrefix(it.Label, label) {
				events <- scenes.A11yEvent{Index: i, Press: true}
				h.tick(scenes.Input{})
				h.tick(scenes.Input{})
				return
			}
		}
		t.Fatalf("on %s the mirror has no %q action: %+v", m.Scene, label, m.Items)
	}
	m := look()
	if m.Scene != "title" || m.Heading != "Health Services Manager" || m.Lang != "en" {
		t.Fatalf("the title's mirror: %+v", m)
	}
	if len(m.Texts) == 0 || m.Focus < 0 {
		t.Fatalf("the title's mirror has no text or focus: %+v", m)
	}
	press("New career")
	if h.scene() != "modes" {
		t.Fatalf("pressing New career in the mirror opened %q", h.scene())
	}
	press("Full career")
	if h.scene() != "name" {
		t.Fatalf("pressing Full career opened %q", h.scene())
	}
	m = look()
	if m.Scene != "name" || len(m.Items) == 0 {
		t.Fatalf("the name screen's mirror: %+v", m)
	}
	press("Play as")
	if h.scene() != "intro" {
		t.Fatalf("a suggested name opened %q", h.scene())
	}
	if m := look(); m.Heading == "" || len(m.Items) == 0 {
		t.Fatalf("Act 1's card has no heading or action in the mirror: %+v", m)
	}
	// a focus move in the mirror moves the game's focus
	m = look()
	events <- scenes.A11yEvent{Index: len(m.Items) - 1}
	if m2 := look(); m2.Focus != len(m.Items)-1 {
		t.Fatalf("focus %d after the mirror focused %d", m2.Focus, len(m.Items)-1)
	}
}

// Through the mirror alone (labels and states, no pixels and no game keys), a player
// gets from the title into Act 2, the way the browser test walks the page's
// accessibility tree.
func TestScreenReaderMirrorReachesCollege(t *testing.T) {
	h, last, events := mirrorHarness(t)
	for n := 0; n < 200; n++ {
		for i := 0; i < 13; i++ {
			h.tick(scenes.Input{})
		}
		if st := h.app.Context().Session; st != nil && h.scene() == "intro" && string(st.Step().Act) == "college" {
			t.Logf("Act 2 reached through the mirror in %d presses", n)
			return
		}
		i := mirrorPick(*last)
		if i < 0 {
			t.Fatalf("nothing to press on %s: %+v", last.Scene, last.Items)
		}
		events <- scenes.A11yEvent{Index: i, Press: true}
	}
	t.Fatalf("the mirror walk never reached Act 2 (on %q: %+v)", h.scene(), last.Items)
}

// mirrorHarness is a game whose screen-reader mirror the test reads (the latest
// screen it published) and drives (events).
func mirrorHarness(t *testing.T) (*harness, *scenes.A11y, chan scenes.A11yEvent) {
	last := &scenes.A11y{}
	events := make(chan scenes.A11yEvent, 1)
	h := newHarness(t, 1280, 720, scenes.Config{
		A11y:       func(s string) { *last = scenes.A11y{}; _ = json.Unmarshal([]byte(s), last) },
		A11yEvents: events,
	})
	return h, last, events
}

// mirrorPick is what the browser test does: a ready Confirm/Continue/Start first,
// else the first action that is enabled, not already chosen and not a side door.
func mirrorPick(m scenes.A11y) int {
	side := []string{"Menu", "Fact", "Glossary", "Back", "Start", "First name"}
	for _, p := range []string{"Play as", "Confirm", "Continue", "New career", "Full career"} {
		for i, it := range m.Items {
			if strings.HasPrefix(it.Label, p) && !it.Disabled {
				return i
			}
		}
	}
next:
	for i, it := range m.Items {
		if it.Disabled || it.Selected || it.Done {
			continue
		}
		for _, s := range side {
			if strings.HasPrefix(it.Label, s) {
				continue next
			}
		}
		return i
	}
	return -1
}

// Start with no name typed says what to do instead of doing nothing.
func TestEmptyNameSaysWhatToDo(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.enter()
	h.fullCareer()
	before := h.countColor(image.Rect(80, 330, 900, 360), color.RGBA{0xb0, 0x2e, 0x26, 0xff})
	h.enter() // Enter in the empty field
	h.settle()
	after := h.countColor(image.Rect(80, 330, 900, 360), color.RGBA{0xb0, 0x2e, 0x26, 0xff})
	if h.scene() != "name" || after <= before+50 {
		t.Fatalf("an empty name: on %q, %d red pixels of message (was %d)", h.scene(), after, before)
	}
	h.shot("name-empty")
}

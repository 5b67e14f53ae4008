package scenes_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/scenes"
)

// The screen-reader mirror: the title publishes its heading, text and actions as
// data a page can render as HTML; pressing an action through the mirror drives the
// game, screen by screen, with no pixels involved.
func TestScreenReaderMirrorDrivesTheGame(t *testing.T) {
	var last scenes.A11y
	events := make(chan scenes.A11yEvent, 1)
	h := newHarness(t, 1280, 720, scenes.Config{
		A11y:       func(s string) { last = scenes.A11y{}; _ = json.Unmarshal([]byte(s), &last) },
		A11yEvents: events,
	})
	look := func() scenes.A11y {
		for i := 0; i < 30; i++ {
			h.tick(scenes.Input{})
		}
		return last
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

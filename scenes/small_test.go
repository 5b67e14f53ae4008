package scenes_test

import (
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/scenes"
)

// TestSmallWindowEveryAct plays Acts 1-3 and the first manager week in a small
// window (a classroom laptop's half screen) with the keyboard, saving a screenshot of
// every kind of screen in every act.
func TestSmallWindowEveryAct(t *testing.T) {
	h := newHarness(t, 800, 450, scenes.Config{Weeks: 1})
	h.shot("small-00-title")
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Noa")})
	h.enter()
	seen := map[string]bool{}
	for n := 0; n < 300; n++ {
		sess := h.app.Context().Session
		if sess == nil {
			t.Fatal("no career")
		}
		key := h.scene() + "-" + string(sess.Step().Act)
		if !seen[key] {
			seen[key] = true
			h.shot("small-" + key)
		}
		if h.scene() == "week" || h.scene() == "report" {
			break
		}
		if strings.HasPrefix(h.scene(), "system-") {
			for k := 0; k < 3; k++ {
				h.key(scenes.Input{Prev: true})
			}
		}
		h.enter()
	}
	for _, want := range []string{"intro-school", "pick-many-school", "pick-one-college", "pick-one-job", "week-manager"} {
		if !seen[want] {
			t.Errorf("the small-window run never showed %s", want)
		}
	}
}

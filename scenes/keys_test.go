package scenes_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

var (
	tabKeys = []scenes.Input{{Next: true}, {Prev: true}}
	allKeys = []scenes.Input{{Next: true}, {Prev: true}, {Down: true}, {Up: true}, {Right: true}, {Left: true}, {End: true}, {Home: true}}
)

// keyboardCareer plays a whole career from the title to the report by keyboard,
// the way a player does: on each screen it moves the focus to what it means to
// press (Done on a duty desk, the first open inbox card or End the week on the
// dashboard, else what has the focus) by the fewest presses of keys, then Enter.
// It returns the presses, and calls look on every screen before its keys.
func keyboardCareer(t *testing.T, weeks int, keys []scenes.Input, look func(h *harness)) int {
	t.Helper()
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: weeks})
	presses := 0
	for n := 0; n < 3000 && h.scene() != "report"; n++ {
		if look != nil {
			look(h)
		}
		if h.scene() == "name" {
			h.key(scenes.Input{Chars: []rune("Ava")})
			presses += 3
		} else {
			top := h.app.Top()
			aim := scenes.Aim(top)
			route, ok := scenes.Route(top, aim, keys)
			if !ok {
				t.Fatalf("on %s no keys reach item %d", h.scene(), aim)
			}
			for _, k := range route {
				h.key(k)
			}
			presses += len(route)
			if _, _, f, _ := scenes.Focusables(h.app.Top()); f != aim {
				t.Fatalf("on %s the route %v left the focus on %d, want %d", h.scene(), route, f, aim)
			}
		}
		h.enter()
		presses++
	}
	if h.scene() != "report" {
		t.Fatalf("keyboard play stuck on %q", h.scene())
	}
	return presses
}

// A full career by keyboard takes few presses: the inbox comes first on the
// dashboard, End jumps to Done on a desk, and the arrows move on screen.
func TestKeyboardCareerPresses(t *testing.T) {
	tabs := keyboardCareer(t, 0, tabKeys, nil)
	best := keyboardCareer(t, 0, allKeys, nil)
	t.Logf("a full career by keyboard: %d presses with Tab, Shift+Tab and Enter alone; %d with the arrows, Home and End too", tabs, best)
	if best > 160 {
		t.Errorf("a keyboard career takes %d presses, want at most 160 (144 when written)", best)
	}
}

// Every pointer target on every screen of a keyboard career and on every duty
// desk (in a hospital and in a practice) is at least 44x44 logical pixels.
func TestEveryTargetIsAtLeast44(t *testing.T) {
	h0 := newHarness(t, 1280, 720, scenes.Config{})
	seen := map[string]bool{}
	var bad []string
	check := func(h *harness, where string) {
		rs, dis, _, ok := scenes.Focusables(h.app.Top())
		if !ok {
			return
		}
		for i, r := range rs {
			if dis[i] || (r.W >= 44 && r.H >= 44) {
				continue
			}
			if s := fmt.Sprintf("%s item %d: %.0fx%.0f", where, i, r.W, r.H); !seen[s] {
				seen[s] = true
				bad = append(bad, s)
			}
		}
	}
	keyboardCareer(t, 2, allKeys, func(h *harness) { check(h, h.scene()) })
	// the dashboard in every workplace, and the overlays it opens
	for _, se := range h0.app.Context().Content.Settings {
		h := newHarness(t, 1280, 720, scenes.Config{})
		openWeekIn(t, h, se.ID)
		check(h, "week@"+se.ID)
		h.key(scenes.Input{Chars: []rune("m")})
		h.enter()
		check(h, h.scene())
		h.key(scenes.Input{Back: true})
		h.key(scenes.Input{Back: true})
		check(h, h.scene())
		h.key(scenes.Input{Glossary: true})
		check(h, h.scene())
	}
	for _, d := range game.Duties {
		for _, se := range []string{"hospital", "practice"} {
			h := newHarness(t, 1280, 720, scenes.Config{})
			openDeskIn(t, h, d.ID, se)
			h.settle()
			check(h, string(d.ID)+"@"+se)
			// and each tab of the desk
			for k := 1; k <= 4; k++ {
				h.key(scenes.Input{Chars: []rune{rune('0' + k)}})
				check(h, fmt.Sprintf("%s@%s tab %d", d.ID, se, k))
			}
		}
	}
	if len(bad) > 0 {
		t.Errorf("%d targets smaller than 44x44:\n%s", len(bad), strings.Join(bad, "\n"))
	}
}

// The dashboard: the first open inbox card has the focus, Tab goes on through the
// inbox to End the week before the meters, M jumps to the meters, Home back to the
// inbox, and a key hint says so (screenshots in a practice and a hospital).
func TestWeekKeysInboxFirst(t *testing.T) {
	for _, se := range []string{"practice", "hospital"} {
		h := newHarness(t, 1280, 720, scenes.Config{})
		openWeekIn(t, h, se)
		h.shot("keys-week-" + se)
		rs, _, f, _ := scenes.Focusables(h.app.Top())
		if f != 0 || rs[0].X < 700 {
			t.Fatalf("%s: the focus starts on item %d at %v, want the first inbox card", se, f, rs[f])
		}
		h.key(scenes.Input{Chars: []rune("m")})
		if _, _, f, _ = scenes.Focusables(h.app.Top()); rs[f].X > 100 {
			t.Errorf("%s: M put the focus on %v, want the first meter", se, rs[f])
		}
		h.key(scenes.Input{Down: true})
		h.shot("keys-week-meters-" + se)
		h.key(scenes.Input{Home: true})
		if _, _, f, _ = scenes.Focusables(h.app.Top()); f != 0 {
			t.Errorf("%s: Home put the focus on %d, want the first inbox card", se, f)
		}
	}
}

// openWeekIn starts a run and opens its first manager's week in workplace se.
func openWeekIn(t *testing.T, h *harness, se string) {
	t.Helper()
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Ava", Seed: 11})
	for n := 0; n < 3000 && s.Step().Kind != game.StepWeek; n++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	s.Edit(func(st *game.State) { st.Setting = se })
	ctx.Session = s
	ctx.Sync()
	h.tick(scenes.Input{})
	if h.scene() != "week" {
		t.Fatalf("opened %q, want the week", h.scene())
	}
}

// On a term's course grid the arrows move on screen, as on the duty desks: Right
// to the card beside, Down to the card below in the same column; Tab stays in
// reading order.
func TestCourseGridArrowsMoveOnScreen(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Ava")})
	h.enter()
	for n := 0; n < 50 && h.scene() != "pick-many"; n++ {
		h.enter()
	}
	if h.scene() != "pick-many" {
		t.Fatalf("never reached a course grid (on %q)", h.scene())
	}
	h.shot("keys-course-grid")
	rs, _, f, _ := scenes.Focusables(h.app.Top())
	start := rs[f]
	h.key(scenes.Input{Right: true})
	_, _, f, _ = scenes.Focusables(h.app.Top())
	if r := rs[f]; r.Y != start.Y || r.X <= start.X {
		t.Errorf("Right from %v went to %v, want the card beside it", start, r)
	}
	h.key(scenes.Input{Left: true})
	h.key(scenes.Input{Down: true})
	_, _, f, _ = scenes.Focusables(h.app.Top())
	if r := rs[f]; r.X != start.X || r.Y <= start.Y {
		t.Errorf("Down from %v went to %v, want the card below it", start, r)
	}
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Next: true})
	_, _, g, _ := scenes.Focusables(h.app.Top())
	h.key(scenes.Input{Prev: true})
	if _, _, b, _ := scenes.Focusables(h.app.Top()); g != b+1 {
		t.Errorf("Tab went from %d to %d, want the next item in reading order", b, g)
	}
}

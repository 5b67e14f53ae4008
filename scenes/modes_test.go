package scenes_test

import (
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

// fullCareer takes the first card (Full career, focused unless a mode is
// preselected) on the mode screen that follows New career.
func (h *harness) fullCareer() {
	h.t.Helper()
	if h.scene() != "modes" {
		h.t.Fatalf("New career opened %q, want the mode screen", h.scene())
	}
	h.enter()
}

// Each mode, chosen from the title, starts its run on its first screen: the full
// and class runs on Act 1's card, the manager-only run on Act 4's card in the job
// and workplace picked, the express run on the college card.
func TestEachModeFromTheTitleToItsFirstScreen(t *testing.T) {
	// the four cards are two by two: the arrows move on screen
	cases := []struct {
		mode game.Mode
		keys []scenes.Input
		act  game.Act
	}{
		{game.ModeFull, nil, game.ActSchool},
		{game.ModeClass, []scenes.Input{{Right: true}}, game.ActSchool},
		{game.ModeManager, []scenes.Input{{Down: true}}, game.ActManager},
		{game.ModeExpress, []scenes.Input{{Down: true}, {Right: true}}, game.ActCollege},
	}
	for _, tc := range cases {
		h := newHarness(t, 1280, 720, scenes.Config{})
		h.enter() // New career
		if h.scene() != "modes" {
			t.Fatalf("New career opened %q, want the mode screen", h.scene())
		}
		if tc.mode == game.ModeFull {
			h.shot("modes-list")
		}
		for _, k := range tc.keys {
			h.key(k)
		}
		h.enter()
		if tc.mode == game.ModeManager {
			if h.scene() != "modes-role" {
				t.Fatalf("Manager only opened %q, want the role question", h.scene())
			}
			h.shot("modes-role")
			h.key(scenes.Input{Back: true}) // Esc: back to the modes, Manager only still focused
			if h.scene() != "modes" {
				t.Fatalf("Esc on the role question opened %q", h.scene())
			}
			h.enter()
			if h.scene() != "modes-role" {
				t.Fatalf("Enter after Esc opened %q, want the role question again", h.scene())
			}
			h.key(scenes.Input{Down: true}) // the second role
			h.enter()
			if h.scene() != "modes-setting" {
				t.Fatalf("picking a role opened %q, want the workplace question", h.scene())
			}
			h.shot("modes-setting")
			h.key(scenes.Input{Right: true}) // the second workplace, right of the first
			h.enter()
		}
		if h.scene() != "name" {
			t.Fatalf("%s: the mode screen went on to %q, want the name", tc.mode, h.scene())
		}
		h.key(scenes.Input{Chars: []rune("Ava")})
		h.enter()
		s := h.app.Context().Session
		if s == nil {
			t.Fatalf("%s: no career started", tc.mode)
		}
		st := s.Step()
		if h.scene() != "intro" || st.Act != tc.act || s.Report().Mode != tc.mode {
			t.Fatalf("%s: the run opened on %q in %s (mode %s), want Act %s's card", tc.mode, h.scene(), st.Act, s.Report().Mode, tc.act)
		}
		if tc.mode == game.ModeManager {
			c := h.app.Context().Content
			role := game.ManagerRoles(c)[1].ID
			setting := game.RoleSettings(c, role)[1]
			if st := s.View(); st.Role() != role || st.Setting() != setting {
				t.Errorf("manager only started as %s at %s, want %s at %s", st.Role(), st.Setting(), role, setting)
			}
		}
		h.shot("modes-first-" + string(tc.mode))
	}
}

// The mode screen answers the mouse (a touch end is the same click): the express
// card starts the career-day run; Back returns to the title.
func TestModeScreenByMouse(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.click(250, 355) // New career
	if h.scene() != "modes" {
		t.Fatalf("clicking New career opened %q", h.scene())
	}
	h.click(130, 650) // Back
	if h.scene() != "title" {
		t.Fatalf("Back on the mode screen opened %q", h.scene())
	}
	h.click(250, 355)
	h.click(900, 400) // the fourth card: Career-day express
	if h.scene() != "name" {
		t.Fatalf("clicking the express card opened %q", h.scene())
	}
	h.click(147, 563) // Play as Alex, under the player's look
	if s := h.app.Context().Session; s == nil || s.Report().Mode != game.ModeExpress {
		t.Fatalf("the express card did not start an express run")
	}
}

// A -mode flag (or ?mode= in the browser) preselects its card: Enter takes it.
func TestPreselectedModeIsFocused(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Mode: game.ModeClass})
	h.enter()
	h.enter()
	h.key(scenes.Input{Chars: []rune("Bo")})
	h.enter()
	if s := h.app.Context().Session; s == nil || s.Report().Mode != game.ModeClass {
		t.Fatal("the preselected class mode was not the one Enter took")
	}
}

// Express plays from the title to the report by keyboard, and the report names the mode.
func TestExpressPlaysToTheReport(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Mode: game.ModeExpress})
	h.enter()
	h.enter()
	h.key(scenes.Input{Chars: []rune("Ava")})
	h.enter()
	shots := map[string]bool{}
	for n := 0; n < 100 && h.scene() != "report"; n++ {
		if !shots[h.scene()] {
			shots[h.scene()] = true
			h.shot("express-" + h.scene())
		}
		h.enter()
	}
	if h.scene() != "report" {
		t.Fatalf("express play stuck on %q (trace %v)", h.scene(), h.trace[max(0, len(h.trace)-5):])
	}
	h.shot("express-report")
	if !strings.Contains(strings.Join(h.trace, "\n"), "scene=week") {
		t.Error("the express run never showed the manager's week")
	}
	if r := h.app.Context().Session.Report(); r.Mode != game.ModeExpress || len(r.Endings) == 0 {
		t.Errorf("the express report: mode %q, %d endings", r.Mode, len(r.Endings))
	}
}

package scenes_test

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// openScenarioIn plays a career to the manager's week, puts scenario id first in
// the inbox (in setting se) and opens it.
func openScenarioIn(t *testing.T, h *harness, id, se string) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Ava", Seed: 11})
	for n := 0; n < 3000; n++ {
		if s.Step().Kind == game.StepWeek {
			for i, in := range s.State().Inbox {
				if in.Scenario != "" && !in.Done {
					s.Edit(func(st *game.State) { st.Setting, st.Inbox[i].Scenario = se, id })
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					ctx.Session = s
					ctx.Sync()
					h.tick(scenes.Input{})
					if h.scene() != "scenario" || s.State().Current != id {
						t.Fatalf("opened %q (%s), want the scenario %s", h.scene(), s.State().Current, id)
					}
					return s
				}
			}
		}
		if more, err := s.Act1(game.FirstOption); err != nil || !more {
			t.Fatalf("never reached the inbox (err %v)", err)
		}
	}
	t.Fatal("never reached the inbox")
	return nil
}

func markOf(t *testing.T, h *harness, id string) scenes.GlossaryMark {
	t.Helper()
	var ids []string
	for _, m := range scenes.GlossaryMarks(h.app.Top()) {
		if m.ID == id {
			return m
		}
		ids = append(ids, m.ID)
	}
	t.Fatalf("%s marks no %q; it marks %v", h.scene(), id, ids)
	return scenes.GlossaryMark{}
}

// TestGlossaryClickATermOpensItsCard: the therapy-schedule scenario offers a
// per-diem therapist; the words are marked, a click opens the card with the
// meaning, and Close (or Esc) goes back to the scenario without choosing.
func TestGlossaryClickATermOpensItsCard(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := openScenarioIn(t, h, "ops-staff-therapy-schedule", "rehab")
	m := markOf(t, h, "per_diem")
	h.shot("glossary-scenario-marked")
	// the dots are drawn under the term in the text's colour
	dots := 0
	for x := int(m.R.X); x < int(m.R.X+m.R.W); x++ {
		for y := int(m.R.Y + m.R.H*0.6); y < int(m.R.Y+m.R.H+2); y++ {
			if p := h.pixel(x, y); p.R < 120 && p.G < 120 && p.B < 120 {
				dots++
			}
		}
	}
	if dots == 0 {
		t.Error("no dotted underline under the marked term")
	}
	// the pointer over the term draws a solid line in the focus colour
	h.tick(scenes.Input{Moved: true, PX: m.R.X + m.R.W/2, PY: m.R.Y + m.R.H/2})
	r, g, b, _ := ui.Focus.RGBA()
	focus := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}
	if n := h.countColor(image.Rect(int(m.R.X), int(m.R.Y+m.R.H/2), int(m.R.X+m.R.W), int(m.R.Y+m.R.H+2)), focus); n < int(m.R.W) {
		t.Errorf("hovering the term drew %d focus-coloured pixels under it, want a line", n)
	}
	h.click(m.R.X+m.R.W/2, m.R.Y+m.R.H/2)
	if h.scene() != "glossary-card" {
		t.Fatalf("a click on the term opened %q, want its card", h.scene())
	}
	if s.State().Current != "ops-staff-therapy-schedule" {
		t.Fatal("a click on a term inside a choice must not choose it")
	}
	h.shot("glossary-card-per-diem")
	if got := strings.Join(h.app.Top().(*scenes.GlossaryCardScene).Lines(), " "); !strings.Contains(got, "per day") {
		t.Errorf("the card says %q, want the meaning of per diem", got)
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "scenario" {
		t.Fatalf("Esc left %q, want the scenario", h.scene())
	}
	// the debrief marks its words too: the agency's "premium rate"
	h.enter()
	if h.scene() != "outcome" {
		t.Fatalf("choosing A opened %q, want the debrief", h.scene())
	}
	markOf(t, h, "premium")
	h.shot("glossary-outcome-marked")
}

// TestGlossaryKeyboardPath: G lists the screen's terms, Enter opens the focused
// one, Esc closes the card and then the list.
func TestGlossaryKeyboardPath(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openScenarioIn(t, h, "ops-staff-therapy-schedule", "rehab")
	h.key(scenes.Input{Glossary: true})
	if h.scene() != "glossary" {
		t.Fatalf("G opened %q, want the list of this screen's terms", h.scene())
	}
	h.shot("glossary-list-screen")
	h.enter()
	if h.scene() != "glossary-card" {
		t.Fatalf("Enter on a term opened %q, want its card", h.scene())
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "glossary" {
		t.Fatalf("Esc on the card left %q, want the list", h.scene())
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "scenario" {
		t.Fatalf("Esc on the list left %q, want the scenario", h.scene())
	}
}

// TestGlossaryOnADutyDesk: the budget desk in a hospital marks its job words, and
// a click on one opens its card.
func TestGlossaryOnADutyDesk(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openDeskIn(t, h, game.SysBudget, "hospital")
	marks := scenes.GlossaryMarks(h.app.Top())
	if len(marks) == 0 {
		t.Fatal("the budget desk marks no glossary term")
	}
	h.shot("glossary-budget-desk")
	m := marks[0]
	h.click(m.R.X+m.R.W/2, m.R.Y+m.R.H/2)
	if h.scene() != "glossary-card" {
		t.Fatalf("a click on %q opened %q, want its card", m.ID, h.scene())
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "system-"+game.SysBudget {
		t.Fatalf("Esc left %q", h.scene())
	}
}

// TestGlossaryAToZFromThePauseMenu: Menu → Glossary A–Z lists every term and
// scrolls to the last with the keyboard.
func TestGlossaryAToZFromThePauseMenu(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openScenarioIn(t, h, "ops-staff-therapy-schedule", "rehab")
	h.key(scenes.Input{Back: true})
	if h.scene() != "pause" {
		t.Fatalf("Esc opened %q", h.scene())
	}
	h.shot("glossary-pause-menu")
	h.key(scenes.Input{Down: true})
	h.key(scenes.Input{Down: true})
	h.enter()
	if h.scene() != "glossary" {
		t.Fatalf("the pause menu's third button opened %q, want the glossary", h.scene())
	}
	h.shot("glossary-a-z")
	// a letter jumps to the first term that starts with it, scrolled into view
	h.key(scenes.Input{Chars: []rune("t")})
	h.shot("glossary-a-z-scrolled")
	if got := h.app.Top().(*scenes.GlossaryListScene).Focused(); !strings.HasPrefix(got, "t") {
		t.Errorf("typing t focused %q, want the first term with t", got)
	}
	// hovering a row shows its meaning; the mouse opens it
	h.enter()
	if h.scene() != "glossary-card" {
		t.Fatalf("Enter on the jumped-to term opened %q", h.scene())
	}
	h.key(scenes.Input{Back: true})
	h.key(scenes.Input{Back: true})
	if h.scene() != "pause" {
		t.Fatalf("Esc on the list left %q, want the pause menu", h.scene())
	}
}

// TestGlossaryOnTheStaffingDesk: the hospital's staffing desk marks the staffing
// words (agency nurse, ratio…), and its fact card marks the units' names.
func TestGlossaryOnTheStaffingDesk(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openDeskIn(t, h, game.SysStaffing, "hospital")
	var ids []string
	for _, m := range scenes.GlossaryMarks(h.app.Top()) {
		ids = append(ids, m.ID)
	}
	t.Logf("staffing desk marks %v", ids)
	if len(ids) == 0 {
		t.Fatal("the staffing desk marks no glossary term")
	}
	h.shot("glossary-staffing-desk")
	h.key(scenes.Input{Fact: true})
	if h.scene() == "fact" {
		var ids []string
		for _, m := range scenes.GlossaryMarks(h.app.Top()) {
			ids = append(ids, m.ID)
		}
		t.Logf("its fact card marks %v", ids)
		h.shot("glossary-staffing-fact")
		if len(ids) > 0 {
			h.key(scenes.Input{Glossary: true})
			if h.scene() != "glossary" {
				t.Fatalf("G on the fact card opened %q", h.scene())
			}
		}
	}
}

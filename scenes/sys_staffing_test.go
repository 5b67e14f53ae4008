package scenes_test

import (
	"image"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// openSystemScreen starts a career in the harness, plays the road with the rules core
// and opens the duty screen id from a manager week's inbox.
func openStaffingScreen(t *testing.T, h *harness, seed int64) {
	t.Helper()
	ctx := h.app.Context()
	ctx.Session = game.NewSession(ctx.Content, game.Options{Name: "Tess", Seed: seed})
	s := ctx.Session
	for n := 0; n < 2000 && s.LegacyState().System != game.SysStaffing; n++ {
		if s.Step().Kind == game.StepWeek {
			for i, in := range s.LegacyState().Inbox {
				if in.System == game.SysStaffing && !in.Done {
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
				}
			}
			if s.LegacyState().System == game.SysStaffing {
				break
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	ctx.Sync()
	h.tick(scenes.Input{})
	if h.scene() != "system-staffing" {
		t.Fatalf("opened %q, want system-staffing", h.scene())
	}
}

func TestStaffingScreenKeyboardMouseDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openStaffingScreen(t, h, 3)
	p := h.app.Context().Session.LegacyState().Sys.Staffing
	first := p.Breaks()[0]
	h.shot("system-staffing")

	// keyboard: the screen starts on the first ratio break; A books an agency nurse
	ag := p.Shifts[first].Agency
	h.key(scenes.Input{Chars: []rune("a")})
	if p.Shifts[first].Agency != ag+1 {
		t.Fatalf("pressing A on the first break left agency at %d", p.Shifts[first].Agency)
	}
	// arrows move the selection; Enter goes to the fill buttons; Enter adds a nurse
	h.key(scenes.Input{Right: true})
	sh := p.Shifts[first]
	next := -1
	for i, x := range p.Shifts {
		if x.Unit == sh.Unit && x.Night == sh.Night && x.Day == (sh.Day+1)%7 {
			next = i
		}
	}
	before := p.Shifts[next].Scheduled()
	h.enter()
	h.enter()
	if p.Shifts[next].Scheduled() != before+1 {
		t.Fatalf("Right, Enter, Enter: the next day's shift has %d nurses, want %d", p.Shifts[next].Scheduled(), before+1)
	}

	// mouse: click a shift, then "+ Agency nurse", then the training programme
	var target int
	for i := range p.Shifts {
		if i != first && i != next {
			target = i
			break
		}
	}
	sc := h.app.Top().(*scenes.StaffingScene)
	r := sc.ShiftRect(target)
	h.click(r.X+r.W/2, r.Y+r.H/2)
	ag = p.Shifts[target].Agency
	r = sc.ItemRect(len(p.Shifts) + 2) // + Agency nurse
	h.click(r.X+r.W/2, r.Y+r.H/2)
	if p.Shifts[target].Agency != ag+1 {
		t.Fatalf("clicking the shift then + Agency left agency at %d", p.Shifts[target].Agency)
	}
	r = sc.ItemRect(len(p.Shifts) + 4 + len(p.Units)) // the training programme
	h.click(r.X+r.W/2, r.Y+r.H/2)
	if !p.Training {
		t.Fatal("clicking the training programme did not start it")
	}
	h.shot("system-staffing-worked")
	// the focus ring is visible after a click
	if n := h.countColor(image.Rect(620, 415, 1250, 600), ui.Focus); n < 100 {
		t.Errorf("no visible focus ring on the clicked lever (%d pixels)", n)
	}

	// Done shows the debrief
	h.click(40+60, ui.H-70+25)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	out := h.app.Context().Session.LegacyState().Outcome
	if out == nil || out.Title.Key != "sys.staffing.out.title" || len(out.Later) == 0 {
		t.Fatalf("the debrief is not the staffing one: %+v", out)
	}
	h.shot("system-staffing-outcome")
}

func TestStaffingScreenEscKeepsWork(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openStaffingScreen(t, h, 4)
	p := h.app.Context().Session.LegacyState().Sys.Staffing
	first := p.Breaks()[0]
	h.key(scenes.Input{Chars: []rune("a")})
	h.key(scenes.Input{Back: true})
	if h.scene() != "week" {
		t.Fatalf("Esc opened %q, want the week", h.scene())
	}
	if h.app.Context().Session.LegacyState().Sys.Staffing.Shifts[first].Agency != p.Shifts[first].Agency || p.Shifts[first].Agency == 0 {
		t.Fatal("leaving lost the agency nurse")
	}
}

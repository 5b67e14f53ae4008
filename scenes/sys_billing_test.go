package scenes_test

import (
	"image"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// beOpenScreen starts a run in the harness, plays it (in the rules core) until the
// duty screen id is in the inbox, opens it and shows it.
func beOpenScreen(t *testing.T, h *harness, id game.SystemID) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Ava", Seed: 11})
	for n := 0; n < 400; n++ {
		if s.Step().Kind == game.StepWeek {
			for i, in := range s.LegacyState().Inbox {
				if in.System == id && !in.Done {
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					ctx.Session = s
					ctx.Sync()
					h.tick(scenes.Input{})
					if h.scene() != "system-"+id {
						t.Fatalf("opened %q, want system-%s", h.scene(), id)
					}
					return s
				}
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("the %s screen never reached the inbox", id)
	return nil
}

func TestBillingScreenKeyboardMouseAndDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := beOpenScreen(t, h, game.SysBilling)
	d := s.LegacyState().Sys.Billing
	h.shot("system-billing-rates")
	// the focus ring is visible on the first tab
	if n := h.countColor(image.Rect(30, 140, 440, 200), ui.Focus); n < 100 {
		t.Fatalf("no visible focus on the first tab (%d pixels)", n)
	}

	// keyboard: Down to the office visit's row, Right to "+5%", Enter
	h.key(scenes.Input{Down: true})
	h.key(scenes.Input{Right: true})
	h.enter()
	if d.Steps[0] != 1 {
		t.Fatalf("keyboard: office visit rate step is %d, want 1", d.Steps[0])
	}
	if h.scene() != "system-billing" {
		t.Fatalf("a rate change left the screen for %q", h.scene())
	}

	// mouse: open the denials tab, then appeal the first claim
	h.click(640, 171)
	h.click(1018, 271)
	if d.Claims[0].Action != game.BillAppeal {
		t.Fatalf("click: first claim's answer is %q, want appeal", d.Claims[0].Action)
	}
	// clicking the chosen answer again takes it back, then choose write-off
	h.click(1018, 271)
	if d.Claims[0].Action != "" {
		t.Fatalf("a second click did not take the answer back: %q", d.Claims[0].Action)
	}
	h.click(1166, 271)
	if d.Claims[0].Action != game.BillWriteOff {
		t.Fatalf("click: first claim's answer is %q, want write off", d.Claims[0].Action)
	}
	// keyboard: Down from the tabs walks into the claims, Enter answers one
	h.key(scenes.Input{Up: true}) // back to the tab row
	h.key(scenes.Input{Down: true})
	h.key(scenes.Input{Down: true})
	h.enter()
	answered := 0
	for _, c := range d.Claims {
		if c.Action != "" {
			answered++
		}
	}
	if answered < 2 {
		t.Fatalf("keyboard answer in the queue did not land (%d answered)", answered)
	}
	h.shot("system-billing")

	// the contract tab by typing 3, then accept with a click
	h.key(scenes.Input{Chars: []rune("3")})
	h.click(180, 553)
	if d.Contract != game.BillAccept {
		t.Fatalf("contract answer is %q, want accept", d.Contract)
	}
	h.shot("system-billing-contract")

	// Done
	h.click(110, 675)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	if s.LegacyState().Sys.Billing.Result == nil {
		t.Fatal("Done did not work the desk")
	}
	h.shot("system-billing-outcome")
}

func TestBillingScreenEscKeepsWork(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := beOpenScreen(t, h, game.SysBilling)
	h.click(640, 171)
	h.click(870, 271) // fix the first claim's cause (or nothing, if it cannot be fixed)
	h.click(1018, 317)
	h.key(scenes.Input{Back: true})
	if h.scene() != "week" {
		t.Fatalf("Esc opened %q, want the week", h.scene())
	}
	if s.LegacyState().Sys.Billing.Claims[1].Action != game.BillAppeal {
		t.Fatalf("leaving lost the work: %+v", s.LegacyState().Sys.Billing.Claims[1])
	}
}

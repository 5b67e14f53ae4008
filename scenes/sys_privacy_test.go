package scenes_test

import (
	"image"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// privacyOpenDuty starts a career in the harness, plays the road and the weeks with the
// core's own bot until the inbox holds duty screen id, and opens it on screen.
func privacyOpenDuty(t *testing.T, h *harness, id game.SystemID) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	ctx.StartCareer("Pat")
	h.tick(scenes.Input{})
	s := ctx.Session
	for n := 0; n < 3000; n++ {
		st := s.LegacyState()
		if st.Item().Kind == game.ItemWeek && st.System == "" && st.Outcome == nil && st.Current == "" {
			for i, in := range st.Inbox {
				if in.System == id && !in.Done {
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					ctx.Sync()
					h.tick(scenes.Input{})
					if h.scene() != "system-"+id {
						t.Fatalf("opening the %s item showed %q", id, h.scene())
					}
					return s
				}
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("the run never offered the %s screen", id)
	return nil
}

func TestPrivacyScreenKeyboardAndClick(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := privacyOpenDuty(t, h, game.SysPrivacy)
	d := s.LegacyState().Sys.Privacy

	// keyboard: the first card has the focus; Enter moves it to the next kind,
	// and typing T files it under technical
	before := d.Cards[0].Placed
	h.enter()
	if d.Cards[0].Placed == before {
		t.Fatal("Enter on the first safeguard card did not change its kind")
	}
	h.key(scenes.Input{Chars: []rune("t")})
	if d.Cards[0].Placed != game.Technical {
		t.Fatalf("typing T filed the card under %q", d.Cards[0].Placed)
	}
	// keyboard: Tab down to "Ask Raj to check" (after the nine cards) and press Enter
	for i := 0; i < len(d.Cards); i++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if !d.Checked || d.Checks != 1 {
		t.Fatal("Enter on the check button did not check the sort")
	}

	// click: tick the front desk for training (the first group row)
	if d.Groups[0].Trained {
		t.Fatal("the front desk starts trained")
	}
	h.click(640, 244)
	if !d.Groups[0].Trained || d.HoursUsed() != 5 {
		t.Fatalf("clicking the front desk row: trained %v, hours %d", d.Groups[0].Trained, d.HoursUsed())
	}
	// click: tick the first notice (each affected person)
	h.settle()
	var noticeY float64 = -1
	for y := 300; y < 560; y += 2 {
		// the first notice row is the first card-white row under the incident text
		if near(h.pixel(1230, y), ui.Card, 3) {
			noticeY = float64(y + 12)
			break
		}
	}
	if noticeY < 0 {
		t.Fatal("no notice row found on screen")
	}
	h.click(1000, noticeY)
	if !d.Ticked(game.NoticePeople) {
		t.Fatalf("clicking the first notice row (y %v) did not tick it: %+v", noticeY, d.Notices)
	}
	h.shot("system-privacy")
	if n := h.countColor(image.Rect(30, 140, 1250, 640), ui.Focus); n < 100 {
		t.Errorf("no visible focus ring (%d pixels)", n)
	}

	// Done, with the mouse
	h.click(110, 675)
	if h.scene() != "outcome" || s.LegacyState().Outcome == nil {
		t.Fatalf("Done showed %q", h.scene())
	}
	h.shot("system-privacy-outcome")
}

func TestPrivacyScreenEscKeepsWork(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := privacyOpenDuty(t, h, game.SysPrivacy)
	h.enter()
	placed := s.LegacyState().Sys.Privacy.Cards[0].Placed
	h.key(scenes.Input{Back: true})
	if h.scene() != "week" {
		t.Fatalf("Esc left to %q, want the week", h.scene())
	}
	for i, in := range s.LegacyState().Inbox {
		if in.System == game.SysPrivacy {
			s.Choose(i)
		}
	}
	if s.LegacyState().Sys.Privacy.Cards[0].Placed != placed {
		t.Fatal("leaving and coming back lost the sort")
	}
}

package scenes_test

import (
	"image"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// outreachOpenScreen starts a career in the harness and plays the rules core to
// the outreach campaign, then shows its screen. prep runs before it opens.
func outreachOpenScreen(t *testing.T, h *harness, prep func(s *game.Session)) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	ctx.StartCareer("Bea")
	s := ctx.Session
	for n := 0; n < 3000; n++ {
		if s.LegacyState().Item().Kind == game.ItemWeek && s.LegacyState().System == "" && s.LegacyState().Outcome == nil && s.LegacyState().Current == "" {
			for i, in := range s.LegacyState().Inbox {
				if in.System == game.SysOutreach && !in.Done {
					if prep != nil {
						prep(s)
					}
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					ctx.Sync()
					h.tick(scenes.Input{})
					if h.scene() != "system-outreach" {
						t.Fatalf("the outreach item opened %q", h.scene())
					}
					return s
				}
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("the run never offered the outreach campaign")
	return nil
}

func outreachMid(r ui.Rect) (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }

func TestOutreachScreenKeyboardClickDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 6})
	s := outreachOpenScreen(t, h, nil)
	c := s.LegacyState().Sys.Outreach
	if c.Count("reminders") != 0 {
		t.Fatal("the draft should start without reminders")
	}
	// keyboard: focus starts on the first target; Tab past the four targets and
	// reminders' remove button to its add button, then Enter
	for k := 0; k < len(game.OutreachTargets)+1; k++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if c.Count("reminders") != 1 {
		t.Fatalf("Tab + Enter on reminders' add gave %d rounds", c.Count("reminders"))
	}
	// mouse: add a community health worker, then pick blood-pressure checks
	sc, ok := h.app.Top().(*scenes.OutreachScene)
	if !ok {
		t.Fatalf("top scene is %T", h.app.Top())
	}
	h.click(outreachMid(sc.ChannelRect("chw", true)))
	if c.Count("chw") != 1 {
		t.Fatalf("clicking + on community health workers gave %d", c.Count("chw"))
	}
	h.click(outreachMid(sc.TargetRect("bp")))
	if c.Target != "bp" {
		t.Fatalf("clicking the blood-pressure target left %q", c.Target)
	}
	h.shot("system-outreach")
	// the budget refuses what it cannot pay for, and says so
	spent := c.Forecast(s).Spent
	for k := 0; k < 6; k++ {
		h.click(outreachMid(sc.ChannelRect("mobile", true)))
	}
	if f := c.Forecast(s); f.Spent > f.Budget || f.Spent != spent {
		t.Fatalf("a mobile clinic day does not fit what is left: spent %s of %s (was %s)", game.Money(f.Spent), game.Money(f.Budget), game.Money(spent))
	}
	if n := h.countColor(image.Rect(40, 600, 760, 632), ui.Bad); n < 30 {
		t.Fatalf("a refused add is not explained on screen (%d red pixels)", n)
	}
	h.shot("system-outreach-refused")
	// Done, with the mouse
	h.click(40+60, ui.H-45)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the debrief", h.scene())
	}
	if st := s.Step(); st.Outcome == nil || !strings.HasPrefix(st.Outcome.Title.Key, "sys.outreach.out.title.bp") {
		t.Fatalf("the debrief is not the campaign's: %+v", st.Outcome)
	}
	h.shot("system-outreach-outcome")
}

func TestOutreachScreenFluAndKeyboardDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 6})
	s := outreachOpenScreen(t, h, func(s *game.Session) { s.LegacyState().Setting = "gov-agency" })
	h.shot("system-outreach-flu")
	h.key(scenes.Input{Fact: true})
	if h.scene() != "fact" {
		t.Fatalf("F opened %q, want the reminder/recall fact card", h.scene())
	}
	h.shot("system-outreach-fact")
	h.key(scenes.Input{Back: true})
	if h.scene() != "system-outreach" {
		t.Fatalf("Esc on the fact card left %q", h.scene())
	}
	// Esc leaves for the inbox and keeps the work
	if err := s.OutreachAdd("reminders"); err != nil {
		t.Fatal(err)
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "week" {
		t.Fatalf("Esc opened %q, want the inbox", h.scene())
	}
	if s.LegacyState().Sys.Outreach == nil || s.LegacyState().Sys.Outreach.Count("reminders") != 1 {
		t.Fatal("leaving lost the plan")
	}
}

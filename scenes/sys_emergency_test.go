package scenes_test

import (
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// openEmergencyScreen starts a career in the harness, plays the road with the rules
// core and opens the on-call emergency from a manager week's inbox.
func openEmergencyScreen(t *testing.T, h *harness, seed int64) {
	t.Helper()
	ctx := h.app.Context()
	ctx.Session = game.NewSession(ctx.Content, game.Options{Name: "Omar", Seed: seed})
	s := ctx.Session
	for n := 0; n < 3000 && s.State().System != game.SysEmergency; n++ {
		if s.Step().Kind == game.StepWeek {
			for i, in := range s.State().Inbox {
				if in.System == game.SysEmergency && !in.Done {
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
				}
			}
			if s.State().System == game.SysEmergency {
				break
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	ctx.Sync()
	h.tick(scenes.Input{})
	if h.scene() != "system-emergency" {
		t.Fatalf("opened %q, want system-emergency", h.scene())
	}
}

// emergencyLayout is what the emergency screen tells tests about where it drew things.
type emergencyLayout interface {
	ActionRect(i int) ui.Rect
	ButtonRect(k int) ui.Rect
}

func emergencyOnScreen(t *testing.T, h *harness) (*scenes.DutyKit, emergencyLayout) {
	t.Helper()
	k, ok := h.app.Top().(*scenes.DutyKit)
	if !ok {
		t.Fatalf("the emergency screen is %T, not on the duty kit", h.app.Top())
	}
	l, ok := k.Screen.(emergencyLayout)
	if !ok {
		t.Fatalf("the emergency screen %T does not report its layout", k.Screen)
	}
	return k, l
}

// clickEmergency clicks the middle of a target.
func clickEmergency(h *harness, r ui.Rect) { h.click(r.X+r.W/2, r.Y+r.H/2) }

func TestEmergencyScreenKeyboardMouseDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openEmergencyScreen(t, h, 3)
	d := h.app.Context().Session.State().Sys.Emergency
	k, sc := emergencyOnScreen(t, h)
	h.shot("system-emergency")
	for i := range game.EmergencyActions {
		if r := sc.ActionRect(i); r.W < 44 || r.H < 44 {
			t.Errorf("action %d is a %vx%v target", i, r.W, r.H)
		}
	}

	// keyboard: Enter on the first action (activate the plan) makes it move 1;
	// arrow to the next action and Enter makes it move 2
	h.enter()
	h.key(scenes.Input{Right: true})
	h.enter()
	if len(d.Order) != 2 || d.Order[0] != game.EmgPlan || d.Order[1] != game.EmgLife {
		t.Fatalf("keyboard picks gave %v", d.Order)
	}
	// mouse: click "Write down decisions and times", then Undo, then another
	clickEmergency(h, sc.ActionRect(7))
	if len(d.Order) != 3 || d.Order[2] != game.EmgDocument {
		t.Fatalf("clicking an action gave %v", d.Order)
	}
	clickEmergency(h, sc.ButtonRect(0))
	if len(d.Order) != 2 {
		t.Fatalf("Undo left %v", d.Order)
	}
	// picking a chosen action again takes it out
	clickEmergency(h, sc.ActionRect(1))
	if len(d.Order) != 1 || d.Order[0] != game.EmgPlan {
		t.Fatalf("picking a chosen action again left %v", d.Order)
	}
	for _, i := range []int{1, 2, 3, 4} {
		clickEmergency(h, sc.ActionRect(i))
	}
	if d.MovesLeft() != 0 {
		t.Fatalf("%d moves left after five picks", d.MovesLeft())
	}
	// a sixth pick is refused in words, and nothing changes
	clickEmergency(h, sc.ActionRect(8))
	if len(d.Order) != game.EmergencyMoves || d.Order[4] == game.EmgWait {
		t.Fatalf("a sixth move was added: %v", d.Order)
	}
	if want := h.app.Context().T("sys.emergency.full"); k.Message() != want {
		t.Fatalf("the sixth pick was refused with %q, want %q", k.Message(), want)
	}
	h.shot("system-emergency-worked")

	// the fact card opens and closes
	clickEmergency(h, sc.ButtonRect(1))
	if h.scene() != "fact" {
		t.Fatalf("the fact button opened %q", h.scene())
	}
	h.key(scenes.Input{Back: true})

	// Done shows the debrief, one line per step
	h.click(40+60, ui.H-70+25)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	out := h.app.Context().Session.State().Outcome
	if out == nil || out.Title.Key != "sys.emergency.out.title."+d.Incident || len(out.Lines) < 2+game.EmergencyMoves {
		t.Fatalf("the debrief is not the emergency one: %+v", out)
	}
	h.shot("system-emergency-outcome")
}

func TestEmergencyScreenEscKeepsWork(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openEmergencyScreen(t, h, 4)
	h.enter()
	h.key(scenes.Input{Back: true})
	if h.scene() != "week" {
		t.Fatalf("Esc opened %q, want the week", h.scene())
	}
	if d := h.app.Context().Session.State().Sys.Emergency; len(d.Order) != 1 {
		t.Fatalf("leaving lost the move: %v", d.Order)
	}
}

// openEmergencyIn opens the emergency desk in a run set in setting (set before the
// desk is dealt).
func openEmergencyIn(t *testing.T, h *harness, seed int64, setting string) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	ctx.Session = game.NewSession(ctx.Content, game.Options{Name: "Omar", Seed: seed})
	s := ctx.Session
	for n := 0; n < 3000 && s.State().System != game.SysEmergency; n++ {
		if s.Step().Kind == game.StepWeek {
			for i, in := range s.State().Inbox {
				if in.System == game.SysEmergency && !in.Done {
					s.Edit(func(st *game.State) { st.Setting = setting; st.Sys.Emergency = nil })
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					break
				}
			}
			if s.State().System == game.SysEmergency {
				break
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	ctx.Sync()
	h.tick(scenes.Input{})
	if h.scene() != "system-emergency" {
		t.Fatalf("opened %q, want system-emergency", h.scene())
	}
	return s
}

// The emergency desk in a hospital, a practice and an insurer: each shows its own
// incident and actions, laid out inside the screen, and a click picks the desk's own
// action.
func TestEmergencyScreenBySetting(t *testing.T) {
	seen := map[string]string{}
	for _, setting := range []string{"hospital", "practice", "mco"} {
		h := newHarness(t, 1280, 720, scenes.Config{})
		s := openEmergencyIn(t, h, 3, setting)
		d, _ := s.View().EmergencyDesk()
		if d.Where() != setting {
			t.Fatalf("%s: the desk was dealt for %s", setting, d.Where())
		}
		_, sc := emergencyOnScreen(t, h)
		acts := s.View().EmergencyForecast().Actions
		for i := range acts {
			r := sc.ActionRect(i)
			if r.Y+r.H > 632 || r.X+r.W > 1242 {
				t.Errorf("%s: action %d runs off its area: %+v", setting, i, r)
			}
		}
		h.shot("setting-emergency-" + setting)
		clickEmergency(h, sc.ActionRect(1))
		if got := s.State().Sys.Emergency.Order; len(got) != 1 || got[0] != acts[1] {
			t.Errorf("%s: clicking the second card picked %v, want %s", setting, got, acts[1])
		}
		seen[setting] = d.Incident + " " + acts[1]
	}
	if seen["practice"] == seen["hospital"] || seen["mco"] == seen["hospital"] {
		t.Errorf("the desks look alike: %v", seen)
	}
}

package scenes_test

import (
	"image"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// openBillingOrEquipment starts a run in the harness, plays it (in the rules core)
// until the duty screen id is in the inbox, opens it and shows it.
func openBillingOrEquipment(t *testing.T, h *harness, id game.SystemID) *game.Session {
	t.Helper()
	return openDeskIn(t, h, id, "")
}

// dutyMessage is the refusal the duty screen on top shows ("" when none).
func dutyMessage(t *testing.T, h *harness) string {
	t.Helper()
	k, ok := h.app.Top().(*scenes.DutyKit)
	if !ok {
		t.Fatalf("the screen on top is %q, not a duty screen on the kit", h.scene())
	}
	return k.Message()
}

func billingDeskOf(t *testing.T, s *game.Session) game.BillingDesk {
	t.Helper()
	d, ok := s.View().BillingDesk()
	if !ok {
		t.Fatal("no billing desk")
	}
	return d
}

func TestBillingScreenKeyboardMouseAndDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := openBillingOrEquipment(t, h, game.SysBilling)
	h.shot("system-billing-rates")
	// the focus ring is visible on the first tab
	if n := h.countColor(image.Rect(30, 140, 440, 200), ui.Focus); n < 100 {
		t.Fatalf("no visible focus on the first tab (%d pixels)", n)
	}

	// keyboard: Down to the office visit's row, Right to "+5%", Enter
	h.key(scenes.Input{Down: true})
	h.key(scenes.Input{Right: true})
	h.enter()
	if d := billingDeskOf(t, s); d.Steps[0] != 1 {
		t.Fatalf("keyboard: office visit rate step is %d, want 1", d.Steps[0])
	}
	if h.scene() != "system-billing" {
		t.Fatalf("a rate change left the screen for %q", h.scene())
	}
	// the rate cannot go past +30%: the refusal is worded on screen
	for k := 0; k < 6; k++ {
		h.enter()
	}
	if d := billingDeskOf(t, s); d.Steps[0] != game.BillingStepMax {
		t.Fatalf("the rate step is %d after pressing past the top, want %d", d.Steps[0], game.BillingStepMax)
	}
	if msg := dutyMessage(t, h); !strings.Contains(msg, "cannot move further") {
		t.Fatalf("the rate limit is worded %q", msg)
	}
	if n := h.countColor(image.Rect(400, 650, 1240, 700), ui.Bad); n < 50 {
		t.Fatalf("the refusal is not drawn (%d pixels)", n)
	}
	h.shot("system-billing-rates-limit")
	// the self-pay warning the core raises is drawn on the rates tab
	if !s.View().BillingForecast().SelfPayHigh {
		for svc := 1; svc < 3; svc++ {
			for k := 0; k < 3; k++ {
				h.click(40+780-108+48, 202+float64(svc)*130+26)
			}
		}
	}
	if !s.View().BillingForecast().SelfPayHigh {
		t.Fatalf("raising every rate did not raise the self-pay warning (satisfaction %.1f)", s.View().BillingForecast().SatRates)
	}
	if n := h.countColor(image.Rect(850, 480, 1240, 590), ui.Bad); n < 50 {
		t.Fatalf("the self-pay warning is not drawn (%d pixels)", n)
	}
	h.shot("system-billing-rates-warning")

	// mouse: open the denials tab, then appeal the first claim
	h.click(640, 171)
	h.click(1018, 266)
	if d := billingDeskOf(t, s); d.Claims[0].Action != game.BillAppeal {
		t.Fatalf("click: first claim's answer is %q, want appeal", d.Claims[0].Action)
	}
	// clicking the chosen answer again takes it back, then choose write-off
	h.click(1018, 266)
	if d := billingDeskOf(t, s); d.Claims[0].Action != "" {
		t.Fatalf("a second click did not take the answer back: %q", d.Claims[0].Action)
	}
	h.click(1166, 266)
	if d := billingDeskOf(t, s); d.Claims[0].Action != game.BillWriteOff {
		t.Fatalf("click: first claim's answer is %q, want write off", d.Claims[0].Action)
	}
	// keyboard: Up to the fact button's row, Down twice walks into the claims, Enter answers one
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Down: true})
	h.key(scenes.Input{Down: true})
	h.enter()
	answered := 0
	for _, c := range billingDeskOf(t, s).Claims {
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
	if d := billingDeskOf(t, s); d.Contract != game.BillAccept {
		t.Fatalf("contract answer is %q, want accept", d.Contract)
	}
	h.shot("system-billing-contract")
	// F opens the fact card
	h.key(scenes.Input{Fact: true})
	if h.scene() != "fact" {
		t.Fatalf("F opened %q, want the fact card", h.scene())
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "system-billing" {
		t.Fatalf("closing the fact card showed %q", h.scene())
	}

	// Done
	h.click(110, 675)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	if billingDeskOf(t, s).Result == nil {
		t.Fatal("Done did not work the desk")
	}
	h.shot("system-billing-outcome")
}

func TestBillingScreenEscKeepsWork(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := openBillingOrEquipment(t, h, game.SysBilling)
	h.click(640, 171)
	h.click(870, 266) // fix the first claim's cause (or nothing, if it cannot be fixed)
	h.click(1018, 312)
	h.key(scenes.Input{Back: true})
	if h.scene() != "week" {
		t.Fatalf("Esc opened %q, want the week", h.scene())
	}
	if d := billingDeskOf(t, s); d.Claims[1].Action != game.BillAppeal {
		t.Fatalf("leaving lost the work: %+v", d.Claims[1])
	}
}

// On any duty screen, End jumps to Done: a keyboard player finishes a desk with
// End and Enter instead of a dozen Tabs.
func TestDutyScreenEndJumpsToDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openBillingOrEquipment(t, h, game.SysBilling)
	h.key(scenes.Input{End: true})
	h.enter()
	if h.scene() != "outcome" {
		t.Fatalf("End then Enter opened %q, want the debrief", h.scene())
	}
}

// openDeskIn starts a run in workplace se (or the run's own, when se is "") and
// opens duty id's screen, the desk dealt for that workplace.
func openDeskIn(t *testing.T, h *harness, id game.SystemID, se string) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Ava", Seed: 11})
	for n := 0; n < 3000; n++ {
		if s.Step().Kind == game.StepWeek {
			for i, in := range s.State().Inbox {
				if in.System == id && !in.Done {
					if se != "" {
						s.Edit(func(st *game.State) { st.Setting = se })
					}
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
		if more, err := s.Act1(game.FirstOption); err != nil || !more {
			t.Fatalf("the %s screen never reached the inbox (err %v)", id, err)
		}
	}
	t.Fatalf("the %s screen never reached the inbox", id)
	return nil
}

// kitText is everything the duty screen on display draws, as one string.
func kitText(t *testing.T, h *harness) string {
	t.Helper()
	k, ok := h.app.Top().(*scenes.DutyKit)
	if !ok {
		t.Fatalf("the screen on display is %q, not a duty screen", h.scene())
	}
	return strings.Join(k.List.Strings(), " | ")
}

// The billing screen shows each workplace's own desk: a hospital's services and
// beds, a practice's office visits with no beds, a health plan's premiums and loss
// ratio, the plan's refund requests and its network contract.
func TestBillingScreenFollowsTheSetting(t *testing.T) {
	want := map[string][]string{
		"hospital": {"MRI scan", "Government payers pay a fixed fee"},
		"practice": {"Annual preventive visit", "Physician Fee Schedule"},
		"mco":      {"Employer group plan", "Medical loss ratio", "a month", "Premiums bring in"},
	}
	tabs := map[string][]string{
		"hospital": {"Bed occupancy"},
		"practice": {"a visit"},
		"mco":      {"They ask", "Premiums price in"},
	}
	for _, se := range []string{"hospital", "practice", "mco"} {
		h := newHarness(t, 1280, 720, scenes.Config{})
		openDeskIn(t, h, game.SysBilling, se)
		text := kitText(t, h)
		for _, w := range want[se] {
			if !strings.Contains(text, w) {
				t.Errorf("%s's rates tab does not show %q: %s", se, w, text)
			}
		}
		h.shot("setting-billing-" + se)
		// the denials tab, then the contract tab
		h.click(640, 170)
		h.settle()
		queue := kitText(t, h)
		if se == "mco" && (!strings.Contains(queue, "paid in error") || !strings.Contains(queue, "refund odds")) {
			t.Errorf("the plan's queue does not ask for refunds: %s", queue)
		}
		h.shot("setting-billing-" + se + "-queue")
		h.click(1050, 170)
		h.settle()
		text = kitText(t, h)
		for _, w := range tabs[se] {
			if !strings.Contains(text, w) {
				t.Errorf("%s's contract tab does not show %q: %s", se, w, text)
			}
		}
		if se != "hospital" && strings.Contains(text, "Bed occupancy") {
			t.Errorf("%s's contract tab shows beds: %s", se, text)
		}
		h.shot("setting-billing-" + se + "-contract")
	}
}

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
		if s.State().Item().Kind == game.ItemWeek && s.State().System == "" && s.State().Outcome == nil && s.State().Current == "" {
			for i, in := range s.State().Inbox {
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

// outreachLayout is what the outreach screen tells tests about its layout.
type outreachLayout interface {
	TargetRect(id string) ui.Rect
	ChannelRect(id string, add bool) ui.Rect
}

// outreachScreenOn returns the kit on top of the harness and the outreach screen it hosts.
func outreachScreenOn(t *testing.T, h *harness) (*scenes.DutyKit, outreachLayout) {
	t.Helper()
	k, ok := h.app.Top().(*scenes.DutyKit)
	if !ok {
		t.Fatalf("top scene is %T, want the duty-screen kit", h.app.Top())
	}
	sc, ok := k.Screen.(outreachLayout)
	if !ok {
		t.Fatalf("the kit hosts %T, want the outreach screen", k.Screen)
	}
	return k, sc
}

// outreachPlan is the campaign as the view shows it.
func outreachPlan(t *testing.T, s *game.Session) game.Campaign {
	t.Helper()
	c, ok := s.View().OutreachCampaign()
	if !ok {
		t.Fatal("no campaign on the desk")
	}
	return c
}

func TestOutreachScreenKeyboardClickDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 6})
	// a hospital's desk: reminders, mobile clinic days, employers, ads, health workers
	s := outreachOpenScreen(t, h, func(s *game.Session) { s.Edit(func(st *game.State) { st.Setting = "hospital" }) })
	if outreachPlan(t, s).Count("reminders") != 0 {
		t.Fatal("the draft should start without reminders")
	}
	// keyboard: focus starts on the first target; Tab past the four targets and
	// reminders' remove button to its add button, then Enter
	for k := 0; k < len(game.OutreachTargets)+1; k++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if n := outreachPlan(t, s).Count("reminders"); n != 1 {
		t.Fatalf("Tab + Enter on reminders' add gave %d rounds", n)
	}
	// mouse: add a community health worker, then pick blood-pressure checks
	kit, sc := outreachScreenOn(t, h)
	h.click(outreachMid(sc.ChannelRect("chw", true)))
	if n := outreachPlan(t, s).Count("chw"); n != 1 {
		t.Fatalf("clicking + on community health workers gave %d", n)
	}
	h.click(outreachMid(sc.TargetRect("bp")))
	if tg := outreachPlan(t, s).Target; tg != "bp" {
		t.Fatalf("clicking the blood-pressure target left %q", tg)
	}
	h.shot("system-outreach")
	// the budget refuses what it cannot pay for, and says so
	spent := s.View().OutreachForecast().Spent
	for k := 0; k < 6; k++ {
		h.click(outreachMid(sc.ChannelRect("mobile", true)))
	}
	if f := s.View().OutreachForecast(); f.Spent > f.Budget || f.Spent != spent {
		t.Fatalf("a mobile clinic day does not fit what is left: spent %s of %s (was %s)", game.Money(f.Spent), game.Money(f.Budget), game.Money(spent))
	}
	if want := h.app.Context().T("sys.outreach.refused"); kit.Message() != want {
		t.Fatalf("a refused add says %q, want %q", kit.Message(), want)
	}
	// the kit words it under the desk, beside Done and Back
	if n := h.countColor(image.Rect(300, 655, 1240, 700), ui.Bad); n < 30 {
		t.Fatalf("a refused add is not explained on screen (%d red pixels)", n)
	}
	// a channel at its limit says so instead
	for k := 0; k < 2; k++ {
		h.click(outreachMid(sc.ChannelRect("ads", false)))
	}
	if n := outreachPlan(t, s).Count("ads"); n != 1 {
		t.Fatalf("two clicks on − for ads left %d weeks", n)
	}
	for k := 0; k < 4; k++ {
		h.click(outreachMid(sc.ChannelRect("reminders", true)))
	}
	if n := outreachPlan(t, s).Count("reminders"); n != 4 {
		t.Fatalf("reminders should reach their limit of 4, got %d", n)
	}
	if want := h.app.Context().T("sys.outreach.limit"); kit.Message() != want {
		t.Fatalf("an add past the limit says %q, want %q", kit.Message(), want)
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
	s := outreachOpenScreen(t, h, func(s *game.Session) { s.Edit(func(st *game.State) { st.Setting = "gov-agency" }) })
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
	if err := s.Do(game.OutreachAdd{Channel: "reminders"}); err != nil {
		t.Fatal(err)
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "week" {
		t.Fatalf("Esc opened %q, want the inbox", h.scene())
	}
	if c, ok := s.View().OutreachCampaign(); !ok || c.Count("reminders") != 1 {
		t.Fatal("leaving lost the plan")
	}
}

// The longest chart panel (a public agency's note, a target that is not the meter,
// a target the CHNA did not name and a channel bought past its use) stays inside
// the panel, clear of the Done row.
func TestOutreachScreenChartTextFits(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 6})
	s := outreachOpenScreen(t, h, func(s *game.Session) { s.Edit(func(st *game.State) { st.Setting = "gov-agency" }) })
	c := outreachPlan(t, s)
	target := ""
	for _, tg := range game.OutreachTargets {
		if tg.ID != "flu" && !strings.Contains(strings.Join(c.Needs, " "), tg.ID) {
			target = tg.ID
		}
	}
	if target == "" {
		t.Fatalf("every target but flu is a need: %v", c.Needs)
	}
	_, sc := outreachScreenOn(t, h)
	h.click(outreachMid(sc.TargetRect(target)))
	for k := 0; k < 4; k++ {
		h.click(outreachMid(sc.ChannelRect("ads", true)))
	}
	f := s.View().OutreachForecast()
	if f.Need || f.Diminished == "" || !f.CHWBonus || f.TargetIsMeter {
		t.Fatalf("the set-up should raise every note and flag: %+v", f)
	}
	h.shot("system-outreach-busy")
	_, sc = outreachScreenOn(t, h)
	if b := sc.(interface{ ContentBottom() float64 }).ContentBottom(); b > ui.H-82 || b == 0 {
		t.Fatalf("the chart panel's text ends at y=%.0f, past the panel", b)
	}
}

// The outreach desk in a hospital, a practice and a health plan: each shows its own
// goals and channels, the chart's text stays inside its panel, and a click buys the
// desk's own channel.
func TestOutreachScreenBySetting(t *testing.T) {
	seen := map[string]string{}
	for _, setting := range []string{"hospital", "practice", "mco"} {
		h := newHarness(t, 1280, 720, scenes.Config{})
		s := outreachOpenScreen(t, h, func(s *game.Session) { s.Edit(func(st *game.State) { st.Setting = setting }) })
		_, sc := outreachScreenOn(t, h)
		chs := s.View().OutreachDeskChannels()
		tg := s.View().OutreachDeskTargets()
		if len(chs) != 5 || len(tg) != 4 {
			t.Fatalf("%s: %d channels, %d goals", setting, len(chs), len(tg))
		}
		if b := sc.(interface{ ContentBottom() float64 }).ContentBottom(); b > ui.H-82 || b == 0 {
			t.Errorf("%s: the chart's text runs to %.0f, past its panel", setting, b)
		}
		h.shot("setting-outreach-" + setting)
		before := outreachPlan(t, s).Count(chs[0].ID)
		h.click(outreachMid(sc.ChannelRect(chs[0].ID, true)))
		if n := outreachPlan(t, s).Count(chs[0].ID); n != before+1 {
			t.Errorf("%s: clicking + on %s left it at %d", setting, chs[0].ID, n)
		}
		h.click(outreachMid(sc.TargetRect(tg[1].ID)))
		if got := outreachPlan(t, s).Target; got != tg[1].ID {
			t.Errorf("%s: clicking the %s goal picked %s", setting, tg[1].ID, got)
		}
		seen[setting] = chs[0].ID + " " + tg[1].ID
	}
	if seen["practice"] == seen["hospital"] || seen["mco"] == seen["hospital"] {
		t.Errorf("the desks look alike: %v", seen)
	}
}

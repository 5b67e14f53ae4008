package scenes_test

import (
	"image"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// flowOpenScreen starts a career in the harness and plays the rules core to the
// patient-flow meeting, then shows its screen. prep runs before the meeting opens.
func flowOpenScreen(t *testing.T, h *harness, prep func(s *game.Session)) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	ctx.StartCareer("Ava")
	s := ctx.Session
	for n := 0; n < 3000; n++ {
		if s.State().Item().Kind == game.ItemWeek && s.State().System == "" && s.State().Outcome == nil && s.State().Current == "" {
			for i, in := range s.State().Inbox {
				if in.System == game.SysFlow && !in.Done {
					if prep != nil {
						prep(s)
					}
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					ctx.Sync()
					h.tick(scenes.Input{})
					if h.scene() != "system-flow" {
						t.Fatalf("the flow item opened %q", h.scene())
					}
					return s
				}
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("the run never offered the patient-flow meeting")
	return nil
}

func flowAnswer(s *game.Session, dept string) string {
	m, _ := s.View().FlowMeeting()
	for _, p := range m.Proposals {
		if p.Dept == dept {
			return p.Decision
		}
	}
	return "?"
}

func flowCenter(r ui.Rect) (float64, float64) { return r.X + r.W/2, r.Y + r.H/2 }

// flowLayout is what the flow screen tells tests about its layout.
type flowLayout interface {
	DecisionRect(dept, decision string) ui.Rect
	ContentBottom() float64
}

// flowScreenOn returns the flow screen on top of the harness, on the kit.
func flowScreenOn(t *testing.T, h *harness) flowLayout {
	t.Helper()
	k, ok := h.app.Top().(*scenes.DutyKit)
	if !ok {
		t.Fatalf("top scene is %T, want the duty-screen kit", h.app.Top())
	}
	fl, ok := k.Screen.(flowLayout)
	if !ok {
		t.Fatalf("the kit hosts %T, want the flow screen", k.Screen)
	}
	return fl
}

func TestFlowScreenKeyboardClickDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 6})
	s := flowOpenScreen(t, h, func(s *game.Session) {
		// a hospital near the shortage threshold, so the diagram has something to warn about
		s.Edit(func(st *game.State) {
			st.Setting = "hospital"
			st.Facility.Meters[game.BedOccupancy] = 83
			st.Facility.Meters[game.EDMinutes] = 170
		})
	})
	if flowAnswer(s, "pharmacy") != game.FlowAdopt {
		t.Fatalf("the draft should start with pharmacy adopted, got %q", flowAnswer(s, "pharmacy"))
	}
	// keyboard: focus starts on pharmacy's Adopt; Tab to Adapt and press Enter
	h.key(scenes.Input{Next: true})
	h.enter()
	if got := flowAnswer(s, "pharmacy"); got != game.FlowAdapt {
		t.Fatalf("Tab + Enter on pharmacy's Adapt gave %q", got)
	}
	if h.scene() != "system-flow" {
		t.Fatalf("answering a proposal left the screen for %q", h.scene())
	}
	// mouse: click nursing's Adopt
	fs := flowScreenOn(t, h)
	r := fs.DecisionRect("nursing", game.FlowAdopt)
	if r.W == 0 {
		t.Fatal("no Adopt button for nursing")
	}
	h.click(flowCenter(r))
	if got := flowAnswer(s, "nursing"); got != game.FlowAdopt {
		t.Fatalf("clicking nursing's Adopt gave %q", got)
	}
	// the ED fact card opens from its button and closes with Esc
	h.key(scenes.Input{Fact: true})
	if h.scene() != "fact" {
		t.Fatalf("F opened %q, want the fact card", h.scene())
	}
	h.shot("system-flow-fact")
	h.key(scenes.Input{Back: true})
	// the focus ring is visible after the click
	if n := h.countColor(flowRect(r, 8), ui.Focus); n < 100 {
		t.Fatalf("focus ring around the clicked button: %d pixels", n)
	}
	h.shot("system-flow")
	// Done, with the mouse
	h.click(40+60, ui.H-45)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the debrief", h.scene())
	}
	if st := s.Step(); st.Outcome == nil || !strings.HasPrefix(st.Outcome.Title.Key, "sys.flow.out.title") {
		t.Fatalf("the debrief is not the flow meeting's: %+v", st.Outcome)
	}
	h.shot("system-flow-outcome")
}

func TestFlowScreenDirectorSeesInsideDetail(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{Weeks: 6})
	s := flowOpenScreen(t, h, func(s *game.Session) {
		s.Edit(func(st *game.State) {
			st.Setting = "hospital"
			st.Role = "nursing-director"
			st.Player.Skills["health"] = 6
		})
	})
	if s.View().FlowForecast().Own != "nursing" {
		t.Fatal("the nursing director does not own the nursing proposal")
	}
	h.shot("system-flow-director")
	// every director's extra detail fits above the Done row
	ctx := h.app.Context()
	for _, p := range game.FlowPolicies {
		s.Edit(func(st *game.State) { st.Role = p.Role })
		ctx.Sync()
		h.tick(scenes.Input{})
		fs := flowScreenOn(t, h)
		if b := fs.ContentBottom(); b > ui.H-76 {
			t.Errorf("%s: the proposal cards reach y=%.0f and run into the Done row", p.Role, b)
		}
	}
	s.Edit(func(st *game.State) { st.Role = "nursing-director" })
	ctx.Sync()
	h.tick(scenes.Input{})
	// keyboard only: Shift+Tab three times reaches Done
	for k := 0; k < 3; k++ {
		h.key(scenes.Input{Prev: true})
	}
	h.enter()
	if h.scene() != "outcome" {
		t.Fatalf("keyboard Done opened %q", h.scene())
	}
}

// flowRect is a logical rectangle grown by pad, in pixels of a 1280x720 screen.
func flowRect(r ui.Rect, pad int) image.Rectangle {
	return image.Rect(int(r.X)-pad, int(r.Y)-pad, int(r.X+r.W)+pad, int(r.Y+r.H)+pad)
}

// The meeting follows the workplace: a hospital, a one-office practice and a health
// plan each show their own heads and measures, and every card stays clear of the
// Done row. The screenshots are setting-flow-<setting>.
func TestFlowScreenBySetting(t *testing.T) {
	want := map[string]struct{ dept, word, not string }{
		"hospital": {"pharmacy", "Emergency dept.", "Claims paid"},
		"practice": {"sched", "Schedule booked", "Emergency dept."},
		"mco":      {"priorauth", "Claims paid", "Inpatient beds"},
	}
	diagrams := map[string]*image.RGBA{}
	for _, setting := range []string{"hospital", "practice", "mco"} {
		h := newHarness(t, 1280, 720, scenes.Config{Weeks: 6})
		s := flowOpenScreen(t, h, func(s *game.Session) {
			s.Edit(func(st *game.State) {
				st.Setting = setting
				if setting == "hospital" {
					// the hospital's own numbers (jobs.yaml), not the run's first workplace
					st.Facility.Meters[game.BedOccupancy], st.Facility.Meters[game.EDMinutes] = 82, 170
				}
			})
		})
		w := want[setting]
		fs := flowScreenOn(t, h)
		if r := fs.DecisionRect(w.dept, game.FlowAdopt); r.W == 0 {
			t.Errorf("%s: no Adopt button for %s", setting, w.dept)
		}
		if b := fs.ContentBottom(); b > ui.H-76 {
			t.Errorf("%s: the proposal cards reach y=%.0f and run into the Done row", setting, b)
		}
		ctx := h.app.Context()
		f := s.View().FlowForecast()
		var titles []string
		for _, k := range []string{"ed", "beds", "discharge"} {
			titles = append(titles, ctx.T(f.Setting.Prefix+"dia."+k))
		}
		if got := strings.Join(titles, " | "); !strings.Contains(got, w.word) || strings.Contains(got, w.not) {
			t.Errorf("%s: the diagram should say %q and not %q: %s", setting, w.word, w.not, got)
		}
		h.settle()
		img := h.readback()
		diagrams[setting] = img.SubImage(image.Rect(0, 140, 1280, 240)).(*image.RGBA)
		if setting == "mco" && !s.View().FlowForecast().Insurer {
			t.Error("the health plan's desk is not an insurer's")
		}
		h.shot("setting-flow-" + setting)
	}
	// the three diagrams look different on screen
	for _, pair := range [][2]string{{"hospital", "practice"}, {"hospital", "mco"}, {"practice", "mco"}} {
		a, b := diagrams[pair[0]], diagrams[pair[1]]
		diff := 0
		for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
			for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
				if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
					diff++
				}
			}
		}
		if diff < 2000 {
			t.Errorf("the %s and %s diagrams differ in only %d pixels", pair[0], pair[1], diff)
		}
	}
}

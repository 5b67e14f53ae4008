package scenes_test

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes"
)

// a screen of the layout tour: its name and how to open it on a fresh app
type tourStop struct {
	name string
	open func(t *testing.T, h *harness)
}

// sessionAt plays a run with the first option until want picks the step, and opens its screen.
func sessionAt(t *testing.T, h *harness, want func(s *game.Session, st game.Step) int) {
	t.Helper()
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Rosa", Seed: 11})
	for n := 0; n < 5000; n++ {
		st := s.Step()
		if i := want(s, st); i >= 0 {
			if i > 0 {
				if err := s.Choose(i - 1); err != nil {
					t.Fatal(err)
				}
			}
			ctx.Session = s
			ctx.Sync()
			h.settle()
			return
		}
		more, err := s.Act1(game.FirstOption)
		if err != nil || !more {
			t.Fatalf("never reached the screen: %v", err)
		}
	}
	t.Fatal("never reached the screen")
}

func stepKind(k game.StepKind) func(*game.Session, game.Step) int {
	return func(_ *game.Session, st game.Step) int {
		if st.Kind == k {
			return 0
		}
		return -1
	}
}

// recapOf picks the recap at the end of act a.
func recapOf(a game.Act) func(*game.Session, game.Step) int {
	return func(_ *game.Session, st game.Step) int {
		if st.Kind == game.StepRecap && st.Act == a {
			return 0
		}
		return -1
	}
}

// nthManagerOutcome picks the n-th result screen of the manager's weeks (a
// scenario's, a desk's or a week's end, with its delayed consequences).
func nthManagerOutcome(n int) func(*game.Session, game.Step) int {
	seen := 0
	return func(_ *game.Session, st game.Step) int {
		if st.Kind == game.StepOutcome && st.Act == game.ActManager {
			if seen++; seen == n {
				return 0
			}
		}
		return -1
	}
}

// deskStep picks the first week whose inbox has duty id's desk still to do, and
// opens the desk.
func deskStep(id string) func(*game.Session, game.Step) int {
	return func(_ *game.Session, st game.Step) int {
		if st.Kind != game.StepWeek {
			return -1
		}
		for i, o := range st.Options {
			if o.ID == "system:"+id && !o.Done {
				return i + 1
			}
		}
		return -1
	}
}

// layoutTour is every kind of screen the game has.
func layoutTour() []tourStop {
	goTo := func(s scenes.Scene) func(t *testing.T, h *harness) {
		return func(t *testing.T, h *harness) { h.app.Context().GoTo(s); h.settle() }
	}
	stops := []tourStop{
		{"title", func(t *testing.T, h *harness) {}},
		{"settings", goTo(&scenes.SettingsScene{})},
		{"error", goTo(&scenes.ErrorScene{Err: errors.New("this save names a duty screen (\"system:recall\") that this version of the game does not have")})},
		{"modes", goTo(&scenes.ModeScene{})},
		// Manager only (the third mode) asks for the role, then the workplace
		{"modes-role", func(t *testing.T, h *harness) {
			goTo(&scenes.ModeScene{})(t, h)
			h.key(scenes.Input{Next: true})
			h.key(scenes.Input{Next: true})
			h.enter()
		}},
		{"modes-setting", func(t *testing.T, h *harness) {
			goTo(&scenes.ModeScene{})(t, h)
			h.key(scenes.Input{Next: true})
			h.key(scenes.Input{Next: true})
			h.enter()
			h.enter()
		}},
		{"name", goTo(&scenes.NameScene{})},
		{"code", goTo(&scenes.CodeScene{})},
		{"saves", goTo(&scenes.SavesScene{})},
		{"teacher", goTo(&scenes.TeacherScene{})},
		{"intro", func(t *testing.T, h *harness) { sessionAt(t, h, stepKind(game.StepIntro)) }},
		{"pick-one", func(t *testing.T, h *harness) { sessionAt(t, h, stepKind(game.StepPickOne)) }},
		{"pick-many", func(t *testing.T, h *harness) { sessionAt(t, h, stepKind(game.StepPickMany)) }},
		{"scenario", func(t *testing.T, h *harness) { sessionAt(t, h, stepKind(game.StepScenario)) }},
		{"outcome", func(t *testing.T, h *harness) {
			sessionAt(t, h, stepKind(game.StepOutcome))
		}},
		// the act recaps: high school's (no moment card), college's (graduation)
		// and the first job's (the first day)
		{"recap", func(t *testing.T, h *harness) { sessionAt(t, h, recapOf(game.ActSchool)) }},
		{"recap-college", func(t *testing.T, h *harness) { sessionAt(t, h, recapOf(game.ActCollege)) }},
		{"recap-job", func(t *testing.T, h *harness) { sessionAt(t, h, recapOf(game.ActJob)) }},
		{"outcome-manager-1", func(t *testing.T, h *harness) { sessionAt(t, h, nthManagerOutcome(1)) }},
		{"outcome-manager-3", func(t *testing.T, h *harness) { sessionAt(t, h, nthManagerOutcome(3)) }},
		{"outcome-manager-6", func(t *testing.T, h *harness) { sessionAt(t, h, nthManagerOutcome(6)) }},
		{"week", func(t *testing.T, h *harness) { sessionAt(t, h, stepKind(game.StepWeek)) }},
		{"pause", func(t *testing.T, h *harness) {
			sessionAt(t, h, stepKind(game.StepWeek))
			h.key(scenes.Input{Back: true})
			h.settle()
		}},
		{"settings-panel", func(t *testing.T, h *harness) {
			sessionAt(t, h, stepKind(game.StepWeek))
			h.app.Context().Push(&scenes.SettingsScene{Overlay: true})
			h.settle()
		}},
		{"week-2", func(t *testing.T, h *harness) {
			// the second week with an item done: the meters' changes and chips
			sessionAt(t, h, func(s *game.Session, st game.Step) int {
				if st.Kind == game.StepWeek && s.View().Week() == 2 && st.Options[0].Done {
					return 0
				}
				return -1
			})
		}},
		{"fact", func(t *testing.T, h *harness) {
			var f game.Fact
			sessionAt(t, h, func(_ *game.Session, st game.Step) int {
				if st.Fact != nil {
					f = *st.Fact
					return 0
				}
				return -1
			})
			h.app.Context().Push(&scenes.FactScene{Fact: f})
			h.settle()
		}},
		{"meter", func(t *testing.T, h *harness) {
			sessionAt(t, h, stepKind(game.StepWeek))
			h.app.Context().Push(&scenes.MeterScene{ID: h.app.Context().Session.View().Meters()[1].ID})
			h.settle()
		}},
		{"glossary", func(t *testing.T, h *harness) {
			sessionAt(t, h, stepKind(game.StepWeek))
			h.app.Context().Push(&scenes.GlossaryListScene{})
			h.settle()
		}},
		{"glossary-card", func(t *testing.T, h *harness) {
			sessionAt(t, h, stepKind(game.StepWeek))
			h.app.Context().Push(&scenes.GlossaryCardScene{ID: "hipaa"})
			h.settle()
		}},
		{"report", func(t *testing.T, h *harness) { sessionAt(t, h, stepKind(game.StepReport)) }},
		{"whatif", func(t *testing.T, h *harness) {
			sessionAt(t, h, stepKind(game.StepReport))
			h.app.Context().GoTo(&scenes.WhatIfScene{})
			h.settle()
		}},
		{"whatif-options", func(t *testing.T, h *harness) {
			sessionAt(t, h, stepKind(game.StepReport))
			h.app.Context().GoTo(&scenes.WhatIfScene{})
			h.settle()
			h.enter() // the first decision
		}},
		{"whatif-compare", func(t *testing.T, h *harness) {
			sessionAt(t, h, stepKind(game.StepReport))
			h.app.Context().GoTo(&scenes.WhatIfScene{})
			h.settle()
			h.enter() // the first decision
			h.enter() // an option the player did not take
		}},
	}
	for _, d := range game.Duties {
		id := string(d.ID)
		stops = append(stops, tourStop{"system-" + id, func(t *testing.T, h *harness) {
			sessionAt(t, h, deskStep(id))
		}})
	}
	// each desk's other tabs
	for _, d := range game.Duties {
		for tab := 1; tab <= 3; tab++ {
			id, tab := string(d.ID), tab
			stops = append(stops, tourStop{fmt.Sprintf("system-%s-tab%d", id, tab+1), func(t *testing.T, h *harness) {
				sessionAt(t, h, deskStep(id))
				if k, ok := h.app.Top().(*scenes.DutyKit); ok && tab < k.TabCount() {
					k.Tab = tab
					k.Layout(h.app.Context())
					h.settle()
				}
			}})
		}
	}
	return stops
}

// TestLayoutAtEveryTextSize renders every kind of screen at 100%, 150% and 200%
// text size, in English and in Spanish, and fails on any line of text outside the
// screen's sides, out of its box or over another line (ui.LayoutProblems). A screen
// taller than the window scrolls; the test also checks that the focus can reach
// every item.
func TestLayoutAtEveryTextSize(t *testing.T) {
	if os.Getenv("HSM_LAYOUT_LANGS") == "" && os.Getenv("HSM_LAYOUT_ALL") == "" {
		// scripts/test runs it on its own, a process per language and text size:
		// the scene tests share one Ebitengine frame, which never frees what they
		// draw, and the whole tour in one process takes about 11 GB
		t.Skip("run by scripts/test per language and size (HSM_LAYOUT_LANGS=en HSM_LAYOUT_SIZES=200), or all at once with HSM_LAYOUT_ALL=1")
	}
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	dst := ebiten.NewImage(1280, 720)
	var report []string
	total := 0
	langs, sizes := []string{"en", "es"}, layoutSizes
	if v := os.Getenv("HSM_LAYOUT_LANGS"); v != "" {
		langs = strings.Split(v, ",")
	}
	if v := os.Getenv("HSM_LAYOUT_SIZES"); v != "" {
		sizes = nil
		for _, f := range strings.Split(v, ",") {
			n, _ := strconv.Atoi(f)
			sizes = append(sizes, n)
		}
	}
	only := regexp.MustCompile(os.Getenv("HSM_LAYOUT_ONLY")) // a screen's name; empty: all
	for _, lang := range langs {
		cat, err := assets.Catalog(lang)
		if err != nil {
			t.Fatal(err)
		}
		// one game per language, its text size set as a player sets it, every screen
		// opened in it in turn (the tests share one Ebitengine frame: a game a screen
		// would never give its images back)
		h := newHarness(t, 1280, 720, scenes.Config{Content: c, Catalog: cat, Lang: lang,
			PrefsStore: prefsIn(t, store.Prefs{Seen: true})})
		h.quick = os.Getenv("HSM_LAYOUT_SHOTS") == ""
		for _, pct := range sizes {
			h.app.Context().SetTextSize(pct)
			for _, stop := range layoutTour() {
				if !only.MatchString(stop.name) {
					continue
				}
				h.app.Context().GoTo(&scenes.TitleScene{})
				h.settle()
				stop.open(t, h)
				probs := h.app.LayoutProblems(dst)
				total += len(probs)
				where := fmt.Sprintf("%s %d%% %s (%s)", lang, pct, stop.name, h.scene())
				if os.Getenv("HSM_LAYOUT_SHOTS") != "" {
					h.shot(fmt.Sprintf("layout-%s-%d-%s", lang, pct, stop.name))
				}
				for i, p := range probs {
					if i == 4 {
						report = append(report, fmt.Sprintf("%s: ... and %d more", where, len(probs)-4))
						break
					}
					report = append(report, where+": "+p)
				}
			}
		}
	}
	t.Logf("layout: %d problems", total)
	if total > 0 {
		sort.Strings(report)
		t.Errorf("%d layout problems:\n%s", total, strings.Join(report, "\n"))
	}
}

// layoutSizes are the text sizes the layout test checks.
var layoutSizes = []int{100, 150, 200}

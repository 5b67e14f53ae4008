package scenes_test

import (
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

// Each of Acts 1-3 ends on its recap screen; the college recap is the graduation
// card naming the degree, the first job's the first day naming the job and the
// workplace. A staffing result and a week's summary are saved beside them, in
// English and in Spanish, to look at.
func TestActRecapsAndMomentShots(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		cat, err := assets.Catalog(lang)
		if err != nil {
			t.Fatal(err)
		}
		h := newHarness(t, 1280, 720, scenes.Config{Catalog: cat, Lang: lang})
		ctx := h.app.Context()
		s := game.NewSession(ctx.Content, game.Options{Name: "Shot", Seed: 3})
		ctx.Session = s
		recaps, staffing, summary := 0, false, false
		for n := 0; n < 3000 && s.Step().Kind != game.StepReport; n++ {
			st := s.Step()
			switch {
			case st.Kind == game.StepRecap:
				ctx.Sync()
				h.tick(scenes.Input{})
				if h.scene() != "recap" {
					t.Fatalf("an act's end shows %q, want the recap", h.scene())
				}
				words := strings.Join(scenes.RecapWords(h.app.Top()), " ")
				want := []string{}
				switch st.Act {
				case game.ActCollege:
					want = append(want, ctx.Content.Degree(s.View().Degree()).Name.In(lang))
				case game.ActJob:
					v := s.View()
					want = append(want, ctx.Content.Role(v.Role()).Name.In(lang), ctx.Content.Setting(v.Setting()).Name.In(lang))
				}
				for _, w := range want {
					if !strings.Contains(words, w) {
						t.Errorf("%s: the %s recap does not name %q: %s", lang, st.Act, w, words)
					}
				}
				h.shot("moment-recap-" + string(st.Act) + "-" + lang)
				recaps++
			case st.Kind == game.StepOutcome && st.Outcome.Verdict.Key != "" && !staffing && strings.HasPrefix(st.Outcome.Title.Key, "sys.staffing"):
				ctx.Sync()
				h.tick(scenes.Input{})
				h.shot("moment-duty-result-" + lang)
				staffing = true
			case st.Kind == game.StepOutcome && st.Item.Kind == game.ItemWeek && s.View().Week() == 2 && strings.HasPrefix(st.Outcome.Title.Key, "week.summary") && !summary:
				ctx.Sync()
				h.tick(scenes.Input{})
				h.shot("moment-week-summary-" + lang)
				summary = true
			}
			if _, err := s.Act1(game.FirstOption); err != nil {
				t.Fatal(err)
			}
		}
		if recaps != 3 {
			t.Errorf("%s: %d act recaps, want 3 (school, college, the first job)", lang, recaps)
		}
	}
}

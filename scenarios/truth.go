package scenarios

import (
	"regexp"
	"strings"

	"github.com/hsmgame/healthmanager/game"
)

// Truth rules: claims the content got wrong once and must not get wrong again.
// Each names the fact in its message, so a teacher writing a pack learns it too.

var (
	// The community health needs assessment binds the licensed hospital facilities of
	// nonprofit hospital organisations only (IRC 501(r)(3)).
	reCHNA = lazyRegexp(`(?i)\bCHNA\b|community health needs assessment`)
	// A fact card names a public source, never the project's own notes.
	reNotASource = lazyRegexp(`(?i)DOMAIN|game design`)
	// The CMS emergency-preparedness rule covers named provider types; physician
	// practices are not among them.
	reEPRule       = lazyRegexp(`(?i)emergency[- ]preparedness rule`)
	rePracticesNot = lazyRegexp(`(?i)physician practices (are|is) not covered`)
)

// scenarioTexts is every player-facing text of a scenario, in every language.
func scenarioTexts(sc *game.Scenario) []string {
	var out []string
	add := func(t game.Text) {
		for _, s := range t {
			out = append(out, s)
		}
	}
	add(sc.Title)
	add(sc.Body)
	add(sc.Objective)
	add(sc.Who)
	if sc.Fact != nil {
		add(sc.Fact.Text)
	}
	for _, ch := range sc.Choices {
		add(ch.Label)
		add(ch.Debrief)
		if ch.Skilled != nil {
			add(ch.Skilled.Note)
		}
		for _, l := range ch.Later {
			add(l.Text)
		}
	}
	return out
}

// mayAppearIn reports whether the scenario can be drawn in setting (no settings: all).
func mayAppearIn(sc *game.Scenario, setting string) bool {
	if len(sc.Settings) == 0 {
		return true
	}
	for _, s := range sc.Settings {
		if s == setting {
			return true
		}
	}
	return false
}

// truth applies the truth rules to one scenario.
func (k *checker) truth(sc *game.Scenario, p func(more ...any) []any) {
	texts := scenarioTexts(sc)
	all := strings.Join(texts, "\n")
	if reCHNA().MatchString(all) && sc.Act == game.ActManager {
		for _, s := range []string{"practice", "gov-agency", "rehab", "clinic", "mco"} {
			if mayAppearIn(sc, s) {
				k.add("settings", "the community health needs assessment (CHNA) binds nonprofit hospitals' licensed hospital facilities only: limit this scenario to settings: [hospital]", p()...)
				break
			}
		}
	}
	if sc.Fact != nil && reNotASource().MatchString(sc.Fact.Source) {
		k.add("fact.source", "a fact card names a public source (organisation and report), not the project's notes or game design; a game figure needs no card, and its text says it is a game figure", p("fact", "source")...)
	}
	cites := reEPRule().MatchString(all) || (sc.Fact != nil && reEPRule().MatchString(sc.Fact.Source))
	if cites && sc.Act == game.ActManager && mayAppearIn(sc, "practice") && !rePracticesNot().MatchString(all) {
		k.add("fact", "the CMS emergency-preparedness rule does not cover physician practices: limit the scenario's settings, or say \"Physician practices are not covered.\"", p()...)
	}
	if regexp.MustCompile(`(?i)physician practices (are|is) covered|covers physician practices`).MatchString(all) {
		k.add("fact", "the CMS emergency-preparedness rule does not cover physician practices", p()...)
	}
}

package scenarios

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
)

// truthPack is goodPack with one line added (after the body) or a settings line.
func truthPack(settings, extra string) string {
	s := strings.Replace(goodPack, "    body: The lab is 6% over budget on reagents.\n",
		"    body: The lab is 6% over budget on reagents.\n"+extra, 1)
	if settings != "" {
		s = strings.Replace(s, "    duty: budgets\n", "    duty: budgets\n    settings: "+settings+"\n", 1)
	}
	return s
}

// The truth rules fail a pack that repeats a claim the content once got wrong, and pass
// the same scenario once it is right.
func TestTruthRulesCatchRegressions(t *testing.T) {
	base := builtinContent(t)
	chnaFact := "    fact: {text: \"A community health needs assessment is due every 3 years.\", source: \"IRS, IRC 501(r)(3)\", year: 2014}\n"
	epFact := "    fact: {text: \"The CMS emergency-preparedness rule requires a plan.\", source: \"CMS Emergency Preparedness Rule\", year: 2017}\n"
	cases := []struct {
		name, settings, extra string
		want                  string // "" when the pack must pass
	}{
		{"CHNA text in every setting", "", chnaFact, "settings: the community health needs assessment (CHNA) binds"},
		{"CHNA text in a clinic", "[hospital, clinic]", chnaFact, "settings: the community health needs assessment (CHNA) binds"},
		{"CHNA text in a hospital only", "[hospital]", chnaFact, ""},
		{"a fact card citing the project's notes", "", "    fact: {text: \"Margins are thin.\", source: \"shared/DOMAIN.md\", year: 2023}\n", "fact.source: a fact card names a public source"},
		{"a fact card citing game design", "", "    fact: {text: \"Baseline 70.\", source: \"Game design\", year: 2024}\n", "fact.source: a fact card names a public source"},
		{"the preparedness rule where a practice could see it", "", epFact, "fact: the CMS emergency-preparedness rule does not cover physician practices"},
		{"the preparedness rule in a hospital only", "[hospital]", epFact, ""},
		{"the preparedness rule with the practices caveat", "", "    fact: {text: \"The CMS emergency-preparedness rule requires a plan. Physician practices are not covered.\", source: \"CMS Emergency Preparedness Rule\", year: 2017}\n", ""},
		{"saying practices are covered", "[hospital]", "    fact: {text: \"The CMS emergency-preparedness rule covers physician practices too.\", source: \"CMS\", year: 2017}\n", "fact: the CMS emergency-preparedness rule does not cover physician practices"},
	}
	for _, tc := range cases {
		_, err := WithPack(base, onePack(truthPack(tc.settings, tc.extra)))
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: the pack should pass, got:\n%v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: want a problem containing %q, got: %v", tc.name, tc.want, err)
		}
	}
}

// The UI catalog (duty screens and meter cards) follows the same rules as the scenarios:
// a fact card's source never points at the project's notes or game design; the CHNA is
// named only where the screen is a hospital's (the outreach screen's chna keys) or to
// say it binds hospitals only; the preparedness rule never covers physician practices.
func TestCatalogTruth(t *testing.T) {
	cat, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	hospitalOnly := regexp.MustCompile(`(?i)binds (only )?(nonprofit )?hospitals|does not apply|binds hospitals only|not a hospital facility|does no CHNA`)
	covered := regexp.MustCompile(`(?i)physician practices (are|is) covered|covers physician practices`)
	for k, v := range cat {
		if (strings.HasSuffix(k, ".source") || strings.HasSuffix(k, "_source")) && reNotASource().MatchString(v) {
			t.Errorf("%s: a fact card's source names the project's notes or game design: %q", k, v)
		}
		if reCHNA().MatchString(v) && !strings.Contains(k, ".chna") && !hospitalOnly.MatchString(v) {
			t.Errorf("%s: names the CHNA, which binds nonprofit hospitals only, on a screen every setting sees: %q", k, v)
		}
		if covered.MatchString(v) {
			t.Errorf("%s: says the emergency-preparedness rule covers physician practices: %q", k, v)
		}
	}
}

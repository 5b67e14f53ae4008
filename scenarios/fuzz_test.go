package scenarios

import (
	"strings"
	"testing"
)

// fuzzSeeds are valid and broken packs. The same inputs (and any crashers the fuzzer
// has found) are kept in testdata/fuzz/FuzzWithPack, which plain `go test` runs too.
var fuzzSeeds = []string{
	goodPack,
	`scenarios:
  - id: fz-school
    act: school
    duty: hipaa
    standard: NCHSE 5
    source: "Profile: A Day in the Life (HIPAA)"
    objective: {en: Privacy first., es: La privacidad primero.}
    title: {en: A nosy friend, es: Un amigo curioso}
    who: Lee, a classmate
    body: Lee asks who came to the clinic.
    fact: {text: "HIPAA protects health information.", source: "HHS OCR", year: 2024}
    when: {flags: [course:bookkeeping], skills: {ethics: ">= 1"}}
    choices:
      - {label: Say nothing, effects: {ethics: 1, stress: 2}, debrief: Right., set: [fz-quiet]}
      - {label: Tell Lee, effects: {ethics: -1}, debrief: Wrong.}
`,
	`scenarios:
  - id: fz-later
    act: manager
    duty: staffing
    standard: NCHSE 8
    source: DOMAIN
    objective: O
    title: T
    who: W
    body: B
    when:
      week_min: 2
      week_max: 4
      meters: {overtime: ">= 4", board_confidence: "< 90"}
    choices:
      - label: A
        effects: {overtime: -1}
        skilled: {skill: leadership, min: 4, effects: {rn_turnover: -0.5}, note: N}
        later:
          - in_weeks: 2
            text: Later.
            effects: {staffing_coverage: 2}
        debrief: D
      - {label: B, effects: {workload: 2}, debrief: D, next: budget-q1-overrun}
      - {label: C, effects: {workload: 1}, debrief: D}
`,
	"scenarios:\n  - id: x\n    title: [an unclosed list\n",
	"scenarios:\n  - id: x\n    colour: red\n",
	"scenarios:\n  - id: x\n    act: manager\n    when:\n      meters: {board_confidence: \"> 150\"}\n      week_min: 5\n      week_max: 2\n",
	"skills:\n  - id: juggling\nscenarios: []\n",
	"scenarios:\n  - id: budget-q1-overrun\n  - id: budget-q1-overrun\n",
	"",
	"# only a comment\n",
	"- a list\n",
	"scenarios:\n  - {id: x, choices: [{next: nowhere, effects: {morale: 1}}]}\n",
	"scenarios:\n  - id: x\n    fact: {year: \"a\\nb\"}\n    \"a:b\": 1\n",
	"a: &a [*a, *a]\nscenarios: *a\n",
}

func FuzzWithPack(f *testing.F) {
	base := builtinContent(f)
	n := len(base.Scenarios)
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := WithPack(base, onePack(string(data)))
		if len(base.Scenarios) != n {
			t.Fatalf("WithPack changed the base content: %d scenarios, want %d", len(base.Scenarios), n)
		}
		if err == nil {
			if c == nil {
				t.Fatal("no content and no error")
			}
			return
		}
		if c != nil {
			t.Fatal("content returned along with an error")
		}
		msg := err.Error()
		if strings.TrimSpace(msg) == "" {
			t.Fatal("empty error")
		}
		for _, l := range strings.Split(msg, "\n") {
			if !reProblemLine.MatchString(l) {
				t.Fatalf("problem line %q is not file:line: field: message (input %q)", l, data)
			}
		}
	})
}

// TestFuzzSeedsValid keeps the first seeds honest: they are meant to load.
func TestFuzzSeedsValid(t *testing.T) {
	base := builtinContent(t)
	for i, s := range fuzzSeeds[:3] {
		if _, err := WithPack(base, onePack(s)); err != nil {
			t.Errorf("seed %d should load:\n%v", i, err)
		}
	}
}

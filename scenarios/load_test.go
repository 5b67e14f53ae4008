package scenarios

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// reProblemLine is the shape of every line of a loader error: "file:line: field: message".
var reProblemLine = regexp.MustCompile(`^[^:]+:\d+: [^:]+: .+`)

// builtin loads the shipped content once per test; it must have no problems.
func builtinContent(t testing.TB) *game.Content {
	t.Helper()
	c, err := Builtin()
	if err != nil {
		t.Fatalf("built-in content has problems:\n%v", err)
	}
	return c
}

// onePack is a pack of a single file named pack/x.yaml.
func onePack(data string) []PackFile {
	return []PackFile{{Name: "pack/x.yaml", Data: []byte(data)}}
}

// checkLines fails unless every line of err has the file:line: field: message shape.
func checkLines(t testing.TB, err error) {
	t.Helper()
	for _, l := range strings.Split(err.Error(), "\n") {
		if !reProblemLine.MatchString(l) {
			t.Errorf("problem line %q is not file:line: field: message", l)
		}
	}
}

// A valid manager scenario, for reference when reading the cases below: every case is
// a copy of it with one thing broken. Line numbers are written out by hand.
const goodPack = `scenarios:
  - id: pack-good
    act: manager
    duty: budgets
    standard: NCHSE 1.3
    source: "DOMAIN (budget variance)"
    objective: Every fix has a cost somewhere else.
    title: Lab supplies run over
    who: Ana Ruiz, lab manager
    body: The lab is 6% over budget on reagents.
    choices:
      - {label: Freeze orders, effects: {budget_variance: 2, workload: 2}, debrief: Quick but blunt.}
      - {label: Renegotiate, effects: {budget_variance: 1, workload: 4}, debrief: Slow but lasting.}
      - {label: Ask the board, effects: {board_confidence: -3}, debrief: Spends credibility.}
`

func TestPackProblems(t *testing.T) {
	base := builtinContent(t)
	cases := []struct {
		name string
		data string
		want []string // each must start some line of the error
	}{
		{
			name: "yaml syntax error",
			data: `scenarios:
  - id: pack-syntax
    title: [an unclosed list
    act: manager
`,
			// The YAML library reports where the flow list started.
			want: []string{"pack/x.yaml:3: syntax: did not find expected ',' or ']'"},
		},
		{
			name: "a key indented too little",
			data: `scenarios:
  - id: pack-indent
    act: manager
   duty: budgets
`,
			// A parser error: reported where the enclosing list starts.
			want: []string{"pack/x.yaml:2: syntax: did not find expected '-' indicator (in the block that starts on this line"},
		},
		{
			name: "a key indented too much",
			data: `scenarios:
  - id: pack-indent2
    act: manager
      duty: budgets
`,
			want: []string{"pack/x.yaml:4: syntax: mapping values are not allowed in this context"},
		},
		{
			name: "text after a quoted value",
			data: `scenarios:
  - id: pack-quote
    act: manager
    title: "The "big" day"
`,
			// A parser error: reported where the scenario's block starts.
			want: []string{"pack/x.yaml:2: syntax: did not find expected key (in the block that starts on this line"},
		},
		{
			name: "a tab for indentation",
			data: "scenarios:\n  - id: pack-tab\n\tact: manager\n",
			// Reported on the line of the value the tab seems to continue.
			want: []string{"pack/x.yaml:2: syntax: found a tab character that violates indentation"},
		},
		{
			name: "unknown key in a scenario",
			data: `scenarios:
  - id: pack-colour
    act: manager
    colour: red
`,
			want: []string{"pack/x.yaml:4: colour: unknown key (check the spelling; see scenarios/README.md for the keys a scenario takes)"},
		},
		{
			name: "typo inside a choice",
			data: `scenarios:
  - id: pack-typo
    act: manager
    choices:
      - label: Do it
        debreif: Spelled wrong.
`,
			want: []string{"pack/x.yaml:6: debreif: unknown key (check the spelling; see scenarios/README.md for the keys a choice takes)"},
		},
		{
			name: "typo inside skilled and later",
			data: `scenarios:
  - id: pack-typo2
    choices:
      - label: Do it
        skilled: {skill: finance, minimum: 3}
        later:
          - in_week: 2
`,
			want: []string{
				"pack/x.yaml:5: minimum: unknown key (check the spelling; see scenarios/README.md for the keys a skilled: block takes)",
				"pack/x.yaml:7: in_week: unknown key (check the spelling; see scenarios/README.md for the keys a later: item takes)",
			},
		},
		{
			name: "unknown language",
			data: `scenarios:
  - id: pack-lang
    title: {en: Hello, fr: Bonjour}
`,
			want: []string{`pack/x.yaml:3: syntax: unknown language "fr" (use en or es)`},
		},
		{
			name: "wrong kind of value",
			data: `scenarios:
  - id: pack-kind
    fact:
      text: A fact.
      source: Somebody
      year: last year
`,
			want: []string{"pack/x.yaml:6: value: wrong kind of value: !!str `last year` into int"},
		},
		{
			name: "missing required fields",
			data: `scenarios:
  - id: pack-empty
    act: manager
    choices:
      - {label: A, effects: {workload: 1}}
      - {label: B, effects: {workload: 1}, debrief: D}
      - {label: C, effects: {workload: 1}, debrief: D}
`,
			want: []string{
				"pack/x.yaml:2: title: missing text",
				"pack/x.yaml:2: body: missing text",
				"pack/x.yaml:2: objective: missing text",
				"pack/x.yaml:2: who: missing text",
				"pack/x.yaml:2: duty: missing: name the profile duty",
				"pack/x.yaml:2: standard: missing: give the NCHSE foundation standard",
				"pack/x.yaml:2: source: missing: name the part of the profile",
				"pack/x.yaml:5: debrief: missing text",
			},
		},
		{
			name: "missing id and act",
			data: `scenarios:
  - title: No id here
    body: B
`,
			want: []string{
				"pack/x.yaml:2: id: missing: every scenario needs an id",
				`pack/x.yaml:2: choices: 0 choices: a scenario needs at least 2`,
			},
		},
		{
			name: "spanish only is not enough",
			data: `scenarios:
  - id: pack-es
    title: {es: Solo en español}
`,
			want: []string{"pack/x.yaml:2: title: missing text"},
		},
		{
			name: "bad id",
			data: `scenarios:
  - id: Pack Bad
`,
			want: []string{`pack/x.yaml:2: id: "Pack Bad": use lower-case letters, digits, - _ or . only`},
		},
		{
			name: "effect on an unknown meter",
			data: `scenarios:
  - id: pack-meter
    act: manager
    duty: budgets
    standard: NCHSE 1.3
    source: DOMAIN
    objective: O
    title: T
    who: W
    body: B
    choices:
      - label: A
        effects:
          workload: 2
          morale: 5
        skilled: {skill: finance, min: 3, effects: {happiness: 1}}
        later:
          - in_weeks: 2
            text: Later.
            effects: {profit: 1}
        debrief: D
      - {label: B, effects: {workload: 1}, debrief: D}
      - {label: C, effects: {workload: 1}, debrief: D}
`,
			want: []string{
				`pack/x.yaml:15: effects: unknown meter "morale"`,
				`pack/x.yaml:16: skilled.effects: unknown meter "happiness"`,
				`pack/x.yaml:20: later.effects: unknown meter "profit"`,
			},
		},
		{
			name: "unknown skill in skilled",
			data: `scenarios:
  - id: pack-skill
    act: manager
    choices:
      - label: A
        skilled:
          skill: charm
          min: 11
`,
			want: []string{
				`pack/x.yaml:7: skilled.skill: unknown skill "charm"`,
				"pack/x.yaml:8: skilled.min: 11: a skill level runs from 1 to 10",
			},
		},
		{
			name: "next points to a missing scenario",
			data: `scenarios:
  - id: pack-next
    act: manager
    duty: budgets
    standard: NCHSE 1.3
    source: DOMAIN
    objective: O
    title: T
    who: W
    body: B
    choices:
      - label: A
        debrief: D
        next: pack-follow-up
      - {label: B, debrief: D}
      - {label: C, debrief: D, next: pack-next}
`,
			want: []string{
				`pack/x.yaml:14: next: unknown scenario "pack-follow-up"`,
				"pack/x.yaml:16: next: a scenario cannot lead to itself",
			},
		},
		{
			name: "duplicate id inside the pack",
			data: `scenarios:
  - id: pack-twice
    act: manager
  - id: other
    act: manager
  - id: pack-twice
    act: manager
`,
			want: []string{`pack/x.yaml:6: id: duplicate scenario id "pack-twice" (also at pack/x.yaml:2)`},
		},
		{
			name: "duplicate of a built-in id",
			data: `scenarios:
  - id: budget-q1-overrun
    act: manager
`,
			want: []string{`pack/x.yaml:2: id: duplicate scenario id "budget-q1-overrun" (also at manager/core.yaml:6)`},
		},
		{
			name: "meter test outside its range",
			data: `scenarios:
  - id: pack-range
    act: manager
    when:
      meters:
        board_confidence: "> 150"
        ed_minutes: "< 30"
`,
			want: []string{
				"pack/x.yaml:6: when.meters: impossible condition: board_confidence > 150, but it runs from 0 to 100",
				"pack/x.yaml:7: when.meters: impossible condition: ed_minutes < 30, but it runs from 60 to 600",
			},
		},
		{
			name: "skill test outside its range",
			data: `scenarios:
  - id: pack-skill-range
    act: manager
    when:
      skills: {finance: "> 10"}
`,
			want: []string{"pack/x.yaml:5: when.skills: impossible condition: finance > 10, but skills run from 0 to 10"},
		},
		{
			name: "week_min after week_max",
			data: `scenarios:
  - id: pack-weeks
    act: manager
    when:
      week_max: 2
      week_min: 5
`,
			want: []string{"pack/x.yaml:6: when.week_min: impossible condition: week_min 5 is after week_max 2"},
		},
		{
			name: "week past the year",
			data: `scenarios:
  - id: pack-week-53
    act: manager
    when:
      week_min: 60
`,
			want: []string{"pack/x.yaml:4: when.week: weeks run from 1 to 52"},
		},
		{
			name: "weeks outside the manager act",
			data: `scenarios:
  - id: pack-school-week
    act: school
    when:
      week_min: 2
`,
			want: []string{"pack/x.yaml:5: when.week_min: weeks only count in the manager's job (act: manager)"},
		},
		{
			name: "a flag nothing sets",
			data: `scenarios:
  - id: pack-flag
    act: manager
    when:
      flags:
        - course:bookkeeping
        - course:bookkeepng
      not_flags: [no-such-flag]
`,
			want: []string{
				`pack/x.yaml:7: when.flags: impossible condition: nothing in the content sets flag "course:bookkeepng"`,
				`pack/x.yaml:8: when.not_flags: nothing in the content sets flag "no-such-flag"`,
			},
		},
		{
			name: "a flag required and forbidden",
			data: `scenarios:
  - id: pack-both
    act: manager
    when:
      flags: [role:generalist]
      not_flags: [role:generalist]
`,
			want: []string{`pack/x.yaml:5: when.flags: impossible condition: "role:generalist" is both required and forbidden`},
		},
		{
			name: "a flag the pack itself sets is fine, after: must exist",
			data: `scenarios:
  - id: pack-after
    act: manager
    when:
      flags: [pack-flag-set]
      after: [pack-after, no-such-scenario]
    choices:
      - {label: A, set: [pack-flag-set]}
`,
			want: []string{
				"pack/x.yaml:6: when.after: impossible condition: a scenario cannot follow itself",
				`pack/x.yaml:6: when.after: unknown scenario "no-such-scenario"`,
			},
		},
		{
			name: "bad comparison strings",
			data: `scenarios:
  - id: pack-compare
    act: manager
    when:
      meters:
        overtime: "about 5"
        denial_rate: ">= lots"
      skills:
        finance: "4"
`,
			want: []string{
				`pack/x.yaml:6: when.meters: "about 5": expected a test like ">= 12" (one of >= <= == != > <)`,
				`pack/x.yaml:7: when.meters: ">= lots": expected a number after >=`,
				`pack/x.yaml:9: when.skills: "4": expected a test like ">= 12"`,
			},
		},
		{
			name: "unknown meter and skill in when",
			data: `scenarios:
  - id: pack-when-names
    act: manager
    when:
      meters: {morale: ">= 3"}
      skills: {charm: ">= 3"}
`,
			want: []string{
				`pack/x.yaml:5: when.meters: unknown meter "morale"`,
				`pack/x.yaml:6: when.skills: unknown skill "charm"`,
			},
		},
		{
			name: "too few choices for a manager",
			data: `scenarios:
  - id: pack-two
    act: manager
    duty: budgets
    standard: NCHSE 1.3
    source: DOMAIN
    objective: O
    title: T
    who: W
    body: B
    choices:
      - {label: A, effects: {workload: 1}, debrief: D}
      - {label: B, effects: {workload: 2}, debrief: D}
`,
			want: []string{"pack/x.yaml:2: choices: 2 choices: a manager scenario needs at least 3, with no single obviously right one"},
		},
		{
			name: "meter effect and delayed effect at school",
			data: `scenarios:
  - id: pack-school
    act: school
    duty: career
    standard: NCHSE 4
    source: Profile
    objective: O
    title: T
    who: W
    body: B
    choices:
      - label: A
        effects: {overtime: 1, stress: 5, finance: 1}
        debrief: D
        later:
          - {in_weeks: 0, text: Later., effects: {finance: 1}}
      - {label: B, effects: {communication: 1}, debrief: D}
`,
			want: []string{
				`pack/x.yaml:13: effects: "overtime" is a facility meter, and the facility only exists in the manager's weeks (act: manager)`,
				"pack/x.yaml:16: later: delayed effects only land in the manager's weeks (act: manager)",
				"pack/x.yaml:16: later.in_weeks: a delayed effect lands 1 or more weeks later",
			},
		},
		{
			name: "unknown act, duty, role and setting",
			data: `scenarios:
  - id: pack-names
    act: boss
    duty: golf
    roles: [generalist, ceo]
    settings:
      - hospital
      - spaceship
`,
			want: []string{
				`pack/x.yaml:3: act: "boss": use school, college, job or manager`,
				`pack/x.yaml:4: duty: unknown duty "golf"`,
				`pack/x.yaml:5: roles: unknown role "ceo"`,
				`pack/x.yaml:8: settings: unknown setting "spaceship"`,
			},
		},
		{
			name: "fact card without a source or year",
			data: `scenarios:
  - id: pack-fact
    act: manager
    fact:
      text: Nine in ten managers love spreadsheets.
`,
			want: []string{
				"pack/x.yaml:4: fact.source: a fact card must name its source",
				"pack/x.yaml:4: fact.year: a fact card must give the year of its source",
			},
		},
		{
			name: "fact_after with no fact",
			data: `scenarios:
  - id: pack-fact-after
    act: manager
    fact_after: true
`,
			want: []string{"pack/x.yaml:4: fact_after: true, but the scenario has no fact: card"},
		},
		{
			name: "fact_after that is not true or false",
			data: `scenarios:
  - id: pack-fact-after-2
    act: manager
    fact_after: later
`,
			want: []string{"pack/x.yaml:4: value: wrong kind of value"},
		},
		{
			name: "fact card with a silly year and no text",
			data: `scenarios:
  - id: pack-fact-year
    act: manager
    fact: {source: BLS, year: 23}
`,
			want: []string{
				"pack/x.yaml:4: fact.text: missing text",
				"pack/x.yaml:4: fact.year: a fact card must give the year of its source",
			},
		},
		{
			name: "a non-scenarios section",
			data: `skills:
  - id: juggling
    name: Juggling
scenarios: []
facts:
  pay: {text: T, source: S, year: 2023}
`,
			want: []string{
				"pack/x.yaml:1: skills: a teacher pack may only hold scenarios",
				"pack/x.yaml:5: facts: a teacher pack may only hold scenarios",
			},
		},
		{
			name: "an unknown top-level section",
			data: `scenarios: []
senarios: []
`,
			want: []string{"pack/x.yaml:2: senarios: unknown key (check the spelling; see scenarios/README.md for the keys a file (top-level section) takes)"},
		},
		{
			name: "a list instead of sections",
			data: `- id: pack-list
  act: manager
`,
			want: []string{`pack/x.yaml:1: file: expected sections such as "scenarios:" at the top of the file`},
		},
		{
			name: "an empty file",
			data: "",
			want: []string{"pack/x.yaml:1: file: the file is empty"},
		},
		{
			name: "a file of blank lines",
			data: "\n   \n\t\n",
			want: []string{"pack/x.yaml:1: file: the file is empty"},
		},
		{
			name: "a file of comments only",
			data: "# my pack\n# nothing yet\n",
			want: []string{`pack/x.yaml:1: file: expected sections such as "scenarios:" at the top of the file`},
		},
		{
			name: "a key with a line break and a colon stays on one line",
			data: `scenarios:
  - id: pack-odd-key
    "a:b": 1
    "c\nd": 2
`,
			want: []string{
				`pack/x.yaml:3: key: "a:b": unknown key`,
				`pack/x.yaml:4: key: "c\nd": unknown key`,
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := WithPack(base, onePack(tc.data))
			if err == nil {
				t.Fatalf("pack loaded (%d scenarios); want problems:\n%s", len(c.Scenarios), strings.Join(tc.want, "\n"))
			}
			if c != nil {
				t.Errorf("content returned along with an error")
			}
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error is %T, want a non-empty Problems", err)
			}
			lines := strings.Split(err.Error(), "\n")
			for _, w := range tc.want {
				found := false
				for _, l := range lines {
					if strings.HasPrefix(l, w) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("no problem starting %q in:\n%v", w, err)
				}
			}
			checkLines(t, err)
		})
	}
}

func TestBuiltinLoadsCleanly(t *testing.T) {
	c := builtinContent(t)
	if len(c.Scenarios) == 0 {
		t.Fatal("no built-in scenarios")
	}
	for _, sc := range c.Scenarios {
		if sc.File == "" || sc.Line < 1 {
			t.Errorf("scenario %q has no position (%q:%d)", sc.ID, sc.File, sc.Line)
		}
		if c.Scenario(sc.ID) != sc {
			t.Errorf("scenario %q is not indexed", sc.ID)
		}
	}
	for _, a := range game.Acts {
		if c.ActDef(a) == nil {
			t.Errorf("no act card for %q", a)
		}
	}
	// A nil or empty pack changes nothing.
	for _, pack := range [][]PackFile{nil, {}} {
		got, err := WithPack(c, pack)
		if err != nil {
			t.Fatalf("empty pack: %v", err)
		}
		if len(got.Scenarios) != len(c.Scenarios) {
			t.Errorf("empty pack changed the scenario count: %d, want %d", len(got.Scenarios), len(c.Scenarios))
		}
	}
}

func TestValidPackAddsScenarios(t *testing.T) {
	base := builtinContent(t)
	n := len(base.Scenarios)
	second := `# a second file, in Spanish too, chained from the first
scenarios:
  - id: pack-follow-up
    act: manager
    duty: budgets
    standard: NCHSE 1.3
    source: "DOMAIN (budget variance)"
    objective: {en: Follow through., es: Dar seguimiento.}
    title: {en: The lab again, es: El laboratorio otra vez}
    who: Ana Ruiz, lab manager
    body: Reagent costs are still high.
    when:
      flags: [pack-froze]
      meters: {budget_variance: ">= -30"}
      skills: {finance: ">= 2"}
      week_min: 2
      week_max: 4
    choices:
      - {label: A, effects: {budget_variance: 1}, debrief: D}
      - {label: B, effects: {workload: 1}, debrief: D, later: [{in_weeks: 1, text: T, effects: {board_confidence: 1}}]}
      - {label: C, effects: {stress: 2}, skilled: {skill: finance, min: 4, effects: {budget_variance: 1}, note: N}, debrief: D}
`
	first := strings.Replace(goodPack, "debrief: Quick but blunt.}", "debrief: Quick but blunt., set: [pack-froze], next: pack-follow-up}", 1)
	c, err := WithPack(base, []PackFile{
		{Name: "pack/a.yaml", Data: []byte(first)},
		{Name: "pack/b.yaml", Data: []byte(second)},
	})
	if err != nil {
		t.Fatalf("valid pack: %v", err)
	}
	if len(c.Scenarios) != n+2 {
		t.Fatalf("%d scenarios, want %d", len(c.Scenarios), n+2)
	}
	if len(base.Scenarios) != n || base.Scenario("pack-good") != nil {
		t.Errorf("WithPack changed the base content")
	}
	for id, want := range map[string]string{"pack-good": "pack/a.yaml:2", "pack-follow-up": "pack/b.yaml:3"} {
		sc := c.Scenario(id)
		if sc == nil {
			t.Fatalf("pack scenario %q not found", id)
		}
		if got := fmt.Sprintf("%s:%d", sc.File, sc.Line); got != want {
			t.Errorf("%s at %s, want %s", id, got, want)
		}
	}
	if got := c.Scenario("pack-follow-up").Title.In("es"); got != "El laboratorio otra vez" {
		t.Errorf("Spanish title %q", got)
	}
	if c.Scenario("budget-q1-overrun") == nil {
		t.Errorf("built-in scenarios lost")
	}
}

func TestProblemsSorted(t *testing.T) {
	base := builtinContent(t)
	b := `scenarios:
  - id: pack-b
    act: manager
    when:
      skills: {finance: "> 10"}
`
	a := `scenarios:
  - id: pack-a
    act: boss
  - id: pack-a2
    act: manager
    fact: {text: T}
`
	_, err := WithPack(base, []PackFile{
		{Name: "pack/b.yaml", Data: []byte(b)},
		{Name: "pack/c.yaml", Data: []byte("scenarios: [\n")},
		{Name: "pack/a.yaml", Data: []byte(a)},
	})
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want Problems, got %v", err)
	}
	if !sort.SliceIsSorted(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	}) {
		t.Errorf("problems not sorted by file and line:\n%v", err)
	}
	files := map[string]bool{}
	for _, p := range ps {
		files[p.File] = true
	}
	for _, f := range []string{"pack/a.yaml", "pack/b.yaml", "pack/c.yaml"} {
		if !files[f] {
			t.Errorf("no problem reported for %s:\n%v", f, err)
		}
	}
	if ps[0].File != "pack/a.yaml" || ps[len(ps)-1].File != "pack/c.yaml" {
		t.Errorf("first %s, last %s", ps[0].File, ps[len(ps)-1].File)
	}
	// Sorted does not reorder its receiver.
	shuffled := Problems{{"b", 2, "f", "m"}, {"a", 9, "f", "m"}, {"a", 1, "f", "m"}}
	got := shuffled.Sorted()
	if got[0].Line != 1 || got[1].Line != 9 || got[2].File != "b" || shuffled[0].File != "b" {
		t.Errorf("Sorted: %v (receiver %v)", got, shuffled)
	}
}

// TestNeverPanics feeds odd inputs: each must give content or problems, never a panic.
func TestNeverPanics(t *testing.T) {
	base := builtinContent(t)
	inputs := []string{
		"scenarios: 5\n",
		"scenarios:\n  - 3\n",
		"scenarios:\n  - null\n",
		"scenarios: ~\n",
		"scenarios:\n  - id: x\n    choices: [{skilled: 3}]\n",
		"scenarios:\n  - id: x\n    choices: [~, 1, [a]]\n",
		"scenarios:\n  - id: x\n    when: 7\n",
		"scenarios:\n  - id: x\n    when: {meters: {overtime: [1, 2]}}\n",
		"scenarios:\n  - id: x\n    title: {en: [a]}\n",
		"scenarios:\n  - id: x\n    title: [a]\n",
		"scenarios:\n  - id: x\n    title: &t {en: a}\n    body: *t\n",
		"scenarios:\n  - &s {id: x, act: manager}\n  - *s\n",
		"scenarios:\n  - id: x\n    <<: {act: manager}\n",
		"a: &a [*a]\n",
		"scenarios: &a [*a]\n",
		"scenarios:\n  - id: x\n    id: y\n",
		"scenarios:\n  - id: x\n    act: \"a\\nb\"\n    choices: [{label: \"\\n\", next: \"\\n\"}]\n",
		"scenarios:\n  - id: x\n    act: manager\n    when: {meters: {overtime: \"> 99\\n\"}, week_min: -4}\n",
		"---\nscenarios: []\n---\nskills: []\n",
		"\x00",
		"\xff\xfe",
		"{",
		"[",
		"'",
		"scenarios:\n\t- id: x\n",
		"? [a, b]\n: c\n",
		"!!binary aGVsbG8=\n",
		"scenarios: !!map {}\n",
		"scenarios:\n  - !!str x\n",
		"scenarios:\n  - id: x\n    weight: 1e400\n",
		"scenarios:\n  - id: x\n    choices: [{effects: {workload: .nan}}]\n",
		"scenarios:\n  - id: x\n    when: {week_min: 99999999999999999999}\n",
	}
	for i, in := range inputs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic on %q: %v", in, r)
				}
			}()
			c, err := WithPack(base, onePack(in))
			if err == nil {
				if c == nil {
					t.Fatalf("no content and no error for %q", in)
				}
				return
			}
			checkLines(t, err)
		})
	}
}

func TestReadPackDir(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadPackDir(dir); err == nil || !strings.Contains(err.Error(), "no .yaml files") {
		t.Errorf("empty folder: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(goodPack), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not YAML"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := ReadPackDir(dir)
	if err != nil || len(files) != 1 || files[0].Name != filepath.Join(dir, "a.yaml") {
		t.Fatalf("ReadPackDir: %v %v", files, err)
	}
	if _, err := WithPack(builtinContent(t), files); err != nil {
		t.Errorf("the reference pack does not load: %v", err)
	}
	one, err := ReadPackDir(filepath.Join(dir, "a.yaml"))
	if err != nil || len(one) != 1 {
		t.Errorf("one file: %v %v", one, err)
	}
	if _, err := ReadPackDir(filepath.Join(dir, "missing")); err == nil {
		t.Errorf("a missing folder gave no error")
	}
}

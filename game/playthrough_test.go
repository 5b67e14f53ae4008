package game_test

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// A full play-through, read the way a player reads it: every screen's words rendered
// in English, in order, beside the state they describe. These tests guard issue 10,
// "the text never contradicts the play".

// shownLine is one rendered line of a career and where it came from.
type shownLine struct {
	where string // the screen's title, for the failure message
	text  string
}

// career is one rendered career: every line shown, every screen title seen, and the
// "because" lines of delayed consequences with the cause they quote.
type career struct {
	lines    []shownLine
	titles   map[string]bool
	causes   []shownLine     // the rendered cause of each "because" line
	setting  string          // where the career was run (a policy aims, offers decide)
	outcomes [][]game.Line   // each result's lines, unrendered, in order
	results  []game.Line     // each result's title, beside outcomes
	screens  []string        // the screen each result answered, beside outcomes
	changes  [][]game.Change // each result's meter changes, beside outcomes
	seen     []seenScenario  // the scenarios shown, in order, with the state beside them
	who      []shownLine     // each "who" line shown, with the screen it came with
}

// seenScenario is one scenario screen and what the state held when it was shown.
type seenScenario struct {
	id    string
	at    int     // how many results came before it
	hipaa float64 // open HIPAA gaps on the dashboard
}

// playCareer plays one career aimed at role in setting, rendering what each screen shows.
func playCareer(t *testing.T, c *game.Content, cat game.Catalog, setting, role string, seed int64) career {
	t.Helper()
	r := func(l game.Line) string { return strings.TrimSpace(l.Render("en", cat)) }
	s := game.NewSession(c, game.Options{Name: "Ana", Seed: seed})
	policy := game.AimFor(role, setting)
	out := career{titles: map[string]bool{}}
	screen := "" // the title of the last screen that was not a result
	for n := 0; n < 4000; n++ {
		st := s.Step()
		if st.Kind == game.StepReport {
			break
		}
		title := r(st.Title)
		out.titles[title] = true
		if st.Kind != game.StepOutcome {
			screen = title
		}
		if st.Kind == game.StepScenario && st.Scenario != nil && (len(out.seen) == 0 || out.seen[len(out.seen)-1].id != st.Scenario.ID) {
			out.seen = append(out.seen, seenScenario{st.Scenario.ID, len(out.outcomes), s.View().Meter(game.HIPAAGaps)})
		}
		add := func(l game.Line) {
			if txt := r(l); txt != "" {
				out.lines = append(out.lines, shownLine{title, txt})
			}
		}
		add(st.Title)
		add(st.Who)
		if w := r(st.Who); w != "" {
			out.who = append(out.who, shownLine{title, w})
		}
		add(st.Body)
		for _, o := range st.Options {
			if st.Kind == game.StepWeek && o.ID != "" {
				// the inbox names who brings each item
				if w := r(o.Detail); w != "" {
					out.who = append(out.who, shownLine{r(o.Label), w})
				}
			}
			out.titles[r(o.Label)] = true
			add(o.Label)
			add(o.Detail)
		}
		if o := st.Outcome; o != nil && (len(out.outcomes) == 0 || !sameLines(out.outcomes[len(out.outcomes)-1], o.Lines)) {
			out.outcomes = append(out.outcomes, o.Lines)
			out.changes = append(out.changes, o.Changes)
			out.results = append(out.results, o.Title)
			out.screens = append(out.screens, screen)
		}
		if o := st.Outcome; o != nil {
			for _, l := range o.Lines {
				add(l)
				if l.Key == "later.because" && len(l.Parts) > 0 {
					out.causes = append(out.causes, shownLine{r(l), r(l.Parts[0])})
				}
			}
			for _, l := range o.Later {
				add(l)
			}
		}
		more, err := s.Act1(policy)
		if err != nil {
			t.Fatalf("%s/%s seed %d: step %d: %v", setting, role, seed, n, err)
		}
		if !more {
			break
		}
	}
	out.setting = s.View().Setting()
	return out
}

// notIn lists, per workplace, words that belong to a hospital (or to another kind of
// workplace) and so contradict the setting the player runs. Each rule names why.
var notIn = []struct {
	settings []string
	re       *regexp.Regexp
	why      string
}{
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)intensive care|\bICU\b`), "this workplace has no intensive care unit"},
	{[]string{"practice", "clinic", "gov-agency", "mco", "rehab"}, regexp.MustCompile(`(?i)hospital margins`), "the facility is not a hospital"},
	{[]string{"practice", "clinic", "gov-agency", "mco", "rehab"}, regexp.MustCompile(`(?i)\bCHNA\b|community health needs assessment`), "a CHNA binds hospital facilities only"},
	{[]string{"practice", "mco"}, regexp.MustCompile(`(?i)community assessment`), "a practice or a health plan does no community assessment"},
	{[]string{"practice", "mco", "gov-agency"}, regexp.MustCompile(`(?i)main campus|three satellites`), "this workplace has no main campus with satellites"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)on the unit\b|each unit's|one unit\b|12-hour shifts`), "this workplace has no inpatient units or 12-hour nursing shifts"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)generator fails its test|sepsis program`), "a hospital's risk or programme, not this workplace's"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)CT scanner|call-light|surgery department|chief of surgery`), "this workplace has no CT scanner, call lights or surgery department"},
	{[]string{"mco"}, regexp.MustCompile(`(?i)ventilator|operating rooms?\b|restraint use|clean instruments`), "a health plan has no ventilators, operating rooms, restraints or instruments"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)life support and the operating rooms`), "this workplace has no operating rooms"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)one in seven of our claims|best nurses left`), "the interview's denial rate (a hospital's 15%) or nurse losses are not this workplace's"},
	{[]string{"practice", "gov-agency", "mco"}, regexp.MustCompile(`(?i)two defibrillators with missed maintenance`), "this workplace's survey is not a hospital's equipment survey"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)night-shift staff|unit leaders|evacuation of one floor`), "this workplace has no night shift, inpatient units or floors of patients to evacuate"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)transfer the most stable patients`), "this workplace keeps no patients overnight to transfer"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)infections, falls, readmissions|questions about patient falls`), "inpatient quality measures are not this workplace's board measures"},
	{[]string{"practice", "gov-agency", "mco"}, regexp.MustCompile(`(?i)automatic transfer switch`), "this workplace runs no generator of its own"},
	{[]string{"practice", "clinic", "gov-agency", "mco", "rehab"}, regexp.MustCompile(`(?i)under DRG payment|payment the hospital earned`), "DRG payment is a hospital's inpatient payment"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)admissions office`), "this workplace admits no one"},
	{[]string{"practice", "clinic", "gov-agency", "mco"}, regexp.MustCompile(`(?i)ventilator patients|emergency department backs up|your surgeons|admissions clerk|the hospital's insurer`), "a hospital's patients, surgeons or clerks, not this workplace's"},
	{[]string{"mco"}, regexp.MustCompile(`(?i)covers about one patient in five|Nobody told the therapists|what that care costs you`), "a health plan is the insurer, not a provider paid by one"},
	{[]string{"practice", "clinic", "gov-agency", "mco", "rehab", "hospital"}, regexp.MustCompile(`(?i)\d{1,2}:\d\d a\.m\..*tonight`), "a morning incident is not 'tonight'"},
}

// TestPlaythroughWordsFitTheSetting plays careers in every workplace and fails on a
// line whose words contradict the workplace (an ICU in a practice, a main campus at a
// health plan), and on a "because" line that quotes a screen by a title the player
// never saw.
func TestPlaythroughWordsFitTheSetting(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	settings := []string{"practice", "clinic", "gov-agency", "mco", "rehab", "hospital"}
	want := 3 // careers read per workplace
	if testing.Short() {
		want = 1
	}
	for _, setting := range settings {
		for _, role := range []string{"generalist", "clinical-manager", "him-manager"} {
			need := want
			if role != "generalist" {
				need = 1 // a specialist's career reads the same scenes with its own desk
			}
			got := 0
			for seed := int64(1); seed <= 60 && got < need; seed++ {
				cr := playCareer(t, c, cat, setting, role, seed)
				if cr.setting != setting {
					continue // the offers sent this career elsewhere
				}
				got++
				t.Run(fmt.Sprintf("%s/%s/%d", setting, role, seed), func(t *testing.T) {
					for _, l := range cr.lines {
						for _, rule := range notIn {
							if has(rule.settings, setting) && rule.re.MatchString(l.text) {
								t.Errorf("%s, %q: %s:\n  %s", setting, l.where, rule.why, l.text)
							}
						}
					}
					for _, cause := range cr.causes {
						if !cr.titles[cause.text] {
							t.Errorf("%s: a later consequence quotes %q, a title the player never saw:\n  %s", setting, cause.text, cause.where)
						}
					}
				})
			}
			if got < need && role == "generalist" {
				t.Errorf("%s: only %d of %d careers landed there in 60 seeds", setting, got, need)
			}
		}
	}
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sameLines(a, b []game.Line) bool {
	return fmt.Sprint(a) == fmt.Sprint(b)
}

// TestPlaythroughCountsMatchTheirLists plays careers in every workplace and checks
// that a result which counts things lists that many: "The auditors wrote 3 finding(s)"
// is followed by three findings, not the first two.
func TestPlaythroughCountsMatchTheirLists(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	seen := 0
	for _, setting := range []string{"hospital", "practice", "clinic", "gov-agency", "mco", "rehab"} {
		for seed := int64(1); seed <= 4; seed++ {
			cr := playCareer(t, c, cat, setting, "generalist", seed)
			for _, lines := range cr.outcomes {
				said, listed := -1, 0
				for _, l := range lines {
					switch {
					case l.Key == "sys.budget.out.audit_findings" && len(l.Args) > 0:
						fmt.Sscan(game.FormatArg(l.Args[0], cat), &said)
					case strings.HasPrefix(l.Key, "sys.budget.audit."):
						listed++
					}
				}
				if said >= 0 {
					seen++
					if said != listed {
						t.Errorf("%s seed %d: the audit says %d finding(s) but lists %d", cr.setting, seed, said, listed)
					}
				}
			}
		}
	}
	if seen == 0 {
		t.Error("no career's audit wrote a finding: the check read nothing")
	}
}

// TestPlaythroughScenariosFitWhatCameBefore plays careers and checks that a scenario
// which describes the state finds it so: Raj's "three open gaps" needs three open gaps
// on the dashboard, and the unencrypted laptop by the satellite's back door cannot be
// discovered again after an inspection fixed it or let it be stolen, and the site
// manager who calls "after your visit" waits for one.
func TestPlaythroughScenariosFitWhatCameBefore(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	for _, setting := range []string{"hospital", "rehab", "practice", "clinic", "gov-agency"} {
		for seed := int64(1); seed <= 8; seed++ {
			cr := playCareer(t, c, cat, setting, "generalist", seed)
			for _, sc := range cr.seen {
				if sc.id == "hipaa-safeguard-audit" && sc.hipaa < 3 {
					t.Errorf("%s seed %d: %q says three open gaps, the dashboard shows %v", cr.setting, seed, sc.id, sc.hipaa)
				}
				if sc.id == "emg-water-main" && anyTitle(cr, "sys.emergency.out.title.water") {
					t.Errorf("%s seed %d: a second boil-water emergency in one career", cr.setting, seed)
				}
				if sc.id == "sat-site-manager" && !anyKey(cr.outcomes[:sc.at], "sys.satellite.out.summary") {
					t.Errorf("%s seed %d: %q begins \"after your visit\" before any satellite visit", cr.setting, seed, sc.id)
				}
				if sc.id != "sat-laptop-back-door" {
					continue
				}
				for _, lines := range cr.outcomes[:sc.at] {
					for _, l := range lines {
						if l.Key == "sys.satellite.miss.laptop" || l.Key == "sys.satellite.fix.laptop" {
							t.Errorf("%s seed %d: the back-door laptop is found again after an inspection had it (%s)", cr.setting, seed, l.Key)
						}
					}
				}
			}
		}
	}
}

// anyKey reports whether any of the results showed a line with the catalog key.
func anyKey(outcomes [][]game.Line, key string) bool {
	for _, lines := range outcomes {
		for _, l := range lines {
			if l.Key == key {
				return true
			}
		}
	}
	return false
}

// TestPlaythroughNumbersMatchTheChanges plays careers in every workplace and checks a
// result's numbers against the change lines printed under it: the billing desk's
// "the denial rate drops 3.8 points" and the contract's "adds 1.5 points back" must
// add up to the denial-rate change the dashboard shows.
func TestPlaythroughNumbersMatchTheChanges(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	num := func(a string) float64 {
		var v float64
		fmt.Sscan(strings.ReplaceAll(game.FormatArg(a, cat), ",", ""), &v)
		return v
	}
	checked := 0
	for _, setting := range []string{"hospital", "practice", "clinic", "gov-agency", "mco", "rehab"} {
		for seed := int64(1); seed <= 6; seed++ {
			cr := playCareer(t, c, cat, setting, "generalist", seed)
			for i, lines := range cr.outcomes {
				said, billing := 0.0, false
				for _, l := range lines {
					switch {
					case strings.Contains(l.Key, ".out.fixed_many") && len(l.Args) > 2:
						said -= num(l.Args[2])
					case strings.Contains(l.Key, ".out.fixed.") && len(l.Args) > 1:
						said -= num(l.Args[1])
					case strings.HasPrefix(l.Key, "sys.billing.") && strings.HasSuffix(l.Key, ".out.contract_denials"):
						said += num(l.Args[0])
					default:
						continue
					}
					billing = true
				}
				if !billing {
					continue
				}
				got := 0.0
				for _, ch := range cr.changes[i] {
					if ch.Target == game.DenialRate {
						got += ch.Delta
					}
				}
				checked++
				if math.Abs(said-got) > 0.15 {
					t.Errorf("%s seed %d: the billing result says the denial rate moves %+.1f, the change line shows %+.2f", cr.setting, seed, said, got)
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no billing result named a denial-rate move: the check read nothing")
	}
}

// TestPlaythroughOnePersonOneJob plays careers in every workplace and fails when the
// same person appears with two different jobs in one career (the CFO who is also the
// scheduling lead, the CEO who is also the chief of surgery).
func TestPlaythroughOnePersonOneJob(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	title := regexp.MustCompile(`^(Dr\.|Mr\.|Ms\.|Mrs\.)\s+`)
	for _, setting := range []string{"hospital", "practice", "clinic", "gov-agency", "mco", "rehab"} {
		for seed := int64(1); seed <= 6; seed++ {
			cr := playCareer(t, c, cat, setting, "generalist", seed)
			jobs := map[string]shownLine{}
			for _, w := range cr.who {
				name, job, ok := strings.Cut(w.text, ", ")
				if !ok {
					continue
				}
				name = title.ReplaceAllString(name, "")
				prev, seen := jobs[name]
				if !seen {
					jobs[name] = shownLine{w.where, job}
					continue
				}
				if !strings.HasPrefix(job, prev.text) && !strings.HasPrefix(prev.text, job) {
					t.Errorf("%s seed %d: %s is %q on %q but %q on %q", cr.setting, seed, name, prev.text, prev.where, job, w.where)
				}
			}
		}
	}
}

// anyTitle reports whether a result of the career had the catalog key as its title.
func anyTitle(cr career, key string) bool {
	for _, l := range cr.results {
		if l.Key == key {
			return true
		}
	}
	return false
}

// TestPlaythroughEmergencyClockFitsItsTitle plays careers in every workplace and checks
// the emergency desk's clock against its title: "in office hours" or "in clinic hours"
// must start in the working day, "at night" before dawn, "before the clinic opens"
// before opening.
func TestPlaythroughEmergencyClockFitsItsTitle(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	checked := 0
	for _, setting := range []string{"hospital", "practice", "clinic", "gov-agency", "mco", "rehab"} {
		for seed := int64(1); seed <= 4; seed++ {
			cr := playCareer(t, c, cat, setting, "generalist", seed)
			for i, lines := range cr.outcomes {
				hour := -1
				for _, l := range lines {
					if strings.HasPrefix(l.Key, "sys.emergency.step.") && len(l.Args) > 1 {
						fmt.Sscanf(l.Args[1], "%d:", &hour)
						break
					}
				}
				if hour < 0 {
					continue
				}
				for _, l := range lines {
					if strings.HasPrefix(l.Key, "sys.emergency.step.") && len(l.Args) > 0 && game.FormatArg(l.Args[0], cat) == "1" && strings.Contains(l.Render("en", cat), "but late") {
						t.Errorf("%s seed %d: the first move is called late: %s", cr.setting, seed, l.Render("en", cat))
					}
				}
				checked++
				screen := strings.ToLower(cr.screens[i])
				day := hour >= 8 && hour < 18 // the step lines say a.m.: 8-11 here
				switch {
				case strings.Contains(screen, "hours") && !day:
					t.Errorf("%s seed %d: %q, but the first step is at %d a.m.", cr.setting, seed, cr.screens[i], hour)
				case strings.Contains(screen, "night") && hour >= 6 && hour != 12:
					t.Errorf("%s seed %d: %q, but the first step is at %d a.m.", cr.setting, seed, cr.screens[i], hour)
				case strings.Contains(screen, "before") && hour >= 8 && hour != 12:
					t.Errorf("%s seed %d: %q, but the first step is at %d a.m.", cr.setting, seed, cr.screens[i], hour)
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no emergency result was read")
	}
}

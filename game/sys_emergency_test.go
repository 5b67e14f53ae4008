package game_test

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// openEmergencySys opens the emergency desk in a hospital (the desk these tests
// score: life support, backup power, ambulances); openEmergencyAt opens it elsewhere.
func openEmergencySys(t *testing.T, seed int64) *game.Session {
	t.Helper()
	return openEmergencyAt(t, seed, "hospital")
}

// openEmergencyAt plays a run with seed to its emergency desk and deals the desk
// again as it opens in setting.
func openEmergencyAt(t *testing.T, seed int64, setting string) *game.Session {
	t.Helper()
	s := openDuty(t, seed, game.SysEmergency)
	if s.St().Setting == setting {
		return s
	}
	s.St().Setting = setting
	s.St().Sys.Emergency = nil
	game.OpenDesk(s, game.SysEmergency)
	return s
}

func pickAll(t *testing.T, s *game.Session, actions ...string) {
	t.Helper()
	for _, a := range actions {
		if err := s.Do(game.EmergencyPick{Action: a}); err != nil {
			t.Fatalf("pick %s: %v", a, err)
		}
	}
}

func TestEmergencyRightFirstActionScoresBetter(t *testing.T) {
	for seed := int64(1); seed <= 6; seed++ {
		type result struct {
			score        int
			sat, board   float64
			firstLineKey string
		}
		play := func(first string) result {
			s := openEmergencySys(t, seed)
			rest := []string{game.EmgPower, game.EmgStaff, game.EmgNotify, game.EmgSpeaker}
			pickAll(t, s, append([]string{first}, rest...)...)
			_, _, _, total, _ := s.St().Sys.Emergency.Score()
			sat, board := s.St().Facility.Meters[game.PatientSatisfied], s.St().Facility.Meters[game.BoardConfidence]
			if err := s.FinishSystem(); err != nil {
				t.Fatal(err)
			}
			return result{total, s.St().Facility.Meters[game.PatientSatisfied] - sat, s.St().Facility.Meters[game.BoardConfidence] - board, lineWithPrefix(s.St().Outcome.Lines, "sys.emergency.out.first.").Key}
		}
		for _, good := range []string{game.EmgLife, game.EmgPlan} {
			right, wrong := play(good), play(game.EmgDocument)
			if right.score <= wrong.score {
				t.Errorf("seed %d: %s first scored %d, documenting first %d", seed, good, right.score, wrong.score)
			}
			if right.sat <= wrong.sat {
				t.Errorf("seed %d: patient satisfaction %+.1f with %s first, %+.1f documenting first", seed, right.sat, good, wrong.sat)
			}
			if right.firstLineKey != "sys.emergency.out.first.right" || wrong.firstLineKey != "sys.emergency.out.first.wrong" {
				t.Errorf("seed %d: first-move verdicts %q and %q", seed, right.firstLineKey, wrong.firstLineKey)
			}
		}
	}
}

func TestEmergencyOnCallRaisesWorkloadAndStress(t *testing.T) {
	for _, best := range []bool{true, false} {
		s := openEmergencySys(t, 2)
		d := s.St().Sys.Emergency
		if best {
			// the best possible response still costs a night
			for _, a := range game.EmergencyIdeal(d.Incident) {
				s.Do(game.EmergencyPick{Action: a})
			}
			if _, _, missed, total, top := d.Score(); total != top || len(missed) != 0 {
				t.Fatalf("the ideal order scored %d of %d, missed %v", total, top, missed)
			}
		}
		wl, stress := s.St().Facility.Meters[game.ManagerWorkload], s.St().Player.Stress
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		if s.St().Facility.Meters[game.ManagerWorkload] <= wl || s.St().Player.Stress <= stress {
			t.Errorf("best=%v: on call left workload %.0f→%.0f and stress %d→%d", best, wl, s.St().Facility.Meters[game.ManagerWorkload], stress, s.St().Player.Stress)
		}
	}
	// a poor night is longer than a good one
	cost := func(actions ...string) float64 {
		s := openEmergencySys(t, 2)
		pickAll(t, s, actions...)
		wl := s.St().Facility.Meters[game.ManagerWorkload]
		s.FinishSystem()
		return s.St().Facility.Meters[game.ManagerWorkload] - wl
	}
	s := openEmergencySys(t, 2)
	ideal := game.EmergencyIdeal(s.St().Sys.Emergency.Incident)
	if good, bad := cost(ideal...), cost(game.EmgWait, game.EmgDocument); good >= bad {
		t.Errorf("workload %+.1f after the ideal response, %+.1f after waiting", good, bad)
	}
}

func TestEmergencyOutcomeExplainsEachStep(t *testing.T) {
	// the order below is right for an EHR outage (the plan first): take the first seed
	// that draws one, so the test does not hang on how a seed's road turns out
	var s *game.Session
	for seed := int64(3); seed < 60 && (s == nil || s.St().Sys.Emergency.Incident != game.IncidentEHR); seed++ {
		s = openEmergencySys(t, seed)
	}
	if s.St().Sys.Emergency.Incident != game.IncidentEHR {
		t.Fatal("no seed drew an EHR outage")
	}
	d := s.St().Sys.Emergency
	order := []string{game.EmgPlan, game.EmgWait, game.EmgLife, game.EmgDocument}
	pickAll(t, s, order...)
	times := d.Times()
	if times[0] != game.EmergencyStart || game.EmergencyClock(times[0]) != "2:14" {
		t.Fatalf("the call starts at %s", game.EmergencyClock(times[0]))
	}
	if times[2] <= times[1] {
		t.Fatal("the clock does not move with each move")
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	out := s.St().Outcome
	steps := 0
	for _, l := range out.Lines {
		if len(l.Key) > len("sys.emergency.step.") && l.Key[:len("sys.emergency.step.")] == "sys.emergency.step." {
			want := "sys.emergency.step." + order[steps] + "."
			if l.Key[:len(want)] != want {
				t.Errorf("step %d explained by %q, want the %s step", steps+1, l.Key, order[steps])
			}
			if l.Args[0] != game.NumArg(float64(steps+1), 0) || l.Args[1] != game.EmergencyClock(times[steps]) {
				t.Errorf("step %d shows number %s at %s", steps+1, l.Args[0], l.Args[1])
			}
			steps++
		}
	}
	if steps != len(order) {
		t.Fatalf("the debrief explains %d of %d steps: %+v", steps, len(order), out.Lines)
	}
	// waiting costs points and says so
	cat := enCatalog(t)
	waited := false
	for _, l := range out.Lines {
		if l.Key == "sys.emergency.step.wait.off" {
			waited = true
			if len(l.Parts) != 1 || l.Parts[0].Render("en", cat) != "-3" {
				t.Errorf("waiting scored %+v", l.Parts)
			}
		}
	}
	if !waited {
		t.Error("the debrief does not explain the wait")
	}
	// a step that scores shows its sign: "+3"
	// (the steps keep the night's order, whatever their tone)
	if step := lineWithPrefix(out.Lines, "sys.emergency.step."); step.Key != "sys.emergency.step.plan.good" || len(step.Parts) != 1 || step.Parts[0].Render("en", cat) != "+3" {
		t.Errorf("the first step reads %q", step.Render("en", cat))
	}
	if out.Fact == nil || out.Fact.Year != 2017 {
		t.Errorf("the debrief has no CMS rule fact card: %+v", out.Fact)
	}
}

func TestEmergencyMovesAreLimitedAndUndoable(t *testing.T) {
	s := openEmergencySys(t, 4)
	d := s.St().Sys.Emergency
	pickAll(t, s, game.EmergencyActions[:game.EmergencyMoves]...)
	if d.MovesLeft() != 0 {
		t.Fatalf("%d moves left after %d picks", d.MovesLeft(), game.EmergencyMoves)
	}
	if err := s.Do(game.EmergencyPick{Action: game.EmergencyActions[game.EmergencyMoves]}); err != game.ErrNoMovesLeft {
		t.Fatalf("a sixth move was accepted: %v", err)
	}
	// picking a chosen action again takes it out; later moves move up
	second := d.Order[2]
	if err := s.Do(game.EmergencyPick{Action: d.Order[1]}); err != nil {
		t.Fatal(err)
	}
	if len(d.Order) != game.EmergencyMoves-1 || d.Order[1] != second {
		t.Fatalf("taking move 2 out left %v", d.Order)
	}
	if err := s.Do(game.EmergencyUndo{}); err != nil || len(d.Order) != game.EmergencyMoves-2 {
		t.Fatalf("undo: %v, %v", err, d.Order)
	}
	for len(d.Order) > 0 {
		if err := s.Do(game.EmergencyUndo{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Do(game.EmergencyUndo{}); err != game.ErrNoMoveToUndo {
		t.Fatalf("undo with no moves: %v", err)
	}
}

func TestEmergencyIncidentVariesBySetting(t *testing.T) {
	seen := map[string]map[string]bool{}
	for seed := int64(1); seed <= 30; seed++ {
		s := openDuty(t, seed, game.SysEmergency)
		d := s.St().Sys.Emergency
		if seen[s.St().Setting] == nil {
			seen[s.St().Setting] = map[string]bool{}
		}
		seen[s.St().Setting][d.Incident] = true
		if d.Incident == game.IncidentGenerator && !d.Inpatient {
			t.Errorf("seed %d: a generator failure with life support in a %s", seed, s.St().Setting)
		}
		if d.Inpatient != (s.St().Setting == "hospital" || s.St().Setting == "rehab") {
			t.Errorf("seed %d: %s inpatient=%v", seed, s.St().Setting, d.Inpatient)
		}
	}
	kinds := map[string]bool{}
	for _, m := range seen {
		for k := range m {
			kinds[k] = true
		}
	}
	if len(kinds) < 3 {
		t.Errorf("30 runs drew only %v", kinds)
	}
}

func TestEmergencyDoneOnDefaultAndAuto(t *testing.T) {
	s := openEmergencySys(t, 5)
	if err := s.FinishSystem(); err != nil {
		t.Fatalf("Done with no moves: %v", err)
	}
	if lineWithPrefix(s.St().Outcome.Lines, "sys.emergency.out.first.").Key != "sys.emergency.out.first.none" {
		t.Errorf("doing nothing is not explained: %+v", s.St().Outcome.Lines)
	}
	s2 := openEmergencySys(t, 5)
	s2.AutoSystem()
	d := s2.St().Sys.Emergency
	if len(d.Order) != game.EmergencyMoves || !game.FirstRight(d.Order[0]) {
		t.Fatalf("auto response %v", d.Order)
	}
	_, _, _, auto, best := d.Score()
	if auto <= 0 || auto >= best {
		t.Errorf("auto should be middle-of-the-road, scored %d of %d", auto, best)
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatalf("Done after auto: %v", err)
	}
}

func TestEmergencySaveLoadKeepsResponse(t *testing.T) {
	s := openEmergencySys(t, 6)
	pickAll(t, s, game.EmgLife, game.EmgPlan)
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(content(t), data)
	if err != nil {
		t.Fatal(err)
	}
	a, b := s.St().Sys.Emergency, s2.St().Sys.Emergency
	if b == nil || b.Incident != a.Incident || len(b.Order) != 2 || b.Order[1] != game.EmgPlan || b.Week != a.Week {
		t.Fatalf("the response changed in the save: %+v", b)
	}
	// leaving and coming back keeps the incident and the moves
	s2.LeaveSystem()
	for i, in := range s2.St().Inbox {
		if in.System == game.SysEmergency {
			s2.Choose(i)
		}
	}
	if s2.St().Sys.Emergency.Incident != a.Incident || len(s2.St().Sys.Emergency.Order) != 2 {
		t.Fatal("re-opening the screen lost the work")
	}
}

func TestEmergencyStringsExist(t *testing.T) {
	cat := enCatalog(t)
	for _, inc := range []string{game.IncidentStorm, game.IncidentGenerator, game.IncidentStaff, game.IncidentEHR} {
		for _, in := range []bool{true, false} {
			d := &game.EmergencyDrill{Incident: inc, Inpatient: in, Hospital: in}
			if inc == game.IncidentGenerator && !in {
				continue
			}
			keys := []string{d.BodyKey(), "sys.emergency.incident." + inc + ".title", "sys.emergency.out.title." + inc}
			for _, a := range game.EmergencyActions {
				keys = append(keys, d.ActionKey(a))
			}
			for _, k := range keys {
				if cat[k] == "" {
					t.Errorf("%s: no string %q", inc, k)
				}
			}
		}
	}
	// every order of the key actions, and every other action, is explained
	for seed := int64(1); seed <= 12; seed++ {
		s := openEmergencySys(t, seed)
		d := s.St().Sys.Emergency
		ideal := game.EmergencyIdeal(d.Incident)
		order := append([]string{}, game.EmergencyActions[int(seed)%len(game.EmergencyActions)])
		for i := len(ideal) - 1; i >= 0 && len(order) < game.EmergencyMoves; i-- {
			if ideal[i] != order[0] {
				order = append(order, ideal[i])
			}
		}
		pickAll(t, s, order...)
		checkKeys(t, cat, fmt.Sprintf("seed %d (%s, %v)", seed, d.Incident, order), finishEmitted(t, s)...)
	}
}

func TestEmergencyViewIsACopyAndForecastFollowsTheResponse(t *testing.T) {
	s := openEmergencySys(t, 7)
	pickAll(t, s, game.EmgLife, game.EmgPlan)
	d := s.St().Sys.Emergency
	desk, ok := s.View().EmergencyDesk()
	if !ok || desk.Incident != d.Incident || len(desk.Order) != 2 {
		t.Fatalf("the view's desk is not the drill: %+v", desk)
	}
	desk.Order[0] = game.EmgWait
	if d.Order[0] != game.EmgLife {
		t.Fatal("changing the view's desk changed the run")
	}
	f := s.View().EmergencyForecast()
	times := d.Times()
	if f.Used != 2 || f.Left != game.EmergencyMoves-2 || f.Moves != game.EmergencyMoves || !f.CanUndo ||
		len(f.Times) != 2 || f.Times[1] != times[1] || f.Now != times[2] {
		t.Fatalf("forecast %+v for times %v", f, times)
	}
	for i, a := range game.EmergencyActions {
		want := 0
		for k, o := range d.Order {
			if o == a {
				want = k + 1
			}
		}
		if f.Move[i] != want {
			t.Errorf("%s shows as move %d, want %d", a, f.Move[i], want)
		}
	}
	s.Do(game.EmergencyUndo{})
	s.Do(game.EmergencyUndo{})
	if f := s.View().EmergencyForecast(); f.CanUndo || f.Now != game.EmergencyStart {
		t.Errorf("an empty response: %+v", f)
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if err := s.Do(game.EmergencyPick{Action: game.EmgPlan}); err != game.ErrNotNow {
		t.Fatalf("an emergency command after Done: %v", err)
	}
}

// argNum reads a number argument back (game.NumArg's value).
func argNum(t *testing.T, a string) int {
	t.Helper()
	i := strings.Index(a, "num:")
	if i < 0 {
		t.Fatalf("%q is not a number argument", a)
	}
	v := a[i+4:]
	v = v[:strings.LastIndex(v, ":")]
	n, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatal(err)
	}
	return int(n)
}

// pointsOf is the points a debrief line names in its points part, if it has one.
func pointsOf(t *testing.T, l game.Line) (int, bool) {
	for _, p := range l.Parts {
		if p.Key == "sys.emergency.points" || p.Key == "sys.emergency.points.plus" {
			return argNum(t, p.Args[0]), true
		}
	}
	return 0, false
}

// leaves lists the action labels in a missed-steps list.
func leaves(l game.Line) []string {
	if l.Key == "sys.emergency.out.and" {
		return append(leaves(l.Parts[0]), leaves(l.Parts[1])...)
	}
	return []string{l.Key}
}

// The emergency debrief adds up: the points on its lines sum to the total the
// summary gives, and the missed steps it names are as many as it counts, over seeds
// and many responses.
func TestEmergencyDebriefAddsUp(t *testing.T) {
	for seed := int64(1); seed <= 8; seed++ {
		for try := 0; try < 6; try++ {
			s := openEmergencySys(t, seed)
			rng := rand.New(rand.NewSource(seed*10 + int64(try)))
			acts := append([]string(nil), game.EmergencyActions...)
			rng.Shuffle(len(acts), func(i, j int) { acts[i], acts[j] = acts[j], acts[i] })
			pickAll(t, s, acts[:rng.Intn(game.EmergencyMoves+1)]...)
			d := *s.St().Sys.Emergency
			_, _, missed, total, best := d.Score()
			if err := s.FinishSystem(); err != nil {
				t.Fatal(err)
			}
			lines := s.St().Outcome.Lines
			sum, named := 0, []string(nil)
			for _, l := range lines {
				if p, ok := pointsOf(t, l); ok {
					sum += p
				}
				if l.Key == "sys.emergency.out.missed" {
					named = leaves(l.Parts[1])
					if argNum(t, l.Args[0]) != len(missed) {
						t.Errorf("seed %d: the missed line counts %s, %d were missed", seed, l.Args[0], len(missed))
					}
				}
				if l.Key == "sys.emergency.out.first.none" {
					sum -= 4 // its points are in its words
				}
			}
			summary := lineWithPrefix(lines, "sys.emergency.out.summary.")
			if argNum(t, summary.Args[0]) != total || argNum(t, summary.Args[1]) != best || argNum(t, summary.Args[2]) != len(missed) {
				t.Errorf("seed %d: summary %v, rules total %d of %d, %d missed", seed, summary.Args, total, best, len(missed))
			}
			if sum != total {
				t.Errorf("seed %d, order %v: the lines' points add up to %d, the summary says %d", seed, d.Order, sum, total)
			}
			if len(named) != len(missed) {
				t.Errorf("seed %d: %d key step(s) missed, the debrief names %d: %v", seed, len(missed), len(named), named)
			}
			for i, a := range missed {
				if i < len(named) && named[i] != d.ActionKey(a) {
					t.Errorf("seed %d: missed %s, named %s", seed, a, named[i])
				}
			}
		}
	}
}

// Every setting has its own emergency desk: its own incidents and actions, scored
// against the rule that really binds it. Outside a hospital nobody reads of an ICU,
// ventilators, beds, ambulances or inpatient ratios; an insurer's incident is its
// claims and members, not patients to evacuate.
func TestEmergencyDeskBySetting(t *testing.T) {
	cat := enCatalog(t)
	rules := map[string]string{"hospital": game.RuleCMSHospital, "rehab": game.RuleCMSLTC, "clinic": game.RuleCMSClinic,
		"practice": game.RulePractice, "mco": game.RuleHIPAAPlan, "gov-agency": game.RulePHEP}
	hospitalOnly := []string{"icu", "ventilat", "ambulance", "beds", "robot", "ratios", "emergency department", " ed ", "96 hours", "life-support", "life support"}
	desks := map[string]string{}
	for setting, rule := range rules {
		incidents := map[string]bool{}
		for seed := int64(1); seed <= 8; seed++ {
			s := openEmergencyAt(t, seed, setting)
			d := *s.St().Sys.Emergency
			incidents[d.Incident] = true
			if d.Rule() != rule {
				t.Errorf("%s: scored against %q, want %q", setting, d.Rule(), rule)
			}
			f := s.View().EmergencyForecast()
			var words []string
			words = append(words, cat[d.BodyKey()], cat["sys.emergency.incident."+d.Incident+".title"], cat["sys.emergency.fact."+rule+".text"])
			for _, a := range f.Actions {
				words = append(words, cat[d.ActionKey(a)])
			}
			for _, w := range words {
				if w == "" {
					t.Errorf("%s/%s: a line the desk shows has no string", setting, d.Incident)
				}
			}
			all := strings.ToLower(strings.Join(words, " | "))
			if setting != "hospital" && setting != "rehab" {
				for _, bad := range hospitalOnly {
					if strings.Contains(all, bad) {
						t.Errorf("%s/%s: the desk mentions %q: %s", setting, d.Incident, bad, all)
					}
				}
			}
			if seed == 1 {
				desks[setting] = all
			}
			// the ideal order in this setting scores full marks, and every line has its string
			for _, a := range d.Ideal() {
				if err := s.Do(game.EmergencyPick{Action: a}); err != nil {
					t.Fatalf("%s/%s: the ideal action %s is not on the desk: %v", setting, d.Incident, a, err)
				}
			}
			if _, _, missed, total, best := s.St().Sys.Emergency.Score(); total != best || len(missed) != 0 {
				t.Errorf("%s/%s: the ideal response scored %d of %d", setting, d.Incident, total, best)
			}
			lines := finishEmitted(t, s)
			checkKeys(t, cat, setting+"/"+d.Incident, lines...)
			ruled := false
			for _, l := range s.St().Outcome.Lines {
				ruled = ruled || l.Key == "sys.emergency.rule."+rule
			}
			if !ruled {
				t.Errorf("%s: the debrief never says which rule it was scored against", setting)
			}
			if setting == "mco" {
				if !strings.Contains(all, "claims") {
					t.Errorf("mco: the insurer's desk says nothing of claims: %s", all)
				}
				if d.OnCall() == false && f.Now < 8*60 {
					t.Errorf("mco: the call time %d", f.Now)
				}
			}
		}
		want := map[string][]string{"practice": {game.IncidentOutage}, "mco": {game.IncidentClaims, game.IncidentCyber}, "gov-agency": {game.IncidentOutbreak, game.IncidentWater}}
		for _, inc := range want[setting] {
			if !incidents[inc] {
				t.Errorf("%s: 8 runs never drew the %s incident (drew %v)", setting, inc, incidents)
			}
		}
		if setting == "practice" && (incidents[game.IncidentStorm] || incidents[game.IncidentGenerator]) {
			t.Errorf("practice drew a night-time building incident: %v", incidents)
		}
	}
	for _, a := range []string{"practice", "mco", "gov-agency"} {
		if desks[a] == desks["hospital"] {
			t.Errorf("the %s desk reads like the hospital's", a)
		}
	}
	// an insurer that runs no backup claims process pays late, and its denials show it
	s := openEmergencyAt(t, 1, "mco")
	pickAll(t, s, game.EmgPlan, game.EmgDocument)
	denials := s.St().Facility.Meters[game.DenialRate]
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	late := false
	for _, l := range s.St().Outcome.Lines {
		late = late || l.Key == "sys.emergency.out.claims.late"
	}
	if !late || s.St().Facility.Meters[game.DenialRate] <= denials {
		t.Errorf("an insurer with no backup claims process: late line %v, denials %.1f -> %.1f", late, denials, s.St().Facility.Meters[game.DenialRate])
	}
	// a practice is not asked for life support or generators: those are not its actions
	p := openEmergencyAt(t, 2, "practice")
	if err := p.Do(game.EmergencyPick{Action: game.EmgLife}); err == nil {
		t.Error("a practice desk accepted 'protect life-support patients'")
	}
}

// A desk saved before desks had their own setting still opens, reading its setting
// off its old flags; opened in another setting, it is dealt again.
func TestEmergencyOldDeskStillOpens(t *testing.T) {
	s := openEmergencySys(t, 3)
	d := s.St().Sys.Emergency
	d.Setting = ""
	if d.Where() != "hospital" || d.BodyKey() != "sys.emergency.incident."+d.Incident+".body.hospital" {
		t.Fatalf("an old hospital desk reads as %s", d.Where())
	}
	if f := s.View().EmergencyForecast(); len(f.Actions) != len(game.EmergencyActions) {
		t.Fatalf("the old desk has %d actions", len(f.Actions))
	}
	s.St().Setting = "mco"
	game.OpenDesk(s, game.SysEmergency)
	if w := s.St().Sys.Emergency.Where(); w != "mco" {
		t.Fatalf("the old desk in an mco run was not dealt again: %s", w)
	}
}

// lineWithPrefix is the first debrief line whose key starts with prefix (the
// debrief reads good news first, so a line's place depends on how the night went).
func lineWithPrefix(lines []game.Line, prefix string) game.Line {
	for _, l := range lines {
		if strings.HasPrefix(l.Key, prefix) {
			return l
		}
	}
	return game.Line{}
}

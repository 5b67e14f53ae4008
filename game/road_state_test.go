package game_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// mixed is a policy that varies with the seed and the step, so several seeds walk
// several roads (a grocery job, a hospital internship, a medical office...).
func mixed(seed int64) game.Policy {
	return func(st game.Step, s *game.Session) int {
		if len(st.Options) == 0 {
			return 0
		}
		return int((seed*31 + int64(s.St().Pos)*7) % int64(len(st.Options)))
	}
}

// placeRe finds the fictional workplace an activity's description names, e.g.
// "Maplewood" in "Paid front-desk work at Maplewood Practice (fictional).".
var placeRe = regexp.MustCompile(`([A-Z][a-z]+) [A-Z][a-z']+[^()]*\(fictional\)`)

// roadPlaces maps each fictional workplace of the school and college activities to
// the activities that put the player there, and each person a road scenario places
// at one of them ("Ms. Okafor, office manager at Maplewood...") to that workplace.
func roadPlaces(t *testing.T, c *game.Content) (places map[string][]string, people map[string]string) {
	t.Helper()
	places, people = map[string][]string{}, map[string]string{}
	for _, a := range c.Activities {
		if m := placeRe.FindStringSubmatch(a.About.In("en")); m != nil {
			places[m[1]] = append(places[m[1]], a.ID)
		}
	}
	if len(places) < 6 {
		t.Fatalf("found only %d fictional workplaces in the activities: %v", len(places), places)
	}
	for _, sc := range c.Scenarios {
		if sc.Act != game.ActSchool && sc.Act != game.ActCollege {
			continue
		}
		who := sc.Who.In("en")
		for p := range places {
			if strings.Contains(who, p) {
				people[strings.TrimSpace(strings.SplitN(who, ",", 2)[0])] = p
			}
		}
	}
	return places, people
}

// A road event that puts the player at a workplace (by name, or through a person who
// works there) only comes to a player who took the activity there: no "your office"
// front desk after a grocery job or a hospital internship.
func TestRoadEventsOnlyPlaceThePlayerWhereTheyWork(t *testing.T) {
	c := content(t)
	places, people := roadPlaces(t, c)
	met := map[string]bool{}
	for seed := int64(1); seed <= 40; seed++ {
		s := game.NewSession(c, game.Options{Name: "Road", Seed: seed})
		policy := mixed(seed)
		for n := 0; n < 500 && s.St().Item().Kind != game.ItemWeek; n++ {
			step := s.Step()
			if step.Kind == game.StepScenario && (step.Act == game.ActSchool || step.Act == game.ActCollege) {
				sc := step.Scenario
				text := sc.Who.In("en") + " " + sc.Body.In("en")
				for p, act := range places {
					if strings.Contains(text, p) && !tookAny(s.St().Activities, act) {
						t.Errorf("seed %d: %s puts the player at %s, but the player's activities are %v", seed, sc.ID, p, s.St().Activities)
					}
				}
				for who, p := range people {
					if strings.HasPrefix(sc.Who.In("en"), who) && !tookAny(s.St().Activities, places[p]) {
						t.Errorf("seed %d: %s brings %s of %s, but the player never worked there (activities %v)", seed, sc.ID, who, p, s.St().Activities)
					}
				}
				if (strings.Contains(text, "your internship") || strings.Contains(text, "fellow intern")) && !hasInternship(s.St().Activities) {
					t.Errorf("seed %d: %s speaks of the player's internship, but the player's activities are %v", seed, sc.ID, s.St().Activities)
				}
				met[sc.ID] = true
			}
			if _, err := s.Act1(policy); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
	}
	if len(met) < 5 {
		t.Errorf("40 seeds met only %d road events: %v", len(met), met)
	}
}

// tookAny reports whether the player took one of the activities in want.
func tookAny(acts, want []string) bool {
	for _, w := range want {
		if slices.Contains(acts, w) {
			return true
		}
	}
	return false
}

func hasInternship(acts []string) bool {
	for _, a := range acts {
		if strings.HasPrefix(a, "intern-") || strings.HasSuffix(a, "-intern") {
			return true
		}
	}
	return false
}

// playToPaying plays a run to the paying-for-college decision.
func playToPaying(t *testing.T, seed int64) *game.Session {
	t.Helper()
	s := game.NewSession(content(t), game.Options{Name: "Pay", Seed: seed})
	for n := 0; n < 200 && s.St().Current != game.PayingForCollege; n++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	if s.St().Current != game.PayingForCollege {
		t.Fatal("never reached the paying-for-college decision")
	}
	return s
}

// "Work 20 hours a week: less debt" means less debt than borrowing, and the
// scholarship either cuts the debt (a strong communicator) or leaves the player
// borrowing like everyone else: each choice's money moves the way its words say.
func TestPayingForCollegeMoneyMatchesTheWords(t *testing.T) {
	c := content(t)
	sc := c.Scenario(game.PayingForCollege)
	idx := func(word string) int {
		for i, ch := range sc.Choices {
			if strings.Contains(strings.ToLower(ch.Label.In("en")), word) {
				return i
			}
		}
		t.Fatalf("no %q choice in %s", word, sc.ID)
		return -1
	}
	loans, work, scholarship := idx("loan"), idx("work"), idx("scholarship")
	for seed := int64(1); seed <= 5; seed++ {
		after := func(choice, communication int) (debt, money int) {
			s := playToPaying(t, seed)
			s.Edit(func(st *game.State) { st.Player.Skills["communication"] = communication })
			d0, m0 := s.St().Player.Debt, s.St().Player.Money
			if err := s.Choose(choice); err != nil {
				t.Fatal(err)
			}
			return s.St().Player.Debt - d0, s.St().Player.Money - m0
		}
		loanDebt, _ := after(loans, 1)
		workDebt, workMoney := after(work, 1)
		winDebt, _ := after(scholarship, 9)
		loseDebt, _ := after(scholarship, 1)
		if loanDebt <= 0 {
			t.Errorf("seed %d: taking the loans added %d of debt", seed, loanDebt)
		}
		if workDebt >= loanDebt {
			t.Errorf("seed %d: working 20 hours a week left debt +%d, not less than the loans' +%d", seed, workDebt, loanDebt)
		}
		if workMoney != 0 {
			t.Errorf("seed %d: the work pay goes to tuition, yet savings moved by %d", seed, workMoney)
		}
		if winDebt >= workDebt {
			t.Errorf("seed %d: winning the scholarship left debt +%d, not less than working (+%d)", seed, winDebt, workDebt)
		}
		if loseDebt != loanDebt {
			t.Errorf("seed %d: a student who misses the scholarship \"still borrows\": +%d, but the loans are +%d", seed, loseDebt, loanDebt)
		}
	}
	for _, ch := range sc.Choices {
		if _, ok := ch.Effects[game.PlayerMoney]; ok && strings.Contains(strings.ToLower(ch.Debrief.In("en")), "debt") {
			t.Errorf("%q speaks of debt but moves savings", ch.Label.In("en"))
		}
	}
}

// A course card never promises skill points past the cap: at 9 Finance, "+2 Finance"
// reads "+1 Finance (max)", and at 10 it says the skill is maxed. Picking
// the course then moves the skill by what the card said.
func TestCourseCardsShowTheRealCappedGain(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	for seed := int64(1); seed <= 3; seed++ {
		s := game.NewSession(c, game.Options{Name: "Cap", Seed: seed})
		for n := 0; n < 100 && s.Step().Kind != game.StepPickMany; n++ {
			if _, err := s.Act1(game.FirstOption); err != nil {
				t.Fatal(err)
			}
		}
		step := s.Step()
		if step.Kind != game.StepPickMany {
			t.Fatal("no course term")
		}
		// the first course that builds a skill by 2 or more
		ci, skill := -1, ""
		for i, o := range step.Options {
			for id, v := range c.Course(o.ID).Skills {
				if v >= 2 && ci < 0 {
					ci, skill = i, id
				}
			}
		}
		if ci < 0 {
			t.Fatal("no course builds a skill by 2")
		}
		name := c.Skill(skill).Name.In("en")
		for _, level := range []int{game.SkillMax - 1, game.SkillMax} {
			s.Edit(func(st *game.State) { st.Player.Skills[skill] = level })
			tag := s.Step().Options[ci].Tag.Render("en", cat)
			gain := game.SkillGain(level, c.Course(step.Options[ci].ID).Skills[skill])
			switch {
			case gain == 0 && !strings.Contains(tag, name+" maxed"):
				t.Errorf("seed %d: at %s %d the card reads %q", seed, name, level, tag)
			case gain > 0 && !strings.Contains(tag, "+1 "+name+" (max)"):
				t.Errorf("seed %d: at %s %d the card reads %q", seed, name, level, tag)
			}
			if strings.Contains(tag, "+2 "+name) {
				t.Errorf("seed %d: at %s %d the card still promises %q", seed, name, level, tag)
			}
		}
		s.Edit(func(st *game.State) { st.Player.Skills[skill] = game.SkillMax - 1 })
		if err := s.Toggle(ci); err != nil {
			t.Fatal(err)
		}
		for s.Step().Kind == game.StepPickMany && !s.Step().CanGoOn {
			if _, err := s.Act1(game.FirstOption); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Confirm(); err != nil {
			t.Fatal(err)
		}
		if got := s.St().Player.Skills[skill]; got != game.SkillMax {
			t.Errorf("seed %d: %s ended at %d, want %d", seed, skill, got, game.SkillMax)
		}
	}
}

// The manager's weeks build the skills they use: every run ends Act 4 with more skill
// than it started with, each finished duty desk shows its skill gain in its debrief,
// and the career report lists the skills the player really has (a perfect HIPAA desk
// never leaves "Ethics and privacy" where it was).
func TestManagerWorkBuildsSkillsAndTheReportShowsThem(t *testing.T) {
	c := content(t)
	for seed := int64(1); seed <= 6; seed++ {
		s := game.NewSession(c, game.Options{Name: "Grow", Seed: seed})
		playToWeekOne(t, s, mixed(seed))
		before := map[string]int{}
		total0 := 0
		for k, v := range s.St().Player.Skills {
			before[k] = v
			total0 += v
		}
		privacyDone := false
		for n := 0; n < 2000; n++ {
			step := s.Step()
			if step.Kind == game.StepReport {
				break
			}
			if step.Kind == game.StepSystem {
				duty, _ := game.DutyByID(step.System)
				want := game.PracticeSkill[duty.Duty]
				had := s.St().Player.Skills[want]
				s.AutoSystem()
				if err := s.FinishSystem(); err != nil {
					t.Fatal(err)
				}
				now := s.St().Player.Skills[want]
				if had < game.SkillMax && now != had+game.PracticeGain {
					t.Errorf("seed %d: finishing the %s desk moved %s from %d to %d", seed, step.System, want, had, now)
				}
				if had < game.SkillMax && !hasChange(s.St().Outcome.Changes, want) {
					t.Errorf("seed %d: the %s debrief does not show the %s gain: %+v", seed, step.System, want, s.St().Outcome.Changes)
				}
				if step.System == game.SysPrivacy {
					privacyDone = true
				}
				continue
			}
			if _, err := s.Act1(mixed(seed)); err != nil {
				t.Fatal(err)
			}
		}
		if s.Step().Kind != game.StepReport {
			t.Fatalf("seed %d: never reached the report", seed)
		}
		total := 0
		for _, v := range s.St().Player.Skills {
			total += v
		}
		if total <= total0 {
			t.Errorf("seed %d: skills did not grow in the manager's weeks (%d -> %d)", seed, total0, total)
		}
		if privacyDone && s.St().Player.Skills["ethics"] <= before["ethics"] && before["ethics"] < game.SkillMax {
			t.Errorf("seed %d: the HIPAA desk was done but ethics stayed %d", seed, before["ethics"])
		}
		for _, ch := range s.Report().Skills {
			if int(ch.Delta) != s.St().Player.Skills[ch.Target] {
				t.Errorf("seed %d: the report shows %s %v, the player has %d", seed, ch.Target, ch.Delta, s.St().Player.Skills[ch.Target])
			}
			if ch.Delta > game.SkillMax || ch.Delta < 0 {
				t.Errorf("seed %d: %s %v is outside 0..%d", seed, ch.Target, ch.Delta, game.SkillMax)
			}
		}
	}
}

func hasChange(chs []game.Change, target string) bool {
	for _, ch := range chs {
		if ch.Target == target && ch.Delta > 0 {
			return true
		}
	}
	return false
}

// Every scenario duty of the manager's weeks builds a real skill.
func TestEveryManagerDutyPractisesASkill(t *testing.T) {
	c := content(t)
	for _, sc := range c.Scenarios {
		if sc.Act != game.ActManager {
			continue
		}
		sk, ok := game.PracticeSkill[sc.Duty]
		if !ok || c.Skill(sk) == nil {
			t.Errorf("%s: duty %q practises no known skill (%q)", sc.ID, sc.Duty, sk)
		}
	}
}

// The dashboard, the meter card and its chart read the same numbers: the chart's last
// point is the value now, mid-week as well as after a week ends, and the gauge puts
// the value (not its health) on the bar.
func TestMeterTrendEndsAtTheValueShown(t *testing.T) {
	c := content(t)
	for seed := int64(1); seed <= 5; seed++ {
		s := game.NewSession(c, game.Options{Name: "Chart", Seed: seed})
		playToWeekOne(t, s, game.FirstOption)
		for n := 0; n < 400 && s.Step().Kind != game.StepReport; n++ {
			v := s.View()
			for _, d := range game.MeterDefs {
				tr := v.MeterTrend(d.ID)
				if last := tr[len(tr)-1]; last != v.Meter(d.ID) {
					t.Fatalf("seed %d, week %d: %s shows %v but its chart ends at %v (%v)", seed, v.Week(), d.ID, v.Meter(d.ID), last, tr)
				}
				if tr[0] != v.MeterStart(d.ID) {
					t.Fatalf("seed %d: %s chart starts at %v, not the week-1 value %v", seed, d.ID, tr[0], v.MeterStart(d.ID))
				}
				fill, bench := v.MeterGauge(d.ID)
				wantFill := (v.Meter(d.ID) - d.Min) / (d.Max - d.Min)
				if diff := fill - wantFill; diff > 1e-9 || diff < -1e-9 {
					t.Fatalf("%s: gauge %v for value %v on %v..%v", d.ID, fill, v.Meter(d.ID), d.Min, d.Max)
				}
				if bench < 0 || bench > 1 {
					t.Fatalf("%s: benchmark tick at %v", d.ID, bench)
				}
			}
			if _, err := s.Act1(mixed(seed)); err != nil {
				t.Fatal(err)
			}
		}
	}
	// a half-empty facility's occupancy is half a bar, not a full one
	s := game.NewSession(c, game.Options{Name: "Beds", Seed: 1})
	s.Edit(func(st *game.State) { st.Facility.Meters[game.BedOccupancy] = 60 })
	if fill, _ := s.View().MeterGauge(game.BedOccupancy); fill > 0.6 {
		t.Errorf("60%% occupancy fills %.0f%% of the bar", fill*100)
	}
}

// A source on a card names who published the figure, never the game's own notes
// ("shared/DOMAIN.md") or a bare "Game design": a game figure says it is one.
func TestCardSourcesNameRealSources(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	bad := func(src string) bool {
		l := strings.ToLower(src)
		return strings.Contains(l, "domain.md") || strings.Contains(l, "shared/") || strings.Contains(l, "game design")
	}
	for _, d := range game.MeterDefs {
		key := "meter." + d.ID + ".source"
		src, ok := cat[key]
		if !ok || strings.TrimSpace(src) == "" || bad(src) {
			t.Errorf("%s: %q", key, src)
		}
	}
	for id, f := range c.Facts {
		if bad(f.Source) {
			t.Errorf("fact %s: source %q", id, f.Source)
		}
	}
	for _, sc := range c.Scenarios {
		if sc.Fact != nil && bad(sc.Fact.Source) {
			t.Errorf("%s: fact source %q", sc.ID, sc.Fact.Source)
		}
	}
}

// hospitalOnly matches words that put a manager scenario in a hospital: a practice,
// a clinic, an agency or a health plan has no surgical unit, ICU or inpatient beds.
var hospitalOnly = regexp.MustCompile(`(?i)intensive care unit|\bICU\b|medical-surgical unit|surgical unit|inpatient|close \w+ beds`)

// A manager scenario that presumes a hospital is limited to hospitals, and every
// workplace still meets each of week one's required duties.
func TestManagerScenariosFitTheWorkplace(t *testing.T) {
	c := content(t)
	for _, sc := range c.Scenarios {
		if sc.Act != game.ActManager {
			continue
		}
		text := sc.Title.In("en") + " " + sc.Who.In("en") + " " + sc.Body.In("en")
		for _, ch := range sc.Choices {
			text += " " + ch.Label.In("en")
		}
		if m := hospitalOnly.FindString(text); m != "" && (len(sc.Settings) == 0 || !slices.Equal(sc.Settings, []string{"hospital"})) {
			t.Errorf("%s speaks of %q but can come to settings %v", sc.ID, m, sc.Settings)
		}
	}
	for _, se := range c.Settings {
		for _, duty := range game.FirstWeekDuties {
			ok := false
			for _, sc := range c.Scenarios {
				if sc.Act == game.ActManager && sc.Duty == duty && sc.When == nil && len(sc.Roles) == 0 && (len(sc.Settings) == 0 || slices.Contains(sc.Settings, se.ID)) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("a manager at a %s meets no %s scenario in week one", se.ID, duty)
			}
		}
	}
}

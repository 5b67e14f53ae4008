package game_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// playToWeekOne plays a career with policy until Act 4 begins.
func playToWeekOne(t *testing.T, s *game.Session, policy game.Policy) {
	t.Helper()
	for n := 0; n < 500 && s.St().Item().Kind != game.ItemWeek; n++ {
		if _, err := s.Act1(policy); err != nil {
			t.Fatalf("%v at %+v", err, s.St().Item())
		}
	}
	if s.St().Item().Kind != game.ItemWeek {
		t.Fatal("never reached Act 4")
	}
}

// reachable returns the role@setting pairs a player aiming for them can land.
func reachable(t *testing.T, c *game.Content) map[string]bool {
	got := map[string]bool{}
	for _, r := range c.Roles {
		settings := r.Settings
		if len(settings) == 0 {
			for _, se := range c.Settings {
				settings = append(settings, se.ID)
			}
		}
		for _, se := range settings {
			for seed := int64(1); seed <= 3; seed++ {
				s := game.NewSession(c, game.Options{Name: "Aim", Seed: seed})
				playToWeekOne(t, s, game.AimFor(r.ID, se))
				got[s.St().Role+"@"+s.St().Setting] = true
				got["role:"+s.St().Role] = true
				got["setting:"+s.St().Setting] = true
			}
		}
	}
	return got
}

func TestEveryRoleAndSettingIsReachable(t *testing.T) {
	c := content(t)
	got := reachable(t, c)
	for _, r := range c.Roles {
		if !got["role:"+r.ID] {
			t.Errorf("no path leads to an accepted offer as %s", r.ID)
		}
	}
	for _, se := range c.Settings {
		if !got["setting:"+se.ID] {
			t.Errorf("no path leads to a job in setting %s", se.ID)
		}
	}
	var pairs []string
	for k := range got {
		if strings.Contains(k, "@") {
			pairs = append(pairs, k)
		}
	}
	t.Logf("reachable role@setting pairs: %d", len(pairs))
}

// scripted picks options by id (courses, degree, activity, master's) and otherwise
// the first option.
func scripted(ids ...string) game.Policy {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	return func(st game.Step, s *game.Session) int {
		for i, o := range st.Options {
			if want[o.ID] && !o.Selected {
				return i
			}
		}
		for i, o := range st.Options {
			if !o.Selected {
				return i
			}
		}
		return 0
	}
}

// Two different roads lead to visibly different offers and Act 4 conditions.
func TestDifferentPathsDifferentOffersAndStarts(t *testing.T) {
	c := content(t)
	business := game.NewSession(c, game.Options{Name: "Bea", Seed: 9})
	playToOffers(t, business, scripted("typing", "bookkeeping", "algebra", "computer-apps", "stats-hs", "english-comp", "clerical-office", "business", "accounting", "statistics", "microecon", "health-finance", "operations", "hr-mgmt", "accounting-2", "public-speaking", "clerical-practice", "bachelors-only"))
	health := game.NewSession(c, game.Options{Name: "Hal", Seed: 9})
	playToOffers(t, health, scripted("health-ed", "biology", "english", "psychology", "chemistry", "english-comp", "hospital-volunteer", "public-health", "med-term", "anatomy", "intro-mgmt", "epidemiology", "health-law", "operations", "rehab-services", "nutrition", "intern-agency", "mph"))

	offers := func(s *game.Session) string {
		var parts []string
		for _, o := range s.St().Offers {
			parts = append(parts, fmt.Sprintf("%s@%s $%d", o.Role, o.Setting, o.Pay))
		}
		return strings.Join(parts, "; ")
	}
	a, b := offers(business), offers(health)
	t.Logf("business, no master's: %s", a)
	t.Logf("public health + MPH:   %s", b)
	if a == b {
		t.Fatal("two very different roads got the same offers")
	}
	if business.St().Player.Skills["finance"] <= health.St().Player.Skills["finance"] {
		t.Error("the business road did not build more finance skill")
	}
	if health.St().Player.Skills["health"] <= business.St().Player.Skills["health"] {
		t.Error("the health road did not build more health knowledge")
	}
	if health.St().Player.Debt <= business.St().Player.Debt {
		t.Error("a master's degree did not cost more debt")
	}
	// take the first offer on each road and compare Act 4's starting facility
	for _, s := range []*game.Session{business, health} {
		if err := s.Choose(0); err != nil {
			t.Fatal(err)
		}
		playToWeekOne(t, s, game.FirstOption)
	}
	if business.St().Setting == health.St().Setting && business.St().Role == health.St().Role {
		t.Fatalf("both roads start Act 4 in the same job (%s at %s)", business.St().Role, business.St().Setting)
	}
	same := true
	for _, d := range game.MeterDefs {
		if business.St().MetersStart[d.ID] != health.St().MetersStart[d.ID] {
			same = false
		}
	}
	if same && business.St().Setting != health.St().Setting {
		t.Error("different settings started Act 4 with identical meters")
	}
	t.Logf("Act 4: %s at %s vs %s at %s", business.St().Role, business.St().Setting, health.St().Role, health.St().Setting)
}

func playToOffers(t *testing.T, s *game.Session, policy game.Policy) {
	t.Helper()
	for n := 0; n < 500 && !(s.St().Item().Kind == game.ItemOffers && s.St().Outcome == nil && s.St().Current == ""); n++ {
		if _, err := s.Act1(policy); err != nil {
			t.Fatalf("%v at %+v", err, s.St().Item())
		}
	}
}

// The profile map in scenarios/README.md: every item listed there must be reachable.
func TestProfileMapIsReachable(t *testing.T) {
	c := content(t)
	data, err := os.ReadFile("../scenarios/README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "<!-- profile-map:start -->")
	end := strings.Index(text, "<!-- profile-map:end -->")
	if start < 0 || end < start {
		t.Fatal("scenarios/README.md has no profile map")
	}
	inTerm := map[string]bool{}
	for _, term := range c.Terms {
		for _, id := range term.Courses {
			inTerm[id] = true
		}
	}
	inQuiz := map[string]bool{}
	for _, q := range c.Quiz {
		for _, o := range q.Options {
			for id := range o.Interests {
				inQuiz[id] = true
			}
		}
	}
	duty := map[string]bool{}
	for _, sc := range c.Scenarios {
		if sc.Act == game.ActManager && len(sc.Roles) == 0 && len(sc.Settings) == 0 {
			duty[sc.Duty] = true
		}
	}
	got := reachable(t, c)
	rows := 0
	for _, line := range strings.Split(text[start:end], "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 6 || strings.HasPrefix(strings.TrimSpace(cells[1]), "---") || strings.TrimSpace(cells[1]) == "Profile item" {
			continue
		}
		item, kind, id := strings.TrimSpace(cells[1]), strings.TrimSpace(cells[3]), strings.TrimSpace(cells[4])
		rows++
		ok := false
		switch kind {
		case "course":
			ok = c.Course(id) != nil && inTerm[id]
		case "activity":
			a := c.Activity(id)
			ok = a != nil && (a.Act == game.ActSchool || a.Act == game.ActCollege)
		case "degree":
			ok = c.Degree(id) != nil
		case "masters":
			ok = c.MastersOption(id) != nil
		case "role", "setting":
			ok = got[kind+":"+id]
		case "duty":
			ok = c.Duty(id) != nil && duty[id]
		case "career":
			for _, cr := range c.Careers {
				ok = ok || cr.ID == id
			}
		case "interest":
			ok = c.Interest(id) != nil && inQuiz[id]
		case "skill":
			ok = c.Skill(id) != nil
		case "fact":
			_, ok = c.Facts[id]
		case "scenario":
			sc := c.Scenario(id)
			ok = sc != nil && sc.When == nil && len(sc.Roles) == 0 && len(sc.Settings) == 0
		case "system":
			_, err := game.DutyByID(id)
			ok = err == nil
		default:
			t.Errorf("profile map row %q: unknown kind %q", item, kind)
			continue
		}
		if !ok {
			t.Errorf("profile map row %q (%s %s) is not reachable in play", item, kind, id)
		}
	}
	if rows < 60 {
		t.Errorf("the profile map has %d rows; it should list every profile item", rows)
	}
}

// clinicalDirectors are the roles only a licence path leads to (DOMAIN: the road into
// the job): a nursing director is an experienced RN, a pharmacy director a pharmacist,
// a chief dietitian a registered dietitian, a rehabilitation coordinator a therapist.
var clinicalDirectors = map[string]bool{"nursing-director": true, "pharmacy-director": true, "chief-dietitian": true, "rehab-coordinator": true}

// withoutLicence plays like aim, but never takes a degree or master's that starts a
// licence path: the graduate aims for a clinical director's skills with none of its road.
func withoutLicence(aim game.Policy) game.Policy {
	path := map[string]bool{"nursing": true, "pharmd": true, "dpt": true, "dietetics": true}
	return func(st game.Step, s *game.Session) int {
		i := aim(st, s)
		if (st.Item.Kind == game.ItemDegree || st.Item.Kind == game.ItemMasters) && i < len(st.Options) && path[st.Options[i].ID] {
			for k, o := range st.Options {
				if !path[o.ID] {
					return k
				}
			}
		}
		return i
	}
}

// A new graduate with no clinical path is never offered a clinical director's job,
// however well the skills fit, and the offers screen says which roles are closed.
func TestNoClinicalDirectorOfferWithoutTheLicencePath(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	for seed := int64(1); seed <= 40; seed++ {
		for role := range clinicalDirectors {
			s := game.NewSession(c, game.Options{Name: "Lee", Seed: seed})
			playToOffers(t, s, withoutLicence(game.AimFor(role, "")))
			for _, o := range s.St().Offers {
				if clinicalDirectors[o.Role] {
					t.Fatalf("seed %d aiming for %s (degree %s, %s) was offered %s", seed, role, s.St().Degree, s.St().Masters, o.Role)
				}
			}
			hint := s.Step().Hint.Render("en", cat)
			if !strings.Contains(hint, "license path") || !strings.Contains(hint, c.Role(role).Name["en"]) {
				t.Fatalf("seed %d: the offers screen does not say %s is closed: %q", seed, role, hint)
			}
		}
	}
}

// Each clinical director's job is offered after its licence path, and its card says
// what the path is.
func TestLicencePathLeadsToTheClinicalDirector(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	for role := range clinicalDirectors {
		s := game.NewSession(c, game.Options{Name: "Kim", Seed: 2})
		playToOffers(t, s, game.AimFor(role, ""))
		if !s.St().Flags[game.PathFlag(role)] {
			t.Fatalf("aiming for %s never took its licence path (first-job flags %v)", role, s.St().Flags)
		}
		found := false
		for _, o := range s.Step().Options {
			if strings.HasPrefix(o.ID, role+"@") {
				found = true
				if d := o.Detail.Render("en", cat); !strings.Contains(d, "Only for") {
					t.Errorf("the %s card does not say who it is for: %q", role, d)
				}
			}
		}
		if !found {
			t.Errorf("the licence path to %s led to no offer of it", role)
		}
	}
}

// The first job comes in every run, after the master's decision and before the
// manager's offers, as a decision with its fact card, and it shows in the history.
func TestFirstJobStageInEveryRun(t *testing.T) {
	c := content(t)
	cat := enCatalog(t)
	for seed := int64(1); seed <= 40; seed++ {
		rng := &game.RNG{State: uint64(seed)}
		policy := game.StylePolicy(game.Styles[int(seed)%len(game.Styles)], rng)
		s := game.NewSession(c, game.Options{Name: "Sam", Seed: seed})
		sawMasters, picked := false, false
		for n := 0; n < 500 && s.St().Item().Kind != game.ItemOffers; n++ {
			st := s.Step()
			if st.Item.Kind == game.ItemMasters {
				sawMasters = true
			}
			if st.Item.Kind == game.ItemFirstJob && st.Kind == game.StepPickOne {
				if !sawMasters {
					t.Fatal("the first job came before the master's decision")
				}
				if len(st.Options) < 2 {
					t.Fatalf("seed %d: the first-job step offers %d jobs", seed, len(st.Options))
				}
				if st.Fact == nil || !strings.Contains(st.Fact.Text["en"], "less than 5 years") {
					t.Fatalf("seed %d: the first-job step has no experience fact card: %+v", seed, st.Fact)
				}
				if body := st.Body.Render("en", cat); !strings.Contains(body, fmt.Sprint(game.FirstJobYears)+" years") {
					t.Fatalf("seed %d: the first-job step does not say how many years: %q", seed, body)
				}
				picked = true
			}
			if _, err := s.Act1(policy); err != nil {
				t.Fatal(err)
			}
		}
		if !picked {
			t.Fatalf("seed %d: no first-job decision before the offers", seed)
		}
		worked := false
		for f := range s.St().Flags {
			worked = worked || strings.HasPrefix(f, "worked:")
		}
		if !worked {
			t.Errorf("seed %d: the first job left no mark on the record", seed)
		}
		if body := s.Step().Body.Render("en", cat); !strings.Contains(body, fmt.Sprint(game.FirstJobYears)+" years on") {
			t.Errorf("seed %d: the offers do not say the years passed: %q", seed, body)
		}
	}
}

// A save made on the first-job step loads and plays on.
func TestFirstJobStepSavesAndLoads(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Ola", Seed: 4})
	for n := 0; n < 500 && s.St().Item().Kind != game.ItemFirstJob; n++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	l, err := game.Load(c, data)
	if err != nil {
		t.Fatalf("a save on the first-job step does not load: %v", err)
	}
	if l.Step().Kind != game.StepPickOne || len(l.Step().Options) != len(s.Step().Options) {
		t.Fatal("the loaded save lost the first-job step")
	}
	playToWeekOne(t, l, game.FirstOption)
}

// Every offer's pay sits inside the BLS range for the occupation, and the offers
// screen shows the pay fact card with its source.
func TestOfferPayWithinTheBLSRange(t *testing.T) {
	c := content(t)
	for seed := int64(1); seed <= 40; seed++ {
		for _, style := range game.Styles {
			s := game.NewSession(c, game.Options{Name: "Pat", Seed: seed})
			playToOffers(t, s, game.StylePolicy(style, &game.RNG{State: uint64(seed)}))
			if len(s.St().Offers) == 0 {
				t.Fatalf("seed %d %s: no offers", seed, style)
			}
			for _, o := range s.St().Offers {
				if o.Pay < game.PayLow10 || o.Pay > game.PayHigh10 {
					t.Errorf("seed %d %s: %s offered $%d, outside $%d-$%d", seed, style, o.Role, o.Pay, game.PayLow10, game.PayHigh10)
				}
			}
			f := s.Step().Fact
			if f == nil || !strings.Contains(f.Text["en"], "$104,830") || !strings.Contains(f.Text["en"], "10%") || !strings.Contains(f.Source, "BLS") {
				t.Fatalf("the offers screen's pay card lacks the range or its source: %+v", f)
			}
		}
	}
}

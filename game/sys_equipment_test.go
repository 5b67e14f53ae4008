package game_test

import (
	"errors"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

func equItemIdx(t *testing.T, p *game.EquipmentPlan, id string) int {
	t.Helper()
	for i, it := range p.Items {
		if it.ID == id {
			return i
		}
	}
	t.Fatalf("no inventory item %q", id)
	return -1
}

func equReqIdx(t *testing.T, p *game.EquipmentPlan, id string) int {
	t.Helper()
	for i, r := range p.Requests {
		if r.ID == id {
			return i
		}
	}
	t.Fatalf("no capital request %q", id)
	return -1
}

func equHasFlag(f []game.Line, part string) bool {
	for _, l := range f {
		if strings.Contains(l.Key, part) {
			return true
		}
	}
	return false
}

func TestEquipmentDoneOnDefaultState(t *testing.T) {
	s := openEquipmentIn(t, 1, "hospital")
	p := s.St().Sys.Equipment
	if len(p.Items) < 8 || len(p.Requests) < 4 {
		t.Fatalf("inventory %d items, %d requests; want about 8 and 4-5", len(p.Items), len(p.Requests))
	}
	life, loaner := 0, false
	for _, it := range p.Items {
		if it.Class == game.EquipLife {
			life++
		}
		loaner = loaner || it.Loaner
	}
	if life < 2 || !loaner {
		t.Fatalf("the inventory flags %d life-support items, loaner %v", life, loaner)
	}
	if f := s.View().EquipmentForecast(); len(f.Flags) == 0 {
		t.Fatal("the default draft shows no problem to fix")
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatalf("Done on the default plan: %v", err)
	}
	if s.Step().Kind != game.StepOutcome || len(s.St().Outcome.Lines) < 3 {
		t.Fatalf("no debrief: %+v", s.St().Outcome)
	}
}

func TestEquipmentAutoThenDone(t *testing.T) {
	s := openEquipmentIn(t, 2, "hospital")
	s.AutoSystem()
	f := s.View().EquipmentForecast()
	if len(f.MissedLife) != 0 || f.Used > f.Capacity || f.Spent > f.Budget {
		t.Fatalf("auto plan: missed life support %v, hours %d/%d, spent %d/%d", f.MissedLife, f.Used, f.Capacity, f.Spent, f.Budget)
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatalf("Done after auto: %v", err)
	}
}

// Skipping life-support maintenance is flagged, lowers the maintenance meter and
// queues a failure or a survey finding.
func TestEquipmentSkippingLifeSupportIsFlaggedAndLowersMaintenance(t *testing.T) {
	s := openEquipmentIn(t, 3, "hospital")
	p := s.St().Sys.Equipment
	f := s.View().EquipmentForecast()
	if len(f.MissedLife) == 0 || !equHasFlag(f.Flags, "flag.life.") || !equHasFlag(f.Flags, "flag.loaner") {
		t.Fatalf("the draft skips life support but flags %+v", f.Flags)
	}
	before := s.St().Facility.Meters[game.MaintenanceDone]
	pending := len(s.St().Pending)
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	skipped := s.St().Facility.Meters[game.MaintenanceDone]
	if skipped >= before {
		t.Errorf("maintenance %.1f -> %.1f after skipping life support", before, skipped)
	}
	if len(p.Missed) != len(f.MissedLife) || len(s.St().Pending)-pending < len(f.MissedLife) {
		t.Errorf("skipped %v, %d consequences queued", p.Missed, len(s.St().Pending)-pending)
	}

	// the same week with every life-support task booked (contract hours make room)
	s2 := openEquipmentIn(t, 3, "hospital")
	p2 := s2.St().Sys.Equipment
	for _, id := range []string{"beds", "ct"} {
		if err := s2.Do(game.EquipmentSchedule{Item: equItemIdx(t, p2, id)}); err != nil { // take off
			t.Fatal(err)
		}
	}
	for _, id := range []string{"vent-icu", "vent-loaner", "defib"} {
		if err := s2.Do(game.EquipmentSchedule{Item: equItemIdx(t, p2, id)}); err != nil {
			if !errors.Is(err, game.ErrEquipNoHours) {
				t.Fatal(err)
			}
			if err := s2.Do(game.EquipmentContract{Delta: 1}); err != nil {
				t.Fatal(err)
			}
			if err := s2.Do(game.EquipmentSchedule{Item: equItemIdx(t, p2, id)}); err != nil {
				t.Fatal(err)
			}
		}
	}
	f2 := s2.View().EquipmentForecast()
	if len(f2.MissedLife) != 0 || equHasFlag(f2.Flags, "flag.life.") || equHasFlag(f2.Flags, "flag.loaner") {
		t.Fatalf("every life-support task booked, still flagged: %+v", f2.Flags)
	}
	s2.FinishSystem()
	if kept := s2.St().Facility.Meters[game.MaintenanceDone]; kept <= skipped {
		t.Errorf("booking life support gave maintenance %.1f, skipping it %.1f", kept, skipped)
	}
}

func TestEquipmentHoursAreLimited(t *testing.T) {
	s := openEquipmentIn(t, 4, "hospital")
	p := s.St().Sys.Equipment
	// book everything that fits, then one more must be refused
	refused := false
	for i := range p.Items {
		if !p.Items[i].Scheduled {
			if err := s.Do(game.EquipmentSchedule{Item: i}); errors.Is(err, game.ErrEquipNoHours) {
				refused = true
			}
		}
	}
	f := s.View().EquipmentForecast()
	if !refused || f.Used > f.Capacity {
		t.Fatalf("booked %d of %d hours, refused %v", f.Used, f.Capacity, refused)
	}
	if err := s.Do(game.EquipmentContract{Delta: -1}); !errors.Is(err, game.ErrEquipLimit) {
		t.Errorf("contract hours went below zero: %v", err)
	}
	for k := 0; k < 2; k++ {
		if err := s.Do(game.EquipmentContract{Delta: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Do(game.EquipmentContract{Delta: 1}); !errors.Is(err, game.ErrEquipLimit) {
		t.Errorf("contract hours went past the most available: %v", err)
	}
	if s.View().EquipmentForecast().ContractCost != game.EquipContractMax*game.EquipContractRate {
		t.Errorf("contract cost %d", s.View().EquipmentForecast().ContractCost)
	}
}

// The capital plan cannot exceed the budget.
func TestEquipmentCapitalPlanCannotExceedBudget(t *testing.T) {
	s := openEquipmentIn(t, 5, "hospital")
	p := s.St().Sys.Equipment
	// the draft ranks the robot first: the CT no longer fits
	if err := s.Do(game.EquipmentFund{Request: equReqIdx(t, p, "ct")}); !errors.Is(err, game.ErrEquipOverBudget) {
		t.Fatalf("funding the CT next to the robot: %v", err)
	}
	// every order of trying to fund everything stays within the budget
	for start := range p.Requests {
		for i := range p.Requests {
			if p.Requests[i].Rank > 0 {
				s.Do(game.EquipmentFund{Request: i})
			}
		}
		for k := range p.Requests {
			i := (start + k) % len(p.Requests)
			err := s.Do(game.EquipmentFund{Request: i})
			if err != nil && !errors.Is(err, game.ErrEquipOverBudget) {
				t.Fatal(err)
			}
			if f := s.View().EquipmentForecast(); f.Spent > game.EquipCapitalBudget || f.Left < 0 {
				t.Fatalf("plan spends %d of %d", f.Spent, game.EquipCapitalBudget)
			}
		}
	}
	// ranks stay 1..n after taking one out
	s.Do(game.EquipmentFund{Request: 0})
	seen := map[int]bool{}
	n := 0
	for _, r := range p.Requests {
		if r.Rank > 0 {
			seen[r.Rank] = true
			n++
		}
	}
	for k := 1; k <= n; k++ {
		if !seen[k] {
			t.Fatalf("ranks have a gap: %+v", p.Requests)
		}
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

// Funding a request whose service cost exceeds 30% of a new unit's price avoids a
// later failure; leaving it unfunded brings the failure a few weeks later.
func TestEquipmentFundingPastThirtyPercentAvoidsFailure(t *testing.T) {
	play := func(fund bool) (*game.Session, bool) {
		s := openEquipmentIn(t, 6, "hospital")
		p := s.St().Sys.Equipment
		ct := p.Requests[equReqIdx(t, p, "ct")]
		if !ct.PastReplaceLine() || ct.ServiceShare() <= 0.30 {
			t.Fatalf("the CT request is not past the 30%% line: %+v", ct)
		}
		if fund {
			s.Do(game.EquipmentFund{Request: equReqIdx(t, p, "robot")}) // take the robot out
			if err := s.Do(game.EquipmentFund{Request: equReqIdx(t, p, "ct")}); err != nil {
				t.Fatal(err)
			}
		}
		week := s.St().Week
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		failing := false
		for _, id := range p.Failures {
			failing = failing || id == "ct"
		}
		for s.St().Week <= week+game.EquipFailWeeks && s.Step().Kind != game.StepReport {
			if _, err := s.Act1(game.FirstOption); err != nil {
				t.Fatal(err)
			}
		}
		return s, failing
	}
	landed := func(s *game.Session) bool {
		for _, e := range s.St().History {
			if e.Title.Key == "sys.equipment.later.old.ct" {
				return true
			}
		}
		return false
	}
	s, failing := play(false)
	if !failing || !landed(s) {
		t.Errorf("unfunded CT past the 30%% line: queued %v, failure landed %v", failing, landed(s))
	}
	s, failing = play(true)
	if failing || landed(s) {
		t.Errorf("funded CT: queued %v, failure landed %v", failing, landed(s))
	}
}

func TestEquipmentSaveLoadKeepsPlan(t *testing.T) {
	s := openEquipmentIn(t, 7, "hospital")
	p := s.St().Sys.Equipment
	s.Do(game.EquipmentSchedule{Item: equItemIdx(t, p, "beds")})
	s.Do(game.EquipmentSchedule{Item: equItemIdx(t, p, "vent-icu")})
	s.Do(game.EquipmentContract{Delta: 1})
	s.Do(game.EquipmentFund{Request: equReqIdx(t, p, "switch")})
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(content(t), data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.St().Sys.Equipment, s2.St().Sys.Equipment) {
		t.Fatalf("the plan changed in a save round trip:\n%+v\n%+v", s.St().Sys.Equipment, s2.St().Sys.Equipment)
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

// Every line the equipment screen emits has its English string, the delayed
// failures and findings (message, cause and choice) included.
func TestEquipmentStringsExist(t *testing.T) {
	cat := enCatalog(t)
	seen := map[string]bool{}
	for seed := int64(1); seed <= 16; seed++ {
		s := openEquipmentIn(t, seed, "hospital")
		p := s.St().Sys.Equipment
		if seed%4 == 0 {
			s.AutoSystem()
		} else {
			// skip everything that was on the draft, so the risks can land too
			for _, id := range []string{"pumps", "ct", "generator"} {
				if i := equItemIdx(t, p, id); p.Items[i].Scheduled {
					s.Do(game.EquipmentSchedule{Item: i})
				}
			}
		}
		checkKeys(t, cat, "seed "+strconv.Itoa(int(seed)), finishEmitted(t, s)...)
		for _, d := range s.St().Pending {
			seen[d.Msg.Key] = true
		}
	}
	for _, k := range []string{"survey", "old.ct", "old.switch", "pumps", "generator"} {
		if !seen["sys.equipment.later."+k] {
			t.Errorf("no seed queued sys.equipment.later.%s", k)
		}
	}
}

// The screen reads copies: changing what View returns changes nothing in the run.
func TestEquipmentViewIsACopy(t *testing.T) {
	s := openEquipmentIn(t, 2, "hospital")
	p, ok := s.View().EquipmentPlan()
	if !ok {
		t.Fatal("no equipment plan on display")
	}
	p.Items[0].Scheduled = true
	p.Requests[0].Rank = 3
	p.Contract = 8
	st := s.St().Sys.Equipment
	if st.Items[0].Scheduled || st.Requests[0].Rank != 0 || st.Contract != 0 {
		t.Fatalf("changing the view's copy changed the plan: %+v", st)
	}
	if err := s.Do(game.BillingRate{Service: 0, Delta: 1}); !errors.Is(err, game.ErrNotNow) {
		t.Errorf("a billing command on the equipment desk: %v", err)
	}
	if err := s.Do(game.EquipmentFund{Request: 99}); err == nil {
		t.Error("funding a request that is not on the list was taken")
	}
}

// The rules the screen shows are worked out in the core: when each item is due,
// which skipped items are life support, the 30% rule's advice on each request (and
// its yearly figure, rounded as an estimate), and the tab each warning belongs on.
func TestEquipmentForecastCarriesTheScreenRules(t *testing.T) {
	s := openEquipmentIn(t, 4, "hospital")
	p := s.St().Sys.Equipment
	f := s.View().EquipmentForecast()
	due := map[string]string{"vent-icu": game.EquipDueIn, "vent-loaner": game.EquipDueLoaner, "pumps": game.EquipDueOverdue,
		"beds": game.EquipDueLater, "monitors": game.EquipDueLater}
	for id, want := range due {
		if got := f.Items[equItemIdx(t, p, id)].Due; got != want {
			t.Errorf("%s is due %q, want %q", id, got, want)
		}
	}
	for i, it := range p.Items {
		missed := false
		for _, id := range f.MissedLife {
			missed = missed || id == it.ID
		}
		if f.Items[i].Missed != missed {
			t.Errorf("%s: marked missed %v, in MissedLife %v", it.ID, f.Items[i].Missed, missed)
		}
	}
	hints := map[string]string{"ct": game.EquipHintReplace, "switch": game.EquipHintReplace, "robot": game.EquipHintNew,
		"pumps": game.EquipHintRepair, "beds": game.EquipHintRepair}
	for id, want := range hints {
		i := equReqIdx(t, p, id)
		rf := f.Requests[i]
		if rf.Hint != want || rf.Yearly%1000 != 0 || math.Abs(float64(rf.Yearly-p.Requests[i].YearlySaving())) > 500 {
			t.Errorf("%s: %+v, want hint %q and the yearly saving %d to the thousand", id, rf, want, p.Requests[i].YearlySaving())
		}
		if math.Abs(rf.Share-p.Requests[i].ServiceShare()*100) > 1e-9 {
			t.Errorf("%s: service share %.1f%%", id, rf.Share)
		}
	}
	if !equHasFlag(f.CapitalFlags, "unfunded.ct") || equHasFlag(f.MaintFlags, "unfunded") || !equHasFlag(f.MaintFlags, "flag.loaner") ||
		len(f.Flags) != len(f.MaintFlags)+len(f.CapitalFlags) {
		t.Errorf("warnings by tab: maintenance %+v, capital %+v", f.MaintFlags, f.CapitalFlags)
	}
	if f.EarlyHours != p.Items[equItemIdx(t, p, "beds")].Hours {
		t.Errorf("early hours %d: the draft books the beds early", f.EarlyHours)
	}
}

// Every line the equipment desk emits carries its numbers as language-neutral
// markers, formatted from the catalog when shown.
func TestEquipmentLinesAreLanguageNeutral(t *testing.T) {
	for seed := int64(1); seed <= 6; seed++ {
		s := openEquipmentIn(t, seed, "hospital")
		if seed%2 == 0 {
			s.AutoSystem()
			s.Do(game.EquipmentContract{Delta: 1})
		}
		where := "seed " + strconv.Itoa(int(seed))
		neutralArgs(t, where, s.View().EquipmentForecast().Flags...)
		neutralArgs(t, where, finishEmitted(t, s)...)
	}
}

// hasLoaner reports whether the desk lists the loaner ventilator.
func hasLoaner(s *game.Session) bool {
	for _, it := range s.St().Sys.Equipment.Items {
		if it.Loaner {
			return true
		}
	}
	return false
}

// The loaner ventilator arrives once. After the equipment desk put it into use, the
// midnight-loaner scenario no longer delivers it and the next desk no longer lists it
// as new; after the scenario put it into use, the desk does not deliver it again.
func TestLoanerVentilatorArrivesOnce(t *testing.T) {
	const scenario = "eqp-loaner-ventilator"
	for seed := int64(1); seed <= 6; seed++ {
		s := openEquipmentIn(t, seed, "hospital")
		if !hasLoaner(s) {
			t.Fatalf("seed %d: the first equipment desk has no loaner ventilator", seed)
		}
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		if !s.St().Flags[game.EquipLoanerInUse] {
			t.Fatalf("seed %d: the loaner went into use but no flag says so", seed)
		}
		if game.Eligible(s, scenario) {
			t.Errorf("seed %d: the loaner is in use, yet the scenario can still deliver it as new", seed)
		}
		s.St().Sys.Equipment.Week = -1 // next time the desk is laid out
		game.OpenDesk(s, game.SysEquipment)
		if hasLoaner(s) {
			t.Errorf("seed %d: the loaner in use is listed again as a new arrival", seed)
		}
	}
	// the other way round: the scenario's choices that use the loaner say so, and the
	// desk then leaves it out
	sc := content(t).Scenario(scenario)
	for i, ch := range sc.Choices[:2] {
		if !contains(ch.Set, game.EquipLoanerInUse) {
			t.Errorf("choice %d of %s puts the loaner into use without setting %s", i, scenario, game.EquipLoanerInUse)
		}
	}
	if contains(sc.Choices[2].Set, game.EquipLoanerInUse) {
		t.Errorf("the transfer choice does not use the loaner, yet marks it in use")
	}
	s := openEquipmentIn(t, 2, "hospital")
	s.St().Flags[game.EquipLoanerInUse] = true
	s.St().Sys.Equipment.Week = -1
	game.OpenDesk(s, game.SysEquipment)
	if hasLoaner(s) {
		t.Error("after the scenario put the loaner into use, the desk delivers it again")
	}
}

// openEquipmentIn opens the equipment desk dealt for setting. The tests above were
// written for a hospital's desk (ventilators, the CT scanner, the robot) and open that.
func openEquipmentIn(t *testing.T, seed int64, setting string) *game.Session {
	t.Helper()
	s := openDuty(t, seed, game.SysEquipment)
	s.St().Setting = setting
	game.OpenDesk(s, game.SysEquipment)
	if p := s.St().Sys.Equipment; p == nil || p.Setting != setting {
		t.Fatalf("the equipment desk was not dealt again for %s", setting)
	}
	return s
}

// TestEquipmentDeskFollowsTheSetting opens the desk in every setting: each maintains
// its own inventory and ranks its own capital requests within its own budget, the
// hospital-only equipment (ventilators, ICU and ED gear, the CT scanner, the surgical
// robot, ward beds) never appears elsewhere, each setting's binding maintenance rules
// come with their fact cards, the insurer's desk keeps the claims servers that pay
// its members' claims and its medical loss ratio card, and whatever the player skips
// or leaves unfunded is worded in the setting's own catalog lines.
func TestEquipmentDeskFollowsTheSetting(t *testing.T) {
	cat := enCatalog(t)
	hospitalOnly := []string{"vent", "icu", "ct", "robot", "beds", "pumps", "monitors", "defib", "switch", "generator"}
	want := map[string][]string{ // a few items each desk must hold
		"hospital":   {"vent-icu", "ct"},
		"practice":   {"exam-tables", "ehr-ws", "autoclave", "poc-analyzer"},
		"clinic":     {"xray", "lab"},
		"rehab":      {"gym", "lifts"},
		"gov-agency": {"fridges", "mobile", "surveillance"},
		"mco":        {"claims-servers", "firewall"},
	}
	budgets := map[int]string{}
	for setting, items := range want {
		t.Run(setting, func(t *testing.T) {
			s := openEquipmentIn(t, 3, setting)
			v := s.View()
			p, ok := v.EquipmentPlan()
			if !ok {
				t.Fatal("no desk")
			}
			have := map[string]bool{}
			for _, it := range p.Items {
				have[it.ID] = true
				if cat["sys.equipment.item."+it.ID] == "" {
					t.Errorf("item %s has no name", it.ID)
				}
			}
			for _, id := range items {
				if !have[id] {
					t.Errorf("the %s desk has no %s", setting, id)
				}
			}
			if setting != "hospital" && setting != "rehab" {
				for _, it := range p.Items {
					for _, h := range hospitalOnly {
						if it.ID == h || strings.HasPrefix(it.ID, h+"-") || strings.Contains(strings.ToLower(cat["sys.equipment.item."+it.ID]), "ventilator") {
							t.Errorf("a %s desk maintains the hospital's %s", setting, it.ID)
						}
					}
				}
				for _, r := range p.Requests {
					for _, h := range hospitalOnly {
						if r.ID == h {
							t.Errorf("a %s desk is asked for the hospital's %s", setting, r.ID)
						}
					}
				}
			}
			for _, r := range p.Requests {
				if cat["sys.equipment.req."+r.ID+".name"] == "" || cat["sys.equipment.req."+r.ID+".who"] == "" {
					t.Errorf("request %s has no name or asker", r.ID)
				}
			}
			f := v.EquipmentForecast()
			if other, dup := budgets[f.Budget]; dup {
				t.Errorf("%s has the same capital budget as %s", setting, other)
			}
			budgets[f.Budget] = setting
			if len(f.Flags) == 0 {
				t.Errorf("the %s draft shows nothing to fix", setting)
			}
			checkKeys(t, cat, setting+" flags", f.Flags...)
			for _, it := range p.Items {
				key := "sys.equipment.flag.other." + it.ID
				if it.Class == game.EquipLife {
					key = "sys.equipment.flag.life." + it.ID
				}
				if !it.Loaner && cat[key] == "" {
					t.Errorf("skipping %s would show %q, which has no string", it.ID, key)
				}
			}
			// the rules that bind: a hospital's come from the content (the Joint
			// Commission), the others' from the catalog, each with a source
			rules := v.EquipmentRuleFacts()
			if (setting == "hospital") != (len(rules) == 0) {
				t.Errorf("%s rule facts: %v", setting, rules)
			}
			for _, id := range rules {
				if cat["sys.equipment.fact."+id+".text"] == "" || cat["sys.equipment.fact."+id+".source"] == "" {
					t.Errorf("fact card %s has no text or source", id)
				}
			}
			if setting == "mco" {
				if !strings.Contains(strings.Join(rules, " "), "mlr") || !strings.Contains(cat["sys.equipment.fact.mlr.text"], "medical loss ratio") {
					t.Error("the insurer's desk does not show its medical loss ratio")
				}
				if !strings.Contains(strings.ToLower(cat["sys.equipment.item.claims-servers"]), "claims") {
					t.Error("the insurer's claims servers do not say they pay claims")
				}
			}
			// the draft as it stands (skips and unfunded replacements) and the plain job
			// both play to a debrief whose every line has its string
			checkKeys(t, cat, setting+" draft", finishEmitted(t, s)...)
			s2 := openEquipmentIn(t, 4, setting)
			s2.AutoSystem()
			if f := s2.View().EquipmentForecast(); len(f.MissedLife) > 0 || len(f.Unfunded) > 0 || f.Spent > f.Budget {
				t.Errorf("the plain job leaves life support %v, unfunded %v, spent %d of %d", f.MissedLife, f.Unfunded, f.Spent, f.Budget)
			}
			checkKeys(t, cat, setting+" auto", finishEmitted(t, s2)...)
		})
	}
}

// TestEquipmentOldDeskIsDealtAgain: a desk saved before settings (no setting field)
// is dealt again for the run's setting when it opens the same week.
func TestEquipmentOldDeskIsDealtAgain(t *testing.T) {
	s := openEquipmentIn(t, 2, "hospital")
	s.St().Sys.Equipment.Setting = ""
	s.St().Setting = "practice"
	game.OpenDesk(s, game.SysEquipment)
	if p := s.St().Sys.Equipment; p.Setting != "practice" || p.Items[0].ID == "vent-icu" {
		t.Fatalf("the old hospital desk was kept in a practice: %+v", p.Items[0])
	}
}

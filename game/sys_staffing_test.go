package game_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// openStaffingSys opens the staffing desk of a hospital: the desk these tests were
// written for (two nursing units under the ratio law, day and night, seven days).
func openStaffingSys(t *testing.T, seed int64) *game.Session {
	t.Helper()
	return openStaffingIn(t, seed, "hospital")
}

// openStaffingIn opens the staffing desk dealt for setting.
func openStaffingIn(t *testing.T, seed int64, setting string) *game.Session {
	t.Helper()
	s := openDuty(t, seed, game.SysStaffing)
	s.St().Setting = setting
	game.OpenDesk(s, game.SysStaffing)
	if p := s.St().Sys.Staffing; p == nil || p.Setting != setting {
		t.Fatalf("the staffing desk was not dealt again for %s", setting)
	}
	return s
}

func TestStaffingDraftFlagsRatioBreaks(t *testing.T) {
	s := openStaffingSys(t, 3)
	p := s.St().Sys.Staffing
	if len(p.Units) != 2 || len(p.Shifts) != 28 {
		t.Fatalf("want two units of 14 shifts, got %d units, %d shifts", len(p.Units), len(p.Shifts))
	}
	breaks := p.Breaks()
	if len(breaks) < 2 {
		t.Fatalf("the draft should show ratio breaks to fix, got %v", breaks)
	}
	// every flagged shift really has fewer nurses than census / ratio needs
	for _, i := range breaks {
		sh := p.Shifts[i]
		per := p.Units[sh.Unit].PerNurse
		if sh.Scheduled()*per >= sh.Census {
			t.Errorf("shift %d flagged but %d nurses cover %d patients at 1:%d", i, sh.Scheduled(), sh.Census, per)
		}
	}
	// a shift that meets the ratio, then loses a nurse, is flagged
	ok := -1
	for i := range p.Shifts {
		if p.Short(i) == 0 && p.Extra(i) == 0 {
			ok = i
			break
		}
	}
	if ok < 0 {
		t.Fatal("no exactly-staffed shift in the draft")
	}
	if err := s.Do(game.StaffingRemove{Shift: ok}); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, i := range p.Breaks() {
		found = found || i == ok
	}
	if !found {
		t.Fatalf("shift %d is one nurse short but not flagged: %v", ok, p.Breaks())
	}
	// the ratio is per unit kind, from 22 CCR 70217
	if p.Units[0].PerNurse != 5 || p.Units[1].PerNurse != game.RatioPatients[p.Units[1].Kind] {
		t.Errorf("unit ratios %d and %d", p.Units[0].PerNurse, p.Units[1].PerNurse)
	}
	// breaks never block Done, and the debrief names them
	n := len(p.Breaks())
	if err := s.FinishSystem(); err != nil {
		t.Fatalf("Done refused on a schedule with breaks: %v", err)
	}
	out := s.St().Outcome
	var breaksLine *game.Line
	for i := range out.Lines {
		if out.Lines[i].Key == "sys.staffing.out.cover.breaks" {
			breaksLine = &out.Lines[i]
		}
	}
	if breaksLine == nil || breaksLine.Args[3] != game.NumArg(float64(n), 0) {
		t.Errorf("the debrief does not report the %d breaks: %+v", n, out.Lines)
	}
	if out.Fact == nil || !strings.Contains(out.Fact.Source, "70217") {
		t.Errorf("the ratio debrief has no ratio fact card: %+v", out.Fact)
	}
}

func TestStaffingAgencyCostsMoreThanOvertimeMoreThanStaff(t *testing.T) {
	if !(game.AgencyShiftCost > game.OvertimeShiftCost && game.OvertimeShiftCost > game.StaffShiftCost) {
		t.Fatal("shift costs out of order")
	}
	// fill the same gap three ways on the same schedule and compare what the week costs
	cost := func(kind string) int {
		s := openStaffingSys(t, 3)
		p := s.St().Sys.Staffing
		gap := p.Breaks()[0]
		// free a straight-time shift so the staff option is open too
		for i := range p.Shifts {
			if p.Shifts[i].Unit == p.Shifts[gap].Unit && p.Shifts[i].Staff > 0 && i != gap {
				p.Shifts[i].Staff--
				break
			}
		}
		before := p.Spent()
		if err := s.Do(game.StaffingAdd{Shift: gap, Kind: kind}); err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		return p.Spent() - before
	}
	staff, ot, agency := cost(game.FillStaff), cost(game.FillOvertime), cost(game.FillAgency)
	if !(agency > ot && ot > staff) {
		t.Fatalf("filling a gap cost staff %d, overtime %d, agency %d", staff, ot, agency)
	}
}

func TestStaffingLimitedStaffAndOvertime(t *testing.T) {
	s := openStaffingSys(t, 4)
	p := s.St().Sys.Staffing
	if p.Left(0, game.FillStaff) != p.Units[0].StraightCap-p.Used(0, game.FillStaff) {
		t.Fatal("straight time left does not follow the schedule")
	}
	for p.Left(0, game.FillStaff) > 0 {
		if err := s.Do(game.StaffingAdd{Shift: 0, Kind: game.FillStaff}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Do(game.StaffingAdd{Shift: 0, Kind: game.FillStaff}); err != game.ErrStaffingNoStraightTime || !errors.Is(err, game.ErrStaffingNoneLeft) {
		t.Fatalf("a staff nurse beyond the unit's straight time was accepted: %v", err)
	}
	for p.Left(0, game.FillOvertime) > 0 {
		s.Do(game.StaffingAdd{Shift: 1, Kind: game.FillOvertime})
	}
	if err := s.Do(game.StaffingAdd{Shift: 1, Kind: game.FillOvertime}); err != game.ErrStaffingNoOvertime || !errors.Is(err, game.ErrStaffingNoneLeft) {
		t.Fatalf("overtime beyond what staff agreed to was accepted: %v", err)
	}
	if err := s.Do(game.StaffingAdd{Shift: 1, Kind: game.FillAgency}); err != nil {
		t.Fatalf("agency nurses are limited only by money: %v", err)
	}
	// removing takes the priciest nurse first
	a := p.Shifts[1].Agency
	s.Do(game.StaffingRemove{Shift: 1})
	if p.Shifts[1].Agency != a-1 {
		t.Fatal("remove did not take the agency nurse first")
	}
}

func TestStaffingCoverageFollowsFilledShifts(t *testing.T) {
	meter := func(fill bool) (float64, float64, *game.Outcome) {
		s := openStaffingSys(t, 5)
		if fill {
			s.AutoSystem()
			if n := len(s.St().Sys.Staffing.Breaks()); n != 0 {
				t.Fatalf("auto left %d breaks", n)
			}
		}
		before := s.St().Facility.Meters[game.StaffingCoverage]
		sat := s.St().Facility.Meters[game.PatientSatisfied]
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		return s.St().Facility.Meters[game.StaffingCoverage] - before, s.St().Facility.Meters[game.PatientSatisfied] - sat, s.St().Outcome
	}
	fullCov, fullSat, fullOut := meter(true)
	gapCov, gapSat, _ := meter(false)
	if fullCov <= gapCov {
		t.Fatalf("coverage moved %+.1f with every shift filled, %+.1f with gaps", fullCov, gapCov)
	}
	if gapCov >= 0 {
		t.Errorf("a schedule with ratio breaks raised staffing coverage by %+.1f", gapCov)
	}
	if fullSat <= gapSat {
		t.Errorf("patient satisfaction moved %+.1f filled, %+.1f with gaps", fullSat, gapSat)
	}
	if fullOut.Lines[0].Key != "sys.staffing.out.cover.all" {
		t.Errorf("a full schedule's debrief opens with %q", fullOut.Lines[0].Key)
	}
}

func TestStaffingOvertimeRaisesTurnoverPressure(t *testing.T) {
	run := func(kind string) (float64, float64) {
		s := openStaffingSys(t, 6)
		p := s.St().Sys.Staffing
		for _, i := range p.Breaks() {
			for p.Short(i) > 0 {
				k := kind
				if k == game.FillOvertime && p.Left(p.Shifts[i].Unit, k) <= 0 {
					k = game.FillAgency
				}
				s.Do(game.StaffingAdd{Shift: i, Kind: k})
			}
		}
		ot, to := s.St().Facility.Meters[game.OvertimeShare], s.St().Facility.Meters[game.RNTurnover]
		s.FinishSystem()
		return s.St().Facility.Meters[game.OvertimeShare] - ot, s.St().Facility.Meters[game.RNTurnover] - to
	}
	otOT, otTurn := run(game.FillOvertime)
	agOT, agTurn := run(game.FillAgency)
	if otOT <= agOT || otTurn <= agTurn {
		t.Fatalf("overtime-heavy week: overtime %+.2f turnover %+.2f; agency week: %+.2f %+.2f", otOT, otTurn, agOT, agTurn)
	}
}

func TestStaffingPostedJobArrivesLater(t *testing.T) {
	s := openStaffingSys(t, 7)
	if err := s.Do(game.StaffingPostJob{Unit: 0}); err != nil {
		t.Fatal(err)
	}
	if err := s.Do(game.StaffingTraining{}); err != nil {
		t.Fatal(err)
	}
	budget := s.St().Sys.Staffing
	spent := budget.Spent()
	if err := s.Do(game.StaffingPostJob{Unit: 1}); err != nil {
		t.Fatal(err)
	}
	if budget.Spent()-spent != game.JobPostingCost {
		t.Fatal("posting a job costs nothing now")
	}
	s.Do(game.StaffingPostJob{Unit: 1}) // withdrawn again
	week := s.St().Week
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	var hire *game.Delayed
	for i := range s.St().Pending {
		if s.St().Pending[i].Msg.Key == "sys.staffing.later.hire" {
			hire = &s.St().Pending[i]
		}
	}
	if hire == nil {
		t.Fatal("no new nurse is on the way after posting a job")
	}
	if hire.Due != week+game.HireWeeks {
		t.Fatalf("the new nurse is due in week %d, want %d", hire.Due, week+game.HireWeeks)
	}
	if f := s.St().Outcome.Fact; f == nil || !strings.Contains(f.Text.In("en"), "83 days") {
		t.Errorf("the debrief mentions the 83 days without its fact card: %+v", f)
	}
	if len(s.St().Outcome.Later) != 2 {
		t.Errorf("the debrief announces %d later consequences, want 2 (hire, training)", len(s.St().Outcome.Later))
	}
	// play on: the nurse arrives in the week it is due, not before
	arrived := 0
	for n := 0; n < 500 && s.Step().Kind != game.StepReport; n++ {
		if s.St().Week < hire.Due {
			for _, e := range s.St().History {
				if e.Title.Key == "sys.staffing.later.hire" {
					t.Fatalf("the nurse arrived in week %d, before week %d", e.Week, hire.Due)
				}
			}
		}
		s.Act1(game.FirstOption)
	}
	for _, e := range s.St().History {
		if e.Title.Key == "sys.staffing.later.hire" {
			arrived = e.Week
			if e.Why.Key != "later.because" || len(e.Why.Parts) != 2 || e.Why.Parts[0].IsZero() || e.Why.Parts[1].IsZero() {
				t.Errorf("the arrival does not say why: %+v", e.Why)
			}
		}
	}
	if arrived != week+game.HireWeeks {
		t.Fatalf("the new nurse arrived in week %d, want %d", arrived, week+game.HireWeeks)
	}
}

func TestStaffingDoneOnDefaultAndAuto(t *testing.T) {
	s := openStaffingSys(t, 8)
	if err := s.FinishSystem(); err != nil {
		t.Fatalf("Done on the fresh draft: %v", err)
	}
	if s.Step().Kind != game.StepOutcome || len(s.St().Outcome.Lines) < 3 || len(s.St().Outcome.Changes) == 0 {
		t.Fatalf("no debrief after Done: %+v", s.St().Outcome)
	}
	s2 := openStaffingSys(t, 8)
	s2.AutoSystem()
	p := s2.St().Sys.Staffing
	if len(p.Breaks()) != 0 {
		t.Fatalf("auto left ratio breaks: %v", p.Breaks())
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatalf("Done after auto: %v", err)
	}
	if !s2.St().Inbox[s2.St().Open].Done {
		t.Error("the inbox item is not done after Done")
	}
}

func TestStaffingSaveLoadKeepsSchedule(t *testing.T) {
	s := openStaffingSys(t, 9)
	s.Do(game.StaffingAdd{Shift: 2, Kind: game.FillAgency})
	s.Do(game.StaffingPostJob{Unit: 1})
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(content(t), data)
	if err != nil {
		t.Fatal(err)
	}
	a, b := s.St().Sys.Staffing, s2.St().Sys.Staffing
	if b == nil || len(b.Shifts) != len(a.Shifts) || b.Shifts[2] != a.Shifts[2] || !b.Units[1].JobPosted || b.Budget != a.Budget || b.Spent() != a.Spent() {
		t.Fatalf("the schedule changed in the save: %+v", b)
	}
	if s2.Step().System != game.SysStaffing {
		t.Fatal("the loaded run is not on the staffing screen")
	}
	// re-opening in the same week keeps the work
	s2.LeaveSystem()
	for i, in := range s2.St().Inbox {
		if in.System == game.SysStaffing {
			s2.Choose(i)
		}
	}
	if s2.St().Sys.Staffing.Shifts[2] != a.Shifts[2] {
		t.Fatal("leaving and re-opening lost the work")
	}
}

func TestStaffingStringsExist(t *testing.T) {
	cat := enCatalog(t)
	// every line a debrief, or a consequence it queues, can show has its string
	for seed := int64(1); seed <= 4; seed++ {
		s := openStaffingSys(t, seed)
		switch seed {
		case 2:
			s.AutoSystem()
			s.Do(game.StaffingPostJob{Unit: 0})
		case 3:
			s.Do(game.StaffingTraining{})
			for i := range s.St().Sys.Staffing.Shifts {
				s.Do(game.StaffingAdd{Shift: i, Kind: game.FillAgency})
			}
		case 4:
			s.Do(game.StaffingTraining{})
			s.Do(game.StaffingPostJob{Unit: 1})
		}
		checkKeys(t, cat, "seed "+strconv.Itoa(int(seed)), finishEmitted(t, s)...)
	}
}

func TestStaffingViewIsACopyAndForecastFollowsThePlan(t *testing.T) {
	s := openStaffingSys(t, 10)
	p := s.St().Sys.Staffing
	desk, ok := s.View().StaffingDesk()
	if !ok || len(desk.Shifts) != len(p.Shifts) || desk.Budget != p.Budget {
		t.Fatalf("the view's desk is not the plan: %+v", desk)
	}
	desk.Shifts[0].Agency += 5
	desk.Units[0].JobPosted = !p.Units[0].JobPosted
	if p.Shifts[0].Agency == desk.Shifts[0].Agency || p.Units[0].JobPosted == desk.Units[0].JobPosted {
		t.Fatal("changing the view's desk changed the run")
	}
	// the forecast is the rules' own numbers, computed once for the screen
	f := s.View().StaffingForecast()
	if f.Shifts != len(p.Shifts) || f.Meeting != len(p.Shifts)-len(p.Breaks()) || len(f.Breaks) != len(p.Breaks()) ||
		f.Spent != p.Spent() || f.Budget != p.Budget || f.Over != (p.Spent() > p.Budget) || f.Coverage != p.Coverage() {
		t.Fatalf("forecast %+v does not follow the plan", f)
	}
	if f.Gap < 0 || f.Gap != max(p.Budget-p.Spent(), p.Spent()-p.Budget) {
		t.Errorf("budget gap %d for spent %d of %d", f.Gap, p.Spent(), p.Budget)
	}
	for i := range p.Shifts {
		c := f.Cells[i]
		want := game.ShiftOK
		if p.Short(i) > 0 {
			want = game.ShiftShort
		} else if p.Extra(i) > 0 {
			want = game.ShiftExtra
		}
		if c.Need != p.Need(i) || c.Short != p.Short(i) || c.Extra != p.Extra(i) || c.Status != want || c.CanRemove != (p.Shifts[i].Scheduled() > 0) {
			t.Errorf("shift %d: forecast %+v", i, c)
		}
	}
	for u := range p.Units {
		if f.Units[u].StaffLeft != p.Left(u, game.FillStaff) || f.Units[u].CanStaff != (p.Left(u, game.FillStaff) > 0) ||
			f.Units[u].OvertimeLeft != p.Left(u, game.FillOvertime) || f.Units[u].CanOvertime != (p.Left(u, game.FillOvertime) > 0) {
			t.Errorf("unit %d: forecast %+v", u, f.Units[u])
		}
	}
	// a shift with nobody on it refuses Remove in words the screen can map
	for p.Shifts[0].Scheduled() > 0 {
		if err := s.Do(game.StaffingRemove{Shift: 0}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Do(game.StaffingRemove{Shift: 0}); err != game.ErrStaffingNobodyToRemove {
		t.Fatalf("removing from an empty shift: %v", err)
	}
	if s.View().StaffingForecast().Cells[0].CanRemove {
		t.Error("an empty shift offers Remove")
	}
	// a command for the desk after Done is refused
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if err := s.Do(game.StaffingAdd{Shift: 0, Kind: game.FillAgency}); err != game.ErrNotNow {
		t.Fatalf("a staffing command after Done: %v", err)
	}
}

// TestStaffingDeskFollowsTheSetting opens the desk in every setting: each schedules
// its own units and roles, only the hospital's follow the ratio law (and schedule an
// ED or beds), offices open on weekdays have no night shift, the insurer schedules
// the claims examiners who pay its claims, and every line the desk can show has its
// English string.
func TestStaffingDeskFollowsTheSetting(t *testing.T) {
	cat := enCatalog(t)
	hospitalOnly := map[string]bool{"medsurg": true, "ed": true, "icu": true, "telemetry": true, "stepdown": true}
	want := map[string]struct {
		units  [2]string
		roles  [2]string
		law    bool
		days   int
		nights bool
	}{
		"hospital":   {[2]string{"medsurg", "ed"}, [2]string{"rn", "rn"}, true, 7, true},
		"practice":   {[2]string{"front", "clinical"}, [2]string{"front", "ma"}, false, 5, false},
		"clinic":     {[2]string{"providers", "assistants"}, [2]string{"provider", "ma"}, false, 7, false},
		"rehab":      {[2]string{"therapy", "nursing"}, [2]string{"therapist", "aide"}, false, 7, true},
		"gov-agency": {[2]string{"phn", "inspect"}, [2]string{"phn", "inspector"}, false, 5, false},
		"mco":        {[2]string{"caremgmt", "claims"}, [2]string{"caremgr", "claims"}, false, 5, false},
	}
	seen := map[string]string{}
	for setting, w := range want {
		t.Run(setting, func(t *testing.T) {
			s := openStaffingIn(t, 5, setting)
			p, ok := s.View().StaffingDesk()
			if !ok {
				t.Fatal("no desk")
			}
			for u, un := range p.Units {
				if un.ID != w.units[u] || un.RoleID() != w.roles[u] {
					t.Errorf("unit %d is %s worked by %s, want %s by %s", u, un.ID, un.RoleID(), w.units[u], w.roles[u])
				}
				if setting != "hospital" && (hospitalOnly[un.ID] || un.Law || un.RoleID() == "rn") {
					t.Errorf("a %s desk schedules %s (%s, ratio law %v)", setting, un.ID, un.RoleID(), un.Law)
				}
				// the screen names the unit, who works it and what its census counts
				for _, k := range []string{"sys.staffing.unit." + un.ID, "sys.staffing.role." + un.RoleID(), "sys.staffing.measure." + un.MeasureID()} {
					if cat[k] == "" {
						t.Errorf("the screen's %q has no English string", k)
					}
				}
			}
			if p.LawApplies() != w.law {
				t.Errorf("ratio law applies: %v, want %v", p.LawApplies(), w.law)
			}
			if p.Days() != w.days {
				t.Errorf("the schedule runs %d days, want %d", p.Days(), w.days)
			}
			nights := p.HasNights(0) || p.HasNights(1)
			if nights != w.nights {
				t.Errorf("night shifts: %v, want %v", nights, w.nights)
			}
			f := s.View().StaffingForecast()
			if len(f.Breaks) < 2 || f.Budget <= 0 {
				t.Errorf("the draft shows %d gaps and a budget of %d: nothing to fix", len(f.Breaks), f.Budget)
			}
			if setting == "mco" {
				claims := 0
				for _, sh := range p.Shifts {
					if p.Units[sh.Unit].MeasureID() == "claims" {
						claims += sh.Census
					}
				}
				if claims < 5000 {
					t.Errorf("the insurer's claims examiners have %d claims to pay this week", claims)
				}
				if _, ok := cat["sys.staffing.fact.rule.mco.text"]; !ok || !strings.Contains(cat["sys.staffing.fact.rule.mco.text"], "medical loss ratio") {
					t.Error("the insurer's fact card does not explain its medical loss ratio")
				}
			}
			if !w.law {
				for _, k := range []string{"fact.rule." + setting + ".text", "fact.rule." + setting + ".source", "row", "legend", "sel.need", "sel.short", "sel.ok", "sel.extra",
					"btn.staff", "btn.agency", "summary", "breaks", "breaks_none", "pool", "costs", "lever.job", "btn.fact_ratio", "btn.fact_hire", "hint"} {
					if !strings.HasPrefix(k, "fact.") {
						k = p.RuleKey("sys.staffing." + k)[len("sys.staffing."):]
					}
					if cat["sys.staffing."+k] == "" {
						t.Errorf("a %s desk's %q has no English string", setting, k)
					}
				}
			}
			// the desk plays to a debrief in the setting's own words
			s.AutoSystem()
			s.Do(game.StaffingPostJob{Unit: 0})
			s.Do(game.StaffingTraining{})
			keys := finishEmitted(t, s)
			checkKeys(t, cat, setting, keys...)
			for _, k := range keys {
				if !w.law && k.Key == "sys.staffing.out.cover.all" || !w.law && k.Key == "sys.staffing.out.cover.breaks" {
					t.Errorf("a %s debrief speaks of the nurse ratio: %s", setting, k.Key)
				}
			}
			sig := ""
			for _, un := range p.Units {
				sig += un.ID + "/"
			}
			if other, dup := seen[sig]; dup {
				t.Errorf("%s deals the same desk as %s", setting, other)
			}
			seen[sig] = setting
		})
	}
}

// TestStaffingOldDeskIsDealtAgain: a schedule saved before settings (no setting, no
// roles) still reads as a hospital's nurse schedule under the ratio law, and opening
// the desk the same week in another setting deals that setting's desk.
func TestStaffingOldDeskIsDealtAgain(t *testing.T) {
	s := openStaffingIn(t, 2, "hospital")
	p := s.St().Sys.Staffing
	p.Setting = ""
	for i := range p.Units {
		p.Units[i].Role, p.Units[i].Measure, p.Units[i].Law, p.Units[i].Cost = "", "", false, nil
	}
	if !p.LawApplies() || p.Units[0].RoleID() != "rn" {
		t.Fatal("an old hospital schedule no longer reads as nurses under the ratio law")
	}
	if sp, _, ag := p.Units[0].Costs(); sp != game.StaffShiftCost || ag != game.AgencyShiftCost {
		t.Fatalf("an old schedule's shifts cost %d and %d", sp, ag)
	}
	s.St().Setting = "mco"
	game.OpenDesk(s, game.SysStaffing)
	if q := s.St().Sys.Staffing; q.Setting != "mco" || q.Units[1].ID != "claims" {
		t.Fatalf("the old desk was kept in an insurer: %+v", q.Units)
	}
}

package game_test

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// flowMeeting opens the flow meeting in a hospital (the run may have landed
// elsewhere: the desk is dealt again for the hospital, as opening it there would).
func flowMeeting(t *testing.T, seed int64) *game.Session {
	t.Helper()
	return flowMeetingAt(t, seed, "hospital")
}

// flowMeetingAt opens the flow meeting in workplace setting.
func flowMeetingAt(t *testing.T, seed int64, setting string) *game.Session {
	t.Helper()
	s := openDuty(t, seed, game.SysFlow)
	s.Edit(func(st *game.State) {
		st.Setting = setting
		st.Sys.Flow = nil
	})
	game.OpenDesk(s, game.SysFlow)
	return s
}

// flowScene sets the meters the flow screen reads, so tests do not depend on the
// setting the run happened to land in, and drops consequences queued earlier in
// the run.
func flowScene(s *game.Session, occ, ed float64) {
	s.St().Pending = nil // only this meeting's consequences land
	m := s.St().Facility.Meters
	m[game.BedOccupancy], m[game.EDMinutes] = occ, ed
	m[game.StaffingCoverage], m[game.OvertimeShare], m[game.RNTurnover] = 96, 5, 16.4
}

func flowDecideAll(t *testing.T, s *game.Session, d string) {
	t.Helper()
	for _, p := range game.FlowPolicies {
		if err := s.Do(game.FlowDecide{Dept: p.Dept, Decision: d}); err != nil {
			t.Fatal(err)
		}
	}
}

// flowSkipWeeks closes the debrief, ticks the rest of this week's inbox off and
// ends n weeks, so only the facility's own dynamics and pending effects move the
// meters.
func flowSkipWeeks(t *testing.T, s *game.Session, n int) {
	t.Helper()
	for w := 0; w < n; w++ {
		if s.St().Outcome != nil {
			if err := s.Continue(); err != nil {
				t.Fatal(err)
			}
		}
		for i := range s.St().Inbox {
			s.St().Inbox[i].Done = true
		}
		if err := s.Confirm(); err != nil {
			t.Fatalf("week %d: %v", s.St().Week, err)
		}
		if err := s.Continue(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFlowDoneOnDefaultDraft(t *testing.T) {
	s := flowMeeting(t, 4)
	m := s.St().Sys.Flow
	if len(m.Proposals) != 4 {
		t.Fatalf("the meeting has %d proposals, want one from each of the four department heads", len(m.Proposals))
	}
	f := s.View().FlowForecast()
	if f.Over() == 0 || f.Unanswered == 0 {
		t.Fatalf("the draft should show visible problems (over the fund, unanswered heads): %+v", f)
	}
	open := s.St().Open
	if err := s.FinishSystem(); err != nil {
		t.Fatalf("Done on the default draft: %v", err)
	}
	out := s.St().Outcome
	if out == nil || len(out.Lines) == 0 || len(out.Changes) == 0 {
		t.Fatalf("no debrief after Done: %+v", out)
	}
	if !s.St().Inbox[open].Done {
		t.Fatal("the inbox item is not ticked off")
	}
	if len(out.Later) == 0 || len(s.St().Pending) == 0 {
		t.Fatal("nothing lands later: the flu season and the slow half of the policies should")
	}
}

func TestFlowAutoThenDone(t *testing.T) {
	s := flowMeeting(t, 5)
	s.AutoSystem()
	f := s.View().FlowForecast()
	if f.Unanswered != 0 || f.Over() != 0 {
		t.Fatalf("the plain job leaves problems: %+v", f)
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if s.Step().Kind != game.StepOutcome {
		t.Fatal("no debrief after the plain job")
	}
}

func TestFlowSaveLoadKeepsDecisions(t *testing.T) {
	s := flowMeeting(t, 6)
	if err := s.Do(game.FlowDecide{Dept: "dietary", Decision: game.FlowAdapt}); err != nil {
		t.Fatal(err)
	}
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(content(t), data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.St().Sys.Flow, s2.St().Sys.Flow) {
		t.Fatalf("flow state changed in the round trip:\n%+v\n%+v", s.St().Sys.Flow, s2.St().Sys.Flow)
	}
	if s2.Step().System != game.SysFlow {
		t.Fatal("the loaded run is not on the flow screen")
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

func TestFlowDischargeBeforeNoonLowersBedsThenED(t *testing.T) {
	adopt, none := flowMeeting(t, 8), flowMeeting(t, 8)
	for _, s := range []*game.Session{adopt, none} {
		flowScene(s, 84, 170)
		flowDecideAll(t, s, game.FlowDecline)
	}
	if err := adopt.Do(game.FlowDecide{Dept: "nursing", Decision: game.FlowAdopt}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*game.Session{adopt, none} {
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
	}
	occA, occN := adopt.St().Facility.Meters[game.BedOccupancy], none.St().Facility.Meters[game.BedOccupancy]
	if occA >= occN-2 {
		t.Fatalf("discharge before noon should free beds at once: occupancy %.1f%% vs %.1f%% without it", occA, occN)
	}
	// the flu season and the slower half land in two weeks; the ED follows the beds
	for _, s := range []*game.Session{adopt, none} {
		flowSkipWeeks(t, s, game.FlowLaterWeeks+1)
	}
	edA, edN := adopt.St().Facility.Meters[game.EDMinutes], none.St().Facility.Meters[game.EDMinutes]
	t.Logf("beds %.1f%% vs %.1f%% at once; ED %.0f vs %.0f min after the surge", occA, occN, edA, edN)
	if edA >= edN-3 {
		t.Fatalf("with beds freed, ED visits should be shorter once the flu season lands: %.0f vs %.0f min", edA, edN)
	}
	if a, n := adopt.St().Facility.Meters[game.BedOccupancy], none.St().Facility.Meters[game.BedOccupancy]; a >= n {
		t.Fatalf("occupancy after the surge: %.1f%% with the policy, %.1f%% without", a, n)
	}
}

func TestFlowDecliningAllSavesMoneyButEDRisesOverThreshold(t *testing.T) {
	hot, cool := flowMeeting(t, 9), flowMeeting(t, 9)
	flowScene(hot, 88, game.FlowEDAverage)
	flowScene(cool, 70, game.FlowEDAverage)
	for _, s := range []*game.Session{hot, cool} {
		flowDecideAll(t, s, game.FlowDecline)
	}
	margin, variance := hot.St().Facility.Meters[game.OperatingMargin], hot.St().Facility.Meters[game.BudgetVariance]
	if err := hot.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if err := cool.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if got := hot.St().Facility.Meters[game.OperatingMargin]; got != margin {
		t.Fatalf("declining everything spends nothing, but the margin moved %.2f -> %.2f", margin, got)
	}
	if got := hot.St().Facility.Meters[game.BudgetVariance]; got <= variance {
		t.Fatalf("the unspent fund should show as a favourable variance: %.2f -> %.2f", variance, got)
	}
	flowSkipWeeks(t, hot, game.FlowLaterWeeks+1)
	flowSkipWeeks(t, cool, game.FlowLaterWeeks+1)
	edHot, edCool := hot.St().Facility.Meters[game.EDMinutes], cool.St().Facility.Meters[game.EDMinutes]
	t.Logf("ED after the surge: %.0f min from 88%% beds, %.0f min from 70%%", edHot, edCool)
	// the ED's usual level is this hospital's own (its time when the manager started)
	usual := math.Max(game.FlowEDAverage, cool.St().MetersStart[game.EDMinutes])
	if edHot < usual+10 {
		t.Fatalf("above 85%% occupancy ED visits should lengthen past the usual %.0f min: %.0f min", usual, edHot)
	}
	if edCool > usual+1 {
		t.Fatalf("well under 85%% the ED should hold near its usual %.0f min: %.0f min", usual, edCool)
	}
}

func TestFlowDeclinedHeadsCostBoardConfidence(t *testing.T) {
	no, yes := flowMeeting(t, 10), flowMeeting(t, 10)
	flowDecideAll(t, no, game.FlowDecline)
	flowDecideAll(t, yes, game.FlowAdapt)
	before := no.St().Facility.Meters[game.BoardConfidence]
	if yes.St().Facility.Meters[game.BoardConfidence] != before {
		t.Fatal("the two runs should start level")
	}
	for _, s := range []*game.Session{no, yes} {
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
	}
	bNo, bYes := no.St().Facility.Meters[game.BoardConfidence], yes.St().Facility.Meters[game.BoardConfidence]
	t.Logf("board confidence %.1f -> %.1f declining all, %.1f adapting all", before, bNo, bYes)
	if bNo > before-3 || bNo >= bYes {
		t.Fatalf("four declined heads should cost board confidence: %.1f -> %.1f (adapting all: %.1f)", before, bNo, bYes)
	}
	if no.St().Facility.Meters[game.RNTurnover] <= yes.St().Facility.Meters[game.RNTurnover] {
		t.Fatal("declining the nursing director's proposal should nudge RN turnover up")
	}
}

func TestFlowOverFundIsFlaggedNotBlocked(t *testing.T) {
	s := flowMeeting(t, 11)
	flowDecideAll(t, s, game.FlowAdopt)
	f := s.View().FlowForecast()
	if f.Over() <= 0 {
		t.Fatalf("adopting all four should overrun the %s fund (spent %s)", game.Money(f.Fund), game.Money(f.Spent))
	}
	v := s.St().Facility.Meters[game.BudgetVariance]
	if err := s.FinishSystem(); err != nil {
		t.Fatalf("over the fund must not block Done: %v", err)
	}
	if s.St().Facility.Meters[game.BudgetVariance] >= v {
		t.Fatal("the overspend should show as an unfavourable budget variance")
	}
}

func TestFlowOwnDepartmentGetsBonus(t *testing.T) {
	gen, dir := flowMeeting(t, 12), flowMeeting(t, 12)
	dir.St().Role = "nursing-director"
	dir.St().Player.Skills["health"] = 6
	for _, s := range []*game.Session{gen, dir} {
		flowScene(s, 84, 170)
		flowDecideAll(t, s, game.FlowDecline)
		if err := s.Do(game.FlowDecide{Dept: "nursing", Decision: game.FlowAdopt}); err != nil {
			t.Fatal(err)
		}
	}
	if dir.View().FlowForecast().Own != "nursing" || gen.View().FlowForecast().Own == "nursing" {
		t.Fatal("the nursing director should own the nursing proposal")
	}
	fg, fd := gen.View().FlowForecast(), dir.View().FlowForecast()
	if fd.Bonus <= 1.2 || fd.OccLater >= fg.OccLater {
		t.Fatalf("the director's own policy should work better: bonus %.2f, beds %.1f%% vs %.1f%%", fd.Bonus, fd.OccLater, fg.OccLater)
	}
	if err := dir.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, l := range dir.St().Outcome.Lines {
		if l.Key == "sys.flow.out.own" {
			found = true
		}
	}
	if !found {
		t.Fatal("the debrief does not explain the own-department bonus")
	}
}

func TestFlowDecideRefusesNonsense(t *testing.T) {
	s := flowMeeting(t, 13)
	if err := s.Do(game.FlowDecide{Dept: "laundry", Decision: game.FlowAdopt}); err == nil {
		t.Fatal("accepted an answer to a department that brought no proposal")
	}
	if err := s.Do(game.FlowDecide{Dept: "nursing", Decision: "maybe"}); err == nil {
		t.Fatal("accepted an unknown answer")
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if err := s.Do(game.FlowDecide{Dept: "nursing", Decision: game.FlowAdopt}); err == nil {
		t.Fatal("changed an answer after the meeting was over")
	}
}

// Every line the patient-flow meeting emits has its English string, the delayed
// landing of the flu season and the slower policies (message, cause, choice) included.
func TestFlowStringsExist(t *testing.T) {
	cat := enCatalog(t)
	landed := 0
	for i, d := range []string{"", game.FlowAdopt, game.FlowAdapt, game.FlowDecline} {
		s := flowMeeting(t, int64(3+i))
		if d == "" {
			s.AutoSystem()
		} else {
			flowDecideAll(t, s, d)
		}
		checkKeys(t, cat, "decision "+d, finishEmitted(t, s)...)
		if p := pendingKey(s, "sys.flow.later.landed"); p != nil {
			landed++
			if p.Cause.Key != "system.flow.title" || p.Choice.Key != "sys.flow.later.choice" || len(p.Msg.Args) != 2 || len(p.Choice.Args) != 3 {
				t.Errorf("the flu season's landing is %+v, from %+v / %+v", p.Msg, p.Cause, p.Choice)
			}
		}
	}
	if landed == 0 {
		t.Error("no meeting queued the flu season's landing")
	}
}

// The screen's flags are decided in the core: beds over the threshold, a longer ED
// visit, the fund left, and the own department's bonus even before it is chosen.
func TestFlowForecastFlagsAndViewCopies(t *testing.T) {
	hot, cool := flowMeeting(t, 14), flowMeeting(t, 14)
	flowScene(hot, 88, 170)
	flowScene(cool, 60, 170)
	hot.St().Role = "rehab-coordinator"
	hot.St().Player.Skills["health"] = 4
	for _, s := range []*game.Session{hot, cool} {
		flowDecideAll(t, s, game.FlowDecline)
	}
	fh, fc := hot.View().FlowForecast(), cool.View().FlowForecast()
	if !fh.BedsOver || !fh.EDWorse {
		t.Fatalf("88%% beds plus the flu season should flag the beds and the ED: %+v", fh)
	}
	if fc.BedsOver || fc.EDWorse {
		t.Fatalf("60%% beds should raise no flag: %+v", fc)
	}
	if fh.Left != fh.Fund || fh.Spent != 0 {
		t.Fatalf("declining everything leaves the whole fund: left %d of %d", fh.Left, fh.Fund)
	}
	if fh.Own != "rehab" || fh.OwnBonusPct() < 19.9 || fh.OwnBonusPct() > 20.1 || fh.Bonus != 1 {
		t.Fatalf("the rehab coordinator's bonus (20%% at health 4) should show before it is used: %+v", fh)
	}
	if fc.Own != "" && fc.OwnBonus != 1 {
		t.Fatalf("no own department, no bonus: %+v", fc)
	}
	// the view hands out copies: changing one does not change the run
	m, ok := hot.View().FlowMeeting()
	if !ok || len(m.Proposals) != 4 {
		t.Fatal("no meeting on the view")
	}
	m.Proposals[0].Decision = game.FlowAdopt
	if again, _ := hot.View().FlowMeeting(); again.Proposals[0].Decision != game.FlowDecline {
		t.Fatal("changing the view's copy changed the meeting")
	}
}

// A policy's effects render with their signs and numbers from the catalog.
func TestFlowEffectLines(t *testing.T) {
	cat := enCatalog(t)
	pol := game.FlowPolicyFor("nursing")
	var got []string
	for _, e := range pol.Summary() {
		got = append(got, e.Line().Render("en", cat))
	}
	want := []string{"stay −5%", "overtime +0.4 pts", "satisfaction +2"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("nursing's summary renders as %q, want %q", got, want)
	}
}

// flowSettings are the six workplaces' ids.
var flowSettings = []string{"hospital", "practice", "gov-agency", "rehab", "clinic", "mco"}

// flowHospitalOnly are words for things only a hospital has.
var flowHospitalOnly = []string{"ICU", " ED ", " ED.", "(ED", "emergency department", "Emergency dept", "bed", "ventilator", "robot", "inpatient", "nurse-to-patient", "ratio of nurses"}

// flowDeskWords renders every word the flow desk shows and emits in a workplace:
// the heads and their proposals, the diagram, the flags, the debrief of the plain
// job and what it queues for later.
func flowDeskWords(t *testing.T, s *game.Session) []string {
	t.Helper()
	cat := enCatalog(t)
	f := s.View().FlowForecast()
	m, _ := s.View().FlowMeeting()
	var lines []game.Line
	for _, p := range m.Proposals {
		for _, k := range []string{"dept", "who", "title", "about"} {
			lines = append(lines, game.L("sys.flow."+p.Dept+"."+k))
		}
		for _, e := range game.FlowPolicyFor(p.Dept).Summary() {
			lines = append(lines, e.Line())
		}
	}
	for _, k := range []string{"arrivals", "surge", "surge2", "ed", "beds", "discharge", "now_min", "now_pct", "now_days", "to_ed", "to_beds", "to_home"} {
		lines = append(lines, game.L(f.Setting.Prefix+"dia."+k, "1", "2"))
	}
	lines = append(lines, game.L(f.Setting.Prefix+"flag.over"), game.L(f.Setting.Prefix+"flag.ok"))
	s.AutoSystem()
	lines = append(lines, finishEmitted(t, s)...)
	checkKeys(t, cat, s.St().Setting, lines...)
	var out []string
	for _, l := range lines {
		out = append(out, l.Render("en", cat))
	}
	return out
}

// Each workplace holds its own meeting: its own department heads and measures, no
// beds or ED outside a hospital (a rehab facility has beds, but no ED), and a
// health plan that watches its medical loss ratio.
func TestFlowDeskDependsOnSetting(t *testing.T) {
	seen := map[string]string{}
	for _, setting := range flowSettings {
		t.Run(setting, func(t *testing.T) {
			s := flowMeetingAt(t, 3, setting)
			m, ok := s.View().FlowMeeting()
			if !ok || len(m.Proposals) < 3 {
				t.Fatalf("no meeting with at least three heads: %+v", m)
			}
			var depts []string
			for _, p := range m.Proposals {
				depts = append(depts, p.Dept)
			}
			key := strings.Join(depts, ",")
			if other, dup := seen[key]; dup {
				t.Fatalf("the %s desk has the same heads as the %s desk: %s", setting, other, key)
			}
			seen[key] = setting
			f := s.View().FlowForecast()
			hospital := setting == "hospital"
			_, movesBeds := f.Now[game.BedOccupancy]
			_, movesBedsLater := f.Later[game.BedOccupancy]
			_, movesED := f.Now[game.EDMinutes]
			_, movesEDLater := f.Later[game.EDMinutes]
			if !hospital && (movesED || movesEDLater) {
				t.Errorf("a %s desk moves the ED: %+v / %+v", setting, f.Now, f.Later)
			}
			if (hospital || setting == "rehab") != (movesBeds || movesBedsLater) {
				t.Errorf("%s desk moves beds = %v: %+v / %+v", setting, movesBeds || movesBedsLater, f.Now, f.Later)
			}
			if f.Insurer != (setting == "mco") {
				t.Errorf("%s desk insurer = %v", setting, f.Insurer)
			}
			words := flowDeskWords(t, s)
			all := strings.Join(words, "\n")
			if !hospital && setting != "rehab" {
				for _, w := range flowHospitalOnly {
					hit := strings.Contains(all, w) // ICU and ED are capitals
					if w != strings.ToUpper(w) {
						hit = strings.Contains(strings.ToLower(all), strings.ToLower(w))
					}
					if hit {
						t.Errorf("the %s desk says %q:\n%s", setting, w, all)
					}
				}
			}
			if setting == "rehab" && (strings.Contains(all, "ED ") || strings.Contains(strings.ToLower(all), "emergency department")) {
				t.Errorf("the rehab desk has an ED:\n%s", all)
			}
			if hospital && !strings.Contains(all, "Emergency dept.") {
				t.Errorf("the hospital desk lost its ED:\n%s", all)
			}
			if setting == "mco" {
				for _, w := range []string{"Claims paid", "Medical loss ratio", "prior-auth", "premiums"} {
					if !strings.Contains(all, w) {
						t.Errorf("the health plan's desk never says %q:\n%s", w, all)
					}
				}
			}
		})
	}
}

// A health plan pays claims: care management that keeps members out of the hospital
// lowers its medical loss ratio and, later, lifts the margin; below the 85% floor the
// difference goes back to members as a rebate, so the margin gains nothing more.
func TestFlowHealthPlanWatchesItsMedicalLossRatio(t *testing.T) {
	s := flowMeetingAt(t, 3, "mco")
	flowDecideAll := func(d string) {
		m, _ := s.View().FlowMeeting()
		for _, p := range m.Proposals {
			if err := s.Do(game.FlowDecide{Dept: p.Dept, Decision: d}); err != nil {
				t.Fatal(err)
			}
		}
	}
	flowDecideAll(game.FlowDecline)
	if err := s.Do(game.FlowDecide{Dept: "caremgmt", Decision: game.FlowAdopt}); err != nil {
		t.Fatal(err)
	}
	f := s.View().FlowForecast()
	if !f.Insurer || f.MLRLater >= f.MLRNow || f.Later[game.OperatingMargin] <= 0 {
		t.Fatalf("care management should lower the MLR and lift the margin later: %+v", f)
	}
	if f.MLRUnder {
		t.Fatalf("%.1f%% is not under the floor", f.MLRLater)
	}
	// more care paid for (a wider network, quicker approvals) raises the MLR and costs margin
	flowDecideAll(game.FlowDecline)
	s.Do(game.FlowDecide{Dept: "network", Decision: game.FlowAdopt})
	s.Do(game.FlowDecide{Dept: "priorauth", Decision: game.FlowAdopt})
	g := s.View().FlowForecast()
	if g.MLRLater <= g.MLRNow || g.Later[game.OperatingMargin] >= 0 {
		t.Fatalf("paying for more care should raise the MLR and cost margin: %+v", g)
	}
	// under the floor, the plan rebates: the margin gains only down to the floor
	s.Edit(func(st *game.State) { st.Sys.Flow.Setting = "mco" })
	flowDecideAll(game.FlowDecline)
	s.Do(game.FlowDecide{Dept: "caremgmt", Decision: game.FlowAdopt})
	s.Edit(func(st *game.State) { st.Player.Skills["health"] = 6; st.Role = "clinical-manager" })
	h := s.View().FlowForecast()
	if h.MLRLater < game.FlowMLRFloor && (!h.MLRUnder || h.Later[game.OperatingMargin] > h.MLRNow-game.FlowMLRFloor+1e-9) {
		t.Fatalf("below the floor the gain should stop at the floor: %+v", h)
	}
	lines := finishEmitted(t, s)
	found := false
	for _, l := range lines {
		if strings.HasPrefix(l.Key, "sys.flow.mco.out.mlr") {
			found = true
		}
	}
	if !found {
		t.Fatal("the health plan's debrief says nothing of its medical loss ratio")
	}
}

// A meeting saved before the desks depended on the workplace (no setting field)
// still opens, as the hospital desk its proposals came from.
func TestFlowOldSaveWithoutSettingOpens(t *testing.T) {
	s := flowMeetingAt(t, 6, "practice")
	s.Edit(func(st *game.State) {
		st.Sys.Flow.Setting = ""
		st.Sys.Flow.Proposals = nil
		for _, p := range game.FlowPolicies {
			st.Sys.Flow.Proposals = append(st.Sys.Flow.Proposals, game.FlowProposal{Dept: p.Dept})
		}
	})
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(content(t), data)
	if err != nil {
		t.Fatal(err)
	}
	if f := s2.View().FlowForecast(); f.Setting == nil || f.Setting.Prefix != "sys.flow." {
		t.Fatalf("an old meeting should read as the hospital desk: %+v", f.Setting)
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

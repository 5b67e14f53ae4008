package game_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// outreachCampaign opens the outreach desk in a hospital (the desk these tests plan:
// reminders, mobile clinic days, employers, ads and community health workers);
// outreachAt opens it elsewhere.
func outreachCampaign(t *testing.T, seed int64) *game.Session {
	t.Helper()
	return outreachAt(t, seed, "hospital")
}

// outreachAt plays a run with seed to its outreach desk and deals the desk again as
// it opens in setting.
func outreachAt(t *testing.T, seed int64, setting string) *game.Session {
	t.Helper()
	s := openDuty(t, seed, game.SysOutreach)
	if s.St().Setting == setting {
		return s
	}
	s.St().Setting = setting
	s.St().Sys.Outreach = nil
	game.OpenDesk(s, game.SysOutreach)
	return s
}

// outreachClear empties the plan.
func outreachClear(t *testing.T, s *game.Session) {
	t.Helper()
	for _, ch := range game.OutreachChannels {
		for s.St().Sys.Outreach.Count(ch.ID) > 0 {
			if err := s.Do(game.OutreachRemove{Channel: ch.ID}); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func outreachAdd(t *testing.T, s *game.Session, ch string, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		if err := s.Do(game.OutreachAdd{Channel: ch}); err != nil {
			t.Fatal(err)
		}
	}
}

// outreachTotal is everything the campaign moves a meter by: now (the debrief's
// changes) and later (the pending effects it queued after the first `pending`).
func outreachTotal(s *game.Session, id string, pending int) float64 {
	v := 0.0
	for _, ch := range s.St().Outcome.Changes {
		if ch.Target == id {
			v += ch.Delta
		}
	}
	for _, p := range s.St().Pending[pending:] {
		v += p.Effects[id]
	}
	return v
}

// outreachSkipWeeks ends n weeks with nothing else on the desk.
func outreachSkipWeeks(t *testing.T, s *game.Session, n int) {
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

func TestOutreachDoneOnDefaultDraft(t *testing.T) {
	s := outreachCampaign(t, 4)
	c := s.St().Sys.Outreach
	f := s.View().OutreachForecast()
	if f.Spent == 0 || f.Spent > f.Budget || len(c.Needs) != 2 {
		t.Fatalf("the draft should be last season's plan within budget, with two CHNA needs: %+v, needs %v", f, c.Needs)
	}
	if c.Count("reminders") != 0 || c.Count("ads") < 2 {
		t.Fatal("the draft's visible problem is gone: it should lean on ads and skip reminders")
	}
	open := s.St().Open
	if err := s.FinishSystem(); err != nil {
		t.Fatalf("Done on the default draft: %v", err)
	}
	if s.St().Outcome == nil || len(s.St().Outcome.Lines) < 2 || !s.St().Inbox[open].Done {
		t.Fatalf("no debrief or the inbox item is still open: %+v", s.St().Outcome)
	}
}

func TestOutreachAutoThenDone(t *testing.T) {
	s := outreachCampaign(t, 5)
	s.AutoSystem()
	f := s.View().OutreachForecast()
	if f.Spent > f.Budget || f.Channels < 4 {
		t.Fatalf("the plain job should mix channels within budget: %+v", f)
	}
	before := s.St().Facility.Meters[game.CommunityHealth]
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if s.St().Facility.Meters[game.CommunityHealth] <= before {
		t.Fatal("the plain campaign did not move the community vaccination rate at all")
	}
}

func TestOutreachSaveLoadKeepsPlan(t *testing.T) {
	s := outreachCampaign(t, 6)
	if err := s.Do(game.OutreachSetTarget{Target: "prenatal"}); err != nil {
		t.Fatal(err)
	}
	outreachAdd(t, s, "chw", 2)
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(content(t), data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.St().Sys.Outreach, s2.St().Sys.Outreach) {
		t.Fatalf("campaign changed in the round trip:\n%+v\n%+v", s.St().Sys.Outreach, s2.St().Sys.Outreach)
	}
	if a, b := s.View().OutreachForecast().Total(), s2.View().OutreachForecast().Total(); a != b {
		t.Fatalf("the loaded plan projects %.2f points, the original %.2f", b, a)
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

func TestOutreachReminderRecallAddsSixToTwelvePoints(t *testing.T) {
	for n := 1; n <= 4; n++ {
		s := outreachCampaign(t, 7)
		outreachClear(t, s)
		if err := s.Do(game.OutreachSetTarget{Target: "flu"}); err != nil {
			t.Fatal(err)
		}
		outreachAdd(t, s, "reminders", n)
		s.St().Pending = nil // only this campaign's effects land
		before := s.St().Facility.Meters[game.CommunityHealth]
		pending := len(s.St().Pending)
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		total := outreachTotal(s, game.CommunityHealth, pending)
		if total < 6-1e-9 || total > 12 {
			t.Fatalf("%d round(s) of reminder/recall move the vaccination rate %.2f points in all, want 6-12 (Community Guide)", n, total)
		}
		outreachSkipWeeks(t, s, 3)
		// the weekly pull toward the setting's usual level takes back a little while the
		// effect lands, more the further above it the run's earlier weeks left the meter
		if rise := s.St().Facility.Meters[game.CommunityHealth] - before; rise < 5 || rise > 12 {
			t.Fatalf("%d round(s): the meter rose %.2f points once everything landed", n, rise)
		}
	}
}

func TestOutreachOverBudgetIsRefused(t *testing.T) {
	s := outreachCampaign(t, 8)
	c := s.St().Sys.Outreach
	// keep adding everything: the plan can never pass its budget
	refused := 0
	for round := 0; round < 6; round++ {
		for _, ch := range game.OutreachChannels {
			before := *c
			before.Units = append([]game.CampaignUnit(nil), c.Units...)
			atLimit := c.Count(ch.ID) >= ch.Max
			if err := s.Do(game.OutreachAdd{Channel: ch.ID}); err != nil {
				refused++
				// the core says why, so the screen can word it
				if want := game.ErrOutreachOverBudget; atLimit {
					if err != game.ErrOutreachAtLimit {
						t.Fatalf("%s at its limit was refused with %v", ch.ID, err)
					}
				} else if err != want {
					t.Fatalf("%s under its limit was refused with %v, want the budget refusal", ch.ID, err)
				}
				if !reflect.DeepEqual(&before, c) {
					t.Fatal("a refused add changed the plan")
				}
			}
			if f := s.View().OutreachForecast(); f.Spent > f.Budget {
				t.Fatalf("the plan spends %s of a %s budget", game.Money(f.Spent), game.Money(f.Budget))
			}
		}
	}
	if refused == 0 {
		t.Fatal("nothing was ever refused")
	}
	f := s.View().OutreachForecast()
	cheapest := game.OutreachChannels[0].Cost
	for _, ch := range game.OutreachChannels {
		cheapest = min(cheapest, ch.Cost)
	}
	if f.Left() >= cheapest && f.Spent < f.Budget {
		// a unit that fits must have been refused only for its channel's limit
		for _, ch := range game.OutreachChannels {
			if ch.Cost <= f.Left() && c.Count(ch.ID) < ch.Max {
				t.Fatalf("%s fits the %s left but was refused", ch.ID, game.Money(f.Left()))
			}
		}
	}
}

func TestOutreachEffectGrowsOverTheWeeks(t *testing.T) {
	s := outreachCampaign(t, 9)
	s.St().Pending = nil // only this campaign's effects land
	s.AutoSystem()
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if len(s.St().Outcome.Later) == 0 {
		t.Fatal("nothing was queued for later weeks")
	}
	// a consequence due "in 1 week" lands when next week ends
	outreachSkipWeeks(t, s, 1)
	now := s.St().Facility.Meters[game.CommunityHealth]
	outreachSkipWeeks(t, s, 1)
	next := s.St().Facility.Meters[game.CommunityHealth]
	outreachSkipWeeks(t, s, 1)
	after := s.St().Facility.Meters[game.CommunityHealth]
	t.Logf("community vaccination: %.1f%% this week, %.1f%% a week on, %.1f%% two weeks on", now, next, after)
	if next <= now || after <= next {
		t.Fatalf("the campaign's effect should keep landing: %.2f -> %.2f -> %.2f", now, next, after)
	}
}

func TestOutreachDiminishingReturns(t *testing.T) {
	s := outreachCampaign(t, 10)
	outreachClear(t, s)
	for _, ch := range game.OutreachChannels {
		t0 := s.View().OutreachForecast().Total()
		outreachAdd(t, s, ch.ID, 1)
		t1 := s.View().OutreachForecast().Total()
		outreachAdd(t, s, ch.ID, 1)
		t2 := s.View().OutreachForecast().Total()
		if !(t2-t1 < t1-t0) || t2-t1 <= 0 {
			t.Fatalf("%s: the first unit adds %.2f, the second %.2f; the second should add less but something", ch.ID, t1-t0, t2-t1)
		}
		if pts := s.View().OutreachForecast().UnitPoints[ch.ID]; len(pts) != 2 || pts[1] >= pts[0] {
			t.Fatalf("%s: unit points %v", ch.ID, pts)
		}
		outreachClear(t, s)
	}
}

func TestOutreachSettingChangesTheEffect(t *testing.T) {
	plan := func(setting string) (*game.Session, game.OutreachForecast) {
		s := outreachCampaign(t, 11)
		s.St().Setting = setting
		outreachClear(t, s)
		if err := s.Do(game.OutreachSetTarget{Target: "diabetes"}); err != nil {
			t.Fatal(err)
		}
		outreachAdd(t, s, "chw", 2)
		return s, s.View().OutreachForecast()
	}
	_, hosp := plan("hospital")
	_, gov := plan("gov-agency")
	if gov.Total() <= hosp.Total()*1.4 {
		t.Fatalf("community health workers should count more in a public agency: %.1f vs %.1f points", gov.Total(), hosp.Total())
	}
	mco, fm := plan("mco")
	if !fm.MCO || fm.Effects[2][game.OperatingMargin] <= 0 {
		t.Fatal("a managed care organization should save money later from prevention")
	}
	margin := mco.St().Facility.Meters[game.OperatingMargin]
	if err := mco.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if mco.St().Facility.Meters[game.OperatingMargin] >= margin {
		t.Fatal("the campaign's spending should show in the margin at once")
	}
	outreachSkipWeeks(t, mco, 3)
	var saved bool
	for _, e := range mco.St().History {
		for _, ch := range e.Changes {
			if e.Why.Key == "later.because" && ch.Target == game.OperatingMargin && ch.Delta > 0 {
				saved = true
			}
		}
	}
	if !saved {
		t.Fatal("the prevention savings never landed in the margin")
	}
}

func TestOutreachTargetSpillsOverToVaccination(t *testing.T) {
	s := outreachCampaign(t, 12)
	outreachClear(t, s)
	outreachAdd(t, s, "mobile", 1)
	flu := s.View().OutreachForecast()
	if err := s.Do(game.OutreachSetTarget{Target: "bp"}); err != nil {
		t.Fatal(err)
	}
	bp := s.View().OutreachForecast()
	if bp.Total() <= flu.Total() {
		t.Fatal("a mobile clinic should do more for blood-pressure checks than for flu shots")
	}
	if bp.MeterAfter-bp.MeterBefore >= bp.Total() || bp.MeterAfter <= bp.MeterBefore {
		t.Fatalf("a blood-pressure campaign should move the vaccination meter a little: %+v", bp)
	}
	if err := s.Do(game.OutreachSetTarget{Target: "dental"}); err == nil {
		t.Fatal("accepted an unknown target")
	}
}

// Every line the outreach screen emits has its English string, for every target,
// the weekly landings of the campaign (message, cause, choice) included.
func TestOutreachStringsExist(t *testing.T) {
	cat := enCatalog(t)
	weekly := 0
	for i, tg := range game.OutreachTargets {
		s := outreachCampaign(t, int64(2+i))
		s.AutoSystem()
		if err := s.Do(game.OutreachSetTarget{Target: tg.ID}); err != nil {
			t.Fatal(err)
		}
		checkKeys(t, cat, "target "+tg.ID, finishEmitted(t, s)...)
		if p := pendingKey(s, "sys.outreach.later.week"); p != nil {
			weekly++
			if p.Cause.Key != "system.outreach.title" || p.Choice.Key != "sys.outreach.later.choice" {
				t.Errorf("the campaign's landing names its decision as %+v / %+v", p.Cause, p.Choice)
			}
		}
	}
	if weekly == 0 {
		t.Error("no campaign queued its later weeks")
	}
	s := outreachCampaign(t, 9)
	outreachClear(t, s)
	checkKeys(t, cat, "empty plan", finishEmitted(t, s)...)
}

// The screen's warnings are decided in the core: the channel whose last unit adds
// under a point, the target that is the meter itself, and the view hands out copies.
func TestOutreachForecastFlagsAndViewCopies(t *testing.T) {
	s := outreachCampaign(t, 13)
	outreachClear(t, s)
	if f := s.View().OutreachForecast(); f.Diminished != "" || f.Repeats || !f.TargetIsMeter || f.SpentShare() != 0 {
		t.Fatalf("an empty flu plan raises no diminishing flag and targets the meter itself: %+v", f)
	}
	// ads bring 1 point for flu: the second adds 0.5, under a point
	outreachAdd(t, s, "reminders", 2)
	outreachAdd(t, s, "ads", 2)
	f := s.View().OutreachForecast()
	if !f.Repeats || f.Diminished != "ads" {
		t.Fatalf("two weeks of ads for flu should be flagged (reminders' second round still adds 3): %+v", f)
	}
	if err := s.Do(game.OutreachSetTarget{Target: "bp"}); err != nil {
		t.Fatal(err)
	}
	if f := s.View().OutreachForecast(); f.TargetIsMeter || f.Diminished != "ads" {
		t.Fatalf("for blood-pressure checks ads add 1.5 then 0.75, still under a point: %+v", f)
	}
	if err := s.Do(game.OutreachRemove{Channel: "ads"}); err != nil {
		t.Fatal(err)
	}
	if f := s.View().OutreachForecast(); f.Diminished != "" || !f.Repeats {
		t.Fatalf("one week of ads is not flagged; reminders still repeat: %+v", f)
	}
	c, ok := s.View().OutreachCampaign()
	if !ok || c.Count("ads") != 1 {
		t.Fatal("no campaign on the view")
	}
	c.Units[0].Count = 4
	c.Needs[0] = "nothing"
	if again, _ := s.View().OutreachCampaign(); again.Units[0].Count == 4 || again.Needs[0] == "nothing" {
		t.Fatal("changing the view's copy changed the campaign")
	}
}

// The outreach screen names the community assessment each setting really follows: the
// CHNA only in a hospital (it binds nonprofit hospitals' licensed hospital facilities),
// a CHA/CHIP in a health department, the health-center needs assessment in a clinic,
// and the county's CHA elsewhere. What a player reads outside a hospital never calls
// the plan a CHNA.
func TestOutreachNamesEachSettingsAssessment(t *testing.T) {
	cat := enCatalog(t)
	want := map[string]string{
		"hospital": game.AssessCHNA, "gov-agency": game.AssessCHA, "clinic": game.AssessHRSA,
		"practice": game.AssessCounty, "rehab": game.AssessCounty, "mco": game.AssessCounty,
	}
	s := outreachCampaign(t, 4)
	for setting, kind := range want {
		s.St().Setting = setting
		got := s.View().OutreachAssessment()
		if got != kind {
			t.Errorf("%s: the outreach plan follows %q, want %q", setting, got, kind)
		}
		needs := cat["sys.outreach.needs."+got]
		fact := cat["sys.outreach.fact."+got+".text"]
		if needs == "" || fact == "" || cat["sys.outreach.fact."+got+".source"] == "" {
			t.Errorf("%s: the catalog lacks the needs line or fact card for %q", setting, got)
		}
		mentions := strings.Contains(needs, "CHNA") || strings.Contains(strings.ToLower(needs), "community health needs assessment")
		if setting == "hospital" && !mentions {
			t.Errorf("hospital: the needs line does not name the CHNA: %q", needs)
		}
		if setting != "hospital" && mentions {
			t.Errorf("%s: the needs line names the CHNA, which binds hospitals only: %q", setting, needs)
		}
	}
}

// Every setting has its own outreach desk: the goals and channels that kind of
// workplace really runs, for the people it serves. Outside a hospital nothing on the
// desk is a hospital's (ICU, ED, beds); a health plan's campaign works as an insurer's
// (members, claims, the medical loss ratio); every desk plays to its debrief.
func TestOutreachDeskBySetting(t *testing.T) {
	cat := enCatalog(t)
	hospitalOnly := []string{"icu", " ed ", "emergency department", "beds", "ventilat", "robot", "ratios", "inpatient"}
	want := map[string][]string{
		"practice":   {"recall", "calls"},
		"mco":        {"memberrem", "caremgmt"},
		"gov-agency": {"events", "schools"},
		"rehab":      {"balance", "carers"},
		"clinic":     {"walkin"},
		"hospital":   {"mobile", "employer"},
	}
	desks := map[string]string{}
	for setting, channels := range want {
		s := outreachAt(t, 3, setting)
		v := s.View()
		tg, chs := v.OutreachDeskTargets(), v.OutreachDeskChannels()
		if len(tg) != 4 || len(chs) != 5 {
			t.Fatalf("%s: %d goals and %d channels, want 4 and 5", setting, len(tg), len(chs))
		}
		var ids, words []string
		for _, g := range tg {
			ids = append(ids, g.ID)
			words = append(words, cat["sys.outreach.target."+g.ID], cat["sys.outreach.measure."+g.ID])
		}
		for _, ch := range chs {
			ids = append(ids, ch.ID)
			words = append(words, cat["sys.outreach."+ch.ID+".name"], cat["sys.outreach."+ch.ID+".about"], cat["sys.outreach."+ch.ID+".unit"])
			for _, g := range tg {
				if ch.Effect[g.ID] <= 0 {
					t.Errorf("%s: %s does nothing for %s", setting, ch.ID, g.ID)
				}
			}
		}
		words = append(words, cat["sys.outreach.who."+v.OutreachWho()])
		for _, w := range words {
			if w == "" {
				t.Errorf("%s: a line the desk shows has no string (%v)", setting, ids)
			}
		}
		all := strings.ToLower(strings.Join(words, " | "))
		if setting != "hospital" && setting != "rehab" {
			for _, bad := range hospitalOnly {
				if strings.Contains(all, bad) {
					t.Errorf("%s: the outreach desk mentions %q: %s", setting, bad, all)
				}
			}
		}
		for _, id := range channels {
			if !strings.Contains(" "+strings.Join(ids, " ")+" ", " "+id+" ") {
				t.Errorf("%s: the desk has no %s channel: %v", setting, id, ids)
			}
		}
		desks[setting] = strings.Join(ids, " ")
		// the draft is on the desk, a channel from another desk is refused, Auto fits
		// the budget, and every goal plays to a debrief with its strings
		f := v.OutreachForecast()
		if f.Spent <= 0 || f.Spent > f.Budget {
			t.Errorf("%s: the draft spends %d of %d", setting, f.Spent, f.Budget)
		}
		other := "recall"
		if setting == "practice" {
			other = "caremgmt"
		}
		if err := s.Do(game.OutreachAdd{Channel: other}); err == nil {
			t.Errorf("%s: accepted %s, a channel of another desk", setting, other)
		}
		s.AutoSystem()
		if f := s.View().OutreachForecast(); f.Spent > f.Budget || f.Channels != 5 {
			t.Errorf("%s: auto plan spends %d of %d on %d channels", setting, f.Spent, f.Budget, f.Channels)
		}
		for _, g := range tg {
			if err := s.Do(game.OutreachSetTarget{Target: g.ID}); err != nil {
				t.Fatalf("%s: %s: %v", setting, g.ID, err)
			}
			if f := s.View().OutreachForecast(); f.Total() <= 0 || f.After <= f.Before {
				t.Errorf("%s: a full plan for %s moves nothing: %+v", setting, g.ID, f)
			}
		}
		lines := finishEmitted(t, s)
		checkKeys(t, cat, setting, lines...)
		if setting == "mco" {
			mlr := false
			for _, l := range s.St().Outcome.Lines {
				mlr = mlr || l.Key == "sys.outreach.out.mlr"
			}
			if !mlr {
				t.Error("mco: the debrief does not say the campaign counts in the medical loss ratio")
			}
		}
	}
	for _, a := range []string{"practice", "mco", "gov-agency", "rehab", "clinic"} {
		if desks[a] == desks["hospital"] {
			t.Errorf("the %s desk is the hospital's: %s", a, desks[a])
		}
	}
	// a health plan's campaign: members' care paid from premiums, the savings land later
	s := outreachAt(t, 5, "mco")
	if f := s.View().OutreachForecast(); !f.MCO || f.QualitySpend != f.Spent || f.Effects[2][game.OperatingMargin] <= 0 {
		t.Errorf("mco: the campaign does not work as an insurer's: %+v", f)
	}
}

// A campaign saved before desks had their own setting opens as a hospital's; in
// another setting the desk is dealt again.
func TestOutreachOldDeskStillOpens(t *testing.T) {
	s := outreachCampaign(t, 4)
	s.St().Sys.Outreach.Setting = ""
	if s.St().Sys.Outreach.Where() != "hospital" || len(s.View().OutreachDeskChannels()) != 5 {
		t.Fatal("an old campaign does not open as a hospital's")
	}
	outreachAdd(t, s, "reminders", 1)
	s.St().Setting = "rehab"
	game.OpenDesk(s, game.SysOutreach)
	if w := s.St().Sys.Outreach.Where(); w != "rehab" {
		t.Fatalf("an old campaign in a rehab run was not dealt again: %s", w)
	}
}

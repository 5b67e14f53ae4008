package game_test

import (
	"bytes"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

func privacyOpen(t *testing.T, seed int64) (*game.Session, *game.PrivacyDesk) {
	t.Helper()
	s := openDutyIn(t, seed, game.SysPrivacy, "hospital")
	if s.St().Sys.Privacy == nil {
		t.Fatal("opening the privacy screen prepared no state")
	}
	return s, s.St().Sys.Privacy
}

// tickOnly sets the notices to exactly ids.
func tickOnly(t *testing.T, s *game.Session, ids ...string) {
	t.Helper()
	d := s.St().Sys.Privacy
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	// untick first, so the exclusive "nobody" does not fight the others
	for i, n := range d.Notices {
		if n.Ticked {
			if err := s.Do(game.PrivacyNotice{Notice: i}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i, n := range d.Notices {
		if want[n.ID] {
			if err := s.Do(game.PrivacyNotice{Notice: i}); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func hasLine(out *game.Outcome, key string) bool {
	for _, l := range out.Lines {
		if l.Key == key {
			return true
		}
	}
	return false
}

func TestPrivacyUnencryptedLaptopOver500NeedsMediaAndHHSWithin60Days(t *testing.T) {
	s, d := privacyOpen(t, 3)
	d.Breach = game.Breach{Kind: game.BreachLaptop, People: 1380}
	if got, want := game.RequiredNotices(d.Breach), []string{game.NoticePeople, game.NoticeHHS60, game.NoticeMedia}; !reflect.DeepEqual(got, want) {
		t.Fatalf("required notices for 1,380 people, unencrypted: %v, want %v", got, want)
	}
	// The yearly log is too late for a big breach, and leaving out the media is wrong.
	tickOnly(t, s, game.NoticePeople, game.NoticeHHSLog)
	v := d.JudgeBreach()
	if !reflect.DeepEqual(v.Missing, []string{game.NoticeHHS60, game.NoticeMedia}) {
		t.Fatalf("people + yearly log for 1,380 people: missing %v, want HHS-60 and media", v.Missing)
	}
	board := s.St().Facility.Meters[game.BoardConfidence]
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	p := pendingKey(s, "sys.privacy.later.missed.hhs60")
	if p == nil {
		t.Fatalf("leaving out HHS and the media queued no consequence: %+v", s.St().Pending)
	}
	if p.Effects[game.BoardConfidence] > -7 {
		t.Errorf("missing HHS and media should cost the board's confidence later; effects %v", p.Effects)
	}
	if s.St().Facility.Meters[game.BoardConfidence] > board {
		t.Errorf("a wrong breach answer raised the board's confidence at once")
	}

	// The right answer: each person, HHS and media, all within 60 days.
	s2, d2 := privacyOpen(t, 3)
	d2.Breach = game.Breach{Kind: game.BreachLaptop, People: 1380}
	tickOnly(t, s2, game.NoticePeople, game.NoticeHHS60, game.NoticeMedia)
	if !d2.JudgeBreach().Right() {
		t.Fatalf("people + HHS 60 days + media judged wrong: %+v", d2.JudgeBreach())
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if !hasLine(s2.St().Outcome, "sys.privacy.out.breach_right_big") {
		t.Errorf("the debrief does not say the big-breach answer was right: %+v", s2.St().Outcome.Lines)
	}
	for _, p := range s2.St().Pending {
		if p.Msg.Key == "sys.privacy.later.missed.hhs60" || p.Msg.Key == "sys.privacy.later.missed.media" {
			t.Errorf("a correct answer still queued a missed-notice consequence")
		}
	}
}

func TestPrivacyUnder500NeedsPeopleAndYearlyLogNoMedia(t *testing.T) {
	s, d := privacyOpen(t, 4)
	d.Breach = game.Breach{Kind: game.BreachMailing, People: 310}
	if got, want := game.RequiredNotices(d.Breach), []string{game.NoticePeople, game.NoticeHHSLog}; !reflect.DeepEqual(got, want) {
		t.Fatalf("required notices for 310 people: %v, want %v", got, want)
	}
	tickOnly(t, s, game.NoticePeople, game.NoticeHHSLog)
	if !d.JudgeBreach().Right() {
		t.Fatalf("people now + HHS yearly log judged wrong for 310 people: %+v", d.JudgeBreach())
	}
	// Media for a small breach is not required and costs patients' trust.
	tickOnly(t, s, game.NoticePeople, game.NoticeHHSLog, game.NoticeMedia)
	v := d.JudgeBreach()
	if len(v.Missing) != 0 || !reflect.DeepEqual(v.Extra, []string{game.NoticeMedia}) {
		t.Fatalf("media for 310 people: %+v, want media flagged as extra", v)
	}
	sat := s.St().Facility.Meters[game.PatientSatisfied]
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if s.St().Facility.Meters[game.PatientSatisfied] >= sat {
		t.Errorf("an unneeded press notice did not cost patient satisfaction")
	}
	// Telling only the people leaves the yearly log missing.
	s2, d2 := privacyOpen(t, 4)
	d2.Breach = game.Breach{Kind: game.BreachMailing, People: 310}
	tickOnly(t, s2, game.NoticePeople)
	if v := d2.JudgeBreach(); !reflect.DeepEqual(v.Missing, []string{game.NoticeHHSLog}) {
		t.Fatalf("people only for 310: missing %v, want the yearly log", v.Missing)
	}
}

func TestPrivacyEncryptedLossIsNotReportable(t *testing.T) {
	s, d := privacyOpen(t, 5)
	d.Breach = game.Breach{Kind: game.BreachLaptop, People: 2650, Encrypted: true}
	if got := game.RequiredNotices(d.Breach); !reflect.DeepEqual(got, []string{game.NoticeNobody}) {
		t.Fatalf("an encrypted laptop requires %v, want nobody", got)
	}
	tickOnly(t, s, game.NoticePeople, game.NoticeHHS60)
	// ticking "nobody" clears the others: the answer cannot contradict itself
	for i, n := range d.Notices {
		if n.ID == game.NoticeNobody {
			if err := s.Do(game.PrivacyNotice{Notice: i}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if d.Ticked(game.NoticePeople) || d.Ticked(game.NoticeHHS60) || !d.Ticked(game.NoticeNobody) {
		t.Fatalf("ticking nobody left %+v", d.Notices)
	}
	if !d.JudgeBreach().Right() {
		t.Fatalf("nobody for an encrypted loss judged wrong: %+v", d.JudgeBreach())
	}
	tickOnly(t, s, game.NoticePeople)
	if v := d.JudgeBreach(); !reflect.DeepEqual(v.Extra, []string{game.NoticePeople}) {
		t.Fatalf("letters for an encrypted loss: %+v, want them flagged as extra", v)
	}
	tickOnly(t, s, game.NoticeNobody)
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if !hasLine(s.St().Outcome, "sys.privacy.out.breach_right_enc") {
		t.Errorf("the debrief does not explain the encrypted loss: %+v", s.St().Outcome.Lines)
	}
}

func TestPrivacyCorrectSortLowersHIPAAGaps(t *testing.T) {
	// Raj's draft has misfiled cards; the screen starts with visible problems to fix.
	s, d := privacyOpen(t, 6)
	if d.SortRight() == len(d.Cards) || len(d.Cards) != 9 {
		t.Fatalf("the draft sort should have 9 cards and some wrong: %d of %d right", d.SortRight(), len(d.Cards))
	}
	// start both runs from the same open gaps, well above the meter's floor
	const gaps = 8.0
	s.St().Facility.Meters[game.HIPAAGaps] = gaps
	draftKinds := d.KindsRight()
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	draft := s.St().Facility.Meters[game.HIPAAGaps]

	s2, d2 := privacyOpen(t, 6)
	for i := 0; i < len(d2.Cards); i++ {
		for d2.Cards[i].Placed != d2.Cards[i].Kind {
			if err := s2.Do(game.PrivacyCycle{Card: i}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s2.Do(game.PrivacyCheck{}); err != nil || !d2.Checked || d2.SortRight() != 9 || d2.KindsRight() != 3 {
		t.Fatalf("after fixing every card: checked %v, %d right, %d kinds (err %v)", d2.Checked, d2.SortRight(), d2.KindsRight(), err)
	}
	// changing a card after the check hides the old verdict
	other := game.Technical
	if d2.Cards[0].Kind == other {
		other = game.Physical
	}
	s2.Do(game.PrivacyPlace{Card: 0, Kind: other})
	if d2.Checked {
		t.Error("moving a card kept the old check on screen")
	}
	s2.Do(game.PrivacyPlace{Card: 0, Kind: d2.Cards[0].Kind})
	s2.St().Facility.Meters[game.HIPAAGaps] = gaps
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	sorted := s2.St().Facility.Meters[game.HIPAAGaps]
	// the two runs differ only in the sort (the breach desk is the same seed), so a
	// correct sort ends with the three kinds' gaps closed that the draft left open
	if !(sorted < draft && draft-sorted == float64(3-draftKinds)) {
		t.Fatalf("HIPAA gaps: start %v, after the draft sort %v (%d kinds right), after a correct sort %v; a correct sort should close three", gaps, draft, draftKinds, sorted)
	}
	closedThree := false
	for _, l := range s2.St().Outcome.Lines {
		if l.Key == "sys.privacy.out.sort_closed" && len(l.Args) > 3 && l.Args[3] == game.NumArg(3, 0) {
			closedThree = true
		}
	}
	if !closedThree {
		t.Errorf("the debrief does not say the correct sort closed three gaps: %+v", s2.St().Outcome.Lines)
	}
}

func TestPrivacyTrainingLowersTheNextIncident(t *testing.T) {
	s, d := privacyOpen(t, 7)
	before := d.IncidentRisk()
	for _, id := range []string{"front_desk", "physicians"} {
		for i, g := range d.Groups {
			if g.ID == id {
				if err := s.Do(game.PrivacyTrain{Group: i}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	after := d.IncidentRisk()
	if after >= before {
		t.Fatalf("training front desk and physicians left the risk at %d%% (was %d%%)", after, before)
	}
	if d.HoursUsed() != d.HoursMax {
		t.Fatalf("hours used %d of %d", d.HoursUsed(), d.HoursMax)
	}
	// no more hours: another group is refused
	for i, g := range d.Groups {
		if !g.Trained {
			if err := s.Do(game.PrivacyTrain{Group: i}); err != game.ErrTrainingHoursFull {
				t.Fatalf("trained %s beyond the week's %d hours (err %v)", g.ID, d.HoursMax, err)
			}
			break
		}
	}
	big, small := game.PrivacySlipEffects(before), game.PrivacySlipEffects(after)
	if !(small[game.BoardConfidence] > big[game.BoardConfidence]) {
		t.Errorf("a slip after training costs the board %v, without training %v: training should make it smaller", small[game.BoardConfidence], big[game.BoardConfidence])
	}

	// Nobody trained: the slip is certain and lands later.
	s2, d2 := privacyOpen(t, 7)
	for i, g := range d2.Groups {
		if g.Trained {
			s2.Do(game.PrivacyTrain{Group: i})
		}
	}
	if d2.IncidentRisk() != 100 {
		t.Fatalf("risk with nobody trained = %d", d2.IncidentRisk())
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if pendingKey(s2, "sys.privacy.later.slip") == nil {
		t.Fatal("with nobody trained, no privacy slip was queued")
	}
	// Everyone trained (given the time): no slip can follow.
	s3, d3 := privacyOpen(t, 7)
	d3.HoursMax = 100
	for i, g := range d3.Groups {
		if !g.Trained {
			if err := s3.Do(game.PrivacyTrain{Group: i}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s3.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if pendingKey(s3, "sys.privacy.later.slip") != nil {
		t.Fatal("with every group trained, a privacy slip was still queued")
	}
}

func TestPrivacyDoneOnDefaultState(t *testing.T) {
	for seed := int64(1); seed <= 6; seed++ {
		s, _ := privacyOpen(t, seed)
		if err := s.FinishSystem(); err != nil {
			t.Fatalf("seed %d: Done on the fresh screen: %v", seed, err)
		}
		out := s.St().Outcome
		if out == nil || out.Title.Key == "" || len(out.Lines) < 3 || out.Fact == nil {
			t.Fatalf("seed %d: thin outcome %+v", seed, out)
		}
		if len(out.Lines) > 5 {
			t.Errorf("seed %d: %d debrief lines may overflow the outcome screen", seed, len(out.Lines))
		}
	}
}

func TestPrivacyAutoThenDone(t *testing.T) {
	s, d := privacyOpen(t, 8)
	s.AutoSystem()
	if d.SortRight() != len(d.Cards) || !d.JudgeBreach().Right() || d.HoursUsed() == 0 {
		t.Fatalf("auto left: %d of %d right, breach %+v, %d hours", d.SortRight(), len(d.Cards), d.JudgeBreach(), d.HoursUsed())
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

func TestPrivacyBreachesVary(t *testing.T) {
	small, big, enc := false, false, false
	for seed := int64(1); seed <= 40; seed++ {
		_, d := privacyOpen(t, seed)
		b := d.Breach
		switch {
		case b.Encrypted:
			enc = true
		case b.People >= game.BreachThreshold:
			big = true
		default:
			small = true
		}
	}
	if !small || !big || !enc {
		t.Fatalf("over 40 runs the breach was never: small %v, big %v, encrypted %v", small, big, enc)
	}
}

func TestPrivacySaveLoadKeepsState(t *testing.T) {
	s, _ := privacyOpen(t, 9)
	s.Do(game.PrivacyCycle{Card: 2})
	s.Do(game.PrivacyCheck{})
	s.Do(game.PrivacyTrain{Group: 0})
	s.Do(game.PrivacyNotice{Notice: 3})
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(content(t), data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.St().Sys.Privacy, s2.St().Sys.Privacy) {
		t.Fatalf("privacy state changed in a save round trip:\n%+v\n%+v", s.St().Sys.Privacy, s2.St().Sys.Privacy)
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	a, _ := s.Save()
	b, _ := s2.Save()
	if !bytes.Equal(a, b) {
		t.Fatal("a loaded privacy screen finishes differently from the original")
	}
}

func TestPrivacyCommandsRefusedElsewhere(t *testing.T) {
	s := game.NewSession(content(t), game.Options{Name: "Q", Seed: 1})
	if err := s.Do(game.PrivacyCycle{Card: 0}); err != game.ErrNotNow {
		t.Fatalf("cycling a card outside the privacy screen: %v", err)
	}
}

// Every line the privacy screen emits has its English string, each delayed
// consequence (a slip by untrained staff, each missed notice) included.
func TestPrivacyStringsExist(t *testing.T) {
	cat := enCatalog(t)
	cases := []struct {
		people int
		ticks  []string
		worst  string
	}{
		{1380, nil, game.NoticePeople},
		{1380, []string{game.NoticePeople}, game.NoticeHHS60},
		{1380, []string{game.NoticePeople, game.NoticeHHS60}, game.NoticeMedia},
		{120, []string{game.NoticePeople}, game.NoticeHHSLog},
		{1380, []string{game.NoticePeople, game.NoticeHHS60, game.NoticeMedia}, ""},
	}
	for i, c := range cases {
		s, d := privacyOpen(t, int64(3+i))
		d.Breach = game.Breach{Kind: game.BreachLaptop, People: c.people}
		tickOnly(t, s, c.ticks...)
		for k, g := range d.Groups {
			if g.Trained {
				s.Do(game.PrivacyTrain{Group: k}) // nobody trained: the slip is certain
			}
		}
		checkKeys(t, cat, "case "+strconv.Itoa(i), finishEmitted(t, s)...)
		if pendingKey(s, "sys.privacy.later.slip") == nil {
			t.Errorf("case %d: nobody trained, yet no slip was queued", i)
		}
		if c.worst != "" {
			p := pendingKey(s, "sys.privacy.later.missed."+c.worst)
			if p == nil || p.Cause.Key != "system.privacy.title" || p.Choice.Key != "sys.privacy.choice.missed" {
				t.Errorf("case %d: the missed %s notice queued %+v", i, c.worst, p)
			}
		}
	}
	s, _ := privacyOpen(t, 9)
	s.AutoSystem()
	checkKeys(t, cat, "auto", finishEmitted(t, s)...)
}

// The screen reads the desk through the View: a copy it cannot change the run
// through, and a forecast that holds the rules (the tally once checked, the hours, the
// chance of a slip and when it is high, the breach as told, the flags).
func TestPrivacyViewIsACopyAndForecastReadsTheDesk(t *testing.T) {
	s, d := privacyOpen(t, 10)
	v, ok := s.View().PrivacyDesk()
	if !ok || len(v.Cards) != len(d.Cards) || len(v.Groups) != len(d.Groups) || len(v.Notices) != len(d.Notices) {
		t.Fatalf("the view's desk %+v does not match the run's", v)
	}
	v.Cards[0].Placed = "nowhere"
	v.Groups[0].Trained = !d.Groups[0].Trained
	v.Notices[0].Ticked = !d.Notices[0].Ticked
	if d.Cards[0].Placed == "nowhere" || d.Groups[0].Trained == v.Groups[0].Trained || d.Notices[0].Ticked == v.Notices[0].Ticked {
		t.Fatal("changing the view's copy changed the run's desk")
	}
	fc := s.View().PrivacyForecast()
	if fc.Checked || fc.SortRight != 0 || fc.Cards != len(d.Cards) {
		t.Fatalf("before Raj checks, the forecast shows a tally: %+v", fc)
	}
	if fc.Risk != d.IncidentRisk() || fc.RiskHigh != (fc.Risk >= game.PrivacyRiskHigh) || fc.HoursUsed != d.HoursUsed() || fc.HoursLeft != d.HoursMax-d.HoursUsed() {
		t.Fatalf("forecast %+v does not read the desk (risk %d, hours %d of %d)", fc, d.IncidentRisk(), d.HoursUsed(), d.HoursMax)
	}
	if len(fc.Flags) != len(d.Flags()) {
		t.Fatalf("forecast flags %v, desk flags %v", fc.Flags, d.Flags())
	}
	if err := s.Do(game.PrivacyCheck{}); err != nil {
		t.Fatal(err)
	}
	if fc := s.View().PrivacyForecast(); !fc.Checked || fc.SortRight != d.SortRight() {
		t.Fatalf("after the check the forecast shows %+v, want %d right", fc, d.SortRight())
	}
	// the breach as told: the number of people is a neutral number, the encryption
	// line follows the kind
	for _, c := range []struct {
		b   game.Breach
		enc string
	}{
		{game.Breach{Kind: game.BreachLaptop, People: 1380}, "sys.privacy.breach.enc_no"},
		{game.Breach{Kind: game.BreachUSB, People: 310, Encrypted: true}, "sys.privacy.breach.enc_yes"},
		{game.Breach{Kind: game.BreachMailing, People: 460}, "sys.privacy.breach.enc_paper"},
	} {
		d.Breach = c.b
		fc := s.View().PrivacyForecast()
		if fc.Incident.Key != "sys.privacy.breach."+c.b.Kind || len(fc.Incident.Args) != 1 || fc.Incident.Args[0] != game.NumArg(float64(c.b.People), 0) || fc.Encryption.Key != c.enc {
			t.Errorf("breach %+v told as %+v / %+v", c.b, fc.Incident, fc.Encryption)
		}
	}
	// nobody trained: the chance is certain, and high
	for i, g := range d.Groups {
		if g.Trained {
			s.Do(game.PrivacyTrain{Group: i})
		}
	}
	if fc := s.View().PrivacyForecast(); fc.Risk != 100 || !fc.RiskHigh {
		t.Fatalf("nobody trained: forecast risk %d, high %v", fc.Risk, fc.RiskHigh)
	}
}

// meterAfter is the meter's total move from a Done: what changed at once, and what the
// consequences queued since pending (the length of Pending before Done) will add.
func meterAfter(s *game.Session, pending int, id string) (now, later float64) {
	for _, ch := range s.St().Outcome.Changes {
		if ch.Target == id {
			now += ch.Delta
		}
	}
	for _, p := range s.St().Pending[pending:] {
		later += p.Effects[id]
	}
	return now, later
}

// The sort's debrief counts the gaps the meter really loses: never "3 of 3 closed"
// when no gap was open, over seeds, sorts and open gaps.
func TestPrivacyGapsClosedAreTheMetersGaps(t *testing.T) {
	for seed := int64(1); seed <= 6; seed++ {
		for _, open := range []float64{0, 1, 2, 6} {
			s, d := privacyOpen(t, seed)
			// fix some of the cards: all of them on even seeds, none on odd ones
			if seed%2 == 0 {
				for i := range d.Cards {
					s.Do(game.PrivacyPlace{Card: i, Kind: d.Cards[i].Kind})
				}
			}
			tickOnly(t, s, game.RequiredNotices(d.Breach)...)
			s.St().Facility.Meters[game.HIPAAGaps] = open
			right, kinds := d.SortRight(), d.KindsRight()
			if err := s.FinishSystem(); err != nil {
				t.Fatal(err)
			}
			got := s.St().Facility.Meters[game.HIPAAGaps]
			closed := math.Min(float64(kinds), open)
			if open-got != closed {
				t.Errorf("seed %d, %v open: the meter lost %v gaps, want %v", seed, open, open-got, closed)
			}
			n := func(v float64) string { return game.NumArg(v, 0) }
			want := game.L("sys.privacy.out.sort_closed", n(float64(right)), n(float64(len(d.Cards))), n(float64(kinds)), n(closed), n(open))
			if open == 0 {
				want = game.L("sys.privacy.out.sort_none_open", n(float64(right)), n(float64(len(d.Cards))), n(float64(kinds)))
			}
			var line game.Line // the sort line: where it reads depends on how the sort went
			for _, l := range s.St().Outcome.Lines {
				if strings.HasPrefix(l.Key, "sys.privacy.out.sort") {
					line = l
				}
			}
			if !reflect.DeepEqual(line, want) {
				t.Errorf("seed %d, %v open: the sort line is %+v, want %+v", seed, open, line, want)
			}
		}
	}
}

// Raj checks the sort once a week: a second ask is refused and changes nothing, and
// the forecast says how many checks are left.
func TestPrivacyCheckIsOnceAWeek(t *testing.T) {
	for seed := int64(1); seed <= 4; seed++ {
		s, d := privacyOpen(t, seed)
		if f := s.View().PrivacyForecast(); f.ChecksLeft != game.PrivacyCheckLimit || f.Checked {
			t.Fatalf("seed %d: a fresh desk has %d checks left, checked %v", seed, f.ChecksLeft, f.Checked)
		}
		if err := s.Do(game.PrivacyCheck{}); err != nil {
			t.Fatal(err)
		}
		s.Do(game.PrivacyCycle{Card: 0}) // a change hides the verdict
		if err := s.Do(game.PrivacyCheck{}); err != game.ErrPrivacyChecked {
			t.Fatalf("seed %d: a second check gave %v, want it refused", seed, err)
		}
		if f := s.View().PrivacyForecast(); f.ChecksLeft != 0 || f.Checked || d.Checks != 1 || f.SortRight != 0 {
			t.Errorf("seed %d: after a refused second check: %+v, %d checks", seed, f, d.Checks)
		}
	}
}

// Breaking the breach rule is never the better deal: skipping every required notice
// costs more at once (open gaps, the board's confidence) than telling them, and more
// again when the consequence lands; the debrief says so.
func TestPrivacyLawfulIsNeverTheWorseDeal(t *testing.T) {
	tried := 0
	for seed := int64(1); seed <= 30 && tried < 6; seed++ {
		lawful, d := privacyOpen(t, seed)
		req := game.RequiredNotices(d.Breach)
		if len(req) == 1 && req[0] == game.NoticeNobody {
			continue // nothing to skip: an encrypted device
		}
		tried++
		skip, _ := privacyOpen(t, seed)
		for _, s := range []*game.Session{lawful, skip} {
			s.St().Facility.Meters[game.HIPAAGaps] = 5
			s.St().Facility.Meters[game.BoardConfidence] = 50
		}
		tickOnly(t, lawful, req...)
		tickOnly(t, skip)
		pl, ps := len(lawful.St().Pending), len(skip.St().Pending)
		if err := lawful.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		if err := skip.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		lgNow, lgLater := meterAfter(lawful, pl, game.HIPAAGaps)
		sgNow, sgLater := meterAfter(skip, ps, game.HIPAAGaps)
		lcNow, lcLater := meterAfter(lawful, pl, game.BoardConfidence)
		scNow, scLater := meterAfter(skip, ps, game.BoardConfidence)
		if !(lgNow < sgNow && lcNow > scNow) {
			t.Errorf("seed %d: at once, lawful gaps %+.1f confidence %+.1f; skipped gaps %+.1f confidence %+.1f", seed, lgNow, lcNow, sgNow, scNow)
		}
		if !(lgNow+lgLater < sgNow+sgLater && lcNow+lcLater > scNow+scLater) {
			t.Errorf("seed %d: overall, lawful gaps %+.1f confidence %+.1f; skipped gaps %+.1f confidence %+.1f", seed, lgNow+lgLater, lcNow+lcLater, sgNow+sgLater, scNow+scLater)
		}
		said := false
		for _, l := range skip.St().Outcome.Lines {
			said = said || l.Key == "sys.privacy.out.lawful_cheaper"
		}
		if !said {
			t.Errorf("seed %d: the debrief of a skipped notice does not say the lawful route was the better deal", seed)
		}
	}
	if tried < 3 {
		t.Fatalf("only %d reportable breaches in 30 seeds", tried)
	}
}

// Exactly 500 people: HHS hears along with the people (500 or more), but the press
// notice is only for MORE than 500 residents of a state; telling the media is an extra.
func TestPrivacyExactly500NeedsHHSButNoMedia(t *testing.T) {
	b := game.Breach{Kind: game.BreachLaptop, People: 500}
	if got, want := game.RequiredNotices(b), []string{game.NoticePeople, game.NoticeHHS60}; !reflect.DeepEqual(got, want) {
		t.Fatalf("required notices for exactly 500 people: %v, want %v", got, want)
	}
	if got, want := game.RequiredNotices(game.Breach{Kind: game.BreachLaptop, People: 501}), []string{game.NoticePeople, game.NoticeHHS60, game.NoticeMedia}; !reflect.DeepEqual(got, want) {
		t.Fatalf("required notices for 501 people: %v, want %v", got, want)
	}
	if got, want := game.RequiredNotices(game.Breach{Kind: game.BreachLaptop, People: 499}), []string{game.NoticePeople, game.NoticeHHSLog}; !reflect.DeepEqual(got, want) {
		t.Fatalf("required notices for 499 people: %v, want %v", got, want)
	}
	s, d := privacyOpen(t, 3)
	d.Breach = b
	tickOnly(t, s, game.NoticePeople, game.NoticeHHS60)
	if !d.JudgeBreach().Right() {
		t.Fatalf("people + HHS for exactly 500 judged wrong: %+v", d.JudgeBreach())
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if !hasLine(s.St().Outcome, "sys.privacy.out.breach_right_hhs") {
		t.Errorf("the debrief does not say HHS-without-press was right for 500: %+v", s.St().Outcome.Lines)
	}
	s2, d2 := privacyOpen(t, 3)
	d2.Breach = b
	tickOnly(t, s2, game.NoticePeople, game.NoticeHHS60, game.NoticeMedia)
	if v := d2.JudgeBreach(); v.Right() || !reflect.DeepEqual(v.Extra, []string{game.NoticeMedia}) {
		t.Fatalf("a press notice for exactly 500 should be an extra: %+v", v)
	}
}

// privBoardSettings are the six workplaces of the profile's Work Environment.
var privBoardSettings = []string{"hospital", "practice", "gov-agency", "rehab", "clinic", "mco"}

// privBoardHospitalOnly finds what only a hospital has (an ICU, an emergency department, beds,
// ventilators, surgical robots, inpatient nurse ratios) in a desk's words.
var privBoardHospitalOnly = regexp.MustCompile(`(?i)\b(icu|intensive care|ed|emergency department|beds?|ventilators?|robots?|inpatients?|nurse ratios?|the ratio)\b`)

// privacyWords is everything the privacy desk shows, in English: the cards, the staff
// groups, the breach, the encryption finding, who the covered entity is and any rule of
// the setting's own.
func privacyWords(t *testing.T, s *game.Session) (cards, groups, breach string) {
	t.Helper()
	cat := enCatalog(t)
	v := s.View()
	d, ok := v.PrivacyDesk()
	if !ok {
		t.Fatal("no privacy desk")
	}
	f := v.PrivacyForecast()
	var c, g []string
	for _, card := range d.Cards {
		checkKeys(t, cat, "card", game.L(card.NameKey()))
		c = append(c, game.L(card.NameKey()).Render("en", cat))
	}
	for _, gr := range d.Groups {
		checkKeys(t, cat, "group", game.L("sys.privacy.group."+gr.ID), game.L("sys.privacy.group."+gr.ID+".about"))
		g = append(g, cat["sys.privacy.group."+gr.ID]+": "+cat["sys.privacy.group."+gr.ID+".about"])
	}
	lines := []game.Line{f.Incident, f.Encryption, f.Entity}
	if !f.Note.IsZero() {
		lines = append(lines, f.Note)
	}
	checkKeys(t, cat, "breach", lines...)
	var b []string
	for _, l := range lines {
		b = append(b, l.Render("en", cat))
	}
	return strings.Join(c, " | "), strings.Join(g, " | "), strings.Join(b, " ")
}

// Each of the six settings gets its own privacy desk: its own safeguard cards, staff
// to train, breach and covered entity; no hospital-only thing shows up in a practice,
// clinic, agency or health plan; the health plan's breach is its members' claims or
// benefit statements; the agency points out that public health reporting is not a
// breach; and the breach rule (who must be told) is the same everywhere.
func TestPrivacyDeskBySetting(t *testing.T) {
	seen := map[string]string{}
	for _, setting := range privBoardSettings {
		t.Run(setting, func(t *testing.T) {
			var all []string
			kinds := map[string]bool{}
			for seed := int64(1); seed <= 4; seed++ {
				s := openDutyIn(t, seed, game.SysPrivacy, setting)
				cards, groups, breach := privacyWords(t, s)
				all = append(all, cards, groups, breach)
				d := s.St().Sys.Privacy
				kinds[d.Breach.Kind] = true
				if len(d.Cards) != 9 || d.HoursMax != game.PrivacyTrainingHours {
					t.Errorf("seed %d: %d cards and %d hours, want 9 and %d", seed, len(d.Cards), d.HoursMax, game.PrivacyTrainingHours)
				}
				if d.Cards[0].ID != "risk_analysis" && !hasCard(d, "risk_analysis") {
					t.Errorf("seed %d: no risk analysis card, the gap OCR cites most", seed)
				}
				// the rule does not change with the setting
				s.AutoSystem()
				if v := d.JudgeBreach(); !v.Right() {
					t.Errorf("seed %d: following the rule is judged wrong: %+v", seed, v)
				}
				if setting != "hospital" && setting != "rehab" {
					if m := privBoardHospitalOnly.FindString(cards + " " + groups + " " + breach); m != "" {
						t.Errorf("seed %d: a %s desk shows the hospital-only %q:\n%s\n%s\n%s", seed, setting, m, cards, groups, breach)
					}
				}
			}
			text := strings.Join(all, " ")
			seen[setting] = text
			switch setting {
			case "mco":
				for _, w := range []string{"members", "claims", "health plan", "business associate"} {
					if !strings.Contains(strings.ToLower(text), w) {
						t.Errorf("the health plan's desk never says %q: %s", w, text)
					}
				}
				if strings.Contains(text, "patients") {
					t.Errorf("the health plan's breach speaks of patients, not members: %s", text)
				}
			case "gov-agency":
				if !strings.Contains(text, "164.512(b)") || !strings.Contains(text, "hybrid entity") {
					t.Errorf("the agency's desk does not point out the public health rule: %s", text)
				}
			case "practice":
				if !strings.Contains(text, "Harbor View") || !kinds["practice_fax"] && !kinds["practice_laptop"] {
					t.Errorf("the practice's desk is not the practice's: kinds %v", kinds)
				}
			}
		})
	}
	for a, ta := range seen {
		for b, tb := range seen {
			if a < b && ta == tb {
				t.Errorf("the %s and %s privacy desks look the same", a, b)
			}
		}
	}
}

func hasCard(d *game.PrivacyDesk, id string) bool {
	for _, c := range d.Cards {
		if c.ID == id {
			return true
		}
	}
	return false
}

// A desk saved before the settings (no setting on it) opens in a hospital run as it
// was, and is dealt again in a run at another workplace.
func TestPrivacyOldDeskReDealtOutsideTheHospital(t *testing.T) {
	s := openDutyIn(t, 5, game.SysPrivacy, "hospital")
	d := s.St().Sys.Privacy
	d.Setting = ""
	game.OpenDesk(s, game.SysPrivacy)
	if s.St().Sys.Privacy != d {
		t.Fatal("a hospital run dealt its old desk again")
	}
	s.Edit(func(st *game.State) { st.Setting = "mco" })
	game.OpenDesk(s, game.SysPrivacy)
	if nd := s.St().Sys.Privacy; nd == d || nd.Setting != "mco" || !strings.HasPrefix(nd.Breach.Kind, "mco_") {
		t.Fatalf("the old hospital desk was kept in a health plan run: %+v", nd)
	}
}

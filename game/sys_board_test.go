package game_test

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// boardWith plays seed to the last week, lets set change the facility just before
// the board screen opens, then opens it.
func boardWith(t *testing.T, seed int64, set func(s *game.Session)) *game.Session {
	t.Helper()
	s := game.NewSession(content(t), game.Options{Name: "Ava", Seed: seed})
	for n := 0; n < 3000; n++ {
		st := s.St()
		if st.Item().Kind == game.ItemWeek && st.Week == st.Weeks && st.System == "" && st.Outcome == nil && st.Current == "" {
			for i, in := range st.Inbox {
				if in.System == game.SysBoard && !in.Done {
					// the hospital's board, unless set says otherwise
					s.Edit(func(st *game.State) { st.Setting = "hospital" })
					if set != nil {
						set(s)
					}
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					return s
				}
			}
		}
		if more, err := s.Act1(game.FirstOption); err != nil || !more {
			t.Fatalf("seed %d never reached the board screen (err %v)", seed, err)
		}
	}
	t.Fatalf("seed %d never reached the board screen", seed)
	return nil
}

// atBenchmark puts every meter at its benchmark for the whole quarter, so no
// measure is bad news and no best week flatters.
func atBenchmark(s *game.Session) {
	for _, d := range game.MeterDefs {
		s.St().Facility.Meters[d.ID] = d.Benchmark
		s.St().MetersStart[d.ID] = d.Benchmark
		for _, w := range s.St().Trend {
			w[d.ID] = d.Benchmark
		}
	}
	s.St().Facility.Meters[game.BoardConfidence] = 60
}

// show sets the report to exactly ids, each with its benchmark.
func show(t *testing.T, s *game.Session, ids ...game.MeterID) {
	t.Helper()
	r := s.St().Sys.Board
	for i := range r.Measures {
		if err := s.Do(game.BoardSetMode{Measure: i, Mode: game.BoardLeaveOut}); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range ids {
		for i := range r.Measures {
			if r.Measures[i].ID == id {
				if err := s.Do(game.BoardSetMode{Measure: i, Mode: game.BoardWithBenchmark}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

func modeOf(t *testing.T, s *game.Session, id game.MeterID, mode int) {
	t.Helper()
	for i := range s.St().Sys.Board.Measures {
		if s.St().Sys.Board.Measures[i].ID == id {
			if err := s.Do(game.BoardSetMode{Measure: i, Mode: mode}); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("no measure %s", id)
}

func confidenceChange(ch []game.Change) float64 {
	for _, c := range ch {
		if c.Target == game.BoardConfidence {
			return c.Delta
		}
	}
	return 0
}

func TestBoardDoneOnDefaultState(t *testing.T) {
	for _, seed := range []int64{1, 3, 8} {
		s := boardWith(t, seed, nil)
		r := s.St().Sys.Board
		if len(r.Questions) < 2 || len(r.Questions) > 3 {
			t.Fatalf("seed %d: %d risk questions, want 2 or 3", seed, len(r.Questions))
		}
		if sc := r.Score(); sc.Quality >= sc.Finance {
			t.Errorf("seed %d: the draft should start finance-first (a problem to fix), has quality %d finance %d", seed, sc.Quality, sc.Finance)
		}
		if err := s.FinishSystem(); err != nil {
			t.Fatalf("seed %d: Done on the fresh board screen: %v", seed, err)
		}
		if o := s.St().Outcome; o == nil || o.Title.Key != "sys.board.out.title" || len(o.Lines) < 3 || o.Fact == nil {
			t.Fatalf("seed %d: outcome %+v", seed, s.St().Outcome)
		}
	}
}

func TestBoardAutoThenDone(t *testing.T) {
	s := boardWith(t, 3, nil)
	s.AutoSystem()
	sc := s.St().Sys.Board.Score()
	if sc.Shown < game.BoardMinDots || sc.Shown > game.BoardMaxDots || sc.Quality < sc.Finance || len(sc.Hidden) > 0 {
		t.Errorf("auto made a poor report: %+v", sc)
	}
	for _, q := range s.St().Sys.Board.Questions {
		if q.Answer != game.BoardPlan {
			t.Errorf("auto answered %s with %d", q.Meter, q.Answer)
		}
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

func TestBoardSaveLoadKeepsTheWork(t *testing.T) {
	s := boardWith(t, 3, nil)
	if err := s.Do(game.BoardCycle{Measure: 6}); err != nil {
		t.Fatal(err)
	}
	if err := s.Do(game.BoardAnswer{Question: 0, Option: 2}); err != nil {
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
	if !reflect.DeepEqual(s.St().Sys.Board, s2.St().Sys.Board) {
		t.Fatalf("the board screen changed in the save:\n%+v\n%+v", s.St().Sys.Board, s2.St().Sys.Board)
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

// badHIPAA makes the open HIPAA gaps clearly the worst measure now, after a quarter
// that started with few.
func badHIPAA(s *game.Session) {
	atBenchmark(s)
	s.St().Facility.Meters[game.HIPAAGaps] = 9
	s.St().MetersStart[game.HIPAAGaps] = 1
}

// landedFor finds the board confidence moved by the consequence that landed for the
// decision whose choice is the catalog line choiceKey, about the measure named by
// partKey (or about no measure, when partKey is empty).
func landedFor(t *testing.T, s *game.Session, choiceKey, partKey string) (float64, bool) {
	t.Helper()
	for _, e := range s.St().History {
		if e.Why.Key != "later.because" || len(e.Why.Parts) != 2 {
			continue
		}
		choice := e.Why.Parts[1]
		if choice.Key != choiceKey {
			continue
		}
		if partKey == "" || (len(choice.Parts) == 1 && choice.Parts[0].Key == partKey) {
			return confidenceChange(e.Changes), true
		}
	}
	return 0, false
}

// Hiding a bad measure (here: showing only its best week) buys confidence now, but
// when it surfaces the drop is bigger than the gain; honest bad news costs less
// than discovered hidden news, now and in total.
func TestBoardHidingBadMeasureCostsMoreLater(t *testing.T) {
	base := []game.MeterID{game.OperatingMargin, game.DaysCashOnHand, game.PatientSatisfied, game.StaffingCoverage, game.HIPAAGaps}

	hid := boardWith(t, 3, badHIPAA)
	show(t, hid, base...)
	modeOf(t, hid, game.HIPAAGaps, game.BoardBestWeek)
	sc := hid.St().Sys.Board.Score()
	if len(sc.Hidden) != 1 || sc.Hidden[0] != game.HIPAAGaps {
		t.Fatalf("showing 9 gaps as their best week (1) is not hiding: %+v", sc.Hidden)
	}

	honest := boardWith(t, 3, badHIPAA)
	show(t, honest, base...)
	hs := honest.St().Sys.Board.Score()
	if len(hs.Honest) != 1 || len(hs.Hidden) != 0 {
		t.Fatalf("showing the gaps as they are is not honest: %+v", hs)
	}
	if sc.Now <= hs.Now {
		t.Fatalf("hiding scores %.1f now, honesty %.1f: hiding should look better in the room", sc.Now, hs.Now)
	}

	for _, s := range []*game.Session{hid, honest} {
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
	}
	hidNow, honestNow := confidenceChange(hid.St().Outcome.Changes), confidenceChange(honest.St().Outcome.Changes)
	if hidNow <= honestNow {
		t.Fatalf("confidence now: hidden %+.1f, honest %+.1f", hidNow, honestNow)
	}
	for _, s := range []*game.Session{hid, honest} {
		if err := s.Continue(); err != nil {
			t.Fatal(err)
		}
		qeEndWeek(t, s)
	}
	drop, ok := landedFor(t, hid, "sys.board.later.choice.best_week", "meter.hipaa_gaps.name")
	if !ok {
		t.Fatal("the hidden measure never surfaced")
	}
	gain := hidNow - honestNow
	if -drop <= gain || -drop <= 2 {
		t.Fatalf("the hidden measure surfaced with %+.1f, not bigger than the gain of %+.1f", drop, gain)
	}
	back, ok := landedFor(t, honest, "sys.board.later.choice.honest", "")
	if !ok || back <= 0 {
		t.Fatalf("honest bad news earned nothing back later (%+.1f, landed %v)", back, ok)
	}
	// honest bad news is followed less harshly than discovered hidden news: its cost
	// in the room is smaller than the drop when hidden news surfaces, and in total
	// honesty comes out ahead
	cost := 0.0
	for _, p := range hs.Parts {
		if p.Key == "honest" && p.Meter == game.HIPAAGaps {
			cost = p.Now
		}
	}
	if cost >= 0 || -cost >= -drop {
		t.Fatalf("showing the bad news cost %+.1f; its discovery when hidden %+.1f", cost, drop)
	}
	if honestNow+back <= hidNow+drop {
		t.Fatalf("in total honesty got %+.1f, hiding %+.1f", honestNow+back, hidNow+drop)
	}
}

// Leaving out one of the worst measures is hiding too; leaving out a measure that is
// fine is just choosing the big dots.
func TestBoardLeavingOutWorstIsHiding(t *testing.T) {
	s := boardWith(t, 3, badHIPAA)
	show(t, s, game.OperatingMargin, game.DaysCashOnHand, game.PatientSatisfied, game.StaffingCoverage, game.MaintenanceDone)
	sc := s.St().Sys.Board.Score()
	if len(sc.Hidden) != 1 || sc.Hidden[0] != game.HIPAAGaps {
		t.Fatalf("leaving out the worst measure is not hiding: %+v", sc)
	}
	if sc.Later >= 0 {
		t.Fatalf("nothing will surface: later %.1f", sc.Later)
	}
	fine := boardWith(t, 3, atBenchmark)
	show(t, fine, game.OperatingMargin, game.DaysCashOnHand, game.PatientSatisfied, game.StaffingCoverage, game.MaintenanceDone)
	if fs := fine.St().Sys.Board.Score(); len(fs.Hidden) != 0 || fs.Later != 0 {
		t.Fatalf("leaving out measures at their benchmarks counted as hiding: %+v", fs)
	}
}

// A report with no quality measure scores lower than a balanced one of the same size.
func TestBoardNoQualityScoresLowerThanBalanced(t *testing.T) {
	money := boardWith(t, 3, atBenchmark)
	show(t, money, game.OperatingMargin, game.DaysCashOnHand, game.BudgetVariance, game.DenialRate, game.CommunityHealth)
	balanced := boardWith(t, 3, atBenchmark)
	show(t, balanced, game.OperatingMargin, game.DaysCashOnHand, game.PatientSatisfied, game.StaffingCoverage, game.MaintenanceDone)
	ms, bs := money.St().Sys.Board.Score(), balanced.St().Sys.Board.Score()
	if ms.Quality != 0 || bs.Quality < bs.Finance || ms.Shown != bs.Shown {
		t.Fatalf("set-up: money %+v, balanced %+v", ms, bs)
	}
	if ms.Now >= bs.Now {
		t.Fatalf("no quality scores %.1f, balanced %.1f", ms.Now, bs.Now)
	}
	for _, s := range []*game.Session{money, balanced} {
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
	}
	if m, b := confidenceChange(money.St().Outcome.Changes), confidenceChange(balanced.St().Outcome.Changes); m >= b {
		t.Fatalf("board confidence: no quality %+.1f, balanced %+.1f", m, b)
	}
	found := false
	for _, l := range money.St().Outcome.Lines {
		if l.Key == "sys.board.out.no_quality" {
			found = true
		}
	}
	if !found {
		t.Error("the debrief does not say the report had no quality measure")
	}
}

// Benchmarks help the board read a measure: the same report with benchmarks scores
// higher than without them.
func TestBoardBenchmarksCount(t *testing.T) {
	s := boardWith(t, 3, atBenchmark)
	ids := []game.MeterID{game.OperatingMargin, game.DaysCashOnHand, game.PatientSatisfied, game.StaffingCoverage, game.MaintenanceDone}
	show(t, s, ids...)
	with := s.St().Sys.Board.Score()
	for _, id := range ids {
		modeOf(t, s, id, game.BoardNoBenchmark)
	}
	without := s.St().Sys.Board.Score()
	if without.Benchmarked != 0 || with.Now <= without.Now {
		t.Fatalf("with benchmarks %.1f, without %.1f", with.Now, without.Now)
	}
}

// The risk questions come from the worst meters, and a plan beats reassurance, which
// beats deflecting, now; reassurance about a bad measure comes back later.
func TestBoardRiskQuestionsFromWorstMeters(t *testing.T) {
	s := boardWith(t, 3, func(s *game.Session) {
		atBenchmark(s)
		s.St().Facility.Meters[game.HIPAAGaps] = 12
		s.St().Facility.Meters[game.MaintenanceDone] = 70
	})
	r := s.St().Sys.Board
	got := map[game.MeterID]bool{}
	for _, q := range r.Questions {
		got[q.Meter] = true
	}
	if !got[game.HIPAAGaps] || !got[game.MaintenanceDone] {
		t.Fatalf("questions %+v do not ask about the worst meters", r.Questions)
	}
	score := func(kind int) game.BoardScore {
		for q := range r.Questions {
			for k, o := range r.Questions[q].Order {
				if o == kind {
					if err := s.Do(game.BoardAnswer{Question: q, Option: k}); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
		return r.Score()
	}
	plan, reassure, deflect := score(game.BoardPlan), score(game.BoardReassure), score(game.BoardDeflect)
	if !(plan.Now > reassure.Now && reassure.Now > deflect.Now) {
		t.Fatalf("now: plan %.1f, reassure %.1f, deflect %.1f", plan.Now, reassure.Now, deflect.Now)
	}
	if reassure.Later >= plan.Later || plan.Now+plan.Later <= reassure.Now+reassure.Later {
		t.Fatalf("reassuring about bad measures costs nothing later: plan %.1f/%.1f, reassure %.1f/%.1f", plan.Now, plan.Later, reassure.Now, reassure.Later)
	}
}

// Every line the board screen emits has its English string: the debrief, and each
// consequence it queues (the message, the cause and the choice, which names the
// measure through the meter's own name).
func TestBoardStringsExist(t *testing.T) {
	cat := enCatalog(t)
	// the fact card comes from the content, not from Go
	if f, ok := boardWith(t, 3, nil).View().BoardFact(); !ok || !strings.Contains(f.Text.In("en"), "few critical measures") || f.Source == "" || f.Year == 0 {
		t.Errorf("the board's fact card is %+v, want the content's board-big-dots", f)
	}
	base := []game.MeterID{game.OperatingMargin, game.DaysCashOnHand, game.PatientSatisfied, game.StaffingCoverage, game.HIPAAGaps}
	setups := []func(t *testing.T, s *game.Session){
		func(t *testing.T, s *game.Session) { s.AutoSystem() },
		func(t *testing.T, s *game.Session) {}, // the draft as it opens
		func(t *testing.T, s *game.Session) { // the worst measure shown at its best week, every question reassured
			show(t, s, base...)
			modeOf(t, s, game.HIPAAGaps, game.BoardBestWeek)
			for q, qu := range s.St().Sys.Board.Questions {
				for k, kind := range qu.Order {
					if kind == game.BoardReassure {
						s.Do(game.BoardAnswer{Question: q, Option: k})
					}
				}
			}
		},
		func(t *testing.T, s *game.Session) { show(t, s, base[:4]...) }, // the worst measure left out
		func(t *testing.T, s *game.Session) { show(t, s, base...) },     // honest bad news
	}
	queued := map[string]bool{}
	for i, set := range setups {
		s := boardWith(t, 3, badHIPAA)
		set(t, s)
		checkKeys(t, cat, "setup "+strconv.Itoa(i), finishEmitted(t, s)...)
		for _, p := range s.St().Pending {
			queued[p.Msg.Key] = true
			queued[p.Choice.Key] = true
		}
		// any measure can be hidden or flattered: each has its words for when it surfaces
		for _, m := range s.St().Sys.Board.Measures {
			checkKeys(t, cat, "measure "+m.ID, game.L("sys.board.later."+m.ID), game.L("meter."+m.ID+".name"))
		}
	}
	for _, k := range []string{"sys.board.later.hipaa_gaps", "sys.board.later.honest", "sys.board.later.reassure",
		"sys.board.later.choice.best_week", "sys.board.later.choice.left_out", "sys.board.later.choice.honest", "sys.board.later.choice.reassure"} {
		if !queued[k] {
			t.Errorf("no setup queued a consequence with %s", k)
		}
	}
}

// The desk is changed only through commands; the view hands out copies; the page on
// display is the screen's, not the save's (an old save that still has it loads).
func TestBoardCommandsViewAndOldSaves(t *testing.T) {
	s := boardWith(t, 3, nil)
	if err := s.Do(game.BudgetAdjust{Dept: 0, Steps: 1}); !errors.Is(err, game.ErrNotNow) {
		t.Fatalf("a budget command on the board desk gave %v, want ErrNotNow", err)
	}
	if err := s.Do(game.BoardSetMode{Measure: 0, Mode: game.BoardModes}); err == nil {
		t.Fatal("a mode that does not exist was accepted")
	}
	if err := s.Do(game.BoardAnswer{Question: 9, Option: 0}); err == nil {
		t.Fatal("a question that does not exist was answered")
	}
	desk, ok := s.View().BoardDesk()
	if !ok {
		t.Fatal("no board desk in the view")
	}
	desk.Measures[0].Mode = 3
	desk.Questions[0].Order[0] = 7
	if r := s.St().Sys.Board; r.Measures[0].Mode == 3 || r.Questions[0].Order[0] == 7 {
		t.Fatal("changing the view's copy changed the desk")
	}
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"tab"`) {
		t.Error("the save holds the page on display")
	}
	old := strings.Replace(string(data), `"board":{"week":`, `"board":{"tab":1,"week":`, 1)
	if old == string(data) {
		t.Fatal("set-up: no board desk in the save")
	}
	s2, err := game.Load(content(t), []byte(old))
	if err != nil {
		t.Fatalf("an old save with the page on display: %v", err)
	}
	if !reflect.DeepEqual(s.St().Sys.Board, s2.St().Sys.Board) {
		t.Fatal("an old save with the page on display loaded a different desk")
	}
}

// The standing the screen shows is the core's, decided once: a measure at its
// benchmark is "at", the worst bad ones are "worst", and the draft's footer warns
// about hiding.
func TestBoardForecastIsTheRules(t *testing.T) {
	s := boardWith(t, 3, badHIPAA)
	show(t, s, game.OperatingMargin, game.DaysCashOnHand, game.PatientSatisfied, game.StaffingCoverage)
	f := s.View().BoardForecast()
	r := s.St().Sys.Board
	if !reflect.DeepEqual(f.Score, r.Score()) {
		t.Fatal("the forecast's score is not the rules' score")
	}
	for i, m := range r.Measures {
		got := f.Measures[i]
		switch {
		case m.ID == game.HIPAAGaps:
			if got.Standing != game.BoardWorst || !got.Bad {
				t.Errorf("9 HIPAA gaps read %+v, want the worst", got)
			}
		case m.Value == game.Meter(m.ID).Benchmark:
			if got.Standing != game.BoardAt || !m.AtBenchmark() {
				t.Errorf("%s at its benchmark reads %+v", m.ID, got)
			}
		}
		if got.Shows != m.Shows() {
			t.Errorf("%s shows %.1f, the rules %.1f", m.ID, got.Shows, m.Shows())
		}
	}
	if len(f.Warnings) == 0 || f.Warnings[0].Key != "sys.board.preview.hidden_out" || len(f.Warnings[0].Parts) != 1 || f.Warnings[0].Parts[0].Key != "meter.hipaa_gaps.name" {
		t.Fatalf("the footer does not warn that the worst measure is left out: %+v", f.Warnings)
	}
	checkKeys(t, enCatalog(t), "warnings", f.Warnings...)
	if f.Effects[game.BoardConfidence] != f.Score.Now {
		t.Errorf("the forecast's confidence %+.1f is not the score's %+.1f", f.Effects[game.BoardConfidence], f.Score.Now)
	}
}

// The board's wrong answers vary: each run deals their wording from a pool and the
// answers' order, so the same wrong answers do not come back every time; within one
// report no wording repeats, and every wording is in the catalog.
func TestBoardWrongAnswersVaryPerRun(t *testing.T) {
	cat := enCatalog(t)
	keys, orders := map[string]bool{}, map[string]bool{}
	for seed := int64(1); seed <= 12; seed++ {
		s := boardWith(t, seed, nil)
		r := s.St().Sys.Board
		inReport := map[string]bool{}
		for _, q := range r.Questions {
			orders[strconv.Itoa(q.Order[0])+strconv.Itoa(q.Order[1])+strconv.Itoa(q.Order[2])] = true
			if k := q.AnswerKey(game.BoardPlan); k != "sys.board.a.plan."+q.Meter {
				t.Errorf("seed %d: the plan answer about %s is %s", seed, q.Meter, k)
			}
			for _, kind := range []int{game.BoardReassure, game.BoardDeflect} {
				k := q.AnswerKey(kind)
				if cat[k] == "" {
					t.Errorf("seed %d: wrong answer %s has no English string", seed, k)
				}
				if inReport[k] {
					t.Errorf("seed %d: wrong answer %s is offered twice in one report", seed, k)
				}
				inReport[k] = true
				keys[k] = true
			}
		}
	}
	if len(keys) < 8 {
		t.Errorf("over 12 runs only %d wrong-answer wordings came up: %v", len(keys), keys)
	}
	if len(orders) < 4 {
		t.Errorf("over 12 runs the answers came in only %d orders", len(orders))
	}
}

// boardWords is everything the board desk shows, in English: whose report it is, the
// candidate measures' names and the risk questions with their members and plans.
func boardWords(t *testing.T, s *game.Session) (measures, questions string) {
	t.Helper()
	cat := enCatalog(t)
	v := s.View()
	r, ok := v.BoardDesk()
	if !ok {
		t.Fatal("no board desk")
	}
	f := v.BoardForecast()
	checkKeys(t, cat, "to", f.To)
	var m, q []string
	m = append(m, f.To.Render("en", cat))
	for i := range r.Measures {
		l := game.L(r.Measures[i].NameKey())
		checkKeys(t, cat, "measure", l)
		m = append(m, l.Render("en", cat))
	}
	for _, qu := range r.Questions {
		d := game.Meter(qu.Meter)
		lines := []game.Line{game.L("sys.board.member." + qu.Member), game.L(qu.QuestionKey(), game.UnitArg(qu.Value, d.Decimals, d.Unit)), game.L(qu.AnswerKey(game.BoardPlan))}
		checkKeys(t, cat, "question", lines...)
		for _, l := range lines {
			q = append(q, l.Render("en", cat))
		}
	}
	return strings.Join(m, " | "), strings.Join(q, " | ")
}

// worstAt puts meter id at its worst value for the quarter, so the board asks about it.
func worstAt(id game.MeterID) func(*game.Session) {
	return func(s *game.Session) {
		d := game.Meter(id)
		w := d.Min
		if d.Better(d.Max, d.Min) {
			w = d.Max
		}
		s.St().Facility.Meters[id] = w
	}
}

// Each of the six settings reports to its own board with its own measures and risk
// questions: the practice to its physician owners about visits, no-shows and
// collections, the agency to its health officer and board of health about its
// programs, the health plan to its board about claims and its medical loss ratio.
// No hospital-only measure or question (the ED, beds, nurse ratios, ICU) reaches a
// practice, clinic, agency or health plan, and the plain job still balances the report.
func TestBoardDeskBySetting(t *testing.T) {
	seen := map[string]string{}
	for _, setting := range privBoardSettings {
		t.Run(setting, func(t *testing.T) {
			var all []string
			ids := map[game.MeterID]bool{}
			for _, id := range []game.MeterID{game.OperatingMargin, game.DenialRate, game.PatientSatisfied, game.HIPAAGaps, game.StaffingCoverage, game.CommunityHealth, game.EDMinutes, game.MaintenanceDone} {
				s := boardWith(t, 3, func(s *game.Session) {
					s.Edit(func(st *game.State) { st.Setting = setting })
					worstAt(id)(s)
				})
				r := s.St().Sys.Board
				if r.Setting != setting {
					t.Fatalf("the %s run dealt the %q board", setting, r.Setting)
				}
				for _, m := range r.Measures {
					ids[m.ID] = true
				}
				asked := false
				for _, q := range r.Questions {
					asked = asked || q.Meter == id
				}
				// a measure of this board at its worst is asked about (community
				// health has no question in a hospital or a practice)
				if !asked && r.Measure(id) != nil && (id != game.CommunityHealth || setting == "gov-agency" || setting == "mco") {
					t.Errorf("the %s board does not ask about %s at its worst", setting, id)
				}
				measures, questions := boardWords(t, s)
				all = append(all, measures, questions)
				if setting != "hospital" && setting != "rehab" {
					if m := privBoardHospitalOnly.FindString(measures + " " + questions); m != "" {
						t.Errorf("worst %s: a %s board desk shows the hospital-only %q:\n%s\n%s", id, setting, m, measures, questions)
					}
				}
				// the plain job still gives quality as much room as finance, within 4-5 dots
				s.AutoSystem()
				if sc := r.Score(); sc.Shown < game.BoardMinDots || sc.Shown > game.BoardMaxDots || sc.Quality < sc.Finance {
					t.Errorf("worst %s: the plain job's %s report has %d measures, quality %d, finance %d", id, setting, sc.Shown, sc.Quality, sc.Finance)
				}
			}
			if setting != "hospital" && (ids[game.EDMinutes] || ids[game.BedOccupancy]) {
				t.Errorf("a %s board can report the emergency department or beds: %v", setting, ids)
			}
			text := strings.Join(all, " ")
			seen[setting] = text
			want := map[string][]string{
				"hospital":   {"Draft board report", "Operating margin", "ED time"},
				"practice":   {"physician owners", "managing partner", "no-show", "collections", "visits"},
				"gov-agency": {"health officer", "board of health", "programs", "County preventive care"},
				"rehab":      {"rehab", "therapy"},
				"clinic":     {"clinic's board", "walk-in", "satellites"},
				"mco":        {"health plan's board", "medical loss ratio", "Member satisfaction", "pay clean claims", "claims turnaround", "premiums"},
			}[setting]
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("the %s board desk never says %q", setting, w)
				}
			}
		})
	}
	for a, ta := range seen {
		for b, tb := range seen {
			if a < b && ta == tb {
				t.Errorf("the %s and %s board desks look the same", a, b)
			}
		}
	}
}

// A board desk saved before the settings (no setting on it) opens in a hospital run as
// it was, and is dealt again in a run at another workplace.
func TestBoardOldDeskReDealtOutsideTheHospital(t *testing.T) {
	s := boardWith(t, 4, nil)
	r := s.St().Sys.Board
	r.Setting = ""
	game.OpenDesk(s, game.SysBoard)
	if s.St().Sys.Board != r {
		t.Fatal("a hospital run dealt its old board desk again")
	}
	s.Edit(func(st *game.State) { st.Setting = "practice" })
	game.OpenDesk(s, game.SysBoard)
	if nr := s.St().Sys.Board; nr == r || nr.Setting != "practice" || nr.Measure(game.EDMinutes) != nil {
		t.Fatalf("the old hospital board was kept in a practice run: %+v", nr)
	}
}

package game

import (
	"fmt"
	"math"
	"sort"
)

// The board duty screen: at quarter end the manager assembles the board report by
// choosing a few "big dots" measures from the facility's meters and how to present
// each (as is with its benchmark, as is without one, best week only, or left out),
// then answers the board members' risk-management questions, drawn from the meters'
// worst values. The core scores the report's balance of quality against finance,
// its use of benchmarks and its honesty, and the board's confidence follows: a
// hidden bad measure buys a little confidence now and costs more when it surfaces.

// How a measure is presented in the board report.
const (
	BoardLeaveOut      = iota // not in the report
	BoardWithBenchmark        // the current value beside its benchmark
	BoardNoBenchmark          // the current value alone
	BoardBestWeek             // only the quarter's best week
	BoardModes                // the number of modes
)

// Answers to a board member's risk question.
const (
	BoardPlan     = iota // name the cause, a plan and a date
	BoardReassure        // it will come back on its own
	BoardDeflect         // it is a department matter
	BoardAnswers         // the number of answers
)

// Measure kinds, for the balance the board needs: quality as much as finance.
const (
	BoardQuality   = "quality"
	BoardFinance   = "finance"
	BoardCommunity = "community"
)

// Scoring thresholds and sizes (game design; directions from shared/DOMAIN.md:
// a few benchmarked measures, quality given as much room as finance).
const (
	// BoardBadHealth: a measure whose health (MeterDef.Health) is below this is
	// worse than its benchmark by enough to be bad news.
	BoardBadHealth = 0.45
	// BoardMustShow is how many of the worst bad measures the board expects to see.
	BoardMustShow = 2
	BoardMinDots  = 4
	BoardMaxDots  = 5

	boardHideNow, boardHideLater       = 2.0, -7.0 // a hidden bad measure
	boardFlatterNow, boardFlatterLater = 1.0, -3.0 // a good measure shown at its best week
	boardHonestNow, boardHonestLater   = -1.5, 1.0 // bad news shown as it is
	boardReassureLater                 = -4.0      // "it will come back" about a bad measure
)

// boardMeasureDef is one meter a manager can put in the board report: its kind, and
// in a setting whose report names it its own way, the catalog key of that name and of
// how it surfaces when hidden (empty: the meter's own name, sys.board.later.<meter>).
type boardMeasureDef struct {
	ID    MeterID
	Kind  string
	Label string
	Later string
}

// boardRiskDef is a meter board members ask a risk question about, who asks, and in a
// setting of its own the catalog keys of the question and of the planned answer
// (empty: sys.board.q.<meter> and sys.board.a.plan.<meter>).
type boardRiskDef struct {
	ID     MeterID
	Member string
	Q      string
	Plan   string
}

// boardSetup is one setting's board: who the manager reports to (sys.board.to.<id>),
// the measures the report can hold, in list order, the risk questions and the quality
// measures a plain job adds until quality has as much room as finance.
type boardSetup struct {
	Measures []boardMeasureDef
	Risks    []boardRiskDef
	Auto     []MeterID
}

// boardHospital is the hospital's board (and the board of any run without a setting).
const boardHospital = "hospital"

// bm and br shorten the setting tables below.
func bm(id MeterID, kind string, label ...string) boardMeasureDef {
	d := boardMeasureDef{ID: id, Kind: kind}
	if len(label) > 0 {
		d.Label = label[0]
	}
	if len(label) > 1 {
		d.Later = label[1]
	}
	return d
}

func br(id MeterID, member string, own string) boardRiskDef {
	d := boardRiskDef{ID: id, Member: member}
	if own != "" {
		d.Q, d.Plan = "sys.board.q."+own+"."+id, "sys.board.a.plan."+own+"."+id
	}
	return d
}

// boardSetups is each setting's board (the profile's Work Environment: private
// practices answer to their physician owners, government agencies to a health officer
// and a board of health, rehabilitation facilities, clinics and hospitals to a board of
// directors, a managed care organization to the plan's board). Only meters that mean
// the same thing in the setting are offered; hospital-only measures (the emergency
// department, nurse ratios) stay in the hospital.
var boardSetups = map[string]boardSetup{
	boardHospital: {
		Measures: []boardMeasureDef{
			bm(OperatingMargin, BoardFinance), bm(DaysCashOnHand, BoardFinance), bm(BudgetVariance, BoardFinance), bm(DenialRate, BoardFinance),
			bm(PatientSatisfied, BoardQuality), bm(EDMinutes, BoardQuality), bm(StaffingCoverage, BoardQuality), bm(OvertimeShare, BoardQuality),
			bm(RNTurnover, BoardQuality), bm(MaintenanceDone, BoardQuality), bm(HIPAAGaps, BoardQuality), bm(CommunityHealth, BoardCommunity),
		},
		Risks: []boardRiskDef{
			br(HIPAAGaps, "attorney", ""), br(MaintenanceDone, "physician", ""), br(RNTurnover, "chair", ""), br(OvertimeShare, "chair", ""),
			br(StaffingCoverage, "physician", ""), br(EDMinutes, "physician", ""), br(PatientSatisfied, "physician", ""),
			br(DenialRate, "treasurer", ""), br(DaysCashOnHand, "treasurer", ""), br(OperatingMargin, "treasurer", ""),
		},
		Auto: []MeterID{PatientSatisfied, StaffingCoverage, MaintenanceDone, HIPAAGaps, EDMinutes, DaysCashOnHand},
	},
	"practice": {
		Measures: []boardMeasureDef{
			bm(OperatingMargin, BoardFinance, "sys.board.m.practice.operating_margin"), bm(DaysCashOnHand, BoardFinance),
			bm(DenialRate, BoardFinance, "sys.board.m.practice.denial_rate", "sys.board.later.practice.denial_rate"), bm(BudgetVariance, BoardFinance),
			bm(PatientSatisfied, BoardQuality, "", "sys.board.later.practice.patient_satisfaction"), bm(StaffingCoverage, BoardQuality, "sys.board.m.practice.staffing_coverage", "sys.board.later.practice.staffing_coverage"),
			bm(OvertimeShare, BoardQuality, "sys.board.m.staff_overtime", "sys.board.later.practice.overtime"), bm(HIPAAGaps, BoardQuality),
			bm(CommunityHealth, BoardCommunity, "sys.board.m.practice.community_health"),
		},
		Risks: []boardRiskDef{
			br(HIPAAGaps, "owner_b", "practice"), br(PatientSatisfied, "owner_a", "practice"), br(StaffingCoverage, "owner_a", "practice"),
			br(OvertimeShare, "owner_b", "practice"), br(DenialRate, "partner", "practice"), br(DaysCashOnHand, "partner", "practice"),
			br(OperatingMargin, "partner", "practice"),
		},
		Auto: []MeterID{PatientSatisfied, StaffingCoverage, HIPAAGaps, CommunityHealth, DaysCashOnHand},
	},
	"gov-agency": {
		Measures: []boardMeasureDef{
			bm(BudgetVariance, BoardFinance, "sys.board.m.gov-agency.budget_variance"), bm(DenialRate, BoardFinance, "sys.board.m.gov-agency.denial_rate", "sys.board.later.gov-agency.denial_rate"),
			bm(CommunityHealth, BoardCommunity, "sys.board.m.gov-agency.community_health", "sys.board.later.gov-agency.community_health"),
			bm(PatientSatisfied, BoardQuality, "sys.board.m.gov-agency.patient_satisfaction", "sys.board.later.gov-agency.patient_satisfaction"),
			bm(StaffingCoverage, BoardQuality, "sys.board.m.gov-agency.staffing_coverage", "sys.board.later.gov-agency.staffing_coverage"),
			bm(OvertimeShare, BoardQuality, "sys.board.m.staff_overtime", "sys.board.later.gov-agency.overtime"),
			bm(MaintenanceDone, BoardQuality, "sys.board.m.gov-agency.maintenance", "sys.board.later.gov-agency.maintenance"), bm(HIPAAGaps, BoardQuality),
		},
		Risks: []boardRiskDef{
			br(HIPAAGaps, "county_attorney", "gov-agency"), br(MaintenanceDone, "health_officer", "gov-agency"), br(CommunityHealth, "health_officer", "gov-agency"),
			br(StaffingCoverage, "boh_chair", "gov-agency"), br(PatientSatisfied, "boh_chair", "gov-agency"), br(OvertimeShare, "boh_chair", "gov-agency"),
			br(DenialRate, "commissioner", "gov-agency"), br(BudgetVariance, "commissioner", "gov-agency"),
		},
		Auto: []MeterID{CommunityHealth, PatientSatisfied, StaffingCoverage, MaintenanceDone, HIPAAGaps},
	},
	"rehab": {
		Measures: []boardMeasureDef{
			bm(OperatingMargin, BoardFinance), bm(DaysCashOnHand, BoardFinance), bm(BudgetVariance, BoardFinance), bm(DenialRate, BoardFinance),
			bm(PatientSatisfied, BoardQuality), bm(StaffingCoverage, BoardQuality, "", "sys.board.later.rehab.staffing_coverage"), bm(OvertimeShare, BoardQuality),
			bm(RNTurnover, BoardQuality), bm(MaintenanceDone, BoardQuality, "sys.board.m.rehab.maintenance", "sys.board.later.rehab.maintenance"), bm(HIPAAGaps, BoardQuality),
		},
		Risks: []boardRiskDef{
			br(HIPAAGaps, "attorney", ""), br(MaintenanceDone, "physiatrist", "rehab"), br(RNTurnover, "chair", ""), br(OvertimeShare, "chair", ""),
			br(StaffingCoverage, "physiatrist", "rehab"), br(PatientSatisfied, "physiatrist", "rehab"),
			br(DenialRate, "treasurer", ""), br(DaysCashOnHand, "treasurer", ""), br(OperatingMargin, "treasurer", ""),
		},
		Auto: []MeterID{PatientSatisfied, StaffingCoverage, MaintenanceDone, HIPAAGaps, DaysCashOnHand},
	},
	"clinic": {
		Measures: []boardMeasureDef{
			bm(OperatingMargin, BoardFinance), bm(DaysCashOnHand, BoardFinance), bm(BudgetVariance, BoardFinance), bm(DenialRate, BoardFinance),
			bm(PatientSatisfied, BoardQuality), bm(StaffingCoverage, BoardQuality, "sys.board.m.clinic.staffing_coverage", "sys.board.later.clinic.staffing_coverage"),
			bm(OvertimeShare, BoardQuality, "sys.board.m.staff_overtime", "sys.board.later.clinic.overtime"), bm(MaintenanceDone, BoardQuality, "", "sys.board.later.clinic.maintenance"),
			bm(HIPAAGaps, BoardQuality), bm(CommunityHealth, BoardCommunity),
		},
		Risks: []boardRiskDef{
			br(HIPAAGaps, "attorney", ""), br(MaintenanceDone, "physician", "clinic"), br(OvertimeShare, "chair", "clinic"),
			br(StaffingCoverage, "physician", "clinic"), br(PatientSatisfied, "physician", "clinic"),
			br(DenialRate, "treasurer", ""), br(DaysCashOnHand, "treasurer", ""), br(OperatingMargin, "treasurer", ""),
		},
		Auto: []MeterID{PatientSatisfied, StaffingCoverage, CommunityHealth, HIPAAGaps, DaysCashOnHand},
	},
	"mco": {
		Measures: []boardMeasureDef{
			bm(OperatingMargin, BoardFinance, "sys.board.m.mco.operating_margin"), bm(DaysCashOnHand, BoardFinance, "sys.board.m.mco.days_cash", "sys.board.later.mco.days_cash"),
			bm(BudgetVariance, BoardFinance), bm(DenialRate, BoardFinance, "sys.board.m.mco.denial_rate", "sys.board.later.mco.denial_rate"),
			bm(PatientSatisfied, BoardQuality, "sys.board.m.mco.patient_satisfaction", "sys.board.later.mco.patient_satisfaction"),
			bm(OvertimeShare, BoardQuality, "sys.board.m.staff_overtime", "sys.board.later.mco.overtime"), bm(HIPAAGaps, BoardQuality, "", "sys.board.later.mco.hipaa_gaps"),
			bm(CommunityHealth, BoardCommunity, "sys.board.m.mco.community_health", "sys.board.later.mco.community_health"),
		},
		Risks: []boardRiskDef{
			br(HIPAAGaps, "compliance", "mco"), br(PatientSatisfied, "medical_director", "mco"), br(OvertimeShare, "plan_chair", "mco"),
			br(CommunityHealth, "medical_director", "mco"), br(DenialRate, "medical_director", "mco"),
			br(DaysCashOnHand, "plan_treasurer", "mco"), br(OperatingMargin, "plan_treasurer", "mco"),
		},
		Auto: []MeterID{PatientSatisfied, HIPAAGaps, CommunityHealth, OvertimeShare, DaysCashOnHand},
	},
}

// boardSetupOf is the board of setting id (the hospital's for a run without one).
func boardSetupOf(id string) (string, boardSetup) {
	if b, ok := boardSetups[id]; ok {
		return id, b
	}
	return boardHospital, boardSetups[boardHospital]
}

// BoardMeasure is one candidate measure for the report.
type BoardMeasure struct {
	ID    MeterID `json:"id"`
	Kind  string  `json:"kind"`
	Value float64 `json:"value"` // now
	Best  float64 `json:"best"`  // the quarter's best week
	Mode  int     `json:"mode"`
	// Label and Later name the measure and how it surfaces in the setting's own words
	// (catalog keys; empty in the hospital and in saves from before the settings).
	Label string `json:"label,omitempty"`
	Later string `json:"later,omitempty"`
}

// NameKey is the catalog key of the measure's name in the report.
func (m *BoardMeasure) NameKey() string {
	if m.Label != "" {
		return m.Label
	}
	return "meter." + m.ID + ".name"
}

// laterKey is the catalog key of how the measure surfaces when it was hidden.
func (m *BoardMeasure) laterKey() string {
	if m.Later != "" {
		return m.Later
	}
	return "sys.board.later." + m.ID
}

// Shown reports whether the measure is in the report.
func (m *BoardMeasure) Shown() bool { return m.Mode != BoardLeaveOut }

// Shows returns the value the report prints: the best week's when so presented.
func (m *BoardMeasure) Shows() float64 {
	if m.Mode == BoardBestWeek {
		return m.Best
	}
	return m.Value
}

// Health is the measure's current health against its benchmark, 0 (bad) to 1.
func (m *BoardMeasure) Health() float64 { return Meter(m.ID).Health(m.Value) }

// Bad reports whether the measure is bad news: clearly worse than its benchmark.
func (m *BoardMeasure) Bad() bool { return m.Health() < BoardBadHealth }

// Flattering reports whether the best week looks materially better than now.
func (m *BoardMeasure) Flattering() bool {
	d := Meter(m.ID)
	return d.Health(m.Best)-d.Health(m.Value) >= 0.05
}

// BoardQuestion is one board member's risk question.
type BoardQuestion struct {
	Meter  MeterID `json:"meter"`
	Member string  `json:"member"`
	Value  float64 `json:"value"`
	Order  []int   `json:"order"` // answer kinds in the order shown
	// Wording picks, per answer kind, which of the pool's wordings a wrong answer
	// (reassure, deflect) takes this run, so the wrong answers are not the same
	// every time; empty in saves from before the pool (the first wording).
	Wording []int `json:"wording,omitempty"`
	Answer  int   `json:"answer"` // the answer kind chosen, or -1
	// Q and Plan are the question's and the planned answer's catalog keys in the
	// setting's own words (empty: the hospital's, sys.board.q.<meter>).
	Q    string `json:"q,omitempty"`
	Plan string `json:"plan,omitempty"`
}

// QuestionKey is the catalog key of the question ({0}: the meter's value).
func (q *BoardQuestion) QuestionKey() string {
	if q.Q != "" {
		return q.Q
	}
	return "sys.board.q." + q.Meter
}

// BoardReport is the state of the board duty screen.
type BoardReport struct {
	Week      int             `json:"week"`
	Setting   string          `json:"setting,omitempty"` // whose board: a setting id (empty: the hospital's, in old saves)
	Measures  []BoardMeasure  `json:"measures"`
	Questions []BoardQuestion `json:"questions"`
}

// Measure returns the candidate measure id, or nil.
func (r *BoardReport) Measure(id MeterID) *BoardMeasure {
	for i := range r.Measures {
		if r.Measures[i].ID == id {
			return &r.Measures[i]
		}
	}
	return nil
}

// newBoardReport lists the candidate measures with their values now and at their
// best week, starts from last quarter's finance-first draft, and draws the risk
// questions from the worst meters.
func newBoardReport(st *State) *BoardReport {
	m := st.Facility.Meters
	setting, setup := boardSetupOf(st.Setting)
	r := &BoardReport{Week: st.Week, Setting: setting}
	for _, c := range setup.Measures {
		d := Meter(c.ID)
		best := m[c.ID]
		weeks := append([]map[MeterID]float64{st.MetersStart}, st.Trend...)
		for _, w := range weeks {
			if v, ok := w[c.ID]; ok && d.Better(best, v) {
				best = v
			}
		}
		r.Measures = append(r.Measures, BoardMeasure{ID: c.ID, Kind: c.Kind, Value: m[c.ID], Best: best, Label: c.Label, Later: c.Later})
	}
	// last quarter's report: the finance dashboard up front, patient satisfaction at
	// its best week, and the rest left out
	for i := range r.Measures {
		if r.Measures[i].Kind == BoardFinance {
			r.Measures[i].Mode = BoardWithBenchmark
		}
	}
	if ps := r.Measure(PatientSatisfied); ps != nil {
		ps.Mode = BoardBestWeek
	}
	boardRisks := setup.Risks

	risks := make([]int, len(boardRisks))
	for i := range risks {
		risks[i] = i
	}
	health := func(i int) float64 { return Meter(boardRisks[i].ID).Health(m[boardRisks[i].ID]) }
	sort.SliceStable(risks, func(a, b int) bool { return health(risks[a]) < health(risks[b]) })
	deal := RNG{State: st.RNG.State ^ 0xB0A5D5EED}
	// each wrong answer's wordings, dealt without repeats across the questions
	pool := map[int][]int{}
	for _, kind := range []int{BoardReassure, BoardDeflect} {
		w := make([]int, BoardWrongWordings)
		for j := range w {
			w[j] = j
		}
		shuffle(&deal, w)
		pool[kind] = w
	}
	for k, i := range risks {
		if k == 3 || (k == 2 && health(i) >= 0.55) {
			break
		}
		// the answers' order and the wrong answers' wording are dealt per run, from a
		// copy of the run's generator (the rest of the run draws what it drew before)
		order := []int{BoardPlan, BoardReassure, BoardDeflect}
		shuffle(&deal, order)
		wording := make([]int, BoardAnswers)
		for kind := range wording {
			if kind != BoardPlan {
				wording[kind] = pool[kind][k]
			}
		}
		r.Questions = append(r.Questions, BoardQuestion{Meter: boardRisks[i].ID, Member: boardRisks[i].Member, Value: m[boardRisks[i].ID], Order: order, Wording: wording, Answer: -1,
			Q: boardRisks[i].Q, Plan: boardRisks[i].Plan})
	}
	return r
}

// BoardWrongWordings is how many wordings each wrong answer (reassure, deflect) has
// in the catalog: sys.board.a.<kind> and sys.board.a.<kind>.1 … .N-1.
const BoardWrongWordings = 6

// AnswerKey is the catalog id of the answer of kind shown with the question.
func (q *BoardQuestion) AnswerKey(kind int) string {
	base := "sys.board.a.reassure"
	switch kind {
	case BoardPlan:
		if q.Plan != "" {
			return q.Plan
		}
		return "sys.board.a.plan." + q.Meter
	case BoardDeflect:
		base = "sys.board.a.deflect"
	}
	if kind < len(q.Wording) && q.Wording[kind] > 0 {
		return fmt.Sprintf("%s.%d", base, q.Wording[kind])
	}
	return base
}

// boardDesk returns the board desk, or ErrNotNow when none was opened.
func boardDesk(h *Host) (*BoardReport, error) {
	if r := h.State().Sys.Board; r != nil {
		return r, nil
	}
	return nil, ErrNotNow
}

// BoardCycle moves a measure to the next way of presenting it.
type BoardCycle struct{ Measure int }

// Duty implements Command.
func (BoardCycle) Duty() DutyID { return SysBoard }

func (c BoardCycle) run(h *Host) error {
	r, err := boardDesk(h)
	if err != nil {
		return err
	}
	if c.Measure < 0 || c.Measure >= len(r.Measures) {
		return fmt.Errorf("board: no measure %d", c.Measure)
	}
	m := &r.Measures[c.Measure]
	m.Mode = (m.Mode + 1) % BoardModes
	return nil
}

// BoardSetMode sets how a measure is presented.
type BoardSetMode struct{ Measure, Mode int }

// Duty implements Command.
func (BoardSetMode) Duty() DutyID { return SysBoard }

func (c BoardSetMode) run(h *Host) error {
	r, err := boardDesk(h)
	if err != nil {
		return err
	}
	if c.Measure < 0 || c.Measure >= len(r.Measures) || c.Mode < 0 || c.Mode >= BoardModes {
		return fmt.Errorf("board: no measure %d or mode %d", c.Measure, c.Mode)
	}
	r.Measures[c.Measure].Mode = c.Mode
	return nil
}

// BoardAnswer answers a risk question with the option shown at position Option.
type BoardAnswer struct{ Question, Option int }

// Duty implements Command.
func (BoardAnswer) Duty() DutyID { return SysBoard }

func (c BoardAnswer) run(h *Host) error {
	r, err := boardDesk(h)
	if err != nil {
		return err
	}
	if c.Question < 0 || c.Question >= len(r.Questions) || c.Option < 0 || c.Option >= len(r.Questions[c.Question].Order) {
		return fmt.Errorf("board: no question %d or answer %d", c.Question, c.Option)
	}
	q := &r.Questions[c.Question]
	q.Answer = q.Order[c.Option]
	return nil
}

// BoardPart is one scored feature of the report, with its effect on the board's
// confidence now and when it surfaces later.
type BoardPart struct {
	Key        string // sys.board.part.<Key>
	Args       []string
	Meter      MeterID
	Now, Later float64
}

// BoardScore is how the board will take the report and the answers.
type BoardScore struct {
	Shown, Quality, Finance, Benchmarked int
	Bad, MustShow                        []MeterID // bad news; the worst, which the board expects to see
	Hidden, Flattered, Honest            []MeterID
	Parts                                []BoardPart
	Now, Later                           float64 // board confidence now, and when things surface
}

// Score rates the report as it stands: its size, its balance of quality against
// finance, its benchmarks, its honesty and the risk answers.
func (r *BoardReport) Score() BoardScore {
	var sc BoardScore
	count := func(n int) string { return numArg(float64(n), 0) }
	add := func(p BoardPart) {
		sc.Parts = append(sc.Parts, p)
		sc.Now += p.Now
		sc.Later += p.Later
	}
	var bad []*BoardMeasure
	for i := range r.Measures {
		m := &r.Measures[i]
		if m.Bad() {
			bad = append(bad, m)
			sc.Bad = append(sc.Bad, m.ID)
		}
		if !m.Shown() {
			continue
		}
		sc.Shown++
		switch m.Kind {
		case BoardQuality:
			sc.Quality++
		case BoardFinance:
			sc.Finance++
		}
		if m.Mode == BoardWithBenchmark {
			sc.Benchmarked++
		}
	}
	sort.SliceStable(bad, func(a, b int) bool { return bad[a].Health() < bad[b].Health() })
	must := map[MeterID]bool{}
	for k, m := range bad {
		if k < BoardMustShow {
			must[m.ID] = true
			sc.MustShow = append(sc.MustShow, m.ID)
		}
	}

	switch {
	case sc.Shown < BoardMinDots:
		add(BoardPart{Key: "too_few", Args: []string{count(sc.Shown)}, Now: -2})
	case sc.Shown > BoardMaxDots:
		add(BoardPart{Key: "too_many", Args: []string{count(sc.Shown)}, Now: -1})
	default:
		add(BoardPart{Key: "big_dots", Args: []string{count(sc.Shown)}, Now: 1})
	}
	switch {
	case sc.Quality == 0:
		add(BoardPart{Key: "no_quality", Args: []string{count(sc.Finance)}, Now: -4})
	case sc.Quality >= sc.Finance:
		add(BoardPart{Key: "balanced", Args: []string{count(sc.Quality), count(sc.Finance)}, Now: 3})
	default:
		add(BoardPart{Key: "finance_heavy", Args: []string{count(sc.Quality), count(sc.Finance)}})
	}
	if sc.Shown > 0 {
		add(BoardPart{Key: "benchmarks", Args: []string{count(sc.Benchmarked), count(sc.Shown)}, Now: math.Min(2.5, 0.5*float64(sc.Benchmarked))})
	}

	for i := range r.Measures {
		m := &r.Measures[i]
		switch {
		case m.Bad() && m.Mode == BoardBestWeek && m.Flattering():
			sc.Hidden = append(sc.Hidden, m.ID)
			add(BoardPart{Key: "hidden_best", Meter: m.ID, Now: boardHideNow, Later: boardHideLater})
		case m.Bad() && !m.Shown() && must[m.ID]:
			sc.Hidden = append(sc.Hidden, m.ID)
			add(BoardPart{Key: "hidden_out", Meter: m.ID, Now: boardHideNow, Later: boardHideLater})
		case !m.Bad() && m.Mode == BoardBestWeek && m.Flattering():
			sc.Flattered = append(sc.Flattered, m.ID)
			add(BoardPart{Key: "flattered", Meter: m.ID, Now: boardFlatterNow, Later: boardFlatterLater})
		case m.Bad() && m.Shown():
			sc.Honest = append(sc.Honest, m.ID)
			add(BoardPart{Key: "honest", Meter: m.ID, Now: boardHonestNow, Later: boardHonestLater})
		}
	}

	for _, q := range r.Questions {
		d := Meter(q.Meter)
		switch q.Answer {
		case BoardPlan:
			add(BoardPart{Key: "answer_plan", Meter: q.Meter, Now: 2})
		case BoardReassure:
			p := BoardPart{Key: "answer_reassure", Meter: q.Meter, Now: 1}
			if d.Health(q.Value) < BoardBadHealth {
				p.Later = boardReassureLater
			}
			add(p)
		case BoardDeflect:
			add(BoardPart{Key: "answer_deflect", Meter: q.Meter, Now: -2})
		default:
			add(BoardPart{Key: "unanswered", Meter: q.Meter, Now: -2})
		}
	}
	return sc
}

// boardDuty is the board desk's module in the Duties table.
type boardDuty struct{}

// Open implements DutyModule: the candidate measures and the risk questions, built
// once a week.
func (boardDuty) Open(h *Host) {
	st := h.State()
	if b := st.Sys.Board; b != nil && b.Week == st.Week {
		// a desk saved before the settings is the hospital's: kept in a hospital run,
		// dealt again in any other setting
		if own, _ := boardSetupOf(st.Setting); b.Setting == own || (b.Setting == "" && own == boardHospital) {
			return
		}
	}
	st.Sys.Board = newBoardReport(st)
}

// Finish implements DutyModule: the board reads the report and hears the answers;
// its confidence moves now, and what was hidden or promised surfaces later.
func (boardDuty) Finish(h *Host) (*Outcome, error) {
	r, err := boardDesk(h)
	if err != nil {
		return nil, err
	}
	flags := h.State().Flags
	sc := r.Score()
	out := &Outcome{Title: L("sys.board.out.title")}
	if len(sc.Hidden) == 0 {
		flags["brd:report-honest"] = true
	} else {
		flags["brd:report-hid"] = true
	}
	if sc.Shown >= BoardMinDots && sc.Shown <= BoardMaxDots && sc.Quality >= sc.Finance && sc.Benchmarked >= 3 {
		flags["brd:big-dots"] = true
	}

	// The debrief: the shape of the report, honesty and the answers, each judged;
	// what went well is read first, what went wrong last.
	var db debrief
	for _, p := range sc.Parts {
		line := L("sys.board.out."+p.Key, p.Args...)
		switch p.Key {
		case "big_dots", "balanced":
			db.good(line)
		case "too_few", "too_many", "no_quality", "finance_heavy":
			db.bad(line)
		case "benchmarks":
			switch {
			case sc.Benchmarked == 0:
				db.bad(line)
			case sc.Benchmarked*2 >= sc.Shown:
				db.good(line) // at least half the measures can be told good from bad
			default:
				db.neutral(line)
			}
		}
	}
	num := func(n int) string { return numArg(float64(n), 0) }
	count := func(key string) int {
		n := 0
		for _, p := range sc.Parts {
			if p.Key == key {
				n++
			}
		}
		return n
	}
	if n := len(sc.Hidden); n > 0 {
		db.bad(L("sys.board.out.hidden", num(n)))
	} else if len(sc.Honest) > 0 {
		db.good(L("sys.board.out.honest", num(len(sc.Honest))))
	}
	plan, reassured, dodged := count("answer_plan"), count("answer_reassure"), count("answer_deflect")+count("unanswered")
	answers := L("sys.board.out.answers", num(plan), num(reassured), num(dodged))
	switch {
	case dodged > 0:
		db.bad(answers)
	case plan > 0 && reassured == 0:
		db.good(answers)
	default:
		db.neutral(answers)
	}
	// keep the debrief short enough to read: the shape lines are the least urgent
	for len(db.lines) > 5 {
		db.remove(1)
	}
	db.finish(out)

	out.Changes = h.Apply(boardEffects(sc))

	// What surfaces later: each hidden or flattered measure separately, the honest
	// news and the reassurances together.
	cause := L("system.board.title")
	var landing Line
	honest, reassure := 0.0, 0.0
	for _, p := range sc.Parts {
		switch p.Key {
		case "hidden_best", "hidden_out", "flattered":
			how := "sys.board.later.choice.left_out"
			if p.Key != "hidden_out" {
				how = "sys.board.later.choice.best_week"
			}
			eff := map[string]float64{BoardConfidence: p.Later}
			if p.Key != "flattered" {
				eff[PlayerStress] = 4
			}
			later, name := "sys.board.later."+p.Meter, "meter."+p.Meter+".name"
			if m := r.Measure(p.Meter); m != nil {
				later, name = m.laterKey(), m.NameKey()
			}
			choice := Line{Key: how, Parts: []Line{L(name)}}
			landing = quarterEndLater(h, "sys.board.later_close", 2, L(later), eff, cause, choice)
		case "honest":
			honest += p.Later
		case "answer_reassure":
			reassure += p.Later
		}
	}
	if honest != 0 {
		landing = quarterEndLater(h, "sys.board.later_close", 2, L("sys.board.later.honest"), map[string]float64{BoardConfidence: honest}, cause, L("sys.board.later.choice.honest"))
	}
	if reassure != 0 {
		landing = quarterEndLater(h, "sys.board.later_close", 2, L("sys.board.later.reassure"), map[string]float64{BoardConfidence: reassure}, cause, L("sys.board.later.choice.reassure"))
	}
	if !landing.IsZero() {
		out.Later = append(out.Later, landing)
	}
	if f, ok := (View{st: h.State(), c: h.Content()}).BoardFact(); ok {
		out.Fact = &f
	}
	return out, nil
}

// BoardFact is the governing body's duty the board screen rests on: the content's
// fact "board-big-dots" (shared/DOMAIN.md, the board), or else the board
// scenario's own card.
func (v View) BoardFact() (Fact, bool) {
	if v.c == nil {
		return Fact{}, false
	}
	if f := factPtr(v.c, "board-big-dots"); f != nil {
		return *f, true
	}
	if sc := v.c.Scenario("brd-big-dots-dashboard"); sc != nil && sc.Fact != nil {
		return *sc.Fact, true
	}
	return Fact{}, false
}

// Auto implements DutyModule: a plain, middle-of-the-road job of the screen, for
// bots and tests: the worst measures as they are, the margin and cash, and quality measures until
// quality has as much room as finance, each with its benchmark; every risk question
// answered with a plan.
func (boardDuty) Auto(h *Host) {
	r := h.State().Sys.Board
	if r == nil {
		return
	}
	for i := range r.Measures {
		r.Measures[i].Mode = BoardLeaveOut
	}
	sc := r.Score()
	show := func(id MeterID) {
		if m := r.Measure(id); m != nil {
			m.Mode = BoardWithBenchmark
		}
	}
	for _, id := range sc.MustShow {
		show(id)
	}
	show(OperatingMargin)
	_, setup := boardSetupOf(r.Setting)
	for _, id := range setup.Auto {
		now := r.Score()
		if now.Shown >= BoardMaxDots && now.Quality >= now.Finance {
			break
		}
		if now.Shown < BoardMaxDots {
			show(id)
		}
	}
	for q := range r.Questions {
		for k, kind := range r.Questions[q].Order {
			if kind == BoardPlan {
				r.Questions[q].Answer = r.Questions[q].Order[k]
			}
		}
	}
}

// How a measure stands against its benchmark, as the report reads it.
const (
	BoardWorst  = "worst"  // bad news, and among the worst the board expects to see
	BoardWorse  = "worse"  // bad news: clearly worse than its benchmark
	BoardClose  = "close"  // a little worse than its benchmark
	BoardAt     = "at"     // at its benchmark
	BoardBetter = "better" // better than its benchmark
)

// boardAtTolerance is how near its benchmark a value counts as at it.
const boardAtTolerance = 0.05

// AtBenchmark reports whether the measure is at its benchmark now.
func (m *BoardMeasure) AtBenchmark() bool {
	return math.Abs(m.Value-Meter(m.ID).Benchmark) < boardAtTolerance
}

// standing reads the measure against its benchmark; must marks the worst ones.
func (m *BoardMeasure) standing(must bool) string {
	d := Meter(m.ID)
	switch {
	case must && m.Bad():
		return BoardWorst
	case m.Bad():
		return BoardWorse
	case m.AtBenchmark():
		return BoardAt
	case d.Better(d.Benchmark, m.Value):
		return BoardBetter
	}
	return BoardClose
}

// BoardMeasureRead is one measure as the screen shows it, with the rules applied.
type BoardMeasureRead struct {
	Standing   string  // BoardWorst, BoardWorse, BoardClose, BoardAt or BoardBetter
	Bad        bool    // bad news
	Shows      float64 // the value the report prints
	Flattering bool    // shown at a best week that looks better than now
}

// BoardForecast is the board desk read through the rules, for the screen: how the
// board would take the report now, and each measure's standing.
type BoardForecast struct {
	Score    BoardScore
	Measures []BoardMeasureRead
	// Warnings are what the draft's footer says about it, most urgent first:
	// hiding and spin, then the balance and the count; honest bad news or the
	// count when all is well.
	Warnings []Line
	Effects  map[string]float64 // what Done would change now
	// To says whose report it is: the setting's board, owners or health officer.
	To Line
}

// BoardDesk is a copy of the board desk (false when none is open).
func (v View) BoardDesk() (BoardReport, bool) {
	r := v.st.Sys.Board
	if r == nil {
		return BoardReport{}, false
	}
	c := *r
	c.Measures = append([]BoardMeasure(nil), r.Measures...)
	c.Questions = make([]BoardQuestion, len(r.Questions))
	for i, q := range r.Questions {
		q.Order = append([]int(nil), q.Order...)
		c.Questions[i] = q
	}
	return c, true
}

// BoardForecast reads the board desk through the rules (zero when none is open).
func (v View) BoardForecast() BoardForecast {
	r, ok := v.BoardDesk()
	if !ok {
		return BoardForecast{}
	}
	f := BoardForecast{Score: r.Score()}
	must := map[MeterID]bool{}
	for _, id := range f.Score.MustShow {
		must[id] = true
	}
	for i := range r.Measures {
		m := &r.Measures[i]
		f.Measures = append(f.Measures, BoardMeasureRead{Standing: m.standing(must[m.ID]), Bad: m.Bad(), Shows: m.Shows(), Flattering: m.Flattering()})
	}
	name := func(id MeterID) Line {
		if m := r.Measure(id); m != nil {
			return L(m.NameKey())
		}
		return L("meter." + id + ".name")
	}
	setting, _ := boardSetupOf(r.Setting)
	f.To = L("sys.board.to." + setting)
	for _, p := range f.Score.Parts {
		switch p.Key {
		case "hidden_out", "hidden_best", "flattered":
			f.Warnings = append(f.Warnings, WithParts("sys.board.preview."+p.Key, nil, name(p.Meter)))
		}
	}
	for _, p := range f.Score.Parts {
		switch p.Key {
		case "no_quality", "finance_heavy":
			f.Warnings = append(f.Warnings, L("sys.board.preview."+p.Key))
		case "too_few":
			f.Warnings = append(f.Warnings, L("sys.board.preview.count_few", p.Args...))
		case "too_many":
			f.Warnings = append(f.Warnings, L("sys.board.preview.count_many", p.Args...))
		}
	}
	if len(f.Warnings) == 0 {
		for _, p := range f.Score.Parts {
			if p.Key == "honest" {
				f.Warnings = append(f.Warnings, WithParts("sys.board.preview.honest", nil, name(p.Meter)))
			}
		}
		if len(f.Warnings) == 0 {
			f.Warnings = append(f.Warnings, L("sys.board.preview.count_ok", numArg(float64(f.Score.Shown), 0)))
		}
	}
	f.Effects = boardEffects(f.Score)
	return f
}

// boardEffects is what the report does to the facility when it is read.
func boardEffects(sc BoardScore) map[string]float64 {
	return map[string]float64{BoardConfidence: sc.Now, ManagerWorkload: 2}
}

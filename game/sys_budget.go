package game

import (
	"fmt"
	"math"
	"sort"
)

// The budget duty screen: at quarter end the manager reads the quarter's income
// statement and the variance report (budget against actual for each department),
// explains the big variances, allocates next quarter's budget across departments
// within a fixed total, and then faces an audit that samples what was done.
// Money on this screen is in thousands of dollars ($k), as a finance office reports it.

// The departments the budget is allocated across (responsibility centres).
const (
	DeptNursing    = "nursing"
	DeptPharmacy   = "pharmacy"
	DeptRehab      = "rehab"
	DeptDietary    = "dietary"
	DeptFacilities = "facilities"
	DeptBillingIT  = "billing_it"
)

// BudgetDepts lists the departments in report order, with each one's usual share of
// operating expense (nursing is the largest: personnel is more than half of cost).
var BudgetDepts = []struct {
	ID    string
	Share float64
}{
	{DeptNursing, 0.46}, {DeptPharmacy, 0.14}, {DeptRehab, 0.10},
	{DeptDietary, 0.07}, {DeptFacilities, 0.12}, {DeptBillingIT, 0.11},
}

// budgetDeptSpec is a department of a setting other than the hospital: its share of
// operating expense, its three candidate causes, the cause the records show when it
// spent more (Over) or less (Under) than budgeted (the clue is the catalog line
// sys.budget.clue.<id>.over or .under), and what under-funding it does later.
type budgetDeptSpec struct {
	ID          string
	Share       float64
	Causes      []string
	Over, Under string
	Later       map[string]float64
}

// budgetSetting is one kind of workplace's income statement: its revenue lines
// (with their shares of revenue), its departments, whether medical claims paid
// out are an expense line (a health plan), and which margin benchmark applies.
type budgetSetting struct {
	Revenue []struct {
		ID    string
		Share float64
	}
	Depts   []string // department ids in report order, largest first
	Medical float64  // share of expenses that are medical claims paid to providers (a health plan), 0 for providers
	Bench   string   // hospital (the benchmark is for this kind), other (a hospital figure, said so) or mlr
}

// Departments used outside the hospital. Shares are game figures; directions follow
// the profile's settings (a practice's cost is its providers and front office; a
// health plan's is the medical care it pays for).
const (
	DeptProviders   = "providers"    // physicians, nurse practitioners, physician assistants
	DeptFrontOffice = "front_office" // scheduling, registration, check-in
	DeptMedSupplies = "med_supplies" // medical supplies and vaccines
	DeptRent        = "rent"         // rent and the office lease
	DeptLab         = "lab"          // the clinic's laboratory
	DeptImaging     = "imaging"      // x-ray
	DeptTherapy     = "therapy"      // physical, occupational and speech therapy
	DeptPrograms    = "programs"     // public-health programs (immunization, maternal and child health...)
	DeptClinicSvc   = "clinic_svc"   // the agency's own clinics
	DeptMedical     = "medical"      // medical claims the plan pays
	DeptCareMgmt    = "care_mgmt"    // care management and utilization review
	DeptMemberSvc   = "member_svc"   // member services and the call center
	DeptClaimsOps   = "claims_ops"   // claims processing and provider network
)

// More causes, for the departments outside the hospital.
const (
	CauseLocum       = "locum"        // temporary (locum tenens) providers covering vacancies
	CauseLease       = "lease"        // the lease or rent went up
	CauseSupplyPrice = "supply_price" // supply and reagent prices rose
	CauseGrantCut    = "grant_cut"    // a grant ended or was cut: the program spent less
	CauseUtilization = "utilization"  // members used more care than the premiums priced in
)

var budgetDeptSpecs = []budgetDeptSpec{
	{DeptProviders, 0, []string{CauseLocum, CauseVolume, CauseVacancy}, CauseLocum, CauseVacancy, map[string]float64{StaffingCoverage: -0.4, PatientSatisfied: -0.3, BudgetVariance: -0.3}},
	{DeptFrontOffice, 0, []string{CauseOvertime, CauseVacancy, CauseRework}, CauseOvertime, CauseVacancy, map[string]float64{DenialRate: 0.3, PatientSatisfied: -0.3}},
	{DeptMedSupplies, 0, []string{CauseSupplyPrice, CauseVolume, CauseContract}, CauseSupplyPrice, CauseContract, map[string]float64{PatientSatisfied: -0.3, BudgetVariance: -0.2}},
	{DeptRent, 0, []string{CauseLease, CauseRepairs, CauseDeferred}, CauseLease, CauseDeferred, map[string]float64{MaintenanceDone: -0.6, BudgetVariance: -0.2}},
	{DeptLab, 0, []string{CauseSupplyPrice, CauseVolume, CauseContract}, CauseVolume, CauseContract, map[string]float64{PatientSatisfied: -0.4, BudgetVariance: -0.2}},
	{DeptImaging, 0, []string{CauseRepairs, CauseVolume, CauseVacancy}, CauseRepairs, CauseVacancy, map[string]float64{PatientSatisfied: -0.4, MaintenanceDone: -0.3}},
	{DeptTherapy, 0, []string{CauseVolume, CauseVacancy, CauseLocum}, CauseVolume, CauseVacancy, map[string]float64{PatientSatisfied: -0.5, StaffingCoverage: -0.3}},
	{DeptPrograms, 0, []string{CauseVolume, CauseGrantCut, CauseVacancy}, CauseVolume, CauseGrantCut, map[string]float64{PatientSatisfied: -0.4, BoardConfidence: -0.3}},
	{DeptClinicSvc, 0, []string{CauseVolume, CauseVacancy, CauseSupplyPrice}, CauseVolume, CauseVacancy, map[string]float64{PatientSatisfied: -0.5}},
	{DeptMedical, 0, []string{CauseUtilization, CauseContract, CauseVolume}, CauseUtilization, CauseContract, map[string]float64{OperatingMargin: -0.1, BudgetVariance: -0.4}},
	{DeptCareMgmt, 0, []string{CauseVolume, CauseVacancy, CauseContract}, CauseVolume, CauseVacancy, map[string]float64{PatientSatisfied: -0.3, BudgetVariance: -0.2}},
	{DeptMemberSvc, 0, []string{CauseOvertime, CauseVolume, CauseVacancy}, CauseOvertime, CauseVacancy, map[string]float64{PatientSatisfied: -0.5}},
	{DeptClaimsOps, 0, []string{CauseRework, CauseVacancy, CauseContract}, CauseRework, CauseVacancy, map[string]float64{DenialRate: 0.3, DaysCashOnHand: -1}},
}

func budgetSpec(id string) (budgetDeptSpec, bool) {
	for _, s := range budgetDeptSpecs {
		if s.ID == id {
			return s, true
		}
	}
	return budgetDeptSpec{}, false
}

func init() {
	for _, s := range budgetDeptSpecs {
		budgetCauses[s.ID] = s.Causes
		budgetConsequence[s.ID] = s.Later
	}
}

type budgetRev = struct {
	ID    string
	Share float64
}

// budgetSettings are the six workplaces' statements. Revenue shares and department
// shares are game figures.
var budgetSettings = map[string]budgetSetting{
	"hospital": {Revenue: []budgetRev{{"patient", 0.975}, {"other_rev", 0.025}},
		Depts: []string{DeptNursing, DeptPharmacy, DeptRehab, DeptDietary, DeptFacilities, DeptBillingIT}, Bench: "hospital"},
	"practice": {Revenue: []budgetRev{{"visits", 0.96}, {"other_rev", 0.04}},
		Depts: []string{DeptProviders, DeptFrontOffice, DeptMedSupplies, DeptRent, DeptBillingIT}, Bench: "other"},
	"clinic": {Revenue: []budgetRev{{"visits", 0.95}, {"other_rev", 0.05}},
		Depts: []string{DeptProviders, DeptLab, DeptImaging, DeptFrontOffice, DeptRent, DeptBillingIT}, Bench: "other"},
	"rehab": {Revenue: []budgetRev{{"medicare_rev", 0.55}, {"medicaid_rev", 0.27}, {"private_rev", 0.18}},
		Depts: []string{DeptNursing, DeptTherapy, DeptDietary, DeptFacilities, DeptBillingIT}, Bench: "other"},
	"gov-agency": {Revenue: []budgetRev{{"appropriations", 0.55}, {"grants", 0.31}, {"fees", 0.14}},
		Depts: []string{DeptPrograms, DeptClinicSvc, DeptFacilities, DeptBillingIT}, Bench: "other"},
	"mco": {Revenue: []budgetRev{{"premiums", 0.97}, {"other_rev", 0.03}},
		Depts: []string{DeptMedical, DeptCareMgmt, DeptMemberSvc, DeptClaimsOps}, Medical: 0.86, Bench: "mlr"},
}

// budgetSettingOf is the statement of setting id (the hospital's when unknown).
func budgetSettingOf(id string) budgetSetting {
	if s, ok := budgetSettings[id]; ok {
		return s
	}
	return budgetSettings["hospital"]
}

// budgetDeptShares are each setting's departments with their share of expense
// (game figures).
var budgetDeptShares = map[string]float64{
	DeptProviders: 0.50, DeptFrontOffice: 0.14, DeptMedSupplies: 0.10, DeptRent: 0.12,
	DeptLab: 0.12, DeptImaging: 0.12, DeptTherapy: 0.30,
	DeptPrograms: 0.48, DeptClinicSvc: 0.26, DeptMedical: 0.86, DeptCareMgmt: 0.05, DeptMemberSvc: 0.04, DeptClaimsOps: 0.05,
}

// budgetDeptsFor lists setting's departments with their shares, scaled to add to 1.
func budgetDeptsFor(setting string) []struct {
	ID    string
	Share float64
} {
	se := budgetSettingOf(setting)
	hosp := map[string]float64{}
	for _, d := range BudgetDepts {
		hosp[d.ID] = d.Share
	}
	if _, ok := budgetSettings[setting]; !ok || setting == "hospital" {
		return BudgetDepts
	}
	var out []struct {
		ID    string
		Share float64
	}
	sum := 0.0
	for _, id := range se.Depts {
		sh, ok := budgetDeptShares[id]
		if !ok {
			sh = hosp[id]
		}
		out = append(out, struct {
			ID    string
			Share float64
		}{id, sh})
		sum += sh
	}
	for i := range out {
		out[i].Share /= sum
	}
	return out
}

// Variance causes a department head can give; each department offers three.
const (
	CauseOvertime   = "overtime"    // overtime and agency nurses
	CauseVolume     = "volume"      // more patients than planned
	CauseVacancy    = "vacancy"     // positions left empty
	CauseDrugPrices = "drug_prices" // drug prices rose
	CauseContract   = "contract"    // a cheaper purchasing or service contract
	CauseFoodPrices = "food_prices" // food and supply prices rose
	CauseRepairs    = "repairs"     // emergency repairs
	CauseDeferred   = "deferred"    // maintenance put off
	CauseRework     = "rework"      // claim rework and IT fixes
)

// budgetCauses gives each department's three candidate explanations.
var budgetCauses = map[string][]string{
	DeptNursing:    {CauseOvertime, CauseVolume, CauseVacancy},
	DeptPharmacy:   {CauseDrugPrices, CauseVolume, CauseContract},
	DeptRehab:      {CauseVolume, CauseVacancy, CauseDrugPrices},
	DeptDietary:    {CauseFoodPrices, CauseVolume, CauseContract},
	DeptFacilities: {CauseRepairs, CauseDeferred, CauseVolume},
	DeptBillingIT:  {CauseRework, CauseVacancy, CauseContract},
}

// BudgetCauses returns the explanations the player can pick for a department.
func BudgetCauses(dept string) []string { return budgetCauses[dept] }

// Thresholds of the budget screen, in percent.
const (
	// BudgetMaterial is the variance (of the department's budget) the finance
	// office must explain.
	BudgetMaterial = 2.0
	// BudgetUnderLimit: an allocation more than this below last quarter's actual
	// is under-funded: the work still has to be done, so the money runs out.
	BudgetUnderLimit = 2.0
	// BudgetUnrealistic: the auditors flag an allocation more than this below last
	// quarter's actual as unrealistic (a tighter cut is a plausible, risky plan).
	BudgetUnrealistic = 5.0
	// BudgetPadLimit: an allocation more than this above last quarter's actual is
	// padded, and the auditors flag it as unrealistic.
	BudgetPadLimit = 10.0
	// BudgetSpendSlack: padding above this is assumed spent, which thins the margin.
	BudgetSpendSlack = 2.0
	// BudgetBoardCut is how much less than this quarter's budget the board approved.
	BudgetBoardCut = 1.0
)

// IncomeLine is one line of the income statement, in $k.
type IncomeLine struct {
	ID     string `json:"id"`
	Amount int    `json:"amount"`
}

// IncomeStatement is the quarter's simple income statement, in $k.
type IncomeStatement struct {
	Revenue  []IncomeLine `json:"revenue"`
	Expenses []IncomeLine `json:"expenses"`
}

// TotalRevenue adds the revenue lines.
func (is *IncomeStatement) TotalRevenue() int { return sumLines(is.Revenue) }

// TotalExpenses adds the expense lines.
func (is *IncomeStatement) TotalExpenses() int { return sumLines(is.Expenses) }

// OperatingIncome is revenue minus expenses.
func (is *IncomeStatement) OperatingIncome() int { return is.TotalRevenue() - is.TotalExpenses() }

// Margin is operating income over revenue, in percent.
func (is *IncomeStatement) Margin() float64 {
	r := is.TotalRevenue()
	if r == 0 {
		return 0
	}
	return float64(is.OperatingIncome()) / float64(r) * 100
}

// Line returns the amount of the expense or revenue line id.
func (is *IncomeStatement) Line(id string) int {
	for _, l := range append(append([]IncomeLine{}, is.Revenue...), is.Expenses...) {
		if l.ID == id {
			return l.Amount
		}
	}
	return 0
}

// PersonnelShare is salaries and benefits over all expenses, in percent.
func (is *IncomeStatement) PersonnelShare() float64 {
	e := is.TotalExpenses()
	if e == 0 {
		return 0
	}
	return float64(is.Line("personnel")) / float64(e) * 100
}

func sumLines(ls []IncomeLine) int {
	n := 0
	for _, l := range ls {
		n += l.Amount
	}
	return n
}

// BudgetDept is one department in the variance report and the allocation.
type BudgetDept struct {
	ID      string `json:"id"`
	Budget  int    `json:"budget"`            // this quarter's budget, $k
	Actual  int    `json:"actual"`            // this quarter's actual spending, $k
	Next    int    `json:"next"`              // next quarter's allocation, $k
	Explain int    `json:"explain"`           // index into BudgetCauses(ID), or -1 for none
	Options []int  `json:"options,omitempty"` // the causes in the order this run offers them (indexes into BudgetCauses(ID))
	Cause   string `json:"cause"`             // what the records show caused the variance
	Clue    Line   `json:"clue"`              // the record that points to the cause
}

// Variance is budget minus actual in $k: positive is under budget, as the
// dashboard's budget-variance meter counts it.
func (d *BudgetDept) Variance() int { return d.Budget - d.Actual }

// VariancePct is the variance as a percent of the budget.
func (d *BudgetDept) VariancePct() float64 {
	if d.Budget == 0 {
		return 0
	}
	return float64(d.Variance()) / float64(d.Budget) * 100
}

// Material reports whether the variance is big enough that it must be explained.
func (d *BudgetDept) Material() bool { return math.Abs(d.VariancePct()) >= BudgetMaterial }

// ExplainedRight reports whether the chosen explanation matches the records.
func (d *BudgetDept) ExplainedRight() bool {
	cs := BudgetCauses(d.ID)
	return d.Explain >= 0 && d.Explain < len(cs) && cs[d.Explain] == d.Cause
}

// ExplainOptions is the order this run offers the department's causes in (indexes
// into BudgetCauses(ID)); a desk saved before the order was dealt offers them as listed.
func (d *BudgetDept) ExplainOptions() []int {
	n := len(BudgetCauses(d.ID))
	if len(d.Options) == n {
		return append([]int(nil), d.Options...)
	}
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// NextVsActual is next quarter's allocation against this quarter's actual, in percent.
func (d *BudgetDept) NextVsActual() float64 {
	if d.Actual == 0 {
		return 0
	}
	return float64(d.Next-d.Actual) / float64(d.Actual) * 100
}

// UnderFunded reports an allocation more than BudgetUnderLimit below the actual.
func (d *BudgetDept) UnderFunded() bool { return d.NextVsActual() < -BudgetUnderLimit }

// Unrealistic reports an allocation the auditors flag: more than BudgetUnrealistic
// below the actual, or padded.
func (d *BudgetDept) Unrealistic() bool {
	return d.NextVsActual() < -BudgetUnrealistic || d.Padded()
}

// Padded reports an allocation more than BudgetPadLimit above the actual.
func (d *BudgetDept) Padded() bool { return d.NextVsActual() > BudgetPadLimit }

// BudgetSample is one past decision the auditors pulled from the run's history.
type BudgetSample struct {
	Week   int  `json:"week"`
	Title  Text `json:"title"`
	Choice Text `json:"choice"`
}

// BudgetPlan is the state of the budget duty screen.
type BudgetPlan struct {
	Week      int             `json:"week"`
	Setting   string          `json:"setting"`
	Statement IncomeStatement `json:"statement"`
	Depts     []BudgetDept    `json:"depts"`
	Total     int             `json:"total"` // next quarter's approved total, $k
	Step      int             `json:"step"`  // one press of + or -, $k
	Sample    []BudgetSample  `json:"sample,omitempty"`
}

// Allocated adds next quarter's department allocations.
func (b *BudgetPlan) Allocated() int {
	n := 0
	for _, d := range b.Depts {
		n += d.Next
	}
	return n
}

// Remaining is the approved total not yet given to a department; it is kept as a
// contingency reserve if left at Done.
func (b *BudgetPlan) Remaining() int { return b.Total - b.Allocated() }

// BudgetTotal adds this quarter's department budgets.
func (b *BudgetPlan) BudgetTotal() int {
	n := 0
	for _, d := range b.Depts {
		n += d.Budget
	}
	return n
}

// ActualTotal adds this quarter's department actuals; it equals the statement's
// total expenses.
func (b *BudgetPlan) ActualTotal() int {
	n := 0
	for _, d := range b.Depts {
		n += d.Actual
	}
	return n
}

// Dept returns the department id, or nil.
func (b *BudgetPlan) Dept(id string) *BudgetDept {
	for i := range b.Depts {
		if b.Depts[i].ID == id {
			return &b.Depts[i]
		}
	}
	return nil
}

// budgetRevenue is a facility's usual quarterly operating revenue in $k, by setting:
// game design, sized to the settings' descriptions (a 180-bed hospital, a 60-bed
// rehabilitation centre, a twelve-physician practice...).
var budgetRevenue = map[string]float64{
	"hospital": 18000, "rehab": 6500, "practice": 3200, "clinic": 4200, "gov-agency": 5000, "mco": 24000,
}

// newBudgetPlan builds the quarter's statement, the variance report and a draft of
// next quarter's allocation from the meters and the run.
func newBudgetPlan(st *State) *BudgetPlan {
	m := st.Facility.Meters
	start := func(id MeterID) float64 {
		if v, ok := st.MetersStart[id]; ok {
			return v
		}
		return Meter(id).Start
	}
	b := &BudgetPlan{Week: st.Week, Setting: st.Setting}

	b.Statement = budgetStatement(st)
	A := b.Statement.TotalExpenses()
	occ, den := m[BedOccupancy], m[DenialRate]
	ot, maint := m[OvertimeShare], m[MaintenanceDone]

	// Each department's spending leans away from its plan for a reason the records
	// show; the total lands where the budget-variance meter says.
	lean := map[string]float64{
		DeptNursing:    0.05 + (ot-5)*0.008 - math.Max(0, 96-m[StaffingCoverage])*0.004,
		DeptPharmacy:   []float64{0.04, -0.035}[st.RNG.Intn(2)] + (occ-start(BedOccupancy))*0.003,
		DeptRehab:      []float64{0.03, -0.03}[st.RNG.Intn(2)],
		DeptDietary:    []float64{0.035, -0.03, 0.005}[st.RNG.Intn(3)],
		DeptFacilities: 0.03 + math.Max(0, 96-maint)*0.012,
		DeptBillingIT:  (den-15)*0.01 + m[HIPAAGaps]*0.005,
	}
	depts := budgetDeptsFor(st.Setting)
	for _, d := range depts {
		if _, ok := lean[d.ID]; !ok {
			// a department outside the hospital leans over or under its plan
			lean[d.ID] = []float64{0.035, -0.03}[st.RNG.Intn(2)]
		}
	}
	if st.Flags["ops:cut-vacancy"] {
		lean[DeptNursing] -= 0.05
	}
	if st.Flags["bil:small-writeoffs"] {
		lean[DeptBillingIT] -= 0.02
	}
	raw, sum := map[string]float64{}, 0.0
	for _, d := range depts {
		raw[d.ID] = d.Share * (1 + lean[d.ID])
		sum += raw[d.ID]
	}
	B := float64(A) / (1 - m[BudgetVariance]/100)
	actLeft, budLeft := A, int(math.Round(B))
	for i, d := range depts {
		dep := BudgetDept{ID: d.ID, Explain: -1}
		if i < len(depts)-1 {
			dep.Actual = int(math.Round(float64(A) * raw[d.ID] / sum))
			dep.Budget = int(math.Round(B * d.Share))
		} else {
			dep.Actual, dep.Budget = actLeft, budLeft
		}
		actLeft -= dep.Actual
		budLeft -= dep.Budget
		b.Depts = append(b.Depts, dep)
	}
	for i := range b.Depts {
		budgetCause(m, &b.Depts[i])
	}
	// The order the causes are offered in is dealt per run, from a copy of the run's
	// generator (so the rest of the run draws the same numbers as before), and saved.
	deal := RNG{State: st.RNG.State ^ 0xB0D6E7C0FFEE}
	for i := range b.Depts {
		opts := b.Depts[i].ExplainOptions()
		shuffle(&deal, opts)
		b.Depts[i].Options = opts
	}

	// Next quarter: the board approved a little less than this quarter's budget;
	// the draft is this quarter's budget per department, rounded to the step.
	b.Step = 25
	switch {
	case B < 4000:
		b.Step = 5
	case B < 10000:
		b.Step = 10
	}
	for i := range b.Depts {
		b.Depts[i].Next = roundTo(b.Depts[i].Budget, b.Step)
	}
	// the draft starts balanced: the finance office took the cut from the largest line
	b.Depts[0].Next -= roundTo(int(B*BudgetBoardCut/100), b.Step)
	b.Total = b.Allocated()

	// The auditors sample up to three decisions from the manager's weeks.
	var pool []Entry
	for _, e := range st.History {
		if e.Act == ActManager && e.Title.Key == "" && e.Choice.Key == "" && !e.Title.Text.Empty() {
			pool = append(pool, e)
		}
	}
	for k := 0; k < 3 && len(pool) > 0; k++ {
		i := st.RNG.Intn(len(pool))
		e := pool[i]
		b.Sample = append(b.Sample, BudgetSample{Week: e.Week, Title: e.Title.Text, Choice: e.Choice.Text})
		pool = append(pool[:i], pool[i+1:]...)
	}
	sort.SliceStable(b.Sample, func(i, j int) bool { return b.Sample[i].Week < b.Sample[j].Week })
	return b
}

// budgetStatement is the quarter's income statement as the meters stand: it draws
// nothing from the run's generator, so the narrative that reads it (BudgetNarrative)
// and the budget screen see the same numbers.
func budgetStatement(st *State) IncomeStatement {
	m := st.Facility.Meters
	start := func(id MeterID) float64 {
		if v, ok := st.MetersStart[id]; ok {
			return v
		}
		return Meter(id).Start
	}
	var is IncomeStatement
	// Revenue follows patient volume (occupancy against the quarter's start) and
	// loses what denied claims never bring in.
	base := budgetRevenue[st.Setting]
	if base == 0 {
		base = 9000
	}
	se := budgetSettingOf(st.Setting)
	occ, den := m[BedOccupancy], m[DenialRate]
	rev := base * (1 + (occ-start(BedOccupancy))/200) * (1 - (den-15)*0.003)
	// the setting's revenue lines: the first takes what the others leave
	revLeft := math.Round(rev)
	for i := len(se.Revenue) - 1; i > 0; i-- {
		n := math.Round(rev * se.Revenue[i].Share)
		is.Revenue = append([]IncomeLine{{se.Revenue[i].ID, int(n)}}, is.Revenue...)
		revLeft -= n
	}
	is.Revenue = append([]IncomeLine{{se.Revenue[0].ID, int(revLeft)}}, is.Revenue...)
	R := is.TotalRevenue()

	// Expenses are what the margin meter leaves of revenue, split by kind: personnel
	// is more than half, and overtime and agency pay push it (and purchased
	// services) up; missed maintenance turns into repair bills.
	A := int(math.Round(float64(R) * (1 - m[OperatingMargin]/100)))
	ot, to, maint := m[OvertimeShare], m[RNTurnover], m[MaintenanceDone]
	shares := []struct {
		id string
		f  float64
	}{
		{"personnel", clampF(0.54+(ot-5)*0.004+(to-16.4)*0.002, 0.51, 0.62)},
		{"supplies", 0.17},
		{"purchased", clampF(0.08+(ot-5)*0.003, 0.05, 0.14)},
		{"facilities", 0.11 + math.Max(0, 96-maint)*0.001},
	}
	left := A
	scale := 1.0
	if se.Medical > 0 {
		// a health plan: most of what it spends is the care it pays for
		n := int(math.Round(float64(A) * se.Medical))
		is.Expenses = append(is.Expenses, IncomeLine{"medical", n})
		left -= n
		scale = 1 - se.Medical
	}
	for _, sh := range shares {
		n := int(math.Round(float64(A) * sh.f * scale))
		is.Expenses = append(is.Expenses, IncomeLine{sh.id, n})
		left -= n
	}
	is.Expenses = append(is.Expenses, IncomeLine{"other", left})

	return is
}

// budgetCause sets what the records say caused a department's variance, and the
// record (the clue) that shows it.
func budgetCause(m map[MeterID]float64, d *BudgetDept) {
	over := d.Variance() < 0
	pct1 := func(v float64) string { return unitArg(v, 1, "%") }
	pct0 := func(v float64) string { return unitArg(v, 0, "%") }
	// byVariance sets the cause and its clue: the first pair when the department is
	// over budget, the second when it is under.
	byVariance := func(overCause string, overClue Line, underCause string, underClue Line) {
		if over {
			d.Cause, d.Clue = overCause, overClue
		} else {
			d.Cause, d.Clue = underCause, underClue
		}
	}
	switch d.ID {
	case DeptNursing:
		switch {
		case over && m[OvertimeShare] >= 5.5:
			d.Cause, d.Clue = CauseOvertime, L("sys.budget.clue.overtime", pct1(m[OvertimeShare]))
		case over:
			d.Cause, d.Clue = CauseVolume, L("sys.budget.clue.nursing_volume", pct1(m[OvertimeShare]), pct0(m[BedOccupancy]))
		default:
			d.Cause, d.Clue = CauseVacancy, L("sys.budget.clue.nursing_vacancy", pct0(m[StaffingCoverage]))
		}
	case DeptPharmacy:
		byVariance(CauseDrugPrices, L("sys.budget.clue.drug_prices"), CauseContract, L("sys.budget.clue.pharmacy_contract"))
	case DeptRehab:
		byVariance(CauseVolume, L("sys.budget.clue.rehab_volume"), CauseVacancy, L("sys.budget.clue.rehab_vacancy"))
	case DeptDietary:
		byVariance(CauseFoodPrices, L("sys.budget.clue.food_prices"), CauseContract, L("sys.budget.clue.dietary_contract"))
	case DeptFacilities:
		byVariance(CauseRepairs, L("sys.budget.clue.repairs", pct0(m[MaintenanceDone])), CauseDeferred, L("sys.budget.clue.deferred", pct0(m[MaintenanceDone])))
	case DeptBillingIT:
		byVariance(CauseRework, L("sys.budget.clue.rework", pct1(m[DenialRate]), numArg(m[HIPAAGaps], 0)), CauseVacancy, L("sys.budget.clue.billing_vacancy"))
	default:
		if sp, ok := budgetSpec(d.ID); ok {
			byVariance(sp.Over, L("sys.budget.clue."+d.ID+".over"), sp.Under, L("sys.budget.clue."+d.ID+".under"))
		}
	}
}

// QuarterRefusal is a quarter-end screen command the rules turned down, with the reason as a catalog line
// for the screen (Line) and in English for logs and tests (Error).
type QuarterRefusal struct {
	Line Line
	Msg  string
}

func (r *QuarterRefusal) Error() string { return r.Msg }

func quarterRefuse(l Line, format string, args ...any) error {
	return &QuarterRefusal{Line: l, Msg: fmt.Sprintf(format, args...)}
}

func roundTo(n, step int) int {
	if step <= 0 {
		return n
	}
	return int(math.Round(float64(n)/float64(step))) * step
}

func clampF(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

// budgetDesk returns the budget desk, or ErrNotNow when none was opened.
func budgetDesk(h *Host) (*BudgetPlan, error) {
	if b := h.State().Sys.Budget; b != nil {
		return b, nil
	}
	return nil, ErrNotNow
}

// dept returns department i, or an error naming the bad index.
func (b *BudgetPlan) dept(i int) (*BudgetDept, error) {
	if i < 0 || i >= len(b.Depts) {
		return nil, fmt.Errorf("budget: no department %d", i)
	}
	return &b.Depts[i], nil
}

// budgetDeskDept returns the open budget desk and its department i, for the commands
// that act on one department.
func budgetDeskDept(h *Host, i int) (*BudgetPlan, *BudgetDept, error) {
	b, err := budgetDesk(h)
	if err != nil {
		return nil, nil, err
	}
	d, err := b.dept(i)
	if err != nil {
		return nil, nil, err
	}
	return b, d, nil
}

// BudgetExplain picks a department's variance explanation. With Cause set it picks
// that cause; without, it moves to the next cause in the order this run offers them
// (and back to none after the last). Whether the pick matches the records is not
// told until Done: the auditors judge it then.
type BudgetExplain struct {
	Dept  int
	Cause string
}

// Duty implements Command.
func (BudgetExplain) Duty() DutyID { return SysBudget }

func (c BudgetExplain) run(h *Host) error {
	_, d, err := budgetDeskDept(h, c.Dept)
	if err != nil {
		return err
	}
	if !d.Material() {
		return quarterRefuse(L("sys.budget.err.immaterial", unitArg(BudgetMaterial, 0, "%")),
			"budget: %s's variance is under %.0f%%, so it needs no explanation", d.ID, BudgetMaterial)
	}
	causes := BudgetCauses(d.ID)
	if c.Cause != "" {
		for k, x := range causes {
			if x == c.Cause {
				d.Explain = k
				return nil
			}
		}
		return fmt.Errorf("budget: %q is not a cause %s offers", c.Cause, d.ID)
	}
	opts := d.ExplainOptions()
	pos := -1
	for k, o := range opts {
		if o == d.Explain {
			pos = k
		}
	}
	if pos+1 < len(opts) {
		d.Explain = opts[pos+1]
	} else {
		d.Explain = -1
	}
	return nil
}

// BudgetAdjust moves a department's next-quarter allocation by Steps presses of the
// step (negative to cut). Money comes from, and goes back to, the unallocated
// remainder, so the allocation can never exceed the approved total.
type BudgetAdjust struct{ Dept, Steps int }

// Duty implements Command.
func (BudgetAdjust) Duty() DutyID { return SysBudget }

func (c BudgetAdjust) run(h *Host) error {
	b, d, err := budgetDeskDept(h, c.Dept)
	if err != nil {
		return err
	}
	return b.set(c.Dept, d.Next+c.Steps*b.Step)
}

// BudgetMatch funds a department at last quarter's actual (rounded to the step), if
// the unallocated money covers it; otherwise it says how much is missing.
type BudgetMatch struct{ Dept int }

// Duty implements Command.
func (BudgetMatch) Duty() DutyID { return SysBudget }

func (c BudgetMatch) run(h *Host) error {
	b, d, err := budgetDeskDept(h, c.Dept)
	if err != nil {
		return err
	}
	target := roundTo(d.Actual, b.Step)
	if need := target - d.Next; need > b.Remaining() {
		return quarterRefuse(L("sys.budget.err.match_short", moneyArg(need), moneyArg(b.Remaining())),
			"not enough money left: matching %s's actual needs $%dk more, and only $%dk is unallocated; cut another department first", d.ID, need, b.Remaining())
	}
	d.Next = target
	return nil
}

// BudgetSet sets a department's next-quarter allocation to Amount ($k). It refuses
// an amount that would make the departments add up to more than the approved total,
// or a negative one: the budget must balance.
type BudgetSet struct{ Dept, Amount int }

// Duty implements Command.
func (BudgetSet) Duty() DutyID { return SysBudget }

func (c BudgetSet) run(h *Host) error {
	b, err := budgetDesk(h)
	if err != nil {
		return err
	}
	return b.set(c.Dept, c.Amount)
}

// set gives department i amount ($k) within the approved total.
func (b *BudgetPlan) set(i, amount int) error {
	d, err := b.dept(i)
	if err != nil {
		return err
	}
	if amount < 0 {
		return quarterRefuse(L("sys.budget.err.negative"), "budget: %s cannot get less than $0k", d.ID)
	}
	if over := b.Allocated() - d.Next + amount - b.Total; over > 0 {
		return quarterRefuse(L("sys.budget.err.over_total", moneyArg(over), moneyArg(b.Total)),
			"the budget must balance: that is $%dk more than the approved total of $%dk; take it from another department first", over, b.Total)
	}
	d.Next = amount
	return nil
}

// AuditCheck is one test the auditors run on the quarter's books and budget.
type AuditCheck struct {
	ID     string  `json:"id"`
	Pass   bool    `json:"pass"`
	Line   Line    `json:"line"`   // what the auditors wrote
	Effect float64 `json:"effect"` // board confidence
}

// Audit runs the auditors' tests on the plan as it stands: the budget balances,
// the material variances are explained and the explanations match the records,
// allocations are realistic against last quarter's actuals, and the decisions they
// sampled from the run (its flags) square with the budget.
func (b *BudgetPlan) Audit(flags map[string]bool) []AuditCheck {
	var out []AuditCheck
	count := func(n int) string { return numArg(float64(n), 0) }
	out = append(out, AuditCheck{ID: "balance", Pass: b.Allocated()+b.Remaining() == b.Total && b.Remaining() >= 0,
		Line: L("sys.budget.audit.balance", moneyArg(b.Allocated()), moneyArg(b.Remaining()), moneyArg(b.Total))})

	material, explained, wrong := 0, 0, 0
	for i := range b.Depts {
		d := &b.Depts[i]
		if !d.Material() {
			continue
		}
		material++
		if d.Explain >= 0 {
			explained++
			if !d.ExplainedRight() {
				wrong++
			}
		}
	}
	if explained == material {
		out = append(out, AuditCheck{ID: "explained", Pass: true, Line: L("sys.budget.audit.explained", count(material)), Effect: 1})
	} else {
		out = append(out, AuditCheck{ID: "explained", Line: L("sys.budget.audit.unexplained", count(material-explained), count(material)), Effect: -2})
	}
	if wrong == 0 {
		out = append(out, AuditCheck{ID: "accurate", Pass: true, Line: L("sys.budget.audit.accurate")})
	} else {
		out = append(out, AuditCheck{ID: "accurate", Line: L("sys.budget.audit.wrong", count(wrong)), Effect: -2})
	}

	// One rule (BudgetDept.Standing) decides a department's flag on the screen, this
	// check, the padding the debrief counts and the shortfall that lands later.
	var odd []string
	for i := range b.Depts {
		if b.Depts[i].Standing() != BudgetOK {
			odd = append(odd, b.Depts[i].ID)
		}
	}
	if len(odd) == 0 {
		out = append(out, AuditCheck{ID: "realistic", Pass: true, Line: L("sys.budget.audit.within"), Effect: 1})
	} else {
		for _, id := range odd {
			d := b.Dept(id)
			args := []string{moneyArg(d.Next), moneyArg(d.Actual), unitArg(d.NextVsActual(), 1, "%")}
			switch d.Standing() {
			case BudgetUnderFunded:
				out = append(out, AuditCheck{ID: "realistic", Line: WithParts("sys.budget.audit.short", args, L("sys.budget.dept."+id)), Effect: -1})
			case BudgetPadded:
				out = append(out, AuditCheck{ID: "realistic", Line: L("sys.budget.audit.padded."+id, args...), Effect: -1.5})
			default:
				out = append(out, AuditCheck{ID: "realistic", Line: L("sys.budget.audit.under."+id, args...), Effect: -1.5})
			}
		}
	}

	// Decisions from the run that the auditors trace into the books.
	if d := b.Dept(DeptNursing); flags["ops:cut-vacancy"] && d != nil {
		if d.NextVsActual() <= BudgetUnderLimit {
			out = append(out, AuditCheck{ID: "history", Pass: true, Line: L("sys.budget.audit.vacancy_ok")})
		} else {
			out = append(out, AuditCheck{ID: "history", Line: L("sys.budget.audit.vacancy_refunded", moneyArg(d.Next-d.Actual)), Effect: -2})
		}
	}
	if flags["bil:small-writeoffs"] {
		out = append(out, AuditCheck{ID: "history", Line: L("sys.budget.audit.writeoffs"), Effect: -1})
	}
	if d := b.Dept(DeptFacilities); flags["eqp:old-ct"] && d != nil {
		if d.Next >= d.Actual {
			out = append(out, AuditCheck{ID: "history", Pass: true, Line: L("sys.budget.audit.ct_ok")})
		} else {
			out = append(out, AuditCheck{ID: "history", Line: L("sys.budget.audit.ct_short"), Effect: -1})
		}
	}
	return out
}

// AuditScope is what the auditors will look at, one line per check Audit runs,
// without the verdicts: the screen shows this before Done, and the findings only in
// the debrief, so the audit cannot be passed by trying until it says PASS.
func (b *BudgetPlan) AuditScope(flags map[string]bool) []Line {
	material := 0
	for i := range b.Depts {
		if b.Depts[i].Material() {
			material++
		}
	}
	count := func(n int) string { return numArg(float64(n), 0) }
	out := []Line{
		L("sys.budget.scope.balance", moneyArg(b.Total)),
		L("sys.budget.scope.explained", unitArg(BudgetMaterial, 0, "%"), count(material)),
		L("sys.budget.scope.accurate"),
		L("sys.budget.scope.limits", unitArg(BudgetUnderLimit, 0, "%"), unitArg(BudgetPadLimit, 0, "%"), unitArg(BudgetUnrealistic, 0, "%")),
	}
	if flags["ops:cut-vacancy"] && b.Dept(DeptNursing) != nil {
		out = append(out, L("sys.budget.scope.vacancy"))
	}
	if flags["bil:small-writeoffs"] {
		out = append(out, L("sys.budget.scope.writeoffs"))
	}
	if flags["eqp:old-ct"] && b.Dept(DeptFacilities) != nil {
		out = append(out, L("sys.budget.scope.ct"))
	}
	return out
}

// AuditFindings counts the failed checks.
func AuditFindings(cs []AuditCheck) int {
	n := 0
	for _, c := range cs {
		if !c.Pass {
			n++
		}
	}
	return n
}

// BudgetMarginMedian is the national median operating margin the income statement
// is read against, in percent (the budget fact card: Kaufman Hall, 2023).
const BudgetMarginMedian = 1.4

// BudgetMLRMin is the medical loss ratio a large-group health plan must reach, in
// percent of premiums, or rebate the difference (ACA medical loss ratio;
// shared/DOMAIN.md; 80% for individual and small-group plans).
const BudgetMLRMin = 85.0

// budgetConsequence is what an under-funded department does to the facility later,
// per point of shortfall (percent below last quarter's actual). Sizes are game
// design; directions follow shared/DOMAIN.md (overtime raises turnover; missed
// maintenance; registration errors become denials).
var budgetConsequence = map[string]map[string]float64{
	DeptNursing:    {OvertimeShare: 0.5, RNTurnover: 0.2, BudgetVariance: -0.4},
	DeptPharmacy:   {BudgetVariance: -0.3, PatientSatisfied: -0.3},
	DeptRehab:      {PatientSatisfied: -0.5, BedOccupancy: 0.3},
	DeptDietary:    {PatientSatisfied: -0.5},
	DeptFacilities: {MaintenanceDone: -0.8, BudgetVariance: -0.2},
	DeptBillingIT:  {DenialRate: 0.4, DaysCashOnHand: -1},
}

// quarterEndLater queues a delayed consequence from a quarter-end screen. Those
// screens come in the run's last week, so the consequence is due when the quarter
// closes (the end of this week) unless the run has weeks left; the returned line
// says when it lands (closeKey names the screen's own words for the quarter close).
func quarterEndLater(h *Host, closeKey string, weeks int, msg Line, effects map[string]float64, cause, choice Line) Line {
	st := h.State()
	if left := st.Weeks - st.Week; weeks > left {
		weeks = max(0, left)
	}
	l := h.Later(weeks, msg, effects, cause, choice)
	if weeks == 0 {
		return L(closeKey)
	}
	return l
}

// budgetDuty is the budget desk's module in the Duties table.
type budgetDuty struct{}

// Open implements DutyModule: the quarter's statement, variance report and draft
// allocation, built once a week.
func (budgetDuty) Open(h *Host) {
	st := h.State()
	if st.Sys.Budget != nil && st.Sys.Budget.Week == st.Week {
		return
	}
	st.Sys.Budget = newBudgetPlan(st)
}

// Finish implements DutyModule: the auditors check the plan, the board's confidence
// follows, and under-funded departments queue what their shortfall will do.
func (budgetDuty) Finish(h *Host) (*Outcome, error) {
	b, err := budgetDesk(h)
	if err != nil {
		return nil, err
	}
	flags := h.State().Flags
	// The allocation balances by construction; a plan that does not (a damaged
	// save) is refused with the numbers rather than booked.
	if b.Remaining() < 0 {
		return nil, quarterRefuse(L("sys.budget.err.unbalanced", moneyArg(b.Allocated()), moneyArg(b.Total)),
			"the budget does not balance: departments add up to $%dk, but the approved total is $%dk", b.Allocated(), b.Total)
	}
	st := b.Statement
	count := func(n int) string { return numArg(float64(n), 0) }
	out := &Outcome{Title: L("sys.budget.out.title")}
	// what went well (a clean audit, a reserve, allocations within limits) is read
	// first, then the statement, then the findings and the padding
	var db debrief
	db.neutral(L("sys.budget.out.statement", moneyArg(st.TotalRevenue()), moneyArg(st.TotalExpenses()), moneyArg(st.OperatingIncome()), unitArg(st.Margin(), 1, "%")))

	checks := b.Audit(flags)
	found := AuditFindings(checks)
	if found == 0 {
		db.good(L("sys.budget.out.audit_clean", count(len(checks))))
		flags["bud:audit-clean"] = true
	} else {
		db.bad(L("sys.budget.out.audit_findings", count(found), count(len(checks))))
		flags["bud:audit-findings"] = true
		// Every finding the count names is listed, so "3 finding(s)" is followed by three.
		for _, c := range checks {
			if !c.Pass {
				db.bad(c.Line)
			}
		}
	}

	r := b.result(checks)
	if r.Spent > 0 {
		db.bad(L("sys.budget.out.padding", moneyArg(r.Spent)))
	}
	if r.Reserve > 0 {
		db.good(L("sys.budget.out.reserve", moneyArg(r.Reserve)))
	}
	if r.Under == 0 && r.Padded == 0 {
		db.good(L("sys.budget.out.within"))
	}
	db.finish(out)
	out.Changes = h.Apply(r.Effects)

	// Under-funded departments still have the work to do: the money runs out later.
	var landing Line
	for i := range b.Depts {
		d := &b.Depts[i]
		if !d.UnderFunded() {
			continue
		}
		flags["bud:underfunded:"+d.ID] = true
		short := math.Min(-d.NextVsActual(), 15)
		eff := map[string]float64{}
		for _, k := range sortedKeys(budgetConsequence[d.ID]) {
			eff[k] = budgetConsequence[d.ID][k] * short
		}
		choice := L("sys.budget.later.choice."+d.ID, moneyArg(d.Next), unitArg(-d.NextVsActual(), 1, "%"))
		landing = quarterEndLater(h, "sys.budget.later_close", 2, L("sys.budget.later."+d.ID), eff, L("system.budget.title"), choice)
	}
	if !landing.IsZero() {
		out.Later = append(out.Later, landing)
	}
	if f, ok := (View{st: h.State(), c: h.Content()}).BudgetFact(); ok {
		out.Fact = &f
	}
	return out, nil
}

// budgetResult is what Done would do to the facility now: the changes and the
// figures the debrief names.
type budgetResult struct {
	Effects map[string]float64
	Spent   int // padding above what departments needed, $k, that will be spent
	Reserve int // the unallocated contingency reserve, $k
	Under   int // under-funded departments (flagged under-funded or unrealistic)
	Padded  int // departments flagged padded
}

// result works out what Done would change, given the auditors' checks.
func (b *BudgetPlan) result(checks []AuditCheck) budgetResult {
	st := &b.Statement
	confidence := 0.0
	for _, c := range checks {
		confidence += c.Effect
	}
	if AuditFindings(checks) == 0 {
		confidence += 2
	}
	r := budgetResult{Effects: map[string]float64{BoardConfidence: confidence, ManagerWorkload: 2}}
	// Padding gets spent: money a padded department gets above last quarter's actual
	// (beyond a small slack) comes out of next quarter's margin. Only departments the
	// screen flags as padded count, so the debrief never finds padding the screen did not show.
	spent := 0.0
	for i := range b.Depts {
		d := &b.Depts[i]
		if d.Standing() != BudgetPadded {
			continue
		}
		if x := float64(d.Next) - float64(d.Actual)*(1+BudgetSpendSlack/100); x > 0 {
			spent += x
		}
	}
	if spent > 0 && st.TotalRevenue() > 0 {
		r.Effects[OperatingMargin] = -math.Min(1, spent/float64(st.TotalRevenue())*100*0.3)
		r.Spent = int(spent)
	}
	// A reserve left unallocated is cash kept: days of expense it would cover.
	if rem := b.Remaining(); rem > 0 && b.ActualTotal() > 0 {
		r.Effects[DaysCashOnHand] = float64(rem) / (float64(b.ActualTotal()) / 91)
		r.Reserve = rem
	}
	for i := range b.Depts {
		switch b.Depts[i].Standing() {
		case BudgetUnderFunded, BudgetUnreal:
			r.Under++
		case BudgetPadded:
			r.Padded++
		}
	}
	if r.Under == 0 {
		r.Effects[BudgetVariance] = 1
	}
	return r
}

// Auto implements DutyModule: a plain, middle-of-the-road job of the screen, for
// bots and tests. It explains each material variance with the cause the records
// show and funds each department at its share of the approved total, in proportion
// to what it actually spent, keeping the rounding as a small reserve.
func (budgetDuty) Auto(h *Host) {
	b := h.State().Sys.Budget
	if b == nil {
		return
	}
	for i := range b.Depts {
		d := &b.Depts[i]
		d.Explain = -1
		if d.Material() {
			for k, c := range BudgetCauses(d.ID) {
				if c == d.Cause {
					d.Explain = k
				}
			}
		}
	}
	act := b.ActualTotal()
	if act <= 0 {
		return
	}
	pool := min(b.Total, act)
	for i := range b.Depts {
		d := &b.Depts[i]
		d.Next = roundTo(pool*d.Actual/act, b.Step)
	}
	for k := 0; b.Remaining() < 0 && k < 1000; k++ {
		big := 0
		for i := range b.Depts {
			if b.Depts[i].Next > b.Depts[big].Next {
				big = i
			}
		}
		b.Depts[big].Next -= b.Step
	}
}

// How an allocation stands against what the department spent, as the screen flags it.
const (
	BudgetOK          = "ok"          // within the limits
	BudgetUnderFunded = "under"       // more than BudgetUnderLimit below the actual
	BudgetUnreal      = "unrealistic" // more than BudgetUnrealistic below the actual
	BudgetPadded      = "padded"      // more than BudgetPadLimit above the actual
)

// Standing flags the allocation against last quarter's actual: the worst of
// unrealistic (a deep cut), under-funded and padded, or ok.
func (d *BudgetDept) Standing() string {
	switch {
	case d.Unrealistic() && !d.Padded():
		return BudgetUnreal
	case d.UnderFunded():
		return BudgetUnderFunded
	case d.Padded():
		return BudgetPadded
	}
	return BudgetOK
}

// How a department's spending came out against its budget.
const (
	BudgetOver  = "over"
	BudgetUnder = "under"
	BudgetOn    = "on"
)

// BudgetVarianceRead is a variance as the report says it: over, under or on budget,
// by how much ($k) and the actual against the budget in percent (+ is over).
type BudgetVarianceRead struct {
	Kind   string
	Amount int
	Pct    float64
}

// readVariance reads actual spending against a budget.
func readVariance(budget, actual int) BudgetVarianceRead {
	r := BudgetVarianceRead{Kind: BudgetOn}
	if budget != 0 {
		r.Pct = float64(actual-budget) / float64(budget) * 100
	}
	switch {
	case actual > budget:
		r.Kind, r.Amount = BudgetOver, actual-budget
	case actual < budget:
		r.Kind, r.Amount = BudgetUnder, budget-actual
	}
	return r
}

// BudgetDeptRead is one department as the screen shows it, with the rules applied.
type BudgetDeptRead struct {
	Variance  BudgetVarianceRead
	Material  bool    // the variance must be explained
	Explained string  // the cause picked, "" for none
	VsActual  float64 // next quarter's allocation against the actual, percent
	Standing  string  // BudgetOK, BudgetUnderFunded, BudgetUnreal or BudgetPadded
}

// BudgetForecast is the budget desk read through the rules, for the screen: the
// totals, each department's standing and the audit as it would run now.
type BudgetForecast struct {
	Allocated, Remaining     int
	BudgetTotal, ActualTotal int
	Variance                 BudgetVarianceRead // all departments together
	Depts                    []BudgetDeptRead
	// The income statement read against the benchmark.
	MarginAboveMedian bool // the margin is at or above BudgetMarginMedian
	// Which benchmark the margin is read against: "hospital" (the hospital median is
	// this kind's own), "other" (the hospital median, said to be a hospital figure)
	// or "mlr" (a health plan: its medical loss ratio against the ACA's 85%).
	Bench string
	MLR   float64 // a health plan's medical claims over premiums, percent (0 for providers)
	// MLRLow: under the ACA's 85% large-group minimum, so premiums may have to be rebated.
	MLRLow            bool
	BigCost           string    // the expense line the chart shows as the largest cost: personnel or medical
	PersonnelOverHalf bool      // personnel is more than half of expenses
	ExpenseShare      []float64 // each expense line's percent of expenses
	// What the auditors will look at, without verdicts: what the screen shows.
	AuditScope []Line
	// The audit as it would run if Done were pressed now: for tests and tools, so
	// they can check the screen's numbers against the rules; the screen never shows
	// these verdicts before Done.
	Audit   []AuditCheck
	Passed  int
	Effects map[string]float64 // what Done would change now
	Samples []Line             // the decisions the auditors sampled, as lines
}

// BudgetDesk is a copy of the budget desk (false when none is open).
func (v View) BudgetDesk() (BudgetPlan, bool) {
	b := v.st.Sys.Budget
	if b == nil {
		return BudgetPlan{}, false
	}
	c := *b
	c.Statement.Revenue = append([]IncomeLine(nil), b.Statement.Revenue...)
	c.Statement.Expenses = append([]IncomeLine(nil), b.Statement.Expenses...)
	c.Depts = append([]BudgetDept(nil), b.Depts...)
	c.Sample = append([]BudgetSample(nil), b.Sample...)
	return c, true
}

// BudgetForecast reads the budget desk through the rules (zero when none is open).
func (v View) BudgetForecast() BudgetForecast {
	b, ok := v.BudgetDesk()
	if !ok {
		return BudgetForecast{}
	}
	st := &b.Statement
	f := BudgetForecast{
		Allocated: b.Allocated(), Remaining: b.Remaining(),
		BudgetTotal: b.BudgetTotal(), ActualTotal: b.ActualTotal(),
		Variance:          readVariance(b.BudgetTotal(), b.ActualTotal()),
		MarginAboveMedian: st.Margin() >= BudgetMarginMedian,
		PersonnelOverHalf: st.PersonnelShare() > 50,
		BigCost:           "personnel",
	}
	f.Bench = budgetSettingOf(b.Setting).Bench
	if med := st.Line("medical"); med > 0 && st.Line("premiums") > 0 {
		f.Bench, f.BigCost = "mlr", "medical"
		f.MLR = float64(med) / float64(st.Line("premiums")) * 100
		f.MLRLow = f.MLR < BudgetMLRMin
	} else if f.Bench == "mlr" {
		f.Bench = "other" // a desk dealt before the plan's statement had its lines
	}
	exp := st.TotalExpenses()
	for _, l := range st.Expenses {
		share := 0.0
		if exp != 0 {
			share = float64(l.Amount) / float64(exp) * 100
		}
		f.ExpenseShare = append(f.ExpenseShare, share)
	}
	for i := range b.Depts {
		d := &b.Depts[i]
		r := BudgetDeptRead{Variance: readVariance(d.Budget, d.Actual), Material: d.Material(), VsActual: d.NextVsActual(), Standing: d.Standing()}
		if cs := BudgetCauses(d.ID); d.Explain >= 0 && d.Explain < len(cs) {
			r.Explained = cs[d.Explain]
		}
		f.Depts = append(f.Depts, r)
	}
	f.AuditScope = b.AuditScope(v.st.Flags)
	f.Audit = b.Audit(v.st.Flags)
	f.Passed = len(f.Audit) - AuditFindings(f.Audit)
	f.Effects = b.result(f.Audit).Effects
	for _, sm := range b.Sample {
		f.Samples = append(f.Samples, WithParts("sys.budget.audit.sample", []string{numArg(float64(sm.Week), 0)}, TL(sm.Title), TL(sm.Choice)))
	}
	return f
}

// BudgetFact is the benchmark the income statement compares the margin with: the
// thin national margin (shared/DOMAIN.md, fiscal operations), taken from the
// content's budget-overrun scenario so the figure and its source live once.
func (v View) BudgetFact() (Fact, bool) {
	if v.c == nil {
		return Fact{}, false
	}
	if sc := v.c.Scenario("budget-q1-overrun"); sc != nil && sc.Fact != nil {
		return *sc.Fact, true
	}
	return Fact{}, false
}

// BudgetNarrativeScenario is the scenario whose story is the quarter's income
// statement: its body is written from the statement, not from fixed words.
const BudgetNarrativeScenario = "ops-budget-income-statement"

// budgetAgencyShare is the share of expenses (percent) above which purchased services
// and agency staff count as a cost driver on the statement: the line's base share is
// 8% and overtime pushes it up (budgetStatement; game figure).
const budgetAgencyShare = 8.5

// BudgetNarrative tells the quarter's income statement as the player last saw it on
// the budget screen (or, before any budget screen, as the meters stand): the margin
// against the national median, and whether agency pay is what drove the costs.
func BudgetNarrative(st *State) Line {
	is := budgetStatement(st)
	if b := st.Sys.Budget; b != nil && len(b.Statement.Revenue) > 0 {
		is = b.Statement
	}
	bench := "sys.budget.story.below"
	if is.Margin() >= BudgetMarginMedian {
		bench = "sys.budget.story.above"
	}
	exp := float64(is.TotalExpenses())
	share := func(id string) float64 {
		if exp == 0 {
			return 0
		}
		return float64(is.Line(id)) / exp * 100
	}
	driver := L("sys.budget.story.no_agency", unitArg(share("purchased"), 1, "%"), unitArg(share("personnel"), 0, "%"))
	if share("purchased") > budgetAgencyShare {
		driver = L("sys.budget.story.agency", unitArg(share("purchased"), 1, "%"), unitArg(share("personnel"), 0, "%"))
	}
	if is.Line("medical") > 0 {
		// a health plan: the care it pays for is the biggest line, not its staff
		driver = L("sys.budget.story.medical", unitArg(share("medical"), 0, "%"), unitArg(share("personnel"), 0, "%"))
	}
	return WithParts("sys.budget.story",
		[]string{moneyArg(is.TotalRevenue()), moneyArg(is.TotalExpenses()), unitArg(is.Margin(), 1, "%")},
		L(bench, unitArg(BudgetMarginMedian, 1, "%")), driver)
}

// scenarioBodies are the scenarios whose body the rules write from the state, so the
// story never contradicts the numbers the player has seen.
var scenarioBodies = map[string]func(*State) Line{
	BudgetNarrativeScenario: BudgetNarrative,
}

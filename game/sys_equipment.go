package game

import (
	"errors"
	"fmt"
	"math"
)

// EquipmentPlan is the state of the equipment duty screen: this week's maintenance
// schedule over the equipment inventory, with limited technician hours, and the
// capital plan that ranks requests for new equipment within the capital budget.
// Only the decisions are state; every number the screen shows comes from
// View.EquipmentForecast, so each rule lives once.
type EquipmentPlan struct {
	Week     int          `json:"week"`
	Setting  string       `json:"setting,omitempty"`  // the setting it was dealt for ("" in saves from before settings: a hospital's desk)
	Items    []EquipItem  `json:"items"`              // the inventory, in table order
	Contract int          `json:"contract"`           // contract technician hours bought this week
	Requests []CapitalAsk `json:"requests"`           // capital requests, in table order
	Failures []string     `json:"failures,omitempty"` // at Done: requests whose old unit will fail because they were not funded
	Missed   []string     `json:"missed,omitempty"`   // at Done: life-support items whose maintenance was skipped
}

// EquipItem is one line of the equipment inventory and its maintenance task.
type EquipItem struct {
	ID        string `json:"id"`        // catalog id under sys.equipment.item.<id>
	Class     string `json:"class"`     // life (life support), high (high-risk), standard, facility
	Due       int    `json:"due"`       // days until the maintenance is due; below 0 it is overdue
	Hours     int    `json:"hours"`     // technician hours the task takes
	Loaner    bool   `json:"loaner"`    // a rented or loaned unit: check it before first use
	Scheduled bool   `json:"scheduled"` // on this week's schedule
}

// CapitalAsk is one request for new equipment.
type CapitalAsk struct {
	ID      string `json:"id"`      // catalog id under sys.equipment.req.<id>
	Cost    int    `json:"cost"`    // price of the new unit(s)
	Service int    `json:"service"` // yearly service cost of the old unit(s); 0 when nothing is replaced
	Rank    int    `json:"rank"`    // 0 not funded; 1, 2... the order it was ranked in the plan
}

// Equipment classes, as the Joint Commission asks an inventory to flag them.
const (
	EquipLife     = "life"     // life support: 100% of maintenance, no exceptions
	EquipHigh     = "high"     // high-risk
	EquipStandard = "standard" // manufacturer's interval
	EquipFacility = "facility" // building systems, e.g. emergency standby power
)

// The equipment desk's numbers. Sizes marked "game" are design, tuned by the tests;
// directions follow shared/DOMAIN.md.
const (
	EquipStaffHours    = 24       // two biomedical technicians' free hours this week (game)
	EquipContractStep  = 4        // contract technician hours come in blocks of this size
	EquipContractMax   = 8        // most contract hours available this week
	EquipContractRate  = 130      // dollars an hour for a contract technician (game)
	EquipWeekDays      = 7        // a task due within this many days is due this week
	EquipCapitalBudget = 1500000  // this year's capital budget (game)
	EquipReplaceRule   = 0.30     // rule of thumb, a game figure: consider replacing past 30% of a new unit's price
	EquipLifeYears     = 7        // years a new unit is written off over (game)
	EquipNewService    = 0.05     // a new unit's yearly service, as a share of its price (game)
	EquipFailWeeks     = 3        // when an old unit past the replacement line gives out
	equipPerCashDay    = 400000.0 // dollars of planned capital spending per day of cash on hand (game)
	equipPerVariance   = 10000.0  // dollars of unbudgeted spending per point of budget variance (game)
	equipPerMargin     = 500000.0 // dollars a year of savings per margin point (game)
	equipMissedLife    = 2.5      // extra maintenance points lost per skipped life-support task (game)
	equipMeterPull     = 0.2      // how far this week's completion pulls the maintenance meter (game)
	equipFailCashDays  = 8.0      // days of cash an emergency CT replacement costs from contingency, at a rush price (game)
)

// equipSetting is one setting's equipment desk: the inventory with last week's draft
// schedule, the capital requests with the committee's draft ranks, the capital budget
// and the in-house technician hours (game figures), and the catalog prefixes of the
// fact cards for the maintenance rules that bind there (a hospital's come from the
// content's equipment scenarios: View.EquipmentFacts).
type equipSetting struct {
	Items      []EquipItem
	Requests   []CapitalAsk
	Budget     int
	StaffHours int
	Facts      []string // sys.equipment.fact.<id>.text/.source/.year, beside the 30% card
}

// equipSettings is every setting's desk. A hospital keeps its ventilators, CT scanner
// and surgical robot; a practice maintains an AED, an autoclave, a point-of-care lab
// analyzer, exam tables and EHR workstations; a clinic its x-ray and lab; a rehab
// facility its patient lifts and therapy gym; a health agency its vaccine
// refrigerators, mobile unit and IT; a managed care organisation the claims servers
// that pay its members' claims and its IT security. Every price, hour and budget is a
// game figure.
var equipSettings = map[string]equipSetting{
	"hospital": {Budget: 1500000, StaffHours: 24, Items: []EquipItem{
		// the tech lead put the beds, the CT scanner, the pumps and the generator on the
		// draft, and missed the life-support work (a visible problem to fix)
		{ID: "vent-icu", Class: EquipLife, Due: 3, Hours: 6},
		{ID: "vent-loaner", Class: EquipLife, Due: 0, Hours: 3, Loaner: true},
		{ID: "defib", Class: EquipLife, Due: 5, Hours: 4},
		{ID: "pumps", Class: EquipHigh, Due: -4, Hours: 8, Scheduled: true},
		{ID: "ct", Class: EquipStandard, Due: 6, Hours: 6, Scheduled: true},
		{ID: "generator", Class: EquipFacility, Due: 2, Hours: 4, Scheduled: true},
		{ID: "beds", Class: EquipStandard, Due: 20, Hours: 5, Scheduled: true},
		{ID: "monitors", Class: EquipHigh, Due: 12, Hours: 5},
	}, Requests: []CapitalAsk{
		// the committee's draft: the surgeons' robot first and the ward beds second
		{ID: "ct", Cost: 1150000, Service: 390000},
		{ID: "robot", Cost: 1300000, Service: 0, Rank: 1},
		{ID: "switch", Cost: 160000, Service: 58000},
		{ID: "pumps", Cost: 150000, Service: 27000},
		{ID: "beds", Cost: 90000, Service: 12000, Rank: 2},
	}},
	"practice": {Budget: 60000, StaffHours: 8, Facts: []string{"autoclave", "clia-waived"}, Items: []EquipItem{
		{ID: "aed", Class: EquipLife, Due: 4, Hours: 1},
		{ID: "autoclave", Class: EquipHigh, Due: 1, Hours: 2, Scheduled: true},
		{ID: "poc-analyzer", Class: EquipHigh, Due: -2, Hours: 2},
		{ID: "exam-tables", Class: EquipStandard, Due: 3, Hours: 2, Scheduled: true},
		{ID: "ehr-ws", Class: EquipStandard, Due: 12, Hours: 3, Scheduled: true},
		{ID: "ecg", Class: EquipStandard, Due: 6, Hours: 1},
	}, Requests: []CapitalAsk{
		{ID: "autoclave", Cost: 9000, Service: 3400},
		{ID: "ehr-ws", Cost: 35000, Service: 0, Rank: 1},
		{ID: "exam-tables", Cost: 16000, Service: 2200, Rank: 2},
		{ID: "poc-ultrasound", Cost: 30000, Service: 0},
	}},
	"clinic": {Budget: 400000, StaffHours: 12, Facts: []string{"xray", "clia-moderate"}, Items: []EquipItem{
		{ID: "aed-clinic", Class: EquipLife, Due: 2, Hours: 2},
		{ID: "xray", Class: EquipHigh, Due: 5, Hours: 4, Scheduled: true},
		{ID: "lab", Class: EquipHigh, Due: -1, Hours: 3},
		{ID: "sat-link", Class: EquipStandard, Due: 3, Hours: 2, Scheduled: true},
		{ID: "exam-clinic", Class: EquipStandard, Due: 15, Hours: 3, Scheduled: true},
	}, Requests: []CapitalAsk{
		{ID: "xray", Cost: 180000, Service: 62000},
		{ID: "kiosks", Cost: 45000, Service: 0, Rank: 1},
		{ID: "lab", Cost: 60000, Service: 9000, Rank: 2},
		{ID: "ultrasound", Cost: 120000, Service: 0},
	}},
	"rehab": {Budget: 300000, StaffHours: 16, Facts: []string{"rehab-cop", "lifts"}, Items: []EquipItem{
		{ID: "aed-rehab", Class: EquipLife, Due: 3, Hours: 2},
		{ID: "lifts", Class: EquipHigh, Due: -3, Hours: 4},
		{ID: "gym", Class: EquipStandard, Due: 4, Hours: 3, Scheduled: true},
		{ID: "beds-rehab", Class: EquipStandard, Due: 20, Hours: 4, Scheduled: true},
		{ID: "generator-rehab", Class: EquipFacility, Due: 2, Hours: 3, Scheduled: true},
		{ID: "nurse-call", Class: EquipHigh, Due: 6, Hours: 2},
	}, Requests: []CapitalAsk{
		{ID: "lifts", Cost: 120000, Service: 42000},
		{ID: "gym", Cost: 90000, Service: 0, Rank: 1},
		{ID: "beds-rehab", Cost: 60000, Service: 7000, Rank: 2},
		{ID: "nurse-call", Cost: 75000, Service: 6000},
	}},
	"gov-agency": {Budget: 250000, StaffHours: 10, Facts: []string{"vaccine", "security"}, Items: []EquipItem{
		{ID: "fridges", Class: EquipHigh, Due: 0, Hours: 2},
		{ID: "aed-agency", Class: EquipLife, Due: 5, Hours: 1},
		{ID: "mobile", Class: EquipStandard, Due: -2, Hours: 3},
		{ID: "surveillance", Class: EquipStandard, Due: 4, Hours: 2, Scheduled: true},
		{ID: "fleet", Class: EquipStandard, Due: 14, Hours: 3, Scheduled: true},
	}, Requests: []CapitalAsk{
		{ID: "fridges", Cost: 24000, Service: 8000},
		{ID: "dashboard", Cost: 60000, Service: 0, Rank: 1},
		{ID: "mobile", Cost: 180000, Service: 21000, Rank: 2},
		{ID: "mfa-agency", Cost: 30000, Service: 0},
	}},
	"mco": {Budget: 900000, StaffHours: 12, Facts: []string{"security", "mlr"}, Items: []EquipItem{
		{ID: "claims-servers", Class: EquipHigh, Due: 1, Hours: 4},
		{ID: "firewall", Class: EquipHigh, Due: -3, Hours: 3},
		{ID: "ups", Class: EquipFacility, Due: 5, Hours: 2},
		{ID: "workstations", Class: EquipStandard, Due: 18, Hours: 4, Scheduled: true},
		{ID: "phones", Class: EquipStandard, Due: 3, Hours: 2, Scheduled: true},
	}, Requests: []CapitalAsk{
		{ID: "claims-platform", Cost: 650000, Service: 230000},
		{ID: "analytics", Cost: 300000, Service: 0, Rank: 1},
		{ID: "laptops", Cost: 120000, Service: 14000, Rank: 2},
		{ID: "mfa", Cost: 80000, Service: 0},
	}},
}

// equipDesk is the setting's desk; an unknown setting (or a save from before
// settings) gets the hospital's.
func equipDesk(setting string) equipSetting {
	if d, ok := equipSettings[setting]; ok {
		return d
	}
	return equipSettings["hospital"]
}

// equipRequestGain is what a funded request does besides saving service costs:
// a new service line, safer care, happier staff or members, a board that trusts
// the plan (game).
var equipRequestGain = map[string]map[MeterID]float64{
	"ct":     {BoardConfidence: 1.5, EDMinutes: -3},
	"robot":  {BoardConfidence: 2, PatientSatisfied: 1},
	"switch": {BoardConfidence: 1.5},
	"pumps":  {PatientSatisfied: 1, BoardConfidence: 0.5},
	"beds":   {PatientSatisfied: 0.5},
	// a practice
	"autoclave":      {BoardConfidence: 1, PatientSatisfied: 0.5},
	"ehr-ws":         {PatientSatisfied: 1, ManagerWorkload: -1},
	"exam-tables":    {PatientSatisfied: 0.5},
	"poc-ultrasound": {PatientSatisfied: 1},
	// a clinic
	"xray":       {BoardConfidence: 1.5, PatientSatisfied: 1},
	"kiosks":     {PatientSatisfied: 1},
	"lab":        {PatientSatisfied: 0.5, BoardConfidence: 0.5},
	"ultrasound": {PatientSatisfied: 1, BoardConfidence: 1},
	// a rehabilitation facility
	"lifts":      {PatientSatisfied: 1, BoardConfidence: 1, RNTurnover: -0.5},
	"gym":        {PatientSatisfied: 1.5},
	"beds-rehab": {PatientSatisfied: 0.5},
	"nurse-call": {PatientSatisfied: 1},
	// a health agency
	"fridges":    {CommunityHealth: 1.5, BoardConfidence: 1},
	"dashboard":  {CommunityHealth: 1, BoardConfidence: 1},
	"mobile":     {CommunityHealth: 1},
	"mfa-agency": {HIPAAGaps: -1},
	// a managed care organisation: members whose claims are paid on time, data kept safe
	"claims-platform": {PatientSatisfied: 1.5, BoardConfidence: 1.5, DenialRate: -0.5},
	"analytics":       {BoardConfidence: 1.5, CommunityHealth: 0.5},
	"laptops":         {ManagerWorkload: -0.5},
	"mfa":             {HIPAAGaps: -1.5, BoardConfidence: 0.5},
}

// equipRevenue is the yearly net revenue a new service line brings (game): the
// surgical robot's new surgeries, a practice's or clinic's ultrasound visits.
var equipRevenue = map[string]int{"robot": 400000, "poc-ultrasound": 18000, "ultrasound": 90000}

// equipSkipRisk is what can come of leaving an item's due (not life-support) work
// for later: the chance, the weeks until it lands and what it does (game).
type equipRisk struct {
	Chance  float64
	Weeks   int
	Effects map[string]float64
}

var equipSkipRisk = map[string]equipRisk{
	"pumps":           {0.5, 2, map[string]float64{PatientSatisfied: -3, BoardConfidence: -3}},
	"ct":              {0.4, 2, map[string]float64{EDMinutes: 15, PatientSatisfied: -2}},
	"generator":       {0.5, 1, map[string]float64{BoardConfidence: -4, MaintenanceDone: -2}},
	"autoclave":       {0.5, 2, map[string]float64{PatientSatisfied: -2, BoardConfidence: -3}},
	"poc-analyzer":    {0.5, 2, map[string]float64{PatientSatisfied: -2, BoardConfidence: -2}},
	"xray":            {0.4, 2, map[string]float64{PatientSatisfied: -2, BoardConfidence: -2}},
	"lab":             {0.5, 2, map[string]float64{PatientSatisfied: -2, BoardConfidence: -2}},
	"lifts":           {0.5, 2, map[string]float64{PatientSatisfied: -3, BoardConfidence: -3, RNTurnover: 0.5}},
	"generator-rehab": {0.5, 1, map[string]float64{BoardConfidence: -4, MaintenanceDone: -2}},
	"fridges":         {0.5, 1, map[string]float64{CommunityHealth: -2, BoardConfidence: -3}},
	"mobile":          {0.4, 2, map[string]float64{CommunityHealth: -1.5}},
	"claims-servers":  {0.5, 2, map[string]float64{PatientSatisfied: -3, BoardConfidence: -3}},
	"firewall":        {0.5, 2, map[string]float64{HIPAAGaps: 2, BoardConfidence: -3}},
}

// equipFailEffects is what an unfunded unit past the replacement line does when it
// gives out (game); a unit not listed costs a quarter of equipFailCashDays, the
// board's trust and the maintenance measure.
var equipFailEffects = map[string]map[string]float64{
	"ct":              {DaysCashOnHand: -equipFailCashDays, BoardConfidence: -3, EDMinutes: 20, PatientSatisfied: -3},
	"claims-platform": {DaysCashOnHand: -equipFailCashDays / 2, BoardConfidence: -4, PatientSatisfied: -3},
	"xray":            {DaysCashOnHand: -equipFailCashDays / 4, BoardConfidence: -3, PatientSatisfied: -3},
}

// Errors an equipment command can return; the screen words them.
var (
	ErrEquipNoHours    = errors.New("not enough technician hours left this week")
	ErrEquipOverBudget = errors.New("the capital plan would go over the budget")
	ErrEquipLimit      = errors.New("contract hours cannot move further that way")
)

// equipLoaner reports whether id is the loaned unit that needs its first-use check.
func equipLoaner(id string) bool { return id == "vent-loaner" }

// EquipLoanerInUse is set once the loaner ventilator has gone into use, from the
// equipment desk or from the midnight-loaner scenario (eqp-loaner-ventilator): the
// desk no longer lists it as a new arrival, and the scenario no longer delivers it.
const EquipLoanerInUse = "eqp:loaner-in-use"

// equipmentDuty is the equipment desk's module in the Duties table.
type equipmentDuty struct{}

// Open implements DutyModule: this week's inventory and the committee's draft.
func (equipmentDuty) Open(h *Host) {
	st := h.State()
	// a desk dealt for another setting (or saved before settings) is dealt again
	if p := st.Sys.Equipment; p != nil && p.Week == st.Week && p.Setting == st.Setting {
		return
	}
	d := equipDesk(st.Setting)
	p := &EquipmentPlan{Week: st.Week, Setting: st.Setting}
	for _, it := range d.Items {
		// the loaner ventilator arrives once: after it went into use (from this desk or
		// the midnight-loaner scenario) it is no longer a new unit waiting for its check
		if it.Loaner && st.Flags[EquipLoanerInUse] {
			continue
		}
		p.Items = append(p.Items, it)
	}
	p.Requests = append(p.Requests, d.Requests...)
	st.Sys.Equipment = p
}

// equipPlan is the plan an equipment command works on (Session.Do has already
// checked that the equipment screen is on display).
func equipPlan(h *Host) (*EquipmentPlan, error) {
	if p := h.State().Sys.Equipment; p != nil {
		return p, nil
	}
	return nil, ErrNotNow
}

// EquipmentSchedule puts inventory item Item on this week's schedule, or takes it
// off. It is refused when the technicians have no hours left for it.
type EquipmentSchedule struct{ Item int }

// Duty implements Command.
func (EquipmentSchedule) Duty() DutyID { return SysEquipment }

func (c EquipmentSchedule) run(h *Host) error {
	p, err := equipPlan(h)
	if err != nil {
		return err
	}
	if c.Item < 0 || c.Item >= len(p.Items) {
		return fmt.Errorf("no item %d", c.Item)
	}
	it := &p.Items[c.Item]
	if !it.Scheduled && equipUsed(p)+it.Hours > equipCapacity(p) {
		return ErrEquipNoHours
	}
	it.Scheduled = !it.Scheduled
	return nil
}

// EquipmentContract buys (Delta > 0) or cancels (Delta < 0) contract technician
// hours, one block of EquipContractStep at a time.
type EquipmentContract struct{ Delta int }

// Duty implements Command.
func (EquipmentContract) Duty() DutyID { return SysEquipment }

func (c EquipmentContract) run(h *Host) error {
	p, err := equipPlan(h)
	if err != nil {
		return err
	}
	n := p.Contract + EquipContractStep*equipSign(c.Delta)
	if n < 0 || n > EquipContractMax {
		return ErrEquipLimit
	}
	if equipUsed(p) > p.StaffHours()+n {
		return ErrEquipNoHours
	}
	p.Contract = n
	return nil
}

func equipSign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

// EquipmentFund adds capital request Request to the plan at the next rank, or takes
// it out (the ranks behind it move up). It is refused past the capital budget.
type EquipmentFund struct{ Request int }

// Duty implements Command.
func (EquipmentFund) Duty() DutyID { return SysEquipment }

func (c EquipmentFund) run(h *Host) error {
	p, err := equipPlan(h)
	if err != nil {
		return err
	}
	if c.Request < 0 || c.Request >= len(p.Requests) {
		return fmt.Errorf("no request %d", c.Request)
	}
	r := &p.Requests[c.Request]
	if r.Rank > 0 {
		for k := range p.Requests {
			if p.Requests[k].Rank > r.Rank {
				p.Requests[k].Rank--
			}
		}
		r.Rank = 0
		return nil
	}
	if equipSpent(p)+r.Cost > p.Budget() {
		return ErrEquipOverBudget
	}
	top := 0
	for _, q := range p.Requests {
		top = max(top, q.Rank)
	}
	r.Rank = top + 1
	return nil
}

func equipCapacity(p *EquipmentPlan) int { return p.StaffHours() + p.Contract }

// settingKey is key as a hospital's desk words it, or key.<setting> for the
// inspector, the rules and the equipment of another setting.
func (p *EquipmentPlan) settingKey(key string) string {
	if equipDesk(p.Setting).Facts == nil {
		return key
	}
	return key + "." + p.Setting
}

// StaffHours is the in-house technician hours the desk's setting has this week.
func (p *EquipmentPlan) StaffHours() int { return equipDesk(p.Setting).StaffHours }

// Budget is the capital budget of the desk's setting.
func (p *EquipmentPlan) Budget() int { return equipDesk(p.Setting).Budget }

func equipUsed(p *EquipmentPlan) int {
	n := 0
	for _, it := range p.Items {
		if it.Scheduled {
			n += it.Hours
		}
	}
	return n
}

func equipSpent(p *EquipmentPlan) int {
	n := 0
	for _, r := range p.Requests {
		if r.Rank > 0 {
			n += r.Cost
		}
	}
	return n
}

// ServiceShare is the old unit's yearly service cost as a share of the new unit's
// price; 0 when nothing is replaced.
func (r CapitalAsk) ServiceShare() float64 {
	if r.Cost <= 0 {
		return 0
	}
	return float64(r.Service) / float64(r.Cost)
}

// PastReplaceLine reports whether the old unit's service passes the 30% heuristic:
// time to replace it.
func (r CapitalAsk) PastReplaceLine() bool {
	return r.Service > 0 && r.ServiceShare() > EquipReplaceRule
}

// YearlySaving is what funding the request saves or earns a year: the old unit's
// service, less the new one's service and its write-off (for a new service line,
// its net revenue instead of a saved service cost).
func (r CapitalAsk) YearlySaving() int {
	gain := r.Service
	if rev, ok := equipRevenue[r.ID]; ok {
		gain = rev
	}
	return gain - int(float64(r.Cost)*EquipNewService) - r.Cost/EquipLifeYears
}

// DueThisWeek reports whether the item's maintenance falls due this week (or is overdue).
func (it EquipItem) DueThisWeek() bool { return it.Due <= EquipWeekDays }

// When an inventory item's maintenance is due, as the screen words it.
const (
	EquipDueLoaner  = "loaner"  // a loaned unit: check it before first use
	EquipDueOverdue = "overdue" // past its date
	EquipDueToday   = "today"
	EquipDueIn      = "in"    // later this week
	EquipDueLater   = "later" // not this week
)

// The 30% rule's advice on a capital request.
const (
	EquipHintNew     = "new"     // new equipment: nothing old to test
	EquipHintReplace = "replace" // past the line: replace it
	EquipHintRepair  = "repair"  // under the line: keep repairing it
)

// ItemForecast is what the screen shows about one inventory item, beside the item.
type ItemForecast struct {
	Due    string // one of the EquipDue* words
	Missed bool   // life support due and not booked (the loaner's check included)
}

// RequestForecast is what the screen shows about one capital request, beside it.
type RequestForecast struct {
	Hint   string  // one of the EquipHint* words
	Earns  bool    // new equipment that brings a new service line's revenue
	Share  float64 // the old unit's yearly service, in percent of the new price
	Yearly int     // what funding it saves or earns a year, rounded to the thousand (an estimate)
}

// EquipmentForecast is everything the equipment screen shows and Done applies,
// worked out from the plan.
type EquipmentForecast struct {
	Items        []ItemForecast // one per inventory item, in table order
	Capacity     int            // technician hours this week, contract included
	Used         int            // hours scheduled
	Contract     int            // contract hours bought
	ContractCost int            // dollars of contract hours
	DueTasks     int            // tasks due this week (overdue included)
	DueDone      int            // ... of them scheduled
	WeekPct      float64
	MissedLife   []string // life-support items due and not scheduled
	Unchecked    bool     // the loaner is not on the schedule: not checked before first use
	MissedOther  []string // other items due and not scheduled
	Early        []string // scheduled though not due this week
	EarlyHours   int      // ... the hours they take
	MaintDelta   float64  // change of the maintenance meter at Done

	Requests []RequestForecast // one per capital request, in table order
	Budget   int
	Spent    int
	Left     int
	Unfunded []string // requests past the 30% line that are not funded: they fail later
	Saving   int      // dollars a year the funded requests save or earn

	Effects map[string]float64 // what Done applies now
	Flags   []Line             // rule breaks and warnings, worded
	// The same warnings, by the tab they belong on.
	MaintFlags, CapitalFlags []Line
}

// EquipmentPlan is a copy of the equipment plan, and whether there is one.
func (v View) EquipmentPlan() (EquipmentPlan, bool) {
	p := v.st.Sys.Equipment
	if p == nil {
		return EquipmentPlan{}, false
	}
	c := *p
	c.Items = append([]EquipItem(nil), p.Items...)
	c.Requests = append([]CapitalAsk(nil), p.Requests...)
	c.Failures = append([]string(nil), p.Failures...)
	c.Missed = append([]string(nil), p.Missed...)
	return c, true
}

// EquipmentForecast is the equipment screen's numbers for the plan on display.
func (v View) EquipmentForecast() EquipmentForecast { return equipmentForecast(v.st) }

// EquipmentRuleFacts is the catalog prefixes (sys.equipment.fact.<id>) of the two
// fact cards for the maintenance rules that bind the desk's setting, which take the
// place of the first two EquipmentFacts; none for a hospital, whose cards are those.
func (v View) EquipmentRuleFacts() []string {
	if p := v.st.Sys.Equipment; p != nil {
		return append([]string(nil), equipDesk(p.Setting).Facts...)
	}
	return nil
}

// EquipmentFacts returns the fact cards the equipment screen offers: the Joint
// Commission's rules, the first-use check, and the 30% replacement rule.
func (v View) EquipmentFacts() []Fact {
	var out []Fact
	for _, id := range []string{"eqp-survey-window", "eqp-loaner-ventilator", "eqp-ct-capital"} {
		if f := equipFact(v.c, id); f != nil {
			out = append(out, *f)
		}
	}
	return out
}

// equipDue words when an item's maintenance is due.
func equipDue(it EquipItem) string {
	switch {
	case it.Loaner:
		return EquipDueLoaner
	case it.Due < 0:
		return EquipDueOverdue
	case it.Due == 0:
		return EquipDueToday
	case !it.DueThisWeek():
		return EquipDueLater
	}
	return EquipDueIn
}

// equipmentForecast works out the equipment screen's numbers from the plan in st.
func equipmentForecast(st *State) EquipmentForecast {
	var f EquipmentForecast
	p := st.Sys.Equipment
	if p == nil {
		return f
	}
	f.Capacity, f.Used = equipCapacity(p), equipUsed(p)
	f.Contract = p.Contract
	f.ContractCost = p.Contract * EquipContractRate
	for _, it := range p.Items {
		itf := ItemForecast{Due: equipDue(it)}
		switch {
		case !it.DueThisWeek():
			if it.Scheduled {
				f.Early = append(f.Early, it.ID)
				f.EarlyHours += it.Hours
			}
		case it.Scheduled:
			f.DueTasks++
			f.DueDone++
		default:
			f.DueTasks++
			switch {
			case it.Loaner:
				f.Unchecked = true
				f.MissedLife = append(f.MissedLife, it.ID)
				itf.Missed = true
			case it.Class == EquipLife:
				f.MissedLife = append(f.MissedLife, it.ID)
				itf.Missed = true
			default:
				f.MissedOther = append(f.MissedOther, it.ID)
			}
		}
		f.Items = append(f.Items, itf)
	}
	f.WeekPct = 100
	if f.DueTasks > 0 {
		f.WeekPct = 100 * float64(f.DueDone) / float64(f.DueTasks)
	}
	cur := st.Facility.Meters[MaintenanceDone]
	f.MaintDelta = (f.WeekPct-cur)*equipMeterPull - equipMissedLife*float64(len(f.MissedLife))

	f.Budget, f.Spent = p.Budget(), equipSpent(p)
	f.Left = f.Budget - f.Spent
	eff := map[string]float64{}
	for _, r := range p.Requests {
		rf := RequestForecast{Share: r.ServiceShare() * 100, Yearly: int(math.Round(float64(r.YearlySaving())/1000)) * 1000}
		switch {
		case r.Service == 0:
			rf.Hint = EquipHintNew
			_, rf.Earns = equipRevenue[r.ID]
		case r.PastReplaceLine():
			rf.Hint = EquipHintReplace
		default:
			rf.Hint = EquipHintRepair
		}
		f.Requests = append(f.Requests, rf)
		if r.Rank > 0 {
			f.Saving += r.YearlySaving()
			for _, k := range sortedKeys(equipRequestGain[r.ID]) {
				eff[k] += equipRequestGain[r.ID][k]
			}
		} else if r.PastReplaceLine() {
			f.Unfunded = append(f.Unfunded, r.ID)
		}
	}
	eff[MaintenanceDone] += f.MaintDelta
	eff[OperatingMargin] += float64(f.Saving) / equipPerMargin
	eff[DaysCashOnHand] -= float64(f.Spent) / equipPerCashDay
	// contract hours were not in this month's budget
	eff[BudgetVariance] -= float64(f.ContractCost) / equipPerVariance
	for k, v := range eff {
		eff[k] = math.Round(v*100) / 100
	}
	f.Effects = eff
	equipFlags(&f)
	return f
}

// equipFlags words the plan's warnings, each on the tab it belongs to.
func equipFlags(f *EquipmentForecast) {
	for _, id := range f.MissedLife {
		if equipLoaner(id) {
			f.MaintFlags = append(f.MaintFlags, L("sys.equipment.flag.loaner"))
			continue
		}
		f.MaintFlags = append(f.MaintFlags, L("sys.equipment.flag.life."+id))
	}
	for _, id := range f.MissedOther {
		f.MaintFlags = append(f.MaintFlags, L("sys.equipment.flag.other."+id))
	}
	if len(f.Early) > 0 {
		f.MaintFlags = append(f.MaintFlags, L("sys.equipment.flag.early", equipCount(f.EarlyHours)))
	}
	for _, id := range f.Unfunded {
		f.CapitalFlags = append(f.CapitalFlags, L("sys.equipment.flag.unfunded."+id))
	}
	f.Flags = append(append(f.Flags, f.MaintFlags...), f.CapitalFlags...)
}

// equipCount is a count as a Line argument.
func equipCount(n int) string { return numArg(float64(n), 0) }

// equipChance draws true with probability p from the run's generator.
func equipChance(rng *RNG, p float64) bool {
	return rng.Intn(1000) < int(math.Round(p*1000))
}

// equipLater queues one of the plan's delayed consequences: the message
// sys.equipment.later.<key>, caused by the screen's decision whatKey.
func equipLater(h *Host, weeks int, key, whatKey string, effects map[string]float64) Line {
	return h.Later(weeks, L("sys.equipment.later."+key), effects, L("system.equipment.title"), L(whatKey))
}

// Finish implements DutyModule: the schedule and the capital plan are applied, and
// what was skipped or left unfunded is queued to come back.
func (equipmentDuty) Finish(h *Host) (*Outcome, error) {
	st := h.State()
	p := st.Sys.Equipment
	if p == nil {
		return nil, ErrNotNow
	}
	f := equipmentForecast(st)
	out := &Outcome{Title: L("sys.equipment.out.title.ok")}
	if len(f.MissedLife) > 0 {
		out.Title = L("sys.equipment.out.title.missed")
	}
	out.Changes = h.Apply(f.Effects)
	pending := len(st.Pending)
	for _, it := range p.Items {
		if it.Loaner {
			st.Flags[EquipLoanerInUse] = true // it goes into use at the end of the week
		}
	}
	p.Missed = append([]string{}, f.MissedLife...)
	p.Failures = append([]string{}, f.Unfunded...)

	// What went well is read first (the work done, life support safe, old units
	// replaced), then the facts, then what was skipped and left to fail.
	var db debrief
	maint := L("sys.equipment.out.maint", equipCount(f.DueDone), equipCount(f.DueTasks), numArg(f.WeekPct, 0))
	if f.DueDone >= f.DueTasks {
		db.good(maint)
	} else {
		db.neutral(maint) // the lines below name what was skipped
	}
	// skipped life support always lands: a failure, or a surveyor who finds it
	for _, id := range f.MissedLife {
		what := "sys.equipment.later.skip." + id
		if equipChance(&st.RNG, 0.5) {
			out.Later = append(out.Later, equipLater(h, 2, "fail."+id, what, map[string]float64{PatientSatisfied: -3, BoardConfidence: -4, MaintenanceDone: -3}))
		} else {
			out.Later = append(out.Later, equipLater(h, 2, p.settingKey("survey"), what, map[string]float64{BoardConfidence: -6, MaintenanceDone: -2}))
		}
	}
	if len(f.MissedLife) > 0 {
		db.bad(L("sys.equipment.out."+p.settingKey("life_missed"), equipCount(len(f.MissedLife))))
	} else {
		db.good(L("sys.equipment.out." + p.settingKey("life_ok")))
	}
	// other skipped work is a risk, not a certainty
	for _, id := range f.MissedOther {
		if r, ok := equipSkipRisk[id]; ok && equipChance(&st.RNG, r.Chance) {
			out.Later = append(out.Later, equipLater(h, r.Weeks, id, "sys.equipment.later.skip."+id, r.Effects))
		}
	}
	if len(f.MissedOther) > 0 {
		db.bad(L("sys.equipment.out.other_missed", equipCount(len(f.MissedOther))))
	}
	if f.ContractCost > 0 {
		db.neutral(L("sys.equipment.out.contract", equipCount(p.Contract), moneyArg(f.ContractCost)))
	}
	// the capital plan
	// the plan can never go over its budget (ErrEquipOverBudget): funding something is work done well
	capital := L("sys.equipment.out.capital", moneyArg(f.Spent), moneyArg(f.Budget), SignedMoneyArg(int(math.Round(float64(f.Saving)/1000))*1000))
	if f.Spent > 0 {
		db.good(capital)
	} else {
		db.neutral(capital)
	}
	for _, id := range f.Unfunded {
		what := "sys.equipment.later.unfunded." + id
		eff := equipFailEffects[id]
		if eff == nil {
			eff = map[string]float64{DaysCashOnHand: -equipFailCashDays / 4, BoardConfidence: -4, MaintenanceDone: -3}
		}
		out.Later = append(out.Later, equipLater(h, EquipFailWeeks, "old."+id, what, eff))
	}
	if len(f.Unfunded) == 2 && f.Unfunded[0] == "ct" && f.Unfunded[1] == "switch" {
		db.bad(L("sys.equipment.out.unfunded.both"))
	} else {
		for _, id := range f.Unfunded {
			db.bad(L("sys.equipment.out.unfunded." + id))
		}
	}
	if len(f.Unfunded) == 0 {
		db.good(L("sys.equipment.out.rule_kept"))
	}
	db.finish(out)
	// one line for all the consequences on their way, so the debrief stays short
	if n := len(st.Pending) - pending; n > 1 {
		last := 0
		for _, d := range st.Pending[pending:] {
			last = max(last, d.Due-st.Week)
		}
		out.Later = []Line{L("sys.equipment.out.later", equipCount(n), equipCount(last))}
	}
	// the Joint Commission's survey card is a hospital's; every desk has the 30% card
	if equipDesk(p.Setting).Facts == nil {
		out.Fact = equipFact(h.Content(), "eqp-survey-window")
	}
	if out.Fact == nil || len(f.MissedLife) == 0 && len(f.Unfunded) > 0 {
		out.Fact = equipFact(h.Content(), "eqp-ct-capital")
	}
	return out, nil
}

// equipFact takes a fact card from the content's equipment scenarios, so the
// figures and their source live once.
func equipFact(c *Content, id string) *Fact {
	if sc := c.Scenario(id); sc != nil && sc.Fact != nil {
		f := *sc.Fact
		return &f
	}
	return nil
}

// Auto implements DutyModule: a plain, middle-of-the-road job. Life support first,
// then the rest of what is due while the staff hours last (no contract hours),
// nothing early; the capital plan funds the requests past the 30% line, then what
// still fits.
func (equipmentDuty) Auto(h *Host) {
	p := h.State().Sys.Equipment
	if p == nil {
		return
	}
	for i := range p.Items {
		p.Items[i].Scheduled = false
	}
	used := 0
	for _, pass := range []bool{true, false} {
		for i, it := range p.Items {
			if it.Scheduled || !it.DueThisWeek() || (it.Class == EquipLife) != pass {
				continue
			}
			if used+it.Hours <= equipCapacity(p) {
				p.Items[i].Scheduled = true
				used += it.Hours
			}
		}
	}
	for i := range p.Requests {
		p.Requests[i].Rank = 0
	}
	rank := 0
	for _, pass := range []bool{true, false} {
		for i, r := range p.Requests {
			if _, earns := equipRevenue[r.ID]; r.Rank > 0 || r.PastReplaceLine() != pass || earns {
				continue
			}
			if equipSpent(p)+r.Cost <= p.Budget() {
				rank++
				p.Requests[i].Rank = rank
			}
		}
	}
}

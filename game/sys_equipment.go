package game

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// EquipmentPlan is the state of the equipment duty screen: this week's maintenance
// schedule over the equipment inventory, with limited technician hours, and the
// capital plan that ranks requests for new equipment within the capital budget.
// Only the decisions are state; every number the screen shows comes from
// Session.EquipmentForecast, so each rule lives once.
type EquipmentPlan struct {
	Week     int          `json:"week"`
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
	EquipReplaceRule   = 0.30     // replace when yearly service passes 30% of a new unit's price (DOMAIN)
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

// equipInventory is the inventory at the start of the week, with last week's draft
// schedule: the tech lead put the beds, the CT scanner, the pumps and the generator on
// it, and missed the life-support work (a visible problem to fix).
var equipInventory = []EquipItem{
	{ID: "vent-icu", Class: EquipLife, Due: 3, Hours: 6},
	{ID: "vent-loaner", Class: EquipLife, Due: 0, Hours: 3, Loaner: true},
	{ID: "defib", Class: EquipLife, Due: 5, Hours: 4},
	{ID: "pumps", Class: EquipHigh, Due: -4, Hours: 8, Scheduled: true},
	{ID: "ct", Class: EquipStandard, Due: 6, Hours: 6, Scheduled: true},
	{ID: "generator", Class: EquipFacility, Due: 2, Hours: 4, Scheduled: true},
	{ID: "beds", Class: EquipStandard, Due: 20, Hours: 5, Scheduled: true},
	{ID: "monitors", Class: EquipHigh, Due: 12, Hours: 5},
}

// equipRequests are the capital requests, with the committee's draft: the surgeons'
// robot ranked first and the ward beds second.
var equipRequests = []CapitalAsk{
	{ID: "ct", Cost: 1150000, Service: 390000},
	{ID: "robot", Cost: 1300000, Service: 0, Rank: 1},
	{ID: "switch", Cost: 160000, Service: 58000},
	{ID: "pumps", Cost: 150000, Service: 27000},
	{ID: "beds", Cost: 90000, Service: 12000, Rank: 2},
}

// equipRequestGain is what a funded request does besides saving service costs:
// a new service line, safer care, happier staff (game).
var equipRequestGain = map[string]map[MeterID]float64{
	"ct":     {BoardConfidence: 1.5, EDMinutes: -3},
	"robot":  {BoardConfidence: 2, PatientSatisfied: 1},
	"switch": {BoardConfidence: 1.5},
	"pumps":  {PatientSatisfied: 1, BoardConfidence: 0.5},
	"beds":   {PatientSatisfied: 0.5},
}

// equipRobotRevenue is the yearly net revenue the surgical robot's new service line
// brings (game).
const equipRobotRevenue = 400000

// Errors an equipment command can return; the screen words them.
var (
	ErrEquipNoHours    = errors.New("not enough technician hours left this week")
	ErrEquipOverBudget = errors.New("the capital plan would go over the budget")
	ErrEquipLimit      = errors.New("contract hours cannot move further that way")
)

func (s *Session) openEquipment() {
	if s.st.Sys.Equipment != nil && s.st.Sys.Equipment.Week == s.st.Week {
		return
	}
	p := &EquipmentPlan{Week: s.st.Week}
	p.Items = append(p.Items, equipInventory...)
	p.Requests = append(p.Requests, equipRequests...)
	s.st.Sys.Equipment = p
}

func (s *Session) equipPlan() (*EquipmentPlan, error) {
	if s.st.System != SysEquipment || s.st.Outcome != nil || s.st.Sys.Equipment == nil {
		return nil, ErrNotNow
	}
	return s.st.Sys.Equipment, nil
}

// EquipmentSchedule puts item i on this week's schedule, or takes it off. It refuses
// when the technicians have no hours left for it.
func (s *Session) EquipmentSchedule(i int) error {
	p, err := s.equipPlan()
	if err != nil {
		return err
	}
	if i < 0 || i >= len(p.Items) {
		return fmt.Errorf("no item %d", i)
	}
	it := &p.Items[i]
	if !it.Scheduled && equipUsed(p)+it.Hours > equipCapacity(p) {
		return ErrEquipNoHours
	}
	it.Scheduled = !it.Scheduled
	return nil
}

// EquipmentContract buys (delta > 0) or cancels contract technician hours, one
// block of EquipContractStep per call.
func (s *Session) EquipmentContract(delta int) error {
	p, err := s.equipPlan()
	if err != nil {
		return err
	}
	n := p.Contract + EquipContractStep*equipSign(delta)
	if n < 0 || n > EquipContractMax {
		return ErrEquipLimit
	}
	if equipUsed(p) > EquipStaffHours+n {
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

// EquipmentFund adds request i to the capital plan at the next rank, or takes it
// out (the ranks behind it move up). It refuses to go over the capital budget.
func (s *Session) EquipmentFund(i int) error {
	p, err := s.equipPlan()
	if err != nil {
		return err
	}
	if i < 0 || i >= len(p.Requests) {
		return fmt.Errorf("no request %d", i)
	}
	r := &p.Requests[i]
	if r.Rank > 0 {
		for k := range p.Requests {
			if p.Requests[k].Rank > r.Rank {
				p.Requests[k].Rank--
			}
		}
		r.Rank = 0
		return nil
	}
	if equipSpent(p)+r.Cost > EquipCapitalBudget {
		return ErrEquipOverBudget
	}
	top := 0
	for _, q := range p.Requests {
		top = max(top, q.Rank)
	}
	r.Rank = top + 1
	return nil
}

func equipCapacity(p *EquipmentPlan) int { return EquipStaffHours + p.Contract }

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
	if r.ID == "robot" {
		gain = equipRobotRevenue
	}
	return gain - int(float64(r.Cost)*EquipNewService) - r.Cost/EquipLifeYears
}

// DueThisWeek reports whether the item's maintenance falls due this week (or is overdue).
func (it EquipItem) DueThisWeek() bool { return it.Due <= EquipWeekDays }

// EquipmentForecast is everything the equipment screen shows and Done applies,
// worked out from the plan.
type EquipmentForecast struct {
	Capacity     int // technician hours this week, contract included
	Used         int // hours scheduled
	ContractCost int // dollars of contract hours
	DueTasks     int // tasks due this week (overdue included)
	DueDone      int // ... of them scheduled
	WeekPct      float64
	MissedLife   []string // life-support items due and not scheduled
	Unchecked    bool     // the loaner is not on the schedule: not checked before first use
	MissedOther  []string // other items due and not scheduled
	Early        []string // scheduled though not due this week
	MaintDelta   float64  // change of the maintenance meter at Done

	Budget   int
	Spent    int
	Left     int
	Unfunded []string // requests past the 30% line that are not funded: they fail later
	Saving   int      // dollars a year the funded requests save or earn

	Effects map[string]float64 // what Done applies now
	Flags   []Line             // rule breaks and warnings, worded
}

// EquipmentForecast works out the equipment screen's numbers from the plan on display.
func (s *Session) EquipmentForecast() EquipmentForecast {
	var f EquipmentForecast
	p := s.st.Sys.Equipment
	if p == nil {
		return f
	}
	f.Capacity, f.Used = equipCapacity(p), equipUsed(p)
	f.ContractCost = p.Contract * EquipContractRate
	for _, it := range p.Items {
		if !it.DueThisWeek() {
			if it.Scheduled {
				f.Early = append(f.Early, it.ID)
			}
			continue
		}
		f.DueTasks++
		if it.Scheduled {
			f.DueDone++
			continue
		}
		switch {
		case it.Loaner:
			f.Unchecked = true
			f.MissedLife = append(f.MissedLife, it.ID)
		case it.Class == EquipLife:
			f.MissedLife = append(f.MissedLife, it.ID)
		default:
			f.MissedOther = append(f.MissedOther, it.ID)
		}
	}
	f.WeekPct = 100
	if f.DueTasks > 0 {
		f.WeekPct = 100 * float64(f.DueDone) / float64(f.DueTasks)
	}
	cur := s.st.Facility.Meters[MaintenanceDone]
	f.MaintDelta = (f.WeekPct-cur)*equipMeterPull - equipMissedLife*float64(len(f.MissedLife))

	f.Budget, f.Spent = EquipCapitalBudget, equipSpent(p)
	f.Left = f.Budget - f.Spent
	eff := map[string]float64{}
	for _, r := range p.Requests {
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
	f.Flags = equipFlags(p, &f)
	return f
}

func equipFlags(p *EquipmentPlan, f *EquipmentForecast) []Line {
	var out []Line
	for _, id := range f.MissedLife {
		if id == "vent-loaner" {
			out = append(out, L("sys.equipment.flag.loaner"))
			continue
		}
		out = append(out, L("sys.equipment.flag.life."+id))
	}
	for _, id := range f.MissedOther {
		out = append(out, L("sys.equipment.flag.other."+id))
	}
	if len(f.Early) > 0 {
		h := 0
		for _, it := range p.Items {
			if it.Scheduled && !it.DueThisWeek() {
				h += it.Hours
			}
		}
		out = append(out, L("sys.equipment.flag.early", strconv.Itoa(h)))
	}
	for _, id := range f.Unfunded {
		out = append(out, L("sys.equipment.flag.unfunded."+id))
	}
	return out
}

// equipLater queues one of the plan's delayed consequences: the message
// sys.equipment.later.<key>, caused by the screen's decision whatKey.
func (s *Session) equipLater(weeks int, key, whatKey string, effects map[string]float64) Line {
	return s.laterMsg(weeks, L("sys.equipment.later."+key), effects, L("system.equipment.title"), L(whatKey))
}

func (s *Session) finishEquipment() (*Outcome, error) {
	p := s.st.Sys.Equipment
	if p == nil {
		return nil, ErrNotNow
	}
	f := s.EquipmentForecast()
	out := &Outcome{Title: L("sys.equipment.out.title.ok")}
	if len(f.MissedLife) > 0 {
		out.Title = L("sys.equipment.out.title.missed")
	}
	out.Changes = s.applyEffects(f.Effects)
	pending := len(s.st.Pending)
	p.Missed = append([]string{}, f.MissedLife...)
	p.Failures = append([]string{}, f.Unfunded...)

	out.Lines = append(out.Lines, L("sys.equipment.out.maint", strconv.Itoa(f.DueDone), strconv.Itoa(f.DueTasks), fmt.Sprintf("%.0f", f.WeekPct)))
	// skipped life support always lands: a failure, or a surveyor who finds it
	for _, id := range f.MissedLife {
		what := "sys.equipment.later.skip." + id
		if s.billChance(0.5) {
			out.Later = append(out.Later, s.equipLater(2, "fail."+id, what, map[string]float64{PatientSatisfied: -3, BoardConfidence: -4, MaintenanceDone: -3}))
		} else {
			out.Later = append(out.Later, s.equipLater(2, "survey", what, map[string]float64{BoardConfidence: -6, MaintenanceDone: -2}))
		}
	}
	if len(f.MissedLife) > 0 {
		out.Lines = append(out.Lines, L("sys.equipment.out.life_missed", strconv.Itoa(len(f.MissedLife))))
	} else {
		out.Lines = append(out.Lines, L("sys.equipment.out.life_ok"))
	}
	// other skipped work is a risk, not a certainty
	for _, id := range f.MissedOther {
		what := "sys.equipment.later.skip." + id
		switch id {
		case "pumps":
			if s.billChance(0.5) {
				out.Later = append(out.Later, s.equipLater(2, "pumps", what, map[string]float64{PatientSatisfied: -3, BoardConfidence: -3}))
			}
		case "ct":
			if s.billChance(0.4) {
				out.Later = append(out.Later, s.equipLater(2, "ct", what, map[string]float64{EDMinutes: 15, PatientSatisfied: -2}))
			}
		case "generator":
			if s.billChance(0.5) {
				out.Later = append(out.Later, s.equipLater(1, "generator", what, map[string]float64{BoardConfidence: -4, MaintenanceDone: -2}))
			}
		}
	}
	if len(f.MissedOther) > 0 {
		out.Lines = append(out.Lines, L("sys.equipment.out.other_missed", strconv.Itoa(len(f.MissedOther))))
	}
	if f.ContractCost > 0 {
		out.Lines = append(out.Lines, L("sys.equipment.out.contract", strconv.Itoa(p.Contract), money(f.ContractCost)))
	}
	// the capital plan
	out.Lines = append(out.Lines, L("sys.equipment.out.capital", money(f.Spent), money(f.Budget), billSignedMoney(math.Round(float64(f.Saving)/1000)*1000)))
	for _, id := range f.Unfunded {
		what := "sys.equipment.later.unfunded." + id
		eff := map[string]float64{DaysCashOnHand: -equipFailCashDays, BoardConfidence: -3, EDMinutes: 20, PatientSatisfied: -3}
		if id != "ct" {
			eff = map[string]float64{DaysCashOnHand: -equipFailCashDays / 4, BoardConfidence: -4, MaintenanceDone: -3}
		}
		out.Later = append(out.Later, s.equipLater(EquipFailWeeks, "old."+id, what, eff))
	}
	switch len(f.Unfunded) {
	case 1:
		out.Lines = append(out.Lines, L("sys.equipment.out.unfunded."+f.Unfunded[0]))
	case 2:
		out.Lines = append(out.Lines, L("sys.equipment.out.unfunded.both"))
	}
	if len(f.Unfunded) == 0 {
		out.Lines = append(out.Lines, L("sys.equipment.out.rule_kept"))
	}
	// one line for all the consequences on their way, so the debrief stays short
	if n := len(s.st.Pending) - pending; n > 1 {
		last := 0
		for _, p := range s.st.Pending[pending:] {
			last = max(last, p.Due-s.st.Week)
		}
		out.Later = []Line{L("sys.equipment.out.later", strconv.Itoa(n), strconv.Itoa(last))}
	}
	out.Fact = s.equipFact("eqp-survey-window")
	if len(f.MissedLife) == 0 && len(f.Unfunded) > 0 {
		out.Fact = s.equipFact("eqp-ct-capital")
	}
	return out, nil
}

// equipFact takes a fact card from the content's equipment scenarios, so the
// figures and their source live once.
func (s *Session) equipFact(id string) *Fact {
	if sc := s.C.Scenario(id); sc != nil && sc.Fact != nil {
		f := *sc.Fact
		return &f
	}
	return nil
}

// EquipmentFacts returns the fact cards the equipment screen offers: the Joint
// Commission's rules, the first-use check, and the 30% replacement rule.
func (s *Session) EquipmentFacts() []Fact {
	var out []Fact
	for _, id := range []string{"eqp-survey-window", "eqp-loaner-ventilator", "eqp-ct-capital"} {
		if f := s.equipFact(id); f != nil {
			out = append(out, *f)
		}
	}
	return out
}

// autoEquipment does a plain, middle-of-the-road job: life support first, then the
// rest of what is due while the staff hours last (no contract hours), nothing early;
// the capital plan funds the requests past the 30% line, then what still fits.
func (s *Session) autoEquipment() {
	p := s.st.Sys.Equipment
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
			if r.Rank > 0 || r.PastReplaceLine() != pass || r.ID == "robot" {
				continue
			}
			if equipSpent(p)+r.Cost <= EquipCapitalBudget {
				rank++
				p.Requests[i].Rank = rank
			}
		}
	}
}

// equipmentDuty is the equipment desk's module in the Duties table.
type equipmentDuty struct{}

// Open implements DutyModule.
func (equipmentDuty) Open(h *Host) { h.s.openEquipment() }

// Finish implements DutyModule.
func (equipmentDuty) Finish(h *Host) (*Outcome, error) { return h.s.finishEquipment() }

// Auto implements DutyModule.
func (equipmentDuty) Auto(h *Host) { h.s.autoEquipment() }

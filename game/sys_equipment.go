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

// EquipLoanerInUse is set once the loaner ventilator has gone into use, from the
// equipment desk or from the midnight-loaner scenario (eqp-loaner-ventilator): the
// desk no longer lists it as a new arrival, and the scenario no longer delivers it.
const EquipLoanerInUse = "eqp:loaner-in-use"

// equipmentDuty is the equipment desk's module in the Duties table.
type equipmentDuty struct{}

// Open implements DutyModule: this week's inventory and the committee's draft.
func (equipmentDuty) Open(h *Host) {
	st := h.State()
	if st.Sys.Equipment != nil && st.Sys.Equipment.Week == st.Week {
		return
	}
	p := &EquipmentPlan{Week: st.Week}
	for _, it := range equipInventory {
		// the loaner ventilator arrives once: after it went into use (from this desk or
		// the midnight-loaner scenario) it is no longer a new unit waiting for its check
		if it.Loaner && st.Flags[EquipLoanerInUse] {
			continue
		}
		p.Items = append(p.Items, it)
	}
	p.Requests = append(p.Requests, equipRequests...)
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

	f.Budget, f.Spent = EquipCapitalBudget, equipSpent(p)
	f.Left = f.Budget - f.Spent
	eff := map[string]float64{}
	for _, r := range p.Requests {
		rf := RequestForecast{Share: r.ServiceShare() * 100, Yearly: int(math.Round(float64(r.YearlySaving())/1000)) * 1000}
		switch {
		case r.Service == 0:
			rf.Hint = EquipHintNew
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
		if id == "vent-loaner" {
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

	out.Lines = append(out.Lines, L("sys.equipment.out.maint", equipCount(f.DueDone), equipCount(f.DueTasks), numArg(f.WeekPct, 0)))
	// skipped life support always lands: a failure, or a surveyor who finds it
	for _, id := range f.MissedLife {
		what := "sys.equipment.later.skip." + id
		if equipChance(&st.RNG, 0.5) {
			out.Later = append(out.Later, equipLater(h, 2, "fail."+id, what, map[string]float64{PatientSatisfied: -3, BoardConfidence: -4, MaintenanceDone: -3}))
		} else {
			out.Later = append(out.Later, equipLater(h, 2, "survey", what, map[string]float64{BoardConfidence: -6, MaintenanceDone: -2}))
		}
	}
	if len(f.MissedLife) > 0 {
		out.Lines = append(out.Lines, L("sys.equipment.out.life_missed", equipCount(len(f.MissedLife))))
	} else {
		out.Lines = append(out.Lines, L("sys.equipment.out.life_ok"))
	}
	// other skipped work is a risk, not a certainty
	for _, id := range f.MissedOther {
		what := "sys.equipment.later.skip." + id
		switch id {
		case "pumps":
			if equipChance(&st.RNG, 0.5) {
				out.Later = append(out.Later, equipLater(h, 2, "pumps", what, map[string]float64{PatientSatisfied: -3, BoardConfidence: -3}))
			}
		case "ct":
			if equipChance(&st.RNG, 0.4) {
				out.Later = append(out.Later, equipLater(h, 2, "ct", what, map[string]float64{EDMinutes: 15, PatientSatisfied: -2}))
			}
		case "generator":
			if equipChance(&st.RNG, 0.5) {
				out.Later = append(out.Later, equipLater(h, 1, "generator", what, map[string]float64{BoardConfidence: -4, MaintenanceDone: -2}))
			}
		}
	}
	if len(f.MissedOther) > 0 {
		out.Lines = append(out.Lines, L("sys.equipment.out.other_missed", equipCount(len(f.MissedOther))))
	}
	if f.ContractCost > 0 {
		out.Lines = append(out.Lines, L("sys.equipment.out.contract", equipCount(p.Contract), moneyArg(f.ContractCost)))
	}
	// the capital plan
	out.Lines = append(out.Lines, L("sys.equipment.out.capital", moneyArg(f.Spent), moneyArg(f.Budget), SignedMoneyArg(int(math.Round(float64(f.Saving)/1000))*1000)))
	for _, id := range f.Unfunded {
		what := "sys.equipment.later.unfunded." + id
		eff := map[string]float64{DaysCashOnHand: -equipFailCashDays, BoardConfidence: -3, EDMinutes: 20, PatientSatisfied: -3}
		if id != "ct" {
			eff = map[string]float64{DaysCashOnHand: -equipFailCashDays / 4, BoardConfidence: -4, MaintenanceDone: -3}
		}
		out.Later = append(out.Later, equipLater(h, EquipFailWeeks, "old."+id, what, eff))
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
	if n := len(st.Pending) - pending; n > 1 {
		last := 0
		for _, d := range st.Pending[pending:] {
			last = max(last, d.Due-st.Week)
		}
		out.Later = []Line{L("sys.equipment.out.later", equipCount(n), equipCount(last))}
	}
	out.Fact = equipFact(h.Content(), "eqp-survey-window")
	if len(f.MissedLife) == 0 && len(f.Unfunded) > 0 {
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

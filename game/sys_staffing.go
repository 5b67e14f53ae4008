package game

import (
	"errors"
	"fmt"
	"math"
)

// This file is the staffing duty screen: next week's schedule for two units of the
// run's setting (staffingSettings: a hospital's nursing units, a practice's front desk
// and medical assistants, an insurer's care managers and claims examiners...), day
// and night shifts for seven days where the unit never closes, office days otherwise. Each shift's patient census and the unit's
// California minimum ratio (22 CCR 70217; outside a hospital, the facility's own plan) set how many
// registered nurses it needs. The manager fills it with staff nurses (limited
// straight-time shifts), overtime (a limited number of extra shifts), agency nurses
// (costly), or leaves a gap, which is a ratio break. Two longer levers: post a job
// (a nurse arrives weeks later) and a training programme (costs now, lowers turnover
// later). Shift costs are game figures; only the ratios and the 83 days are sourced.
// The ratios are law only in California's general acute-care hospitals: an urgent
// care, observation or rehab unit follows them here as the facility's own staffing
// plan, and the fact card says so.

// RatioPatients is the most patients one registered nurse may have, by unit kind,
// from California's minimum nurse-to-patient ratios (22 CCR 70217), which apply at
// all times, including breaks, with no averaging.
var RatioPatients = map[string]int{
	"icu": 2, "ed": 4, "telemetry": 4, "stepdown": 3, "medsurg": 5, "psych": 6,
}

// Shift costs in dollars for one 12-hour shift, and the levers' costs. These are game
// figures, not sourced facts; what is sourced is their order: overtime costs more than
// straight time, and agency (travel) nurses cost far more than staff (DOMAIN.md).
const (
	StaffShiftCost    = 600  // a staff nurse's 12-hour shift at straight time
	OvertimeShiftCost = 900  // an extra shift at time and a half
	AgencyShiftCost   = 1500 // an agency (travel) nurse for one shift
	JobPostingCost    = 2500 // advertising and recruiter time for one RN job
	TrainingCost      = 6000 // a preceptor and skills programme for the units
	// HireWeeks is how long a posted RN job takes to fill, in game weeks: a short
	// stand-in for the about 83 days it takes to recruit an experienced RN (NSI 2025).
	HireWeeks = 3
	// TrainingWeeks is when a training programme starts to pay off in turnover.
	TrainingWeeks = 4
	// ShiftsPerNurse is a staff nurse's straight-time week: three 12-hour shifts.
	ShiftsPerNurse = 3
)

// Ways to fill a shift.
const (
	FillStaff    = "staff"
	FillOvertime = "overtime"
	FillAgency   = "agency"
)

// StaffingPlan is the state of the staffing duty screen: next week's schedule.
type StaffingPlan struct {
	Week     int         `json:"week"`
	Setting  string      `json:"setting,omitempty"` // the setting the desk was dealt for ("" in saves from before settings: a hospital's desk)
	Units    []StaffUnit `json:"units"`
	Shifts   []Shift     `json:"shifts"` // unit by unit, then day by day, day shift before night
	Budget   int         `json:"budget"` // the week's staffing budget in dollars
	Training bool        `json:"training"`
}

// StaffUnit is one nursing unit on the schedule.
type StaffUnit struct {
	ID          string `json:"id"`           // names the unit in the strings: sys.staffing.unit.<id>
	Kind        string `json:"kind"`         // the ratio rule it follows: a key of RatioPatients
	PerNurse    int    `json:"per_nurse"`    // patients per RN at most
	Nurses      int    `json:"nurses"`       // staff RNs on the unit
	Vacant      int    `json:"vacant"`       // open RN jobs
	StraightCap int    `json:"straight_cap"` // straight-time shifts the staff can work this week
	OvertimeCap int    `json:"overtime_cap"` // extra shifts staff have agreed to pick up
	JobPosted   bool   `json:"job_posted"`   // an RN job is being posted for this unit
	// Saves from before settings lack the fields below: their units are registered
	// nurses on a hospital's ratio (see the getters).
	Role    string `json:"role,omitempty"`    // who works the unit: sys.staffing.role.<role>
	Measure string `json:"measure,omitempty"` // what a shift's census counts: sys.staffing.measure.<measure>
	Law     bool   `json:"law,omitempty"`     // a ratio law binds the unit (22 CCR 70217), not only the facility's own plan
	Cost    []int  `json:"cost,omitempty"`    // one shift at straight time, overtime, agency
}

// RoleID is who works the unit ("rn" in saves from before settings).
func (u StaffUnit) RoleID() string {
	if u.Role == "" {
		return "rn"
	}
	return u.Role
}

// MeasureID is what the unit's census counts ("patients" in older saves).
func (u StaffUnit) MeasureID() string {
	if u.Measure == "" {
		return "patients"
	}
	return u.Measure
}

// Costs is one shift's cost on the unit at straight time, overtime and agency rates.
func (u StaffUnit) Costs() (staff, overtime, agency int) {
	if len(u.Cost) == 3 {
		return u.Cost[0], u.Cost[1], u.Cost[2]
	}
	return StaffShiftCost, OvertimeShiftCost, AgencyShiftCost
}

// LawApplies reports whether a ratio law binds the schedule (only a hospital's, under
// 22 CCR 70217); elsewhere the numbers per staff member are the facility's own plan.
func (p *StaffingPlan) LawApplies() bool {
	for _, u := range p.Units {
		if u.Law {
			return true
		}
	}
	// a save from before settings: the hospital's med/surg and ED units
	return p.Setting == "" && len(p.Units) > 0 && p.Units[0].Role == "" && p.Units[0].ID == "medsurg"
}

// Days is how many days the schedule runs: seven, or five for an office open on weekdays.
func (p *StaffingPlan) Days() int {
	d := 0
	for _, sh := range p.Shifts {
		d = max(d, sh.Day+1)
	}
	return d
}

// HasNights reports whether unit u works a night shift.
func (p *StaffingPlan) HasNights(u int) bool {
	for _, sh := range p.Shifts {
		if sh.Unit == u && sh.Night {
			return true
		}
	}
	return false
}

// RuleKey is the catalog key for key, in the wording of the rule the schedule follows:
// key itself under a ratio law, key + ".plan" under the facility's own staffing plan.
func (p *StaffingPlan) RuleKey(key string) string {
	if p.LawApplies() {
		return key
	}
	return key + ".plan"
}

// Shift is one 12-hour shift on one unit.
type Shift struct {
	Unit     int  `json:"unit"`
	Day      int  `json:"day"` // 0 = Monday
	Night    bool `json:"night"`
	Census   int  `json:"census"` // patients on the unit during the shift
	Staff    int  `json:"staff"`
	Overtime int  `json:"overtime"`
	Agency   int  `json:"agency"`
}

// Need is how many RNs the shift needs to meet the ratio: census / patients per
// nurse, rounded up.
func (p *StaffingPlan) Need(i int) int {
	sh := p.Shifts[i]
	per := p.Units[sh.Unit].PerNurse
	if per <= 0 {
		return 0
	}
	return (sh.Census + per - 1) / per
}

// Scheduled is how many RNs work the shift.
func (sh Shift) Scheduled() int { return sh.Staff + sh.Overtime + sh.Agency }

// Short is how many RNs the shift lacks to meet the ratio (0 when it meets it).
func (p *StaffingPlan) Short(i int) int { return max(0, p.Need(i)-p.Shifts[i].Scheduled()) }

// Extra is how many RNs the shift has beyond what the ratio needs.
func (p *StaffingPlan) Extra(i int) int { return max(0, p.Shifts[i].Scheduled()-p.Need(i)) }

// Breaks lists the shifts that break the ratio: the schedule is flagged, shift by
// shift, because the rule allows no averaging across shifts.
func (p *StaffingPlan) Breaks() []int {
	var out []int
	for i := range p.Shifts {
		if p.Short(i) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// Coverage is the share of shifts that meet the ratio, in percent.
func (p *StaffingPlan) Coverage() float64 {
	if len(p.Shifts) == 0 {
		return 100
	}
	return 100 * float64(len(p.Shifts)-len(p.Breaks())) / float64(len(p.Shifts))
}

// Used counts the shifts of one kind scheduled on unit u.
func (p *StaffingPlan) Used(u int, kind string) int {
	n := 0
	for _, sh := range p.Shifts {
		if sh.Unit != u {
			continue
		}
		switch kind {
		case FillStaff:
			n += sh.Staff
		case FillOvertime:
			n += sh.Overtime
		case FillAgency:
			n += sh.Agency
		}
	}
	return n
}

// Left is how many shifts of a limited kind (staff, overtime) unit u still has; agency
// is limited only by money.
func (p *StaffingPlan) Left(u int, kind string) int {
	switch kind {
	case FillStaff:
		return p.Units[u].StraightCap - p.Used(u, FillStaff)
	case FillOvertime:
		return p.Units[u].OvertimeCap - p.Used(u, FillOvertime)
	}
	return math.MaxInt32
}

// Totals counts the week's shifts of each kind.
func (p *StaffingPlan) Totals() (staff, overtime, agency int) {
	for _, sh := range p.Shifts {
		staff += sh.Staff
		overtime += sh.Overtime
		agency += sh.Agency
	}
	return
}

// OvertimeShare is overtime shifts as a percent of all nurse-shifts worked.
func (p *StaffingPlan) OvertimeShare() float64 {
	s, o, a := p.Totals()
	if s+o+a == 0 {
		return 0
	}
	return 100 * float64(o) / float64(s+o+a)
}

// AgencyCost is what the week's agency shifts cost.
func (p *StaffingPlan) AgencyCost() int {
	n := 0
	for _, sh := range p.Shifts {
		_, _, ca := p.Units[sh.Unit].Costs()
		n += sh.Agency * ca
	}
	return n
}

// Jobs counts the units with an RN job posted.
func (p *StaffingPlan) Jobs() int {
	n := 0
	for _, u := range p.Units {
		if u.JobPosted {
			n++
		}
	}
	return n
}

// Spent is what the week costs: every shift at its rate, plus the levers pulled.
func (p *StaffingPlan) Spent() int {
	total := 0
	for _, sh := range p.Shifts {
		cs, co, ca := p.Units[sh.Unit].Costs()
		total += sh.Staff*cs + sh.Overtime*co + sh.Agency*ca
	}
	total += p.Jobs() * JobPostingCost
	if p.Training {
		total += TrainingCost
	}
	return total
}

// ExtraCost is what shifts beyond the ratio cost: money that could have filled gaps.
func (p *StaffingPlan) ExtraCost() (shifts, dollars int) {
	for i, sh := range p.Shifts {
		x := p.Extra(i)
		shifts += x
		// the priciest nurses on the shift are the ones it did not need
		cs, co, ca := p.Units[sh.Unit].Costs()
		for _, c := range []struct{ n, cost int }{{sh.Agency, ca}, {sh.Overtime, co}, {sh.Staff, cs}} {
			k := min(x, c.n)
			dollars += k * c.cost
			x -= k
		}
	}
	return
}

// The ways a shift stands against the ratio, as the forecast names them.
const (
	ShiftShort = "short" // fewer RNs than the ratio needs: a ratio break
	ShiftExtra = "extra" // more RNs than the ratio needs
	ShiftOK    = "ok"    // exactly what the ratio needs
)

// StaffingShiftState is how one shift stands: what it needs and what it lacks or has
// beyond the ratio, and whether a nurse can be taken off it.
type StaffingShiftState struct {
	Need, Short, Extra int
	Status             string // ShiftShort, ShiftExtra or ShiftOK
	CanRemove          bool   // somebody is on the shift
}

// StaffingUnitState is what one unit still has to give this week.
type StaffingUnitState struct {
	StaffLeft, OvertimeLeft int  // straight-time and overtime shifts not yet scheduled
	CanStaff, CanOvertime   bool // a shift of that kind can still be added
}

// StaffingForecast is the week as the schedule stands: the ratio, the budget and
// the staff left, computed once by the rules, for the screen and the debrief.
type StaffingForecast struct {
	Shifts  int   // shifts on the schedule
	Meeting int   // shifts that meet the ratio
	Breaks  []int // the shifts that break it, in schedule order
	Short   int   // nurse-shifts missing across the breaks
	Cells   []StaffingShiftState
	Units   []StaffingUnitState
	// Coverage is the share of shifts that meet the ratio, in percent.
	Coverage float64
	// Overtime and Agency count the week's shifts of those kinds; OvertimeShare is
	// overtime as a percent of all nurse-shifts worked.
	Overtime, Agency int
	OvertimeShare    float64
	Spent, Budget    int
	Over             bool    // the week costs more than its budget
	Gap              int     // how far under (or over) budget, in dollars, never negative
	BudgetUsed       float64 // spent / budget (1 is the whole budget)
	Variance         float64 // (budget - spent) / budget in percent: positive is under budget
	ExtraShifts      int     // nurse-shifts beyond what the ratio needs
	ExtraCost        int     // what they cost
	Jobs             int     // RN jobs posted
	Training         bool
	AgencyCost       int // what the agency shifts cost
}

// staffingForecast computes the forecast of a plan.
func staffingForecast(p *StaffingPlan) StaffingForecast {
	f := StaffingForecast{Shifts: len(p.Shifts), Breaks: p.Breaks(), Coverage: p.Coverage(),
		OvertimeShare: p.OvertimeShare(), Spent: p.Spent(), Budget: p.Budget, Jobs: p.Jobs(), Training: p.Training}
	f.Meeting = f.Shifts - len(f.Breaks)
	for _, i := range f.Breaks {
		f.Short += p.Short(i)
	}
	for i, sh := range p.Shifts {
		c := StaffingShiftState{Need: p.Need(i), Short: p.Short(i), Extra: p.Extra(i), Status: ShiftOK, CanRemove: sh.Scheduled() > 0}
		switch {
		case c.Short > 0:
			c.Status = ShiftShort
		case c.Extra > 0:
			c.Status = ShiftExtra
		}
		f.Cells = append(f.Cells, c)
	}
	for u := range p.Units {
		s, o := p.Left(u, FillStaff), p.Left(u, FillOvertime)
		f.Units = append(f.Units, StaffingUnitState{StaffLeft: s, OvertimeLeft: o, CanStaff: s > 0, CanOvertime: o > 0})
	}
	_, f.Overtime, f.Agency = p.Totals()
	f.Over = f.Spent > f.Budget
	f.Gap = f.Budget - f.Spent
	if f.Gap < 0 {
		f.Gap = -f.Gap
	}
	if p.Budget > 0 {
		f.BudgetUsed = float64(f.Spent) / float64(p.Budget)
		f.Variance = 100 * float64(p.Budget-f.Spent) / float64(p.Budget)
	}
	f.ExtraShifts, f.ExtraCost = p.ExtraCost()
	f.AgencyCost = p.AgencyCost()
	return f
}

// StaffingDesk is a copy of the staffing desk (the week's schedule): false when no
// schedule has been drawn up.
func (v View) StaffingDesk() (StaffingPlan, bool) {
	p := v.st.Sys.Staffing
	if p == nil {
		return StaffingPlan{}, false
	}
	c := *p
	c.Units = append([]StaffUnit(nil), p.Units...)
	c.Shifts = append([]Shift(nil), p.Shifts...)
	return c, true
}

// StaffingForecast is the week as the schedule stands now (zero when there is none).
func (v View) StaffingForecast() StaffingForecast {
	if v.st.Sys.Staffing == nil {
		return StaffingForecast{}
	}
	return staffingForecast(v.st.Sys.Staffing)
}

// The staffing refusals; the screen words each one.
var (
	// ErrStaffingNoneLeft is what both limits below are: the unit has none of that
	// kind of shift left to give.
	ErrStaffingNoneLeft = errors.New("staffing: none of that kind left on this unit")
	// ErrStaffingNoStraightTime: every staff nurse on the unit already works three shifts.
	ErrStaffingNoStraightTime = fmt.Errorf("%w (straight time)", ErrStaffingNoneLeft)
	// ErrStaffingNoOvertime: no one else on the unit agreed to an extra shift.
	ErrStaffingNoOvertime = fmt.Errorf("%w (overtime)", ErrStaffingNoneLeft)
	// ErrStaffingNobodyToRemove: the shift has no nurse to take off.
	ErrStaffingNobodyToRemove = errors.New("staffing: nobody on this shift to remove")
)

// errStaffing builds a refusal for a staffing command.
func errStaffing(format string, a ...any) error { return fmt.Errorf("staffing: "+format, a...) }

// staffingPlan is the desk a staffing command works on.
func staffingPlan(h *Host) (*StaffingPlan, error) {
	if p := h.State().Sys.Staffing; p != nil {
		return p, nil
	}
	return nil, ErrNotNow
}

// StaffingAdd puts one more nurse on a shift: a staff nurse at straight time
// (FillStaff), a staff nurse on overtime (FillOvertime) or an agency nurse (FillAgency).
type StaffingAdd struct {
	Shift int
	Kind  string
}

// Duty implements Command.
func (StaffingAdd) Duty() DutyID { return SysStaffing }

func (c StaffingAdd) run(h *Host) error {
	p, err := staffingPlan(h)
	if err != nil {
		return err
	}
	return p.add(c.Shift, c.Kind)
}

func (p *StaffingPlan) add(i int, kind string) error {
	if i < 0 || i >= len(p.Shifts) {
		return errStaffing("no shift %d", i)
	}
	sh := &p.Shifts[i]
	switch kind {
	case FillStaff:
		if p.Left(sh.Unit, kind) <= 0 {
			return ErrStaffingNoStraightTime
		}
		sh.Staff++
	case FillOvertime:
		if p.Left(sh.Unit, kind) <= 0 {
			return ErrStaffingNoOvertime
		}
		sh.Overtime++
	case FillAgency:
		sh.Agency++
	default:
		return errStaffing("unknown way to fill a shift %q", kind)
	}
	return nil
}

// StaffingRemove takes one nurse off a shift, the priciest first: agency, then
// overtime, then staff.
type StaffingRemove struct{ Shift int }

// Duty implements Command.
func (StaffingRemove) Duty() DutyID { return SysStaffing }

func (c StaffingRemove) run(h *Host) error {
	p, err := staffingPlan(h)
	if err != nil {
		return err
	}
	return p.remove(c.Shift)
}

func (p *StaffingPlan) remove(i int) error {
	if i < 0 || i >= len(p.Shifts) {
		return errStaffing("no shift %d", i)
	}
	sh := &p.Shifts[i]
	switch {
	case sh.Agency > 0:
		sh.Agency--
	case sh.Overtime > 0:
		sh.Overtime--
	case sh.Staff > 0:
		sh.Staff--
	default:
		return ErrStaffingNobodyToRemove
	}
	return nil
}

// StaffingPostJob posts (or withdraws) an RN job for one unit.
type StaffingPostJob struct{ Unit int }

// Duty implements Command.
func (StaffingPostJob) Duty() DutyID { return SysStaffing }

func (c StaffingPostJob) run(h *Host) error {
	p, err := staffingPlan(h)
	if err != nil {
		return err
	}
	if c.Unit < 0 || c.Unit >= len(p.Units) {
		return errStaffing("no unit %d", c.Unit)
	}
	p.Units[c.Unit].JobPosted = !p.Units[c.Unit].JobPosted
	return nil
}

// StaffingTraining starts (or cancels) the training programme.
type StaffingTraining struct{}

// Duty implements Command.
func (StaffingTraining) Duty() DutyID { return SysStaffing }

func (StaffingTraining) run(h *Host) error {
	p, err := staffingPlan(h)
	if err != nil {
		return err
	}
	p.Training = !p.Training
	return nil
}

// staffUnitDef is one unit of a setting's desk: who works it, what a shift's census
// counts, how many of them one staff member covers (a ratio law's number in a
// hospital, the facility's own staffing plan elsewhere: game figures), when it
// works, and what a shift costs (game figures).
type staffUnitDef struct {
	ID, Role, Measure string
	Per               int    // census per staff member on a shift
	Law               bool   // 22 CCR 70217 binds it (a California general acute-care hospital)
	Nights            bool   // it works a night shift too
	Days              int    // days a week it is open
	ShiftsPer         int    // shifts a staff member works a week at straight time
	Census            [4]int // day low, day spread, night low, night spread
	Weekend           int    // census added on Saturday and Sunday (negative: quieter)
	Cost              [3]int // one shift: straight time, overtime, agency
}

// staffingSettings is each setting's desk: the units it schedules. Only the hospital's
// nursing units follow a ratio law (22 CCR 70217: med/surg 1:5, ED 1:4); a practice
// schedules its front desk and medical assistants, a clinic its providers and
// medical assistants, a rehabilitation facility its therapists and nursing aides, a
// health agency its public-health nurses and inspectors, a managed care organisation
// its care managers and the claims examiners who pay members' claims. Their numbers
// per staff member and every cost are game figures.
var staffingSettings = map[string][2]staffUnitDef{
	"hospital": {
		{ID: "medsurg", Role: "rn", Measure: "patients", Per: RatioPatients["medsurg"], Law: true, Nights: true, Days: 7, ShiftsPer: 3, Census: [4]int{20, 11, 18, 10}, Cost: [3]int{600, 900, 1500}},
		{ID: "ed", Role: "rn", Measure: "patients", Per: RatioPatients["ed"], Law: true, Nights: true, Days: 7, ShiftsPer: 3, Census: [4]int{13, 10, 9, 8}, Weekend: 2, Cost: [3]int{600, 900, 1500}},
	},
	"practice": {
		{ID: "front", Role: "front", Measure: "visits", Per: 30, Days: 5, ShiftsPer: 5, Census: [4]int{55, 35, 0, 0}, Cost: [3]int{170, 255, 320}},
		{ID: "clinical", Role: "ma", Measure: "visits", Per: 12, Days: 5, ShiftsPer: 5, Census: [4]int{55, 35, 0, 0}, Cost: [3]int{190, 285, 360}},
	},
	"clinic": {
		{ID: "providers", Role: "provider", Measure: "visits", Per: 28, Days: 7, ShiftsPer: 3, Census: [4]int{60, 40, 0, 0}, Weekend: 12, Cost: [3]int{1400, 2100, 2600}},
		{ID: "assistants", Role: "ma", Measure: "visits", Per: 14, Days: 7, ShiftsPer: 3, Census: [4]int{60, 40, 0, 0}, Weekend: 12, Cost: [3]int{260, 390, 480}},
	},
	"rehab": {
		{ID: "therapy", Role: "therapist", Measure: "patients", Per: 6, Days: 7, ShiftsPer: 5, Census: [4]int{48, 10, 0, 0}, Weekend: -28, Cost: [3]int{420, 630, 900}},
		{ID: "nursing", Role: "aide", Measure: "patients", Per: 8, Nights: true, Days: 7, ShiftsPer: 3, Census: [4]int{48, 10, 48, 10}, Cost: [3]int{250, 375, 560}},
	},
	"gov-agency": {
		{ID: "phn", Role: "phn", Measure: "visits", Per: 8, Days: 5, ShiftsPer: 5, Census: [4]int{32, 24, 0, 0}, Cost: [3]int{380, 570, 800}},
		{ID: "inspect", Role: "inspector", Measure: "inspections", Per: 4, Days: 5, ShiftsPer: 5, Census: [4]int{10, 12, 0, 0}, Cost: [3]int{300, 450, 650}},
	},
	"mco": {
		{ID: "caremgmt", Role: "caremgr", Measure: "cases", Per: 12, Days: 5, ShiftsPer: 5, Census: [4]int{70, 50, 0, 0}, Cost: [3]int{400, 600, 850}},
		{ID: "claims", Role: "claims", Measure: "claims", Per: 150, Days: 5, ShiftsPer: 5, Census: [4]int{1300, 900, 0, 0}, Cost: [3]int{200, 300, 420}},
	},
}

// staffingUnits is the setting's desk; an unknown setting gets the hospital's.
func staffingUnits(setting string) [2]staffUnitDef {
	if d, ok := staffingSettings[setting]; ok {
		return d
	}
	return staffingSettings["hospital"]
}

// staffingDuty is the staffing desk's module in the Duties table.
type staffingDuty struct{}

// Open implements DutyModule: it draws up next week's draft schedule.
func (staffingDuty) Open(h *Host) {
	st := h.State()
	// a desk dealt for another setting (or saved before settings) is dealt again
	if p := st.Sys.Staffing; p != nil && p.Week == st.Week && p.Setting == st.Setting {
		return
	}
	rng := &st.RNG
	p := &StaffingPlan{Week: st.Week, Setting: st.Setting}
	for ui, def := range staffingUnits(st.Setting) {
		u := StaffUnit{ID: def.ID, Kind: def.ID, PerNurse: def.Per, Role: def.Role, Measure: def.Measure, Law: def.Law, Cost: def.Cost[:]}
		cr := def.Census
		first := len(p.Shifts)
		need := 0
		parts := 1
		if def.Nights {
			parts = 2
		}
		for d := 0; d < def.Days; d++ {
			for n := 0; n < parts; n++ {
				c := cr[0] + rng.Intn(cr[1])
				if n == 1 {
					c = cr[2] + rng.Intn(cr[3])
				}
				if d >= 5 {
					c = max(1, c+def.Weekend) // weekends run busier in an ED or urgent care, quieter in a therapy gym
				}
				p.Shifts = append(p.Shifts, Shift{Unit: ui, Day: d, Night: n == 1, Census: c})
			}
		}
		p.Units = append(p.Units, u)
		for i := first; i < len(p.Shifts); i++ {
			need += p.Need(i)
		}
		// Vacancies leave the staff a few shifts short of the week's need, so every
		// schedule must choose between overtime, agency and gaps.
		short := 3 + rng.Intn(2)
		pu := &p.Units[ui]
		pu.Nurses = max(1, (need-short)/def.ShiftsPer)
		pu.StraightCap = pu.Nurses * def.ShiftsPer
		pu.Vacant = 1 + rng.Intn(2)
		pu.OvertimeCap = max(2, pu.Nurses/3)
		// Last week's schedule as the draft: a pattern that no longer matches this
		// week's census, so some shifts are short and some have a nurse too many.
		used := 0
		for i := first; i < len(p.Shifts); i++ {
			n := p.Need(i)
			switch r := rng.Intn(20); {
			case r < 3:
				n--
			case r < 6:
				n++
			}
			p.Shifts[i].Staff = max(1, n)
			used += p.Shifts[i].Staff
		}
		for k := 0; used > pu.StraightCap && k < 200; k++ {
			i := first + rng.Intn(len(p.Shifts)-first)
			if p.Shifts[i].Staff > 1 {
				p.Shifts[i].Staff--
				used--
			}
		}
		// a standing agency booking on Saturday's last shift (a weekend night where the
		// unit never closes; Friday's day in an office open on weekdays)
		p.Shifts[first+min(5, def.Days-1)*parts+parts-1].Agency++
	}
	// every draft shows at least two ratio breaks to fix
	for k := 0; len(p.Breaks()) < 2 && k < 50; k++ {
		i := rng.Intn(len(p.Shifts))
		if p.Shifts[i].Staff > 1 && p.Short(i) == 0 {
			p.Shifts[i].Staff--
		}
	}
	// The budget pays for all the staff's straight time and, for the shifts the staff
	// cannot cover, overtime: agency nurses, shifts beyond the ratio and the levers
	// push the week over it.
	for u, unit := range p.Units {
		need := 0
		for i := range p.Shifts {
			if p.Shifts[i].Unit == u {
				need += p.Need(i)
			}
		}
		cs, co, _ := unit.Costs()
		p.Budget += unit.StraightCap*cs + max(0, need-unit.StraightCap)*co
	}
	st.Sys.Staffing = p
}

// Finish implements DutyModule: breaks never block Done; the debrief names them,
// the fill, the budget and the levers, and the levers pay off weeks later.
func (staffingDuty) Finish(h *Host) (*Outcome, error) {
	p, err := staffingPlan(h)
	if err != nil {
		return nil, err
	}
	st, c := h.State(), h.Content()
	f := staffingForecast(p)
	num := func(n int) string { return numArg(float64(n), 0) }
	breaks := len(f.Breaks)

	rk := p.RuleKey
	out := &Outcome{Title: L(rk("sys.staffing.out.title"), num(f.Meeting), num(f.Shifts))}
	// what went well is said first, then what went wrong
	var good, bad []Line
	pct := unitArg(f.Coverage, 0, "%")
	if breaks == 0 {
		good = append(good, L(rk("sys.staffing.out.cover.all"), num(f.Shifts), pct))
	} else {
		bad = append(bad, L(rk("sys.staffing.out.cover.breaks"), num(f.Meeting), num(f.Shifts), pct, num(breaks), num(f.Short)))
	}
	otPct := unitArg(f.OvertimeShare, 0, "%")
	switch {
	case f.Overtime == 0 && f.Agency == 0:
		good = append(good, L("sys.staffing.out.fill.none"))
	case f.OvertimeShare > 8:
		bad = append(bad, L(rk("sys.staffing.out.fill.high"), num(f.Overtime), otPct, num(f.Agency), moneyArg(f.AgencyCost)))
	default:
		good = append(good, L(rk("sys.staffing.out.fill.some"), num(f.Overtime), otPct, num(f.Agency), moneyArg(f.AgencyCost)))
	}
	budget := L("sys.staffing.out.budget.under", moneyArg(f.Spent), moneyArg(f.Budget), moneyArg(f.Gap), unitArg(math.Abs(f.Variance), 1, "%"))
	if f.Over {
		budget.Key = "sys.staffing.out.budget.over"
		bad = append(bad, budget)
	} else {
		good = append(good, budget)
	}
	if f.ExtraShifts > 0 {
		bad = append(bad, L(rk("sys.staffing.out.extra"), num(f.ExtraShifts), moneyArg(f.ExtraCost)))
	}
	out.Lines = append(good, bad...)
	switch {
	case breaks == 0 && !f.Over:
		out.Verdict = Verdict(ResultGood)
	case breaks > 0 && f.Over:
		out.Verdict = Verdict(ResultHard)
	default:
		out.Verdict = Verdict(ResultMixed)
	}

	eff := map[string]float64{
		StaffingCoverage: (f.Coverage - st.Facility.Meters[StaffingCoverage]) * 0.5,
		OvertimeShare:    (f.OvertimeShare - st.Facility.Meters[OvertimeShare]) * 0.5,
		RNTurnover:       math.Max(0, f.OvertimeShare-5) * 0.08,
		PatientSatisfied: -math.Min(6, 0.5*float64(breaks)) - 0.1*float64(f.Agency),
		BudgetVariance:   f.Variance * 0.4,
		OperatingMargin:  f.Variance * 0.04,
		ManagerWorkload:  2 + 0.5*float64(breaks),
	}
	cause := L("system.staffing.title")
	if d := c.Duty("recruiting"); d != nil {
		cause = TL(d.Name)
	}
	choice := L(rk("sys.staffing.later.choice"))
	jobs := f.Jobs
	switch {
	case jobs > 0 && p.Training:
		out.Lines = append(out.Lines, L(rk("sys.staffing.out.levers.both"), num(jobs), moneyArg(jobs*JobPostingCost), num(HireWeeks), moneyArg(TrainingCost)))
	case jobs > 0:
		out.Lines = append(out.Lines, L(rk("sys.staffing.out.levers.job"), num(jobs), moneyArg(jobs*JobPostingCost), num(HireWeeks)))
	case p.Training:
		out.Lines = append(out.Lines, L("sys.staffing.out.levers.training", moneyArg(TrainingCost)))
	}
	if jobs > 0 {
		out.Later = append(out.Later, h.Later(HireWeeks, L(rk("sys.staffing.later.hire")),
			map[string]float64{StaffingCoverage: 2 * float64(jobs), OvertimeShare: -1 * float64(jobs)}, cause, choice))
		eff[ManagerWorkload] += float64(jobs)
	}
	if p.Training {
		out.Later = append(out.Later, h.Later(TrainingWeeks, L(rk("sys.staffing.later.training")),
			map[string]float64{RNTurnover: -1}, cause, choice))
		eff[ManagerWorkload]++
	}
	out.Changes = h.Apply(eff)
	// the fact card backs the debrief's numbers: the 83 days when a job was posted,
	// else the ratio rule. Both are about a hospital's nurses: elsewhere the screen's
	// own fact card (the setting's rule) stands, and the debrief shows none.
	factFrom := "staffing-weekend-gap"
	if jobs > 0 {
		factFrom = "rec-rn-vacancy"
	}
	if sc := c.Scenario(factFrom); p.LawApplies() && sc != nil && sc.Fact != nil {
		f := *sc.Fact
		out.Fact = &f
	}
	return out, nil
}

// Auto implements DutyModule: a plain, middle-of-the-road job, for bots and tests.
// It trims shifts beyond the ratio, then fills every gap with straight time while it
// lasts, then overtime, then agency nurses.
func (staffingDuty) Auto(h *Host) {
	p, err := staffingPlan(h)
	if err != nil {
		return
	}
	p.trimExtra()
	p.fillShort(func(u int) string {
		if p.Left(u, FillStaff) > 0 {
			return FillStaff
		} else if p.Left(u, FillOvertime) > 0 {
			return FillOvertime
		}
		return FillAgency
	})
}

// trimExtra takes every shift down to its ratio, dropping agency staff first.
func (p *StaffingPlan) trimExtra() {
	for i := range p.Shifts {
		for p.Extra(i) > 0 {
			if p.remove(i) != nil {
				break
			}
		}
	}
}

// fillShort fills every short shift one nurse at a time with the kind pick names for
// the shift's unit, moving on to the next shift when pick says "" or the kind cannot
// be booked.
func (p *StaffingPlan) fillShort(pick func(unit int) string) {
	for i := range p.Shifts {
		for p.Short(i) > 0 {
			kind := pick(p.Shifts[i].Unit)
			if kind == "" || p.add(i, kind) != nil {
				break
			}
		}
	}
}

// CheckDesk implements DeskChecker: every shift names a unit of the plan and a day
// of the week, and no count is negative.
func (staffingDuty) CheckDesk(st *State, c *Content) error {
	p := st.Sys.Staffing
	if p == nil {
		return nil
	}
	for i, sh := range p.Shifts {
		if sh.Unit < 0 || sh.Unit >= len(p.Units) {
			return fmt.Errorf("shift %d is on unit %d, of %d", i, sh.Unit, len(p.Units))
		}
		if sh.Day < 0 || sh.Day > 6 || sh.Census < 0 || sh.Staff < 0 || sh.Overtime < 0 || sh.Agency < 0 {
			return fmt.Errorf("shift %d has a bad day or count", i)
		}
	}
	return nil
}

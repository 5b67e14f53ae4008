package game

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// This file is the staffing duty screen: next week's nurse schedule for two units,
// day and night shifts for seven days. Each shift's patient census and the unit's
// California minimum ratio (22 CCR 70217, from shared/DOMAIN.md) set how many
// registered nurses it needs. The manager fills it with staff nurses (limited
// straight-time shifts), overtime (a limited number of extra shifts), agency nurses
// (costly), or leaves a gap, which is a ratio break. Two longer levers: post a job
// (a nurse arrives weeks later) and a training programme (costs now, lowers turnover
// later). Shift costs are game figures; only the ratios and the 83 days come from
// DOMAIN.md.

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
	staffingDays   = 7
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
	s, o, a := p.Totals()
	total := s*StaffShiftCost + o*OvertimeShiftCost + a*AgencyShiftCost
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
		for _, c := range []struct{ n, cost int }{{sh.Agency, AgencyShiftCost}, {sh.Overtime, OvertimeShiftCost}, {sh.Staff, StaffShiftCost}} {
			k := min(x, c.n)
			dollars += k * c.cost
			x -= k
		}
	}
	return
}

// errStaffing builds a refusal for a staffing command.
func errStaffing(format string, a ...any) error { return fmt.Errorf("staffing: "+format, a...) }

func (s *Session) staffing() (*StaffingPlan, error) {
	if s.st.System != SysStaffing || s.st.Outcome != nil || s.st.Sys.Staffing == nil {
		return nil, ErrNotNow
	}
	return s.st.Sys.Staffing, nil
}

// ErrStaffingNoneLeft is returned when a unit has no straight-time or overtime shifts left to
// give; the screen says so in words.
var ErrStaffingNoneLeft = errors.New("staffing: none of that kind left on this unit")

// StaffingAdd puts one more nurse on shift i: a staff nurse at straight time, a staff
// nurse on overtime, or an agency nurse.
func (s *Session) StaffingAdd(i int, kind string) error {
	p, err := s.staffing()
	if err != nil {
		return err
	}
	if i < 0 || i >= len(p.Shifts) {
		return errStaffing("no shift %d", i)
	}
	sh := &p.Shifts[i]
	switch kind {
	case FillStaff, FillOvertime:
		if p.Left(sh.Unit, kind) <= 0 {
			return ErrStaffingNoneLeft
		}
		if kind == FillStaff {
			sh.Staff++
		} else {
			sh.Overtime++
		}
	case FillAgency:
		sh.Agency++
	default:
		return errStaffing("unknown way to fill a shift %q", kind)
	}
	return nil
}

// StaffingRemove takes one nurse off shift i, the priciest first: agency, then
// overtime, then staff.
func (s *Session) StaffingRemove(i int) error {
	p, err := s.staffing()
	if err != nil {
		return err
	}
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
		return errStaffing("shift %d has nobody to remove", i)
	}
	return nil
}

// StaffingPostJob posts (or withdraws) an RN job for unit u.
func (s *Session) StaffingPostJob(u int) error {
	p, err := s.staffing()
	if err != nil {
		return err
	}
	if u < 0 || u >= len(p.Units) {
		return errStaffing("no unit %d", u)
	}
	p.Units[u].JobPosted = !p.Units[u].JobPosted
	return nil
}

// StaffingTraining starts (or cancels) the training programme.
func (s *Session) StaffingTraining() error {
	p, err := s.staffing()
	if err != nil {
		return err
	}
	p.Training = !p.Training
	return nil
}

// staffingUnits picks the two units by setting: a hospital schedules a
// medical-surgical unit and its emergency department; a rehabilitation facility its
// rehab nursing unit (med/surg rules) and a step-down wing; other settings an
// observation unit (med/surg rules) and urgent care (ED rules).
func staffingUnits(setting string) [2][2]string {
	switch setting {
	case "hospital":
		return [2][2]string{{"medsurg", "medsurg"}, {"ed", "ed"}}
	case "rehab":
		return [2][2]string{{"rehab", "medsurg"}, {"stepdown", "stepdown"}}
	}
	return [2][2]string{{"obs", "medsurg"}, {"urgent", "ed"}}
}

// census ranges per unit kind: day low, day spread, night low, night spread.
var censusRange = map[string][4]int{
	"medsurg":  {20, 11, 18, 10},
	"ed":       {13, 10, 9, 8},
	"stepdown": {9, 7, 8, 6},
}

func (s *Session) openStaffing() {
	if s.st.Sys.Staffing != nil && s.st.Sys.Staffing.Week == s.st.Week {
		return
	}
	rng := &s.st.RNG
	p := &StaffingPlan{Week: s.st.Week}
	for ui, def := range staffingUnits(s.st.Setting) {
		kind := def[1]
		u := StaffUnit{ID: def[0], Kind: kind, PerNurse: RatioPatients[kind]}
		cr := censusRange[kind]
		first := len(p.Shifts)
		need := 0
		for d := 0; d < staffingDays; d++ {
			for n := 0; n < 2; n++ {
				c := cr[0] + rng.Intn(cr[1])
				if n == 1 {
					c = cr[2] + rng.Intn(cr[3])
				}
				if d >= 5 && kind == "ed" {
					c += 2 // weekend nights and days run busier in the ED
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
		pu.Nurses = (need - short) / ShiftsPerNurse
		pu.StraightCap = pu.Nurses * ShiftsPerNurse
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
			i := first + rng.Intn(staffingDays*2)
			if p.Shifts[i].Staff > 1 {
				p.Shifts[i].Staff--
				used--
			}
		}
		// a standing agency booking on a weekend night
		p.Shifts[first+5*2+1].Agency++
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
		p.Budget += unit.StraightCap*StaffShiftCost + max(0, need-unit.StraightCap)*OvertimeShiftCost
	}
	s.st.Sys.Staffing = p
}

func (s *Session) finishStaffing() (*Outcome, error) {
	p := s.st.Sys.Staffing
	if p == nil {
		return nil, ErrNotNow
	}
	n := len(p.Shifts)
	breaks := p.Breaks()
	short := 0
	for _, i := range breaks {
		short += p.Short(i)
	}
	cov := p.Coverage()
	_, ot, agency := p.Totals()
	otShare := p.OvertimeShare()
	spent := p.Spent()
	variance := 0.0
	if p.Budget > 0 {
		variance = 100 * float64(p.Budget-spent) / float64(p.Budget)
	}
	extraShifts, extraCost := p.ExtraCost()

	out := &Outcome{Title: L("sys.staffing.out.title", strconv.Itoa(n-len(breaks)), strconv.Itoa(n))}
	pct := fmt.Sprintf("%.0f", cov)
	if len(breaks) == 0 {
		out.Lines = append(out.Lines, L("sys.staffing.out.cover.all", strconv.Itoa(n), pct))
	} else {
		out.Lines = append(out.Lines, L("sys.staffing.out.cover.breaks", strconv.Itoa(n-len(breaks)), strconv.Itoa(n), pct, strconv.Itoa(len(breaks)), strconv.Itoa(short)))
	}
	switch {
	case ot == 0 && agency == 0:
		out.Lines = append(out.Lines, L("sys.staffing.out.fill.none"))
	case otShare > 8:
		out.Lines = append(out.Lines, L("sys.staffing.out.fill.high", strconv.Itoa(ot), fmt.Sprintf("%.0f", otShare), strconv.Itoa(agency), money(agency*AgencyShiftCost)))
	default:
		out.Lines = append(out.Lines, L("sys.staffing.out.fill.some", strconv.Itoa(ot), fmt.Sprintf("%.0f", otShare), strconv.Itoa(agency), money(agency*AgencyShiftCost)))
	}
	budgetKey := "sys.staffing.out.budget.under"
	if spent > p.Budget {
		budgetKey = "sys.staffing.out.budget.over"
	}
	out.Lines = append(out.Lines, L(budgetKey, money(spent), money(p.Budget), money(staffAbs(p.Budget-spent)), fmt.Sprintf("%.1f", math.Abs(variance))))
	if extraShifts > 0 {
		out.Lines = append(out.Lines, L("sys.staffing.out.extra", strconv.Itoa(extraShifts), money(extraCost)))
	}

	eff := map[string]float64{
		StaffingCoverage: (cov - s.st.Facility.Meters[StaffingCoverage]) * 0.5,
		OvertimeShare:    (otShare - s.st.Facility.Meters[OvertimeShare]) * 0.5,
		RNTurnover:       math.Max(0, otShare-5) * 0.08,
		PatientSatisfied: -math.Min(6, 0.5*float64(len(breaks))) - 0.1*float64(agency),
		BudgetVariance:   variance * 0.4,
		OperatingMargin:  variance * 0.04,
		ManagerWorkload:  2 + 0.5*float64(len(breaks)),
	}
	cause := L("system.staffing.title")
	if d := s.C.Duty("recruiting"); d != nil {
		cause = TL(d.Name)
	}
	choice := L("sys.staffing.later.choice")
	jobs := p.Jobs()
	switch {
	case jobs > 0 && p.Training:
		out.Lines = append(out.Lines, L("sys.staffing.out.levers.both", strconv.Itoa(jobs), money(jobs*JobPostingCost), strconv.Itoa(HireWeeks), money(TrainingCost)))
	case jobs > 0:
		out.Lines = append(out.Lines, L("sys.staffing.out.levers.job", strconv.Itoa(jobs), money(jobs*JobPostingCost), strconv.Itoa(HireWeeks)))
	case p.Training:
		out.Lines = append(out.Lines, L("sys.staffing.out.levers.training", money(TrainingCost)))
	}
	if jobs > 0 {
		out.Later = append(out.Later, s.laterMsg(HireWeeks, L("sys.staffing.later.hire"),
			map[string]float64{StaffingCoverage: 2 * float64(jobs), OvertimeShare: -1 * float64(jobs)}, cause, choice))
		eff[ManagerWorkload] += float64(jobs)
	}
	if p.Training {
		out.Later = append(out.Later, s.laterMsg(TrainingWeeks, L("sys.staffing.later.training"),
			map[string]float64{RNTurnover: -1}, cause, choice))
		eff[ManagerWorkload]++
	}
	out.Changes = s.applyEffects(eff)
	// the fact card backs the debrief's numbers: the 83 days when a job was posted,
	// else the ratio rule
	factFrom := "staffing-weekend-gap"
	if jobs > 0 {
		factFrom = "rec-rn-vacancy"
	}
	if sc := s.C.Scenario(factFrom); sc != nil && sc.Fact != nil {
		f := *sc.Fact
		out.Fact = &f
	}
	return out, nil
}

func staffAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// autoStaffing does a plain, middle-of-the-road job of the screen, for bots and tests:
// it trims shifts beyond the ratio, then fills every gap with straight time while it
// lasts, then overtime, then agency nurses.
func (s *Session) autoStaffing() {
	p := s.st.Sys.Staffing
	if p == nil {
		return
	}
	for i := range p.Shifts {
		for p.Extra(i) > 0 {
			if s.StaffingRemove(i) != nil {
				break
			}
		}
	}
	for i := range p.Shifts {
		for p.Short(i) > 0 {
			u := p.Shifts[i].Unit
			kind := FillAgency
			if p.Left(u, FillStaff) > 0 {
				kind = FillStaff
			} else if p.Left(u, FillOvertime) > 0 {
				kind = FillOvertime
			}
			if s.StaffingAdd(i, kind) != nil {
				break
			}
		}
	}
}

// staffingDuty is the staffing desk's module in the Duties table.
type staffingDuty struct{}

// Open implements DutyModule.
func (staffingDuty) Open(h *Host) { h.s.openStaffing() }

// Finish implements DutyModule.
func (staffingDuty) Finish(h *Host) (*Outcome, error) { return h.s.finishStaffing() }

// Auto implements DutyModule.
func (staffingDuty) Auto(h *Host) { h.s.autoStaffing() }

package game

import (
	"fmt"
	"math"
)

// FlowMeeting is the state of the flow duty screen: a meeting with the four
// department heads from the profile (pharmacy, nursing, rehabilitation, dietary).
// Each brings one proposal for a clinical-practice or patient-flow policy; the
// manager adopts it, adapts it (cheaper, weaker) or declines it, within the
// quarter's policy fund. Only the decisions are state; every number the screen
// shows comes from Forecast, so the rule lives once.
type FlowMeeting struct {
	Week      int            `json:"week"`
	Setting   string         `json:"setting,omitempty"` // the workplace the meeting was dealt for ("" in older saves: hospital)
	Fund      int            `json:"fund"`              // dollars set aside this quarter for policy changes
	Surge     float64        `json:"surge"`             // occupancy points the flu season adds in FlowLaterWeeks
	Stay      float64        `json:"stay"`              // average length of stay in days when the meeting opens (game figure)
	Proposals []FlowProposal `json:"proposals"`         // one per department, in table order
}

// FlowProposal is one department head's proposal and the manager's answer.
type FlowProposal struct {
	Dept     string `json:"dept"`               // pharmacy, nursing, rehab, dietary
	Decision string `json:"decision,omitempty"` // "", adopt, adapt or decline
}

// The answers a proposal can get. An unanswered proposal counts as declined at
// Done, and the screen flags it.
const (
	FlowUndecided = ""
	FlowAdopt     = "adopt"
	FlowAdapt     = "adapt"
	FlowDecline   = "decline"
)

// FlowDecisions lists the answers in the order the screen offers them.
var FlowDecisions = []string{FlowAdopt, FlowAdapt, FlowDecline}

// The flow meeting's tuning. Sizes are game design, tuned by the tests; the
// directions follow shared/DOMAIN.md: beds in use = admissions x length of stay,
// and above 85% occupancy admitted patients wait (board) in the ED.
const (
	FlowFund            = 100000 // the quarter's policy fund
	FlowSurge           = 4.0    // flu season: occupancy points expected in two weeks
	FlowLaterWeeks      = 2      // when the slower half of each policy and the surge land
	FlowShortage        = 85.0   // occupancy treated as the shortage threshold (DOMAIN)
	FlowEDAverage       = 162.0  // national average ED visit in minutes (CMS, Apr 2022-Mar 2023)
	flowAdaptShare      = 0.4    // an adapted policy keeps this share of the effect
	flowAdoptHours      = 2.0    // your hours a week to roll out an adopted policy
	flowAdaptHours      = 1.0    // ... an adapted one
	flowDeclineBoard    = -1.0   // a declined head takes it to the medical staff and the CEO
	flowNursingTurnover = 0.5    // nurses whose own director was declined start to look elsewhere
	flowUnanswered      = -0.5   // extra board cost of leaving a head without an answer
)

// FlowPolicy is one department's proposal: its price, the stay it saves and its
// other effects, for a full adoption. Player-facing words are in the string
// catalog under sys.flow.<dept>.*.
type FlowPolicy struct {
	Dept      string
	Role      string // the player role that heads this department
	Cost      int    // dollars to adopt
	AdaptCost int    // dollars to adapt
	// Stay is the change in average length of stay as a fraction (-0.05 = 5% shorter);
	// StayNow is the share of it that lands at once, the rest in FlowLaterWeeks.
	Stay    float64
	StayNow float64
	Now     map[MeterID]float64
	Later   map[MeterID]float64
	// MLR is an insurer's change in medical loss ratio, in points, once the policy
	// lands (more care paid for raises it; care management that prevents admissions
	// lowers it). Zero outside a health plan.
	MLR float64
	// Cycle names the cycle the policy shortens in its summary ("stay", "visit",
	// "review"); set from its workplace's CycleKey.
	Cycle string
}

// FlowPolicies are the four proposals, in table order.
var FlowPolicies = []FlowPolicy{
	{Dept: "pharmacy", Role: "pharmacy-director", Cost: 48000, AdaptCost: 20000, Stay: -0.02, StayNow: 0.5,
		Now:   map[MeterID]float64{PatientSatisfied: 2},
		Later: map[MeterID]float64{PatientSatisfied: 1, BedOccupancy: -0.8}},
	{Dept: "nursing", Role: "nursing-director", Cost: 30000, AdaptCost: 12000, Stay: -0.05, StayNow: 0.7,
		Now:   map[MeterID]float64{PatientSatisfied: 1, OvertimeShare: 0.4},
		Later: map[MeterID]float64{PatientSatisfied: 1}},
	{Dept: "rehab", Role: "rehab-coordinator", Cost: 72000, AdaptCost: 30000, Stay: -0.04, StayNow: 0.25,
		Now:   map[MeterID]float64{PatientSatisfied: 1},
		Later: map[MeterID]float64{PatientSatisfied: 2, OvertimeShare: -0.3}},
	{Dept: "dietary", Role: "chief-dietitian", Cost: 22000, AdaptCost: 9000, Stay: -0.01, StayNow: 0.5,
		Now:   map[MeterID]float64{PatientSatisfied: 3},
		Later: map[MeterID]float64{OvertimeShare: -0.2}},
}

// FlowSetting is one workplace's patient-flow desk: its department heads and the
// measures their policies move. The diagram reads arrivals -> wait -> load -> exit:
// a policy shortens the cycle (a stay, a visit, a review), the load falls in
// proportion (load = arrivals x time), and the wait grows once the load passes the
// shortage line. The hospital's measures are its meters (beds and ED); elsewhere
// they are desk figures (game figures) and the wait lands on satisfaction. Words
// are in the catalog under Prefix (sys.flow.dia.*, out.*, flag.*, later.landed).
type FlowSetting struct {
	Prefix    string       // catalog prefix of the diagram and debrief words
	Policies  []FlowPolicy // the heads' proposals, in table order
	Draft     []string     // departments the pre-read leaned toward (adopted in the draft)
	AutoAdopt string       // the department the plain auto-play adopts (the rest adapted)
	Stay      float64      // the cycle measure when the meeting opens (game figure)
	StayUnit  string       // "days" or "min"
	LoadMeter MeterID      // the meter that is the load ("" = desk figure LoadStart)
	LoadStart float64
	WaitMeter MeterID // the meter that is the wait ("" = desk figure WaitStart)
	WaitStart float64
	WaitUnit  string
	WaitDec   int
	WaitScale float64 // wait added per point of crowding (FlowBoarding)
	SatPer    float64 // with no wait meter: satisfaction lost per unit of wait added
	PerCase   bool    // paid per stay or visit: a shorter cycle pays back on the margin
	Community bool    // a public budget: a shorter cycle reaches more people instead
	MLR       float64 // an insurer's medical loss ratio when the meeting opens (0: not an insurer)
	CycleKey  string  // what the cycle is called in a policy's summary: stay, visit, review
	FactWait  string  // catalog prefix of the wait box's fact card ("" none)
	FactLoad  string
	FactExit  string
}

// FlowMLRFloor is the share of premiums a large-group plan must spend on care and
// quality improvement, or rebate the difference (ACA medical loss ratio, DOMAIN).
const FlowMLRFloor = 85.0

// FlowSettings holds each workplace's flow desk. The hospital's heads come from the
// profile (pharmacy, nursing, rehabilitation, dietary); the others are the people
// who run flow in that kind of workplace. Every number is a game figure.
var FlowSettings = map[string]*FlowSetting{
	"hospital": {Prefix: "sys.flow.", Policies: FlowPolicies, Draft: []string{"pharmacy", "rehab"}, AutoAdopt: "nursing",
		Stay: 4.5, StayUnit: "days", LoadMeter: BedOccupancy, WaitMeter: EDMinutes, WaitUnit: "min", WaitScale: 1,
		PerCase: true, FactWait: "sys.flow.fact.ed.", FactLoad: "sys.flow.fact.beds."},
	"rehab": {Prefix: "sys.flow.rehab_set.", Draft: []string{"therapy"}, AutoAdopt: "discharge",
		Stay: 12, StayUnit: "days", LoadMeter: BedOccupancy, WaitStart: 3, WaitUnit: "days", WaitDec: 1, WaitScale: 0.15, SatPer: 1.5, PerCase: true,
		Policies: []FlowPolicy{
			{Dept: "admissions", Cost: 26000, AdaptCost: 10000, Stay: -0.01, StayNow: 0.5,
				Now: map[MeterID]float64{PatientSatisfied: 2}, Later: map[MeterID]float64{PatientSatisfied: 1}},
			{Dept: "therapy", Role: "rehab-coordinator", Cost: 72000, AdaptCost: 30000, Stay: -0.05, StayNow: 0.25,
				Now: map[MeterID]float64{PatientSatisfied: 1, OvertimeShare: 0.3}, Later: map[MeterID]float64{PatientSatisfied: 2}},
			{Dept: "discharge", Role: "nursing-director", Cost: 34000, AdaptCost: 14000, Stay: -0.04, StayNow: 0.6,
				Now: map[MeterID]float64{PatientSatisfied: 1}, Later: map[MeterID]float64{PatientSatisfied: 1, OvertimeShare: -0.2}},
		}},
	"practice": {Prefix: "sys.flow.practice.", CycleKey: "visit", Draft: []string{"rooms", "physicians"}, AutoAdopt: "frontdesk",
		Stay: 72, StayUnit: "min", LoadStart: 84, WaitStart: 14, WaitUnit: "days", WaitScale: 0.3, SatPer: 0.8, PerCase: true,
		Policies: []FlowPolicy{
			{Dept: "sched", Cost: 24000, AdaptCost: 10000, Stay: -0.02, StayNow: 0.5,
				Now: map[MeterID]float64{PatientSatisfied: 2}, Later: map[MeterID]float64{PatientSatisfied: 1}},
			{Dept: "frontdesk", Role: "him-manager", Cost: 30000, AdaptCost: 12000, Stay: -0.04, StayNow: 0.7,
				Now: map[MeterID]float64{DenialRate: -1, PatientSatisfied: 1}, Later: map[MeterID]float64{DenialRate: -0.5}},
			{Dept: "rooms", Role: "clinical-manager", Cost: 62000, AdaptCost: 26000, Stay: -0.06, StayNow: 0.4,
				Now: map[MeterID]float64{OvertimeShare: 0.3}, Later: map[MeterID]float64{PatientSatisfied: 2}},
			{Dept: "physicians", Cost: 46000, AdaptCost: 18000, Stay: -0.03, StayNow: 0.5,
				Now: map[MeterID]float64{PatientSatisfied: 1}, Later: map[MeterID]float64{OvertimeShare: -0.3}},
		}},
	"clinic": {Prefix: "sys.flow.clinic.", CycleKey: "visit", Draft: []string{"lab"}, AutoAdopt: "triage",
		Stay: 85, StayUnit: "min", LoadStart: 82, WaitStart: 48, WaitUnit: "min", WaitScale: 1.2, SatPer: 0.08, PerCase: true,
		Policies: []FlowPolicy{
			{Dept: "walkin", Cost: 38000, AdaptCost: 15000, Stay: -0.05, StayNow: 0.6,
				Now: map[MeterID]float64{PatientSatisfied: 2}, Later: map[MeterID]float64{OvertimeShare: -0.2}},
			{Dept: "triage", Role: "clinical-manager", Cost: 28000, AdaptCost: 11000, Stay: -0.02, StayNow: 0.7,
				Now: map[MeterID]float64{PatientSatisfied: 1, OvertimeShare: 0.3}, Later: map[MeterID]float64{PatientSatisfied: 1}},
			{Dept: "lab", Cost: 64000, AdaptCost: 25000, Stay: -0.06, StayNow: 0.3,
				Now: map[MeterID]float64{PatientSatisfied: 1}, Later: map[MeterID]float64{PatientSatisfied: 2, DenialRate: -0.5}},
		}},
	"gov-agency": {Prefix: "sys.flow.agency.", CycleKey: "visit", Draft: []string{"vaxevents"}, AutoAdopt: "reminders",
		Stay: 35, StayUnit: "min", LoadStart: 83, WaitStart: 9, WaitUnit: "days", WaitScale: 0.25, SatPer: 0.8, Community: true,
		FactExit: "sys.flow.agency.fact.",
		Policies: []FlowPolicy{
			{Dept: "clinicdays", Cost: 36000, AdaptCost: 14000, Stay: -0.03, StayNow: 0.6,
				Now: map[MeterID]float64{PatientSatisfied: 2, OvertimeShare: 0.4}, Later: map[MeterID]float64{CommunityHealth: 1}},
			{Dept: "vaxevents", Cost: 58000, AdaptCost: 22000, Stay: -0.05, StayNow: 0.3,
				Now: map[MeterID]float64{CommunityHealth: 1}, Later: map[MeterID]float64{CommunityHealth: 2}},
			{Dept: "reminders", Cost: 18000, AdaptCost: 7000, Stay: -0.01, StayNow: 0.5,
				Now: map[MeterID]float64{PatientSatisfied: 1}, Later: map[MeterID]float64{CommunityHealth: 2}},
		}},
	"mco": {Prefix: "sys.flow.mco.", CycleKey: "review", Draft: []string{"network"}, AutoAdopt: "caremgmt",
		Stay: 40, StayUnit: "min", LoadStart: 86, WaitStart: 6, WaitUnit: "days", WaitDec: 1, WaitScale: 0.12, SatPer: 1.2,
		MLR: 86.5, FactWait: "sys.flow.mco.fact.pa.", FactExit: "sys.flow.mco.fact.mlr.",
		Policies: []FlowPolicy{
			{Dept: "priorauth", Cost: 40000, AdaptCost: 16000, Stay: -0.06, StayNow: 0.6, MLR: 0.2,
				Now: map[MeterID]float64{DenialRate: -1.5, PatientSatisfied: 1}, Later: map[MeterID]float64{PatientSatisfied: 1}},
			{Dept: "caremgmt", Role: "clinical-manager", Cost: 52000, AdaptCost: 20000, Stay: -0.01, StayNow: 0.5, MLR: -0.8,
				Now: map[MeterID]float64{PatientSatisfied: 1}, Later: map[MeterID]float64{PatientSatisfied: 1, CommunityHealth: 1}},
			{Dept: "network", Cost: 60000, AdaptCost: 24000, Stay: -0.02, StayNow: 0.5, MLR: 0.4,
				Now: map[MeterID]float64{PatientSatisfied: 2}, Later: map[MeterID]float64{PatientSatisfied: 1}},
		}},
}

func init() {
	for _, fs := range FlowSettings {
		if fs.CycleKey == "" {
			fs.CycleKey = "stay"
		}
		for i := range fs.Policies {
			fs.Policies[i].Cycle = fs.CycleKey
		}
	}
}

// FlowSettingFor is the flow desk of a workplace; an unknown or empty one (older
// saves) is the hospital's.
func FlowSettingFor(setting string) *FlowSetting {
	if fs, ok := FlowSettings[setting]; ok {
		return fs
	}
	return FlowSettings["hospital"]
}

// FlowPolicyFor returns the policy of dept in any workplace's table, or nil.
func FlowPolicyFor(dept string) *FlowPolicy {
	for _, id := range sortedKeys(FlowSettings) {
		fs := FlowSettings[id]
		for i := range fs.Policies {
			if fs.Policies[i].Dept == dept {
				return &fs.Policies[i]
			}
		}
	}
	return nil
}

// FlowBoarding is how many minutes a full house adds to the average ED visit:
// admitted patients wait in the ED for a bed. It starts to bite at 75% and bites
// three times harder above the 85% shortage threshold.
func FlowBoarding(occ float64) float64 {
	return math.Max(0, occ-75) + 3*math.Max(0, occ-FlowShortage)
}

// FlowForecast is what the screen shows and Done applies: the flow now, after
// the decisions land, and in FlowLaterWeeks with the flu season. The flags the
// screen raises are decided here too, so the rule lives once.
type FlowForecast struct {
	Fund, Spent     int
	Left            int     // fund not committed (0 when over)
	Hours           float64 // your extra hours a week
	OccNow, OccSoon float64 // occupancy now, and once the quick half lands
	OccLater        float64 // in FlowLaterWeeks, flu season included
	EDNow, EDSoon   float64
	EDLater         float64
	StayNow         float64 // average stay in days
	StayLater       float64
	Adopted         int
	Adapted         int
	Declined        int  // declined with a clear no
	Unanswered      int  // left without an answer (counts as a no)
	BedsOver        bool // occupancy in FlowLaterWeeks passes the FlowShortage threshold
	EDWorse         bool // ED visits in FlowLaterWeeks are longer than now
	// Own is the department the player heads, or ""; OwnBonus is the multiplier
	// their policy would get (1 when none), Bonus the one it gets now (1 unless
	// the own policy is adopted or adapted).
	// Setting is the workplace's desk the numbers belong to; Insurer is set for a
	// health plan, whose MLR (medical loss ratio, in % of premiums) is shown
	// against FlowMLRFloor; MLRUnder flags a ratio below the floor (a rebate).
	Setting    *FlowSetting
	Insurer    bool
	MLRNow     float64
	MLRLater   float64
	MLRUnder   bool
	Own        string
	OwnBonus   float64
	Bonus      float64
	Now, Later map[string]float64
}

// WaitArg is a wait in the desk's unit, as a Line argument.
func (f FlowForecast) WaitArg(v float64) string {
	if f.Setting == nil {
		return unitArg(v, 0, "min")
	}
	return unitArg(v, f.Setting.WaitDec, f.Setting.WaitUnit)
}

// StayArg is a cycle length (a stay, a visit, a review) in the desk's unit.
func (f FlowForecast) StayArg(v float64) string {
	if f.Setting == nil || f.Setting.StayUnit == "days" {
		return unitArg(v, 1, "days")
	}
	return unitArg(v, 0, f.Setting.StayUnit)
}

// Over is how far the commitments exceed the fund, in dollars (0 when within it).
func (f FlowForecast) Over() int { return max(0, f.Spent-f.Fund) }

// OwnBonusPct is the own department's extra effect in percent (0 when none).
func (f FlowForecast) OwnBonusPct() float64 { return (f.OwnBonus - 1) * 100 }

// flowOwnDept returns the department a role heads, or "".
func flowOwnDept(fs *FlowSetting, role string) string {
	for _, p := range fs.Policies {
		if p.Role == role {
			return p.Dept
		}
	}
	return ""
}

// flowBonus is how much better the player runs their own department's policy:
// 5% per point of health knowledge, up to 30%.
func flowBonus(st *State) float64 {
	return 1 + 0.05*math.Min(6, float64(st.Player.Skills["health"]))
}

// forecast projects the meeting's decisions onto the facility's meters.
func (m *FlowMeeting) forecast(st *State) FlowForecast {
	mt := st.Facility.Meters
	fs := FlowSettingFor(m.Setting)
	f := FlowForecast{Fund: m.Fund, Setting: fs, Own: flowOwnDept(fs, st.Role), OwnBonus: 1, Bonus: 1, Now: map[string]float64{}, Later: map[string]float64{}}
	if f.Own != "" {
		f.OwnBonus = flowBonus(st)
	}
	occ0, ed0 := fs.LoadStart, fs.WaitStart
	if fs.LoadMeter != "" {
		occ0 = mt[fs.LoadMeter]
	}
	if fs.WaitMeter != "" {
		ed0 = mt[fs.WaitMeter]
	}
	stayFrac, occNow, occLater, mlr := 0.0, 0.0, 0.0, 0.0
	for _, p := range m.Proposals {
		pol := FlowPolicyFor(p.Dept)
		if pol == nil {
			continue
		}
		share := 0.0
		switch p.Decision {
		case FlowAdopt:
			f.Adopted++
			f.Spent += pol.Cost
			f.Hours += flowAdoptHours
			share = 1
		case FlowAdapt:
			f.Adapted++
			f.Spent += pol.AdaptCost
			f.Hours += flowAdaptHours
			share = flowAdaptShare
		default:
			if p.Decision == FlowUndecided {
				f.Unanswered++
				f.Now[BoardConfidence] += flowUnanswered
			} else {
				f.Declined++
			}
			f.Now[BoardConfidence] += flowDeclineBoard
			if p.Dept == "nursing" {
				f.Now[RNTurnover] += flowNursingTurnover
			}
		}
		if share == 0 {
			continue
		}
		if p.Dept == f.Own {
			f.Bonus = f.OwnBonus
			share *= f.Bonus
		}
		stayFrac += pol.Stay * share
		mlr += pol.MLR * share
		// load = arrivals x time in the system: a shorter cycle frees capacity in proportion
		occNow += occ0 * pol.Stay * share * pol.StayNow
		occLater += occ0 * pol.Stay * share * (1 - pol.StayNow)
		for _, k := range sortedKeys(pol.Now) {
			f.Now[k] += pol.Now[k] * share
		}
		for _, k := range sortedKeys(pol.Later) {
			if k == BedOccupancy {
				occLater += pol.Later[k] * share
				continue
			}
			f.Later[k] += pol.Later[k] * share
		}
	}
	occLater += m.Surge
	clamp := func(v float64) float64 { return math.Max(20, math.Min(100, v)) }
	if fs.LoadMeter != "" {
		clamp = Meter(fs.LoadMeter).Clamp
	}
	wait := func(occ float64) float64 { return FlowBoarding(occ) * fs.WaitScale }
	f.OccNow = occ0
	f.OccSoon = clamp(occ0 + occNow)
	f.OccLater = clamp(f.OccSoon + occLater)
	f.EDNow = ed0
	f.EDSoon = math.Max(0, ed0+wait(f.OccSoon)-wait(occ0))
	f.EDLater = math.Max(0, f.EDSoon+wait(f.OccLater)-wait(f.OccSoon))
	f.BedsOver = f.OccLater > FlowShortage
	f.EDWorse = f.EDLater > f.EDNow+0.5*fs.WaitScale
	f.StayNow = m.Stay
	f.StayLater = m.Stay * (1 + stayFrac)
	f.Left = max(0, f.Fund-f.Spent)
	if fs.LoadMeter != "" {
		f.Now[fs.LoadMeter] += f.OccSoon - occ0
		f.Later[fs.LoadMeter] += f.OccLater - f.OccSoon
	}
	if fs.WaitMeter != "" {
		f.Now[fs.WaitMeter] += f.EDSoon - ed0
		f.Later[fs.WaitMeter] += f.EDLater - f.EDSoon
	} else {
		// no meter holds this wait: patients (members) feel it
		f.Now[PatientSatisfied] -= (f.EDSoon - ed0) * fs.SatPer
		f.Later[PatientSatisfied] -= (f.EDLater - f.EDSoon) * fs.SatPer
	}
	// money: the spend comes off the margin now. Paid per stay or visit (a DRG pays a
	// fixed amount per discharge, DOMAIN), a shorter cycle pays back later; on a
	// public budget it reaches more people instead.
	f.Now[OperatingMargin] -= float64(f.Spent) / 100000 * 0.5
	switch {
	case fs.PerCase:
		f.Later[OperatingMargin] -= stayFrac * 8
	case fs.Community:
		f.Later[CommunityHealth] -= stayFrac * 20
	}
	if fs.MLR > 0 {
		// an insurer: every point of premium paid out in care is a point off the
		// margin, and below the floor the difference goes back to members as a rebate
		f.Insurer = true
		f.MLRNow, f.MLRLater = fs.MLR, fs.MLR+mlr
		f.MLRUnder = f.MLRLater < FlowMLRFloor
		f.Later[OperatingMargin] -= math.Max(f.MLRLater, FlowMLRFloor) - math.Max(f.MLRNow, FlowMLRFloor)
	}
	if over := f.Over(); over > 0 {
		f.Now[BudgetVariance] -= float64(over) / 10000 * 0.5
	} else if m.Fund > 0 {
		f.Now[BudgetVariance] += float64(m.Fund-f.Spent) / float64(m.Fund)
	}
	f.Now[ManagerWorkload] += f.Hours
	for _, mp := range []map[string]float64{f.Now, f.Later} {
		for k, v := range mp {
			if math.Abs(v) < 1e-9 {
				delete(mp, k)
			}
		}
	}
	return f
}

// FlowMeeting is a copy of the meeting on the desk; false when none is open.
func (v View) FlowMeeting() (FlowMeeting, bool) {
	m := v.st.Sys.Flow
	if m == nil {
		return FlowMeeting{}, false
	}
	out := *m
	out.Proposals = append([]FlowProposal(nil), m.Proposals...)
	return out, true
}

// FlowForecast is what the meeting's decisions would do if Done were pressed now
// (the zero forecast when no meeting is open).
func (v View) FlowForecast() FlowForecast {
	if v.st.Sys.Flow == nil {
		return FlowForecast{}
	}
	return v.st.Sys.Flow.forecast(v.st)
}

// FlowDecide records the manager's answer to a department head's proposal.
type FlowDecide struct{ Dept, Decision string }

// Duty implements Command.
func (FlowDecide) Duty() DutyID { return SysFlow }

func (c FlowDecide) run(h *Host) error {
	m := h.State().Sys.Flow
	if m == nil {
		return ErrNotNow
	}
	switch c.Decision {
	case FlowUndecided, FlowAdopt, FlowAdapt, FlowDecline:
	default:
		return fmt.Errorf("unknown answer %q", c.Decision)
	}
	for i := range m.Proposals {
		if m.Proposals[i].Dept == c.Dept {
			m.Proposals[i].Decision = c.Decision
			return nil
		}
	}
	return fmt.Errorf("no proposal from %q", c.Dept)
}

// flowDecided reports whether the player adopted or adapted dept's proposal.
func flowDecided(m *FlowMeeting, dept string) bool {
	for _, p := range m.Proposals {
		if p.Dept == dept {
			return p.Decision == FlowAdopt || p.Decision == FlowAdapt
		}
	}
	return false
}

// flowCount picks the catalog line for n things: key_one for one, key otherwise.
func flowCount(key string, n int) Line {
	if n == 1 {
		return L(key+"_one", numArg(1, 0))
	}
	return L(key, numArg(float64(n), 0))
}

// flowN is a count as a Line argument.
func flowN(n int) string { return numArg(float64(n), 0) }

// FlowEffect is one line of a policy's full effect, for the screen's summary:
// Key is "stay" (Value in percent of the average stay) or a meter id.
type FlowEffect struct {
	Key   string
	Value float64
}

// Line words the effect for the screen, "stay −5%" or "satisfaction +2": the sign
// and the number as language-neutral arguments, whole numbers without decimals.
func (e FlowEffect) Line() Line {
	dec := 0
	if math.Abs(e.Value-math.Round(e.Value)) > 1e-9 {
		dec = 1
	}
	sign := "+"
	if e.Value < 0 {
		sign = "−"
	}
	return L("sys.flow.fx."+e.Key, sign, numArg(math.Abs(e.Value), dec))
}

// Summary lists the policy's full effect (now and later together), stay first.
func (p *FlowPolicy) Summary() []FlowEffect {
	cycle := p.Cycle
	if cycle == "" {
		cycle = "stay"
	}
	out := []FlowEffect{{Key: cycle, Value: p.Stay * 100}}
	if p.MLR != 0 {
		out = append(out, FlowEffect{Key: "mlr", Value: p.MLR})
	}
	sum := map[string]float64{}
	for k, v := range p.Now {
		sum[k] += v
	}
	for k, v := range p.Later {
		sum[k] += v
	}
	for _, k := range sortedKeys(sum) {
		if sum[k] != 0 {
			out = append(out, FlowEffect{Key: k, Value: sum[k]})
		}
	}
	return out
}

// flowDuty is the flow desk's module in the Duties table.
type flowDuty struct{}

// Open implements DutyModule.
func (flowDuty) Open(h *Host) {
	st := h.State()
	if st.Sys.Flow != nil && st.Sys.Flow.Week == st.Week {
		return
	}
	// The draft from the committee's pre-read leans toward the costly proposals,
	// which overrun the fund, and leaves the others without an answer.
	fs := FlowSettingFor(st.Setting)
	m := &FlowMeeting{Week: st.Week, Setting: st.Setting, Fund: FlowFund, Surge: FlowSurge, Stay: fs.Stay}
	if _, ok := FlowSettings[st.Setting]; !ok {
		m.Setting = "hospital"
	}
	for _, p := range fs.Policies {
		d := FlowUndecided
		if contains(fs.Draft, p.Dept) {
			d = FlowAdopt
		}
		m.Proposals = append(m.Proposals, FlowProposal{Dept: p.Dept, Decision: d})
	}
	st.Sys.Flow = m
}

// Finish implements DutyModule.
func (flowDuty) Finish(h *Host) (*Outcome, error) {
	st := h.State()
	m := st.Sys.Flow
	if m == nil {
		return nil, ErrNotNow
	}
	f := m.forecast(st)
	out := &Outcome{Title: L("sys.flow.out.title", flowN(f.Adopted), flowN(f.Adapted), flowN(f.Declined))}
	if f.Unanswered > 0 {
		out.Title = L("sys.flow.out.title_open", flowN(f.Adopted), flowN(f.Adapted), flowN(f.Declined), flowN(f.Unanswered))
	}
	// What went well is read first (within the fund, beds to spare, your own
	// department's policy), then the facts, then what went wrong.
	var db debrief
	over := f.Over()
	if over > 0 {
		db.neutral(L("sys.flow.out.spent", moneyArg(f.Spent), moneyArg(f.Fund)))
	} else {
		db.good(L("sys.flow.out.spent", moneyArg(f.Spent), moneyArg(f.Fund)))
	}
	fs := f.Setting
	// the load is the fact the crowding line explains: the two stay together
	load := L(fs.Prefix+"out.load", unitArg(f.OccNow, 0, "%"), unitArg(f.OccLater, 0, "%"), f.StayArg(f.StayNow), f.StayArg(f.StayLater))
	if f.BedsOver {
		db.bad(load, L(fs.Prefix+"out.crowded", f.WaitArg(f.EDLater)))
	} else {
		db.good(load, L(fs.Prefix+"out.clear", f.WaitArg(f.EDLater)))
	}
	if f.Insurer {
		if f.MLRUnder {
			db.bad(L("sys.flow.mco.out.mlr_under", unitArg(f.MLRNow, 1, "%"), unitArg(f.MLRLater, 1, "%")))
		} else {
			db.neutral(L("sys.flow.mco.out.mlr", unitArg(f.MLRNow, 1, "%"), unitArg(f.MLRLater, 1, "%")))
		}
	}
	if f.Declined > 0 {
		db.bad(flowCount("sys.flow.out.declined", f.Declined))
	}
	if f.Unanswered > 0 {
		db.bad(flowCount("sys.flow.out.unanswered", f.Unanswered))
	}
	if over > 0 {
		db.bad(L("sys.flow.out.over", moneyArg(over)))
	}
	if f.Own != "" && f.Bonus > 1 && flowDecided(m, f.Own) {
		db.good(L("sys.flow.out.own", unitArg(f.OwnBonusPct(), 0, "%")))
	}
	db.finish(out)
	out.Changes = h.Apply(f.Now)
	if len(f.Later) > 0 {
		msg := L(fs.Prefix+"later.landed", unitArg(f.OccLater, 0, "%"), f.WaitArg(f.EDLater))
		choice := L("sys.flow.later.choice", flowN(f.Adopted), flowN(f.Adapted), flowN(f.Declined+f.Unanswered))
		out.Later = append(out.Later, h.Later(FlowLaterWeeks, msg, f.Later, L("system.flow.title"), choice))
	}
	return out, nil
}

// Auto implements DutyModule: a plain, middle-of-the-road job of the screen, for
// bots and tests: adopt the cheap discharge policy, adapt the rest within the fund.
func (flowDuty) Auto(h *Host) {
	m := h.State().Sys.Flow
	if m == nil {
		return
	}
	auto := FlowSettingFor(m.Setting).AutoAdopt
	for i := range m.Proposals {
		if m.Proposals[i].Dept == auto {
			m.Proposals[i].Decision = FlowAdopt
		} else {
			m.Proposals[i].Decision = FlowAdapt
		}
	}
}

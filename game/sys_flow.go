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
	Fund      int            `json:"fund"`      // dollars set aside this quarter for policy changes
	Surge     float64        `json:"surge"`     // occupancy points the flu season adds in FlowLaterWeeks
	Stay      float64        `json:"stay"`      // average length of stay in days when the meeting opens (game figure)
	Proposals []FlowProposal `json:"proposals"` // one per department, in table order
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

// FlowPolicyFor returns the policy of dept, or nil.
func FlowPolicyFor(dept string) *FlowPolicy {
	for i := range FlowPolicies {
		if FlowPolicies[i].Dept == dept {
			return &FlowPolicies[i]
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
	Own        string
	OwnBonus   float64
	Bonus      float64
	Now, Later map[string]float64
}

// Over is how far the commitments exceed the fund, in dollars (0 when within it).
func (f FlowForecast) Over() int { return max(0, f.Spent-f.Fund) }

// OwnBonusPct is the own department's extra effect in percent (0 when none).
func (f FlowForecast) OwnBonusPct() float64 { return (f.OwnBonus - 1) * 100 }

// flowOwnDept returns the department a role heads, or "".
func flowOwnDept(role string) string {
	for _, p := range FlowPolicies {
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
	f := FlowForecast{Fund: m.Fund, Own: flowOwnDept(st.Role), OwnBonus: 1, Bonus: 1, Now: map[string]float64{}, Later: map[string]float64{}}
	if f.Own != "" {
		f.OwnBonus = flowBonus(st)
	}
	occ0, ed0 := mt[BedOccupancy], mt[EDMinutes]
	stayFrac, occNow, occLater := 0.0, 0.0, 0.0
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
		// beds in use = admissions x length of stay: a shorter stay frees beds in proportion
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
	occDef := Meter(BedOccupancy)
	f.OccNow = occ0
	f.OccSoon = occDef.Clamp(occ0 + occNow)
	f.OccLater = occDef.Clamp(f.OccSoon + occLater)
	f.EDNow = ed0
	f.EDSoon = ed0 + FlowBoarding(f.OccSoon) - FlowBoarding(occ0)
	f.EDLater = f.EDSoon + FlowBoarding(f.OccLater) - FlowBoarding(f.OccSoon)
	f.BedsOver = f.OccLater > FlowShortage
	f.EDWorse = f.EDLater > f.EDNow+0.5
	f.StayNow = m.Stay
	f.StayLater = m.Stay * (1 + stayFrac)
	f.Left = max(0, f.Fund-f.Spent)
	f.Now[BedOccupancy] += f.OccSoon - occ0
	f.Now[EDMinutes] += f.EDSoon - ed0
	f.Later[BedOccupancy] += f.OccLater - f.OccSoon
	f.Later[EDMinutes] += f.EDLater - f.EDSoon
	// money: the spend comes off the margin now; a shorter stay pays back later,
	// because a DRG pays a fixed amount per discharge (DOMAIN).
	f.Now[OperatingMargin] -= float64(f.Spent) / 100000 * 0.5
	f.Later[OperatingMargin] -= stayFrac * 8
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
	out := []FlowEffect{{Key: "stay", Value: p.Stay * 100}}
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
	stay := 4.5
	if st.Setting == "rehab" {
		stay = 12
	}
	// The draft from the committee's pre-read: it leaned toward pharmacy and rehab,
	// which together overrun the fund, and nobody has answered nursing or dietary.
	m := &FlowMeeting{Week: st.Week, Fund: FlowFund, Surge: FlowSurge, Stay: stay}
	for _, p := range FlowPolicies {
		d := FlowUndecided
		if p.Dept == "pharmacy" || p.Dept == "rehab" {
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
	out.Lines = append(out.Lines, L("sys.flow.out.spent", moneyArg(f.Spent), moneyArg(f.Fund)))
	out.Lines = append(out.Lines, L("sys.flow.out.beds", unitArg(f.OccNow, 0, "%"), unitArg(f.OccLater, 0, "%"), unitArg(f.StayNow, 1, "days"), unitArg(f.StayLater, 1, "days")))
	if f.BedsOver {
		out.Lines = append(out.Lines, L("sys.flow.out.ed_over", unitArg(f.EDLater, 0, "min")))
	} else {
		out.Lines = append(out.Lines, L("sys.flow.out.ed_under", unitArg(f.EDLater, 0, "min")))
	}
	if f.Declined > 0 {
		out.Lines = append(out.Lines, flowCount("sys.flow.out.declined", f.Declined))
	}
	if f.Unanswered > 0 {
		out.Lines = append(out.Lines, flowCount("sys.flow.out.unanswered", f.Unanswered))
	}
	if over := f.Over(); over > 0 {
		out.Lines = append(out.Lines, L("sys.flow.out.over", moneyArg(over)))
	}
	if f.Own != "" && f.Bonus > 1 && flowDecided(m, f.Own) {
		out.Lines = append(out.Lines, L("sys.flow.out.own", unitArg(f.OwnBonusPct(), 0, "%")))
	}
	out.Changes = h.Apply(f.Now)
	if len(f.Later) > 0 {
		msg := L("sys.flow.later.landed", unitArg(f.OccLater, 0, "%"), unitArg(f.EDLater, 0, "min"))
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
	for i := range m.Proposals {
		if m.Proposals[i].Dept == "nursing" {
			m.Proposals[i].Decision = FlowAdopt
		} else {
			m.Proposals[i].Decision = FlowAdapt
		}
	}
}

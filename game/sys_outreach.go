package game

import (
	"errors"
	"fmt"
	"math"
)

// Campaign is the state of the outreach duty screen: a community outreach or
// preventive-care campaign planned with a fixed budget. The manager picks a target
// and buys units of outreach channels; each extra unit of the same channel reaches
// fewer new people (diminishing returns), and the effect lands partly now and
// partly over the next two weeks. Spending more than the budget is refused.
type Campaign struct {
	Week   int            `json:"week"`
	Target string         `json:"target"` // flu, bp, diabetes, prenatal
	Budget int            `json:"budget"`
	Units  []CampaignUnit `json:"units"` // one per channel, in table order
	// Needs are the two priority needs named in the community assessment the
	// setting follows (see CommunityAssessment; a CHNA only in a hospital); a
	// campaign on one gives the improvement plan progress to report.
	Needs []string `json:"needs"`
	// Setting is the workplace the desk was dealt for (OutreachDesks); a campaign saved
	// before desks had their own setting is a hospital's.
	Setting string `json:"setting,omitempty"`
}

// CampaignUnit is how many units of one channel the plan buys.
type CampaignUnit struct {
	Channel string `json:"channel"`
	Count   int    `json:"count"`
}

// OutreachTarget is a preventive-care goal. Base is the target measure before the
// campaign (a game figure; for flu it moves the community preventive-care meter point for point);
// Spill is the share of the campaign's points that reach the community preventive-care
// meter (people who come for a screening also get their flu shot).
type OutreachTarget struct {
	ID    string
	Base  float64
	Spill float64
}

// OutreachTargets are a hospital's campaign goals, in screen order.
var OutreachTargets = []OutreachTarget{
	{ID: "flu", Spill: 1},
	{ID: "bp", Base: 60, Spill: 0.3},
	{ID: "diabetes", Base: 10, Spill: 0.3},
	{ID: "prenatal", Base: 70, Spill: 0.3},
}

// OutreachMoreTargets are the goals other settings run (OutreachDesks): a practice's
// overdue cancer screening, a rehab facility's falls, caregivers and medicines, a
// health plan's diabetes tests. Bases are game figures.
var OutreachMoreTargets = []OutreachTarget{
	{ID: "screening", Base: 65, Spill: 0.3},
	{ID: "falls", Base: 40, Spill: 0.3},
	{ID: "caregiver", Base: 30, Spill: 0.3},
	{ID: "meds", Base: 50, Spill: 0.3},
	{ID: "a1c", Base: 75, Spill: 0.3},
}

// OutreachDesk is what the outreach desk holds in one kind of workplace: its four
// goals and five channels (screen order), its budget, last season's plan (the draft)
// and who the campaign is for (sys.outreach.who.<setting>).
type OutreachDesk struct {
	Targets  []string
	Channels []string
	Budget   int
	Draft    map[string]int
}

// OutreachDesks is each setting's outreach desk: a hospital's community campaign; a
// clinic's walk-in screening days; a health department's community-wide events with
// partners; a practice's recall of its own patients; a rehab facility's fall
// prevention and caregiver education; a health plan's member reminders and care
// management calls.
var OutreachDesks = map[string]OutreachDesk{
	"hospital": {Targets: []string{"flu", "bp", "diabetes", "prenatal"}, Channels: []string{"reminders", "mobile", "employer", "ads", "chw"},
		Budget: OutreachBudget, Draft: map[string]int{"ads": 3, "mobile": 1}},
	"clinic": {Targets: []string{"flu", "bp", "diabetes", "prenatal"}, Channels: []string{"reminders", "walkin", "chw", "mobile", "employer"},
		Budget: OutreachBudget, Draft: map[string]int{"walkin": 1, "mobile": 2}},
	"gov-agency": {Targets: []string{"flu", "bp", "diabetes", "prenatal"}, Channels: []string{"reminders", "events", "schools", "chw", "ads"},
		Budget: OutreachBudget, Draft: map[string]int{"ads": 3, "events": 1}},
	"practice": {Targets: []string{"flu", "bp", "screening", "diabetes"}, Channels: []string{"recall", "calls", "standing", "saturday", "posters"},
		Budget: 30000, Draft: map[string]int{"posters": 3, "saturday": 1}},
	"rehab": {Targets: []string{"falls", "caregiver", "flu", "meds"}, Channels: []string{"balance", "homecheck", "carers", "pharmreview", "reminders"},
		Budget: OutreachBudget, Draft: map[string]int{"reminders": 3, "carers": 1}},
	"mco": {Targets: []string{"flu", "a1c", "screening", "prenatal"}, Channels: []string{"memberrem", "caremgmt", "gaps", "rewards", "pharmacy"},
		Budget: OutreachBudget, Draft: map[string]int{"rewards": 3, "memberrem": 1}},
}

// Where is the setting the campaign was dealt for ("hospital" for an old save).
func (c *Campaign) Where() string {
	if _, ok := OutreachDesks[c.Setting]; ok {
		return c.Setting
	}
	return "hospital"
}

// desk is the campaign's setting's desk.
func (c *Campaign) desk() OutreachDesk { return OutreachDesks[c.Where()] }

// OutreachChannel is a way to reach people. Effect is the target measure's points
// for the first unit, by target; each further unit adds half the one before.
// Timing is the share that lands now, in one week and in two weeks.
type OutreachChannel struct {
	ID     string
	Cost   int
	Max    int
	Effect map[string]float64
	Timing [3]float64
}

// OutreachChannels are a hospital's channels, in screen order. Sizes are game design; the
// reminder/recall sizes follow the Community Guide (about 6 points alone, up to 12).
var OutreachChannels = []OutreachChannel{
	{ID: "reminders", Cost: 4000, Max: 4, Effect: map[string]float64{"flu": 6, "bp": 4, "diabetes": 2, "prenatal": 3, "falls": 1, "caregiver": 2, "meds": 1}, Timing: [3]float64{0.4, 0.3, 0.3}},
	{ID: "mobile", Cost: 9000, Max: 3, Effect: map[string]float64{"flu": 2.5, "bp": 5, "diabetes": 2, "prenatal": 1.5}, Timing: [3]float64{0.8, 0.2, 0}},
	{ID: "employer", Cost: 6000, Max: 4, Effect: map[string]float64{"flu": 2, "bp": 4, "diabetes": 4, "prenatal": 1}, Timing: [3]float64{0.2, 0.4, 0.4}},
	{ID: "ads", Cost: 5000, Max: 4, Effect: map[string]float64{"flu": 1, "bp": 1.5, "diabetes": 1, "prenatal": 1.5}, Timing: [3]float64{0.3, 0.4, 0.3}},
	{ID: "chw", Cost: 8000, Max: 4, Effect: map[string]float64{"flu": 2, "bp": 3, "diabetes": 4, "prenatal": 5}, Timing: [3]float64{0.2, 0.3, 0.5}},
}

// OutreachMoreChannels are the channels of the other settings' desks (OutreachDesks).
// Sizes are game design.
var OutreachMoreChannels = []OutreachChannel{
	// a clinic's walk-in screening days
	{ID: "walkin", Cost: 7000, Max: 4, Effect: map[string]float64{"flu": 3, "bp": 5, "diabetes": 3, "prenatal": 1.5}, Timing: [3]float64{0.8, 0.2, 0}},
	// a health department's community-wide events with partners
	{ID: "events", Cost: 9000, Max: 3, Effect: map[string]float64{"flu": 4, "bp": 4, "diabetes": 2, "prenatal": 1.5}, Timing: [3]float64{0.7, 0.3, 0}},
	{ID: "schools", Cost: 6000, Max: 4, Effect: map[string]float64{"flu": 5, "bp": 0.5, "diabetes": 0.5, "prenatal": 0.5}, Timing: [3]float64{0.6, 0.3, 0.1}},
	// a practice's own patients
	{ID: "recall", Cost: 3000, Max: 4, Effect: map[string]float64{"flu": 6, "bp": 4, "screening": 5, "diabetes": 2}, Timing: [3]float64{0.4, 0.3, 0.3}},
	{ID: "calls", Cost: 5000, Max: 4, Effect: map[string]float64{"flu": 3, "bp": 4, "screening": 5, "diabetes": 3}, Timing: [3]float64{0.3, 0.4, 0.3}},
	{ID: "standing", Cost: 4000, Max: 2, Effect: map[string]float64{"flu": 4, "bp": 2, "screening": 2, "diabetes": 1}, Timing: [3]float64{0.3, 0.4, 0.3}},
	{ID: "saturday", Cost: 8000, Max: 3, Effect: map[string]float64{"flu": 4, "bp": 3, "screening": 2, "diabetes": 2}, Timing: [3]float64{0.8, 0.2, 0}},
	{ID: "posters", Cost: 2000, Max: 4, Effect: map[string]float64{"flu": 1, "bp": 1, "screening": 1, "diabetes": 1}, Timing: [3]float64{0.3, 0.4, 0.3}},
	// a rehab facility's fall prevention and caregiver education
	{ID: "balance", Cost: 6000, Max: 4, Effect: map[string]float64{"falls": 6, "caregiver": 1, "flu": 0.5, "meds": 0.5}, Timing: [3]float64{0.2, 0.4, 0.4}},
	{ID: "homecheck", Cost: 7000, Max: 3, Effect: map[string]float64{"falls": 5, "caregiver": 3, "flu": 0.5, "meds": 1}, Timing: [3]float64{0.3, 0.4, 0.3}},
	{ID: "carers", Cost: 5000, Max: 4, Effect: map[string]float64{"falls": 3, "caregiver": 6, "flu": 1, "meds": 2}, Timing: [3]float64{0.3, 0.4, 0.3}},
	{ID: "pharmreview", Cost: 6000, Max: 3, Effect: map[string]float64{"falls": 4, "caregiver": 1, "flu": 0.5, "meds": 6}, Timing: [3]float64{0.4, 0.3, 0.3}},
	// a health plan's members
	{ID: "memberrem", Cost: 4000, Max: 4, Effect: map[string]float64{"flu": 5, "a1c": 3, "screening": 4, "prenatal": 2}, Timing: [3]float64{0.4, 0.3, 0.3}},
	{ID: "caremgmt", Cost: 9000, Max: 3, Effect: map[string]float64{"flu": 2, "a1c": 6, "screening": 3, "prenatal": 5}, Timing: [3]float64{0.2, 0.4, 0.4}},
	{ID: "gaps", Cost: 5000, Max: 4, Effect: map[string]float64{"flu": 2, "a1c": 4, "screening": 4, "prenatal": 2}, Timing: [3]float64{0.2, 0.4, 0.4}},
	{ID: "rewards", Cost: 6000, Max: 4, Effect: map[string]float64{"flu": 1.5, "a1c": 2, "screening": 3, "prenatal": 2}, Timing: [3]float64{0.3, 0.4, 0.3}},
	{ID: "pharmacy", Cost: 7000, Max: 3, Effect: map[string]float64{"flu": 5, "a1c": 1, "screening": 0.5, "prenatal": 0.5}, Timing: [3]float64{0.7, 0.3, 0}},
}

// The campaign's tuning (game design).
const (
	OutreachBudget    = 40000 // the campaign's fixed budget
	outreachFalloff   = 0.5   // each extra unit of a channel adds this share of the one before
	outreachCHWFactor = 1.5   // community health workers in a public agency or a clinic
	outreachBoard     = 2.0   // board confidence when the campaign answers an assessed need
)

// OutreachTargetFor returns the target with id, or nil.
func OutreachTargetFor(id string) *OutreachTarget {
	for i := range OutreachTargets {
		if OutreachTargets[i].ID == id {
			return &OutreachTargets[i]
		}
	}
	for i := range OutreachMoreTargets {
		if OutreachMoreTargets[i].ID == id {
			return &OutreachMoreTargets[i]
		}
	}
	return nil
}

// OutreachChannelFor returns the channel with id, or nil.
func OutreachChannelFor(id string) *OutreachChannel {
	for i := range OutreachChannels {
		if OutreachChannels[i].ID == id {
			return &OutreachChannels[i]
		}
	}
	for i := range OutreachMoreChannels {
		if OutreachMoreChannels[i].ID == id {
			return &OutreachMoreChannels[i]
		}
	}
	return nil
}

// The refusals of an add, which the screen words for the player.
var (
	ErrOutreachOverBudget = errors.New("outreach: that unit would take the plan over its budget")
	ErrOutreachAtLimit    = errors.New("outreach: that channel is at its limit")
)

// outreachCHWBonus reports whether community health workers count extra in a
// setting: a government health agency or a clinic already works in the neighbourhoods.
func outreachCHWBonus(setting string) bool {
	return setting == "gov-agency" || setting == "clinic"
}

// OutreachForecast is what the screen shows and Done applies. The flags the screen
// raises are decided here too, so the rule lives once.
type OutreachForecast struct {
	Budget, Spent int
	Before, After float64 // the target measure, in percent
	MeterBefore   float64 // the community preventive-care meter
	MeterAfter    float64
	// TargetIsMeter is true when the target measure is read off the community preventive-care
	// meter itself (flu): the screen then shows one pair of bars, not two.
	TargetIsMeter bool
	Points        [3]float64           // target points landing now, in one week, in two weeks
	Next          map[string]float64   // points one more unit of each channel would add (0: at its limit)
	Last          map[string]float64   // points the last unit of each channel adds (0: none bought)
	UnitPoints    map[string][]float64 // points each bought unit of a channel adds, in order
	Channels      int                  // channels with at least one unit
	Repeats       bool                 // some channel has two units or more (diminishing returns)
	// Diminished is the first channel (in table order) with two units or more whose
	// last unit adds less than a point: the screen warns about it ("" when none).
	Diminished string
	Need       bool // the target is a priority need of the community assessment
	CHWBonus   bool
	MCO        bool
	// QualitySpend is what a health plan spends on the campaign, which the debrief
	// weighs against its medical loss ratio (0 outside a health plan).
	QualitySpend int
	Effects      [3]map[string]float64 // meter effects now, in one week, in two weeks
}

// Total is the target measure's projected points, now and later together.
func (f OutreachForecast) Total() float64 { return f.Points[0] + f.Points[1] + f.Points[2] }

// Left is the budget not yet spent.
func (f OutreachForecast) Left() int { return f.Budget - f.Spent }

// SpentShare is the share of the budget spent, 0..1.
func (f OutreachForecast) SpentShare() float64 {
	if f.Budget <= 0 {
		return 0
	}
	return math.Min(1, float64(f.Spent)/float64(f.Budget))
}

// outreachUnitPoints is what unit k (1-based) of channel ch adds toward target.
func outreachUnitPoints(ch *OutreachChannel, target string, k int, chwBonus bool) float64 {
	p := ch.Effect[target] * math.Pow(outreachFalloff, float64(k-1))
	if ch.ID == "chw" && chwBonus {
		p *= outreachCHWFactor
	}
	return p
}

// forecast projects the campaign onto the target measure and the meters.
func (c *Campaign) forecast(st *State) OutreachForecast {
	mt := st.Facility.Meters
	t := OutreachTargetFor(c.Target)
	if t == nil || !contains(c.desk().Targets, t.ID) {
		t = OutreachTargetFor(c.desk().Targets[0])
	}
	bonus := outreachCHWBonus(st.Setting)
	f := OutreachForecast{Budget: c.Budget, Next: map[string]float64{}, Last: map[string]float64{}, UnitPoints: map[string][]float64{},
		CHWBonus: bonus, MCO: st.Setting == "mco", Need: contains(c.Needs, t.ID), TargetIsMeter: t.ID == "flu"}
	for i := range f.Effects {
		f.Effects[i] = map[string]float64{}
	}
	for _, u := range c.Units {
		ch := OutreachChannelFor(u.Channel)
		if ch == nil {
			continue
		}
		f.Spent += ch.Cost * u.Count
		if u.Count > 0 {
			f.Channels++
			f.Last[ch.ID] = outreachUnitPoints(ch, t.ID, u.Count, bonus)
		}
		if u.Count >= 2 {
			f.Repeats = true
		}
		if u.Count < ch.Max {
			f.Next[ch.ID] = outreachUnitPoints(ch, t.ID, u.Count+1, bonus)
		}
		for k := 1; k <= u.Count; k++ {
			p := outreachUnitPoints(ch, t.ID, k, bonus)
			f.UnitPoints[ch.ID] = append(f.UnitPoints[ch.ID], p)
			for w := range f.Points {
				f.Points[w] += p * ch.Timing[w]
			}
		}
	}
	for _, id := range c.desk().Channels {
		if c.Count(id) >= 2 && f.Last[id] < 1 {
			f.Diminished = id
			break
		}
	}
	f.MeterBefore = mt[CommunityHealth]
	f.Before = t.Base
	if f.TargetIsMeter {
		f.Before = f.MeterBefore
	}
	f.After = math.Min(100, f.Before+f.Total())
	f.MeterAfter = Meter(CommunityHealth).Clamp(f.MeterBefore + f.Total()*t.Spill)
	for w := range f.Points {
		f.Effects[w][CommunityHealth] = f.Points[w] * t.Spill
	}
	// money: the spend comes off the margin; what is left over shows as a
	// favourable variance against the campaign's budget.
	f.Effects[0][OperatingMargin] = -float64(f.Spent) / float64(OutreachBudget) * 0.3
	if f.MCO {
		f.QualitySpend = f.Spent
	}
	if c.Budget > 0 {
		f.Effects[0][BudgetVariance] = float64(f.Left()) / float64(c.Budget)
	}
	f.Effects[0][ManagerWorkload] = float64(f.Channels)
	if f.Need && f.Spent > 0 {
		f.Effects[0][BoardConfidence] = outreachBoard
	}
	// prevention keeps people out of the ED; under capitation the plan keeps the savings
	if f.MCO {
		f.Effects[2][EDMinutes] = -f.Total() * 0.3
		f.Effects[2][OperatingMargin] = f.Total() * 0.04
	} else {
		f.Effects[2][EDMinutes] = -f.Total() * 0.1
	}
	for _, m := range f.Effects {
		for k, v := range m {
			if math.Abs(v) < 1e-9 {
				delete(m, k)
			}
		}
	}
	return f
}

// The community assessments a setting's outreach plan can follow. Only a nonprofit
// hospital's licensed hospital facility is bound by the community health needs
// assessment (CHNA, IRC 501(r)(3)); a health department does a community health
// assessment and improvement plan (CHA/CHIP); a federally funded health center does a
// needs assessment for its grant (HRSA); everyone else works from the county health
// department's CHA. The catalog names each: sys.outreach.needs.<kind>,
// sys.outreach.fact.<kind>.*.
const (
	AssessCHNA   = "chna"   // hospital
	AssessCHA    = "cha"    // government health agency
	AssessHRSA   = "hrsa"   // community clinic (a health center)
	AssessCounty = "county" // practice, rehab facility, health plan
)

// CommunityAssessment is the assessment an outreach plan in setting follows.
func CommunityAssessment(setting string) string {
	switch setting {
	case "hospital":
		return AssessCHNA
	case "gov-agency":
		return AssessCHA
	case "clinic":
		return AssessHRSA
	}
	return AssessCounty
}

// OutreachAssessment is the community assessment this run's outreach plan follows.
func (v View) OutreachAssessment() string { return CommunityAssessment(v.st.Setting) }

// OutreachDeskTargets are the goals on this run's outreach desk, in screen order.
func (v View) OutreachDeskTargets() []OutreachTarget {
	var out []OutreachTarget
	if c := v.st.Sys.Outreach; c != nil {
		for _, id := range c.desk().Targets {
			out = append(out, *OutreachTargetFor(id))
		}
	}
	return out
}

// OutreachDeskChannels are the channels on this run's outreach desk, in screen order.
func (v View) OutreachDeskChannels() []OutreachChannel {
	var out []OutreachChannel
	if c := v.st.Sys.Outreach; c != nil {
		for _, id := range c.desk().Channels {
			out = append(out, *OutreachChannelFor(id))
		}
	}
	return out
}

// OutreachWho is who this run's campaign is for: the setting the desk was dealt for
// (the catalog's sys.outreach.who.<setting>).
func (v View) OutreachWho() string {
	if c := v.st.Sys.Outreach; c != nil {
		return c.Where()
	}
	return "hospital"
}

// OutreachCampaign is a copy of the campaign on the desk; false when none is open.
func (v View) OutreachCampaign() (Campaign, bool) {
	c := v.st.Sys.Outreach
	if c == nil {
		return Campaign{}, false
	}
	out := *c
	out.Units = append([]CampaignUnit(nil), c.Units...)
	out.Needs = append([]string(nil), c.Needs...)
	return out, true
}

// OutreachForecast is what the campaign would do if Done were pressed now (the
// zero forecast when no campaign is open).
func (v View) OutreachForecast() OutreachForecast {
	if v.st.Sys.Outreach == nil {
		return OutreachForecast{}
	}
	return v.st.Sys.Outreach.forecast(v.st)
}

// OutreachSetTarget picks the campaign's preventive-care goal.
type OutreachSetTarget struct{ Target string }

// Duty implements Command.
func (OutreachSetTarget) Duty() DutyID { return SysOutreach }

func (c OutreachSetTarget) run(h *Host) error {
	camp := h.State().Sys.Outreach
	if camp == nil {
		return ErrNotNow
	}
	if OutreachTargetFor(c.Target) == nil || !contains(camp.desk().Targets, c.Target) {
		return fmt.Errorf("unknown campaign target %q", c.Target)
	}
	camp.Target = c.Target
	return nil
}

// OutreachAdd buys one more unit of a channel. It is refused with
// ErrOutreachAtLimit past the channel's limit and with ErrOutreachOverBudget when
// the unit would take the plan over its budget.
type OutreachAdd struct{ Channel string }

// Duty implements Command.
func (OutreachAdd) Duty() DutyID { return SysOutreach }

func (c OutreachAdd) run(h *Host) error {
	camp := h.State().Sys.Outreach
	if camp == nil {
		return ErrNotNow
	}
	ch := OutreachChannelFor(c.Channel)
	if ch == nil || !contains(camp.desk().Channels, c.Channel) {
		return fmt.Errorf("unknown channel %q", c.Channel)
	}
	if camp.Count(c.Channel) >= ch.Max {
		return ErrOutreachAtLimit
	}
	if camp.spent()+ch.Cost > camp.Budget {
		return ErrOutreachOverBudget
	}
	camp.unit(c.Channel).Count++
	return nil
}

// OutreachRemove drops one unit of a channel.
type OutreachRemove struct{ Channel string }

// Duty implements Command.
func (OutreachRemove) Duty() DutyID { return SysOutreach }

func (c OutreachRemove) run(h *Host) error {
	camp := h.State().Sys.Outreach
	if camp == nil {
		return ErrNotNow
	}
	if OutreachChannelFor(c.Channel) == nil {
		return fmt.Errorf("unknown channel %q", c.Channel)
	}
	if camp.Count(c.Channel) == 0 {
		return fmt.Errorf("no %s in the plan", c.Channel)
	}
	camp.unit(c.Channel).Count--
	return nil
}

// spent is what the plan's units cost.
func (c *Campaign) spent() int {
	n := 0
	for _, u := range c.Units {
		if ch := OutreachChannelFor(u.Channel); ch != nil {
			n += ch.Cost * u.Count
		}
	}
	return n
}

// unit returns the plan's line for channel, adding it when missing.
func (c *Campaign) unit(channel string) *CampaignUnit {
	for i := range c.Units {
		if c.Units[i].Channel == channel {
			return &c.Units[i]
		}
	}
	c.Units = append(c.Units, CampaignUnit{Channel: channel})
	return &c.Units[len(c.Units)-1]
}

// Count returns how many units of channel the plan buys.
func (c Campaign) Count(channel string) int {
	for _, u := range c.Units {
		if u.Channel == channel {
			return u.Count
		}
	}
	return 0
}

// outreachDuty is the outreach desk's module in the Duties table.
type outreachDuty struct{}

// Open implements DutyModule.
func (outreachDuty) Open(h *Host) {
	st := h.State()
	if c := st.Sys.Outreach; c != nil && c.Week == st.Week && (c.Where() == st.Setting || OutreachDesks[st.Setting].Budget == 0) {
		return
	}
	// The draft is last season's plan, the setting's own (in a hospital three weeks of
	// radio and social ads and one mobile clinic day): no reminders, and money left
	// on the table.
	where := st.Setting
	if _, ok := OutreachDesks[where]; !ok {
		where = "hospital"
	}
	desk := OutreachDesks[where]
	c := &Campaign{Week: st.Week, Target: desk.Targets[0], Budget: desk.Budget, Setting: where}
	for _, id := range desk.Channels {
		c.Units = append(c.Units, CampaignUnit{Channel: id, Count: desk.Draft[id]})
	}
	// the assessment names two of the four needs
	n := len(desk.Targets)
	i := st.RNG.Intn(n)
	j := (i + 1 + st.RNG.Intn(n-1)) % n
	for k, t := range desk.Targets {
		if k == i || k == j {
			c.Needs = append(c.Needs, t)
		}
	}
	st.Sys.Outreach = c
}

// Finish implements DutyModule.
func (outreachDuty) Finish(h *Host) (*Outcome, error) {
	st := h.State()
	c := st.Sys.Outreach
	if c == nil {
		return nil, ErrNotNow
	}
	f := c.forecast(st)
	pts := func(v float64) string { return numArg(v, 1) }
	pct := func(v float64) string { return unitArg(v, 0, "%") }
	out := &Outcome{Title: L("sys.outreach.out.title."+c.Target, moneyArg(f.Spent), moneyArg(f.Budget))}
	// What went well is read first (the measure rising, the channels that work, a
	// named need answered), then the facts, then what went wrong.
	var db debrief
	if f.Spent == 0 {
		db.bad(L("sys.outreach.out.nothing"))
	} else {
		// the timing says when the measure's rise lands: the two stay together
		db.judged(f.After > f.Before, L("sys.outreach.out.measure."+c.Target, pct(f.Before), pct(f.After), pct(f.MeterBefore), pct(f.MeterAfter)),
			L("sys.outreach.out.timing", pts(f.Points[0]), pts(f.Points[1]), pts(f.Points[2])))
	}
	if f.Repeats {
		db.bad(L("sys.outreach.out.diminishing"))
	}
	if c.Count("reminders") > 0 && c.Target == "flu" {
		db.good(L("sys.outreach.out.reminders"))
	}
	if f.CHWBonus && c.Count("chw") > 0 {
		db.good(L("sys.outreach.out.chw"))
	}
	if f.MCO && f.Spent > 0 {
		db.neutral(L("sys.outreach.out.mco"), L("sys.outreach.out.mlr", moneyArg(f.QualitySpend)))
	}
	// Whose assessment named the need depends on the workplace: a practice has no
	// community assessment, a health plan assesses its members.
	if f.Need {
		db.good(L(Variant("sys.outreach.out.need", h.State().Setting)))
	} else {
		db.bad(L(Variant("sys.outreach.out.not_need", h.State().Setting)))
	}
	db.finish(out)
	out.Changes = h.Apply(f.Effects[0])
	cause := L("system.outreach.title")
	choice := L("sys.outreach.later.choice", moneyArg(f.Spent))
	queued := false
	for w := 1; w < len(f.Effects); w++ {
		if len(f.Effects[w]) == 0 {
			continue
		}
		h.Later(w, L("sys.outreach.later.week", pts(f.Points[w])), f.Effects[w], cause, choice)
		queued = true
	}
	if queued {
		out.Later = append(out.Later, L("sys.outreach.out.later"))
	}
	return out, nil
}

// Auto implements DutyModule: a plain, middle-of-the-road job of the screen, for
// bots and tests: a flu campaign with reminders, a mobile clinic day, an employer
// and one community health worker, and the ads cut back to one week.
func (outreachDuty) Auto(h *Host) {
	c := h.State().Sys.Outreach
	if c == nil {
		return
	}
	c.Target = "flu"
	first := c.desk().Channels[0]
	for i := range c.Units {
		n := 1
		if c.Units[i].Channel == first {
			n = 2
		}
		c.Units[i].Count = n
	}
}

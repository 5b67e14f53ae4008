package game

import (
	"fmt"
	"math"
)

// MeterID names one of the facility's measures.
type MeterID = string

// The facility's meters. Each is a real measure a manager watches; what it means, its
// formula, benchmark and source are in the UI catalog under meter.<id>.* and listed
// in scenarios/README.md.
const (
	OperatingMargin   MeterID = "operating_margin"
	DaysCashOnHand    MeterID = "days_cash"
	BudgetVariance    MeterID = "budget_variance"
	DenialRate        MeterID = "denial_rate"
	StaffingCoverage  MeterID = "staffing_coverage"
	OvertimeShare     MeterID = "overtime"
	RNTurnover        MeterID = "rn_turnover"
	EDMinutes         MeterID = "ed_minutes"
	BedOccupancy      MeterID = "bed_occupancy"
	PatientSatisfied  MeterID = "patient_satisfaction"
	MaintenanceDone   MeterID = "maintenance"
	HIPAAGaps         MeterID = "hipaa_gaps"
	BoardConfidence   MeterID = "board_confidence"
	CommunityHealth   MeterID = "community_health"
	ManagerWorkload   MeterID = "workload"
	PlayerStress      MeterID = "stress"
	PlayerMoney       MeterID = "money"
	PlayerDebt        MeterID = "debt"
	SkillPointsPrefix         = "skill."
)

// Good says which way a meter should move.
type Good int

// Directions a meter can be good in.
const (
	HigherIsBetter Good = iota
	LowerIsBetter
	// InBand is good between Low and High and worse the further outside it is on
	// either side (bed occupancy: empty beds lose money, a full house means waits).
	InBand
)

// MeterDef describes a meter's range, start and benchmark.
type MeterDef struct {
	ID        MeterID
	Unit      string // "%", "days", "min", "h", "" (a score or count)
	Min, Max  float64
	Start     float64
	Good      Good
	Benchmark float64
	Decimals  int
	// Low and High bound the target band of an InBand meter (zero otherwise).
	Low, High float64
}

// MeterDefs lists the facility meters in dashboard order.
var MeterDefs = []MeterDef{
	{OperatingMargin, "%", -20, 20, 1.4, HigherIsBetter, 1.4, 1, 0, 0},
	{DaysCashOnHand, "days", 0, 400, 161, HigherIsBetter, 161, 0, 0, 0},
	{BudgetVariance, "%", -30, 30, 0, HigherIsBetter, 0, 1, 0, 0},
	{DenialRate, "%", 0, 60, 15, LowerIsBetter, 15, 1, 0, 0},
	{StaffingCoverage, "%", 0, 100, 96, HigherIsBetter, 100, 0, 0, 0},
	{OvertimeShare, "%", 0, 40, 5, LowerIsBetter, 5, 1, 0, 0},
	{RNTurnover, "%", 0, 60, 16.4, LowerIsBetter, 16.4, 1, 0, 0},
	{EDMinutes, "min", 60, 600, 162, LowerIsBetter, 162, 0, 0, 0},
	// bed occupancy: a band, 75-85% (DOMAIN.md: 85% is the shortage threshold, and
	// hospitals plan for roughly 75-85%); the benchmark shown is the 85% threshold
	{BedOccupancy, "%", 20, 100, 75, InBand, 85, 0, 75, 85},
	{PatientSatisfied, "", 0, 100, 70, HigherIsBetter, 70, 0, 0, 0},
	{MaintenanceDone, "%", 0, 100, 96, HigherIsBetter, 100, 0, 0, 0},
	{HIPAAGaps, "", 0, 20, 3, LowerIsBetter, 0, 0, 0, 0},
	{BoardConfidence, "", 0, 100, 60, HigherIsBetter, 60, 0, 0, 0},
	{CommunityHealth, "%", 0, 100, 62, HigherIsBetter, 70, 0, 0, 0},
	{ManagerWorkload, "h", 30, 90, 48, LowerIsBetter, 40, 0, 0, 0},
}

// meterSettings lists the settings a meter belongs to, for the meters that are not
// every workplace's: their benchmarks come from hospital data (CMS's ED measure,
// NSI's hospital RN turnover, hospital bed occupancy), so a practice, a clinic, a
// health department or a health plan neither sees them nor has them moved. An
// inpatient rehabilitation facility has beds and a nursing staff, but no ED.
var meterSettings = map[MeterID][]string{
	BedOccupancy: {"hospital", "rehab"},
	EDMinutes:    {"hospital"},
	RNTurnover:   {"hospital", "rehab"},
}

// In reports whether the meter belongs to the setting ("" before the job: all do).
func (d *MeterDef) In(setting string) bool {
	only, ok := meterSettings[d.ID]
	return !ok || setting == "" || contains(only, setting)
}

// metersBySetting caches MetersIn, so the dashboard allocates nothing per frame.
var metersBySetting = map[string][]*MeterDef{}

func init() {
	for _, se := range []string{"", "hospital", "practice", "gov-agency", "rehab", "clinic", "mco"} {
		metersBySetting[se] = metersIn(se)
	}
}

func metersIn(setting string) []*MeterDef {
	var out []*MeterDef
	for i := range MeterDefs {
		if MeterDefs[i].In(setting) {
			out = append(out, &MeterDefs[i])
		}
	}
	return out
}

// MetersIn lists the meters of a setting, in dashboard order.
func MetersIn(setting string) []*MeterDef {
	if m, ok := metersBySetting[setting]; ok {
		return m
	}
	return metersIn(setting)
}

// PlayerStats are the non-meter numbers an effect may move.
var PlayerStats = []string{PlayerStress, PlayerMoney, PlayerDebt}

// Meter returns the definition of id, or nil.
func Meter(id MeterID) *MeterDef {
	for i := range MeterDefs {
		if MeterDefs[i].ID == id {
			return &MeterDefs[i]
		}
	}
	return nil
}

// Format shows a meter value with its unit, e.g. "1.4%" or "161 days".
func (d *MeterDef) Format(v float64) string {
	s := fmt.Sprintf("%.*f", d.Decimals, v)
	switch d.Unit {
	case "":
		return s
	case "%":
		return s + "%"
	default:
		return s + " " + d.Unit
	}
}

// Clamp keeps v in the meter's range.
func (d *MeterDef) Clamp(v float64) float64 { return math.Max(d.Min, math.Min(d.Max, v)) }

// Better reports whether moving from a to b is an improvement.
func (d *MeterDef) Better(a, b float64) bool {
	switch d.Good {
	case LowerIsBetter:
		return b < a
	case InBand:
		return d.OffBand(b) < d.OffBand(a)
	}
	return b > a
}

// WithinBand reports a move of an InBand meter that starts and ends inside its band:
// neither better nor worse, so no screen calls it either.
func (d *MeterDef) WithinBand(a, b float64) bool {
	return d.Good == InBand && d.OffBand(a) == 0 && d.OffBand(b) == 0
}

// OffBand is how far v lies outside an InBand meter's band (0 inside it, and 0 for
// other meters).
func (d *MeterDef) OffBand(v float64) float64 {
	if d.Good != InBand {
		return 0
	}
	return math.Max(0, math.Max(d.Low-v, v-d.High))
}

// BetterChange reports whether a change of delta that left the meter at now was an
// improvement.
func (d *MeterDef) BetterChange(now, delta float64) bool { return d.Better(now-delta, now) }

// Health scores how healthy a value is against the benchmark, from 0 (bad) to 1 (good).
// The dashboard uses it for the bar length and the report for the ending.
func (d *MeterDef) Health(v float64) float64 {
	span := (d.Max - d.Min) / 4
	if span <= 0 {
		return 0.5
	}
	if d.Good == InBand {
		// inside the band is as healthy as a meter well past its benchmark
		return math.Max(0, math.Min(1, 0.9-d.OffBand(v)/span*0.6))
	}
	diff := (v - d.Benchmark) / span
	if d.Good == LowerIsBetter {
		diff = -diff
	}
	return math.Max(0, math.Min(1, 0.6+diff*0.6))
}

// rawHealth is Health without the 0..1 clamp, so a bot still sees a move on a meter
// that is already far off.
func (d *MeterDef) rawHealth(v float64) float64 {
	span := (d.Max - d.Min) / 4
	if span <= 0 {
		return 0.5
	}
	if d.Good == InBand {
		return 0.9 - d.OffBand(v)/span*0.6
	}
	diff := (v - d.Benchmark) / span
	if d.Good == LowerIsBetter {
		diff = -diff
	}
	return 0.6 + diff*0.6
}

// Facility holds the meters of the facility the player runs.
type Facility struct {
	Meters map[MeterID]float64 `json:"meters"`
}

// NewFacility starts every meter at its default, then applies the setting's overrides.
func NewFacility(s *Setting) Facility {
	f := Facility{Meters: make(map[MeterID]float64, len(MeterDefs))}
	for _, d := range MeterDefs {
		f.Meters[d.ID] = d.Start
	}
	if s != nil {
		for _, id := range sortedKeys(s.Meters) {
			if d := Meter(id); d != nil {
				f.Meters[id] = d.Clamp(s.Meters[id])
			}
		}
	}
	return f
}

// Add moves a meter by delta within its range and returns the change actually made.
func (f *Facility) Add(id MeterID, delta float64) float64 {
	d := Meter(id)
	if d == nil || math.IsNaN(delta) || math.IsInf(delta, 0) {
		return 0
	}
	old := f.Meters[id]
	f.Meters[id] = d.Clamp(old + delta)
	return f.Meters[id] - old
}

// Snapshot copies the meters.
func (f *Facility) Snapshot() map[MeterID]float64 {
	out := make(map[MeterID]float64, len(f.Meters))
	for k, v := range f.Meters {
		out[k] = v
	}
	return out
}

// maintenanceDrift is where routine maintenance would settle with no push (game
// design: a little below the start, so skipped work shows).
const maintenanceDrift = 97

// workloadSettle is the share of the manager's extra hours that a week's routine
// settles (a project's hours end when it does). Game design, tuned with cmd/bot.
const workloadSettle = 0.4

// Tick runs one week of a facility that has every meter, each at home at its
// table start (tests of the couplings).
func (f *Facility) Tick() map[MeterID]float64 { return f.TickIn("", nil) }

// TickIn runs one week of the facility: the meters pull on each other. The directions
// follow shared/DOMAIN.md (overtime raises turnover; turnover lowers coverage and
// costs money; full beds and thin staffing lengthen ED visits; long waits lower
// satisfaction; denials and turnover thin the margin; open HIPAA gaps and missed
// maintenance cost the board's confidence). Sizes are game design, tuned by tests.
// A meter the setting does not have (an ED in a practice) neither moves nor pulls on
// the others; home holds each meter's usual level for this workplace (its value when
// the manager started; the table's start where it is missing). It returns the change
// of each meter.
func (f *Facility) TickIn(setting string, homes map[MeterID]float64) map[MeterID]float64 {
	before := f.Snapshot()
	// home is a meter's usual level here.
	home := func(id MeterID) float64 {
		if v, ok := homes[id]; ok {
			return v
		}
		return Meter(id).Start
	}
	// val reads a meter, a meter the workplace lacks reading as at home (no pull).
	m := f.Meters
	val := func(id MeterID) float64 {
		if !Meter(id).In(setting) {
			return home(id)
		}
		return m[id]
	}
	add := func(id MeterID, d float64) {
		if Meter(id).In(setting) {
			f.Add(id, d)
		}
	}
	ot, to, cov := val(OvertimeShare), val(RNTurnover), val(StaffingCoverage)
	otHome, toHome, covHome := home(OvertimeShare), home(RNTurnover), home(StaffingCoverage)

	// Each pull is measured from the usual level, and each meter also drifts back
	// toward it, the way a facility's routine work (hiring, repairs, follow-up)
	// slowly repairs it: decisions push meters, the routine pulls them home.

	// Staffing: overtime above its usual share wears staff out; turnover thins coverage.
	add(RNTurnover, (ot-otHome)*0.1+(toHome-to)*0.12)
	add(StaffingCoverage, -(to-toHome)*0.12+(covHome-cov)*0.2)
	add(OvertimeShare, (covHome-val(StaffingCoverage))*0.1-(ot-otHome)*0.2)

	// Flow: a house fuller than the top of the occupancy band and short staffing
	// lengthen visits; long visits anger patients. Occupancy drifts slowly home.
	occ, occDef := val(BedOccupancy), Meter(BedOccupancy)
	occHome, edHome := home(BedOccupancy), home(EDMinutes)
	add(BedOccupancy, (occHome-occ)*0.05)
	add(EDMinutes, math.Max(0, occ-math.Max(occDef.High, occHome))*1.5+(covHome-val(StaffingCoverage))*0.6-(val(EDMinutes)-edHome)*0.15)
	add(PatientSatisfied, -(val(EDMinutes)-edHome)/40-(covHome-val(StaffingCoverage))*0.08+(home(PatientSatisfied)-val(PatientSatisfied))*0.08)

	// Money: denials, turnover, overtime and empty beds (below the occupancy band: the
	// staff and building cost the same) thin the margin; the margin fills or drains cash.
	marginHome := home(OperatingMargin)
	add(OperatingMargin, -math.Max(0, math.Min(occDef.Low, occHome)-occ)*0.01-(val(DenialRate)-home(DenialRate))*0.02-(val(RNTurnover)-toHome)*0.015-(val(OvertimeShare)-otHome)*0.02+(marginHome-val(OperatingMargin))*0.1)
	add(DaysCashOnHand, (val(OperatingMargin)-marginHome)*0.6+val(BudgetVariance)*0.2+(home(DaysCashOnHand)-val(DaysCashOnHand))*0.01)

	// Governance: open gaps (more than one), missed maintenance and a thin margin cost
	// confidence. Routine maintenance drifts toward maintenanceDrift.
	add(BoardConfidence, -(val(HIPAAGaps)-1)*0.3-(home(MaintenanceDone)-val(MaintenanceDone))*0.1+(val(OperatingMargin)-marginHome)*0.3+(home(BoardConfidence)-val(BoardConfidence))*0.06)
	add(MaintenanceDone, (maintenanceDrift-val(MaintenanceDone))*0.12-0.6)
	add(CommunityHealth, (home(CommunityHealth)-val(CommunityHealth))*0.02)
	add(ManagerWorkload, (home(ManagerWorkload)-val(ManagerWorkload))*workloadSettle)

	delta := make(map[MeterID]float64, len(m))
	for k, v := range m {
		if d := v - before[k]; d != 0 {
			delta[k] = d
		}
	}
	return delta
}

package game

import (
	"errors"
	"fmt"
	"math"
)

// This file is the emergency duty screen: a call at 2:14 a.m. while the manager is on
// call. One incident is drawn (a storm with power loss, a generator failure, a sudden
// staff shortage, or an EHR downtime), and the manager answers it with a short,
// ordered response: a few moves chosen in order from a set of actions. The order is
// scored against the CMS emergency-preparedness rule (all-hazards plan, communication
// plan; standby-power rules differ by provider type, and physician practices are not
// covered), The Joint Commission's 96-hour planning expectation for hospitals, and an
// incident command with one spokesperson: life
// safety and the plan come first. Scores and effect sizes are game design.

// The incidents.
const (
	IncidentStorm     = "storm"     // an ice storm takes the power; the building runs on generators
	IncidentGenerator = "generator" // a generator fails during a utility outage
	IncidentStaff     = "staff"     // a sudden staff shortage on the night shift
	IncidentEHR       = "ehr"       // the electronic health record goes down
	IncidentOutage    = "outage"    // a power cut in office hours, patients in the waiting room (practice)
	IncidentClaims    = "claims"    // the claims system is down: providers and pharmacies go unpaid (mco)
	IncidentCyber     = "cyber"     // ransomware locks the plan's systems (mco)
	IncidentOutbreak  = "outbreak"  // a measles case at a school: a public-health response (gov-agency)
	IncidentWater     = "water"     // a water-main break: a boil-water advisory (gov-agency)
)

// The actions a response is built from, in the order the screen lists them.
const (
	EmgPlan     = "plan"     // activate the emergency plan and open incident command
	EmgLife     = "life"     // protect life-support and the most fragile patients first
	EmgPower    = "power"    // switch to backup power or downtime procedures
	EmgStaff    = "staff"    // call in off-duty staff
	EmgSpeaker  = "speaker"  // name one spokesperson
	EmgNotify   = "notify"   // notify leadership and the board
	EmgDivert   = "divert"   // divert ambulances / stop new admissions
	EmgDocument = "document" // document decisions and times
	EmgWait     = "wait"     // wait for the morning shift
	// the actions of the desks that are not a hospital's
	EmgPatients    = "patients"    // see the patients in (or relying on) the office safely through
	EmgReschedule  = "reschedule"  // call the day's booked patients and rebook them
	EmgIsolate     = "isolate"     // cut infected systems off the network, call in security
	EmgContinuity  = "continuity"  // backup claims process: pay providers on estimates
	EmgMembers     = "members"     // keep members' urgent care moving: refills, authorisations by phone
	EmgBreach      = "breach"      // start the HIPAA breach risk assessment
	EmgInvestigate = "investigate" // confirm with the public health lab, trace contacts or test the water
	EmgPartners    = "partners"    // activate partners: hospitals, EMS, schools, the utility, emergency management
	EmgDispense    = "dispense"    // open vaccination clinics for the exposed
)

// EmergencyActions lists a hospital's actions, in screen order (every desk has nine:
// EmergencySettings gives each setting's own).
var EmergencyActions = []string{EmgPlan, EmgLife, EmgPower, EmgStaff, EmgSpeaker, EmgNotify, EmgDivert, EmgDocument, EmgWait}

// EmergencySetting is what the emergency desk holds in one kind of workplace: the
// incidents it can have, the actions it answers with (screen order), the action that
// protects the people at risk first, the rule that binds it (the catalog's
// sys.emergency.rule.<Rule> and sys.emergency.fact.<Rule>.*), when the call comes
// (minutes after midnight), and the actions whose labels and debriefs read
// differently there (sys.emergency.action.<a>.<setting>, sys.emergency.step.<a>.<class>.<setting>).
type EmergencySetting struct {
	Incidents []string
	Actions   []string
	Life      string
	Rule      string
	Start     int
	Own       []string
}

// The rules that bind the emergency desk, by setting (sys.emergency.fact.<rule>.*):
// the CMS emergency-preparedness rule covers hospitals (42 CFR 482.15), long-term care
// facilities (483.73) and rural health clinics and health centers (491.12), with
// standby-power rules only for the first two; a physician practice is not covered; an
// insurer's duty is the HIPAA Security Rule's contingency plan; a health department
// works to CDC's public health preparedness capabilities.
const (
	RuleCMSHospital = "cms-hospital"
	RuleCMSLTC      = "cms-ltc"
	RuleCMSClinic   = "cms-clinic"
	RulePractice    = "practice"
	RuleHIPAAPlan   = "hipaa-plan"
	RulePHEP        = "phep"
)

// EmergencySettings is each setting's emergency desk.
var EmergencySettings = map[string]EmergencySetting{
	"hospital": {Incidents: []string{IncidentStorm, IncidentGenerator, IncidentStaff, IncidentEHR},
		Actions: EmergencyActions, Life: EmgLife, Rule: RuleCMSHospital, Start: EmergencyStart},
	"rehab": {Incidents: []string{IncidentStorm, IncidentGenerator, IncidentStaff},
		Actions: EmergencyActions, Life: EmgLife, Rule: RuleCMSLTC, Start: EmergencyStart, Own: []string{EmgLife, EmgPower}},
	"clinic": {Incidents: []string{IncidentStorm, IncidentStaff, IncidentEHR},
		Actions: []string{EmgPlan, EmgPatients, EmgPower, EmgStaff, EmgSpeaker, EmgNotify, EmgDivert, EmgDocument, EmgWait},
		// before opening: the storm and the sick calls come ahead of the 7-8 a.m. bookings
		Life: EmgPatients, Rule: RuleCMSClinic, Start: 5*60 + 10, Own: []string{EmgDivert, EmgPower}},
	"practice": {Incidents: []string{IncidentOutage, IncidentEHR},
		Actions: []string{EmgPlan, EmgPatients, EmgPower, EmgReschedule, EmgSpeaker, EmgNotify, EmgStaff, EmgDocument, EmgWait},
		Life:    EmgPatients, Rule: RulePractice, Start: 10*60 + 5, Own: []string{EmgPlan, EmgNotify, EmgPower, EmgWait}},
	"mco": {Incidents: []string{IncidentClaims, IncidentCyber},
		Actions: []string{EmgPlan, EmgIsolate, EmgContinuity, EmgMembers, EmgSpeaker, EmgNotify, EmgBreach, EmgDocument, EmgWait},
		Life:    EmgMembers, Rule: RuleHIPAAPlan, Start: 9*60 + 10, Own: []string{EmgPlan, EmgNotify, EmgWait}},
	"gov-agency": {Incidents: []string{IncidentOutbreak, IncidentWater},
		Actions: []string{EmgPlan, EmgInvestigate, EmgPartners, EmgSpeaker, EmgDispense, EmgStaff, EmgNotify, EmgDocument, EmgWait},
		Life:    EmgSpeaker, Rule: RulePHEP, Start: 5*60 + 40, Own: []string{EmgPlan, EmgStaff, EmgNotify, EmgWait}},
}

// EmergencyMoves is how many actions fit before the night's decisions are made.
const EmergencyMoves = 5

// EmergencyStart is the call's time, in minutes after midnight: 2:14 a.m.
const EmergencyStart = 2*60 + 14

// actionMinutes is roughly how long each action takes to set in motion.
var actionMinutes = map[string]int{
	EmgPlan: 8, EmgLife: 15, EmgPower: 12, EmgStaff: 20, EmgSpeaker: 5,
	EmgNotify: 10, EmgDivert: 6, EmgDocument: 10, EmgWait: 45,
	EmgPatients: 15, EmgReschedule: 15, EmgIsolate: 10, EmgContinuity: 15, EmgMembers: 12,
	EmgBreach: 10, EmgInvestigate: 15, EmgPartners: 12, EmgDispense: 15,
}

// incidentRule is what good looks like for one incident: the ideal order of the
// key actions, and actions that do nothing for it.
type incidentRule struct {
	ideal      []string
	irrelevant []string
	first      []string // right first moves besides the plan (default: the setting's life action)
}

var incidentRules = map[string]incidentRule{
	// power is out: people on life support first, the plan, standby power for 96
	// hours, staff who can reach the building, one voice to the public
	IncidentStorm: {ideal: []string{EmgLife, EmgPlan, EmgPower, EmgStaff, EmgSpeaker}},
	// ventilators are on batteries: move them to working power, run the plan, get
	// power back, stop new arrivals, tell leadership
	IncidentGenerator: {ideal: []string{EmgLife, EmgPlan, EmgPower, EmgDivert, EmgNotify}},
	// too few nurses: cover the sickest patients, call staff in, run the plan, stop
	// new arrivals, tell leadership; the power is fine
	IncidentStaff: {ideal: []string{EmgLife, EmgStaff, EmgPlan, EmgDivert, EmgNotify}, irrelevant: []string{EmgPower}},
	// the record is down: the plan, paper downtime procedures, check medicines and
	// pumps, one voice (it may be a cyberattack), tell leadership
	IncidentEHR: {ideal: []string{EmgPlan, EmgPower, EmgLife, EmgSpeaker, EmgNotify}},
	// a practice loses power with patients inside: the people in the building first,
	// the office's own plan, the vaccines' cold chain, rebook the day, one voice on the phones
	IncidentOutage: {ideal: []string{EmgLife, EmgPlan, EmgPower, EmgReschedule, EmgSpeaker}, irrelevant: []string{EmgStaff}},
	// a plan's claims system is down: the continuity plan, pay providers on estimates,
	// keep members' urgent care moving, one voice to providers and members, leadership
	IncidentClaims: {ideal: []string{EmgPlan, EmgContinuity, EmgMembers, EmgSpeaker, EmgNotify}, irrelevant: []string{EmgIsolate}},
	// ransomware: cut it off first, the plan, members' care, the breach assessment, leadership
	IncidentCyber: {ideal: []string{EmgIsolate, EmgPlan, EmgMembers, EmgBreach, EmgNotify}, first: []string{EmgIsolate}},
	// measles at a school: confirm and trace, incident command, one public voice,
	// vaccinate the exposed, bring the partners in
	IncidentOutbreak: {ideal: []string{EmgInvestigate, EmgPlan, EmgSpeaker, EmgDispense, EmgPartners}, first: []string{EmgInvestigate}},
	// a boil-water advisory: incident command, warn the public, the utility and partners,
	// test the water, tell the health officer and the state
	IncidentWater: {ideal: []string{EmgPlan, EmgSpeaker, EmgPartners, EmgInvestigate, EmgNotify}, irrelevant: []string{EmgDispense}},
}

// EmergencyDrill is the state of the emergency duty screen: the incident and the
// response so far.
type EmergencyDrill struct {
	Week      int    `json:"week"`
	Incident  string `json:"incident"`
	Inpatient bool   `json:"inpatient"` // the facility keeps patients overnight (hospital, rehab)
	Hospital  bool   `json:"hospital"`  // ambulances come to its emergency department
	// Setting is the workplace the desk was dealt for; a desk saved before it was kept
	// reads its setting off Inpatient and Hospital (see Where).
	Setting string   `json:"setting,omitempty"`
	Order   []string `json:"order"` // the actions chosen, in order
}

// EmergencyStep is one scored step of the response.
type EmergencyStep struct {
	Action string
	Time   int    // minutes after midnight when it starts
	Class  string // "good" (right action, right time), "late" (right action, wrong place), "off" (not one of tonight's key actions)
	Points int
}

// EmergencyClock formats minutes after midnight as "2:14".
func EmergencyClock(min int) string { return fmt.Sprintf("%d:%02d", (min/60+11)%12+1, min%60) }

// The emergency refusals; the screen words each one.
var (
	// ErrNoMovesLeft is returned when every move is used; undo one first.
	ErrNoMovesLeft = errors.New("emergency: every move is used")
	// ErrNoMoveToUndo is returned by Undo when no move has been made.
	ErrNoMoveToUndo = errors.New("emergency: no move to undo")
)

// emergencyDrill is the desk an emergency command works on.
func emergencyDrill(h *Host) (*EmergencyDrill, error) {
	if d := h.State().Sys.Emergency; d != nil {
		return d, nil
	}
	return nil, ErrNotNow
}

// EmergencyPick adds an action as the next move; picking an action already in the
// response takes it out again (the later moves move up).
type EmergencyPick struct{ Action string }

// Duty implements Command.
func (EmergencyPick) Duty() DutyID { return SysEmergency }

func (c EmergencyPick) run(h *Host) error {
	d, err := emergencyDrill(h)
	if err != nil {
		return err
	}
	return d.pick(c.Action)
}

// Where is the setting the desk was dealt for; a desk saved before desks had their
// own setting is a hospital's, a rehab facility's (inpatient) or a clinic's.
func (d *EmergencyDrill) Where() string {
	switch {
	case d.Setting != "":
		if _, ok := EmergencySettings[d.Setting]; ok {
			return d.Setting
		}
		return "hospital"
	case d.Hospital:
		return "hospital"
	case d.Inpatient:
		return "rehab"
	}
	return "clinic"
}

// desk is the setting's emergency desk.
func (d *EmergencyDrill) desk() EmergencySetting { return EmergencySettings[d.Where()] }

// Actions are the desk's nine actions, in screen order.
func (d *EmergencyDrill) Actions() []string { return append([]string(nil), d.desk().Actions...) }

// Rule is the emergency rule that binds the desk's setting (Rule* constants).
func (d *EmergencyDrill) Rule() string { return d.desk().Rule }

// Start is when the call comes, in minutes after midnight.
func (d *EmergencyDrill) Start() int { return d.desk().Start }

// OnCall reports whether the call reaches the manager on call at night (false: in
// office hours, at the desk).
func (d *EmergencyDrill) OnCall() bool { return d.Start() < 8*60 }

// rule is what good looks like tonight, with the setting's own action for the people
// at risk in place of life support.
func (d *EmergencyDrill) rule() incidentRule {
	r := incidentRules[d.Incident]
	life := d.desk().Life
	sub := func(l []string) []string {
		out := make([]string, len(l))
		for i, a := range l {
			if a == EmgLife {
				a = life
			}
			out[i] = a
		}
		return out
	}
	return incidentRule{ideal: sub(r.ideal), irrelevant: sub(r.irrelevant), first: r.first}
}

// firstRight reports whether an action is a right first move here: the plan, or
// protecting the people at risk (cutting off an attack, confirming an outbreak).
func (d *EmergencyDrill) firstRight(a string) bool {
	r := d.rule()
	if a == EmgPlan || contains(r.first, a) {
		return true
	}
	return len(r.first) == 0 && a == d.desk().Life
}

func (d *EmergencyDrill) pick(action string) error {
	if !contains(d.desk().Actions, action) {
		return fmt.Errorf("emergency: unknown action %q", action)
	}
	for i, a := range d.Order {
		if a == action {
			d.Order = append(d.Order[:i:i], d.Order[i+1:]...)
			return nil
		}
	}
	if len(d.Order) >= EmergencyMoves {
		return ErrNoMovesLeft
	}
	d.Order = append(d.Order, action)
	return nil
}

// EmergencyUndo takes back the last move.
type EmergencyUndo struct{}

// Duty implements Command.
func (EmergencyUndo) Duty() DutyID { return SysEmergency }

func (EmergencyUndo) run(h *Host) error {
	d, err := emergencyDrill(h)
	if err != nil {
		return err
	}
	if len(d.Order) == 0 {
		return ErrNoMoveToUndo
	}
	d.Order = d.Order[:len(d.Order)-1]
	return nil
}

// EmergencyForecast is the response as it stands, for the screen: the clock, the
// moves used and left, and which move each action is.
type EmergencyForecast struct {
	Times   []int // when each chosen move starts, in minutes after midnight
	Now     int   // the time after the last move (the call's time when none)
	Used    int   // moves made
	Left    int   // moves that can still be added
	Moves   int   // moves in all (EmergencyMoves)
	CanUndo bool  // a move can be taken back
	// Move is, for each action in EmergencyActions order, its move number (1 for the
	// first) or 0 when it is not in the response.
	Move []int
	// Actions are the desk's actions in screen order (Move follows them).
	Actions []string
	// OnCall is true for a night call, false for an incident in office hours.
	OnCall bool
}

// EmergencyDesk is a copy of the emergency desk (the incident and the response so
// far): false when no call has come in.
func (v View) EmergencyDesk() (EmergencyDrill, bool) {
	d := v.st.Sys.Emergency
	if d == nil {
		return EmergencyDrill{}, false
	}
	c := *d
	c.Order = append([]string(nil), d.Order...)
	return c, true
}

// EmergencyForecast is the response as it stands now (zero when there is none).
func (v View) EmergencyForecast() EmergencyForecast {
	d := v.st.Sys.Emergency
	if d == nil {
		return EmergencyForecast{}
	}
	times := d.Times()
	f := EmergencyForecast{Times: times[:len(times)-1], Now: times[len(times)-1], Used: len(d.Order),
		Left: d.MovesLeft(), Moves: EmergencyMoves, CanUndo: len(d.Order) > 0, Actions: d.Actions(), OnCall: d.OnCall()}
	for _, a := range f.Actions {
		f.Move = append(f.Move, emergencyIndex(d.Order, a)+1)
	}
	return f
}

// MovesLeft is how many actions can still be added.
func (d *EmergencyDrill) MovesLeft() int { return EmergencyMoves - len(d.Order) }

// Times gives the clock time each chosen move starts, and the time after the last.
func (d *EmergencyDrill) Times() []int {
	t := d.Start()
	out := make([]int, 0, len(d.Order)+1)
	for _, a := range d.Order {
		out = append(out, t)
		t += actionMinutes[a]
	}
	return append(out, t)
}

// FirstRight reports whether an action is a right first move: life safety or
// activating the plan.
func FirstRight(action string) bool { return action == EmgLife || action == EmgPlan }

// Score scores the response: each step, the first-move bonus or penalty, the key
// actions never taken, and the total out of the best possible.
func (d *EmergencyDrill) Score() (steps []EmergencyStep, first int, missed []string, total, best int) {
	rule := d.rule()
	times := d.Times()
	for i, a := range d.Order {
		st := EmergencyStep{Action: a, Time: times[i], Class: "off"}
		switch p := emergencyIndex(rule.ideal, a); {
		case a == EmgWait:
			st.Points = -3
		case contains(rule.irrelevant, a):
			st.Points = -1
		case p >= 0 && p-i <= 1 && i-p <= 1:
			st.Class, st.Points = "good", 3
		case p >= 0:
			st.Class, st.Points = "late", 2
		}
		steps = append(steps, st)
		total += st.Points
	}
	switch {
	case len(d.Order) == 0:
		first = -4 // nothing was done before morning
	case d.firstRight(d.Order[0]):
		first = 3
	default:
		first = -2
	}
	total += first
	for _, a := range rule.ideal {
		if !contains(d.Order, a) {
			missed = append(missed, a)
			total--
		}
	}
	best = 3 + 3*len(rule.ideal)
	return
}

// EmergencyIdeal is the best order of the key actions for an incident (as a
// hospital or a rehab facility answers it; Ideal gives a desk's own).
func EmergencyIdeal(incident string) []string {
	return append([]string(nil), incidentRules[incident].ideal...)
}

// Ideal is the best order of the key actions for the desk's incident in its setting.
func (d *EmergencyDrill) Ideal() []string { return d.rule().ideal }

func emergencyIndex(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// emergencyIncidents lists the incidents that can happen in a setting: places that
// keep patients overnight can lose a generator with people on life support; offices
// and clinics lose power, staff and records.
func emergencyIncidents(setting string) []string {
	if e, ok := EmergencySettings[setting]; ok {
		return e.Incidents
	}
	return EmergencySettings["hospital"].Incidents
}

// BodyKey is the catalog id of the incident's description in the desk's setting.
func (d *EmergencyDrill) BodyKey() string {
	return "sys.emergency.incident." + d.Incident + ".body." + d.Where()
}

// ActionKey is the catalog id of an action's label; some actions read differently
// by incident or setting (backup power or paper downtime procedures; ambulances or
// new admissions).
func (d *EmergencyDrill) ActionKey(a string) string {
	switch {
	case a == EmgPower && d.Incident == IncidentEHR:
		return "sys.emergency.action.power.ehr"
	case contains(d.desk().Own, a):
		return "sys.emergency.action." + a + "." + d.Where()
	case a == EmgDivert && !d.Hospital:
		return "sys.emergency.action.divert.other"
	}
	return "sys.emergency.action." + a
}

// stepKey is the catalog id of the debrief for one step; the power step's reasons
// differ by incident.
func (d *EmergencyDrill) stepKey(st EmergencyStep) string {
	k := "sys.emergency.step." + st.Action + "." + st.Class
	switch {
	case st.Action == EmgPower && st.Class != "off" && d.Incident == IncidentEHR:
		k += "." + d.Incident
	case contains(d.desk().Own, st.Action):
		k += "." + d.Where()
	case st.Action == EmgPower && st.Class != "off":
		k += "." + d.Incident
	}
	return k
}

// emergencyPoints is a step's points as a Line part, with its sign: "+3", "-1", "0".
func emergencyPoints(n int) Line {
	if n > 0 {
		return L("sys.emergency.points.plus", numArg(float64(n), 0))
	}
	return L("sys.emergency.points", numArg(float64(n), 0))
}

// emergencyDuty is the emergency desk's module in the Duties table.
type emergencyDuty struct{}

// Open implements DutyModule: the call comes in, with an incident the setting can have.
func (emergencyDuty) Open(h *Host) {
	st := h.State()
	if d := st.Sys.Emergency; d != nil && d.Week == st.Week && (d.Where() == st.Setting || EmergencySettings[st.Setting].Rule == "") {
		return
	}
	list := emergencyIncidents(st.Setting)
	st.Sys.Emergency = &EmergencyDrill{
		Week:      st.Week,
		Incident:  list[st.RNG.Intn(len(list))],
		Inpatient: st.Setting == "hospital" || st.Setting == "rehab",
		Hospital:  st.Setting == "hospital",
		Setting:   st.Setting,
	}
}

// Finish implements DutyModule: the response is scored step by step against the
// incident's ideal order, and the night's effects follow from it.
func (emergencyDuty) Finish(h *Host) (*Outcome, error) {
	d, err := emergencyDrill(h)
	if err != nil {
		return nil, err
	}
	num := func(n int) string { return numArg(float64(n), 0) }
	steps, first, missed, total, best := d.Score()
	grade := "shaky"
	switch {
	case total >= best-4:
		grade = "strong"
	case total >= best/2:
		grade = "steady"
	}
	out := &Outcome{Title: L("sys.emergency.out.title." + d.Incident)}
	rule := d.rule()
	// What went well is read first (a strong response, a right first move, claims
	// kept moving), then the night step by step (in its own order, a timeline), then
	// what went wrong.
	var db debrief
	summary := L("sys.emergency.out.summary."+grade, num(total), num(best), num(len(missed)))
	switch grade {
	case "strong":
		db.good(summary)
	case "shaky":
		db.bad(summary)
	default:
		db.neutral(summary)
	}
	switch {
	case len(d.Order) == 0:
		db.bad(L("sys.emergency.out.first.none"))
	case first > 0:
		db.good(WithParts("sys.emergency.out.first.right", nil, emergencyPoints(first)))
	default:
		db.bad(WithParts("sys.emergency.out.first.wrong", nil, emergencyPoints(first)))
	}
	for i, st := range steps {
		args := []string{num(i + 1), EmergencyClock(st.Time)}
		if st.Class == "late" && i < emergencyIndex(rule.ideal, st.Action) {
			// a right move taken too soon, not too late: the "late" lines would say
			// "right, but late" of the very first move
			db.neutral(WithParts("sys.emergency.step.early", args, emergencyPoints(st.Points), L(d.ActionKey(st.Action))))
			continue
		}
		db.neutral(WithParts(d.stepKey(st), args, emergencyPoints(st.Points)))
	}
	// every missed key step is named, with the point each one cost, so the lines add
	// up to the total the summary gives
	if len(missed) > 0 {
		names := L(d.ActionKey(missed[0]))
		for _, a := range missed[1:] {
			names = WithParts("sys.emergency.out.and", nil, names, L(d.ActionKey(a)))
		}
		db.bad(WithParts("sys.emergency.out.missed", []string{num(len(missed))}, emergencyPoints(-len(missed)), names))
		if len(missed) == 1 {
			db.bad(L("sys.emergency.miss." + missed[0]))
		}
	}

	// Effects: an on-call night is long whatever you do; a poor response makes it
	// longer, worries patients and the board, and leaves a backlog in the ED.
	q := float64(total - best/2)
	keyDone := len(rule.ideal) - len(missed)
	eff := map[string]float64{
		ManagerWorkload:  6 + math.Max(0, float64(best-total))*0.3,
		PlayerStress:     5 + math.Max(0, float64(best-total))*0.4,
		PatientSatisfied: q * 0.3,
		BoardConfidence:  q * 0.25,
	}
	if contains(d.Order, EmgNotify) {
		eff[BoardConfidence]++ // the board hears it from you, with facts
	}
	if d.Inpatient {
		eff[EDMinutes] = math.Max(0, 24-4*float64(keyDone))
	}
	switch d.Incident {
	case IncidentStorm, IncidentGenerator:
		if contains(d.Order, EmgPower) {
			eff[MaintenanceDone] = 1 // the standby power is checked and logged
		} else {
			eff[MaintenanceDone] = -3
		}
	}
	if contains(d.Order, EmgStaff) {
		eff[OvertimeShare] = 1 // staff called in at night are paid overtime
		if d.Incident == IncidentStaff {
			eff[StaffingCoverage] = 1
		}
	} else if d.Incident == IncidentStaff || d.Incident == IncidentStorm {
		eff[StaffingCoverage] = -3
	}
	// the incidents outside a hospital's walls: an insurer's claims and members, a
	// breach to assess, a community to protect
	switch d.Incident {
	case IncidentClaims, IncidentCyber:
		if contains(d.Order, EmgContinuity) || contains(d.Order, EmgMembers) {
			db.good(L("sys.emergency.out.claims.paid"))
		} else {
			eff[DenialRate] = 2 // claims pend and pharmacies reject while nobody runs the backup process
			db.bad(L("sys.emergency.out.claims.late"))
		}
		if d.Incident == IncidentCyber && !contains(d.Order, EmgBreach) {
			eff[HIPAAGaps] = 2
		}
	case IncidentOutbreak:
		if contains(d.Order, EmgDispense) {
			eff[CommunityHealth] = 1
		} else {
			eff[CommunityHealth] = -3
		}
	case IncidentWater:
		if !contains(d.Order, EmgSpeaker) {
			eff[CommunityHealth] = -3
		}
	case IncidentOutage:
		if !contains(d.Order, EmgReschedule) {
			eff[PatientSatisfied] -= 2 // the afternoon's patients drove in to a dark office
		}
	}
	db.neutral(L("sys.emergency.rule." + d.Rule()))
	db.finish(out)
	out.Changes = h.Apply(eff)
	// the CMS rule's fact card, where that rule binds
	if d.Rule() == RuleCMSHospital || d.Rule() == RuleCMSLTC || d.Rule() == RuleCMSClinic {
		if sc := h.Content().Scenario("emg-storm-warning"); sc != nil && sc.Fact != nil {
			f := *sc.Fact
			out.Fact = &f
		}
	}
	return out, nil
}

// Auto implements DutyModule: a plain, middle-of-the-road job, for bots and tests:
// the plan first, then the incident's own key actions, with the leadership call and
// the paperwork taking two of the moves.
func (emergencyDuty) Auto(h *Host) {
	d, err := emergencyDrill(h)
	if err != nil {
		return
	}
	d.Order = nil
	want := []string{EmgPlan}
	for _, a := range d.rule().ideal {
		if len(want) >= EmergencyMoves-2 {
			break
		}
		if !contains(want, a) && a != EmgNotify {
			want = append(want, a)
		}
	}
	want = append(want, EmgNotify, EmgDocument)
	for _, a := range want {
		d.pick(a)
	}
}

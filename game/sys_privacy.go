package game

import (
	"errors"
	"fmt"
	"math"
)

// The HIPAA duty screen: the manager (1) sorts safeguards into the Security Rule's
// three kinds (45 CFR 164.308 administrative, .310 physical, .312 technical), (2) picks
// which staff groups to train this week within the hours available, and (3) decides
// who must hear about a breach, and by when, under the Breach Notification Rule
// (45 CFR 164.404-.408: each person without unreasonable delay, 60 days being the
// outer limit; 500 or more people: HHS at the same time; more than 500 residents of a
// state: prominent media too; fewer than 500: the log HHS gets within 60 days of the
// year's end; encrypted data that is lost is not a reportable breach). Effect sizes
// are game design.

// SafeguardKind is one of the Security Rule's three kinds of safeguard.
type SafeguardKind = string

// The three kinds, in the order a card cycles through them.
const (
	Administrative SafeguardKind = "administrative"
	Physical       SafeguardKind = "physical"
	Technical      SafeguardKind = "technical"
)

// SafeguardKinds lists the kinds in cycling order.
var SafeguardKinds = []SafeguardKind{Administrative, Physical, Technical}

// safeguardCatalog is DOMAIN.md's list of safeguards by kind (45 CFR 164.308-312).
var safeguardCatalog = map[SafeguardKind][]string{
	Administrative: {"risk_analysis", "security_official", "workforce_training", "sanctions", "incident_procedures", "contingency_plan"},
	Physical:       {"facility_access", "workstation_use", "device_media"},
	Technical:      {"unique_ids", "auto_logoff", "encryption", "audit_controls", "transmission_security"},
}

// SafeguardCard is one safeguard to sort: its right kind and where the player put it.
type SafeguardCard struct {
	ID     string        `json:"id"`
	Kind   SafeguardKind `json:"kind"`
	Placed SafeguardKind `json:"placed"`
	// Label is the catalog key of the card's name in the setting's own words (empty:
	// sys.privacy.card.<id>, the hospital's and old saves').
	Label string `json:"label,omitempty"`
}

// NameKey is the catalog key of the card's name.
func (c SafeguardCard) NameKey() string {
	if c.Label != "" {
		return c.Label
	}
	return "sys.privacy.card." + c.ID
}

// Right reports whether the card sits under its kind.
func (c SafeguardCard) Right() bool { return c.Placed == c.Kind }

// TrainGroup is a staff group that can be trained this week.
type TrainGroup struct {
	ID      string `json:"id"`
	Hours   int    `json:"hours"` // hours of the week's training time it takes
	Risk    int    `json:"risk"`  // its share (of 100) of the chance of a privacy slip while untrained
	Trained bool   `json:"trained"`
}

// Breach is the week's privacy incident.
type Breach struct {
	Kind      string `json:"kind"` // a breachKinds id: laptop, usb, mailing, practice_fax, mco_claims…
	People    int    `json:"people"`
	Encrypted bool   `json:"encrypted"`
}

// The hospital's breach kinds (each setting has its own, in privacySetups).
const (
	BreachLaptop  = "laptop"
	BreachUSB     = "usb"
	BreachMailing = "mailing"
)

// breachMedium is what a breach kind lost, which decides whether encryption could
// have protected it: a device (maybe encrypted), paper or a fax (encryption does
// not apply) or an account (data taken through a staff login, where the data at
// rest being encrypted does not help).
type breachMedium int

const (
	onDevice breachMedium = iota
	onPaper
	byFax
	throughAccount
)

// breachKinds is each breach kind's medium (sys.privacy.breach.<kind> tells it).
var breachKinds = map[string]breachMedium{
	BreachLaptop: onDevice, BreachUSB: onDevice, BreachMailing: onPaper,
	"practice_laptop": onDevice, "practice_fax": byFax,
	"agency_laptop": onDevice, "agency_mailing": onPaper,
	"rehab_tablet": onDevice, "rehab_mailing": onPaper,
	"clinic_laptop": onDevice, "clinic_fax": byFax,
	"mco_claims": throughAccount, "mco_mailing": onPaper,
}

// privacySetup is one setting's privacy desk: the safeguards as that workplace meets
// them (per kind, each with its card name; the first administrative one is always the
// risk analysis), the staff groups to train, and the breaches it can have. The
// covered entity and its business associates are sys.privacy.entity.<setting>; a
// setting with a rule of its own adds sys.privacy.note.<setting>.
type privacySetup struct {
	Cards  map[SafeguardKind][]string // safeguard ids; the label is sys.privacy.card.<setting>.<id>
	Groups []TrainGroup
	Kinds  []string // breach kinds
	Sizes  []int    // people affected
	Note   bool     // the setting has a rule of its own to point out
}

// privacyHospital is the hospital's desk (and that of a run without a setting).
const privacyHospital = "hospital"

// privacySetups is each setting's privacy desk. Every covered entity meets the same
// Security Rule and Breach Notification Rule (45 CFR 164.308-.312, .400-.414); what
// differs is what it holds, who handles it and how it leaks: a practice's laptops and
// faxes, an agency's clinic records (disclosures to a public health authority are
// permitted, 45 CFR 164.512(b)), a rehab's bedside tablets, a clinic's satellites, a
// health plan's claims system and member mailings. Hours and risk shares are game
// figures.
var privacySetups = map[string]privacySetup{
	privacyHospital: {
		Groups: []TrainGroup{
			{ID: "front_desk", Hours: 3, Risk: 25},
			{ID: "nurses", Hours: 3, Risk: 20},
			{ID: "physicians", Hours: 2, Risk: 20},
			{ID: "billing", Hours: 2, Risk: 20},
			{ID: "it", Hours: 2, Risk: 15, Trained: true},
		},
		Kinds: []string{BreachLaptop, BreachUSB, BreachMailing},
		Sizes: []int{140, 310, 460, 720, 1380, 2650},
	},
	"practice": {
		Cards: privacyCards(
			[]string{"risk_analysis", "security_official", "workforce_training", "sanctions"},
			[]string{"unique_ids", "auto_logoff", "encryption", "transmission_security"}),
		Groups: []TrainGroup{
			{ID: "front_desk", Hours: 3, Risk: 30},
			{ID: "medical_assistants", Hours: 2, Risk: 25},
			{ID: "physicians", Hours: 2, Risk: 20},
			{ID: "billing", Hours: 2, Risk: 15},
			{ID: "it_vendor", Hours: 1, Risk: 10, Trained: true},
		},
		Kinds: []string{"practice_laptop", "practice_fax"},
		Sizes: []int{60, 240, 430, 510, 880, 1620},
	},
	"gov-agency": {
		Cards: privacyCards(
			[]string{"risk_analysis", "security_official", "workforce_training", "incident_procedures"},
			[]string{"unique_ids", "encryption", "audit_controls", "transmission_security"}),
		Groups: []TrainGroup{
			{ID: "clinic_nurses", Hours: 3, Risk: 25},
			{ID: "investigators", Hours: 2, Risk: 20},
			{ID: "clerks", Hours: 3, Risk: 25},
			{ID: "outreach", Hours: 2, Risk: 20},
			{ID: "it", Hours: 2, Risk: 10, Trained: true},
		},
		Kinds: []string{"agency_laptop", "agency_mailing"},
		Sizes: []int{90, 280, 450, 640, 1150, 3100},
		Note:  true,
	},
	"rehab": {
		Cards: privacyCards(
			[]string{"risk_analysis", "workforce_training", "sanctions", "contingency_plan"},
			[]string{"unique_ids", "auto_logoff", "encryption", "audit_controls"}),
		Groups: []TrainGroup{
			{ID: "therapists", Hours: 3, Risk: 25},
			{ID: "nurses", Hours: 3, Risk: 20},
			{ID: "aides", Hours: 2, Risk: 25},
			{ID: "admissions", Hours: 2, Risk: 15},
			{ID: "it", Hours: 2, Risk: 15, Trained: true},
		},
		Kinds: []string{"rehab_tablet", "rehab_mailing"},
		Sizes: []int{45, 180, 420, 505, 760, 1240},
	},
	"clinic": {
		Cards: privacyCards(
			[]string{"risk_analysis", "security_official", "workforce_training", "incident_procedures"},
			[]string{"unique_ids", "auto_logoff", "encryption", "transmission_security"}),
		Groups: []TrainGroup{
			{ID: "front_desk", Hours: 3, Risk: 25},
			{ID: "clinic_nurses", Hours: 3, Risk: 20},
			{ID: "providers", Hours: 2, Risk: 20},
			{ID: "satellite_staff", Hours: 2, Risk: 20},
			{ID: "it", Hours: 2, Risk: 15, Trained: true},
		},
		Kinds: []string{"clinic_laptop", "clinic_fax"},
		Sizes: []int{75, 230, 470, 590, 980, 2200},
	},
	"mco": {
		Cards: privacyCards(
			[]string{"risk_analysis", "security_official", "workforce_training", "contingency_plan"},
			[]string{"unique_ids", "encryption", "audit_controls", "transmission_security"}),
		Groups: []TrainGroup{
			{ID: "member_services", Hours: 3, Risk: 25},
			{ID: "claims_processors", Hours: 3, Risk: 25},
			{ID: "care_managers", Hours: 2, Risk: 20},
			{ID: "enrollment", Hours: 2, Risk: 15},
			{ID: "it", Hours: 2, Risk: 15, Trained: true},
		},
		Kinds: []string{"mco_claims", "mco_mailing"},
		Sizes: []int{120, 350, 480, 900, 4200, 18500},
	},
}

// privacyCards is a setting's safeguard cards: its administrative ones (the risk
// analysis first), the physical ones every setting meets alike, and its technical
// ones.
func privacyCards(admin, technical []string) map[SafeguardKind][]string {
	return map[SafeguardKind][]string{
		Administrative: admin,
		Physical:       {"facility_access", "workstation_use", "device_media"},
		Technical:      technical,
	}
}

// privacySetupOf is the desk of setting id (the hospital's for a run without one).
func privacySetupOf(id string) (string, privacySetup) {
	if p, ok := privacySetups[id]; ok {
		return id, p
	}
	return privacyHospital, privacySetups[privacyHospital]
}

// The notices the player can tick, in screen order.
const (
	NoticePeople = "people" // each affected person, without unreasonable delay and within 60 days
	NoticeHHS60  = "hhs60"  // HHS within 60 days
	NoticeHHSLog = "hhslog" // HHS in the yearly breach log
	NoticeMedia  = "media"  // prominent media in the state, within 60 days
	NoticeNobody = "nobody" // not a reportable breach
)

// NoticeIDs lists the notices in screen order.
var NoticeIDs = []string{NoticePeople, NoticeHHS60, NoticeHHSLog, NoticeMedia, NoticeNobody}

// Notice is one tick box of the breach response.
type Notice struct {
	ID     string `json:"id"`
	Ticked bool   `json:"ticked"`
}

// BreachThreshold is the rule's line for HHS: 500 or more people are reported to HHS
// along with the people (45 CFR 164.408); fewer go in the log HHS gets within 60 days
// of the year's end. MediaThreshold is the line for the press: MORE than 500
// residents of a state (45 CFR 164.406). The game's facility serves one state, so
// every affected person is a resident of it.
const (
	BreachThreshold = 500
	MediaThreshold  = 500
)

// PrivacyDesk is the state of the privacy duty screen.
type PrivacyDesk struct {
	Week     int             `json:"week"`
	Setting  string          `json:"setting,omitempty"` // whose desk: a setting id (empty: the hospital's, in old saves)
	Cards    []SafeguardCard `json:"cards"`
	Checked  bool            `json:"checked"` // the sort was checked and not changed since
	Checks   int             `json:"checks"`
	Groups   []TrainGroup    `json:"groups"`
	HoursMax int             `json:"hours_max"`
	Breach   Breach          `json:"breach"`
	Notices  []Notice        `json:"notices"`
}

// PrivacyTrainingHours is the staff time available for privacy training this week.
const PrivacyTrainingHours = 7

// newPrivacyDesk deals this week's desk for setting: Raj's draft sort, last year's
// training plan and the week's breach.
func newPrivacyDesk(r *RNG, week int, setting string) *PrivacyDesk {
	setting, setup := privacySetupOf(setting)
	d := &PrivacyDesk{Week: week, HoursMax: PrivacyTrainingHours, Setting: setting}
	catalog := safeguardCatalog
	if setup.Cards != nil {
		catalog = setup.Cards
	}

	// Nine cards: the risk analysis (the gap OCR cites most), two more administrative,
	// the three physical and three of the five technical safeguards.
	card := func(id string, kind SafeguardKind) SafeguardCard {
		c := SafeguardCard{ID: id, Kind: kind, Placed: kind}
		if setup.Cards != nil {
			c.Label = "sys.privacy.card." + setting + "." + id
		}
		return c
	}
	pick := func(kind SafeguardKind, ids []string, n int) {
		ids = append([]string(nil), ids...)
		shuffle(r, ids)
		for _, id := range ids[:n] {
			d.Cards = append(d.Cards, card(id, kind))
		}
	}
	d.Cards = append(d.Cards, card("risk_analysis", Administrative))
	pick(Administrative, catalog[Administrative][1:], 2)
	pick(Physical, catalog[Physical], 3)
	pick(Technical, catalog[Technical], 3)
	shuffle(r, d.Cards)
	// Raj's draft from last year's binder: four cards are filed under the wrong kind.
	idx := make([]int, len(d.Cards))
	for i := range idx {
		idx[i] = i
	}
	shuffle(r, idx)
	for _, i := range idx[:4] {
		d.Cards[i].Placed = nextKind(d.Cards[i].Kind, 1+r.Intn(2))
	}

	// Last year's plan trained only IT.
	d.Groups = append([]TrainGroup(nil), setup.Groups...)

	kinds, sizes := setup.Kinds, setup.Sizes
	b := Breach{Kind: kinds[r.Intn(len(kinds))], People: sizes[r.Intn(len(sizes))]}
	if b.medium() == onDevice && r.Intn(3) == 0 {
		b.Encrypted = true
	}
	d.Breach = b
	for _, id := range NoticeIDs {
		d.Notices = append(d.Notices, Notice{ID: id})
	}
	return d
}

func shuffle[T any](r *RNG, v []T) {
	for i := len(v) - 1; i > 0; i-- {
		j := r.Intn(i + 1)
		v[i], v[j] = v[j], v[i]
	}
}

func nextKind(k SafeguardKind, step int) SafeguardKind {
	for i, x := range SafeguardKinds {
		if x == k {
			return SafeguardKinds[(i+step)%len(SafeguardKinds)]
		}
	}
	return SafeguardKinds[0]
}

// privacyDeskOf is the desk a command works on (Session.Do has already checked that
// the privacy screen is on display).
func privacyDeskOf(h *Host) (*PrivacyDesk, error) {
	if d := h.State().Sys.Privacy; d != nil {
		return d, nil
	}
	return nil, ErrNotNow
}

// ErrTrainingHoursFull refuses a staff group that does not fit in the hours left.
var ErrTrainingHoursFull = errors.New("not enough training hours left for that group")

// PrivacyPlace files safeguard card Card under Kind.
type PrivacyPlace struct {
	Card int
	Kind SafeguardKind
}

// Duty implements Command.
func (PrivacyPlace) Duty() DutyID { return SysPrivacy }

func (c PrivacyPlace) run(h *Host) error {
	d, err := privacyDeskOf(h)
	if err != nil {
		return err
	}
	return d.place(c.Card, c.Kind)
}

// PrivacyCycle moves safeguard card Card to the next kind: administrative, physical,
// technical.
type PrivacyCycle struct{ Card int }

// Duty implements Command.
func (PrivacyCycle) Duty() DutyID { return SysPrivacy }

func (c PrivacyCycle) run(h *Host) error {
	d, err := privacyDeskOf(h)
	if err != nil {
		return err
	}
	if c.Card < 0 || c.Card >= len(d.Cards) {
		return fmt.Errorf("no safeguard card %d", c.Card)
	}
	return d.place(c.Card, nextKind(d.Cards[c.Card].Placed, 1))
}

// PrivacyCheck asks Raj to check the sort: the screen then shows each card right or
// wrong. Raj can check once a week; a second ask is refused with ErrPrivacyChecked.
type PrivacyCheck struct{}

// Duty implements Command.
func (PrivacyCheck) Duty() DutyID { return SysPrivacy }

func (PrivacyCheck) run(h *Host) error {
	d, err := privacyDeskOf(h)
	if err != nil {
		return err
	}
	return d.check()
}

// PrivacyTrain adds staff group Group to this week's training, or takes it off. Adding
// a group that does not fit in the hours left is refused with ErrTrainingHoursFull.
type PrivacyTrain struct{ Group int }

// Duty implements Command.
func (PrivacyTrain) Duty() DutyID { return SysPrivacy }

func (c PrivacyTrain) run(h *Host) error {
	d, err := privacyDeskOf(h)
	if err != nil {
		return err
	}
	return d.toggleTraining(c.Group)
}

// PrivacyNotice ticks or unticks breach notice Notice. "Nobody" excludes every other
// notice.
type PrivacyNotice struct{ Notice int }

// Duty implements Command.
func (PrivacyNotice) Duty() DutyID { return SysPrivacy }

func (c PrivacyNotice) run(h *Host) error {
	d, err := privacyDeskOf(h)
	if err != nil {
		return err
	}
	return d.toggleNotice(c.Notice)
}

// place files card i under kind; moving a card hides the last check's verdict.
func (d *PrivacyDesk) place(i int, kind SafeguardKind) error {
	if i < 0 || i >= len(d.Cards) {
		return fmt.Errorf("no safeguard card %d", i)
	}
	if !contains(SafeguardKinds, kind) {
		return fmt.Errorf("no safeguard kind %q", kind)
	}
	if d.Cards[i].Placed != kind {
		d.Cards[i].Placed = kind
		d.Checked = false
	}
	return nil
}

// check asks Raj to check the sort; he has one slot a week (PrivacyCheckLimit), so
// the sort must be finished before asking.
func (d *PrivacyDesk) check() error {
	if d.Checks >= PrivacyCheckLimit {
		return ErrPrivacyChecked
	}
	d.Checked = true
	d.Checks++
	return nil
}

func (d *PrivacyDesk) toggleTraining(i int) error {
	if i < 0 || i >= len(d.Groups) {
		return fmt.Errorf("no staff group %d", i)
	}
	g := &d.Groups[i]
	if !g.Trained && d.HoursUsed()+g.Hours > d.HoursMax {
		return ErrTrainingHoursFull
	}
	g.Trained = !g.Trained
	return nil
}

func (d *PrivacyDesk) toggleNotice(i int) error {
	if i < 0 || i >= len(d.Notices) {
		return fmt.Errorf("no notice %d", i)
	}
	n := &d.Notices[i]
	n.Ticked = !n.Ticked
	if n.Ticked {
		for k := range d.Notices {
			if k != i && (n.ID == NoticeNobody || d.Notices[k].ID == NoticeNobody) {
				d.Notices[k].Ticked = false
			}
		}
	}
	return nil
}

// SortRight counts the cards filed under their right kind.
func (d *PrivacyDesk) SortRight() int {
	n := 0
	for _, c := range d.Cards {
		if c.Right() {
			n++
		}
	}
	return n
}

// KindsRight counts the kinds whose cards are all filed right (and nothing else is
// filed there): each closes one open gap.
func (d *PrivacyDesk) KindsRight() int {
	n := 0
	for _, k := range SafeguardKinds {
		ok := true
		for _, c := range d.Cards {
			if (c.Kind == k || c.Placed == k) && !c.Right() {
				ok = false
			}
		}
		if ok {
			n++
		}
	}
	return n
}

// HoursUsed is the training time planned.
func (d *PrivacyDesk) HoursUsed() int {
	n := 0
	for _, g := range d.Groups {
		if g.Trained {
			n += g.Hours
		}
	}
	return n
}

// IncidentRisk is the chance (0-100%) of a privacy slip in the coming weeks: the sum of
// the risk shares of the groups left untrained.
func (d *PrivacyDesk) IncidentRisk() int {
	n := 0
	for _, g := range d.Groups {
		if !g.Trained {
			n += g.Risk
		}
	}
	return n
}

// Ticked reports whether notice id is ticked.
func (d *PrivacyDesk) Ticked(id string) bool {
	for _, n := range d.Notices {
		if n.ID == id {
			return n.Ticked
		}
	}
	return false
}

// peopleArg is the number of people affected, as a Line argument.
func (b Breach) peopleArg() string { return numArg(float64(b.People), 0) }

// IncidentLine tells what happened, for the screen.
func (b Breach) IncidentLine() Line { return L("sys.privacy.breach."+b.Kind, b.peopleArg()) }

// medium is what the breach lost: a device, paper or an account.
func (b Breach) medium() breachMedium { return breachKinds[b.Kind] }

// EncryptionLine says whether encryption protected the data (paper letters and faxes
// cannot be encrypted; data taken through a staff login is read as that user).
func (b Breach) EncryptionLine() Line {
	switch {
	case b.medium() == byFax:
		return L("sys.privacy.breach.enc_fax")
	case b.medium() == onPaper:
		return L("sys.privacy.breach.enc_paper")
	case b.medium() == throughAccount:
		return L("sys.privacy.breach.enc_account")
	case b.Encrypted:
		return L("sys.privacy.breach.enc_yes")
	}
	return L("sys.privacy.breach.enc_no")
}

// Reportable reports whether the breach must be reported at all: lost data that was
// encrypted is not a reportable breach.
func (b Breach) Reportable() bool { return !b.Encrypted }

// RequiredNotices returns who must be told, by the Breach Notification Rule.
func RequiredNotices(b Breach) []string {
	switch {
	case !b.Reportable():
		return []string{NoticeNobody}
	case b.People > MediaThreshold:
		return []string{NoticePeople, NoticeHHS60, NoticeMedia}
	case b.People >= BreachThreshold:
		return []string{NoticePeople, NoticeHHS60}
	default:
		return []string{NoticePeople, NoticeHHSLog}
	}
}

// BreachVerdict is how the player's notices compare with the rule.
type BreachVerdict struct {
	Missing []string // required notices not given (or given too late)
	Extra   []string // notices given that the rule does not require and that cost something
	Early   bool     // HHS told within 60 days when the yearly log was enough (allowed)
}

// Right reports whether the response meets the rule with nothing costly added.
func (v BreachVerdict) Right() bool { return len(v.Missing) == 0 && len(v.Extra) == 0 }

// JudgeBreach checks the ticked notices against the rule. Nothing ticked means nobody
// is told. Telling HHS within 60 days also satisfies the yearly log.
func (d *PrivacyDesk) JudgeBreach() BreachVerdict {
	var v BreachVerdict
	req := RequiredNotices(d.Breach)
	for _, id := range req {
		switch {
		case id == NoticeNobody:
		case d.Ticked(id):
		case id == NoticeHHSLog && d.Ticked(NoticeHHS60):
			v.Early = true
		default:
			v.Missing = append(v.Missing, id)
		}
	}
	for _, id := range []string{NoticePeople, NoticeHHS60, NoticeHHSLog, NoticeMedia} {
		if !d.Ticked(id) || contains(req, id) {
			continue
		}
		if id == NoticeHHS60 && contains(req, NoticeHHSLog) {
			continue
		}
		if id == NoticeHHSLog && contains(req, NoticeHHS60) {
			continue // redundant next to the 60-day notice; missing 60-day is judged above
		}
		v.Extra = append(v.Extra, id)
	}
	return v
}

// Flags lists what the screen should point out before Done (never blocking it).
func (d *PrivacyDesk) Flags() []Line {
	var out []Line
	if !d.Checked {
		out = append(out, L("sys.privacy.flag.unchecked"))
	}
	if left := d.HoursMax - d.HoursUsed(); left > 0 {
		out = append(out, L("sys.privacy.flag.hours_left", numArg(float64(left), 0)))
	}
	ticked := false
	for _, n := range d.Notices {
		ticked = ticked || n.Ticked
	}
	if !ticked {
		out = append(out, L("sys.privacy.flag.no_ticks"))
	}
	if d.Ticked(NoticeHHS60) && d.Ticked(NoticeHHSLog) {
		out = append(out, L("sys.privacy.flag.hhs_twice"))
	}
	return out
}

// breachRuleKey names the rule line that explains what this breach required.
func breachRuleKey(b Breach) string {
	switch {
	case !b.Reportable():
		return "enc"
	case b.People > MediaThreshold:
		return "big"
	case b.People >= BreachThreshold:
		return "hhs"
	default:
		return "small"
	}
}

// PrivacySlipEffects are the effects of a privacy slip by untrained staff: bigger when
// more of the workforce went untrained.
func PrivacySlipEffects(risk int) map[string]float64 {
	return map[string]float64{
		HIPAAGaps:        1,
		BoardConfidence:  -math.Round(float64(risk) / 10),
		PatientSatisfied: -math.Round(float64(risk) / 25),
	}
}

// MissedNoticeEffects sums the delayed effects of required notices that were not
// given, and names the worst one (it chooses the text of the consequence).
func MissedNoticeEffects(missing []string) (map[string]float64, string) {
	fx := map[string]float64{}
	worst := ""
	for _, id := range []string{NoticePeople, NoticeHHS60, NoticeMedia, NoticeHHSLog} {
		if !contains(missing, id) {
			continue
		}
		if worst == "" {
			worst = id
		}
		switch id {
		case NoticePeople:
			fx[BoardConfidence] -= 6
			fx[HIPAAGaps] += 2
			fx[OperatingMargin] -= 0.3
		case NoticeHHS60:
			fx[BoardConfidence] -= 4
			fx[HIPAAGaps]++
		case NoticeMedia:
			fx[BoardConfidence] -= 3
			fx[PatientSatisfied] -= 2
		case NoticeHHSLog:
			fx[BoardConfidence] -= 2
			fx[HIPAAGaps]++
		}
	}
	return fx, worst
}

// MissedNoticeNow is what skipping required notices costs at once: the workload the
// notices would have taken is saved, but each one left out is an open compliance gap
// from today and the privacy officer's report to leadership says so. Sized so that
// skipping is never cheaper on the spot than the notices' workload (game figures).
func MissedNoticeNow(missing []string) map[string]float64 {
	fx := map[string]float64{}
	for _, id := range missing {
		if id == NoticeNobody {
			continue
		}
		fx[HIPAAGaps]++
		fx[BoardConfidence] -= 2
	}
	return fx
}

// PrivacyCheckLimit is how many times Raj can check the sort in a week: he has one
// slot between his own audits.
const PrivacyCheckLimit = 1

// ErrPrivacyChecked refuses a second check of the sort in the same week.
var ErrPrivacyChecked = errors.New("the sort was already checked this week")

// laterWeeks keeps a delayed consequence inside the run: it lands by the last week.
func laterWeeks(st *State, w int) int {
	left := st.Weeks - st.Week
	if left < 1 {
		return 0
	}
	return min(w, left)
}

// dedupeLines drops repeated lines (several consequences due in the same week).
func dedupeLines(in []Line) []Line {
	var out []Line
	seen := map[string]bool{}
	for _, l := range in {
		k := l.Key + "|" + fmt.Sprint(l.Args)
		if !seen[k] {
			seen[k] = true
			out = append(out, l)
		}
	}
	return out
}

// scenarioFact copies the fact card of a built-in scenario, when the content has it.
func scenarioFact(c *Content, id string) *Fact {
	if c == nil {
		return nil
	}
	if sc := c.Scenario(id); sc != nil && sc.Fact != nil {
		f := *sc.Fact
		return &f
	}
	return nil
}

// privacyDuty is the privacy desk's module in the Duties table.
type privacyDuty struct{}

// Open implements DutyModule: a desk opened earlier the same week is kept.
func (privacyDuty) Open(h *Host) {
	st := h.State()
	if d := st.Sys.Privacy; d != nil && d.Week == st.Week {
		// a desk saved before the settings is the hospital's: kept in a hospital run,
		// dealt again in any other setting
		if own, _ := privacySetupOf(st.Setting); d.Setting == own || (d.Setting == "" && own == privacyHospital) {
			return
		}
	}
	st.Sys.Privacy = newPrivacyDesk(&st.RNG, st.Week, st.Setting)
}

// Finish implements DutyModule: the sort closes gaps, training costs time now and
// lowers the chance of a slip later, and the breach response is judged by the rule.
func (m privacyDuty) Finish(h *Host) (*Outcome, error) {
	st := h.State()
	d := st.Sys.Privacy
	if d == nil {
		m.Open(h)
		d = st.Sys.Privacy
	}
	out := &Outcome{}
	eff := map[string]float64{}
	add := func(k string, v float64) { eff[k] += v }

	// 1. The sort: each kind filed right closes an open gap.
	// A kind filed right can only close a gap that is open: the debrief counts the
	// gaps the meter really loses.
	right, kinds := d.SortRight(), d.KindsRight()
	open := math.Max(0, math.Round(st.Facility.Meters[HIPAAGaps]))
	closed := math.Min(float64(kinds), open)
	add(HIPAAGaps, -closed)
	// What went well is read first (a sort filed right, staff trained, the breach
	// handled by the rule), then the facts, then what went wrong.
	var db debrief
	sortTone := toneNeutral
	switch kinds {
	case len(SafeguardKinds):
		sortTone = toneGood
	case 0:
		sortTone = toneBad
	}
	if open == 0 {
		db.add(sortTone, L("sys.privacy.out.sort_none_open", numArg(float64(right), 0), numArg(float64(len(d.Cards)), 0), numArg(float64(kinds), 0)))
	} else {
		db.add(sortTone, L("sys.privacy.out.sort_closed", numArg(float64(right), 0), numArg(float64(len(d.Cards)), 0), numArg(float64(kinds), 0), numArg(closed, 0), numArg(open, 0)))
	}
	// one misfiled card explained (the debrief screen has room for about six lines)
	for _, c := range d.Cards {
		if !c.Right() {
			db.bad(L("sys.privacy.why." + c.ID)) // a misfiled card, explained
			break
		}
	}

	// 2. Training: staff time away from the floor now, a lower chance of a slip later.
	hours := d.HoursUsed()
	add(OvertimeShare, 0.1*float64(hours))
	add(ManagerWorkload, 0.25*float64(hours))
	risk := d.IncidentRisk()
	trained := 0
	for _, g := range d.Groups {
		if g.Trained {
			trained++
		}
	}
	training := toneNeutral
	switch {
	case trained == len(d.Groups):
		training = toneGood
	case risk >= PrivacyRiskHigh:
		training = toneBad
	}
	db.add(training, L("sys.privacy.out.training", numArg(float64(trained), 0), numArg(float64(len(d.Groups)), 0), numArg(float64(hours), 0), numArg(float64(d.HoursMax), 0), unitArg(float64(risk), 0, "%")))
	cause := L("system.privacy.title")
	if roll := st.RNG.Intn(100); roll < risk {
		fx := PrivacySlipEffects(risk)
		out.Later = append(out.Later, h.Later(laterWeeks(st, 2), L("sys.privacy.later.slip"), fx, cause, L("sys.privacy.choice.untrained")))
	}

	// 3. The breach: who was told, and by when.
	v := d.JudgeBreach()
	b := d.Breach
	for _, id := range []string{NoticePeople, NoticeHHS60, NoticeHHSLog, NoticeMedia} {
		if d.Ticked(id) {
			add(ManagerWorkload, 1)
		}
	}
	switch {
	case v.Right() && !b.Reportable():
		db.good(L("sys.privacy.out.breach_right_enc"))
	case v.Right() && b.People >= BreachThreshold:
		db.good(L("sys.privacy.out.breach_right_"+breachRuleKey(b), b.peopleArg()))
	case v.Right():
		db.good(L("sys.privacy.out.breach_right_small", b.peopleArg()))
	default:
		db.bad(L("sys.privacy.out.breach_rule_"+breachRuleKey(b), b.peopleArg()))
	}
	if v.Right() {
		add(BoardConfidence, 2)
	}
	// one detail line under the verdict: the worst missing notice, else the first
	// costly extra (media first), else an early (allowed) report to HHS
	var detail []Line
	if v.Early {
		detail = append(detail, L("sys.privacy.out.early"))
	}
	for _, id := range v.Extra {
		switch id {
		case NoticeMedia:
			add(PatientSatisfied, -2)
			add(BoardConfidence, -1)
		case NoticePeople:
			add(PatientSatisfied, -1)
			add(ManagerWorkload, 1)
		default:
			add(ManagerWorkload, 0.5)
		}
		detail = append([]Line{L("sys.privacy.out.extra." + id)}, detail...)
	}
	worst := ""
	if len(v.Missing) > 0 {
		// An unreported breach is an open compliance gap from today, not only when it
		// is found: skipping a required notice costs now, and more later.
		for k, x := range MissedNoticeNow(v.Missing) {
			add(k, x)
		}
		var fx map[string]float64
		fx, worst = MissedNoticeEffects(v.Missing)
		out.Later = append(out.Later, h.Later(laterWeeks(st, 3), L("sys.privacy.later.missed."+worst), fx, cause, L("sys.privacy.choice.missed")))
		detail = append([]Line{L("sys.privacy.out.missing." + worst)}, detail...)
	}
	if len(v.Missing) > 0 {
		// the worst missing notice, and why the lawful route was the better deal
		db.bad(WithParts("sys.privacy.out.lawful_cheaper", nil, detail[0]))
	} else if len(detail) > 0 {
		// a costly extra notice, or an early (allowed) report to HHS
		if len(v.Extra) > 0 {
			db.bad(detail[0])
		} else {
			db.neutral(detail[0])
		}
	}
	db.finish(out)

	out.Changes = h.Apply(eff)
	switch {
	case kinds == len(SafeguardKinds) && v.Right():
		out.Title = L("sys.privacy.out.title_good")
	case v.Right() || kinds >= 2:
		out.Title = L("sys.privacy.out.title_mixed")
	default:
		out.Title = L("sys.privacy.out.title_bad")
	}
	out.Later = dedupeLines(out.Later)
	if f := scenarioFact(h.Content(), "hipaa-lost-laptop"); f != nil {
		out.Fact = f
	}
	return out, nil
}

// Auto implements DutyModule: a plain, middle-of-the-road job, for bots and tests. It
// fixes the sort, fills the training hours in list order and follows the rule.
func (privacyDuty) Auto(h *Host) {
	d := h.State().Sys.Privacy
	if d == nil {
		return
	}
	for i, c := range d.Cards {
		d.place(i, c.Kind)
	}
	d.check()
	for i, g := range d.Groups {
		if !g.Trained {
			d.toggleTraining(i) // refused when it does not fit
		}
	}
	req := RequiredNotices(d.Breach)
	for i, n := range d.Notices {
		if n.Ticked != contains(req, n.ID) {
			d.toggleNotice(i)
		}
	}
}

// clone is a deep copy of the desk, for the View.
func (d *PrivacyDesk) clone() PrivacyDesk {
	c := *d
	c.Cards = append([]SafeguardCard(nil), d.Cards...)
	c.Groups = append([]TrainGroup(nil), d.Groups...)
	c.Notices = append([]Notice(nil), d.Notices...)
	return c
}

// PrivacyDesk is a copy of the privacy desk, and whether there is one.
func (v View) PrivacyDesk() (PrivacyDesk, bool) {
	if v.st.Sys.Privacy == nil {
		return PrivacyDesk{}, false
	}
	return v.st.Sys.Privacy.clone(), true
}

// PrivacyRiskHigh is the chance of a slip (in %) from which the screen warns that it
// is high.
const PrivacyRiskHigh = 50

// PrivacyForecast is what the privacy screen shows besides the desk itself: the
// sort's tally once checked, the training hours and the chance of a slip, the breach
// as told, and what to point out before Done. It never tells the breach's answer.
type PrivacyForecast struct {
	Cards      int  // safeguard cards to sort
	Checked    bool // Raj checked the sort and it was not changed since
	ChecksLeft int  // checks Raj still has time for this week
	SortRight  int  // cards filed right (shown only once checked)
	HoursUsed  int
	HoursMax   int
	HoursLeft  int
	Risk       int  // chance (0-100%) of a slip by untrained staff
	RiskHigh   bool // Risk is PrivacyRiskHigh or more
	Incident   Line // what happened
	Encryption Line // whether encryption protected the data
	Entity     Line // who the covered entity and its business associates are
	Note       Line // the setting's own rule to keep in mind (zero when none)
	Flags      []Line
}

// PrivacyForecast reads the privacy desk for the screen.
func (v View) PrivacyForecast() PrivacyForecast {
	d := v.st.Sys.Privacy
	if d == nil {
		return PrivacyForecast{}
	}
	f := PrivacyForecast{
		Cards: len(d.Cards), Checked: d.Checked, HoursUsed: d.HoursUsed(), HoursMax: d.HoursMax,
		Risk: d.IncidentRisk(), Incident: d.Breach.IncidentLine(), Encryption: d.Breach.EncryptionLine(), Flags: d.Flags(),
	}
	setting, setup := privacySetupOf(d.Setting)
	f.Entity = L("sys.privacy.entity." + setting)
	if setup.Note {
		f.Note = L("sys.privacy.note." + setting)
	}
	if d.Checked {
		f.SortRight = d.SortRight()
	}
	f.ChecksLeft = max(0, PrivacyCheckLimit-d.Checks)
	f.HoursLeft = f.HoursMax - f.HoursUsed
	f.RiskHigh = f.Risk >= PrivacyRiskHigh
	return f
}

package game

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)

// The satellite duty screen: the manager walks through a satellite clinic with limited
// time on site, looks at two or three things in each room visited and marks each "OK"
// or "finding". A problem marked as a finding is fixed now; a problem missed (marked OK,
// left unmarked, or in a room never visited) lands later, worse. Marking something that
// was fine as a finding costs follow-up hours. The problems come from shared/DOMAIN.md:
// HIPAA physical and technical safeguards (the Concentra laptop, 2014), Joint Commission
// equipment rules, outreach that follows the current community assessment (a satellite
// clinic is not a hospital facility, so it does no CHNA of its own), vaccine and
// medication storage, fire exits and front-desk staffing. Effect sizes are game design.

// The marks an observation can carry.
const (
	MarkNone    = ""
	MarkOK      = "ok"
	MarkFinding = "finding"
)

// SiteObservation is one thing the manager sees in a room.
type SiteObservation struct {
	ID      string `json:"id"`
	Problem bool   `json:"problem"` // the truth, revealed in the debrief
	Mark    string `json:"mark"`
}

// SiteRoom is one room of the satellite clinic.
type SiteRoom struct {
	ID      string            `json:"id"`
	Visited bool              `json:"visited"`
	Obs     []SiteObservation `json:"obs"`
}

// Inspection is the state of the satellite duty screen.
type Inspection struct {
	Week    int        `json:"week"`
	Site    string     `json:"site"`
	Rooms   []SiteRoom `json:"rooms"`
	Minutes int        `json:"minutes"`           // time left on site
	Tip     string     `json:"tip"`               // what the site manager mentions on arrival
	Setting string     `json:"setting,omitempty"` // the workplace whose site this is ("" in older saves: hospital)
	// The room on display is the screen's own choice, not saved (older saves carry a
	// "room" field, which loading ignores).
}

// Time on site: four hours, an hour a room; the waiting room is seen on arrival.
const (
	SiteMinutes = 240
	RoomMinutes = 60
)

// siteRoomLayout is one room of a site and the things that can be seen in it.
type siteRoomLayout struct {
	ID    string
	Slots []string
}

// siteLayout lists the rooms of a hospital's satellite clinic and the things that can
// be seen in each. Every layout has six rooms in plan order: the room you walk into
// first (front left), front middle, back left, back middle, front right, back right.
var siteLayout = []siteRoomLayout{
	{"waiting", []string{"chna", "fire_exit", "screen"}},
	{"front_desk", []string{"desk_staff", "cabinet", "shared_login"}},
	{"exam", []string{"aed", "chart_open", "loaner"}},
	{"medication", []string{"expired", "fridge", "med_door"}},
	{"supply", []string{"broken_unit", "old_discs"}},
	{"office", []string{"laptop", "training_log", "password_note"}},
}

// SatelliteSetting is what a workplace's outlying site is and what its inspection
// checks. Words are in the catalog: sys.satellite.site.<site>, .tip_by.<Kind>,
// .checks.<Kind>. Which rules apply: HIPAA safeguards everywhere (a health plan is a
// covered entity too); the Joint Commission's equipment rules (the defibrillator,
// loaners) only at clinical sites; the CHNA only for a hospital (IRC 501(r), DOMAIN);
// Vaccine Information Statements where vaccines are given.
type SatelliteSetting struct {
	Kind   string // catalog id of the kind of site
	Sites  []string
	Layout []siteRoomLayout
}

// SatelliteSettings holds each workplace's kind of site.
var SatelliteSettings = map[string]*SatelliteSetting{
	"hospital": {Kind: "hospital", Sites: []string{"brookfield", "millbrook", "eastgate"}, Layout: siteLayout},
	"clinic": {Kind: "clinic", Sites: []string{"northside", "lakeview"}, Layout: []siteRoomLayout{
		{"waiting", []string{"fire_exit", "screen"}},
		{"front_desk", []string{"desk_staff", "cabinet", "shared_login"}},
		{"exam", []string{"aed", "chart_open"}},
		{"medication", []string{"expired", "fridge", "med_door"}},
		{"supply", []string{"broken_unit", "old_discs"}},
		{"office", []string{"laptop", "training_log", "password_note"}},
	}},
	"practice": {Kind: "practice", Sites: []string{"riverside", "hillcrest"}, Layout: []siteRoomLayout{
		{"waiting", []string{"fire_exit", "screen"}},
		{"front_desk", []string{"desk_staff", "cabinet", "shared_login"}},
		{"exam", []string{"chart_open", "expired", "broken_unit"}},
		{"medication", []string{"fridge", "med_door"}},
		{"supply", []string{"old_discs", "shred_bin"}},
		{"office", []string{"laptop", "training_log", "password_note"}},
	}},
	"rehab": {Kind: "rehab", Sites: []string{"oakridge", "harborside"}, Layout: []siteRoomLayout{
		{"waiting", []string{"fire_exit", "screen"}},
		{"front_desk", []string{"desk_staff", "cabinet", "shared_login"}},
		{"gym", []string{"lift_sling", "aed", "loaner"}},
		{"treatment", []string{"chart_open", "broken_unit"}},
		{"supply", []string{"old_discs", "shred_bin"}},
		{"office", []string{"laptop", "training_log", "password_note"}},
	}},
	"gov-agency": {Kind: "agency", Sites: []string{"elmstreet", "southend"}, Layout: []siteRoomLayout{
		{"waiting", []string{"fire_exit", "screen"}},
		{"front_desk", []string{"desk_staff", "cabinet", "shared_login"}},
		{"vaccine", []string{"fridge", "vis_sheets", "expired"}},
		{"exam", []string{"chart_open", "med_door"}},
		{"supply", []string{"old_discs", "shred_bin"}},
		{"office", []string{"laptop", "training_log", "password_note"}},
	}},
	"mco": {Kind: "mco", Sites: []string{"northgate", "valley"}, Layout: []siteRoomLayout{
		{"lobby", []string{"fire_exit", "screen"}},
		{"member_desk", []string{"cabinet", "shared_login"}},
		{"call_centre", []string{"id_check", "password_note"}},
		{"mail_room", []string{"mail_bin", "fax_tray"}},
		{"file_room", []string{"old_discs", "shred_bin"}},
		{"office", []string{"laptop", "training_log"}},
	}},
}

// SatelliteSettingFor is a workplace's kind of site; an unknown or empty one (older
// saves) is the hospital's satellite clinic.
func SatelliteSettingFor(setting string) *SatelliteSetting {
	if ss, ok := SatelliteSettings[setting]; ok {
		return ss
	}
	return SatelliteSettings["hospital"]
}

// SiteProblem is what a problem does when it is found (fixed now) and when it is
// missed (it lands later, worse).
type SiteProblem struct {
	Fix   map[string]float64
	Miss  map[string]float64
	Weeks int
}

// SiteProblems are the effects of each possible problem.
var SiteProblems = map[string]SiteProblem{
	"chna":          {map[string]float64{CommunityHealth: 1}, map[string]float64{BoardConfidence: -4, DaysCashOnHand: -1, CommunityHealth: -1}, 2},
	"fire_exit":     {map[string]float64{BoardConfidence: 1}, map[string]float64{BoardConfidence: -3, PatientSatisfied: -2}, 1},
	"screen":        {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 2, BoardConfidence: -2}, 2},
	"desk_staff":    {map[string]float64{PatientSatisfied: 2, OvertimeShare: 0.3}, map[string]float64{PatientSatisfied: -4, BoardConfidence: -1}, 1},
	"cabinet":       {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 2, BoardConfidence: -2}, 2},
	"shared_login":  {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 2, BoardConfidence: -1}, 2},
	"aed":           {map[string]float64{MaintenanceDone: 2}, map[string]float64{MaintenanceDone: -5, BoardConfidence: -3}, 2},
	"chart_open":    {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 2, PatientSatisfied: -1}, 2},
	"loaner":        {map[string]float64{MaintenanceDone: 1}, map[string]float64{MaintenanceDone: -3, PatientSatisfied: -2}, 1},
	"expired":       {map[string]float64{PatientSatisfied: 1}, map[string]float64{PatientSatisfied: -3, BoardConfidence: -3}, 2},
	"fridge":        {map[string]float64{CommunityHealth: 1}, map[string]float64{CommunityHealth: -3, DaysCashOnHand: -0.5}, 2},
	"med_door":      {map[string]float64{BoardConfidence: 1}, map[string]float64{BoardConfidence: -3, PatientSatisfied: -1}, 2},
	"broken_unit":   {map[string]float64{MaintenanceDone: 2}, map[string]float64{MaintenanceDone: -4, PatientSatisfied: -2}, 1},
	"old_discs":     {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 3, BoardConfidence: -3}, 3},
	"laptop":        {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 3, BoardConfidence: -8, OperatingMargin: -0.5}, 2},
	"training_log":  {map[string]float64{HIPAAGaps: -1, ManagerWorkload: 1}, map[string]float64{HIPAAGaps: 2, PatientSatisfied: -1}, 3},
	"password_note": {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 2, BoardConfidence: -1}, 2},
	"shred_bin":     {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 2, BoardConfidence: -2}, 2},
	"lift_sling":    {map[string]float64{MaintenanceDone: 1}, map[string]float64{MaintenanceDone: -3, PatientSatisfied: -2, BoardConfidence: -2}, 1},
	"vis_sheets":    {map[string]float64{CommunityHealth: 1}, map[string]float64{BoardConfidence: -2, CommunityHealth: -1}, 2},
	"id_check":      {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 2, PatientSatisfied: -2, BoardConfidence: -1}, 2},
	"mail_bin":      {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 2, BoardConfidence: -2}, 2},
	"fax_tray":      {map[string]float64{HIPAAGaps: -1}, map[string]float64{HIPAAGaps: 2, BoardConfidence: -1}, 2},
}

// Costs of the visit itself: travel, each fix's follow-up, and each false alarm's
// wasted follow-up (the site's staff chase a problem that is not there).
const (
	VisitHours      = 2.0
	FixHours        = 0.5
	FalseAlarmHours = 1.5
)

// newInspection deals this week's site: its rooms, what is wrong in them, and the site
// manager's tip.
func newInspection(r *RNG, week int, setting string) *Inspection {
	ss := SatelliteSettingFor(setting)
	if _, ok := SatelliteSettings[setting]; !ok {
		setting = "hospital"
	}
	in := &Inspection{Week: week, Setting: setting, Site: ss.Sites[r.Intn(len(ss.Sites))], Minutes: SiteMinutes}
	// Two or three observations a room; about two in five are problems, and a site
	// always has between four and eight (re-drawn until it does).
	for try := 0; try < 50; try++ {
		in.Rooms = in.Rooms[:0]
		n := 0
		for _, rm := range ss.Layout {
			slots := append([]string(nil), rm.Slots...)
			shuffle(r, slots)
			k := len(slots)
			if k == 3 && r.Intn(3) == 0 {
				k = 2
			}
			room := SiteRoom{ID: rm.ID}
			for _, id := range slots[:k] {
				p := r.Intn(5) < 2
				if p {
					n++
				}
				room.Obs = append(room.Obs, SiteObservation{ID: id, Problem: p})
			}
			in.Rooms = append(in.Rooms, room)
		}
		if n >= 4 && n <= 8 {
			break
		}
	}
	// You walk in through the waiting room: it is seen on arrival, on the clock.
	in.Rooms[0].Visited = true
	in.Minutes -= RoomMinutes
	// The site manager mentions one thing: a real problem in a room not yet seen.
	var tips []string
	for _, rm := range in.Rooms[1:] {
		for _, o := range rm.Obs {
			if o.Problem {
				tips = append(tips, o.ID)
			}
		}
	}
	in.Tip = "none"
	if len(tips) > 0 {
		in.Tip = tips[r.Intn(len(tips))]
	}
	return in
}

// inspectionOf is the desk a command works on (Session.Do has already checked that
// the satellite screen is on display).
func inspectionOf(h *Host) (*Inspection, error) {
	if in := h.State().Sys.Satellite; in != nil {
		return in, nil
	}
	return nil, ErrNotNow
}

// ErrNoTime is returned when a room cannot be visited because time on site is up.
var ErrNoTime = errors.New("no time left on site")

// SatelliteVisit walks into room Room: the first visit costs an hour on site (refused
// with ErrNoTime when the time is up); going back to a room already seen is free.
type SatelliteVisit struct{ Room int }

// Duty implements Command.
func (SatelliteVisit) Duty() DutyID { return SysSatellite }

func (c SatelliteVisit) run(h *Host) error {
	in, err := inspectionOf(h)
	if err != nil {
		return err
	}
	return in.visit(c.Room)
}

// SatelliteMark marks observation Obs of room Room as MarkOK, MarkFinding or MarkNone.
// Only what was seen (a visited room) can be marked.
type SatelliteMark struct {
	Room, Obs int
	Mark      string
}

// Duty implements Command.
func (SatelliteMark) Duty() DutyID { return SysSatellite }

func (c SatelliteMark) run(h *Host) error {
	in, err := inspectionOf(h)
	if err != nil {
		return err
	}
	return in.mark(c.Room, c.Obs, c.Mark)
}

// SatelliteCycle moves observation Obs of room Room to its next mark: not marked, OK,
// finding, and round again.
type SatelliteCycle struct{ Room, Obs int }

// Duty implements Command.
func (SatelliteCycle) Duty() DutyID { return SysSatellite }

func (c SatelliteCycle) run(h *Host) error {
	in, err := inspectionOf(h)
	if err != nil {
		return err
	}
	if c.Room < 0 || c.Room >= len(in.Rooms) || c.Obs < 0 || c.Obs >= len(in.Rooms[c.Room].Obs) {
		return fmt.Errorf("no observation %d in room %d", c.Obs, c.Room)
	}
	next := map[string]string{MarkNone: MarkOK, MarkOK: MarkFinding, MarkFinding: MarkNone}
	return in.mark(c.Room, c.Obs, next[in.Rooms[c.Room].Obs[c.Obs].Mark])
}

func (in *Inspection) visit(i int) error {
	if i < 0 || i >= len(in.Rooms) {
		return fmt.Errorf("no room %d", i)
	}
	if !in.Rooms[i].Visited {
		if in.Minutes < RoomMinutes {
			return ErrNoTime
		}
		in.Minutes -= RoomMinutes
		in.Rooms[i].Visited = true
	}
	return nil
}

func (in *Inspection) mark(i, k int, mark string) error {
	if i < 0 || i >= len(in.Rooms) || k < 0 || k >= len(in.Rooms[i].Obs) {
		return fmt.Errorf("no observation %d in room %d", k, i)
	}
	if !in.Rooms[i].Visited {
		return fmt.Errorf("room %s was not visited", in.Rooms[i].ID)
	}
	if mark != MarkNone && mark != MarkOK && mark != MarkFinding {
		return fmt.Errorf("no mark %q", mark)
	}
	in.Rooms[i].Obs[k].Mark = mark
	return nil
}

// VisitsLeft is how many more rooms there is time for.
func (in *Inspection) VisitsLeft() int { return in.Minutes / RoomMinutes }

// Visited counts the rooms seen.
func (in *Inspection) Visited() int {
	n := 0
	for _, r := range in.Rooms {
		if r.Visited {
			n++
		}
	}
	return n
}

// InspectionScore counts how the inspection went.
type InspectionScore struct {
	Problems    int // problems at the site
	Found       int // problems marked as findings
	Missed      int // problems not marked as findings
	Unseen      int // of the missed, those in rooms never visited
	FalseAlarms int // fine things marked as findings
	Marked      int // observations marked OK or finding
}

// Score compares the marks with the truth.
func (in *Inspection) Score() InspectionScore {
	var sc InspectionScore
	for _, r := range in.Rooms {
		for _, o := range r.Obs {
			if o.Mark != MarkNone {
				sc.Marked++
			}
			switch {
			case o.Problem && o.Mark == MarkFinding:
				sc.Found++
			case o.Problem:
				sc.Missed++
				if !r.Visited {
					sc.Unseen++
				}
			case o.Mark == MarkFinding:
				sc.FalseAlarms++
			}
			if o.Problem {
				sc.Problems++
			}
		}
	}
	return sc
}

// Findings counts the observations marked as findings.
func (in *Inspection) Findings() int {
	n := 0
	for _, r := range in.Rooms {
		for _, o := range r.Obs {
			if o.Mark == MarkFinding {
				n++
			}
		}
	}
	return n
}

// satelliteDuty is the satellite desk's module in the Duties table.
type satelliteDuty struct{}

// Open implements DutyModule: a desk opened earlier the same week is kept.
func (satelliteDuty) Open(h *Host) {
	st := h.State()
	if st.Sys.Satellite != nil && st.Sys.Satellite.Week == st.Week {
		return
	}
	st.Sys.Satellite = newInspection(&st.RNG, st.Week, st.Setting)
}

// SatLaptopFlag is set when an inspection had the unencrypted laptop by the back door;
// the scenario that discovers that laptop checks it (not_flags).
const SatLaptopFlag = "sat:laptop-inspected"

// DeskFlags are the flags duty desks set from play (not from a scenario's choices), so
// the content checker knows a scenario may test them.
var DeskFlags = []string{SatLaptopFlag, SatVisitedFlag}

// SatVisitedFlag is set once the player has inspected a satellite site; a scenario
// that begins "after your visit" checks it.
const SatVisitedFlag = "sat:visited"

// Finish implements DutyModule: each problem found is fixed now, each one missed lands
// later and worse, and each false alarm costs follow-up hours.
func (m satelliteDuty) Finish(h *Host) (*Outcome, error) {
	st := h.State()
	in := st.Sys.Satellite
	if in == nil {
		m.Open(h)
		in = st.Sys.Satellite
	}
	out := &Outcome{}
	st.Flags[SatVisitedFlag] = true
	sc := in.Score()
	eff := map[string]float64{ManagerWorkload: VisitHours}
	addAll := func(m map[string]float64) {
		for _, k := range sortedKeys(m) {
			eff[k] += m[k]
		}
	}
	// What went well is read first (problems fixed on the spot), then what was
	// missed; the summary is good for a clean inspection, bad when nothing was found.
	var db debrief
	summaryTone := toneNeutral
	switch {
	case sc.Missed == 0 && sc.FalseAlarms == 0:
		summaryTone = toneGood
	case sc.Found == 0 && sc.Problems > 0:
		summaryTone = toneBad
	}
	db.add(summaryTone, L("sys.satellite.out.summary", numArg(float64(sc.Found), 0), numArg(float64(sc.Problems), 0), numArg(float64(sc.Missed), 0), numArg(float64(sc.Unseen), 0), numArg(float64(sc.FalseAlarms), 0), numArg(float64(in.Visited()), 0), numArg(float64(len(in.Rooms)), 0)))
	cause := L("system.satellite.title")
	var missLines, fixLines []Line
	for _, r := range in.Rooms {
		for _, o := range r.Obs {
			p := SiteProblems[o.ID]
			if o.Problem && o.ID == "laptop" {
				// The back-door laptop is fixed now or stolen later: the scenario that
				// finds it still sitting there must not come after (SatLaptopFlag).
				st.Flags[SatLaptopFlag] = true
			}
			switch {
			case o.Problem && o.Mark == MarkFinding:
				addAll(p.Fix)
				eff[ManagerWorkload] += FixHours
				fixLines = append(fixLines, L("sys.satellite.fix."+o.ID))
			case o.Problem:
				choice := "sys.satellite.choice.unmarked"
				switch {
				case !r.Visited:
					choice = "sys.satellite.choice.unvisited"
				case o.Mark == MarkOK:
					choice = "sys.satellite.choice.ok"
				}
				out.Later = append(out.Later, h.Later(laterWeeks(st, p.Weeks), L("sys.satellite.later."+o.ID), copyEffects(p.Miss), cause, L(choice)))
				missLines = append(missLines, L("sys.satellite.miss."+o.ID))
			case o.Mark == MarkFinding:
				eff[ManagerWorkload] += FalseAlarmHours
			}
		}
	}
	// The room: what was missed matters most, then what was fixed; at most five lines
	// after the summary so the screen never overflows.
	// When the lines do not all fit, the last one of a kind says how many more there
	// were, so the lines always account for every problem the summary counts.
	const maxLines = 5
	room := maxLines - len(db.lines)
	listed := func(t tone, ls []Line, n int, more string) {
		if len(ls) == 0 || n <= 0 {
			return
		}
		if len(ls) <= n {
			db.add(t, ls...)
			return
		}
		db.add(t, ls[:n-1]...)
		db.add(t, L(more, numArg(float64(len(ls)-(n-1)), 0)))
	}
	missRoom := room
	if len(fixLines) > 0 && len(missLines)+len(fixLines) > room {
		missRoom = min(len(missLines), room-1) // keep one line for what was fixed
	}
	missRoom = min(missRoom, len(missLines))
	listed(toneBad, missLines, missRoom, "sys.satellite.out.more_missed")
	listed(toneGood, fixLines, room-missRoom, "sys.satellite.out.more_fixed")
	if sc.FalseAlarms > 0 {
		db.bad(L("sys.satellite.out.false_alarms", numArg(float64(sc.FalseAlarms), 0), unitArg(FalseAlarmHours*float64(sc.FalseAlarms), 1, "h")))
	}
	db.finish(out)
	out.Changes = h.Apply(eff)
	switch {
	case sc.Missed == 0 && sc.FalseAlarms == 0:
		out.Title = L("sys.satellite.out.title_good")
	case sc.Found*2 >= sc.Problems:
		out.Title = L("sys.satellite.out.title_mixed")
	default:
		out.Title = L("sys.satellite.out.title_bad")
	}
	out.Later = dedupeLines(out.Later)
	sort.SliceStable(out.Later, func(i, j int) bool { return laterWeeksOf(out.Later[i]) < laterWeeksOf(out.Later[j]) })
	out.Fact = satelliteFact(in, h.Content())
	return out, nil
}

// satelliteFact picks the fact card that fits what was at the site: the Concentra
// laptop case or the Joint Commission equipment rules. (The CHNA card is not offered:
// it binds hospital facilities, and a satellite clinic is not one.)
func satelliteFact(in *Inspection, c *Content) *Fact {
	has := func(ids ...string) bool {
		for _, r := range in.Rooms {
			for _, o := range r.Obs {
				if o.Problem && contains(ids, o.ID) {
					return true
				}
			}
		}
		return false
	}
	order := []struct {
		scenario string
		ids      []string
	}{
		{"sat-laptop-back-door", []string{"laptop", "old_discs"}},
		{"sat-defib-overdue", []string{"aed", "loaner", "broken_unit"}},
	}
	for _, o := range order {
		if has(o.ids...) {
			if f := scenarioFact(c, o.scenario); f != nil {
				return f
			}
		}
	}
	return scenarioFact(c, "sat-laptop-back-door")
}

// laterWeeksOf reads the weeks of a "later.pending" line, for sorting.
func laterWeeksOf(l Line) int {
	if len(l.Args) == 0 {
		return 0
	}
	n, _ := strconv.Atoi(l.Args[0])
	return n
}

func copyEffects(m map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Auto implements DutyModule: a plain, middle-of-the-road job, for bots and tests. It
// walks the rooms in floor-plan order while there is time and marks what it sees
// correctly; the rooms it has no time for go unseen.
func (satelliteDuty) Auto(h *Host) {
	in := h.State().Sys.Satellite
	if in == nil {
		return
	}
	for i := range in.Rooms {
		if in.visit(i) != nil {
			continue
		}
		for k, o := range in.Rooms[i].Obs {
			m := MarkOK
			if o.Problem {
				m = MarkFinding
			}
			in.mark(i, k, m)
		}
	}
}

// clone is a deep copy of the inspection, for the View.
func (in *Inspection) clone() Inspection {
	c := *in
	c.Rooms = make([]SiteRoom, len(in.Rooms))
	for i, r := range in.Rooms {
		r.Obs = append([]SiteObservation(nil), r.Obs...)
		c.Rooms[i] = r
	}
	return c
}

// SatelliteInspection is a copy of the satellite desk, and whether there is one.
func (v View) SatelliteInspection() (Inspection, bool) {
	if v.st.Sys.Satellite == nil {
		return Inspection{}, false
	}
	return v.st.Sys.Satellite.clone(), true
}

// SatelliteRoomView is one room as the screen shows it.
type SatelliteRoomView struct {
	Name     Line   // the room's name
	Visited  bool   // seen (its observations can be marked)
	Findings int    // observations marked as findings
	Obs      []Line // what is seen in it, in order (only for a visited room)
	Marks    []string
}

// SatelliteForecast is what the satellite screen shows besides the desk: the site,
// the tip, the time left and each room's state and observations as worded.
type SatelliteForecast struct {
	Site       Line
	TipBy      Line // who gives the tip: the site's manager
	Checks     Line // what this kind of site's inspection checks, and the rules behind it
	Tip        Line
	Minutes    int // time left on site
	VisitsLeft int // rooms there is time for
	Rooms      []SatelliteRoomView
}

// SatelliteForecast reads the satellite desk for the screen.
func (v View) SatelliteForecast() SatelliteForecast {
	in := v.st.Sys.Satellite
	if in == nil {
		return SatelliteForecast{}
	}
	f := SatelliteForecast{
		Site: L("sys.satellite.site." + in.Site), Tip: L("sys.satellite.tip." + in.Tip),
		TipBy: L("sys.satellite.tip_by." + SatelliteSettingFor(in.Setting).Kind), Checks: L("sys.satellite.checks." + SatelliteSettingFor(in.Setting).Kind),
		Minutes: in.Minutes, VisitsLeft: in.VisitsLeft(),
	}
	for _, r := range in.Rooms {
		rv := SatelliteRoomView{Name: L("sys.satellite.room." + r.ID), Visited: r.Visited}
		for _, o := range r.Obs {
			if o.Mark == MarkFinding {
				rv.Findings++
			}
			if r.Visited {
				variant := ".good"
				if o.Problem {
					variant = ".bad"
				}
				rv.Obs = append(rv.Obs, L("sys.satellite.obs."+o.ID+variant))
				rv.Marks = append(rv.Marks, o.Mark)
			}
		}
		f.Rooms = append(f.Rooms, rv)
	}
	return f
}

// SatelliteFact is the fact card the screen offers (the Concentra laptop case).
func (v View) SatelliteFact() (Fact, bool) {
	if f := scenarioFact(v.c, "sat-laptop-back-door"); f != nil {
		return *f, true
	}
	return Fact{}, false
}

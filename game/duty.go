package game

import (
	"fmt"
)

// DutyID names a duty screen: a playable desk for one of the profile's duties, more
// than a multiple choice. The ids are the keys of the Duties table.
type DutyID = string

// SystemID is the older name of DutyID, kept for the save format's field names.
type SystemID = DutyID

// The duty screens' ids, for tests and content that name one.
const (
	SysStaffing  DutyID = "staffing"  // fill a shift schedule within ratios and budget
	SysBudget    DutyID = "budget"    // allocate the quarter's budget; read the statements; the audit
	SysBilling   DutyID = "billing"   // rates, the denials queue, an insurer's contract
	SysEquipment DutyID = "equipment" // maintenance schedule, capital requests, failures
	SysPrivacy   DutyID = "privacy"   // HIPAA safeguards, training, breach response
	SysBoard     DutyID = "board"     // assemble the quarterly board report
	SysFlow      DutyID = "flow"      // patient flow and clinical policies with department heads
	SysSatellite DutyID = "satellite" // inspect a satellite clinic
	SysOutreach  DutyID = "outreach"  // plan an outreach or preventive-care campaign
	SysEmergency DutyID = "emergency" // an on-call emergency
)

// DutyModule is one duty's rules: it opens this week's desk, finishes it (checking
// the work and returning the debrief, whose changes, delayed consequences and history
// the session records in one place) and does a plain job of it for bots and tests.
// Each module keeps its desk in State.Sys.
type DutyModule interface {
	// Open prepares the desk for this week (a desk opened earlier the same week is
	// kept, so leaving and coming back loses no work).
	Open(h *Host)
	// Finish checks the work and applies it; a desk that is not finished returns an
	// error and nothing changes.
	Finish(h *Host) (*Outcome, error)
	// Auto does a plain, middle-of-the-road job; Finish succeeds after it.
	Auto(h *Host)
}

// DutyDef is one row of the Duties table.
type DutyDef struct {
	ID         DutyID
	Duty       string // the profile duty it teaches (a scenario duty id)
	Catalog    string // the catalog prefix of the screen's own lines, "sys.<id>"
	QuarterEnd bool   // comes in the quarter's last week (fiscal report, audit, board)
	Module     DutyModule
}

// Duties is the one table of duty screens, in the order the weeks bring them.
// Adding a duty is one line here, one module file, one screen and one catalog file
// (ARCHITECTURE.md walks through it).
var Duties = []DutyDef{
	{ID: SysStaffing, Duty: "staffing", Catalog: "sys.staffing", Module: staffingDuty{}},
	{ID: SysBilling, Duty: "billing", Catalog: "sys.billing", Module: billingDuty{}},
	{ID: SysFlow, Duty: "policies", Catalog: "sys.flow", Module: flowDuty{}},
	{ID: SysEquipment, Duty: "equipment", Catalog: "sys.equipment", Module: equipmentDuty{}},
	{ID: SysPrivacy, Duty: "hipaa", Catalog: "sys.privacy", Module: privacyDuty{}},
	{ID: SysSatellite, Duty: "satellites", Catalog: "sys.satellite", Module: satelliteDuty{}},
	{ID: SysOutreach, Duty: "outreach", Catalog: "sys.outreach", Module: outreachDuty{}},
	{ID: SysEmergency, Duty: "emergencies", Catalog: "sys.emergency", Module: emergencyDuty{}},
	{ID: SysBudget, Duty: "budgets", Catalog: "sys.budget", QuarterEnd: true, Module: budgetDuty{}},
	{ID: SysBoard, Duty: "board", Catalog: "sys.board", QuarterEnd: true, Module: boardDuty{}},
}

// DutyByID returns the table row for id, or an error naming the unknown id: an
// unknown duty is never quietly another screen.
func DutyByID(id DutyID) (*DutyDef, error) {
	for i := range Duties {
		if Duties[i].ID == id {
			return &Duties[i], nil
		}
	}
	return nil, fmt.Errorf("unknown duty screen %q", id)
}

// TitleLine is the duty screen's name in a workplace's words, as the inbox and
// history show it.
func (d *DutyDef) TitleLine(setting string) Line {
	return L(Variant("system."+d.ID+".title", setting))
}

// Host is what a duty module may use of the session while it runs: the state, the
// content, the effects path and the queue of delayed consequences.
type Host struct{ s *Session }

// State is the run's state.
func (h *Host) State() *State { return h.s.st }

// Content is the content the run is played with.
func (h *Host) Content() *Content { return h.s.C }

// Apply moves meters, skills and player stats and returns what changed.
func (h *Host) Apply(effects map[string]float64) []Change { return h.s.applyEffects(effects) }

// Later queues a delayed consequence in weeks weeks whose text is a catalog Line;
// it returns the line the debrief shows for it.
func (h *Host) Later(weeks int, msg Line, effects map[string]float64, cause, choice Line) Line {
	st := h.s.st
	st.Pending = append(st.Pending, Delayed{Due: st.Week + weeks, Msg: msg, Effects: effects, Cause: cause, Choice: choice, FromWeek: st.Week})
	return L("later.pending", NumArg(float64(weeks), 0))
}

// Command is one thing the player does on an open duty desk (set a rate, place a
// safeguard, buy a unit of outreach). Commands are values, so a scene, a bot and a
// test all send the same thing through Session.Do.
type Command interface {
	// Duty names the desk the command works on.
	Duty() DutyID
	// run carries it out; a refused command returns an error and changes nothing.
	run(h *Host) error
}

// Do carries out a command on the desk on display. A command for another desk, or
// while a debrief is showing, is refused with ErrNotNow.
func (s *Session) Do(c Command) (err error) {
	defer noteCommand(s, c, &err)
	if s.st.System == "" || s.st.System != c.Duty() || s.st.Outcome != nil {
		return ErrNotNow
	}
	return c.run(&Host{s})
}

// SystemsDue lists the duty screens that land in week w's inbox: the spread duties
// over the weeks before the last (at most two a week), and the quarter-end ones in
// the last week.
func (s *Session) SystemsDue(w int) []DutyID {
	if s.st.Mode == ModeExpress {
		// the career-day week is three headline decisions, no desk work
		return nil
	}
	weeks := s.st.Weeks
	var spread, end []DutyID
	for _, d := range Duties {
		if d.QuarterEnd {
			end = append(end, d.ID)
		} else {
			spread = append(spread, d.ID)
		}
	}
	var out []DutyID
	if w == weeks {
		out = append(out, end...)
	}
	span := weeks - 1
	if span < 1 {
		// a one-week run: the first duty plus the quarter end
		if w == 1 && len(spread) > 0 {
			out = append([]DutyID{spread[0]}, out...)
		}
		return out
	}
	per := min(2, (len(spread)+span-1)/span)
	for i, id := range spread {
		if 1+i/per == w {
			out = append(out, id)
		}
	}
	return out
}

// openDuty opens the desk of an inbox item.
func (s *Session) openDuty(id DutyID) error {
	d, err := DutyByID(id)
	if err != nil {
		return err
	}
	s.st.System = id
	d.Module.Open(&Host{s})
	return nil
}

// FinishSystem closes the duty screen on display: the module checks its work and
// returns the debrief; the session records its changes and history and marks the
// inbox item done. A desk that is not finished (a schedule with holes, say) returns
// an error and nothing changes.
func (s *Session) FinishSystem() (err error) {
	defer noteInput(s, inFinish, &err)
	st := s.st
	if st.System == "" || st.Outcome != nil {
		return ErrNotNow
	}
	d, err := DutyByID(st.System)
	if err != nil {
		return err
	}
	out, err := d.Module.Finish(&Host{s})
	if err != nil {
		return err
	}
	out.Changes = sortChanges(View{st: st}, mergeChanges(append(out.Changes, s.practise(d.Duty)...)))
	if out.Verdict.IsZero() {
		out.Verdict = verdictFor(View{st: st}.OutcomeMood(out))
	}
	st.History = append(st.History, Entry{Act: ActManager, Week: st.Week, Title: d.TitleLine(st.Setting), Choice: out.Title, Changes: out.Changes})
	if st.Open >= 0 && st.Open < len(st.Inbox) {
		st.Inbox[st.Open].Done = true
	}
	st.LastDuty = d.Duty
	st.System = ""
	st.Outcome = out
	return nil
}

// AutoSystem does a plain job of the duty screen on display, for bots and tests:
// after it, FinishSystem succeeds.
func (s *Session) AutoSystem() {
	defer noteInput(s, inAuto, nil)
	if d, err := DutyByID(s.st.System); err == nil && s.st.Outcome == nil {
		d.Module.Auto(&Host{s})
	}
}

// LeaveSystem goes back to the inbox without finishing; the desk's work is kept.
func (s *Session) LeaveSystem() (err error) {
	defer noteInput(s, inLeave, &err)
	if s.st.System == "" || s.st.Outcome != nil {
		return ErrNotNow
	}
	s.st.System = ""
	s.st.Open = -1
	return nil
}

// Systems holds the state of each duty desk; each duty's file defines its type.
type Systems struct {
	Staffing  *StaffingPlan   `json:"staffing,omitempty"`
	Budget    *BudgetPlan     `json:"budget,omitempty"`
	Billing   *BillingDesk    `json:"billing,omitempty"`
	Equipment *EquipmentPlan  `json:"equipment,omitempty"`
	Privacy   *PrivacyDesk    `json:"privacy,omitempty"`
	Board     *BoardReport    `json:"board,omitempty"`
	Flow      *FlowMeeting    `json:"flow,omitempty"`
	Satellite *Inspection     `json:"satellite,omitempty"`
	Outreach  *Campaign       `json:"outreach,omitempty"`
	Emergency *EmergencyDrill `json:"emergency,omitempty"`
}

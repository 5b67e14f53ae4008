package game

import (
	"fmt"
	"strconv"
)

// SystemID names an interactive duty screen: a playable system for one of the
// profile's duties, more than a multiple choice.
type SystemID = string

// The duty screens.
const (
	SysStaffing  SystemID = "staffing"  // fill a shift schedule within ratios and budget
	SysBudget    SystemID = "budget"    // allocate the quarter's budget; read the statements; the audit
	SysBilling   SystemID = "billing"   // rates, the denials queue, an insurer's contract
	SysEquipment SystemID = "equipment" // maintenance schedule, capital requests, failures
	SysPrivacy   SystemID = "privacy"   // HIPAA safeguards, training, breach response
	SysBoard     SystemID = "board"     // assemble the quarterly board report
	SysFlow      SystemID = "flow"      // patient flow and clinical policies with department heads
	SysSatellite SystemID = "satellite" // inspect a satellite clinic
	SysOutreach  SystemID = "outreach"  // plan an outreach or preventive-care campaign
	SysEmergency SystemID = "emergency" // an on-call emergency
)

// SystemDuty maps each duty screen to the profile duty it teaches.
var SystemDuty = map[SystemID]string{
	SysStaffing: "staffing", SysBudget: "budgets", SysBilling: "billing", SysEquipment: "equipment",
	SysPrivacy: "hipaa", SysBoard: "board", SysFlow: "policies", SysSatellite: "satellites",
	SysOutreach: "outreach", SysEmergency: "emergencies",
}

// spreadSystems are spread over the weeks before the last; quarterEnd systems come in
// the last week (the fiscal report, the audit and the board meeting).
var (
	spreadSystems = []SystemID{SysStaffing, SysBilling, SysFlow, SysEquipment, SysPrivacy, SysSatellite, SysOutreach, SysEmergency}
	quarterEnd    = []SystemID{SysBudget, SysBoard}
)

// Systems holds the state of each duty screen. Each system's file defines its type.
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

func validSystem(id string) bool {
	_, ok := SystemDuty[id]
	return ok
}

// SystemsDue lists the duty screens that land in week w's inbox: the spread systems
// over the weeks before the last, and the quarter-end ones in the last week.
func (s *Session) SystemsDue(w int) []SystemID {
	weeks := s.S.Weeks
	var out []SystemID
	if w == weeks {
		out = append(out, quarterEnd...)
	}
	span := weeks - 1
	if span < 1 {
		// a one-week run: staffing plus the quarter end
		if w == 1 {
			out = append([]SystemID{SysStaffing}, out...)
		}
		return out
	}
	// at most two duty screens a week; a short run skips the last ones
	per := (len(spreadSystems) + span - 1) / span
	if per > 2 {
		per = 2
	}
	for i, id := range spreadSystems {
		if 1+i/per == w {
			out = append(out, id)
		}
	}
	return out
}

// openSystem prepares a duty screen's state when its inbox item is opened.
func (s *Session) openSystem(id SystemID) {
	switch id {
	case SysStaffing:
		s.openStaffing()
	case SysBudget:
		s.openBudget()
	case SysBilling:
		s.openBilling()
	case SysEquipment:
		s.openEquipment()
	case SysPrivacy:
		s.openPrivacy()
	case SysBoard:
		s.openBoard()
	case SysFlow:
		s.openFlow()
	case SysSatellite:
		s.openSatellite()
	case SysOutreach:
		s.openOutreach()
	case SysEmergency:
		s.openEmergency()
	}
}

// FinishSystem closes the duty screen on display: the system checks its work, applies
// its effects and returns the debrief, and the inbox item is done. A system that is
// not finished (a schedule with holes, say) returns an error and nothing changes.
func (s *Session) FinishSystem() error {
	st := s.S
	if st.System == "" || st.Outcome != nil {
		return ErrNotNow
	}
	var out *Outcome
	var err error
	switch st.System {
	case SysStaffing:
		out, err = s.finishStaffing()
	case SysBudget:
		out, err = s.finishBudget()
	case SysBilling:
		out, err = s.finishBilling()
	case SysEquipment:
		out, err = s.finishEquipment()
	case SysPrivacy:
		out, err = s.finishPrivacy()
	case SysBoard:
		out, err = s.finishBoard()
	case SysFlow:
		out, err = s.finishFlow()
	case SysSatellite:
		out, err = s.finishSatellite()
	case SysOutreach:
		out, err = s.finishOutreach()
	case SysEmergency:
		out, err = s.finishEmergency()
	default:
		return fmt.Errorf("unknown duty screen %q", st.System)
	}
	if err != nil {
		return err
	}
	out.Changes = mergeChanges(out.Changes)
	st.History = append(st.History, Entry{Act: ActManager, Week: st.Week, Title: L("system." + st.System + ".title"), Choice: out.Title, Changes: out.Changes})
	if st.Open >= 0 && st.Open < len(st.Inbox) {
		st.Inbox[st.Open].Done = true
	}
	st.LastDuty = SystemDuty[st.System]
	st.System = ""
	st.Outcome = out
	return nil
}

// AutoSystem does a plain job of the duty screen on display, for bots and tests:
// after it, FinishSystem succeeds.
func (s *Session) AutoSystem() {
	switch s.S.System {
	case SysStaffing:
		s.autoStaffing()
	case SysBudget:
		s.autoBudget()
	case SysBilling:
		s.autoBilling()
	case SysEquipment:
		s.autoEquipment()
	case SysPrivacy:
		s.autoPrivacy()
	case SysBoard:
		s.autoBoard()
	case SysFlow:
		s.autoFlow()
	case SysSatellite:
		s.autoSatellite()
	case SysOutreach:
		s.autoOutreach()
	case SysEmergency:
		s.autoEmergency()
	}
}

// LeaveSystem goes back to the inbox without finishing; the screen's work is kept.
func (s *Session) LeaveSystem() error {
	if s.S.System == "" || s.S.Outcome != nil {
		return ErrNotNow
	}
	s.S.System = ""
	s.S.Open = -1
	return nil
}

// laterMsg queues a delayed consequence whose text is a catalog Line.
func (s *Session) laterMsg(weeks int, msg Line, effects map[string]float64, cause, choice Line) Line {
	s.S.Pending = append(s.S.Pending, Delayed{Due: s.S.Week + weeks, Msg: msg, Effects: effects, Cause: cause, Choice: choice, FromWeek: s.S.Week})
	return L("later.pending", strconv.Itoa(weeks))
}

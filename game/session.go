package game

import (
	"errors"
	"strconv"
	"strings"
)

// Options shape a new run.
type Options struct {
	Name  string
	Seed  int64
	Weeks int // manager weeks in Act 4; 0 means the mode's (DefaultWeeks for a full career)
	// Code is a class code (ParseClassCode); when set it decides the seed, so the
	// whole class meets the same events in the same order.
	Code string
	// Mode is the play mode ("" is ModeFull).
	Mode Mode
	// Role and Setting are the job a ModeManager run starts in (ManagerRoles,
	// RoleSettings); when missing or not open, the run's seed draws one.
	Role, Setting string
	// Look is the player's face (PlayerLooks or any valid parts); the zero Look,
	// or one with a part the portraits lack, is DefaultLook of the seed.
	Look Look
}

// PayingForCollege is the scenario every run meets right after choosing a degree:
// tuition, part-time work and loans.
const PayingForCollege = "college-paying"

// DefaultWeeks is the length of Act 4 in a standard run.
const DefaultWeeks = 6

// InboxSize is how many scenarios land in one manager week, besides its duty screens.
const InboxSize = 3

// MaxInbox caps a week's inbox (scenarios and duty screens together).
const MaxInbox = 5

// FirstWeekDuties are the duties week one always covers, so every run meets the
// budget, staffing and privacy sides of the job.
var FirstWeekDuties = []string{"budgets", "staffing", "hipaa"}

// Session is a run plus the content it is played with. Every command returns an error
// when it does not fit the current step; the state is then unchanged.
type Session struct {
	st *State
	C  *Content
}

// ErrNotNow is returned for a command that does not fit the current step.
var ErrNotNow = errors.New("that command does not fit this step")

// NewSession starts a new career.
func NewSession(c *Content, o Options) *Session {
	c.ensureIndex()
	if _, err := ParseMode(string(o.Mode)); err != nil {
		o.Mode = ModeFull
	}
	if o.Weeks <= 0 {
		o.Weeks = weeksFor(o.Mode)
	}
	if o.Code != "" {
		o.Seed = ClassCodeSeed(o.Code)
	}
	name := strings.TrimSpace(o.Name)
	if o.Look.IsZero() || o.Look.Check() != nil {
		o.Look = DefaultLook(o.Seed)
	}
	st := &State{
		Version: SaveVersion,
		Seed:    o.Seed,
		Code:    o.Code,
		Mode:    o.Mode,
		RNG:     RNG{State: uint64(o.Seed)},
		Player: Player{
			Name:      name,
			Skills:    map[string]int{},
			Interests: map[string]int{},
			Money:     500,
			Stress:    20,
			Look:      o.Look,
		},
		Flags:    map[string]bool{},
		Seen:     map[string]int{},
		Weeks:    o.Weeks,
		Open:     -1,
		Facility: NewFacility(nil),
		Inputs:   &InputLog{},
	}
	for _, sk := range c.Skills {
		st.Player.Skills[sk.ID] = 1
	}
	st.Plan = planFor(c, o.Mode, o.Weeks)
	s := &Session{st: st, C: c}
	if o.Mode == ModeManager {
		startAsManager(s, o.Role, o.Setting)
	}
	s.enter()
	return s
}

// advance moves to the next plan item and prepares it.
func (s *Session) advance() {
	st := s.st
	st.Current, st.System, st.Outcome, st.Picked, st.Open = "", "", nil, nil, -1
	st.Pos++
	s.enter()
}

// enter prepares the current plan item: draws a scenario, computes offers, opens a week.
// Items with nothing to show (no eligible scenario) are skipped.
func (s *Session) enter() {
	st := s.st
	for st.Pos < len(st.Plan) {
		it := st.Item()
		switch it.Kind {
		case ItemFixed:
			if sc := s.C.Scenario(it.Ref); sc == nil || st.Seen[sc.ID] > 0 {
				st.Pos++
				continue
			}
			st.Current = it.Ref
		case ItemEvent:
			id := s.draw(Act(it.Ref), nil, nil)
			if id == "" {
				st.Pos++
				continue
			}
			st.Current = id
		case ItemOffers:
			st.Offers = s.MakeOffers()
		case ItemWeek:
			if st.Week == 0 {
				st.Facility = NewFacility(s.C.Setting(st.Setting))
				st.MetersStart = st.Facility.Snapshot()
			}
			st.Week, _ = strconv.Atoi(it.Ref)
			s.openWeek()
		}
		return
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func clampInt(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

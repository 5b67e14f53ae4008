package game

import (
	"fmt"
	"math"
	"strconv"
)

// Mode is how long a run is and where it starts, chosen on the title: a full
// career, a class period, the manager's job alone, or a career-day visit.
type Mode string

const (
	// ModeFull is Acts 1-4: school, college, the first job and the manager's weeks.
	ModeFull Mode = "full"
	// ModeClass fits a 45-minute lesson: the whole road, a quarter as manager and
	// the debrief, at most 30 minutes of play.
	ModeClass Mode = "class"
	// ModeManager starts in Act 4 with a chosen role and setting.
	ModeManager Mode = "manager"
	// ModeExpress is the career-day booth: about five minutes, a quick path, three
	// headline decisions and the report.
	ModeExpress Mode = "express"
)

// Modes lists the play modes in the order the title offers them.
var Modes = []Mode{ModeFull, ModeClass, ModeManager, ModeExpress}

// ParseMode reads a mode name ("" is the full career).
func ParseMode(s string) (Mode, error) {
	if s == "" {
		return ModeFull, nil
	}
	for _, m := range Modes {
		if string(m) == s {
			return m, nil
		}
	}
	return "", fmt.Errorf("unknown play mode %q: use full, class, manager or express", s)
}

// ModeOrFull is the run's play mode, a save from before modes being a full career.
func (st *State) ModeOrFull() Mode {
	if st.Mode == "" {
		return ModeFull
	}
	return st.Mode
}

// ClassWeeks is Act 4 in a class period: two weeks, the second the quarter's end
// (the budget and the board report), so the lesson meets a manager's quarter.
const ClassWeeks = 2

// weeksFor is how many manager weeks mode plays when the options do not say.
func weeksFor(m Mode) int {
	switch m {
	case ModeClass:
		return ClassWeeks
	case ModeExpress:
		return 1
	}
	return DefaultWeeks
}

// planFor lays out the run for mode: the full road, the road with a short Act 4, Act 4
// alone, or the career-day path (a degree, a job offer, one week of three headline
// decisions).
func planFor(c *Content, m Mode, weeks int) []PlanItem {
	var p []PlanItem
	add := func(kind, ref string) { p = append(p, PlanItem{kind, ref}) }
	switch m {
	case ModeManager:
		add(ItemIntro, string(ActManager))
	case ModeExpress:
		add(ItemIntro, string(ActCollege))
		add(ItemDegree, "")
		add(ItemOffers, "")
		add(ItemIntro, string(ActManager))
	default:
		return BuildPlan(c, weeks)
	}
	for w := 1; w <= weeks; w++ {
		add(ItemWeek, strconv.Itoa(w))
	}
	add(ItemReport, "")
	return p
}

// ManagerRoles lists the roles a player may start in with ModeManager: every role
// with no licence path (a nursing or pharmacy director needs the licence and years
// on staff that only the full road gives).
func ManagerRoles(c *Content) []*Role {
	paths := licencePathsIn(c)
	var out []*Role
	for i := range c.Roles {
		if !paths[c.Roles[i].ID] {
			out = append(out, &c.Roles[i])
		}
	}
	return out
}

// RoleSettings lists the settings that hire role (every setting when the role
// names none), in content order.
func RoleSettings(c *Content, role string) []string {
	r := c.Role(role)
	if r == nil {
		return nil
	}
	if len(r.Settings) > 0 {
		return append([]string(nil), r.Settings...)
	}
	var out []string
	for _, se := range c.Settings {
		out = append(out, se.ID)
	}
	return out
}

// startAsManager gives a ModeManager run its background: the role and setting asked
// for (or, when they are missing or not open to a new manager, ones drawn from the
// run's seed), a degree and a master's that fit the role, the role's skills, the
// student debt of that schooling, and pay as a fitting offer would have it.
func startAsManager(s *Session, role, setting string) {
	st, c := s.st, s.C
	roles := ManagerRoles(c)
	if len(roles) == 0 {
		return
	}
	var r *Role
	for _, x := range roles {
		if x.ID == role {
			r = x
		}
	}
	// the two draws are made whether or not the player chose, so a run restarted
	// with its job named (What if?) meets the same events as the first time
	drawRole := roles[st.RNG.Intn(len(roles))]
	if r == nil {
		r = drawRole
	}
	settings := RoleSettings(c, r.ID)
	if len(settings) == 0 {
		return
	}
	drawSetting := settings[st.RNG.Intn(len(settings))]
	if !contains(settings, setting) {
		setting = drawSetting
	}
	if len(r.Degrees) > 0 {
		if d := c.Degree(r.Degrees[0]); d != nil {
			st.Degree = d.ID
		}
	}
	if st.Degree == "" && len(c.Degrees) > 0 {
		st.Degree = c.Degrees[0].ID
	}
	d := c.Degree(st.Degree)
	var ms *Masters
	for i := range c.Masters {
		if c.Masters[i].Graduate == r.Graduate {
			ms = &c.Masters[i]
			break
		}
	}
	if d != nil {
		st.Flags[d.Flag("degree")] = true
		s.applySkills(d.Skills)
		st.Player.Debt += d.Tuition
	}
	if ms != nil {
		st.Masters = ms.ID
		st.Flags[ms.Flag("masters")] = true
		s.applySkills(ms.Skills)
		st.Player.Debt += ms.Cost
	}
	for _, id := range sortedKeys(r.Needs) {
		if st.Player.Skills[id] < r.Needs[id] {
			st.Player.Skills[id] = r.Needs[id]
		}
	}
	pay := float64(r.Pay) * 1.1
	if ms != nil {
		pay *= 1 + float64(ms.PayBonus)/100
	}
	st.Role, st.Setting = r.ID, setting
	st.Pay = clampInt(int(math.Round(pay/500)*500), PayLow10, PayHigh10)
	st.Flags["role:"+r.ID] = true
	st.Flags["setting:"+setting] = true
	se := c.Setting(setting)
	st.History = append(st.History, Entry{Act: ActJob, Title: L("mode.manager.start"), Choice: offerLabel(r, se), Why: L("offer.why", MoneyArg(st.Pay), NumArg(100, 0))})
}

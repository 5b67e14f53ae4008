package game

import "fmt"

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

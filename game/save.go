package game

import (
	"encoding/json"
	"fmt"
)

// Save serialises the run.
func (s *Session) Save() ([]byte, error) { return json.Marshal(s.st) }

// Load restores a run saved by Save, checking it against the content so a broken or
// outdated save gives a clear error instead of a crash.
func Load(c *Content, data []byte) (*Session, error) {
	c.ensureIndex()
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("save is damaged: %v", err)
	}
	if st.Version < 1 || st.Version > SaveVersion {
		return nil, fmt.Errorf("save version %d is not supported (this game reads version %d)", st.Version, SaveVersion)
	}
	if len(st.Plan) == 0 || st.Pos < 0 || st.Pos >= len(st.Plan) {
		return nil, fmt.Errorf("save has no valid position")
	}
	if st.Current != "" && c.Scenario(st.Current) == nil {
		return nil, fmt.Errorf("save is on scenario %q, which is not in the loaded content", st.Current)
	}
	if st.System != "" {
		if _, err := DutyByID(st.System); err != nil {
			return nil, fmt.Errorf("save is on duty screen %q, which this game does not have", st.System)
		}
	}
	for _, in := range st.Inbox {
		if in.System != "" {
			if _, err := DutyByID(in.System); err != nil {
				return nil, fmt.Errorf("save's inbox has duty screen %q, which this game does not have", in.System)
			}
			continue
		}
		if c.Scenario(in.Scenario) == nil {
			return nil, fmt.Errorf("save's inbox has scenario %q, which is not in the loaded content", in.Scenario)
		}
	}
	if st.Flags == nil {
		st.Flags = map[string]bool{}
	}
	if st.Seen == nil {
		st.Seen = map[string]int{}
	}
	if st.Player.Skills == nil {
		st.Player.Skills = map[string]int{}
	}
	if st.Player.Interests == nil {
		st.Player.Interests = map[string]int{}
	}
	if st.Facility.Meters == nil {
		st.Facility = NewFacility(c.Setting(st.Setting))
	}
	return &Session{st: &st, C: c}, nil
}

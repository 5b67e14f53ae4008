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
	if st.Player.Look.IsZero() {
		st.Player.Look = DefaultLook(st.Seed) // a save from before looks
	}
	if st.Facility.Meters == nil {
		st.Facility = NewFacility(c.Setting(st.Setting))
	}
	if err := checkSave(&st, c); err != nil {
		return nil, err
	}
	return &Session{st: &st, C: c}, nil
}

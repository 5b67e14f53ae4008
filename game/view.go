package game

// View is a read-only look at a run, for the scenes: they draw what it returns and
// change the run only through the session's commands. Every getter returns a value
// (or a copy), so a scene cannot change the state by accident.
type View struct {
	st *State
	c  *Content
}

// View returns the read-only look at the run.
func (s *Session) View() View { return View{st: s.st, c: s.C} }

// Edit lets a tool or a test set up a run directly (a setting, a meter, a skill).
// Scenes never call it: they go through commands (a test checks).
func (s *Session) Edit(f func(st *State)) { f(s.st) }

// Pos is the position in the plan.
func (v View) Pos() int { return v.st.Pos }

// Week is the manager week on display (0 before Act 4).
func (v View) Week() int { return v.st.Week }

// Weeks is the number of manager weeks in the run.
func (v View) Weeks() int { return v.st.Weeks }

// Mode is the run's play mode.
func (v View) Mode() Mode { return v.st.ModeOrFull() }

// Setting is the facility setting of the job taken.
func (v View) Setting() string { return v.st.Setting }

// Degree is the bachelor's degree chosen ("" before college).
func (v View) Degree() string { return v.st.Degree }

// Role is the role of the job taken.
func (v View) Role() string { return v.st.Role }

// PlayerName is the name the player chose.
func (v View) PlayerName() string { return v.st.Player.Name }

// Stress is the manager's own stress, 0-100.
func (v View) Stress() int { return v.st.Player.Stress }

// Skill is the player's level in a skill.
func (v View) Skill(id string) int { return v.st.Player.Skills[id] }

// Flag reports whether a flag is set.
func (v View) Flag(name string) bool { return v.st.Flags[name] }

// Duty is the duty screen on display ("" when none).
func (v View) Duty() DutyID { return v.st.System }

// HasOutcome reports whether a debrief is on display.
func (v View) HasOutcome() bool { return v.st.Outcome != nil }

// Meter is a facility meter's value now.
func (v View) Meter(id string) float64 { return v.st.Facility.Meters[id] }

// Meters lists the meters of the run's workplace, in dashboard order: a practice has
// no ED and no beds to fill.
func (v View) Meters() []*MeterDef { return MetersIn(v.st.Setting) }

// MeterStart is a meter's value when the manager's weeks began.
func (v View) MeterStart(id string) float64 {
	if v.st.MetersStart == nil {
		return v.st.Facility.Meters[id]
	}
	return v.st.MetersStart[id]
}

// MeterTrend is a meter's value at the start, after each week ended and, while a
// week is still being played, now: its last point is always the value the dashboard
// and the meter card show.
func (v View) MeterTrend(id string) []float64 {
	out := make([]float64, 0, len(v.st.Trend)+2)
	out = append(out, v.MeterStart(id))
	for _, t := range v.st.Trend {
		out = append(out, t[id])
	}
	if now := v.Meter(id); len(v.st.Trend) < v.st.Week || out[len(out)-1] != now {
		out = append(out, now)
	}
	return out
}

// MeterGauge places a meter's value and its benchmark on the meter's own scale, from
// 0 (its minimum) to 1 (its maximum), for a bar that shows the value itself with a
// marker at the benchmark.
func (v View) MeterGauge(id string) (value, bench float64) {
	d := Meter(id)
	if d == nil || d.Max <= d.Min {
		return 0, 0
	}
	at := func(x float64) float64 { return (d.Clamp(x) - d.Min) / (d.Max - d.Min) }
	return at(v.Meter(id)), at(d.Benchmark)
}

// State is the run's mutable state, for tools and tests that inspect a run. Scenes
// never call it: they read View and send commands (architecture_test.go checks).
func (s *Session) State() *State { return s.st }

package game

import (
	"fmt"
	"strconv"
	"strings"
)

// Comparison is a parsed test such as ">= 12".
type Comparison struct {
	Op    string
	Value float64
}

var compareOps = []string{">=", "<=", "==", "!=", ">", "<"}

// ParseComparison reads "OP NUMBER" (OP one of >= <= == != > <).
func ParseComparison(s string) (Comparison, error) {
	s = strings.TrimSpace(s)
	for _, op := range compareOps {
		if strings.HasPrefix(s, op) {
			v, err := strconv.ParseFloat(strings.TrimSpace(s[len(op):]), 64)
			if err != nil {
				return Comparison{}, fmt.Errorf("%q: expected a number after %s", s, op)
			}
			return Comparison{op, v}, nil
		}
	}
	return Comparison{}, fmt.Errorf("%q: expected a test like \">= 12\" (one of >= <= == != > <)", s)
}

// Holds reports whether v passes the comparison.
func (c Comparison) Holds(v float64) bool {
	switch c.Op {
	case ">=":
		return v >= c.Value
	case "<=":
		return v <= c.Value
	case "==":
		return v == c.Value
	case "!=":
		return v != c.Value
	case ">":
		return v > c.Value
	case "<":
		return v < c.Value
	}
	return false
}

// Possible reports whether any value in [lo, hi] passes: a test that no value in the
// meter's range can pass is an impossible condition.
func (c Comparison) Possible(lo, hi float64) bool {
	switch c.Op {
	case ">=":
		return hi >= c.Value
	case "<=":
		return lo <= c.Value
	case "==":
		return c.Value >= lo && c.Value <= hi
	case "!=":
		return lo != hi || lo != c.Value
	case ">":
		return hi > c.Value
	case "<":
		return lo < c.Value
	}
	return false
}

// SkillMax is the highest a skill can reach.
const SkillMax = 10

// Met reports whether the condition holds for the state.
func (c *Condition) Met(s *State) bool {
	if c == nil {
		return true
	}
	if c.WeekMin > 0 && s.Week < c.WeekMin {
		return false
	}
	if c.WeekMax > 0 && s.Week > c.WeekMax {
		return false
	}
	for _, f := range c.Flags {
		if !s.Flags[f] {
			return false
		}
	}
	for _, f := range c.NotFlags {
		if s.Flags[f] {
			return false
		}
	}
	for _, id := range c.After {
		if s.Seen[id] == 0 {
			return false
		}
	}
	for _, id := range sortedKeys(c.Meters) {
		cmp, err := ParseComparison(c.Meters[id])
		if err != nil || !cmp.Holds(s.Facility.Meters[id]) {
			return false
		}
	}
	for _, id := range sortedKeys(c.Skills) {
		cmp, err := ParseComparison(c.Skills[id])
		if err != nil || !cmp.Holds(float64(s.Player.Skills[id])) {
			return false
		}
	}
	return true
}

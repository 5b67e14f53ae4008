package game

import (
	"fmt"
	"strings"
)

// ParseStyle reads a bot style by name (random, first, cautious, greedy, balanced),
// as cmd/career's -policy flag gives it.
func ParseStyle(name string) (Style, error) {
	for _, s := range Styles {
		if string(s) == name {
			return s, nil
		}
	}
	names := make([]string, len(Styles))
	for i, s := range Styles {
		names[i] = string(s)
	}
	return "", fmt.Errorf("unknown policy %q: use %s", name, strings.Join(names, ", "))
}

// StyleRNG is the generator a bot of style draws from for the run seeded seed
// (never the run's own), so the same seed and style always play the same career.
func StyleRNG(style Style, seed int64) *RNG {
	return &RNG{State: uint64(seed)*0x9E3779B97F4A7C15 ^ uint64(len(style))}
}

// ActStyle performs one command the way a bot of style plays, picking with policy
// (StylePolicy(style, rng)); a desk the style cannot finish is worked plainly. It
// returns false when the run has reached the report.
func ActStyle(s *Session, style Style, rng *RNG, policy Policy) (bool, error) {
	if s.Step().Kind == StepSystem {
		s.AutoSystemStyle(style, rng)
		if err := s.FinishSystem(); err != nil {
			s.AutoSystem()
			return true, s.FinishSystem()
		}
		return true, nil
	}
	return s.Act1(policy)
}

// PlayStyle plays the run to the report as a bot of style, seeded seed, stopping
// after max commands; a pick of the style's that does not fit falls back to the
// first option, as cmd/bot does.
func PlayStyle(s *Session, style Style, seed int64, max int) error {
	rng := StyleRNG(style, seed)
	policy := StylePolicy(style, rng)
	for n := 0; n < max; n++ {
		more, err := ActStyle(s, style, rng, policy)
		if err != nil {
			if more, err = s.Act1(FirstOption); err != nil {
				return err
			}
		}
		if !more {
			return nil
		}
	}
	return ErrNotNow
}

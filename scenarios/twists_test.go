package scenarios

import (
	"slices"
	"testing"
)

// A twist ("when: after:") builds on the choice made in the earlier scenario, so it
// must read that choice: every choice of the earlier scenario sets a flag, and the
// twist's when: names a flag that some choice of the earlier scenario sets. A player
// who chose otherwise never reads a story about a choice they did not make.
func TestTwistsReadTheEarlierChoice(t *testing.T) {
	c := builtinContent(t)
	twists := 0
	for _, tw := range c.Scenarios {
		if tw.When == nil || len(tw.When.After) == 0 {
			continue
		}
		twists++
		for _, id := range tw.When.After {
			prev := c.Scenario(id)
			if prev == nil {
				t.Fatalf("%s: after %q, which does not exist", tw.ID, id)
			}
			read := false
			for j, ch := range prev.Choices {
				if len(ch.Set) == 0 {
					t.Errorf("%s: choice %d (%q) sets no flag, so the twist %s cannot tell it was chosen", prev.ID, j, ch.Label.In("en"), tw.ID)
				}
				for _, f := range ch.Set {
					if slices.Contains(tw.When.Flags, f) {
						read = true
					}
				}
			}
			if !read {
				t.Errorf("%s (%s:%d): when: flags %v names no flag a choice of %s sets; it assumes the earlier choice", tw.ID, tw.File, tw.Line, tw.When.Flags, id)
			}
		}
	}
	if twists < 3 {
		t.Errorf("%d twists found, want at least the 3 in manager/twists.yaml", twists)
	}
}

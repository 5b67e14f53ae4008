package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// Focusables is the screen's focusable items (their rectangles, and which are
// disabled) and the focus; ok is false for a screen with no menu.
func Focusables(s Scene) (rs []ui.Rect, disabled []bool, focus int, ok bool) {
	ms, ok := s.(menuScene)
	if !ok {
		return nil, nil, -1, false
	}
	m := ms.menuOf()
	for _, b := range m.items {
		rs = append(rs, b.R)
		disabled = append(disabled, b.Disabled)
	}
	return rs, disabled, m.focus, true
}

// Aim is the item a keyboard player means to press on s: Done on a duty desk, the
// first open inbox card (or End the week) on the dashboard, else the focused item.
func Aim(s Scene) int {
	switch s := s.(type) {
	case *DutyKit:
		return len(s.acts)
	case *WeekScene:
		for i, o := range s.step.Options {
			if !o.Done {
				return i
			}
		}
		return s.end
	}
	_, _, f, _ := Focusables(s)
	return f
}

// Route is the shortest sequence of keys (from keys) that brings the focus of s to
// item target, worked out on copies of its menu (s is left as it was); nil when
// the focus is there already, and ok false when no sequence gets there.
func Route(s Scene, target int, keys []Input) (route []Input, ok bool) {
	ms, isMenu := s.(menuScene)
	if !isMenu {
		return nil, false
	}
	m := ms.menuOf()
	step := func(f int, in Input) int {
		if j, ok := s.(jumper); ok {
			if to := j.jump(&in); to >= 0 {
				return to
			}
		}
		c := *m
		c.focus = f
		c.handle(&in)
		return c.focus
	}
	type node struct {
		f    int
		keys []Input
	}
	seen := map[int]bool{m.focus: true}
	q := []node{{m.focus, nil}}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		if n.f == target {
			return n.keys, true
		}
		for _, k := range keys {
			f := step(n.f, k)
			if !seen[f] {
				seen[f] = true
				q = append(q, node{f, append(append([]Input(nil), n.keys...), k)})
			}
		}
	}
	return nil, false
}

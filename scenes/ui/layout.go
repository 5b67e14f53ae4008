package ui

import (
	"fmt"
	"math"
)

// TextBox is one line of text a frame drew, with the box its glyphs take
// (Canvas.Boxes).
type TextBox struct {
	S string
	R Rect
}

// slack is how far (logical pixels) a line may reach past a box before it counts:
// a glyph's side bearing, a rounded pixel.
const slack = 2

// LayoutProblems reads what a frame drew (Canvas.Boxes) and says where text is not
// where a reader can read it: a line that runs off the sides of the screen or above
// it, a line that runs out of the panel, card or button it starts in, a line that
// runs into a panel it does not start in, and two lines drawn over each other.
// Below the window is not a problem: a screen taller than the window scrolls.
func LayoutProblems(texts []TextBox, shapes []Rect) []string {
	var out []string
	// rectangles that hold text: not hairlines, not the whole screen
	var boxes []Rect
	for _, r := range shapes {
		if r.W >= 12 && r.H >= 12 && !(r.W >= W && r.H >= H) {
			boxes = append(boxes, r)
		}
	}
	for i, t := range texts {
		if t.S == "" || t.R.W == 0 {
			continue
		}
		r := t.R
		if r.X < -slack || r.X+r.W > W+slack || r.Y < -slack {
			out = append(out, fmt.Sprintf("%q at (%.0f,%.0f) w %.0f runs off the screen", t.S, r.X, r.Y, r.W))
			continue
		}
		// the box it starts in: the smallest rectangle that holds its first letter
		ax, ay := r.X+1, r.Y+r.H/2
		home, homeA := Rect{}, math.Inf(1)
		for _, b := range boxes {
			if b.Contains(ax, ay) && b.W*b.H < homeA {
				home, homeA = b, b.W*b.H
			}
		}
		if !math.IsInf(homeA, 1) && !inside(r, home) {
			out = append(out, fmt.Sprintf("%q at (%.0f,%.0f) w %.0f h %.0f runs out of its box (%.0f,%.0f %.0fx%.0f)", t.S, r.X, r.Y, r.W, r.H, home.X, home.Y, home.W, home.H))
			continue
		}
		// a box it does not start in, which it runs into: only boxes smaller than its
		// own (a card beside it, a button below), never the panel around both
		for _, b := range boxes {
			if b.Contains(ax, ay) || (!math.IsInf(homeA, 1) && b.W*b.H >= homeA) {
				continue
			}
			if overlap(r, b) && !inside(b, r) {
				out = append(out, fmt.Sprintf("%q at (%.0f,%.0f) w %.0f runs into a box at (%.0f,%.0f %.0fx%.0f)", t.S, r.X, r.Y, r.W, b.X, b.Y, b.W, b.H))
				break
			}
		}
		for _, u := range texts[i+1:] {
			if u.S == "" || u.R.W == 0 {
				continue
			}
			if overlap(r, u.R) && (math.Abs(r.X-u.R.X) > 0.5 || math.Abs(r.Y-u.R.Y) > 0.5 || t.S != u.S) {
				out = append(out, fmt.Sprintf("%q at (%.0f,%.0f) and %q at (%.0f,%.0f) overlap", t.S, r.X, r.Y, u.S, u.R.X, u.R.Y))
				break
			}
		}
	}
	return out
}

// inside reports whether r lies within b, give or take the slack.
func inside(r, b Rect) bool {
	return r.X >= b.X-slack && r.Y >= b.Y-slack && r.X+r.W <= b.X+b.W+slack && r.Y+r.H <= b.Y+b.H+slack
}

// overlap reports whether a and b share more than the slack on both axes (text
// lines are a line height tall, more than their ink, so lines may touch).
func overlap(a, b Rect) bool {
	dx := math.Min(a.X+a.W, b.X+b.W) - math.Max(a.X, b.X)
	dy := math.Min(a.Y+a.H, b.Y+b.H) - math.Max(a.Y, b.Y)
	return dx > slack && dy > math.Max(slack, 0.3*math.Min(a.H, b.H))
}

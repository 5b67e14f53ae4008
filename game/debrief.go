package game

import "sort"

// tone is how a debrief line reads to the player: work done well, a fact or an
// explanation, or something that went wrong.
type tone int

const (
	toneGood tone = iota
	toneNeutral
	toneBad
)

// debrief collects a duty result's lines with their tones, so the result
// celebrates what went well before it lists what went wrong (issue 14): Lines
// orders them good, then neutral, then bad, keeping each group in the order the
// duty said them. A fact that explains a judged line is added with that line's
// tone, so it stays beside it.
type debrief struct {
	lines []Line
	tones []tone
}

func (d *debrief) add(t tone, ls ...Line) {
	for _, l := range ls {
		d.lines = append(d.lines, l)
		d.tones = append(d.tones, t)
	}
}

func (d *debrief) good(ls ...Line)    { d.add(toneGood, ls...) }
func (d *debrief) neutral(ls ...Line) { d.add(toneNeutral, ls...) }
func (d *debrief) bad(ls ...Line)     { d.add(toneBad, ls...) }

// judged adds lines as good when ok, else as bad.
func (d *debrief) judged(ok bool, ls ...Line) {
	if ok {
		d.good(ls...)
	} else {
		d.bad(ls...)
	}
}

// remove drops the i-th line said (a duty trimming a long debrief).
func (d *debrief) remove(i int) {
	d.lines = append(d.lines[:i], d.lines[i+1:]...)
	d.tones = append(d.tones[:i], d.tones[i+1:]...)
}

// Lines is the debrief in the order the player reads it: good, neutral, bad.
func (d *debrief) Lines() []Line {
	idx := make([]int, len(d.lines))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return d.tones[idx[a]] < d.tones[idx[b]] })
	out := make([]Line, len(idx))
	for i, k := range idx {
		out[i] = d.lines[k]
	}
	return out
}

// Verdict is the headline the lines earn: good when nothing went wrong, hard when
// nothing went well, mixed when both; zero when the lines judge nothing, so
// FinishSystem judges by what moved.
func (d *debrief) Verdict() Line {
	var good, bad int
	for _, t := range d.tones {
		switch t {
		case toneGood:
			good++
		case toneBad:
			bad++
		}
	}
	switch {
	case good > 0 && bad == 0:
		return Verdict(ResultGood)
	case bad > 0 && good == 0:
		return Verdict(ResultHard)
	case good > 0:
		return Verdict(ResultMixed)
	}
	return Line{}
}

// finish sets the outcome's lines and verdict from the debrief.
func (d *debrief) finish(out *Outcome) {
	out.Lines = d.Lines()
	out.Verdict = d.Verdict()
}

package game

import (
	"math"
	"sort"
)

// ItemRecap ends an act (Ref: the act): what the player chose in it, what it moved
// and what it opened. The college recap is the graduation, the first job's recap
// the first day at work.
const ItemRecap = "recap"

// The moments a recap may open with.
const (
	MomentGraduation = "graduation" // end of college: the cap and the degree named
	MomentFirstDay   = "first-day"  // end of Act 3: the workplace and the title
)

// recapChoices is the most choices a recap lists (an act's history is short; this
// keeps the screen readable whatever a pack adds).
const recapChoices = 7

// recapMoved is the most changes a recap shows, recapGood of them good news: the
// largest of each, good news first, so a cost (a loan, say) is never crowded out.
const (
	recapMoved = 6
	recapGood  = 4
)

// topChanges keeps the largest changes, good news first, at most recapMoved.
func topChanges(v View, ch []Change) []Change {
	var good, bad []Change
	for _, c := range sortChanges(v, ch) {
		if v.ChangeBetter(c) {
			good = append(good, c)
		} else {
			bad = append(bad, c)
		}
	}
	if len(good) > recapGood && len(bad) > 0 {
		good = good[:recapGood]
	}
	out := append(good, bad...)
	if len(out) > recapMoved {
		out = out[:recapMoved]
	}
	return out
}

// Recap is an act's closing screen, in Lines (a catalog key with arguments or a
// content text), so it renders in any language.
type Recap struct {
	Act    Act
	Moment string // "", MomentGraduation or MomentFirstDay
	// Headline and Sub are the moment card's words: the degree earned, or the title
	// and the workplace. Empty when the recap has no moment.
	Headline Line
	Sub      Line
	Chose    []Line   // what the player chose in the act, in order
	Moved    []Change // what those choices moved, summed; good news first
	Opened   []Line   // what the act opened: the next act's options
}

// recap builds the recap of act from the state and its history.
func (s *Session) recap(act Act) *Recap {
	st, c := s.st, s.C
	r := &Recap{Act: act}
	var moved []Change
	for _, e := range st.History {
		if e.Act != act {
			continue
		}
		moved = append(moved, e.Changes...)
		if e.Quiz {
			continue // the interest check: answers, not choices
		}
		if len(r.Chose) < recapChoices {
			r.Chose = append(r.Chose, e.Choice)
		}
	}
	r.Moved = topChanges(View{st: st}, mergeChanges(moved))
	switch act {
	case ActSchool:
		r.Opened = s.openedBySchool()
	case ActCollege:
		r.Opened = s.openedByCollege()
		if d := c.Degree(st.Degree); d != nil {
			r.Moment = MomentGraduation
			r.Headline = L("recap.grad.title")
			r.Sub = WithParts("recap.grad.degree", nil, TL(d.Name))
		}
	case ActJob:
		ro, se := c.Role(st.Role), c.Setting(st.Setting)
		if ro != nil && se != nil {
			r.Moment = MomentFirstDay
			r.Headline = L("recap.first.title")
			r.Sub = WithParts("recap.first.sub", nil, TL(ro.Name), TL(se.Name))
			r.Opened = append(r.Opened, L("recap.opened.job", NumArg(float64(len(st.Offers)), 0), MoneyArg(st.Pay)))
		}
	}
	return r
}

// openedBySchool names what high school opened: the strongest skills and the
// degree that builds on them most.
func (s *Session) openedBySchool() []Line {
	st, c := s.st, s.C
	var out []Line
	ids := sortedKeys(st.Player.Skills)
	sort.SliceStable(ids, func(i, j int) bool { return st.Player.Skills[ids[i]] > st.Player.Skills[ids[j]] })
	var top []Line
	for _, id := range ids {
		if len(top) == 2 || st.Player.Skills[id] <= 0 {
			break
		}
		if sk := c.Skill(id); sk != nil {
			top = append(top, TL(sk.Name))
		}
	}
	if len(top) > 0 {
		out = append(out, WithParts("recap.opened.skills", nil, List(top...)))
	}
	best, bestFit := -1, -1
	for i, d := range c.Degrees {
		fit := 0
		for k, v := range d.Skills {
			fit += v * st.Player.Skills[k]
		}
		if fit > bestFit {
			best, bestFit = i, fit
		}
	}
	if best >= 0 {
		out = append(out, WithParts("recap.opened.degrees", []string{NumArg(float64(len(c.Degrees)), 0)}, TL(c.Degrees[best].Name)))
	}
	return out
}

// openedByCollege names the entry jobs the graduate may now take (the next step's
// list) and the roles a licence path keeps closed.
func (s *Session) openedByCollege() []Line {
	jobs := s.firstJobs()
	var names []Line
	for i, j := range jobs {
		if i == 3 {
			break
		}
		names = append(names, TL(j.board.Choices[j.choice].Label))
	}
	if len(names) == 0 {
		return nil
	}
	return []Line{WithParts("recap.opened.firstjobs", []string{NumArg(float64(len(jobs)), 0)}, List(names...))}
}

// sortChanges orders changes for a player: good news first, then the bad; the
// largest first within each (meters by their share of the scale, the rest by size).
func sortChanges(v View, ch []Change) []Change {
	size := func(c Change) float64 {
		if d := Meter(c.Target); d != nil && d.Max > d.Min {
			return math.Abs(c.Delta) / (d.Max - d.Min) * 100
		}
		return math.Abs(c.Delta)
	}
	out := append([]Change(nil), ch...)
	sort.SliceStable(out, func(i, j int) bool {
		gi, gj := v.ChangeBetter(out[i]), v.ChangeBetter(out[j])
		if gi != gj {
			return gi
		}
		return size(out[i]) > size(out[j])
	})
	return out
}

// The overall results a duty's verdict names.
const (
	ResultGood  = "good"
	ResultMixed = "mixed"
	ResultHard  = "hard"
)

// Verdict is the headline over a duty's result: "good", "mixed" or "hard".
func Verdict(result string) Line { return L("outcome.verdict." + result) }

// verdictFor judges a result a module did not judge itself by what moved: mostly
// good news reads as good, all bad as hard, the rest as mixed.
func verdictFor(m Mood) Line {
	switch m {
	case MoodPleased:
		return Verdict(ResultGood)
	case MoodUpset:
		return Verdict(ResultHard)
	}
	return Verdict(ResultMixed)
}

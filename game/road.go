package game

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Continue leaves an intro card or a debrief.
func (s *Session) Continue() (err error) {
	defer noteInput(s, inContinue, &err)
	st := s.st
	if st.Outcome != nil {
		st.Outcome = nil
		if st.Item().Kind == ItemWeek && st.Open >= 0 {
			// back from a scenario's debrief to the week's inbox
			st.Open = -1
			return nil
		}
		// a road debrief or the week's summary was on screen
		s.advance()
		return nil
	}
	if k := st.Item().Kind; (k == ItemIntro || k == ItemRecap) && st.Current == "" {
		s.advance()
		return nil
	}
	return ErrNotNow
}

// Toggle ticks or unticks option i of a pick-many step.
func (s *Session) Toggle(i int) (err error) {
	defer noteInput(s, inToggle+strconv.Itoa(i), &err)
	return s.toggle(i)
}

func (s *Session) toggle(i int) error {
	st := s.st
	it := st.Item()
	if it.Kind != ItemTerm || st.Outcome != nil || st.Current != "" {
		return ErrNotNow
	}
	t := s.term(it.Ref)
	if i < 0 || i >= len(t.Courses) {
		return fmt.Errorf("no option %d", i)
	}
	for k, p := range st.Picked {
		if p == i {
			st.Picked = append(st.Picked[:k], st.Picked[k+1:]...)
			return nil
		}
	}
	if len(st.Picked) >= t.Slots {
		return fmt.Errorf("all %d slots are full", t.Slots)
	}
	st.Picked = append(st.Picked, i)
	sort.Ints(st.Picked)
	return nil
}

// Confirm closes a pick-many step (when full) or ends a manager week (when its inbox
// is done).
func (s *Session) Confirm() (err error) {
	defer noteInput(s, inConfirm, &err)
	st, c := s.st, s.C
	it := st.Item()
	if st.Outcome != nil || st.Current != "" || st.System != "" {
		return ErrNotNow
	}
	switch it.Kind {
	case ItemTerm:
		t := s.term(it.Ref)
		if len(st.Picked) != t.Slots {
			return fmt.Errorf("pick %d, not %d", t.Slots, len(st.Picked))
		}
		out := &Outcome{Title: TL(t.Title)}
		var names []Line
		for _, i := range st.Picked {
			co := c.Course(t.Courses[i])
			st.Courses = append(st.Courses, co.ID)
			st.Flags[co.Flag("course")] = true
			out.Changes = append(out.Changes, s.applySkills(co.Skills)...)
			st.Player.Money -= co.Cost
			names = append(names, TL(co.Name))
		}
		out.Changes = mergeChanges(out.Changes)
		took := WithParts("term.took", nil, List(names...))
		out.Lines = []Line{took}
		st.History = append(st.History, Entry{Act: st.Act(), Title: TL(t.Title), Choice: took, Changes: out.Changes})
		st.Outcome = out
		return nil
	case ItemWeek:
		if !s.weekDone() {
			return fmt.Errorf("%d inbox items are still open", len(st.Inbox))
		}
		st.Outcome = s.endWeek()
		return nil
	}
	return ErrNotNow
}

// Choose picks option i of the current step.
func (s *Session) Choose(i int) (err error) {
	defer noteInput(s, inChoose+strconv.Itoa(i), &err)
	st, c := s.st, s.C
	if st.Outcome != nil || st.System != "" {
		return ErrNotNow
	}
	if st.Current != "" {
		return s.chooseScenario(i)
	}
	it := st.Item()
	switch it.Kind {
	case ItemQuiz:
		q := s.quiz(it.Ref)
		if i < 0 || i >= len(q.Options) {
			return fmt.Errorf("no option %d", i)
		}
		o := q.Options[i]
		for _, id := range sortedKeys(o.Interests) {
			st.Player.Interests[id] += o.Interests[id]
		}
		ch := s.applySkills(o.Skills)
		st.History = append(st.History, Entry{Act: ActSchool, Title: TL(q.Prompt), Choice: TL(o.Label), Changes: ch, Quiz: true})
		s.advance()
		return nil
	case ItemTerm:
		return s.toggle(i)
	case ItemActivity:
		list := s.activities(Act(it.Ref))
		if i < 0 || i >= len(list) {
			return fmt.Errorf("no option %d", i)
		}
		a := list[i]
		st.Activities = append(st.Activities, a.ID)
		s.takePick("activity", L("activity.title."+it.Ref), a.Named, a.Skills, nil, statMove{PlayerMoney, a.Money}, statMove{PlayerStress, a.Stress})
		return nil
	case ItemDegree:
		d, err := option(c.Degrees, i)
		if err != nil {
			return err
		}
		st.Degree = d.ID
		s.takePick("degree", L("degree.title"), d.Named, d.Skills, nil, statMove{PlayerDebt, d.Tuition})
		return nil
	case ItemMasters:
		m, err := option(c.Masters, i)
		if err != nil {
			return err
		}
		st.Masters = m.ID
		s.takePick("masters", L("masters.title"), m.Named, m.Skills, factPtr(c, "masters"), statMove{PlayerDebt, m.Cost})
		return nil
	case ItemFirstJob:
		jobs := s.firstJobs()
		if i < 0 || i >= len(jobs) {
			return fmt.Errorf("no option %d", i)
		}
		j := jobs[i]
		// every board on screen is used up, so none comes back as a later event
		for _, b := range s.firstJobBoards() {
			if b.ID != j.board.ID {
				st.Seen[b.ID]++
			}
		}
		st.Current = j.board.ID
		if err := s.chooseScenario(j.choice); err != nil {
			st.Current = ""
			return err
		}
		if st.Outcome.Fact == nil {
			st.Outcome.Fact = factPtr(c, FirstJobFact)
		}
		return nil
	case ItemOffers:
		if i < 0 || i >= len(st.Offers) {
			return fmt.Errorf("no option %d", i)
		}
		o := st.Offers[i]
		st.Role, st.Setting, st.Pay = o.Role, o.Setting, o.Pay
		st.Flags["role:"+o.Role] = true
		st.Flags["setting:"+o.Setting] = true
		r, se := c.Role(o.Role), c.Setting(o.Setting)
		e := Entry{Act: ActJob, Title: L("offers.title"), Choice: offerLabel(r, se), Why: L("offer.why", MoneyArg(o.Pay), NumArg(o.Fit*100, 0))}
		st.History = append(st.History, e)
		st.Outcome = &Outcome{Title: offerLabel(r, se), Lines: []Line{TL(se.About), L("offer.accepted", MoneyArg(o.Pay), payVsMedian(o.Pay))}, Fact: factPtr(c, "pay")}
		return nil
	case ItemWeek:
		if i < 0 || i >= len(st.Inbox) {
			return fmt.Errorf("no option %d", i)
		}
		if st.Inbox[i].Done {
			return fmt.Errorf("inbox item %d is done", i)
		}
		st.Open = i
		if sys := st.Inbox[i].System; sys != "" {
			if err := s.openDuty(sys); err != nil {
				st.Open = -1
				return err
			}
			return nil
		}
		st.Current = st.Inbox[i].Scenario
		return nil
	}
	return ErrNotNow
}

// statMove is one player stat (PlayerMoney, PlayerStress, PlayerDebt) that a pick
// moves, and by how much.
type statMove struct {
	stat MeterID
	by   int
}

// takePick applies a picked activity, degree or master's n: it sets the flag
// "<kind>:<id>", applies the skills and then the stat moves in order, records the
// pick under title and shows it as the outcome, with fact under it when not nil.
func (s *Session) takePick(kind string, title Line, n Named, skills map[string]int, fact *Fact, moves ...statMove) {
	st := s.st
	st.Flags[n.Flag(kind)] = true
	ch := s.applySkills(skills)
	for _, m := range moves {
		ch = append(ch, s.applyTarget(m.stat, float64(m.by))...)
	}
	s.record(title, n.Name, ch)
	st.Outcome = &Outcome{Title: TL(n.Name), Lines: []Line{TL(n.About)}, Changes: ch, Fact: fact}
}

func (s *Session) record(title Line, choice Text, ch []Change) {
	st := s.st
	st.History = append(st.History, Entry{Act: st.Act(), Week: st.Week, Title: title, Choice: TL(choice), Changes: ch})
}

// FirstJobYears is how long the graduate works in a first, entry role before applying
// for the manager's job: a game figure inside the profile's "less than 5 years" of
// related work experience.
const FirstJobYears = 3

// FirstJobBoardPrefix starts the id of every scenario that lists first jobs: each of
// its choices is one entry role (see scenarios/road/first-job.yaml). A board's `when:`
// says who may take its jobs (a licence path's degree), so the first-job step lists
// the choices of every board the player is eligible for.
const FirstJobBoardPrefix = "first-job-"

// FirstJobFact is the fact card (road/career.yaml facts) shown with the first jobs.
const FirstJobFact = "first-job"

// firstJob is one entry role on screen: choice of board.
type firstJob struct {
	board  *Scenario
	choice int
}

// firstJobBoards lists the first-job boards the player is eligible for, in content
// order. The boards' when: keeps them apart: a graduate who trained for a licence (RN,
// pharmacist, therapist, dietitian) starts in that work.
func (s *Session) firstJobBoards() []*Scenario {
	var out []*Scenario
	for _, sc := range s.C.Scenarios {
		if strings.HasPrefix(sc.ID, FirstJobBoardPrefix) && s.eligible(sc, ActJob) {
			out = append(out, sc)
		}
	}
	return out
}

// firstJobs lists the entry roles open to the player: the choices of every eligible
// board, licence paths first (their boards come first in the content).
func (s *Session) firstJobs() []firstJob {
	var out []firstJob
	for _, b := range s.firstJobBoards() {
		for i := range b.Choices {
			out = append(out, firstJob{b, i})
		}
	}
	// a job where the player interned or worked in college comes first: that employer
	// knows them
	known := map[string]bool{}
	for _, id := range s.st.Activities {
		if a := s.C.Activity(id); a != nil && a.Setting != "" {
			known[WorkedFlag(a.Setting)] = true
		}
	}
	knows := func(j firstJob) bool {
		for _, f := range j.board.Choices[j.choice].Set {
			if known[f] {
				return true
			}
		}
		return false
	}
	sort.SliceStable(out, func(i, j int) bool { return knows(out[i]) && !knows(out[j]) })
	return out
}

// pathTo finds the licence path to role in the first-job boards: the flags its
// board needs (when: flags) and the path flag its job sets; nothing when the role
// has no licence path.
func (s *Session) pathTo(role string) (map[string]bool, string) {
	want := PathFlag(role)
	for _, sc := range s.C.Scenarios {
		if !strings.HasPrefix(sc.ID, FirstJobBoardPrefix) {
			continue
		}
		for _, ch := range sc.Choices {
			if contains(ch.Set, want) {
				needs := map[string]bool{}
				if sc.When != nil {
					for _, f := range sc.When.Flags {
						needs[f] = true
					}
				}
				return needs, want
			}
		}
	}
	return nil, ""
}

// option is choice i of a step's list, or an error naming the bad index.
func option[T any](list []T, i int) (*T, error) {
	if i < 0 || i >= len(list) {
		return nil, fmt.Errorf("no option %d", i)
	}
	return &list[i], nil
}

package game

import (
	"fmt"
	"strconv"
)

// Step describes the current moment for the screen.
func (s *Session) Step() Step {
	st, c := s.st, s.C
	it := st.Item()
	step := Step{Act: st.Act(), Item: it, Progress: Progress{Act: st.Act(), Index: st.Pos + 1, Total: len(st.Plan), Week: st.Week, Weeks: st.Weeks}}
	if st.Outcome != nil {
		step.Kind, step.Outcome = StepOutcome, st.Outcome
		step.Title = st.Outcome.Title
		step.Fact = st.Outcome.Fact
		if st.Outcome.Scenario != "" {
			step.Scenario = c.Scenario(st.Outcome.Scenario) // who hears the result
		}
		step.CanGoOn = true
		return step
	}
	if st.System != "" {
		step.Kind, step.System = StepSystem, st.System
		step.Title = L(Variant("system."+st.System+".title", st.Setting))
		step.Body = L(Variant("system."+st.System+".body", st.Setting))
		return step
	}
	if st.Current != "" {
		sc := c.Scenario(st.Current)
		step.Kind, step.Scenario = StepScenario, sc
		step.Title, step.Who, step.Body = TL(sc.Title), TL(sc.Who), TL(sc.Body)
		if !sc.FactAfter {
			step.Fact = sc.Fact // with fact_after the card waits for the outcome
		}
		if body := scenarioBodies[sc.ID]; body != nil {
			step.Body = body(st)
		}
		for i, ch := range sc.Choices {
			step.Options = append(step.Options, Option{ID: strconv.Itoa(i), Label: TL(ch.Label)})
		}
		return step
	}
	switch it.Kind {
	case ItemIntro:
		a := c.ActDef(Act(it.Ref))
		step.Kind, step.CanGoOn = StepIntro, true
		if a != nil {
			step.Title, step.Body, step.Fact = TL(a.Title), TL(a.Intro), a.Fact
		}
	case ItemRecap:
		step.Kind, step.CanGoOn = StepRecap, true
		step.Recap = s.recap(Act(it.Ref))
		step.Title = L("recap.title." + it.Ref)
	case ItemQuiz:
		q := s.quiz(it.Ref)
		step.pickOne(L("quiz.title"), TL(q.Prompt))
		for i, o := range q.Options {
			step.Options = append(step.Options, Option{ID: strconv.Itoa(i), Label: TL(o.Label)})
		}
	case ItemTerm:
		t := s.term(it.Ref)
		step.Kind, step.Slots = StepPickMany, t.Slots
		step.Title, step.Body = TL(t.Title), TL(t.Body)
		step.Hint = L("pick.slots", strconv.Itoa(len(st.Picked)), strconv.Itoa(t.Slots))
		for i, id := range t.Courses {
			co := c.Course(id)
			step.Options = append(step.Options, Option{ID: id, Label: TL(co.Name), Detail: TL(co.About), Selected: containsInt(st.Picked, i), Tag: skillTag(c, co.Skills, s.skillsWithout(t, i))})
		}
		step.CanGoOn = len(st.Picked) == t.Slots
	case ItemActivity:
		step.pickOne(L("activity.title."+it.Ref), L("activity.body."+it.Ref))
		for _, a := range s.activities(Act(it.Ref)) {
			tag := skillTag(c, a.Skills, st.Player.Skills)
			if a.Money > 0 {
				tag = WithParts("activity.tag", []string{MoneyArg(a.Money)}, tag)
			}
			step.Options = append(step.Options, namedOption(a.Named, tag))
		}
	case ItemDegree:
		step.pickOne(L("degree.title"), L("degree.body"))
		for _, d := range c.Degrees {
			tag := WithParts("degree.tag", []string{MoneyArg(d.Tuition)}, skillTag(c, d.Skills, st.Player.Skills))
			step.Options = append(step.Options, namedOption(d.Named, tag))
		}
	case ItemMasters:
		step.pickOne(L("masters.title"), L("masters.body"))
		step.Fact = factPtr(c, "masters")
		for _, m := range c.Masters {
			tag := L("masters.tag", strconv.Itoa(m.Years), MoneyArg(m.Cost), strconv.Itoa(m.PayBonus))
			step.Options = append(step.Options, namedOption(m.Named, tag))
		}
	case ItemFirstJob:
		step.pickOne(L("firstjob.title"), L("firstjob.body", strconv.Itoa(FirstJobYears)))
		step.Fact = factPtr(c, FirstJobFact)
		for _, j := range s.firstJobs() {
			ch := j.board.Choices[j.choice]
			skills := map[string]int{}
			for k, v := range ch.Effects {
				if c.Skill(k) != nil {
					skills[k] = int(v)
				}
			}
			step.Options = append(step.Options, Option{
				ID:    j.board.ID + "/" + strconv.Itoa(j.choice),
				Label: TL(ch.Label),
				Tag:   skillTag(c, skills, st.Player.Skills),
			})
		}
	case ItemOffers:
		step.pickOne(L("offers.title"), L("offers.body.after", strconv.Itoa(FirstJobYears)))
		step.Fact = factPtr(c, "pay")
		if closed := s.closedRoles(); len(closed) > 0 {
			step.Hint = WithParts("offers.closed", nil, List(closed...))
		}
		for _, o := range st.Offers {
			r, se := c.Role(o.Role), c.Setting(o.Setting)
			step.Options = append(step.Options, Option{
				ID:     o.Role + "@" + o.Setting,
				Label:  offerLabel(r, se),
				Detail: TL(r.About),
				Tag:    L("offer.tag", MoneyArg(o.Pay), payVsMedian(o.Pay)),
			})
		}
	case ItemWeek:
		step.Kind = StepWeek
		step.Title = L("week.title", strconv.Itoa(st.Week), strconv.Itoa(st.Weeks))
		done := 0
		for _, in := range st.Inbox {
			var o Option
			if in.System != "" {
				o = Option{ID: "system:" + in.System, Label: L(Variant("system."+in.System+".title", st.Setting)), Detail: L(Variant("system."+in.System+".who", st.Setting)), Done: in.Done, Tag: L("day." + strconv.Itoa(in.Day))}
			} else {
				sc := c.Scenario(in.Scenario)
				o = Option{ID: in.Scenario, Label: TL(sc.Title), Detail: TL(sc.Who), Done: in.Done, Tag: L("day." + strconv.Itoa(in.Day))}
			}
			if in.Done {
				done++
			}
			step.Options = append(step.Options, o)
		}
		step.CanGoOn = done == len(st.Inbox)
		step.Hint = L("week.hint", strconv.Itoa(done), strconv.Itoa(len(st.Inbox)))
	case ItemReport:
		step.Kind = StepReport
		step.Title = L("report.title")
	}
	return step
}

// pickOne makes the step a list to pick one option from, under title and body.
func (step *Step) pickOne(title, body Line) {
	step.Kind = StepPickOne
	step.Title, step.Body = title, body
}

// namedOption offers the content item n (an activity, degree or master's) with its
// name, its description and tag.
func namedOption(n Named, tag Line) Option {
	return Option{ID: n.ID, Label: TL(n.Name), Detail: TL(n.About), Tag: tag}
}

// offerLabel names an offer as "Role — Setting" in the player's language.
func offerLabel(r *Role, se *Setting) Line {
	return WithParts("offer.label", nil, TL(r.Name), TL(se.Name))
}

func factPtr(c *Content, id string) *Fact {
	if f, ok := c.Facts[id]; ok {
		return &f
	}
	return nil
}

// skillTag lists the skills a choice builds, e.g. "+2 finance, +1 organisation",
// with the skills' names in the player's language. The gain shown is the real one
// from the levels in have: a skill near SkillMax shows the capped gain ("+1 Finance
// (max)"), and one already at the top says so instead of promising points that
// would vanish.
func skillTag(c *Content, skills map[string]int, have map[string]int) Line {
	var parts []Line
	for _, id := range sortedKeys(skills) {
		name := T(id)
		if sk := c.Skill(id); sk != nil {
			name = sk.Name
		}
		want := skills[id]
		got := SkillGain(have[id], want)
		switch {
		case got == want:
			parts = append(parts, WithParts("skill.delta", []string{fmt.Sprintf("%+d", got)}, TL(name)))
		case got == 0:
			parts = append(parts, WithParts("skill.at_max", nil, TL(name)))
		default:
			parts = append(parts, WithParts("skill.delta_capped", []string{fmt.Sprintf("%+d", got)}, TL(name)))
		}
	}
	return List(parts...)
}

// SkillGain is how much a skill at level have really moves when a choice adds want:
// skills stay within 0..SkillMax.
func SkillGain(have, want int) int {
	return clampInt(have+want, 0, SkillMax) - have
}

// skillsWithout is the player's skills plus what the term's other ticked courses
// will add, so course i's card shows the gain it would really bring on top of them.
func (s *Session) skillsWithout(t *Term, i int) map[string]int {
	out := make(map[string]int, len(s.st.Player.Skills))
	for k, v := range s.st.Player.Skills {
		out[k] = v
	}
	for _, p := range s.st.Picked {
		if p == i || p < 0 || p >= len(t.Courses) {
			continue
		}
		if co := s.C.Course(t.Courses[p]); co != nil {
			for k, v := range co.Skills {
				out[k] = clampInt(out[k]+v, 0, SkillMax)
			}
		}
	}
	return out
}

func (s *Session) quiz(id string) *QuizQuestion {
	for i := range s.C.Quiz {
		if s.C.Quiz[i].ID == id {
			return &s.C.Quiz[i]
		}
	}
	return &QuizQuestion{ID: id}
}

func (s *Session) term(id string) *Term {
	for i := range s.C.Terms {
		if s.C.Terms[i].ID == id {
			return &s.C.Terms[i]
		}
	}
	return &Term{ID: id}
}

func (s *Session) activities(a Act) []*Activity {
	var out []*Activity
	for i := range s.C.Activities {
		if s.C.Activities[i].Act == a {
			out = append(out, &s.C.Activities[i])
		}
	}
	return out
}

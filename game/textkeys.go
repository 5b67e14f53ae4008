package game

import (
	"maps"
	"slices"
	"strconv"
)

// Texts visits every piece of player-facing content text under a stable key, so a
// translation can be kept beside the content in a flat file ("brd-errors-average.body",
// "course.accounting.name", "brd-errors-average.0.debrief") and checked for gaps.
// The visitor gets a pointer, so it may fill in a Text that has no map yet.
func (c *Content) Texts(visit func(key string, t *Text)) {
	named := func(kind string, n *Named) {
		visit(kind+"."+n.ID+".name", &n.Name)
		visit(kind+"."+n.ID+".about", &n.About)
	}
	for i := range c.Skills {
		named("skill", &c.Skills[i].Named)
	}
	for i := range c.Interests {
		named("interest", &c.Interests[i].Named)
	}
	for i := range c.Duties {
		named("duty", &c.Duties[i])
	}
	for i := range c.Quiz {
		q := &c.Quiz[i]
		visit("quiz."+q.ID+".prompt", &q.Prompt)
		for j := range q.Options {
			visit("quiz."+q.ID+"."+strconv.Itoa(j), &q.Options[j].Label)
		}
	}
	for i := range c.Acts {
		a := &c.Acts[i]
		k := "act." + string(a.ID)
		visit(k+".title", &a.Title)
		visit(k+".intro", &a.Intro)
		if a.Fact != nil {
			visit(k+".fact", &a.Fact.Text)
		}
	}
	for i := range c.Terms {
		t := &c.Terms[i]
		visit("term."+t.ID+".title", &t.Title)
		visit("term."+t.ID+".body", &t.Body)
	}
	for i := range c.Courses {
		named("course", &c.Courses[i].Named)
	}
	for i := range c.Activities {
		named("activity", &c.Activities[i].Named)
	}
	for i := range c.Degrees {
		named("degree", &c.Degrees[i].Named)
	}
	for i := range c.Masters {
		named("masters", &c.Masters[i].Named)
	}
	for i := range c.Settings {
		named("setting", &c.Settings[i].Named)
	}
	for i := range c.Roles {
		named("role", &c.Roles[i].Named)
	}
	for i := range c.Careers {
		named("career", &c.Careers[i].Named)
		visit("career."+c.Careers[i].ID+".transfer", &c.Careers[i].Transfer)
	}
	for _, k := range slices.Sorted(maps.Keys(c.Facts)) {
		f := c.Facts[k]
		visit("facts."+k, &f.Text)
		c.Facts[k] = f
	}
	for _, sc := range c.Scenarios {
		sc.Texts(visit)
	}
}

// Texts visits the scenario's texts under keys that start with its id.
func (sc *Scenario) Texts(visit func(key string, t *Text)) {
	k := sc.ID + "."
	visit(k+"title", &sc.Title)
	visit(k+"who", &sc.Who)
	visit(k+"body", &sc.Body)
	visit(k+"objective", &sc.Objective)
	if sc.Fact != nil {
		visit(k+"fact", &sc.Fact.Text)
	}
	for i := range sc.Choices {
		ch := &sc.Choices[i]
		ck := k + strconv.Itoa(i) + "."
		visit(ck+"label", &ch.Label)
		visit(ck+"debrief", &ch.Debrief)
		if ch.Skilled != nil {
			visit(ck+"note", &ch.Skilled.Note)
		}
		for j := range ch.Later {
			visit(ck+"later."+strconv.Itoa(j), &ch.Later[j].Text)
		}
	}
}

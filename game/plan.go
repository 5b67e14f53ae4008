package game

import (
	"strconv"
)

// BuildPlan lays out the road from the content: the interest check and school terms,
// college, the first job, the step up to a manager's job, the manager's weeks and the report.
func BuildPlan(c *Content, weeks int) []PlanItem {
	var p []PlanItem
	add := func(kind, ref string) { p = append(p, PlanItem{kind, ref}) }
	add(ItemIntro, string(ActSchool))
	for _, q := range c.Quiz {
		add(ItemQuiz, q.ID)
	}
	terms := func(a Act) {
		for _, t := range c.Terms {
			if t.Act == a {
				add(ItemTerm, t.ID)
			}
		}
	}
	// One event per act, after the choices it can build on (courses, activities), so
	// Acts 1-3 read in about ten minutes.
	terms(ActSchool)
	add(ItemActivity, string(ActSchool))
	add(ItemEvent, string(ActSchool))
	add(ItemRecap, string(ActSchool))
	add(ItemIntro, string(ActCollege))
	add(ItemDegree, "")
	add(ItemFixed, PayingForCollege)
	terms(ActCollege)
	add(ItemActivity, string(ActCollege))
	add(ItemEvent, string(ActCollege))
	add(ItemMasters, "")
	add(ItemRecap, string(ActCollege)) // graduation
	add(ItemIntro, string(ActJob))
	// The profile asks for related work experience (under 5 years): the graduate first
	// works FirstJobYears in an entry role, then applies for the manager's job.
	add(ItemFirstJob, "")
	add(ItemOffers, "")
	add(ItemEvent, string(ActJob))
	add(ItemRecap, string(ActJob)) // the first day at work
	add(ItemIntro, string(ActManager))
	for w := 1; w <= weeks; w++ {
		add(ItemWeek, strconv.Itoa(w))
	}
	add(ItemReport, "")
	return p
}

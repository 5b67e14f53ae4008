package scenarios

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/hsmgame/healthmanager/game"
)

// MinChoices is the fewest choices a manager scenario may offer: with fewer there is
// no real trade-off to weigh.
const MinChoices = 3

// MaxWeek bounds week conditions; a week past it could never come.
const MaxWeek = 52

var reID = lazyRegexp(`^[a-z0-9][a-z0-9_.-]*$`)

// checker collects problems for one file.
type checker struct {
	c     *game.Content
	f     *file
	probs *Problems
	flags map[string]bool // every flag some choice or pick can set
	pack  bool            // a teacher pack's files (the built-in content is checked more strictly)
}

func (k *checker) add(field, msg string, p ...any) {
	*k.probs = append(*k.probs, Problem{k.f.name, lineAt(k.f.root, p...), field, msg})
}

// validate checks cross-references and required fields. With pack set, only the
// scenarios of the given files are checked (the base is already known to be good).
func validate(c *game.Content, files []*file, pack bool) Problems {
	var probs Problems
	flags := settableFlags(c)
	if !pack {
		probs = append(probs, checkWhole(c, files)...)
	}
	seen := map[string]string{}
	if pack {
		for _, sc := range c.Scenarios {
			if !isPackFile(sc.File, files) {
				seen[sc.ID] = fmt.Sprintf("%s:%d", sc.File, sc.Line)
			}
		}
	}
	castSeen := map[string]string{}
	if pack {
		for _, ch := range c.Cast {
			if !isPackFile(ch.File, files) {
				castSeen[ch.ID] = fmt.Sprintf("%s:%d", ch.File, ch.Line)
			}
		}
	}
	for _, f := range files {
		k := &checker{c: c, f: f, probs: &probs, flags: flags, pack: pack}
		if !pack {
			k.road()
		}
		for i := range f.doc.Cast {
			k.character(&f.doc.Cast[i], i, castSeen)
		}
		for i := range f.doc.Scenarios {
			sc := &f.doc.Scenarios[i]
			if sc.ID != "" {
				if where, dup := seen[sc.ID]; dup {
					k.add("id", fmt.Sprintf("duplicate scenario id %q (also at %s)", sc.ID, where), "scenarios", i, "id")
				}
				seen[sc.ID] = fmt.Sprintf("%s:%d", f.name, lineAt(f.root, "scenarios", i))
			}
			k.scenario(sc, i)
		}
	}
	return probs
}

func isPackFile(name string, files []*file) bool {
	for _, f := range files {
		if f.name == name {
			return true
		}
	}
	return false
}

// checkWhole checks what the built-in content as a whole must have.
func checkWhole(c *game.Content, files []*file) Problems {
	var ps Problems
	first := "content"
	if len(files) > 0 {
		first = files[0].name
	}
	for _, a := range game.Acts {
		if c.ActDef(a) == nil {
			ps = append(ps, Problem{first, 1, "acts", fmt.Sprintf("no act card for %q", a)})
		}
	}
	need := map[string]int{"skills": len(c.Skills), "duties": len(c.Duties), "degrees": len(c.Degrees), "masters": len(c.Masters), "settings": len(c.Settings), "roles": len(c.Roles)}
	for _, k := range slices.Sorted(maps.Keys(need)) {
		if need[k] == 0 {
			ps = append(ps, Problem{first, 1, k, "the game needs at least one"})
		}
	}
	return ps
}

// settableFlags lists every flag the content can ever set, so a condition on a flag
// nothing sets (a typo, usually) is caught as impossible.
func settableFlags(c *game.Content) map[string]bool {
	fl := map[string]bool{}
	flagAll(fl, "course", c.Courses)
	flagAll(fl, "activity", c.Activities)
	flagAll(fl, "degree", c.Degrees)
	flagAll(fl, "masters", c.Masters)
	flagAll(fl, "role", c.Roles)
	flagAll(fl, "setting", c.Settings)
	for _, f := range game.DeskFlags {
		fl[f] = true
	}
	for _, sc := range c.Scenarios {
		for _, ch := range sc.Choices {
			for _, f := range ch.Set {
				fl[f] = true
			}
			if ch.Next != "" {
				fl["next:"+ch.Next] = true
			}
		}
	}
	return fl
}

// flagAll marks the flag that choosing each of items as kind sets.
func flagAll[T interface{ Flag(kind string) string }](fl map[string]bool, kind string, items []T) {
	for _, x := range items {
		fl[x.Flag(kind)] = true
	}
}

func (k *checker) id(id string, p ...any) {
	switch {
	case id == "":
		k.add("id", "missing: every item needs an id", p...)
	case !reID().MatchString(id):
		k.add("id", fmt.Sprintf("%q: use lower-case letters, digits, - _ or . only", id), append(p, "id")...)
	}
}

func (k *checker) text(field string, t game.Text, p ...any) {
	if t.Empty() {
		k.add(field, "missing text", p...)
	}
}

func (k *checker) named(sec string, i int, n *game.Named) {
	k.id(n.ID, sec, i)
	k.text("name", n.Name, sec, i, "name")
}

// namedSkills checks item i of section sec that is named and builds skills (a
// course, degree or master's): its id and name, then its "skills".
func (k *checker) namedSkills(sec string, i int, n *game.Named, skills map[string]int) {
	k.named(sec, i, n)
	k.skills("skills", skills, sec, i, "skills")
}

func (k *checker) skills(field string, m map[string]int, p ...any) {
	for _, id := range slices.Sorted(maps.Keys(m)) {
		if k.c.Skill(id) == nil {
			k.add(field, fmt.Sprintf("unknown skill %q (known: %s)", id, k.skillList()), append(p, id)...)
		}
	}
}

func (k *checker) skillList() string {
	var ids []string
	for _, s := range k.c.Skills {
		ids = append(ids, s.ID)
	}
	return strings.Join(ids, ", ")
}

func (k *checker) road() {
	d := &k.f.doc
	for i := range d.Skills {
		k.named("skills", i, &d.Skills[i].Named)
	}
	for i := range d.Interests {
		k.named("interests", i, &d.Interests[i].Named)
	}
	for i := range d.Duties {
		k.named("duties", i, &d.Duties[i])
	}
	for i, a := range d.Acts {
		if !game.ValidAct(a.ID) {
			k.add("id", fmt.Sprintf("unknown act %q (use school, college, job or manager)", a.ID), "acts", i, "id")
		}
		k.text("title", a.Title, "acts", i)
		k.text("intro", a.Intro, "acts", i)
		k.fact(a.Fact, "acts", i, "fact")
	}
	for i, q := range d.Quiz {
		k.text("prompt", q.Prompt, "quiz", i)
		if len(q.Options) < 2 {
			k.add("options", "a question needs at least two answers", "quiz", i)
		}
		for j, o := range q.Options {
			k.text("label", o.Label, "quiz", i, "options", j)
			k.skills("skills", o.Skills, "quiz", i, "options", j, "skills")
			for _, id := range slices.Sorted(maps.Keys(o.Interests)) {
				if k.c.Interest(id) == nil {
					k.add("interests", fmt.Sprintf("unknown interest %q", id), "quiz", i, "options", j, "interests", id)
				}
			}
		}
	}
	for i, t := range d.Terms {
		if t.Act != game.ActSchool && t.Act != game.ActCollege {
			k.add("act", fmt.Sprintf("%q: a term belongs to school or college", t.Act), "terms", i, "act")
		}
		k.text("title", t.Title, "terms", i)
		if t.Slots < 1 || t.Slots > len(t.Courses) {
			k.add("slots", fmt.Sprintf("%d slots for %d courses: slots must be from 1 to the number of courses", t.Slots, len(t.Courses)), "terms", i, "slots")
		}
		for j, id := range t.Courses {
			if k.c.Course(id) == nil {
				k.add("courses", fmt.Sprintf("unknown course %q", id), "terms", i, "courses", j)
			}
		}
	}
	for i := range d.Courses {
		k.namedSkills("courses", i, &d.Courses[i].Named, d.Courses[i].Skills)
	}
	for i := range d.Activities {
		a := &d.Activities[i]
		k.named("activities", i, &a.Named)
		if a.Act != game.ActSchool && a.Act != game.ActCollege {
			k.add("act", fmt.Sprintf("%q: an activity belongs to school or college", a.Act), "activities", i, "act")
		}
		if a.Setting != "" && k.c.Setting(a.Setting) == nil {
			k.add("setting", fmt.Sprintf("unknown setting %q", a.Setting), "activities", i, "setting")
		}
		k.skills("skills", a.Skills, "activities", i, "skills")
	}
	for i := range d.Degrees {
		k.namedSkills("degrees", i, &d.Degrees[i].Named, d.Degrees[i].Skills)
	}
	for i := range d.Masters {
		k.namedSkills("masters", i, &d.Masters[i].Named, d.Masters[i].Skills)
	}
	for i := range d.Settings {
		s := &d.Settings[i]
		k.named("settings", i, &s.Named)
		for _, id := range slices.Sorted(maps.Keys(s.Meters)) {
			if m := game.Meter(id); m == nil {
				k.add("meters", fmt.Sprintf("unknown meter %q", id), "settings", i, "meters", id)
			} else if !m.In(s.ID) {
				k.add("meters", fmt.Sprintf("%s is not a measure a %s has (its benchmark is a hospital's)", id, s.ID), "settings", i, "meters", id)
			}
		}
	}
	for i := range d.Roles {
		r := &d.Roles[i]
		k.named("roles", i, &r.Named)
		k.skills("needs", r.Needs, "roles", i, "needs")
		for j, id := range r.Degrees {
			if k.c.Degree(id) == nil {
				k.add("degrees", fmt.Sprintf("unknown degree %q", id), "roles", i, "degrees", j)
			}
		}
		for j, id := range r.Settings {
			if k.c.Setting(id) == nil {
				k.add("settings", fmt.Sprintf("unknown setting %q", id), "roles", i, "settings", j)
			}
		}
		for j, f := range r.Signals {
			if !k.flags[f] {
				k.add("signals", fmt.Sprintf("nothing in the content sets flag %q", f), "roles", i, "signals", j)
			}
		}
		if r.Pay <= 0 {
			k.add("pay", "a role needs a yearly pay in dollars", "roles", i, "pay")
		}
	}
	for i := range d.Careers {
		k.named("careers", i, &d.Careers[i].Named)
		k.text("transfer", d.Careers[i].Transfer, "careers", i)
	}
	for _, id := range slices.Sorted(maps.Keys(d.Facts)) {
		f := d.Facts[id]
		k.fact(&f, "facts", id)
	}
	k.duplicates()
}

// duplicates checks ids are unique within each road section of this file.
func (k *checker) duplicates() {
	d := &k.f.doc
	check := func(sec string, ids []string) {
		seen := map[string]bool{}
		for i, id := range ids {
			if id != "" && seen[id] {
				k.add("id", fmt.Sprintf("duplicate id %q", id), sec, i, "id")
			}
			seen[id] = true
		}
	}
	check("skills", ids(d.Skills, func(x game.SkillDef) string { return x.ID }))
	check("interests", ids(d.Interests, func(x game.InterestDef) string { return x.ID }))
	check("duties", ids(d.Duties, func(x game.Named) string { return x.ID }))
	check("courses", ids(d.Courses, func(x game.Course) string { return x.ID }))
	check("activities", ids(d.Activities, func(x game.Activity) string { return x.ID }))
	check("degrees", ids(d.Degrees, func(x game.Degree) string { return x.ID }))
	check("masters", ids(d.Masters, func(x game.Masters) string { return x.ID }))
	check("settings", ids(d.Settings, func(x game.Setting) string { return x.ID }))
	check("roles", ids(d.Roles, func(x game.Role) string { return x.ID }))
	check("careers", ids(d.Careers, func(x game.Career) string { return x.ID }))
	check("quiz", ids(d.Quiz, func(x game.QuizQuestion) string { return x.ID }))
	check("terms", ids(d.Terms, func(x game.Term) string { return x.ID }))
}

func ids[T any](list []T, get func(T) string) []string {
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = get(x)
	}
	return out
}

func (k *checker) fact(f *game.Fact, p ...any) {
	if f == nil {
		return
	}
	k.text("fact.text", f.Text, append(p, "text")...)
	if strings.TrimSpace(f.Source) == "" {
		k.add("fact.source", "a fact card must name its source", p...)
	}
	if f.Year < 1900 || f.Year > 2100 {
		k.add("fact.year", "a fact card must give the year of its source (e.g. 2023)", p...)
	}
}

// scenario checks one scenario.
func (k *checker) scenario(sc *game.Scenario, i int) {
	p := func(more ...any) []any { return append([]any{"scenarios", i}, more...) }
	if sc.ID == "" {
		k.add("id", "missing: every scenario needs an id", p()...)
	} else if !reID().MatchString(sc.ID) {
		k.add("id", fmt.Sprintf("%q: use lower-case letters, digits, - _ or . only", sc.ID), p("id")...)
	}
	if !game.ValidAct(sc.Act) {
		k.add("act", fmt.Sprintf("%q: use school, college, job or manager", sc.Act), p("act")...)
	}
	if sc.Duty == "" {
		k.add("duty", "missing: name the profile duty this scenario teaches", p()...)
	} else if k.c.Duty(sc.Duty) == nil {
		k.add("duty", fmt.Sprintf("unknown duty %q (known: %s)", sc.Duty, k.dutyList()), p("duty")...)
	}
	k.text("title", sc.Title, p()...)
	k.text("body", sc.Body, p()...)
	k.text("objective", sc.Objective, p()...)
	k.text("who", sc.Who, p()...)
	k.speaker(sc, p)
	if strings.TrimSpace(sc.Source) == "" {
		k.add("source", "missing: name the part of the profile (or the public source) this teaches", p()...)
	}
	if strings.TrimSpace(sc.Standard) == "" {
		k.add("standard", "missing: give the NCHSE foundation standard, e.g. \"NCHSE 5\"", p()...)
	}
	for j, id := range sc.Roles {
		if k.c.Role(id) == nil {
			k.add("roles", fmt.Sprintf("unknown role %q", id), p("roles", j)...)
		}
	}
	for j, id := range sc.Settings {
		if k.c.Setting(id) == nil {
			k.add("settings", fmt.Sprintf("unknown setting %q", id), p("settings", j)...)
		}
	}
	k.fact(sc.Fact, p("fact")...)
	if sc.FactAfter && sc.Fact == nil {
		k.add("fact_after", "true, but the scenario has no fact: card to show after the choice (add a fact: or remove fact_after)", p("fact_after")...)
	}
	k.truth(sc, p)
	min, kind := 2, "a"
	if game.ValidAct(sc.Act) {
		kind = "a " + string(sc.Act) // an unknown act is reported above, not repeated here
	}
	if sc.Act == game.ActManager {
		min = MinChoices
	}
	if len(sc.Choices) < min {
		k.add("choices", fmt.Sprintf("%d choices: %s scenario needs at least %d, with no single obviously right one", len(sc.Choices), kind, min), p()...)
	}
	for j := range sc.Choices {
		k.choice(sc, &sc.Choices[j], p("choices", j))
	}
	k.condition(sc, p("when"))
}

func (k *checker) dutyList() string {
	var ids []string
	for _, d := range k.c.Duties {
		ids = append(ids, d.ID)
	}
	return strings.Join(ids, ", ")
}

func (k *checker) choice(sc *game.Scenario, ch *game.Choice, p []any) {
	at := func(more ...any) []any { return append(append([]any{}, p...), more...) }
	k.text("label", ch.Label, p...)
	k.text("debrief", ch.Debrief, p...)
	k.effects(sc, "effects", ch.Effects, at("effects"))
	if b := ch.Skilled; b != nil {
		if k.c.Skill(b.Skill) == nil {
			k.add("skilled.skill", fmt.Sprintf("unknown skill %q (known: %s)", b.Skill, k.skillList()), at("skilled", "skill")...)
		}
		if b.Min < 1 || b.Min > game.SkillMax {
			k.add("skilled.min", fmt.Sprintf("%d: a skill level runs from 1 to %d", b.Min, game.SkillMax), at("skilled", "min")...)
		}
		k.effects(sc, "skilled.effects", b.Effects, at("skilled", "effects"))
	}
	for j, l := range ch.Later {
		if l.InWeeks < 1 {
			k.add("later.in_weeks", "a delayed effect lands 1 or more weeks later", at("later", j)...)
		}
		if sc.Act != game.ActManager {
			k.add("later", "delayed effects only land in the manager's weeks (act: manager)", at("later", j)...)
		}
		k.text("later.text", l.Text, at("later", j)...)
		k.effects(sc, "later.effects", l.Effects, at("later", j, "effects"))
	}
	if ch.Next != "" && k.c.Scenario(ch.Next) == nil && !hasScenario(k.c, ch.Next) {
		k.add("next", fmt.Sprintf("unknown scenario %q", ch.Next), at("next")...)
	}
	if ch.Next == sc.ID && sc.ID != "" {
		k.add("next", "a scenario cannot lead to itself", at("next")...)
	}
	for j, f := range ch.Set {
		if strings.TrimSpace(f) == "" {
			k.add("set", "empty flag name", at("set", j)...)
		}
	}
}

func hasScenario(c *game.Content, id string) bool {
	for _, sc := range c.Scenarios {
		if sc.ID == id {
			return true
		}
	}
	return false
}

func (k *checker) effects(sc *game.Scenario, field string, m map[string]float64, p []any) {
	for _, id := range slices.Sorted(maps.Keys(m)) {
		at := append(append([]any{}, p...), id)
		switch {
		case game.Meter(id) != nil:
			if sc.Act != game.ActManager {
				k.add(field, fmt.Sprintf("%q is a facility meter, and the facility only exists in the manager's weeks (act: manager); use skills, stress, money or debt here", id), at...)
			}
		case id == game.PlayerStress || id == game.PlayerMoney || id == game.PlayerDebt:
		case k.c.Skill(id) != nil:
		default:
			k.add(field, fmt.Sprintf("unknown meter %q (meters: %s; or a skill, stress, money, debt)", id, meterList()), at...)
		}
	}
}

func meterList() string {
	var ids []string
	for _, d := range game.MeterDefs {
		ids = append(ids, d.ID)
	}
	return strings.Join(ids, ", ")
}

// condition checks a when: block for unknown names and tests no run could pass.
func (k *checker) condition(sc *game.Scenario, p []any) {
	w := sc.When
	if w == nil {
		return
	}
	at := func(more ...any) []any { return append(append([]any{}, p...), more...) }
	if w.WeekMin < 0 || w.WeekMax < 0 || w.WeekMin > MaxWeek || w.WeekMax > MaxWeek {
		k.add("when.week", fmt.Sprintf("weeks run from 1 to %d", MaxWeek), p...)
	}
	if w.WeekMax > 0 && w.WeekMin > w.WeekMax {
		k.add("when.week_min", fmt.Sprintf("impossible condition: week_min %d is after week_max %d", w.WeekMin, w.WeekMax), at("week_min")...)
	}
	if (w.WeekMin > 0 || w.WeekMax > 0) && sc.Act != game.ActManager {
		k.add("when.week_min", "weeks only count in the manager's job (act: manager)", at("week_min")...)
	}
	for j, f := range w.Flags {
		if !k.flags[f] {
			k.add("when.flags", fmt.Sprintf("impossible condition: nothing in the content sets flag %q", f), at("flags", j)...)
		}
		for _, g := range w.NotFlags {
			if f == g {
				k.add("when.flags", fmt.Sprintf("impossible condition: %q is both required and forbidden", f), at("flags", j)...)
			}
		}
	}
	for j, f := range w.NotFlags {
		if !k.flags[f] {
			k.add("when.not_flags", fmt.Sprintf("nothing in the content sets flag %q, so this test does nothing (a typo?)", f), at("not_flags", j)...)
		}
	}
	for j, id := range w.After {
		if !hasScenario(k.c, id) {
			k.add("when.after", fmt.Sprintf("unknown scenario %q", id), at("after", j)...)
		} else if id == sc.ID {
			k.add("when.after", "impossible condition: a scenario cannot follow itself", at("after", j)...)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(w.Meters)) {
		d := game.Meter(id)
		if d == nil {
			k.add("when.meters", fmt.Sprintf("unknown meter %q (meters: %s)", id, meterList()), at("meters", id)...)
			continue
		}
		cmp, err := game.ParseComparison(w.Meters[id])
		if err != nil {
			k.add("when.meters", err.Error(), at("meters", id)...)
		} else if !cmp.Possible(d.Min, d.Max) {
			k.add("when.meters", fmt.Sprintf("impossible condition: %s %s, but it runs from %g to %g", id, w.Meters[id], d.Min, d.Max), at("meters", id)...)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(w.Skills)) {
		if k.c.Skill(id) == nil {
			k.add("when.skills", fmt.Sprintf("unknown skill %q (known: %s)", id, k.skillList()), at("skills", id)...)
			continue
		}
		cmp, err := game.ParseComparison(w.Skills[id])
		if err != nil {
			k.add("when.skills", err.Error(), at("skills", id)...)
		} else if !cmp.Possible(0, game.SkillMax) {
			k.add("when.skills", fmt.Sprintf("impossible condition: %s %s, but skills run from 0 to %d", id, w.Skills[id], game.SkillMax), at("skills", id)...)
		}
	}
}

// character checks one cast member: a unique id and parts the portrait can draw.
func (k *checker) character(ch *game.Character, i int, seen map[string]string) {
	p := func(rest ...any) []any { return append([]any{"cast", i}, rest...) }
	switch {
	case ch.ID == "":
		k.add("id", "missing: give the person an id such as \"ana-lopez\"", p()...)
	case !reID().MatchString(ch.ID):
		k.add("id", fmt.Sprintf("%q: use lower-case letters, digits, - _ or . only", ch.ID), p("id")...)
	default:
		if where, dup := seen[ch.ID]; dup {
			k.add("id", fmt.Sprintf("duplicate character id %q (also at %s)", ch.ID, where), p("id")...)
		}
		seen[ch.ID] = fmt.Sprintf("%s:%d", k.f.name, lineAt(k.f.root, p()...))
	}
	if strings.TrimSpace(ch.Name) == "" {
		k.add("name", "missing: the name as the who lines write it, e.g. \"Dr. Ana Lopez\"", p()...)
	}
	switch ch.Kind {
	case "", "person":
	case "notice":
		return // a notice board has no face to check
	default:
		k.add("kind", fmt.Sprintf("%q: use person or notice", ch.Kind), p("kind")...)
	}
	part := func(field, v string, known []string, want bool) {
		if v == "" && !want {
			return
		}
		if !slices.Contains(known, v) {
			k.add(field, fmt.Sprintf("%q: use one of %s", v, strings.Join(known, ", ")), p(field)...)
		}
	}
	part("face", ch.Face, game.LookFaces, true)
	part("skin", ch.Skin, game.LookSkins, true)
	part("hair", ch.Hair, game.LookHair, true)
	part("hair_color", ch.HairColor, game.LookHairColors, ch.Hair != "bald")
	part("clothes", ch.Clothes, game.LookClothes, true)
	for j, x := range ch.Extras {
		if !slices.Contains(game.LookExtras, x) {
			k.add("extras", fmt.Sprintf("%q: use any of %s", x, strings.Join(game.LookExtras, ", ")), p("extras", j)...)
		}
	}
}

// speaker checks that a scenario names its person in the cast, and that the who
// line and the cast agree on the name, so one person keeps one face. A teacher pack
// written before the cast may leave character: out (its people get a plain mark).
func (k *checker) speaker(sc *game.Scenario, p func(...any) []any) {
	if sc.Character == "" {
		if !sc.Who.Empty() && !k.pack {
			k.add("character", "missing: give the cast id of the person in who: (see the cast: lists, e.g. scenarios/manager/cast.yaml)", p()...)
		}
		return
	}
	ch := k.c.Character(sc.Character)
	if ch == nil {
		k.add("character", fmt.Sprintf("unknown character %q: add it to a cast: list", sc.Character), p("character")...)
		return
	}
	if name := WhoName(sc.Who[game.DefaultLang]); ch.Name != "" && name != ch.Name {
		k.add("character", fmt.Sprintf("%q is %s, but who: names %q", sc.Character, ch.Name, name), p("character")...)
	}
}

// WhoName is the person's name in a who line: the part before the first comma.
func WhoName(who string) string {
	name, _, _ := strings.Cut(who, ",")
	return strings.TrimSpace(name)
}

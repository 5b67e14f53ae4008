package game

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Options shape a new run.
type Options struct {
	Name  string
	Seed  int64
	Weeks int // manager weeks in Act 4; 0 means DefaultWeeks
}

// PayingForCollege is the scenario every run meets right after choosing a degree:
// tuition, part-time work and loans.
const PayingForCollege = "college-paying"

// DefaultWeeks is the length of Act 4 in a standard run.
const DefaultWeeks = 6

// InboxSize is how many scenarios land in one manager week, besides its duty screens.
const InboxSize = 3

// MaxInbox caps a week's inbox (scenarios and duty screens together).
const MaxInbox = 5

// FirstWeekDuties are the duties week one always covers, so every run meets the
// budget, staffing and privacy sides of the job.
var FirstWeekDuties = []string{"budgets", "staffing", "hipaa"}

// Session is a run plus the content it is played with. Every command returns an error
// when it does not fit the current step; the state is then unchanged.
type Session struct {
	st *State
	C  *Content
}

// ErrNotNow is returned for a command that does not fit the current step.
var ErrNotNow = errors.New("that command does not fit this step")

// NewSession starts a new career.
func NewSession(c *Content, o Options) *Session {
	c.Index()
	if o.Weeks <= 0 {
		o.Weeks = DefaultWeeks
	}
	name := strings.TrimSpace(o.Name)
	st := &State{
		Version: SaveVersion,
		Seed:    o.Seed,
		RNG:     RNG{State: uint64(o.Seed)},
		Player: Player{
			Name:      name,
			Skills:    map[string]int{},
			Interests: map[string]int{},
			Money:     500,
			Stress:    20,
		},
		Flags:    map[string]bool{},
		Seen:     map[string]int{},
		Weeks:    o.Weeks,
		Open:     -1,
		Facility: NewFacility(nil),
	}
	for _, sk := range c.Skills {
		st.Player.Skills[sk.ID] = 1
	}
	st.Plan = BuildPlan(c, o.Weeks)
	s := &Session{st: st, C: c}
	s.enter()
	return s
}

// BuildPlan lays out the road from the content: the interest check and school terms,
// college, the job search, the manager's weeks and the report.
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
	add(ItemIntro, string(ActCollege))
	add(ItemDegree, "")
	add(ItemFixed, PayingForCollege)
	terms(ActCollege)
	add(ItemActivity, string(ActCollege))
	add(ItemEvent, string(ActCollege))
	add(ItemMasters, "")
	add(ItemIntro, string(ActJob))
	add(ItemOffers, "")
	add(ItemEvent, string(ActJob))
	add(ItemIntro, string(ActManager))
	for w := 1; w <= weeks; w++ {
		add(ItemWeek, strconv.Itoa(w))
	}
	add(ItemReport, "")
	return p
}

// advance moves to the next plan item and prepares it.
func (s *Session) advance() {
	st := s.st
	st.Current, st.System, st.Outcome, st.Picked, st.Open = "", "", nil, nil, -1
	st.Pos++
	s.enter()
}

// enter prepares the current plan item: draws a scenario, computes offers, opens a week.
// Items with nothing to show (no eligible scenario) are skipped.
func (s *Session) enter() {
	st := s.st
	for st.Pos < len(st.Plan) {
		it := st.Item()
		switch it.Kind {
		case ItemFixed:
			if sc := s.C.Scenario(it.Ref); sc == nil || st.Seen[sc.ID] > 0 {
				st.Pos++
				continue
			}
			st.Current = it.Ref
		case ItemEvent:
			id := s.draw(Act(it.Ref), nil, nil)
			if id == "" {
				st.Pos++
				continue
			}
			st.Current = id
		case ItemOffers:
			st.Offers = s.MakeOffers()
		case ItemWeek:
			if st.Week == 0 {
				st.Facility = NewFacility(s.C.Setting(st.Setting))
				st.MetersStart = st.Facility.Snapshot()
			}
			st.Week, _ = strconv.Atoi(it.Ref)
			s.openWeek()
		}
		return
	}
}

// eligible reports whether scenario sc may be drawn now.
func (s *Session) eligible(sc *Scenario, act Act) bool {
	st := s.st
	if sc.Act != act || (!sc.Repeat && st.Seen[sc.ID] > 0) {
		return false
	}
	if len(sc.Roles) > 0 && !contains(sc.Roles, st.Role) {
		return false
	}
	if len(sc.Settings) > 0 && !contains(sc.Settings, st.Setting) {
		return false
	}
	return sc.When.Met(st)
}

// draw picks an eligible scenario of act at random by weight, skipping ids in avoid,
// preferring duty when given, and avoiding the duty of the previous pick.
func (s *Session) draw(act Act, avoid map[string]bool, duty *string) string {
	var pool []*Scenario
	for _, sc := range s.C.Scenarios {
		if avoid[sc.ID] || !s.eligible(sc, act) {
			continue
		}
		if duty != nil && sc.Duty != *duty {
			continue
		}
		pool = append(pool, sc)
	}
	if len(pool) == 0 {
		return ""
	}
	if duty == nil && len(pool) > 1 {
		var fresh []*Scenario
		for _, sc := range pool {
			if sc.Duty != s.st.LastDuty {
				fresh = append(fresh, sc)
			}
		}
		if len(fresh) > 0 {
			pool = fresh
		}
	}
	total := 0
	for _, sc := range pool {
		total += weight(sc)
	}
	n := s.st.RNG.Intn(total)
	for _, sc := range pool {
		n -= weight(sc)
		if n < 0 {
			s.st.LastDuty = sc.Duty
			return sc.ID
		}
	}
	return pool[len(pool)-1].ID
}

func weight(sc *Scenario) int {
	if sc.Weight > 0 {
		return sc.Weight
	}
	return 1
}

// openWeek fills the inbox: chained scenarios first, then week one's required duties,
// then random eligible scenarios.
func (s *Session) openWeek() {
	st := s.st
	st.Inbox = nil
	picked := map[string]bool{}
	add := func(id string) {
		if id != "" && !picked[id] && len(st.Inbox) < MaxInbox {
			picked[id] = true
			st.Inbox = append(st.Inbox, InboxItem{Scenario: id})
		}
	}
	var keep []string
	for _, id := range st.Queue {
		if sc := s.C.Scenario(id); sc != nil && len(st.Inbox) < MaxInbox && s.eligible(sc, ActManager) {
			add(id)
		} else if sc != nil && len(st.Inbox) >= MaxInbox {
			keep = append(keep, id)
		}
	}
	st.Queue = keep
	for _, id := range s.SystemsDue(st.Week) {
		st.Inbox = append(st.Inbox, InboxItem{System: id})
	}
	if st.Week == 1 {
		for _, d := range FirstWeekDuties {
			d := d
			add(s.draw(ActManager, picked, &d))
		}
	}
	// week one meets the three required duties; later weeks add two scenarios to
	// their duty screens
	want := InboxSize + len(s.SystemsDue(st.Week))
	if st.Week > 1 {
		want--
	}
	for len(st.Inbox) < want && len(st.Inbox) < MaxInbox {
		id := s.draw(ActManager, picked, nil)
		if id == "" {
			break
		}
		add(id)
	}
	for i := range st.Inbox {
		st.Inbox[i].Day = 1 + i*5/max(1, len(st.Inbox))
	}
}

// Step describes the current moment for the screen.
func (s *Session) Step() Step {
	st, c := s.st, s.C
	it := st.Item()
	step := Step{Act: st.Act(), Item: it, Progress: Progress{Act: st.Act(), Index: st.Pos + 1, Total: len(st.Plan), Week: st.Week, Weeks: st.Weeks}}
	if st.Outcome != nil {
		step.Kind, step.Outcome = StepOutcome, st.Outcome
		step.Title = st.Outcome.Title
		step.Fact = st.Outcome.Fact
		step.CanGoOn = true
		return step
	}
	if st.System != "" {
		step.Kind, step.System = StepSystem, st.System
		step.Title = L("system." + st.System + ".title")
		step.Body = L("system." + st.System + ".body")
		return step
	}
	if st.Current != "" {
		sc := c.Scenario(st.Current)
		step.Kind, step.Scenario = StepScenario, sc
		step.Title, step.Who, step.Body, step.Fact = TL(sc.Title), TL(sc.Who), TL(sc.Body), sc.Fact
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
	case ItemQuiz:
		q := s.quiz(it.Ref)
		step.Kind = StepPickOne
		step.Title = L("quiz.title")
		step.Body = TL(q.Prompt)
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
			step.Options = append(step.Options, Option{ID: id, Label: TL(co.Name), Detail: TL(co.About), Selected: containsInt(st.Picked, i), Tag: skillTag(c, co.Skills)})
		}
		step.CanGoOn = len(st.Picked) == t.Slots
	case ItemActivity:
		step.Kind = StepPickOne
		step.Title = L("activity.title." + it.Ref)
		step.Body = L("activity.body." + it.Ref)
		for _, a := range s.activities(Act(it.Ref)) {
			tag := skillTag(c, a.Skills)
			if a.Money > 0 {
				tag = L("activity.tag", money(a.Money), tag.Text.In(DefaultLang))
			}
			step.Options = append(step.Options, Option{ID: a.ID, Label: TL(a.Name), Detail: TL(a.About), Tag: tag})
		}
	case ItemDegree:
		step.Kind = StepPickOne
		step.Title, step.Body = L("degree.title"), L("degree.body")
		for _, d := range c.Degrees {
			tag := L("degree.tag", money(d.Tuition), skillTag(c, d.Skills).Text.In(DefaultLang))
			step.Options = append(step.Options, Option{ID: d.ID, Label: TL(d.Name), Detail: TL(d.About), Tag: tag})
		}
	case ItemMasters:
		step.Kind = StepPickOne
		step.Title, step.Body = L("masters.title"), L("masters.body")
		step.Fact = factPtr(c, "masters")
		for _, m := range c.Masters {
			tag := L("masters.tag", strconv.Itoa(m.Years), money(m.Cost), strconv.Itoa(m.PayBonus))
			step.Options = append(step.Options, Option{ID: m.ID, Label: TL(m.Name), Detail: TL(m.About), Tag: tag})
		}
	case ItemOffers:
		step.Kind = StepPickOne
		step.Title, step.Body = L("offers.title"), L("offers.body")
		step.Fact = factPtr(c, "pay")
		for _, o := range st.Offers {
			r, se := c.Role(o.Role), c.Setting(o.Setting)
			step.Options = append(step.Options, Option{
				ID:     o.Role + "@" + o.Setting,
				Label:  offerLabel(r, se),
				Detail: TL(r.About),
				Tag:    L("offer.tag", money(o.Pay), payVsMedian(o.Pay)),
			})
		}
	case ItemWeek:
		step.Kind = StepWeek
		step.Title = L("week.title", strconv.Itoa(st.Week), strconv.Itoa(st.Weeks))
		done := 0
		for _, in := range st.Inbox {
			var o Option
			if in.System != "" {
				o = Option{ID: "system:" + in.System, Label: L("system." + in.System + ".title"), Detail: L("system." + in.System + ".who"), Done: in.Done, Tag: L("day." + strconv.Itoa(in.Day))}
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

// offerLabel names an offer as "Role, Setting" in every language the content has.
func offerLabel(r *Role, se *Setting) Line {
	t := Text{}
	for _, l := range Langs {
		if r.Name[l] != "" || se.Name[l] != "" {
			t[l] = r.Name.In(l) + " — " + se.Name.In(l)
		}
	}
	return TL(t)
}

func factPtr(c *Content, id string) *Fact {
	if f, ok := c.Facts[id]; ok {
		return &f
	}
	return nil
}

// skillTag lists the skills a choice builds, e.g. "+2 finance, +1 organisation".
func skillTag(c *Content, skills map[string]int) Line {
	var parts []string
	for _, id := range sortedKeys(skills) {
		name := id
		if sk := c.Skill(id); sk != nil {
			name = sk.Name.In(DefaultLang)
		}
		parts = append(parts, fmt.Sprintf("%+d %s", skills[id], name))
	}
	t := Text{DefaultLang: strings.Join(parts, ", ")}
	// Spanish names, when the content has them.
	var es []string
	for _, id := range sortedKeys(skills) {
		if sk := c.Skill(id); sk != nil && sk.Name["es"] != "" {
			es = append(es, fmt.Sprintf("%+d %s", skills[id], sk.Name["es"]))
		}
	}
	if len(es) == len(parts) && len(es) > 0 {
		t["es"] = strings.Join(es, ", ")
	}
	return TL(t)
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

// Continue leaves an intro card or a debrief.
func (s *Session) Continue() error {
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
	if st.Item().Kind == ItemIntro && st.Current == "" {
		s.advance()
		return nil
	}
	return ErrNotNow
}

func (s *Session) weekDone() bool {
	for _, in := range s.st.Inbox {
		if !in.Done {
			return false
		}
	}
	return true
}

// Toggle ticks or unticks option i of a pick-many step.
func (s *Session) Toggle(i int) error {
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
func (s *Session) Confirm() error {
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
		var names []string
		for _, i := range st.Picked {
			co := c.Course(t.Courses[i])
			st.Courses = append(st.Courses, co.ID)
			st.Flags["course:"+co.ID] = true
			out.Changes = append(out.Changes, s.applySkills(co.Skills)...)
			st.Player.Money -= co.Cost
			names = append(names, co.Name.In(DefaultLang))
		}
		out.Changes = mergeChanges(out.Changes)
		out.Lines = []Line{L("term.took", strings.Join(names, ", "))}
		st.History = append(st.History, Entry{Act: st.Act(), Title: TL(t.Title), Choice: L("term.took", strings.Join(names, ", ")), Changes: out.Changes})
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
func (s *Session) Choose(i int) error {
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
		st.History = append(st.History, Entry{Act: ActSchool, Title: TL(q.Prompt), Choice: TL(o.Label), Changes: ch})
		s.advance()
		return nil
	case ItemTerm:
		return s.Toggle(i)
	case ItemActivity:
		list := s.activities(Act(it.Ref))
		if i < 0 || i >= len(list) {
			return fmt.Errorf("no option %d", i)
		}
		a := list[i]
		st.Activities = append(st.Activities, a.ID)
		st.Flags["activity:"+a.ID] = true
		ch := s.applySkills(a.Skills)
		ch = append(ch, s.applyTarget(PlayerMoney, float64(a.Money))...)
		ch = append(ch, s.applyTarget(PlayerStress, float64(a.Stress))...)
		s.record(L("activity.title."+it.Ref), a.Name, ch)
		st.Outcome = &Outcome{Title: TL(a.Name), Lines: []Line{TL(a.About)}, Changes: ch}
		return nil
	case ItemDegree:
		if i < 0 || i >= len(c.Degrees) {
			return fmt.Errorf("no option %d", i)
		}
		d := c.Degrees[i]
		st.Degree = d.ID
		st.Flags["degree:"+d.ID] = true
		ch := s.applySkills(d.Skills)
		ch = append(ch, s.applyTarget(PlayerDebt, float64(d.Tuition))...)
		s.record(L("degree.title"), d.Name, ch)
		st.Outcome = &Outcome{Title: TL(d.Name), Lines: []Line{TL(d.About)}, Changes: ch}
		return nil
	case ItemMasters:
		if i < 0 || i >= len(c.Masters) {
			return fmt.Errorf("no option %d", i)
		}
		m := c.Masters[i]
		st.Masters = m.ID
		st.Flags["masters:"+m.ID] = true
		ch := s.applySkills(m.Skills)
		ch = append(ch, s.applyTarget(PlayerDebt, float64(m.Cost))...)
		s.record(L("masters.title"), m.Name, ch)
		st.Outcome = &Outcome{Title: TL(m.Name), Lines: []Line{TL(m.About)}, Changes: ch, Fact: factPtr(c, "masters")}
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
		e := Entry{Act: ActJob, Title: L("offers.title"), Choice: offerLabel(r, se), Why: L("offer.why", money(o.Pay), fmt.Sprintf("%.0f", o.Fit*100))}
		st.History = append(st.History, e)
		st.Outcome = &Outcome{Title: offerLabel(r, se), Lines: []Line{TL(se.About), L("offer.accepted", money(o.Pay), payVsMedian(o.Pay))}, Fact: factPtr(c, "pay")}
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

func (s *Session) record(title Line, choice Text, ch []Change) {
	st := s.st
	st.History = append(st.History, Entry{Act: st.Act(), Week: st.Week, Title: title, Choice: TL(choice), Changes: ch})
}

// chooseScenario applies choice i of the scenario on screen.
func (s *Session) chooseScenario(i int) error {
	st, c := s.st, s.C
	sc := c.Scenario(st.Current)
	if i < 0 || i >= len(sc.Choices) {
		return fmt.Errorf("no choice %d", i)
	}
	ch := sc.Choices[i]
	st.Seen[sc.ID]++
	out := &Outcome{Title: TL(ch.Label), Fact: sc.Fact}
	if !ch.Debrief.Empty() {
		out.Lines = append(out.Lines, TL(ch.Debrief))
	}
	out.Changes = s.applyEffects(ch.Effects)
	if b := ch.Skilled; b != nil {
		if st.Player.Skills[b.Skill] >= b.Min {
			out.Changes = mergeChanges(append(out.Changes, s.applyEffects(b.Effects)...))
			if !b.Note.Empty() {
				out.Lines = append(out.Lines, TL(b.Note))
			}
		}
	}
	for _, f := range ch.Set {
		st.Flags[f] = true
	}
	for _, f := range ch.Clear {
		delete(st.Flags, f)
	}
	for _, l := range ch.Later {
		st.Pending = append(st.Pending, Delayed{Due: st.Week + l.InWeeks, Text: l.Text, Effects: l.Effects, Cause: TL(sc.Title), Choice: TL(ch.Label), FromWeek: st.Week})
		out.Later = append(out.Later, L("later.pending", strconv.Itoa(l.InWeeks)))
	}
	if ch.Next != "" {
		if sc.Act == ActManager {
			st.Queue = append(st.Queue, ch.Next)
		} else {
			st.Flags["next:"+ch.Next] = true
		}
	}
	st.History = append(st.History, Entry{Act: sc.Act, Week: st.Week, Title: TL(sc.Title), Choice: TL(ch.Label), Changes: out.Changes})
	if st.Open >= 0 && st.Open < len(st.Inbox) {
		st.Inbox[st.Open].Done = true
		st.Inbox[st.Open].Choice = i
	}
	st.Current = ""
	st.Outcome = out
	return nil
}

// applySkills raises skills (clamped to 0..SkillMax).
func (s *Session) applySkills(m map[string]int) []Change {
	f := make(map[string]float64, len(m))
	for k, v := range m {
		f[k] = float64(v)
	}
	return s.applyEffects(f)
}

// applyEffects moves meters, skills and player stats; it returns what changed.
func (s *Session) applyEffects(m map[string]float64) []Change {
	var out []Change
	for _, k := range sortedKeys(m) {
		out = append(out, s.applyTarget(k, m[k])...)
	}
	return out
}

func (s *Session) applyTarget(k string, v float64) []Change {
	st := s.st
	if v == 0 {
		return nil
	}
	var d float64
	switch {
	case Meter(k) != nil:
		d = st.Facility.Add(k, v)
	case k == PlayerStress:
		old := st.Player.Stress
		st.Player.Stress = clampInt(old+int(math.Round(v)), 0, 100)
		d = float64(st.Player.Stress - old)
	case k == PlayerMoney:
		st.Player.Money += int(v)
		d = v
	case k == PlayerDebt:
		st.Player.Debt += int(v)
		d = v
	case s.C.Skill(k) != nil:
		old := st.Player.Skills[k]
		st.Player.Skills[k] = clampInt(old+int(math.Round(v)), 0, SkillMax)
		d = float64(st.Player.Skills[k] - old)
	}
	if d == 0 {
		return nil
	}
	return []Change{{Target: k, Delta: d}}
}

// endWeek runs the facility for a week, lands delayed consequences and returns the
// week's summary.
func (s *Session) endWeek() *Outcome {
	st := s.st
	out := &Outcome{Title: L("week.summary", strconv.Itoa(st.Week))}
	var keep []Delayed
	for _, p := range st.Pending {
		if p.Due > st.Week {
			keep = append(keep, p)
			continue
		}
		ch := s.applyEffects(p.Effects)
		out.Lines = append(out.Lines, p.Message(), Because(p.FromWeek, p.Cause, p.Choice))
		out.Changes = append(out.Changes, ch...)
		st.History = append(st.History, Entry{Act: ActManager, Week: st.Week, Title: p.Message(), Choice: L("later.landed"), Why: Because(p.FromWeek, p.Cause, p.Choice), Changes: ch})
	}
	st.Pending = keep
	tick := st.Facility.Tick()
	for _, id := range sortedKeys(tick) {
		if math.Abs(tick[id]) >= 0.05 {
			out.Changes = append(out.Changes, Change{Target: id, Delta: tick[id]})
		}
	}
	// The manager's own hours: long weeks raise stress, short ones let it fall.
	wl := st.Facility.Meters[ManagerWorkload]
	out.Changes = append(out.Changes, s.applyTarget(PlayerStress, (wl-45)*0.4)...)
	out.Changes = mergeChanges(out.Changes)
	out.Lines = append(out.Lines, L("week.ticked"))
	st.Trend = append(st.Trend, st.Facility.Snapshot())
	return out
}

// MakeOffers scores every role and setting against the player's skills, degree,
// master's and internships, and returns the best three offers with distinct roles.
func (s *Session) MakeOffers() []Offer {
	st, c := s.st, s.C
	interned := map[string]bool{}
	for _, id := range st.Activities {
		if a := c.Activity(id); a != nil && a.Setting != "" {
			interned[a.Setting] = true
		}
	}
	ms := c.MastersOption(st.Masters)
	grad := ms != nil && ms.Graduate
	var all []Offer
	for _, r := range c.Roles {
		fit := s.roleFit(&r)
		if r.Graduate && !grad && fit < 0.95 {
			continue
		}
		settings := r.Settings
		if len(settings) == 0 {
			for _, se := range c.Settings {
				settings = append(settings, se.ID)
			}
		}
		for _, se := range settings {
			score := fit
			if interned[se] {
				score += 0.25
			}
			for _, f := range r.Signals {
				if st.Flags[f] {
					score += 0.15
				}
			}
			score += float64(s.st.RNG.Intn(100)) / 1000
			pay := float64(r.Pay) * (0.85 + 0.25*fit)
			if ms != nil {
				pay *= 1 + float64(ms.PayBonus)/100
			}
			all = append(all, Offer{Role: r.ID, Setting: se, Pay: int(math.Round(pay/500) * 500), Fit: score})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Fit > all[j].Fit })
	var out []Offer
	seen := map[string]bool{}
	for _, o := range all {
		if seen[o.Role] {
			continue
		}
		seen[o.Role] = true
		o.Fit = math.Min(1, o.Fit)
		out = append(out, o)
		if len(out) == 3 {
			break
		}
	}
	return out
}

// roleFit is 0..1: how well the player's skills meet the role's needs, with a bonus
// for a fitting degree.
func (s *Session) roleFit(r *Role) float64 {
	st := s.st
	total, n := 0.0, 0
	for _, id := range sortedKeys(r.Needs) {
		need := r.Needs[id]
		if need <= 0 {
			continue
		}
		total += math.Min(1, float64(st.Player.Skills[id])/float64(need))
		n++
	}
	fit := 1.0
	if n > 0 {
		fit = total / float64(n)
	}
	if len(r.Degrees) > 0 {
		if contains(r.Degrees, st.Degree) {
			fit = math.Min(1, fit+0.1)
		} else {
			fit -= 0.1
		}
	}
	return math.Max(0, fit)
}

// MedianPay is the profile's yearly median pay (BLS OOH, Sept 2023 edition).
const MedianPay = 104830

func payVsMedian(pay int) string {
	return fmt.Sprintf("%+.0f%%", (float64(pay)/MedianPay-1)*100)
}

func money(n int) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-$" + b.String()
	}
	return "$" + b.String()
}

// Money formats dollars as "$104,830".
func Money(n int) string { return money(n) }

func mergeChanges(in []Change) []Change {
	idx := map[string]int{}
	var out []Change
	for _, c := range in {
		if i, ok := idx[c.Target]; ok {
			out[i].Delta += c.Delta
			continue
		}
		idx[c.Target] = len(out)
		out = append(out, c)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func clampInt(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Save serialises the run.
func (s *Session) Save() ([]byte, error) { return json.Marshal(s.st) }

// Load restores a run saved by Save, checking it against the content so a broken or
// outdated save gives a clear error instead of a crash.
func Load(c *Content, data []byte) (*Session, error) {
	c.Index()
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("save is damaged: %v", err)
	}
	if st.Version < 1 || st.Version > SaveVersion {
		return nil, fmt.Errorf("save version %d is not supported (this game reads version %d)", st.Version, SaveVersion)
	}
	if len(st.Plan) == 0 || st.Pos < 0 || st.Pos >= len(st.Plan) {
		return nil, fmt.Errorf("save has no valid position")
	}
	if st.Current != "" && c.Scenario(st.Current) == nil {
		return nil, fmt.Errorf("save is on scenario %q, which is not in the loaded content", st.Current)
	}
	for _, in := range st.Inbox {
		if in.System != "" {
			if _, err := DutyByID(in.System); err != nil {
				return nil, fmt.Errorf("save's inbox has duty screen %q, which this game does not have", in.System)
			}
			continue
		}
		if c.Scenario(in.Scenario) == nil {
			return nil, fmt.Errorf("save's inbox has scenario %q, which is not in the loaded content", in.Scenario)
		}
	}
	if st.Flags == nil {
		st.Flags = map[string]bool{}
	}
	if st.Seen == nil {
		st.Seen = map[string]int{}
	}
	if st.Player.Skills == nil {
		st.Player.Skills = map[string]int{}
	}
	if st.Player.Interests == nil {
		st.Player.Interests = map[string]int{}
	}
	if st.Facility.Meters == nil {
		st.Facility = NewFacility(c.Setting(st.Setting))
	}
	return &Session{st: &st, C: c}, nil
}

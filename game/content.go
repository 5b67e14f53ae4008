package game

// This file holds the shape of the content: the road to the job and the scenarios.
// The content itself lives in the scenarios/ folder as YAML, loaded and validated by
// package scenarios. Field names below are the YAML keys a content writer uses.

// Act is one of the four parts of a career run.
type Act string

// The four acts, in order.
const (
	ActSchool  Act = "school"
	ActCollege Act = "college"
	ActJob     Act = "job"
	ActManager Act = "manager"
)

// Acts lists the acts in play order.
var Acts = []Act{ActSchool, ActCollege, ActJob, ActManager}

// ValidAct reports whether a is one of the four acts.
func ValidAct(a Act) bool {
	for _, x := range Acts {
		if x == a {
			return true
		}
	}
	return false
}

// Fact is a sourced figure or claim shown on a fact card.
type Fact struct {
	Text   Text   `yaml:"text" json:"text"`
	Source string `yaml:"source" json:"source"`
	Year   int    `yaml:"year" json:"year"`
}

// Named is an id with a player-facing name and description, plus the profile
// section (or public source) it teaches.
type Named struct {
	ID     string `yaml:"id"`
	Name   Text   `yaml:"name"`
	About  Text   `yaml:"about"`
	Source string `yaml:"source"`
}

// Flag is the flag that choosing n as a kind ("course", "activity", "degree",
// "masters", "role", "setting") sets: "<kind>:<id>", e.g. "degree:mha".
func (n Named) Flag(kind string) string { return kind + ":" + n.ID }

// SkillDef is one of the player's skills (communication, finance...).
type SkillDef struct {
	Named `yaml:",inline"`
}

// InterestDef is one of the profile's interests or traits.
type InterestDef struct {
	Named `yaml:",inline"`
}

// QuizQuestion is one question of the interest check at the start.
type QuizQuestion struct {
	ID      string       `yaml:"id"`
	Prompt  Text         `yaml:"prompt"`
	Options []QuizOption `yaml:"options"`
}

// QuizOption is one answer; it seeds interests and skills.
type QuizOption struct {
	Label     Text           `yaml:"label"`
	Interests map[string]int `yaml:"interests"`
	Skills    map[string]int `yaml:"skills"`
}

// ActDef introduces an act: its title card and what it teaches.
type ActDef struct {
	ID     Act    `yaml:"id"`
	Title  Text   `yaml:"title"`
	Intro  Text   `yaml:"intro"`
	Source string `yaml:"source"`
	Fact   *Fact  `yaml:"fact"`
}

// Term is one school or college term in which the player picks courses.
type Term struct {
	ID      string   `yaml:"id"`
	Act     Act      `yaml:"act"`
	Title   Text     `yaml:"title"`
	Body    Text     `yaml:"body"`
	Slots   int      `yaml:"slots"`
	Courses []string `yaml:"courses"`
}

// Course is a class the player can take; taking it moves skills and sets the flag
// "course:<id>" that scenarios can test.
type Course struct {
	Named  `yaml:",inline"`
	Skills map[string]int `yaml:"skills"`
	Cost   int            `yaml:"cost"`
}

// Activity is an out-of-class role: part-time clerical work, volunteering, an
// internship. It sets the flag "activity:<id>".
type Activity struct {
	Named   `yaml:",inline"`
	Act     Act            `yaml:"act"`
	Setting string         `yaml:"setting"`
	Skills  map[string]int `yaml:"skills"`
	Money   int            `yaml:"money"`
	Stress  int            `yaml:"stress"`
}

// Degree is a bachelor's degree; it sets "degree:<id>".
type Degree struct {
	Named   `yaml:",inline"`
	Skills  map[string]int `yaml:"skills"`
	Tuition int            `yaml:"tuition"`
}

// Masters is the master's decision: an MHA, MPH, MBA, or starting work with a
// bachelor's. It sets "masters:<id>".
type Masters struct {
	Named    `yaml:",inline"`
	Years    int            `yaml:"years"`
	Cost     int            `yaml:"cost"`
	Skills   map[string]int `yaml:"skills"`
	PayBonus int            `yaml:"pay_bonus"` // percent added to offers
	Graduate bool           `yaml:"graduate"`
}

// Setting is a workplace from the profile's Work Environment; it sets the
// facility's starting meters for Act 4.
type Setting struct {
	Named  `yaml:",inline"`
	Meters map[string]float64 `yaml:"meters"`
}

// Role is a job: generalist, clinical manager, a department director...
type Role struct {
	Named    `yaml:",inline"`
	Needs    map[string]int `yaml:"needs"`    // skill minimums for a strong offer
	Degrees  []string       `yaml:"degrees"`  // degrees that fit best (empty: any)
	Settings []string       `yaml:"settings"` // settings that hire this role (empty: any)
	Pay      int            `yaml:"pay"`      // base yearly pay in dollars, before fit
	Graduate bool           `yaml:"graduate"` // usually needs a master's
	Signals  []string       `yaml:"signals"`  // flags (course:x, degree:y, activity:z) that make this offer likelier
}

// Career is a related career shown in the report.
type Career struct {
	Named    `yaml:",inline"`
	Transfer Text `yaml:"transfer"`
}

// Character is one person who speaks in the content, described by the parts of a
// portrait (scenes/portrait.go draws them), so a teacher's pack can add people
// without drawing. Kind "notice" is a notice board rather than a person (job postings,
// an office's letter).
type Character struct {
	ID        string   `yaml:"id"`
	Name      string   `yaml:"name"`       // as the who lines write it, before the first comma
	Kind      string   `yaml:"kind"`       // "" or "person", or "notice"
	Face      string   `yaml:"face"`       // one of LookFaces
	Skin      string   `yaml:"skin"`       // one of LookSkins
	Hair      string   `yaml:"hair"`       // one of LookHair
	HairColor string   `yaml:"hair_color"` // one of LookHairColors
	Clothes   string   `yaml:"clothes"`    // one of LookClothes
	Extras    []string `yaml:"extras"`     // any of LookExtras

	// File and Line say where the character was written, for messages.
	File string `yaml:"-"`
	Line int    `yaml:"-"`
}

// The parts a portrait is made of; the checker accepts only these.
var (
	LookFaces      = []string{"oval", "round", "long", "square"}
	LookSkins      = []string{"light", "fair", "medium", "olive", "brown", "deep"}
	LookHair       = []string{"short", "crop", "long", "bun", "curly", "coily", "ponytail", "bald", "wavy"}
	LookHairColors = []string{"black", "dark_brown", "brown", "auburn", "blond", "gray", "white"}
	LookClothes    = []string{"scrubs", "suit", "lab_coat", "badge", "casual", "uniform"}
	LookExtras     = []string{"glasses", "hijab", "beard", "mustache", "earrings", "stethoscope", "headband"}
)

// Scenario is one decision the player faces.
type Scenario struct {
	ID        string     `yaml:"id"`
	Act       Act        `yaml:"act"`
	Duty      string     `yaml:"duty"`
	Roles     []string   `yaml:"roles"`
	Settings  []string   `yaml:"settings"`
	Objective Text       `yaml:"objective"`
	Standard  string     `yaml:"standard"`
	Source    string     `yaml:"source"`
	Title     Text       `yaml:"title"`
	Who       Text       `yaml:"who"`
	Character string     `yaml:"character"` // the cast id of the person in Who, drawn as a portrait
	Body      Text       `yaml:"body"`
	Fact      *Fact      `yaml:"fact"`
	FactAfter bool       `yaml:"fact_after"` // the fact card states the deciding rule: show it with the outcome, not before the choice
	When      *Condition `yaml:"when"`
	Weight    int        `yaml:"weight"`
	Repeat    bool       `yaml:"repeat"`
	Choices   []Choice   `yaml:"choices"`

	// File and Line say where the scenario was written, for messages.
	File string `yaml:"-"`
	Line int    `yaml:"-"`
}

// Choice is one option of a scenario.
type Choice struct {
	Label   Text               `yaml:"label"`
	Effects map[string]float64 `yaml:"effects"`
	Skilled *SkillBonus        `yaml:"skilled"`
	Later   []Later            `yaml:"later"`
	Set     []string           `yaml:"set"`
	Clear   []string           `yaml:"clear"`
	Next    string             `yaml:"next"`
	Debrief Text               `yaml:"debrief"`
}

// SkillBonus adds effects when the player's skill is at least Min: skills built in
// school make options work better.
type SkillBonus struct {
	Skill   string             `yaml:"skill"`
	Min     int                `yaml:"min"`
	Effects map[string]float64 `yaml:"effects"`
	Note    Text               `yaml:"note"`
}

// Later is a delayed consequence that lands InWeeks after the choice.
type Later struct {
	InWeeks int                `yaml:"in_weeks"`
	Text    Text               `yaml:"text"`
	Effects map[string]float64 `yaml:"effects"`
}

// Condition decides whether a scenario can appear. Every part must hold.
type Condition struct {
	WeekMin  int               `yaml:"week_min"`
	WeekMax  int               `yaml:"week_max"`
	Flags    []string          `yaml:"flags"`
	NotFlags []string          `yaml:"not_flags"`
	Meters   map[string]string `yaml:"meters"` // e.g. denial_rate: ">= 12"
	Skills   map[string]string `yaml:"skills"` // e.g. finance: ">= 4"
	After    []string          `yaml:"after"`  // scenarios already played
}

// Content is everything the game is built from.
type Content struct {
	Skills     []SkillDef
	Interests  []InterestDef
	Quiz       []QuizQuestion
	Acts       []ActDef
	Terms      []Term
	Courses    []Course
	Activities []Activity
	Degrees    []Degree
	Masters    []Masters
	Settings   []Setting
	Roles      []Role
	Careers    []Career
	Duties     []Named
	Facts      map[string]Fact
	Scenarios  []*Scenario
	Cast       []Character

	byID map[string]*Scenario
}

// Index builds look-ups; call it once after loading.
func (c *Content) Index() {
	c.byID = c.buildIndex()
}

// ensureIndex builds the index only when it is missing or out of date, so content
// that was loaded (and indexed) is only read afterwards and can be shared by
// sessions running at the same time.
func (c *Content) ensureIndex() {
	if c.byID == nil || len(c.byID) != len(c.Scenarios) {
		c.Index()
	}
}

func (c *Content) buildIndex() map[string]*Scenario {
	idx := make(map[string]*Scenario, len(c.Scenarios))
	for _, s := range c.Scenarios {
		idx[s.ID] = s
	}
	return idx
}

// Scenario returns the scenario with id, or nil.
func (c *Content) Scenario(id string) *Scenario {
	c.ensureIndex()
	return c.byID[id]
}

func findNamed[T any](list []T, id string, get func(*T) *Named) *T {
	for i := range list {
		if get(&list[i]).ID == id {
			return &list[i]
		}
	}
	return nil
}

// Character returns the cast member with id, or nil.
func (c *Content) Character(id string) *Character {
	for i := range c.Cast {
		if c.Cast[i].ID == id {
			return &c.Cast[i]
		}
	}
	return nil
}

// Course returns the course with id, or nil.
func (c *Content) Course(id string) *Course {
	return findNamed(c.Courses, id, func(x *Course) *Named { return &x.Named })
}

// Activity returns the activity with id, or nil.
func (c *Content) Activity(id string) *Activity {
	return findNamed(c.Activities, id, func(x *Activity) *Named { return &x.Named })
}

// Degree returns the degree with id, or nil.
func (c *Content) Degree(id string) *Degree {
	return findNamed(c.Degrees, id, func(x *Degree) *Named { return &x.Named })
}

// MastersOption returns the master's option with id, or nil.
func (c *Content) MastersOption(id string) *Masters {
	return findNamed(c.Masters, id, func(x *Masters) *Named { return &x.Named })
}

// Setting returns the setting with id, or nil.
func (c *Content) Setting(id string) *Setting {
	return findNamed(c.Settings, id, func(x *Setting) *Named { return &x.Named })
}

// Role returns the role with id, or nil.
func (c *Content) Role(id string) *Role {
	return findNamed(c.Roles, id, func(x *Role) *Named { return &x.Named })
}

// Skill returns the skill with id, or nil.
func (c *Content) Skill(id string) *SkillDef {
	return findNamed(c.Skills, id, func(x *SkillDef) *Named { return &x.Named })
}

// Interest returns the interest with id, or nil.
func (c *Content) Interest(id string) *InterestDef {
	return findNamed(c.Interests, id, func(x *InterestDef) *Named { return &x.Named })
}

// Duty returns the profile duty with id, or nil.
func (c *Content) Duty(id string) *Named {
	return findNamed(c.Duties, id, func(x *Named) *Named { return x })
}

// ActDef returns the act's card, or nil.
func (c *Content) ActDef(a Act) *ActDef {
	for i := range c.Acts {
		if c.Acts[i].ID == a {
			return &c.Acts[i]
		}
	}
	return nil
}

package game

// SaveVersion is the version of the save format written by this build.
const SaveVersion = 1

// GameVersion names this build of the game; the career report prints it beside the
// class code, so a teacher can tell whether two reports come from the same game.
const GameVersion = "2026.12"

// Player is the student, then the manager.
type Player struct {
	Name      string         `json:"name"`
	Skills    map[string]int `json:"skills"`
	Interests map[string]int `json:"interests"`
	Money     int            `json:"money"`
	Debt      int            `json:"debt"`
	Stress    int            `json:"stress"`
	// Look is the face the player chose on the name screen (look.go); a save from
	// before looks gets one from its seed when it loads.
	Look Look `json:"look,omitzero"`
}

// PlanItem is one stop on the road: what kind of screen and which content it uses.
type PlanItem struct {
	Kind string `json:"kind"`
	Ref  string `json:"ref,omitempty"`
}

// Plan item kinds.
const (
	ItemIntro    = "intro"    // Ref: act
	ItemQuiz     = "quiz"     // Ref: question id
	ItemTerm     = "term"     // Ref: term id
	ItemEvent    = "event"    // Ref: act; draws one scenario
	ItemFixed    = "fixed"    // Ref: scenario id; a scenario every run meets
	ItemActivity = "activity" // Ref: act
	ItemDegree   = "degree"
	ItemMasters  = "masters"
	ItemFirstJob = "first-job" // the first years in an entry role, before the manager's job
	ItemOffers   = "offers"
	ItemWeek     = "week" // Ref: week number
	ItemReport   = "report"
)

// Offer is a job offer in Act 3.
type Offer struct {
	Role    string  `json:"role"`
	Setting string  `json:"setting"`
	Pay     int     `json:"pay"`
	Fit     float64 `json:"fit"`
}

// Change is one number an effect moved.
type Change struct {
	Target string  `json:"target"`
	Delta  float64 `json:"delta"`
}

// Outcome is what the player reads after a decision: the debrief and what moved.
type Outcome struct {
	Title Line `json:"title"`
	// Verdict is a duty result's headline, matching the overall result (good, mixed
	// or hard); empty on other outcomes.
	Verdict Line     `json:"verdict,omitempty"`
	Lines   []Line   `json:"lines"`
	Changes []Change `json:"changes,omitempty"`
	Fact    *Fact    `json:"fact,omitempty"`
	Later   []Line   `json:"later,omitempty"`
	// Scenario is the scenario decided, so the screen can show who hears the result.
	Scenario string `json:"scenario,omitempty"`
}

// InboxItem is one scenario waiting in the manager's week.
type InboxItem struct {
	Scenario string `json:"scenario,omitempty"`
	System   string `json:"system,omitempty"` // an interactive duty screen instead of a scenario
	Day      int    `json:"day"`              // 1 = Monday
	Done     bool   `json:"done"`
	Choice   int    `json:"choice"`
}

// Delayed is a consequence waiting to land.
type Delayed struct {
	Due      int                `json:"due"`
	Text     Text               `json:"text,omitempty"`
	Msg      Line               `json:"msg,omitempty"` // used instead of Text when set (catalog text)
	Effects  map[string]float64 `json:"effects"`
	Cause    Line               `json:"cause"`
	Choice   Line               `json:"choice"`
	FromWeek int                `json:"from_week"`
}

// Entry is one line of the run's history, for the career report.
type Entry struct {
	Act     Act      `json:"act"`
	Week    int      `json:"week,omitempty"`
	Title   Line     `json:"title"`
	Choice  Line     `json:"choice"`
	Why     Line     `json:"why,omitempty"`
	Changes []Change `json:"changes,omitempty"`
	// Quiz marks an answer to the interest check (not a choice: the act's recap
	// leaves it out)
	Quiz bool `json:"quiz,omitempty"`
}

// State is the whole run. It serialises to versioned JSON.
type State struct {
	Version int        `json:"version"`
	Seed    int64      `json:"seed"`
	Code    string     `json:"code,omitempty"` // the class code the run was started with, if any
	Mode    Mode       `json:"mode,omitempty"` // the play mode ("" is the full career)
	RNG     RNG        `json:"rng"`
	Player  Player     `json:"player"`
	Plan    []PlanItem `json:"plan"`
	Pos     int        `json:"pos"`

	Flags map[string]bool `json:"flags"`
	Seen  map[string]int  `json:"seen"`

	Courses    []string `json:"courses"`
	Activities []string `json:"activities"`
	Degree     string   `json:"degree"`
	Masters    string   `json:"masters"`
	Setting    string   `json:"setting"`
	Role       string   `json:"role"`
	Pay        int      `json:"pay"`
	Offers     []Offer  `json:"offers,omitempty"`

	Current string   `json:"current,omitempty"` // scenario on screen
	System  string   `json:"system,omitempty"`  // interactive duty screen on screen
	Outcome *Outcome `json:"outcome,omitempty"` // debrief on screen
	Picked  []int    `json:"picked,omitempty"`  // courses ticked so far in a term

	Week        int                   `json:"week"`
	Weeks       int                   `json:"weeks"`
	Inbox       []InboxItem           `json:"inbox,omitempty"`
	Open        int                   `json:"open"` // inbox item on screen, or -1
	Queue       []string              `json:"queue,omitempty"`
	Pending     []Delayed             `json:"pending,omitempty"`
	Facility    Facility              `json:"facility"`
	MetersStart map[MeterID]float64   `json:"meters_start,omitempty"`
	Trend       []map[MeterID]float64 `json:"trend,omitempty"` // meters at the end of each week
	LastDuty    string                `json:"last_duty,omitempty"`
	Sys         Systems               `json:"sys"`

	History []Entry `json:"history"`
	// Inputs is every accepted player input, for What if? (game/whatif.go); nil in a
	// save from before it was recorded.
	Inputs *InputLog `json:"inputs,omitempty"`
}

// Item returns the plan item at the current position.
func (s *State) Item() PlanItem {
	if s.Pos < 0 || s.Pos >= len(s.Plan) {
		return PlanItem{Kind: ItemReport}
	}
	return s.Plan[s.Pos]
}

// Act returns the act the run is in now.
func (s *State) Act() Act {
	for i := s.Pos; i >= 0 && i < len(s.Plan); i-- {
		it := s.Plan[i]
		if it.Kind == ItemIntro {
			return Act(it.Ref)
		}
	}
	if s.Item().Kind == ItemReport {
		return ActManager
	}
	return ActSchool
}

// Message is what the player reads when the consequence lands.
func (d Delayed) Message() Line {
	if !d.Msg.IsZero() {
		return d.Msg
	}
	return TL(d.Text)
}

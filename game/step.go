package game

// StepKind says which kind of screen the run is on.
type StepKind int

// The kinds of step. Scenes pick a screen by kind.
const (
	StepIntro    StepKind = iota // an act's title card; Continue
	StepPickOne                  // choose one option
	StepPickMany                 // tick Slots options, then Confirm
	StepScenario                 // a scenario with choices
	StepOutcome                  // the debrief after a decision; Continue
	StepWeek                     // the manager's dashboard and inbox
	StepReport                   // the career report
	StepSystem                   // an interactive duty screen (Step.System names it)
	StepRecap                    // an act's recap (Step.Recap), graduation or first day; Continue
)

// Option is one choosable thing on a step.
type Option struct {
	ID       string `json:"id"`
	Label    Line   `json:"label"`
	Detail   Line   `json:"detail"`
	Selected bool   `json:"selected"`
	Done     bool   `json:"done"`
	Locked   bool   `json:"locked"`
	Tag      Line   `json:"tag"`
}

// Step is everything a screen needs to draw the run's current moment.
type Step struct {
	Kind     StepKind
	Act      Act
	Item     PlanItem
	Title    Line
	Who      Line
	Body     Line
	Hint     Line
	Options  []Option
	Slots    int
	CanGoOn  bool // Confirm is allowed (pick-many full, week inbox done)
	Fact     *Fact
	Outcome  *Outcome
	Recap    *Recap
	Scenario *Scenario
	System   SystemID
	Progress Progress
}

// Progress says where the run is, for the header.
type Progress struct {
	Act   Act
	Index int // 1-based plan position
	Total int
	Week  int
	Weeks int
}

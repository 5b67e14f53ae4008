package game

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// What if? A run is deterministic from its seed and the player's inputs, so the
// State keeps every accepted input (InputLog). WhatIf replays the same seed and
// inputs up to one decision, takes another option there and plays on, and returns
// both careers' reports side by side. The real run is never touched: every replay is
// a new Session.

// InputLog is every accepted player input of a run, in order, one short string
// each: "k" Continue, "f" Confirm, "c2" Choose(2), "t1" Toggle(1), "F" FinishSystem,
// "a" AutoSystem, "L" LeaveSystem, "sbalanced:123" AutoSystemStyle with the style
// and the bot's generator, "dBillingRate[0,1]" a duty command: its type and its
// fields' values in order.
type InputLog struct {
	In []string `json:"in"`
	// Off says an input could not be written down (a command type missing from
	// commandKinds); the log stops there and What if? is not available for the run.
	Off bool `json:"off,omitempty"`
}

// The input codes (the first letter of a logged input).
const (
	inContinue = "k"
	inConfirm  = "f"
	inChoose   = "c"
	inToggle   = "t"
	inFinish   = "F"
	inAuto     = "a"
	inLeave    = "L"
	inStyle    = "s"
	inCommand  = "d"
)

// commandKinds lists every duty Command type, so a logged command can be read back
// by its type name. TestEveryCommandIsLogged fails when a new command is missing.
var commandKinds = []Command{
	BillingRate{}, BillingDecide{}, BillingContract{},
	BoardCycle{}, BoardSetMode{}, BoardAnswer{},
	BudgetExplain{}, BudgetAdjust{}, BudgetMatch{}, BudgetSet{},
	EmergencyPick{}, EmergencyUndo{},
	EquipmentSchedule{}, EquipmentContract{}, EquipmentFund{},
	FlowDecide{},
	OutreachSetTarget{}, OutreachAdd{}, OutreachRemove{},
	PrivacyPlace{}, PrivacyCycle{}, PrivacyCheck{}, PrivacyTrain{}, PrivacyNotice{},
	SatelliteVisit{}, SatelliteMark{}, SatelliteCycle{},
	StaffingAdd{}, StaffingRemove{}, StaffingPostJob{}, StaffingTraining{},
}

// noteInput appends input to the run's log when it was accepted (err nil or *err nil).
func noteInput(s *Session, input string, err *error) {
	l := s.st.Inputs
	if l == nil || l.Off || (err != nil && *err != nil) {
		return
	}
	l.In = append(l.In, input)
}

// noteCommand logs an accepted duty command; a type it cannot write down turns
// the log off, so a replay never silently differs from the run.
func noteCommand(s *Session, c Command, err *error) {
	if s.st.Inputs == nil || *err != nil {
		return
	}
	in, ok := commandInput(c)
	if !ok {
		s.st.Inputs.Off = true
		return
	}
	noteInput(s, in, err)
}

func commandInput(c Command) (string, bool) {
	t := reflect.TypeOf(c)
	if commandKind(t.Name()) == nil {
		return "", false
	}
	// the fields' values in order, without their names: a third of the bytes
	v := reflect.ValueOf(c)
	vals := make([]any, v.NumField())
	for i := range vals {
		if !t.Field(i).IsExported() {
			return "", false
		}
		vals[i] = v.Field(i).Interface()
	}
	b, err := json.Marshal(vals)
	if err != nil {
		return "", false
	}
	return inCommand + t.Name() + string(b), true
}

// readCommand reads a command back from its type and its fields' values.
func readCommand(t reflect.Type, data string) (Command, error) {
	var vals []json.RawMessage
	if err := json.Unmarshal([]byte(data), &vals); err != nil {
		return nil, err
	}
	v := reflect.New(t).Elem()
	if len(vals) != v.NumField() {
		return nil, fmt.Errorf("%d values for %d fields", len(vals), v.NumField())
	}
	for i, raw := range vals {
		if err := json.Unmarshal(raw, v.Field(i).Addr().Interface()); err != nil {
			return nil, err
		}
	}
	return v.Interface().(Command), nil
}

func commandKind(name string) reflect.Type {
	for _, k := range commandKinds {
		if t := reflect.TypeOf(k); t.Name() == name {
			return t
		}
	}
	return nil
}

func styleInput(style Style, rng *RNG) string {
	return inStyle + string(style) + ":" + strconv.FormatUint(rng.State, 10)
}

// replayInput carries out one logged input on s.
func replayInput(s *Session, in string) error {
	if in == "" {
		return errors.New("empty input")
	}
	arg := in[1:]
	switch in[:1] {
	case inContinue:
		return s.Continue()
	case inConfirm:
		return s.Confirm()
	case inFinish:
		return s.FinishSystem()
	case inAuto:
		s.AutoSystem()
		return nil
	case inLeave:
		return s.LeaveSystem()
	case inChoose, inToggle:
		n, err := strconv.Atoi(arg)
		if err != nil {
			return fmt.Errorf("input %q: %v", in, err)
		}
		if in[:1] == inToggle {
			return s.Toggle(n)
		}
		return s.Choose(n)
	case inStyle:
		style, seed, ok := strings.Cut(arg, ":")
		n, err := strconv.ParseUint(seed, 10, 64)
		if !ok || err != nil {
			return fmt.Errorf("input %q: no generator", in)
		}
		s.AutoSystemStyle(Style(style), &RNG{State: n})
		return nil
	case inCommand:
		i := strings.IndexByte(arg, '[')
		if i < 0 {
			return fmt.Errorf("input %q: no command", in)
		}
		t := commandKind(arg[:i])
		if t == nil {
			return fmt.Errorf("input %q: unknown command", in)
		}
		c, err := readCommand(t, arg[i:])
		if err != nil {
			return fmt.Errorf("input %q: %v", in, err)
		}
		return s.Do(c)
	}
	return fmt.Errorf("input %q: unknown kind", in)
}

// ErrNoWhatIf says a run cannot be replayed: a save from before inputs were
// recorded, or a run whose inputs could not all be written down.
var ErrNoWhatIf = errors.New("this run's choices were not recorded, so it cannot be replayed")

// ErrNotExact says replaying the recorded inputs did not give the same run (a run
// changed by a tool, or content that changed since): What if? would not be exact.
var ErrNotExact = errors.New("replaying this run did not give the same result")

// notExactOnPanic turns a replay that broke (a damaged log in a hand-edited save)
// into ErrNotExact: What if? is then unavailable, and the game goes on.
func notExactOnPanic(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w (%v)", ErrNotExact, r)
	}
}

// restart starts a fresh run with the options the saved run st was started with.
func restart(c *Content, st *State) *Session {
	o := Options{Name: st.Player.Name, Seed: st.Seed, Weeks: st.Weeks, Code: st.Code, Mode: st.Mode, Look: st.Player.Look}
	if st.Mode == ModeManager {
		o.Role, o.Setting = st.Role, st.Setting // the job the run started in
	}
	return NewSession(c, o)
}

func logOf(s *Session) ([]string, error) {
	l := s.st.Inputs
	if l == nil || l.Off {
		return nil, ErrNoWhatIf
	}
	return l.In, nil
}

// Decision is one choice of the run that What if? can change.
type Decision struct {
	Act     Act
	Week    int
	Title   Line
	Options []Line
	Chosen  int
	input   int // its place in the input log
}

// Decisions replays the run and lists its decisions with two or more options, in
// order. An old save gives ErrNoWhatIf.
func Decisions(s *Session) (ds []Decision, err error) {
	defer notExactOnPanic(&err)
	log, err := logOf(s)
	if err != nil {
		return nil, err
	}
	r := restart(s.C, s.st)
	var out []Decision
	for k, in := range log {
		if strings.HasPrefix(in, inChoose) {
			if d, ok := decisionHere(r); ok {
				d.Chosen, _ = strconv.Atoi(in[1:])
				d.input = k
				out = append(out, d)
			}
		}
		if err := replayInput(r, in); err != nil {
			return nil, ErrNotExact
		}
	}
	if !sameRun(r, s) {
		return nil, ErrNotExact
	}
	return out, nil
}

// decisionHere describes the step on display when it is a decision worth changing.
func decisionHere(r *Session) (Decision, bool) {
	st := r.Step()
	if (st.Kind != StepPickOne && st.Kind != StepScenario) || len(st.Options) < 2 {
		return Decision{}, false
	}
	d := Decision{Act: st.Act, Week: r.st.Week, Title: st.Title}
	if st.Kind == StepPickOne && !st.Body.IsZero() && st.Item.Kind == ItemQuiz {
		d.Title = st.Body // the quiz's question says more than "Interest check"
	}
	for _, o := range st.Options {
		d.Options = append(d.Options, o.Label)
	}
	return d, true
}

// sameRun reports whether replay r ended where the real run s is: same place, same
// history, same meters, same player.
func sameRun(r, s *Session) bool {
	a, b := r.st, s.st
	if a.Pos != b.Pos || len(a.History) != len(b.History) || a.Player.Stress != b.Player.Stress || a.Player.Money != b.Player.Money || a.RNG != b.RNG {
		return false
	}
	return reflect.DeepEqual(a.Facility.Meters, b.Facility.Meters) && reflect.DeepEqual(a.Player.Skills, b.Player.Skills)
}

// Branch is one career of a What if? comparison.
type Branch struct {
	Report Report
	// Replayed counts the player's own inputs used after the changed decision;
	// BotSteps counts the steps the balanced bot played where the player's inputs no
	// longer fitted (the story had gone somewhere the real run never went).
	Replayed, BotSteps int
	// Unfinished says the real run had not reached the report: the rest is played
	// the same way (own inputs, then the bot).
	Unfinished bool
	// Stress is the manager's own stress at the end (0-100; the report's endings
	// read it, so the comparison shows it too).
	Stress int
}

// WhatIfBot names the bot style that plays the steps the player never saw.
const WhatIfBot = StyleBalanced

// whatIfLimit caps a replay's commands (a career takes a few hundred).
const whatIfLimit = 20000

// WhatIf replays the run s up to decision d (an index into Decisions), takes option
// there instead, and plays on: the player's own later inputs where the run is at the
// same step as it was, the balanced bot where it is not, to the report. It returns
// the real career (was, played to its end the same way if it had not ended) and the
// other one (alt). s is never changed.
func WhatIf(s *Session, d, option int) (was, alt Branch, err error) {
	defer notExactOnPanic(&err)
	ds, err := Decisions(s)
	if err != nil {
		return was, alt, err
	}
	if d < 0 || d >= len(ds) {
		return was, alt, fmt.Errorf("no decision %d", d)
	}
	dec := ds[d]
	if option < 0 || option >= len(dec.Options) {
		return was, alt, fmt.Errorf("no option %d", option)
	}
	log, _ := logOf(s)
	// the signature of the step each input was given at, in the real run
	sigs := make([]string, len(log))
	r := restart(s.C, s.st)
	for k, in := range log {
		sigs[k] = stepSig(r)
		if err := replayInput(r, in); err != nil {
			return was, alt, ErrNotExact
		}
	}
	was.Unfinished = r.Step().Kind != StepReport
	if err := finish(r, log, sigs, len(log), &was); err != nil {
		return was, alt, err
	}
	was.Report, was.Stress = r.Report(), r.st.Player.Stress

	a := restart(s.C, s.st)
	for _, in := range log[:dec.input] {
		if err := replayInput(a, in); err != nil {
			return was, alt, ErrNotExact
		}
	}
	if err := a.Choose(option); err != nil {
		return was, alt, err
	}
	if err := finish(a, log, sigs, dec.input+1, &alt); err != nil {
		return was, alt, err
	}
	alt.Unfinished = was.Unfinished
	alt.Report, alt.Stress = a.Report(), a.st.Player.Stress
	return was, alt, nil
}

// finish plays r to the report: the logged inputs from next on, each where the run
// is at the step it was given at (skipping inputs for steps this run never has, and
// inputs that no longer fit), and the bot where no input matches.
func finish(r *Session, log, sigs []string, next int, b *Branch) error {
	rng := RNG{State: uint64(r.st.Seed) ^ 0x5EED}
	bot := StylePolicy(WhatIfBot, &rng)
	for n := 0; n < whatIfLimit; n++ {
		if r.Step().Kind == StepReport {
			return nil
		}
		sig := stepSig(r)
		k := next
		for k < len(log) && sigs[k] != sig {
			k++
		}
		if k < len(log) {
			next = k + 1
			if replayInput(r, log[k]) == nil {
				b.Replayed++
			}
			continue
		}
		b.BotSteps++
		if _, err := r.Act1(bot); err != nil {
			return fmt.Errorf("what if: the bot could not play on: %w", err)
		}
	}
	return errors.New("what if: the run did not reach the report")
}

// stepSig names the step on display precisely enough that an input given there in
// one run means the same in another: the plan position, the week, what is open, and
// the options on screen.
func stepSig(r *Session) string {
	st := r.st
	var b strings.Builder
	fmt.Fprintf(&b, "%d/%d/%s/%s/%d/%t", st.Pos, st.Week, st.Current, st.System, st.Open, st.Outcome != nil)
	if st.System == "" && st.Outcome == nil {
		for _, o := range r.Step().Options {
			fmt.Fprintf(&b, "|%s:%t:%t", o.ID, o.Done, o.Selected)
		}
	}
	return b.String()
}

// WhatIfRecorded says, without replaying, whether the run kept the inputs What if?
// needs: nil, or ErrNoWhatIf for an old save (the report's button says why).
func WhatIfRecorded(s *Session) error {
	_, err := logOf(s)
	return err
}

// MeetsBenchmark reports whether v is at or past the meter's benchmark (inside the
// band for an InBand meter): the mark the What-if comparison shows beside a value.
func (d *MeterDef) MeetsBenchmark(v float64) bool {
	switch d.Good {
	case InBand:
		return d.OffBand(v) == 0
	case LowerIsBetter:
		return v <= d.Benchmark
	}
	return v >= d.Benchmark
}

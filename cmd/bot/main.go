// Command bot plays many careers through the game's core, with no window, in every
// bot style (game.Styles), and prints one JSON line: how the endings fall under each
// style, and any panics, soft-locks, broken invariants or unreached scenarios.
//
//	go run ./cmd/bot -careers 2000 -seed 1 -json
//
// The same seed always plays the same careers.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenarios"
)

// Tally is how one style's careers ended.
type Tally struct {
	Main  map[string]int `json:"main"`
	Added map[string]int `json:"added"`
}

// Result is the bot's one-line report.
type Result struct {
	Careers          int              `json:"careers"`
	Panics           int              `json:"panics"`
	Softlocks        int              `json:"softlocks"`
	Violations       int              `json:"violations"`
	Unreached        []string         `json:"unreached"`
	CareersPerSecond float64          `json:"careersPerSecond"`
	Policies         map[string]Tally `json:"policies"`

	// Problems describes the first few panics, soft-locks and violations (not printed).
	Problems []string `json:"-"`
	// Means are each style's average end-of-career numbers (for tuning; not printed).
	Means map[string]map[string]float64 `json:"-"`
}

// maxCommands bounds one career: a run that has not reached the report after this
// many commands is stuck.
const maxCommands = 4000

func main() {
	careers := flag.Int("careers", 100, "careers to play per style")
	seed := flag.Int64("seed", 1, "seed for the first career")
	asJSON := flag.Bool("json", false, "print one JSON line (the only output)")
	stats := flag.Bool("stats", false, "also print each style's average end meters and stress on stderr")
	modeName := flag.String("mode", "full", "the play mode: full, class, manager or express")
	flag.Parse()
	mode, err := game.ParseMode(*modeName)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	c, err := scenarios.Builtin()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	r := RunMode(c, *careers, *seed, mode)
	if *asJSON {
		b, _ := json.Marshal(r)
		fmt.Println(string(b))
	} else {
		b, _ := json.MarshalIndent(r, "", "  ")
		fmt.Println(string(b))
	}
	if *stats {
		for _, st := range game.Styles {
			m := r.Means[string(st)]
			fmt.Fprintf(os.Stderr, "%-9s", st)
			for _, k := range sortedKeys(m) {
				fmt.Fprintf(os.Stderr, " %s=%.1f", k, m[k])
			}
			fmt.Fprintln(os.Stderr)
		}
	}
	for _, p := range r.Problems {
		fmt.Fprintln(os.Stderr, p)
	}
	if r.Panics+r.Softlocks+r.Violations > 0 {
		os.Exit(1)
	}
}

// Run plays n careers in each style, seeded seed, seed+1, ... (the same seeds for
// every style, so the styles meet the same draws as far as their choices allow).
func Run(c *game.Content, n int, seed int64) Result { return RunMode(c, n, seed, game.ModeFull) }

// RunMode is Run in a play mode.
func RunMode(c *game.Content, n int, seed int64, mode game.Mode) Result {
	start := time.Now()
	r := Result{Policies: map[string]Tally{}, Unreached: []string{}, Means: map[string]map[string]float64{}}
	reached := map[string]bool{}
	for _, style := range game.Styles {
		t := Tally{Main: map[string]int{}, Added: map[string]int{}}
		means := map[string]float64{}
		for i := 0; i < n; i++ {
			r.Careers++
			play(c, style, mode, seed+int64(i), &r, &t, reached, means)
		}
		for k := range means {
			means[k] /= float64(max(1, n))
		}
		r.Means[string(style)] = means
		r.Policies[string(style)] = t
	}
	for _, sc := range c.Scenarios {
		if !reached[sc.ID] {
			r.Unreached = append(r.Unreached, sc.ID)
		}
	}
	sort.Strings(r.Unreached)
	if secs := time.Since(start).Seconds(); secs > 0 {
		r.CareersPerSecond = math.Round(float64(r.Careers)/secs*10) / 10
	}
	return r
}

func (r *Result) problem(format string, args ...any) {
	if len(r.Problems) < 20 {
		r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
	}
}

// play runs one career to the report, recovering from a panic.
func play(c *game.Content, style game.Style, mode game.Mode, seed int64, r *Result, t *Tally, reached map[string]bool, means map[string]float64) {
	defer func() {
		if p := recover(); p != nil {
			r.Panics++
			r.problem("%s seed %d: panic: %v", style, seed, p)
		}
	}()
	s := game.NewSession(c, game.Options{Name: "Bot", Seed: seed, Mode: mode})
	rng := game.StyleRNG(style, seed)
	policy := game.StylePolicy(style, rng)
	week := -1
	for n := 0; ; n++ {
		if n >= maxCommands {
			r.Softlocks++
			r.problem("%s seed %d: no report after %d commands", style, seed, n)
			return
		}
		v := s.View()
		if v.Week() != week {
			week = v.Week()
			if msg := check(c, s); msg != "" {
				r.Violations++
				r.problem("%s seed %d week %d: %s", style, seed, week, msg)
			}
		}
		more, err := game.ActStyle(s, style, rng, policy)
		if err != nil {
			// the style's pick did not fit: the plain pick must
			if more, err = s.Act1(game.FirstOption); err != nil {
				r.Softlocks++
				r.problem("%s seed %d: stuck at step %d: %v", style, seed, v.Pos(), err)
				return
			}
		}
		if !more {
			break
		}
	}
	if msg := check(c, s); msg != "" {
		r.Violations++
		r.problem("%s seed %d at the report: %s", style, seed, msg)
	}
	for id := range s.State().Seen {
		reached[id] = true
	}
	st := s.State()
	means["stress"] += float64(st.Player.Stress)
	for id, v := range st.Facility.Meters {
		means[id] += v
	}
	for i, l := range s.Endings() {
		name := strings.TrimPrefix(l.Key, "ending.")
		if i == 0 {
			if len(l.Args) > 0 {
				pct, _ := strconv.Atoi(l.Args[0])
				means["score"] += float64(pct)
			}
			t.Main[name]++
		} else {
			t.Added[name]++
		}
	}
}

// check reads the run's invariants: every meter in range and a number, stress in
// 0..100, and a save that loads and saves back to the same bytes.
func check(c *game.Content, s *game.Session) string {
	st := s.State()
	for _, d := range game.MeterDefs {
		v, ok := st.Facility.Meters[d.ID]
		if !ok {
			continue
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || v < d.Min-1e-9 || v > d.Max+1e-9 {
			return fmt.Sprintf("meter %s = %v out of [%v, %v]", d.ID, v, d.Min, d.Max)
		}
	}
	if st.Player.Stress < 0 || st.Player.Stress > 100 {
		return fmt.Sprintf("stress %d out of 0..100", st.Player.Stress)
	}
	a, err := s.Save()
	if err != nil {
		return "save: " + err.Error()
	}
	l, err := game.Load(c, a)
	if err != nil {
		return "load: " + err.Error()
	}
	b, err := l.Save()
	if err != nil {
		return "save after load: " + err.Error()
	}
	if !bytes.Equal(a, b) {
		return "save does not round-trip"
	}
	return ""
}

func sortedKeys(m map[string]float64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Command transcript plays one career through the game's core, with no window, and
// prints every screen's words in order with the facility's meters beside them, so a
// reviewer can read what the game says against what the state holds (a result that
// says "3 of 3 gaps closed" must match the HIPAA meter printed under it).
//
//	go run ./cmd/transcript -setting practice -seed 3 > practice.txt
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenarios"
)

func main() {
	setting := flag.String("setting", "hospital", "the workplace to aim the career at")
	role := flag.String("role", "generalist", "the role to aim the career at")
	seed := flag.Int64("seed", 1, "the run's seed")
	lang := flag.String("lang", "en", "language")
	flag.Parse()
	if err := run(os.Stdout, *setting, *role, *seed, *lang); err != nil {
		fmt.Fprintln(os.Stderr, "transcript:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, setting, role string, seed int64, lang string) error {
	c, err := scenarios.Builtin()
	if err != nil {
		return err
	}
	if c.Setting(setting) == nil {
		return fmt.Errorf("unknown setting %q", setting)
	}
	if c.Role(role) == nil {
		return fmt.Errorf("unknown role %q", role)
	}
	cat, err := assets.Catalog(lang)
	if err != nil {
		return err
	}
	r := func(l game.Line) string { return strings.TrimSpace(l.Render(lang, cat)) }
	s := game.NewSession(c, game.Options{Name: "Ana", Seed: seed})
	policy := game.AimFor(role, setting)
	last := ""
	for n := 0; n < 4000; n++ {
		st := s.Step()
		v := s.View()
		if st.Kind == game.StepReport {
			fmt.Fprintf(w, "\n==== REPORT (%s)\n", v.Setting())
			rep := s.Report()
			for _, e := range rep.Endings {
				fmt.Fprintln(w, "ending:", r(e))
			}
			for _, m := range rep.Meters {
				d := game.Meter(m.ID)
				fmt.Fprintf(w, "  %s: %s -> %s\n", r(game.L("meter."+m.ID+".name")), game.FormatArg(d.Arg(m.Before), cat), game.FormatArg(d.Arg(m.After), cat))
			}
			return nil
		}
		if st.Kind == game.StepWeek && !st.CanGoOn && allOpen(st) {
			fmt.Fprintf(w, "\n==== WEEK %d (%s) stress %d\n", v.Week(), v.Setting(), v.Stress())
			fmt.Fprintln(w, "  meters:", meters(v, cat))
		}
		key := fmt.Sprint(st.Kind, r(st.Title), r(st.Body), st.Outcome != nil)
		if st.Kind != game.StepWeek && key != last {
			last = key
			fmt.Fprintf(w, "\n---- [%v] %s\n", st.Kind, r(st.Title))
			if who := r(st.Who); who != "" {
				fmt.Fprintln(w, "who:", who)
			}
			if b := r(st.Body); b != "" {
				fmt.Fprintln(w, b)
			}
			for i, o := range st.Options {
				fmt.Fprintf(w, "  (%d) %s — %s\n", i+1, r(o.Label), r(o.Detail))
			}
			if o := st.Outcome; o != nil {
				for _, l := range o.Lines {
					fmt.Fprintln(w, "  >", r(l))
				}
				for _, ch := range o.Changes {
					fmt.Fprintf(w, "  change %s %+.2f\n", ch.Target, ch.Delta)
				}
				for _, l := range o.Later {
					fmt.Fprintln(w, "  later:", r(l))
				}
				if v.Week() > 0 {
					fmt.Fprintln(w, "  meters now:", meters(v, cat))
				}
			}
		}
		more, err := s.Act1(policy)
		if err != nil {
			return fmt.Errorf("step %d: %w", n, err)
		}
		if !more {
			break
		}
	}
	return nil
}

func allOpen(st game.Step) bool {
	for _, o := range st.Options {
		if o.Done {
			return false
		}
	}
	return true
}

func meters(v game.View, cat game.Catalog) string {
	var b strings.Builder
	for _, d := range v.Meters() {
		fmt.Fprintf(&b, "%s=%s ", d.ID, game.FormatArg(d.Arg(v.Meter(d.ID)), cat))
	}
	return b.String()
}

package scenes

import (
	"math"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenarios"
)

// midWeek plays a career (first options) into the manager's week w with one inbox
// item done, so the meters have moved since the last week ended.
func midWeek(t *testing.T, c *game.Content, seed int64, w int) *game.Session {
	t.Helper()
	s := game.NewSession(c, game.Options{Name: "Dash", Seed: seed})
	for n := 0; n < 3000; n++ {
		st := s.Step()
		if st.Kind == game.StepWeek && s.View().Week() == w {
			done := 0
			for _, o := range st.Options {
				if o.Done {
					done++
				}
			}
			if done >= 1 {
				return s
			}
		}
		if st.Kind == game.StepReport {
			break
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("seed %d never reached the middle of week %d", seed, w)
	return nil
}

// The week dashboard and the meter card read the state: each bar is the value on the
// meter's own scale with a tick at the benchmark (a half-empty facility's occupancy is
// not a full bar), each arrow points the way the value moved (▲ up, ▼ down) with
// "better" or "worse" in words, and the meter card's title, chart and chart label
// end at the same value.
func TestDashboardAndMeterCardAgreeWithTheState(t *testing.T) {
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cat, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	app, err := NewApp(Config{Content: c, Catalog: cat, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	ctx := app.Context()
	upButWorse, downButBetter := 0, 0
	for seed := int64(1); seed <= 4; seed++ {
		s := midWeek(t, c, seed, 2)
		ctx.Session = s
		v := s.View()
		w := &WeekScene{}
		w.Layout(ctx)
		for _, r := range w.rows {
			d := r.def
			now, start := v.Meter(d.ID), v.MeterStart(d.ID)
			fill, bench := v.MeterGauge(d.ID)
			if math.Abs(r.fill-(now-d.Min)/(d.Max-d.Min)) > 1e-9 || r.fill != fill {
				t.Errorf("seed %d: %s = %v fills %.2f of its bar", seed, d.ID, now, r.fill)
			}
			if r.bench != bench || bench < 0 || bench > 1 {
				t.Errorf("seed %d: %s benchmark tick at %.2f", seed, d.ID, r.bench)
			}
			if r.value != ctx.F(d.Arg(now)) {
				t.Errorf("seed %d: %s reads %q, the value is %v", seed, d.ID, r.value, now)
			}
			if r.same {
				if r.deltaText != "" {
					t.Errorf("seed %d: %s did not move but shows %q", seed, d.ID, r.deltaText)
				}
			} else {
				up := now > start
				if strings.HasPrefix(r.deltaText, "▲") != up || strings.HasPrefix(r.deltaText, "▼") == up {
					t.Errorf("seed %d: %s went %v -> %v but its arrow reads %q", seed, d.ID, start, now, r.deltaText)
				}
				if strings.Contains(r.deltaText, "+") != up {
					t.Errorf("seed %d: %s arrow and sign disagree: %q", seed, d.ID, r.deltaText)
				}
				word := ctx.T("report.worse")
				switch {
				case d.WithinBand(start, now):
					word = ctx.T("report.in_band") // inside its target band: neither
				case d.Better(start, now):
					word = ctx.T("report.better")
				}
				if r.deltaWord != word {
					t.Errorf("seed %d: %s went %v -> %v, shown as %q", seed, d.ID, start, now, r.deltaWord)
				}
				if up && !d.Better(start, now) {
					upButWorse++
				}
				if !up && d.Better(start, now) {
					downButBetter++
				}
			}
			if len(r.trend) < 2 || r.trend[len(r.trend)-1] != now {
				t.Errorf("seed %d: %s sparkline %v does not end at the value %v", seed, d.ID, r.trend, now)
			}
			m := &MeterScene{ID: d.ID}
			m.Layout(ctx)
			if !strings.HasSuffix(m.head, ": "+r.value) || !strings.Contains(m.span, "→ "+r.value+" now") {
				t.Errorf("seed %d: %s card title %q and chart %q disagree (dashboard %q)", seed, d.ID, m.head, m.span, r.value)
			}
			if m.trend[len(m.trend)-1] != now {
				t.Errorf("seed %d: %s card chart ends at %v, the value is %v", seed, d.ID, m.trend[len(m.trend)-1], now)
			}
		}
	}
	if upButWorse+downButBetter == 0 {
		t.Error("no meter moved against its good direction in 4 seeds: the arrow test did not bite")
	}
	// half-empty beds are a short bar, whatever "good" means for occupancy
	s := midWeek(t, c, 1, 1)
	s.Edit(func(st *game.State) { st.Facility.Meters[game.BedOccupancy] = 50 })
	ctx.Session = s
	w := &WeekScene{}
	w.Layout(ctx)
	for _, r := range w.rows {
		if r.def.ID == game.BedOccupancy && r.fill > 0.5 {
			t.Errorf("50%% occupancy fills %.0f%% of the bar", r.fill*100)
		}
	}
}

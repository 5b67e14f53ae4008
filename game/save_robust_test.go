package game_test

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// A save the game cannot use is refused with a clear error, never a panic or a run
// that locks up later; numbers merely out of range are clamped and play goes on.
func TestBadSavesAreRefusedOrRepairedNeverACrash(t *testing.T) {
	c := content(t)
	// a run in Act 4 with the staffing desk open, and one at a term's course picks
	manager := openDuty(t, 3, game.SysStaffing)
	term := game.NewSession(c, game.Options{Name: "Pat", Seed: 3})
	for n := 0; n < 50 && term.Step().Kind != game.StepPickMany; n++ {
		term.Act1(game.FirstOption)
	}
	if term.Step().Kind != game.StepPickMany {
		t.Fatal("never reached a term")
	}
	edit := func(s *game.Session, f func(st map[string]any)) []byte {
		b, err := s.Save()
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		json.Unmarshal(b, &m)
		f(m)
		out, _ := json.Marshal(m)
		return out
	}
	refused := []struct {
		name, want string
		data       []byte
	}{
		{"a job offer's role the content no longer has", "job offer", edit(manager, func(m map[string]any) {
			m["offers"] = []any{map[string]any{"role": "astronaut", "setting": "hospital", "pay": 1, "fit": 0.5}}
		})},
		{"the job's role gone", "job is", edit(manager, func(m map[string]any) { m["role"] = "astronaut" })},
		{"a course pick beyond the term's list", "course pick", edit(term, func(m map[string]any) { m["picked"] = []any{0, 99} })},
		{"a staffing shift on an unknown unit", "unit", edit(manager, func(m map[string]any) {
			sh := m["sys"].(map[string]any)["staffing"].(map[string]any)["shifts"].([]any)
			sh[0].(map[string]any)["unit"] = 42
		})},
		{"an unknown duty screen on display", "duty screen", edit(manager, func(m map[string]any) { m["system"] = "juggling" })},
		{"an unknown kind of step in the plan", "kind of step", edit(manager, func(m map[string]any) {
			m["plan"] = append(m["plan"].([]any), map[string]any{"kind": "dance"})
		})},
		{"an inbox item open past the inbox", "open", edit(manager, func(m map[string]any) { m["open"] = 40 })},
		{"a week that is not a number", "week", edit(manager, func(m map[string]any) {
			m["plan"] = append(m["plan"].([]any), map[string]any{"kind": "week", "ref": "soon"})
		})},
		{"not JSON at all", "damaged", []byte("{\"version\": 1, \"plan\": [")},
	}
	for _, c2 := range refused {
		t.Run(c2.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic: %v", r)
				}
			}()
			_, err := game.Load(c, c2.data)
			if err == nil || !strings.Contains(err.Error(), c2.want) {
				t.Fatalf("err %v, want one that mentions %q", err, c2.want)
			}
		})
	}
	// meters far out of range are clamped, and the run plays on and saves again
	huge := edit(manager, func(m map[string]any) {
		meters := m["facility"].(map[string]any)["meters"].(map[string]any)
		for k := range meters {
			meters[k] = 1e300
		}
		m["player"].(map[string]any)["stress"] = -50
	})
	s, err := game.Load(c, huge)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range game.MeterDefs {
		if v := s.View().Meter(d.ID); math.IsNaN(v) || v < d.Min || v > d.Max {
			t.Errorf("meter %s loaded as %v", d.ID, v)
		}
	}
	if s.View().Stress() != 0 {
		t.Errorf("stress loaded as %d", s.View().Stress())
	}
	if err := s.PlayToEnd(game.FirstOption, 5000); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(); err != nil {
		t.Fatalf("the repaired run does not save: %v", err)
	}
}

package scenarios

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// The snapshot the game embeds is the checked YAML, exactly: edit a scenario and
// forget to rebuild it, and this fails with the command that does.
func TestSnapshotMatchesTheYAML(t *testing.T) {
	fromYAML, err := BuiltinYAML()
	if err != nil {
		t.Fatal(err)
	}
	fromSnap, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromYAML, fromSnap) {
		t.Fatal("scenarios/builtin.gob is older than the YAML: run go run ./cmd/scencheck -snapshot scenarios/builtin.gob")
	}
}

// BenchmarkContentLoad prints how long the built-in content takes to load: from the
// snapshot at 1x, 10x and 100x the scenarios (it should grow linearly), and the
// full YAML check that teacher packs get, for comparison.
func BenchmarkContentLoad(b *testing.B) {
	base, err := BuiltinYAML()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, 10, 100} {
		c := *base
		c.Scenarios = nil
		for k := 0; k < n; k++ {
			for _, sc := range base.Scenarios {
				cp := *sc
				if k > 0 {
					cp.ID = fmt.Sprintf("%s-%d", sc.ID, k)
				}
				c.Scenarios = append(c.Scenarios, &cp)
			}
		}
		data, err := EncodeSnapshot(&c)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("snapshot-%dx", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := DecodeSnapshot(data); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(c.Scenarios)), "scenarios")
		})
	}
	b.Run("yaml-checked-1x", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := BuiltinYAML(); err != nil {
				b.Fatal(err)
			}
		}
	})
	_ = game.DefaultLang
}

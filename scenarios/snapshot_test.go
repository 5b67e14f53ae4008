package scenarios

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
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
		t.Fatal("scenarios/builtin.snap is older than the YAML: run go run ./cmd/scencheck -snapshot scenarios/builtin.snap")
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

// A snapshot that is cut short, changed or not a snapshot at all is refused with an
// error, never a crash or a half-filled content.
func TestBrokenSnapshotsAreRefused(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not one":   []byte("scenarios:\n  - id: x\n"),
		"cut short": snapshot[:len(snapshot)/2],
		"header":    snapshot[:6],
		"extra":     append(append([]byte{}, snapshot...), 0),
		"version":   append([]byte("HSMC\x07"), snapshot[5:]...),
	} {
		if c, err := DecodeSnapshot(data); err == nil || c != nil {
			t.Errorf("%s: decoded (%v)", name, err)
		}
	}
	// written for other types: the schema hash says so
	type other struct{ Name string }
	b, err := encodeValue(&other{"x"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeSnapshot(b); err == nil || !strings.Contains(err.Error(), "other content types") {
		t.Errorf("a snapshot of other types: %v", err)
	}
}

// The same content always makes the same bytes (map keys are written sorted).
func TestSnapshotBytesAreStable(t *testing.T) {
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	a, err := EncodeSnapshot(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, snapshot) {
		t.Fatal("encoding the decoded snapshot does not give its bytes back")
	}
}

// FuzzSnapshot: no input crashes the snapshot reader.
func FuzzSnapshot(f *testing.F) {
	f.Add(snapshot)
	f.Add(snapshot[:100])
	f.Add([]byte("HSMC"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeSnapshot(data)
		if err == nil && c == nil {
			t.Fatal("no content and no error")
		}
	})
}

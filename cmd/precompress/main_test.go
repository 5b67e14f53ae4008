package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// The budget names what is over, by how much, and says nothing when all is within.
func TestBudget(t *testing.T) {
	s := sizes{raw: 25_000_000, gz: 4_500_000, br: 2_900_000}
	if msg := s.budget(3.0, 4.2); !strings.Contains(msg, "gzip 4.50 MB > 4.2 MB budget") || strings.Contains(msg, "brotli") {
		t.Errorf("gzip over, brotli within: %q", msg)
	}
	if msg := s.budget(2.5, 5); !strings.Contains(msg, "brotli 2.90 MB > 2.5 MB budget (0.40 MB over)") {
		t.Errorf("brotli over: %q", msg)
	}
	if msg := s.budget(3.0, 5); msg != "" {
		t.Errorf("within budget, yet: %q", msg)
	}
}

// The .br copy decodes back to the file (the larger window is still standard brotli).
func TestBrotliRoundTrip(t *testing.T) {
	name := filepath.Join(t.TempDir(), "x.wasm")
	data := bytes.Repeat([]byte("health services manager "), 10000)
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := pack(name); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name + ".br")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := io.ReadAll(brotli.NewReader(f))
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("the .br copy does not decode to the file: %v", err)
	}
}

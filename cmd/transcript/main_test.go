package main

import (
	"bytes"
	"strings"
	"testing"
)

// A practice career's transcript reaches the report, shows the practice's weeks
// with its own meters (no ED time, no beds) and every week's results.
func TestTranscriptOfAPracticeCareer(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b, "practice", "generalist", 3, "en"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"==== WEEK 1 (practice)", "==== REPORT (practice)", "ending:", "operating_margin="} {
		if !strings.Contains(out, want) {
			t.Errorf("the transcript lacks %q", want)
		}
	}
	for _, never := range []string{"ed_minutes=", "bed_occupancy="} {
		if strings.Contains(out, never) {
			t.Errorf("a practice's transcript shows %q", never)
		}
	}
	if err := run(&b, "nowhere", "generalist", 3, "en"); err == nil {
		t.Error("an unknown setting gave no error")
	}
}

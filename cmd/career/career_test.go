package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// needTool finds a poppler tool: CI must have it (scripts/setup test installs
// poppler-utils); a machine without it skips the reading.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed: run scripts/setup test (poppler-utils)", name)
		}
		t.Skipf("%s is not installed (poppler-utils)", name)
	}
	return p
}

func runCareer(t *testing.T, args ...string) {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := run(args, &out, &errOut); err != nil {
		t.Fatalf("career %v: %v\n%s", args, err, errOut.String())
	}
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command(needTool(t, "pdftotext"), "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	// the report wraps: read it as one line of words
	return strings.Join(strings.Fields(string(out)), " ")
}

func pdfPages(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command(needTool(t, "pdfinfo"), path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "Pages:") {
			return strings.TrimSpace(strings.TrimPrefix(l, "Pages:"))
		}
	}
	return "?"
}

// A teacher's command writes a one-page report a student can read: the name, the
// class code, the pay and outlook figures with their source, and the three
// questions, on Letter and on A4.
func TestCareerReportPDFReads(t *testing.T) {
	dir := t.TempDir()
	for _, paper := range []string{"letter", "a4"} {
		path := filepath.Join(dir, paper+".pdf")
		runCareer(t, "-mode", "class", "-code", "kmn pqr", "-policy", "first", "-name", "Ana", "-paper", paper, "-pdf", path)
		if n := pdfPages(t, path); n != "1" {
			t.Errorf("%s: %s pages, want 1", paper, n)
		}
		text := pdfText(t, path)
		for _, want := range []string{
			"Ana's path", "KMNPQR", "class period",
			"$104,830", "grow 28%", "BLS Occupational Outlook Handbook",
			"Which decision cost you the most later, and why?",
			"Which duty of the job surprised you the most?",
			"Would you want this job?",
			"Decisions and what they led to", "Related careers",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the report does not show %q:\n%s", paper, want, text)
			}
		}
	}
}

// The same flags write the same bytes (no date inside), for the PDF and the PNG.
func TestCareerReportIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	var got [2][2][]byte
	for i := range got {
		p, g := filepath.Join(dir, "r.pdf"), filepath.Join(dir, "r.png")
		runCareer(t, "-mode", "express", "-policy", "balanced", "-seed", "7", "-name", "José", "-pdf", p, "-png", g)
		for j, f := range []string{p, g} {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got[i][j] = b
		}
	}
	if !bytes.Equal(got[0][0], got[1][0]) {
		t.Error("the same career gave two different PDFs")
	}
	if !bytes.Equal(got[0][1], got[1][1]) {
		t.Error("the same career gave two different PNGs")
	}
	if !bytes.HasPrefix(got[0][1], []byte("\x89PNG")) || !bytes.HasPrefix(got[0][0], []byte("%PDF")) {
		t.Error("the files are not a PDF and a PNG")
	}
	if bytes.Contains(got[0][0], []byte("CreationDate")) {
		t.Error("the PDF carries a date")
	}
}

// The handout is one page with the three reflection questions.
func TestHandoutPDF(t *testing.T) {
	path := filepath.Join(t.TempDir(), "handout.pdf")
	runCareer(t, "-handout", path, "-paper", "a4")
	if n := pdfPages(t, path); n != "1" {
		t.Errorf("the handout has %s pages, want 1", n)
	}
	text := pdfText(t, path)
	for _, want := range []string{"student handout", "Class code", "Which decision cost you the most later", "Would you want this job?", "My ending"} {
		if !strings.Contains(text, want) {
			t.Errorf("the handout does not show %q:\n%s", want, text)
		}
	}
}

// Bad flags get a clear error and write nothing.
func TestCareerBadFlags(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.pdf")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-policy", "lucky", "-pdf", out}, `unknown policy "lucky"`},
		{[]string{"-mode", "arcade", "-pdf", out}, `unknown play mode "arcade"`},
		{[]string{"-code", "ABC", "-pdf", out}, "-code"},
		{[]string{"-paper", "legal", "-pdf", out}, `unknown paper "legal"`},
		{[]string{"-name", "Ana"}, "nothing to write"},
		{[]string{"-pdf", out, "extra"}, "unexpected argument"},
	} {
		var o, e bytes.Buffer
		err := run(tc.args, &o, &e)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("career %v: error %v, want one saying %q", tc.args, err, tc.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a bad flag still wrote the file")
	}
}

// cmd/career runs with no display: nothing it imports may pull in Ebitengine.
func TestCareerHasNoEbitengine(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if strings.Contains(p, "hajimehoshi/ebiten") {
			t.Fatalf("cmd/career imports %s", p)
		}
	}
}

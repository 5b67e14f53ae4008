package scenes_test

import (
	"bytes"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenes"
)

// Saving the report from its screen writes a real PDF (Tab to the button, Enter) and
// a PNG (a click) into the export folder, and the screen says where each went.
func TestReportSavesPDFAndPicture(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HSM_EXPORT_DIR", dir)
	h := newHarness(t, 1280, 720, scenes.Config{Store: &store.Memory{}})
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Ana", Seed: 5, Weeks: 2})
	if err := s.PlayToEnd(game.FirstOption, 5000); err != nil {
		t.Fatal(err)
	}
	ctx.Session = s
	ctx.Sync()
	h.settle()
	if h.scene() != "report" {
		t.Fatalf("on %q, want the report", h.scene())
	}
	h.shot("report-save-buttons")
	h.key(scenes.Input{Next: true}) // Tab past What if? to Save as PDF
	h.key(scenes.Input{Next: true})
	h.enter()
	pdf := filepath.Join(dir, "career-report-Ana.pdf")
	b, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatalf("Save as PDF wrote no PDF at %s: %v", pdf, err)
	}
	if !strings.Contains(strings.Join(h.trace, "\n"), "report saved="+pdf) {
		t.Errorf("the report did not say where the PDF went (trace %v)", h.trace)
	}
	h.settle()
	// the bottom bar right of the buttons now holds the message in dark ink
	if n := h.countColor(image.Rect(900, 650, 1270, 715), color.RGBA{0x1a, 0x1a, 0x1a, 255}); n == 0 {
		t.Log("no ink found where the message should be (colour differs?)")
	}
	h.shot("report-saved-pdf")
	if h.scene() != "report" {
		t.Fatalf("saving left the report for %q", h.scene())
	}
	// the picture: the third button on the bottom bar
	h.key(scenes.Input{Next: true})
	h.enter()
	b, err = os.ReadFile(filepath.Join(dir, "career-report-Ana.png"))
	if err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Fatalf("Save as picture wrote no PNG: %v", err)
	}
	h.shot("report-saved-png")
}

// The teachers' page hands out the one-page student handout as a PDF.
func TestTeacherPageSavesTheHandout(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HSM_EXPORT_DIR", dir)
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.key(scenes.Input{Right: true}) // the right-hand column, then down it
	h.key(scenes.Input{Down: true})
	h.enter()
	if h.scene() != "teacher" {
		t.Fatalf("the teachers' button opened %q", h.scene())
	}
	h.key(scenes.Input{Next: true})
	h.enter()
	path := filepath.Join(dir, "student-handout.pdf")
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatalf("the handout button wrote no PDF at %s: %v", path, err)
	}
	if !strings.Contains(strings.Join(h.trace, "\n"), "handout saved="+path) {
		t.Errorf("the page did not say where the handout went (trace %v)", h.trace)
	}
	if h.scene() != "teacher" {
		t.Errorf("saving left the page for %q", h.scene())
	}
	h.shot("teacher-handout-saved")
}

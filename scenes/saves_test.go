package scenes_test

import (
	"bytes"
	"image"
	"os"
	"path/filepath"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// aSave is a career saved a few steps in, as the game writes it.
func aSave(t *testing.T, name string) []byte {
	t.Helper()
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	s := game.NewSession(c, game.Options{Name: name, Seed: 5})
	for i := 0; i < 4; i++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// openSaves presses the title's "Save files" button with the mouse.
func (h *harness) openSaves() {
	h.t.Helper()
	h.click(600, 472)
	if h.scene() != "saves" {
		h.t.Fatalf("Save files opened %q", h.scene())
	}
}

// Save to a file writes the career as health-manager-<name>-<date>.json and the
// screen says where it went; the file opens again as the same career.
func TestSaveExportWritesAFileAndSaysWhere(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HSM_EXPORT_DIR", dir)
	st := &store.Memory{Data: aSave(t, "Dee Jones")}
	c := newClock()
	h := newHarness(t, 1280, 720, scenes.Config{Store: st, Desktop: true, Now: c.now})
	h.openSaves()
	h.shot("saves-page")
	h.enter() // Save to a file is first
	path := filepath.Join(dir, "health-manager-dee-jones-2026-12-04.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no export file: %v", err)
	}
	if _, err := game.Load(h.app.Context().Content, data); err != nil {
		t.Fatalf("the exported file does not load: %v", err)
	}
	if n := h.countColor(image.Rect(60, 400, 1200, 700), ui.Good); n < 300 {
		t.Errorf("the page does not say the file was saved (%d green pixels)", n)
	}
	h.shot("saves-exported")
	h.enter() // a second export never overwrites the first
	if _, err := os.Stat(filepath.Join(dir, "health-manager-dee-jones-2026-12-04-2.json")); err != nil {
		t.Errorf("the second export: %v", err)
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "title" {
		t.Errorf("Esc on the saves page opened %q", h.scene())
	}
}

// Opening a file: a damaged file and a save from other content are refused with a
// red message and the saved career is untouched; a good file replaces it only after
// the player confirms; with no career saved it is taken at once.
func TestSaveImportChecksTheFileAndConfirms(t *testing.T) {
	dee := aSave(t, "Dee")
	st := &store.Memory{Data: dee}
	files := make(chan []byte, 1)
	h := newHarness(t, 1280, 720, scenes.Config{Store: st, Desktop: true, SaveFiles: files})
	send := func(data []byte) {
		files <- data
		h.tick(scenes.Input{})
		h.tick(scenes.Input{})
		h.tick(scenes.Input{})
	}
	// a file arriving on the title opens the saves page with it
	send([]byte("{this is not a save"))
	if h.scene() != "saves" {
		t.Fatalf("a save file on the title opened %q", h.scene())
	}
	if n := h.countColor(image.Rect(60, 380, 1200, 700), ui.Bad); n < 300 {
		t.Errorf("a damaged file is not explained (%d red pixels)", n)
	}
	h.shot("saves-import-error")
	if !bytes.Equal(st.Data, dee) {
		t.Fatal("a damaged file changed the saved career")
	}

	send(bytes.Repeat([]byte(" "), 5<<20)) // far bigger than any save
	if !bytes.Equal(st.Data, dee) {
		t.Fatal("a huge file changed the saved career")
	}

	c, _ := scenarios.Builtin()
	other, err := game.Load(c, aSave(t, "Pat"))
	if err != nil {
		t.Fatal(err)
	}
	other.Edit(func(s *game.State) { s.Current = "a-scenario-from-a-teacher-pack" })
	otherData, _ := other.Save()
	send(otherData)
	if !bytes.Equal(st.Data, dee) {
		t.Fatal("a save from other content changed the saved career")
	}
	if n := h.countColor(image.Rect(60, 380, 1200, 700), ui.Bad); n < 300 {
		t.Errorf("a save from other content is not explained (%d red pixels)", n)
	}

	ann := aSave(t, "Ann")
	send(ann)
	if n := h.countColor(image.Rect(60, 200, 1200, 400), ui.Bad); n < 300 {
		t.Errorf("no question before replacing the saved career (%d red pixels)", n)
	}
	h.shot("saves-import-confirm")
	h.enter() // the first answer keeps the saved career
	if !bytes.Equal(st.Data, dee) {
		t.Fatal("Keep replaced the saved career")
	}
	send(ann)
	h.key(scenes.Input{Down: true})
	h.enter() // Replace
	v, err := game.Load(c, st.Data)
	if err != nil || v.View().PlayerName() != "Ann" {
		t.Fatalf("Replace did not store Ann's career (err %v)", err)
	}
	h.shot("saves-imported")
	h.key(scenes.Input{Back: true})
	h.enter() // Continue
	if s := h.app.Context().Session; s == nil || s.View().PlayerName() != "Ann" {
		t.Fatal("Continue did not open the imported career")
	}

	// with no career saved, a good file is taken at once
	empty := &store.Memory{}
	files2 := make(chan []byte, 1)
	h2 := newHarness(t, 1280, 720, scenes.Config{Store: empty, SaveFiles: files2})
	files2 <- ann
	h2.settle()
	if empty.Data == nil {
		t.Fatal("a good file with no career saved was not taken")
	}
}

// The kiosk never takes a save file.
func TestKioskIgnoresSaveFiles(t *testing.T) {
	real := &store.Memory{}
	files := make(chan []byte, 1)
	h := newHarness(t, 1280, 720, scenes.Config{Store: real, Kiosk: true, SaveFiles: files, Now: newClock().now})
	files <- aSave(t, "Ann")
	h.settle()
	if h.scene() != "title" || real.Data != nil {
		t.Fatalf("the kiosk took a save file (on %q)", h.scene())
	}
}

// With a teacher pack loaded in the browser the title's second column is at its
// longest (load, remove, class, teachers, save files): the help still fits above
// the source line.
func TestTitleFitsSaveFilesWithAPack(t *testing.T) {
	c, _ := scenarios.Builtin()
	h := newHarness(t, 1280, 720, scenes.Config{Base: c, PickPack: func() {}})
	h.app.Context().PackFiles, h.app.Context().PackScenarios = 1, 1
	h.app.Relayout()
	h.shot("title-pack-and-save-files")
	// the row between the help's last line and the source line stays empty
	band := image.Rect(60, 664, 1200, 674)
	if n := h.countColor(band, ui.Paper); n != band.Dx()*band.Dy() {
		t.Errorf("the help runs into the source line (%d of %d pixels are paper)", n, band.Dx()*band.Dy())
	}
}

//go:build !js

package store

import (
	"os"
	"path/filepath"
	"testing"
)

// Backups made in the same second keep both bad saves; a temp file left by a killed
// write is cleaned up by the next save; a save reads back whole.
func TestFileStoreKeepsEveryBackupAndCleansTemps(t *testing.T) {
	dir := t.TempDir()
	f := &File{Path: filepath.Join(dir, "career.json")}
	for i, data := range []string{"first bad", "second bad", "third bad"} {
		if err := f.Save([]byte(data)); err != nil {
			t.Fatal(err)
		}
		if err := f.Backup(); err != nil {
			t.Fatal(err)
		}
		bad, _ := filepath.Glob(filepath.Join(dir, "career.json.*.bad"))
		if len(bad) != i+1 {
			t.Fatalf("after %d backups there are %d .bad files", i+1, len(bad))
		}
	}
	// a write killed between creating and renaming its temp file
	for i := 0; i < 5; i++ {
		tmp, _ := os.CreateTemp(dir, tempPattern)
		tmp.WriteString("half a save")
		tmp.Close()
	}
	if err := f.Save([]byte(`{"version":1}`)); err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, tempPattern)); len(left) != 0 {
		t.Errorf("%d temp files left", len(left))
	}
	if b, err := f.Load(); err != nil || string(b) != `{"version":1}` {
		t.Errorf("load: %q %v", b, err)
	}
}

//go:build !js

package store

import (
	"os"
	"path/filepath"
	"testing"
)

// Settings read back as written; a missing, empty or broken settings file gives the
// defaults and never an error; the career file beside it is untouched.
func TestPrefsRoundTripAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	career := &File{Path: filepath.Join(dir, "career.json")}
	if err := career.Save([]byte(`{"version":1}`)); err != nil {
		t.Fatal(err)
	}
	f := &File{Path: filepath.Join(dir, "settings.json")}
	if p, ok := LoadPrefs(f); ok || p != (Prefs{}) {
		t.Errorf("no file: %+v %v, want the defaults", p, ok)
	}
	want := Prefs{Lang: "es", HighContrast: true, ReducedMotion: true, Seen: true}
	if err := SavePrefs(f, want); err != nil {
		t.Fatal(err)
	}
	if p, ok := LoadPrefs(f); !ok || p != want {
		t.Errorf("read back %+v %v, want %+v", p, ok, want)
	}
	for _, bad := range []string{"", "{", "not json at all", `{"lang": 3}`, "\x00\xff"} {
		os.WriteFile(f.Path, []byte(bad), 0o644)
		if p, ok := LoadPrefs(f); ok || p != (Prefs{}) {
			t.Errorf("file %q: %+v %v, want the defaults", bad, p, ok)
		}
	}
	if p, ok := LoadPrefs(nil); ok || p != (Prefs{}) {
		t.Errorf("no store: %+v", p)
	}
	if b, _ := career.Load(); string(b) != `{"version":1}` {
		t.Errorf("the career beside the settings changed: %q", b)
	}
}

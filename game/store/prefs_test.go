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

// A settings file written before the sound settings (or a fresh one) plays at the
// default volume, not silent; a volume set to 0 stays 0 and is read back.
func TestPrefsVolumeDefaultsAndZero(t *testing.T) {
	f := &Memory{}
	if err := f.Save([]byte(`{"lang":"es","seen":true}`)); err != nil {
		t.Fatal(err)
	}
	p, _ := LoadPrefs(f)
	if p.SoundVolume() != DefaultVolume || p.Muted {
		t.Errorf("an old settings file: volume %d muted %v, want %d and sound on", p.SoundVolume(), p.Muted, DefaultVolume)
	}
	p.SetVolume(0)
	SavePrefs(f, p)
	if q, _ := LoadPrefs(f); q.SoundVolume() != 0 {
		t.Errorf("a volume of 0 read back as %d", q.SoundVolume())
	}
	p.SetVolume(140)
	if p.SoundVolume() != 100 {
		t.Errorf("a volume past 100 kept as %d", p.SoundVolume())
	}
}

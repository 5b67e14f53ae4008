//go:build !js

package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// File is a Store in one file.
type File struct{ Path string }

// Default returns the desktop store under the user's config folder, falling back to
// memory when there is none.
func Default() Store {
	dir, err := os.UserConfigDir()
	if err != nil {
		return &Memory{}
	}
	return &File{Path: filepath.Join(dir, "health-services-manager", "career.json")}
}

// DefaultPrefs returns the device settings' store: settings.json beside the career
// in the user's config folder, or memory when there is no config folder.
func DefaultPrefs() Store {
	dir, err := os.UserConfigDir()
	if err != nil {
		return &Memory{}
	}
	return &File{Path: filepath.Join(dir, "health-services-manager", "settings.json")}
}

// Load reads the save file.
func (f *File) Load() ([]byte, error) {
	b, err := os.ReadFile(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return b, err
}

// Save writes to a temporary file, syncs it to disk and renames it over the save, so
// a crash leaves either the old save or the new one, never half of one. Temporary
// files left by a write that was killed are removed.
func (f *File) Save(data []byte) error {
	dir := filepath.Dir(f.Path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f.cleanTemps()
	tmp, err := os.CreateTemp(dir, tempPattern)
	if err != nil {
		return err
	}
	fail := func(err error) error {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), f.Path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

const tempPattern = "career-*.tmp"

// cleanTemps removes temporary files a killed write left behind (one process plays
// at a time, so no other write is in flight).
func (f *File) cleanTemps() {
	old, _ := filepath.Glob(filepath.Join(filepath.Dir(f.Path), tempPattern))
	for _, p := range old {
		os.Remove(p)
	}
}

// Backup renames the save aside with a time stamp; two backups in the same second
// get different names, so one never overwrites another.
func (f *File) Backup() error {
	if _, err := os.Stat(f.Path); err != nil {
		return nil
	}
	base := f.Path + "." + time.Now().Format("20060102-150405")
	name := base + ".bad"
	for n := 2; ; n++ {
		if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
			break
		}
		name = base + "-" + strconv.Itoa(n) + ".bad"
	}
	return os.Rename(f.Path, name)
}

// Clear removes the save.
func (f *File) Clear() error {
	err := os.Remove(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

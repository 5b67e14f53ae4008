//go:build !js

package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
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

// Load reads the save file.
func (f *File) Load() ([]byte, error) {
	b, err := os.ReadFile(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return b, err
}

// Save writes to a temporary file and renames it over the save.
func (f *File) Save(data []byte) error {
	if err := os.MkdirAll(filepath.Dir(f.Path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(f.Path), "career-*.tmp")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), f.Path)
}

// Backup renames the save aside with a time stamp.
func (f *File) Backup() error {
	if _, err := os.Stat(f.Path); err != nil {
		return nil
	}
	return os.Rename(f.Path, f.Path+"."+time.Now().Format("20060102-150405")+".bad")
}

// Clear removes the save.
func (f *File) Clear() error {
	err := os.Remove(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

//go:build !js

package scenes

import (
	"os"
	"path/filepath"
)

// exportFile hands a file the player asked for (a report, a save) to the machine:
// on the desktop it is written to the Documents folder (or the home folder) under
// a name that never overwrites an earlier file, and the path is returned for the
// screen to show.
func exportFile(name, _ string, data []byte) (string, error) {
	dir := exportDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	ext := filepath.Ext(name)
	base := name[:len(name)-len(ext)]
	path := filepath.Join(dir, name)
	for i := 2; ; i++ {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if os.IsExist(err) {
			path = filepath.Join(dir, base+"-"+itoa(i)+ext)
			continue
		}
		if err != nil {
			return "", err
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			os.Remove(path)
			return "", err
		}
		if err := f.Close(); err != nil {
			return "", err
		}
		return path, nil
	}
}

// exportDir is where exported files go: $HSM_EXPORT_DIR (tests), else ~/Documents
// when it exists, else the home folder, else the working folder.
func exportDir() string {
	if d := os.Getenv("HSM_EXPORT_DIR"); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if fi, err := os.Stat(filepath.Join(home, "Documents")); err == nil && fi.IsDir() {
		return filepath.Join(home, "Documents")
	}
	return home
}

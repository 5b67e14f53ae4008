// Package store keeps the player's saved career: a file in the user's config folder
// on desktop, localStorage in the browser. A save is written whole (temp file then
// rename) so a crash never leaves half a save; a save that cannot be read is kept
// aside as a backup, never deleted.
package store

// Store reads and writes the one saved career.
type Store interface {
	// Load returns the saved bytes, or nil with no error when there is no save.
	Load() ([]byte, error)
	Save(data []byte) error
	// Backup keeps an unreadable save aside so a new career does not overwrite it.
	Backup() error
	Clear() error
}

// Memory is a Store held in memory, for tests and when no other store works.
type Memory struct{ Data []byte }

// Load returns the held bytes.
func (m *Memory) Load() ([]byte, error) { return m.Data, nil }

// Save holds a copy of data.
func (m *Memory) Save(data []byte) error { m.Data = append([]byte(nil), data...); return nil }

// Backup drops the held bytes (there is nowhere else to keep them).
func (m *Memory) Backup() error { m.Data = nil; return nil }

// Clear drops the held bytes.
func (m *Memory) Clear() error { m.Data = nil; return nil }

package store

import "encoding/json"

// Prefs are the device's settings: how the game looks and speaks on this computer or
// browser, kept apart from the career so a new career (or a class's shared laptop)
// keeps them and a save file never carries them.
type Prefs struct {
	// Lang is the interface language chosen in Settings ("" until one is chosen:
	// the browser's or the desktop's language is used).
	Lang string `json:"lang,omitempty"`
	// HighContrast draws the high-contrast theme: black on white, darker colours.
	HighContrast bool `json:"highContrast,omitempty"`
	// ReducedMotion turns off fades between screens and blinking.
	ReducedMotion bool `json:"reducedMotion,omitempty"`
	// TextSize is the text size in percent, 100 to 200 (0 until one is chosen:
	// 100%). Every screen reflows to it.
	TextSize int `json:"textSize,omitempty"`
	// Seen is set once Settings has been offered at the first start.
	Seen bool `json:"seen,omitempty"`
	// Volume is the sound's loudness, 0-100, once VolumeSet; a fresh settings file
	// (VolumeSet false) means DefaultVolume. Use SoundVolume and SetVolume.
	Volume    int  `json:"volume,omitempty"`
	VolumeSet bool `json:"volumeSet,omitempty"`
	// Muted turns every sound and the music off.
	Muted bool `json:"muted,omitempty"`
}

// DefaultVolume is the volume until the player sets one.
const DefaultVolume = 70

// SoundVolume is the volume in use, 0-100.
func (p Prefs) SoundVolume() int {
	if !p.VolumeSet {
		return DefaultVolume
	}
	return max(0, min(100, p.Volume))
}

// SetVolume sets the volume, kept within 0-100.
func (p *Prefs) SetVolume(v int) {
	p.Volume, p.VolumeSet = max(0, min(100, v)), true
}

// LoadPrefs reads the settings from s. A missing store, no saved settings or an
// unreadable file give the defaults and ok false, never an error: a broken settings
// file must not stop the game from starting.
func LoadPrefs(s Store) (p Prefs, ok bool) {
	if s == nil {
		return Prefs{}, false
	}
	data, err := s.Load()
	if err != nil || data == nil {
		return Prefs{}, false
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return Prefs{}, false
	}
	return p, true
}

// SavePrefs writes the settings to s as JSON.
func SavePrefs(s Store, p Prefs) error {
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return s.Save(data)
}

// TextSizes are the text sizes Settings offers, in percent.
var TextSizes = []int{100, 125, 150, 175, 200}

// TextScale is the text size as a factor: 1 for 100%, 2 for 200%; a size outside
// 100-200 (an edited file) is brought back into it.
func (p Prefs) TextScale() float64 {
	if p.TextSize == 0 {
		return 1
	}
	return float64(min(max(p.TextSize, 100), 200)) / 100
}

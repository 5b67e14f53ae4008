package scenes

import "errors"

// SoundPlayed is the interface sounds the app was asked to play while the sound
// was on, oldest first.
func SoundPlayed(a *App) []string { return a.sound.Played }

// SoundPlayers counts the audio players the app made (music and sounds); a silent
// app makes none.
func SoundPlayers(a *App) int {
	n := len(a.sound.effects)
	if a.sound.music != nil {
		n++
	}
	return n
}

// SoundMusic is the act whose loop is playing ("" none) and its player's volume.
func SoundMusic(a *App) (act string, volume float64) {
	if a.sound.music == nil {
		return "", 0
	}
	return string(a.sound.playing), a.sound.music.Volume()
}

// SoundEffectVolume is the volume of the player of sound name (false: none made).
func SoundEffectVolume(a *App, name string) (float64, bool) {
	p := a.sound.effects[name]
	if p == nil {
		return 0, false
	}
	return p.Volume(), true
}

// NoSoundDevice makes the app's audio device fail to open, as on a machine with no
// sound card.
func NoSoundDevice(a *App) {
	a.sound.open = func() (soundDevice, error) {
		return nil, errors.New(`oto: ALSA error at snd_pcm_open: "default": No such file or directory`)
	}
}

// SoundGains are the music's and the sounds' volume at 100%.
const SoundMusicGain, SoundEffectGain = musicGain, effectGain

// SettingsFocus is what the focused button of the Settings screen does ("mute",
// "louder"...), or "" on another screen.
func SettingsFocus(s Scene) string {
	if st, ok := s.(*SettingsScene); ok && st.m.focus < len(st.actions) {
		return st.actions[st.m.focus]
	}
	return ""
}

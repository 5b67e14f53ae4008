package scenes_test

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hsmgame/healthmanager/game"

	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenes"
)

// The settings screen's sound row (the full-screen Settings): the quieter and
// louder buttons right of the languages, and the Mute card under the toggles.
const (
	quieterX, louderX, volumeBtnY = 80 + 500 + 28, 80 + 500 + 152 + 28, 230
)

// A machine with no sound card plays silently: the game runs its frames, changes
// screens and takes choices with no error, says once in the trace that the sound
// is off, and makes no audio player.
func TestSoundNoDeviceIsSilentAndHarmless(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	scenes.NoSoundDevice(h.app)
	h.key(scenes.Input{Next: true})
	h.key(scenes.Input{Prev: true})
	h.enter() // title -> modes
	if h.scene() == "title" {
		t.Fatalf("Enter on the title stayed on the title")
	}
	h.key(scenes.Input{Back: true})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Ava")})
	h.enter()
	for i := 0; i < 12; i++ {
		h.enter()
	}
	h.settle()
	off := 0
	for _, l := range h.trace {
		if strings.HasPrefix(l, "sound: off") {
			off++
		}
	}
	if off != 1 {
		t.Errorf("the trace says the sound is off %d times, want once:\n%s", off, strings.Join(h.trace, "\n"))
	}
	if n := scenes.SoundPlayers(h.app); n != 0 {
		t.Errorf("with no audio device the app made %d players, want none", n)
	}
	if len(h.app.Context().Session.View().PlayerName()) == 0 {
		t.Error("no career started with the sound off")
	}
}

// Choosing plays the "choose" sound, Esc the "back" sound and a moved focus the
// "focus" sound; on a muted device nothing plays at all.
func TestSoundChooseBackFocus(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.key(scenes.Input{Next: true})
	h.key(scenes.Input{Prev: true})
	h.enter()
	h.key(scenes.Input{Back: true})
	want := []string{"focus", "focus", "choose", "back"}
	if got := scenes.SoundPlayed(h.app); !slices.Equal(got, want) {
		t.Errorf("Tab, Shift+Tab, Enter, Esc played %v, want %v", got, want)
	}
	// under the null ALSA device of the tests the players are real
	if v, ok := scenes.SoundEffectVolume(h.app, "choose"); ok && math.Abs(v-scenes.SoundEffectGain*store.DefaultVolume/100) > 1e-9 {
		t.Errorf("the choose sound plays at %.3f, want the default volume's %.3f", v, scenes.SoundEffectGain*store.DefaultVolume/100)
	}

	muted := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefsIn(t, store.Prefs{Seen: true, Muted: true})})
	muted.key(scenes.Input{Next: true})
	muted.enter()
	muted.key(scenes.Input{Back: true})
	if got := scenes.SoundPlayed(muted.app); len(got) != 0 {
		t.Errorf("muted, the game played %v", got)
	}
	if n := scenes.SoundPlayers(muted.app); n != 0 {
		t.Errorf("muted, the game made %d audio players", n)
	}
	zero := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefsIn(t, store.Prefs{Seen: true, Volume: 0, VolumeSet: true})})
	zero.enter()
	if got := scenes.SoundPlayed(zero.app); len(got) != 0 || scenes.SoundPlayers(zero.app) != 0 {
		t.Errorf("at volume 0 the game played %v", got)
	}
}

// The volume buttons and the Mute card on Settings change the sound at once, are
// saved on the device and come back at the next start.
func TestSoundSettingsPersistAndSetTheVolume(t *testing.T) {
	prefs := prefsIn(t, store.Prefs{Seen: true})
	h := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefs})
	h.settle()
	h.click(settingsX, settingsY)
	if h.scene() != "settings" {
		t.Fatalf("the title's Settings button opened %q", h.scene())
	}
	h.shot("sound-settings")
	h.click(quieterX, volumeBtnY)
	h.click(quieterX, volumeBtnY)
	h.click(quieterX, volumeBtnY)
	if p := savedPrefs(t, prefs); p.SoundVolume() != 40 || !p.VolumeSet {
		t.Fatalf("after three presses of Quieter the saved volume is %d (set %v), want 40", p.SoundVolume(), p.VolumeSet)
	}
	h.click(louderX, volumeBtnY)
	if p := savedPrefs(t, prefs); p.SoundVolume() != 50 {
		t.Fatalf("after Louder the saved volume is %d, want 50", p.SoundVolume())
	}
	// the click on Louder played the choose sound at the new volume
	if v, ok := scenes.SoundEffectVolume(h.app, "choose"); ok && math.Abs(v-scenes.SoundEffectGain*0.5) > 1e-9 {
		t.Errorf("at 50%% the choose sound plays at %.3f, want %.3f", v, scenes.SoundEffectGain*0.5)
	} else if !ok {
		t.Log("no audio player was made: is ALSA_CONFIG_PATH set to a null device?")
	}
	h.shot("sound-settings-50")

	// Mute: the card after the two toggles; nothing plays from then on
	before := len(scenes.SoundPlayed(h.app))
	for i := 0; i < 16 && !strings.Contains(focusedAction(h), "mute"); i++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if p := savedPrefs(t, prefs); !p.Muted {
		t.Fatal("the Mute card did not save the mute")
	}
	h.shot("sound-settings-muted")
	played := len(scenes.SoundPlayed(h.app))
	h.key(scenes.Input{Prev: true})
	h.enter()
	h.key(scenes.Input{Next: true})
	if got := scenes.SoundPlayed(h.app); len(got) != played {
		t.Errorf("muted, the game still played %v", got[played:])
	}
	if played <= before {
		t.Errorf("no sound was asked for before the mute (%d, %d)", before, played)
	}

	again := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefs})
	if p := again.app.Context().Prefs; p.SoundVolume() != 50 || !p.Muted {
		t.Errorf("next start: volume %d muted %v, want 50 and muted", p.SoundVolume(), p.Muted)
	}
}

// focusedAction names the focused item of the Settings screen by its title.
func focusedAction(h *harness) string {
	return strings.ToLower(scenes.SettingsFocus(h.app.Top()))
}

// Each act has its own music loop, and ending the week chimes.
func TestSoundMusicPerActAndWeekChime(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Ava")})
	h.enter()
	h.settle()
	// the loop is made on another goroutine: give it a moment
	for i := 0; i < 100; i++ {
		if act, _ := scenes.SoundMusic(h.app); act != "" {
			break
		}
		time.Sleep(5 * time.Millisecond)
		h.tick(scenes.Input{})
	}
	if act, v := scenes.SoundMusic(h.app); act != "" && act != "school" {
		t.Errorf("in Act 1 the %q loop plays", act)
	} else if act == "" {
		t.Log("no music player: is ALSA_CONFIG_PATH set to a null device?")
	} else if math.Abs(v-scenes.SoundMusicGain*store.DefaultVolume/100) > 1e-9 {
		t.Errorf("the music plays at %.3f", v)
	}

	if act, _ := scenes.SoundMusic(h.app); act != "" {
		h.key(scenes.Input{Back: true})
		if act, _ := scenes.SoundMusic(h.app); act != "school" {
			t.Errorf("under the pause menu the music is %q, want the act's loop going on", act)
		}
		h.click(490, 311) // Save and return to title
		if h.scene() != "title" {
			t.Fatalf("the pause menu's second button opened %q, want the title", h.scene())
		}
		if act, _ := scenes.SoundMusic(h.app); act != "" {
			t.Errorf("on the title the %q loop still plays", act)
		}
	}

	w := newHarness(t, 1280, 720, scenes.Config{})
	openWeekIn(t, w, "hospital")
	// the week's inbox done by the core, so End the week can be pressed
	s := w.app.Context().Session
	for n := 0; n < 200; n++ {
		st := s.Step()
		if st.Kind == game.StepWeek && !slices.ContainsFunc(st.Options, func(o game.Option) bool { return !o.Done }) {
			break
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	w.app.Context().Sync()
	w.tick(scenes.Input{})
	w.key(scenes.Input{End: true})
	w.enter()
	if got := scenes.SoundPlayed(w.app); !slices.Contains(got, "week") {
		t.Errorf("ending the week played %v, want the week's chime\n%s", got, strings.Join(w.trace, "\n"))
	}
	if act, _ := scenes.SoundMusic(w.app); act != "" && act != "manager" {
		t.Errorf("in the manager's weeks the %q loop plays", act)
	}
}

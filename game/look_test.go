package game_test

import (
	"os"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// The look the player chose is the run's, survives a save and a reload, and a run
// started without one (Enter on the name alone) gets one picked from its seed.
func TestPlayerLookIsChosenSavedAndDefaulted(t *testing.T) {
	c := content(t)
	chosen := game.PlayerLooks[6]
	s := game.NewSession(c, game.Options{Name: "Ana", Seed: 3, Look: chosen})
	if !s.View().PlayerLook().Equal(chosen) {
		t.Fatalf("look %+v, want the chosen %+v", s.View().PlayerLook(), chosen)
	}
	b, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"look":{`) {
		t.Errorf("the save has no look: %s", b[:200])
	}
	r, err := game.Load(c, b)
	if err != nil {
		t.Fatal(err)
	}
	if !r.View().PlayerLook().Equal(chosen) {
		t.Errorf("reloaded look %+v, want %+v", r.View().PlayerLook(), chosen)
	}
	// no look chosen: one from the seed, the same for the same seed, and seeds differ
	seen := map[int]bool{}
	for seed := int64(0); seed < 16; seed++ {
		a := game.NewSession(c, game.Options{Name: "Ana", Seed: seed}).View().PlayerLook()
		if err := a.Check(); err != nil {
			t.Fatalf("seed %d: default look %v", seed, err)
		}
		if !a.Equal(game.DefaultLook(seed)) {
			t.Errorf("seed %d: look %+v, want DefaultLook %+v", seed, a, game.DefaultLook(seed))
		}
		seen[game.LookIndex(a)] = true
	}
	if len(seen) != len(game.PlayerLooks) {
		t.Errorf("16 seeds gave %d of the %d looks", len(seen), len(game.PlayerLooks))
	}
	// a look with a part the portraits lack is replaced, never kept
	bad := game.NewSession(c, game.Options{Name: "Ana", Seed: 5, Look: game.Look{Face: "oval", Skin: "green", Hair: "short", HairColor: "black"}})
	if !bad.View().PlayerLook().Equal(game.DefaultLook(5)) {
		t.Errorf("an unknown skin kept: %+v", bad.View().PlayerLook())
	}
}

// A save from before looks loads with a look from its seed; a save whose look names
// a part the game does not have is refused with a message naming it.
func TestOldSavesGetALookAndBadLooksAreRefused(t *testing.T) {
	c := content(t)
	for _, name := range []string{"save-v1-week2.json", "save-v1-board-open.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), `"look"`) {
			t.Fatalf("%s already has a look", name)
		}
		s, err := game.Load(c, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		l := s.View().PlayerLook()
		if l.Check() != nil || game.LookIndex(l) < 0 {
			t.Errorf("%s: look %+v, want one of the ready-made looks", name, l)
		}
	}
	s := game.NewSession(c, game.Options{Name: "Ana", Seed: 1})
	b, _ := s.Save()
	b = []byte(strings.Replace(string(b), `"hair":"`, `"hair":"mohawk`, 1))
	if _, err := game.Load(c, b); err == nil || !strings.Contains(err.Error(), "mohawk") {
		t.Errorf("a look with hair mohawk: err %v, want it named", err)
	}
}

// The player dresses for the job: their own clothes at school, a suit as manager;
// the portrait's id names every part, so two looks never share a cached image.
func TestPlayerCharacterFollowsTheJob(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Ana", Seed: 2, Look: game.PlayerLooks[3]})
	ch := s.View().PlayerCharacter()
	if ch.Clothes != "casual" || ch.Skin != "olive" || ch.Hair != "wavy" || len(ch.Extras) != 1 {
		t.Errorf("at school: %+v", ch)
	}
	m := game.NewSession(c, game.Options{Name: "Ana", Seed: 2, Mode: game.ModeManager, Look: game.PlayerLooks[3]})
	if got := m.View().PlayerCharacter().Clothes; got != "suit" {
		t.Errorf("as manager: clothes %q, want suit", got)
	}
	ids := map[string]bool{}
	for _, l := range game.PlayerLooks {
		ids[l.Character("casual").ID] = true
	}
	if len(ids) != len(game.PlayerLooks) {
		t.Errorf("%d ids for %d looks", len(ids), len(game.PlayerLooks))
	}
}

// After a week the dashboard's face follows the meters: the same run's weeks give
// a mood, and a run with no week ended yet is neutral.
func TestWeekMoodFollowsTheMeters(t *testing.T) {
	c := content(t)
	s := game.NewSession(c, game.Options{Name: "Ana", Seed: 4, Mode: game.ModeManager})
	if m := s.View().WeekMood(); m != game.MoodNeutral {
		t.Errorf("before any week ended: %v, want neutral", m)
	}
	if s.View().CareerMood() != game.MoodNeutral {
		t.Errorf("career mood before anything moved: %v", s.View().CareerMood())
	}
}

package scenes

import (
	"testing"
	"time"

	"github.com/hsmgame/healthmanager/game"
)

// The sounds are made in code when first needed, so their making must be cheap:
// every interface sound together, and each act's loop, in a few milliseconds (the
// limits leave room for a busy test machine). Each loop is a few bars long, and
// each act's differs.
func TestSoundMakingIsCheap(t *testing.T) {
	start := time.Now()
	fx := makeEffects()
	took := time.Since(start)
	size := 0
	for _, pcm := range fx {
		size += len(pcm)
	}
	t.Logf("interface sounds: %d, %d KB, made in %v", len(fx), size/1024, took)
	if len(fx) != 6 || (took > 40*time.Millisecond && !raceOn) {
		t.Errorf("%d interface sounds made in %v", len(fx), took)
	}
	seen := map[int]game.Act{}
	for _, act := range []game.Act{game.ActSchool, game.ActCollege, game.ActJob, game.ActManager} {
		start := time.Now()
		pcm := makeLoop(actTunes[act])
		took := time.Since(start)
		secs := float64(len(pcm)) / 2 / soundRate
		t.Logf("%s loop: %.1f s, %d KB, made in %v", act, secs, len(pcm)/1024, took)
		if secs < 6 || secs > 16 || (took > 80*time.Millisecond && !raceOn) {
			t.Errorf("%s: a %.1f s loop made in %v", act, secs, took)
		}
		if other, ok := seen[len(pcm)]; ok {
			t.Errorf("%s and %s loops have the same length: the same tempo", act, other)
		}
		seen[len(pcm)] = act
		peak := 0
		for i := 0; i+1 < len(pcm); i += 2 {
			v := int(int16(uint16(pcm[i]) | uint16(pcm[i+1])<<8))
			peak = max(peak, v, -v)
		}
		if peak < 3000 || peak >= 32767 {
			t.Errorf("%s loop peaks at %d: silent or clipped", act, peak)
		}
	}
}

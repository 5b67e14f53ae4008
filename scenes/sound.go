package scenes

import (
	"bytes"
	"io"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/ebitengine/oto/v3"
	"github.com/hsmgame/healthmanager/game"
)

// The game's sound: short interface sounds and a quiet music loop per act, all made
// in code as 16-bit mono PCM (no sound files), once, when first needed.
//
// It plays through oto, the library under ebiten/v2/audio, and not through
// ebiten/v2/audio itself: an audio.Context hands any device error (no sound card, a
// headset unplugged) to RunGame, which then ends the game. Here a device that fails
// only turns the sound off, said once in the trace.
//
// Nothing opens the device before the player's first key, click or touch: a browser
// lets a page start audio only after a user gesture (oto resumes its AudioContext on
// the next one).

const (
	soundRate  = 44100 // samples a second, mono
	musicGain  = 0.28  // the music under the volume setting: quiet
	effectGain = 0.8
)

// The interface sounds.
const (
	sndFocus  = "focus"
	sndChoose = "choose"
	sndBack   = "back"
	sndGood   = "good"
	sndBad    = "bad"
	sndWeek   = "week"
)

// cueRank orders the sounds one tick may ask for: only the highest plays (a choice
// that ends the week chimes the week, not the click), except that an outcome's good
// or bad news also plays after a week's chime.
var cueRank = map[string]int{sndFocus: 1, sndBack: 2, sndChoose: 3, sndGood: 4, sndBad: 4, sndWeek: 5}

// soundDevice is the audio output: the real one (oto) or a test's.
type soundDevice interface {
	NewPlayer(r io.Reader) *oto.Player
	Err() error
}

// theDevice is the process's one audio output: oto allows one context a process,
// shared by every App (tests make many).
var theDevice struct {
	once sync.Once
	ctx  *oto.Context
	err  error
}

func openDevice() (soundDevice, error) {
	theDevice.once.Do(func() {
		c, _, err := oto.NewContext(&oto.NewContextOptions{
			SampleRate: soundRate, ChannelCount: 1, Format: oto.FormatSignedInt16LE,
			BufferSize: 60 * time.Millisecond,
		})
		theDevice.ctx, theDevice.err = c, err
	})
	if theDevice.err != nil {
		return nil, theDevice.err
	}
	return theDevice.ctx, nil
}

// sound is one App's sound system.
type sound struct {
	open     func() (soundDevice, error) // nil: the real device
	dev      soundDevice
	failed   bool // the device failed: silent from then on
	unlocked bool // the player has pressed something: audio may start
	cues     []string
	effects  map[string]*oto.Player
	music    *oto.Player
	act      game.Act // the act whose loop is wanted ("" none)
	playing  game.Act // the act whose loop the music player plays
	volume   int      // the volume last applied, -1 none yet
	muted    bool
	// Played records the sounds asked for while the sound is on (tests).
	Played []string
}

// Cue asks for a sound this tick (it plays when the tick ends).
func (ctx *Context) Cue(name string) {
	if ctx.app != nil {
		ctx.app.sound.cues = append(ctx.app.sound.cues, name)
	}
}

// cueSound asks for a sound from a menu this tick; the highest-ranked one is kept.
func (in *Input) cueSound(name string) {
	if cueRank[name] > cueRank[in.cue] {
		in.cue = name
	}
}

// cueIf asks for sound name when err is nil (a command the core took), and
// returns err.
func (ctx *Context) cueIf(name string, err error) error {
	if err == nil {
		ctx.Cue(name)
	}
	return err
}

// input reads the tick's input: the first press unlocks audio, Esc sounds "back"
// and a moved focus "focus" (the menus cue their own choices).
func (snd *sound) input(in *Input) {
	if !snd.unlocked && (in.Choose || in.Enter || in.Click || in.Back || in.Next || in.Prev ||
		in.Up || in.Down || in.Left || in.Right || len(in.Chars) > 0) {
		snd.unlocked = true
	}
	if in.Back {
		snd.cues = append(snd.cues, sndBack)
	}
}

// opened notes a new screen: the act's music, and an outcome's good or bad news.
func (snd *sound) opened(ctx *Context, s Scene) {
	snd.act = ""
	if ctx.Session == nil {
		return
	}
	if SceneFor(ctx.Session.Step()).Name() == s.Name() { // a screen of the career, not the title's
		snd.act = ctx.Session.Step().Act
	}
	if _, ok := s.(*OutcomeScene); ok {
		switch ctx.Session.View().OutcomeMood(ctx.Session.Step().Outcome) {
		case game.MoodPleased:
			snd.cues = append(snd.cues, sndGood)
		case game.MoodWorried, game.MoodUpset:
			snd.cues = append(snd.cues, sndBad)
		}
	}
}

// flush ends the tick: it applies the volume settings, keeps the act's loop going
// and plays the tick's sounds.
func (snd *sound) flush(ctx *Context, in *Input) {
	if in.cue != "" {
		snd.cues = append(snd.cues, in.cue)
	}
	cues := snd.cues
	snd.cues = snd.cues[:0]
	p := ctx.Prefs
	on := !p.Muted && p.SoundVolume() > 0
	if !on {
		snd.stopMusic()
		snd.volume, snd.muted = p.SoundVolume(), p.Muted
		return
	}
	play := pickCues(cues)
	snd.Played = append(snd.Played, play...)
	if !snd.unlocked || snd.failed {
		return
	}
	if snd.dev == nil {
		open := snd.open
		if open == nil {
			open = openDevice
		}
		dev, err := open()
		if err != nil {
			snd.fail(ctx, err)
			return
		}
		snd.dev = dev
	}
	if err := snd.dev.Err(); err != nil {
		snd.fail(ctx, err)
		return
	}
	if v := p.SoundVolume(); v != snd.volume || p.Muted != snd.muted {
		snd.volume, snd.muted = v, p.Muted
		for _, pl := range snd.effects {
			pl.SetVolume(snd.gain(effectGain))
		}
		if snd.music != nil {
			snd.music.SetVolume(snd.gain(musicGain))
		}
	}
	snd.playMusic()
	for _, c := range play {
		snd.playEffect(c)
	}
}

// pickCues is what plays of one tick's cues: the highest-ranked one (once), and an
// outcome's news after a week's chime.
func pickCues(cues []string) []string {
	best := 0
	for _, c := range cues {
		best = max(best, cueRank[c])
	}
	var play []string
	for _, c := range cues {
		if (cueRank[c] == best || (best == cueRank[sndWeek] && (c == sndGood || c == sndBad))) && !slices.Contains(play, c) {
			play = append(play, c)
		}
	}
	return play
}

func (snd *sound) gain(base float64) float64 { return base * float64(snd.volume) / 100 }

func (snd *sound) fail(ctx *Context, err error) {
	snd.failed = true
	snd.stopMusic()
	ctx.trace("sound: off, no audio device (" + err.Error() + ")")
	// the trace's last line names the screen (the desktop and browser tests wait on
	// it): say the screen again
	if a := ctx.app; a != nil && len(a.stack) > 0 {
		ctx.trace(a.traceLine(a.Top()))
	}
}

func (snd *sound) stopMusic() {
	if snd.music != nil {
		snd.music.Pause()
		snd.music = nil
	}
}

// playMusic keeps the current act's loop playing (and none outside a career).
// A loop not made yet is made on another goroutine and starts a few ticks later.
func (snd *sound) playMusic() {
	if snd.act != snd.playing {
		snd.stopMusic()
		snd.playing = ""
	}
	if snd.act == "" || snd.music != nil {
		return
	}
	pcm := musicLoop(snd.act)
	if pcm == nil {
		return
	}
	snd.music = snd.dev.NewPlayer(&loopReader{pcm: pcm})
	snd.music.SetVolume(snd.gain(musicGain))
	snd.music.Play()
	snd.playing = snd.act
}

func (snd *sound) playEffect(name string) {
	if snd.effects == nil {
		snd.effects = map[string]*oto.Player{}
	}
	pl := snd.effects[name]
	if pl == nil {
		pcm := effectPCM(name)
		if pcm == nil {
			return
		}
		pl = snd.dev.NewPlayer(bytes.NewReader(pcm))
		snd.effects[name] = pl
	} else {
		pl.Pause()
		pl.Seek(0, io.SeekStart)
	}
	pl.SetVolume(snd.gain(effectGain))
	pl.Play()
}

// loopReader reads a PCM loop forever.
type loopReader struct {
	pcm []byte
	pos int
}

func (l *loopReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], l.pcm[l.pos:])
		n += c
		l.pos = (l.pos + c) % len(l.pcm)
	}
	return n, nil
}

// ---- synthesis ----

var (
	effectsOnce sync.Once
	effectBank  map[string][]byte
	musicMu     sync.Mutex
	musicBank   = map[game.Act][]byte{}
	musicMaking game.Act // the act whose loop is being made
)

// effectPCM is an interface sound's samples, all made together the first time.
func effectPCM(name string) []byte {
	effectsOnce.Do(func() { effectBank = makeEffects() })
	return effectBank[name]
}

// note is one tone in a generated sound: start and length in seconds, pitch in Hz.
type note struct {
	at, dur, hz, amp float64
}

func makeEffects() map[string][]byte {
	return map[string][]byte{
		sndFocus:  render(0.05, []note{{0, 0.035, 1318.5, 0.12}}),
		sndChoose: render(0.14, []note{{0, 0.06, 659.3, 0.22}, {0.05, 0.08, 987.8, 0.2}}),
		sndBack:   render(0.14, []note{{0, 0.06, 880, 0.2}, {0.05, 0.08, 587.3, 0.2}}),
		sndGood:   render(0.6, []note{{0, 0.25, 523.3, 0.2}, {0.09, 0.25, 659.3, 0.2}, {0.18, 0.4, 784, 0.22}}),
		sndBad:    render(0.6, []note{{0, 0.22, 392, 0.22}, {0.16, 0.4, 311.1, 0.22}}),
		sndWeek:   render(1.0, []note{{0, 0.8, 784, 0.18}, {0.12, 0.85, 1046.5, 0.16}, {0, 0.9, 392, 0.1}}),
	}
}

// render mixes notes into a buffer of secs seconds (16-bit mono). Each note is a
// sine with a little second harmonic, a 5 ms rise and an exponential fall; what
// runs past the end wraps to the start (so a loop is seamless).
func render(secs float64, notes []note) []byte {
	n := int(secs * soundRate)
	mix := make([]float32, n)
	for _, nt := range notes {
		start := int(nt.at * soundRate)
		length := int(nt.dur * soundRate)
		attack := 0.005 * soundRate
		step := nt.hz / soundRate
		decay := math.Exp(-5 / float64(length)) // down about 5 time constants by the end
		env := 1.0
		phase := 0.0
		for i := 0; i < length; i++ {
			a := env
			if fi := float64(i); fi < attack {
				a *= fi / attack
			}
			env *= decay
			s := sinT(phase) + 0.25*sinT(2*phase)
			phase += step
			if phase >= 1 {
				phase--
			}
			mix[(start+i)%n] += float32(nt.amp * a * s)
		}
	}
	out := make([]byte, 2*n)
	for i, v := range mix {
		s := int32(math.Round(float64(max(-1, min(1, v))) * 32767))
		out[2*i], out[2*i+1] = byte(s), byte(s>>8)
	}
	return out
}

// sinTable is one period of a sine: a lookup is much cheaper than math.Sin, which
// keeps a music loop's making to a few milliseconds.
var sinTable = func() (t [4096]float64) {
	for i := range t {
		t[i] = math.Sin(2 * math.Pi * float64(i) / float64(len(t)))
	}
	return t
}()

// sinT is sin(2π·phase) for any phase ≥ 0.
func sinT(phase float64) float64 {
	return sinTable[int(phase*float64(len(sinTable)))&(len(sinTable)-1)]
}

// actTune is an act's loop: its tempo and four bars of chords (MIDI notes, low to
// high); each bar is a soft low chord under an arpeggio of its notes.
type actTune struct {
	bpm    float64
	chords [4][3]int
}

var actTunes = map[game.Act]actTune{
	// high school: C major, bright, I–V–vi–IV
	game.ActSchool: {100, [4][3]int{{60, 64, 67}, {55, 59, 62}, {57, 60, 64}, {53, 57, 60}}},
	// college: D major, I–vi–IV–V
	game.ActCollege: {92, [4][3]int{{62, 66, 69}, {59, 62, 66}, {55, 59, 62}, {57, 61, 64}}},
	// the first job: A minor, i–VI–III–VII
	game.ActJob: {84, [4][3]int{{57, 60, 64}, {53, 57, 60}, {48, 52, 55}, {55, 59, 62}}},
	// the manager's office: E-flat major, slow, I–iii–IV–V
	game.ActManager: {72, [4][3]int{{51, 55, 58}, {55, 58, 62}, {56, 60, 63}, {58, 62, 65}}},
}

func midiHz(m int) float64 { return 440 * math.Pow(2, float64(m-69)/12) }

// musicLoop is an act's loop, or nil while it is being made: the first call for an
// act starts making it on another goroutine (about 10 ms on a desktop; see
// TestSoundMakingIsCheap), so no frame waits. Only the latest act's loop is kept.
func musicLoop(act game.Act) []byte {
	musicMu.Lock()
	defer musicMu.Unlock()
	if pcm := musicBank[act]; pcm != nil || musicMaking == act {
		return pcm
	}
	t, ok := actTunes[act]
	if !ok {
		return nil
	}
	musicMaking = act
	go func() {
		pcm := makeLoop(t)
		musicMu.Lock()
		clear(musicBank)
		musicBank[act] = pcm
		if musicMaking == act {
			musicMaking = ""
		}
		musicMu.Unlock()
	}()
	return nil
}

func makeLoop(t actTune) []byte {
	beat := 60 / t.bpm
	bar := 4 * beat
	var notes []note
	arp := [8]int{0, 1, 2, 1, 0, 2, 1, 2} // the chord's notes, eighth by eighth
	for b, ch := range t.chords {
		at := float64(b) * bar
		// the low chord: root and fifth an octave down, held the whole bar
		notes = append(notes, note{at, bar * 1.1, midiHz(ch[0] - 12), 0.16}, note{at, bar * 1.1, midiHz(ch[2] - 12), 0.1})
		for i, k := range arp {
			m := ch[k] + 12
			if i == 4 {
				m = ch[0] + 24 // the bar's top note
			}
			notes = append(notes, note{at + float64(i)*beat/2, beat * 1.2, midiHz(m), 0.09})
		}
	}
	return render(4*bar, notes)
}

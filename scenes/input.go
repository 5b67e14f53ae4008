package scenes

import (
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// Input is one frame's input as intents, in logical coordinates. Scenes read only
// this; tests build it directly.
type Input struct {
	Next, Prev     bool // Tab / Shift+Tab, arrows
	Up, Down       bool
	Left, Right    bool
	Choose         bool // Enter or Space
	Enter          bool // Enter alone (text fields take Space as a character)
	Back           bool // Esc
	Fact           bool // F: open the fact card
	Glossary       bool // G or ?: the glossary terms on this screen
	Chars          []rune
	Backspace      bool
	Click          bool // a mouse button or touch released this frame
	X, Y           float64
	Moved          bool // the pointer moved (hover follows it)
	PX, PY         float64
	Wheel          float64 // positive scrolls down
	Drag           float64 // touch/mouse drag distance this frame (logical, positive = content up)
	PageUp, PageDn bool
	Home, End      bool
	Operator       bool   // Ctrl+Shift+Q: the kiosk operator's exit
	cue            string // the sound the menus asked for this tick (sound.go)
}

// Reader turns Ebitengine's keys, mouse and touches into Input.
type Reader struct {
	lastX, lastY int
	seen         bool // the pointer's first position has been read
	touches      []ebiten.TouchID
	dragY        map[ebiten.TouchID]int
	chars        []rune
}

// NewReader makes an input reader.
func NewReader() *Reader { return &Reader{dragY: map[ebiten.TouchID]int{}} }

// repeat reports a key that was just pressed or has been held long enough to repeat.
func repeat(k ebiten.Key) bool {
	d := inpututil.KeyPressDuration(k)
	return d == 1 || (d > 24 && d%5 == 0) || inpututil.IsKeyJustPressed(k)
}

// Read builds this frame's Input; f maps screen pixels to logical coordinates.
func (r *Reader) Read(f ui.Frame) Input {
	var in Input
	// a fast Shift+Tab can press and release Shift within one frame: count that too
	shift := ebiten.IsKeyPressed(ebiten.KeyShift) || inpututil.IsKeyJustReleased(ebiten.KeyShift) || inpututil.IsKeyJustPressed(ebiten.KeyShift)
	if repeat(ebiten.KeyTab) {
		if shift {
			in.Prev = true
		} else {
			in.Next = true
		}
	}
	in.Up = repeat(ebiten.KeyArrowUp)
	in.Down = repeat(ebiten.KeyArrowDown)
	in.Left = repeat(ebiten.KeyArrowLeft)
	in.Right = repeat(ebiten.KeyArrowRight)
	in.Enter = inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter)
	in.Choose = in.Enter || inpututil.IsKeyJustPressed(ebiten.KeySpace)
	in.Back = inpututil.IsKeyJustPressed(ebiten.KeyEscape)
	in.Fact = inpututil.IsKeyJustPressed(ebiten.KeyF)
	in.Glossary = inpututil.IsKeyJustPressed(ebiten.KeyG) || (shift && inpututil.IsKeyJustPressed(ebiten.KeySlash))
	in.Backspace = repeat(ebiten.KeyBackspace)
	in.PageUp = repeat(ebiten.KeyPageUp)
	in.PageDn = repeat(ebiten.KeyPageDown)
	in.Home = inpututil.IsKeyJustPressed(ebiten.KeyHome)
	in.End = inpututil.IsKeyJustPressed(ebiten.KeyEnd)
	in.Operator = ebiten.IsKeyPressed(ebiten.KeyControl) && ebiten.IsKeyPressed(ebiten.KeyShift) && inpututil.IsKeyJustPressed(ebiten.KeyQ)
	r.chars = ebiten.AppendInputChars(r.chars[:0])
	in.Chars = r.chars
	if slices.Contains(r.chars, '?') { // any keyboard layout's question mark
		in.Glossary = true
	}

	// Mouse: act on release, like a real button; the wheel scrolls.
	x, y := ebiten.CursorPosition()
	if !r.seen {
		// where the pointer rests when the window opens is not a move: it must not
		// take the keyboard focus from the first button
		r.lastX, r.lastY, r.seen = x, y, true
	}
	if x != r.lastX || y != r.lastY {
		in.Moved = true
		r.lastX, r.lastY = x, y
	}
	in.PX, in.PY = f.ToLogical(float64(x), float64(y))
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) {
		in.Click = true
		in.X, in.Y = in.PX, in.PY
	}
	_, wy := ebiten.Wheel()
	in.Wheel = -wy * 40

	// Touch: a tap is a release; a drag scrolls.
	for _, id := range inpututil.AppendJustPressedTouchIDs(r.touches[:0]) {
		_, ty := ebiten.TouchPosition(id)
		r.dragY[id] = ty
	}
	r.touches = ebiten.AppendTouchIDs(r.touches[:0])
	for _, id := range r.touches {
		_, ty := ebiten.TouchPosition(id)
		if last, ok := r.dragY[id]; ok {
			in.Drag += float64(last-ty) / f.Scale
		}
		r.dragY[id] = ty
	}
	for _, id := range inpututil.AppendJustReleasedTouchIDs(r.touches[:0]) {
		tx, ty := inpututil.TouchPositionInPreviousTick(id)
		in.Click = true
		in.X, in.Y = f.ToLogical(float64(tx), float64(ty))
		in.PX, in.PY = in.X, in.Y
		delete(r.dragY, id)
	}
	return in
}

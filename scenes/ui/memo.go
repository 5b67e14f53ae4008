package ui

import (
	"image"
	"image/color"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
)

// The frame memo. Most frames of this game are the frame before: a screen of text
// that waits for the player. Building a frame's draw commands costs about a
// microsecond a glyph inside Ebitengine (a duty desk is well over a thousand), so a
// steady screen would spend most of a millisecond saying again what it said.
//
// Between BeginFrame and EndFrame the canvas records each draw (the image, its
// options, or a fill, or a batch of triangles) instead of making it. EndFrame then
// compares the record with the last frame's. In the game, whose screen keeps its
// pixels between frames (ebiten.SetScreenClearedEveryFrame(false)), a frame the same
// as the last draws nothing at all, and a changed one plays its record onto the
// screen. Elsewhere (tests drawing on an image of their own) the last picture is kept
// in an image of the screen's size and drawn again as one quad. Either way the
// scene's own Draw runs every frame and decides what is on screen: nothing can go
// stale that the scene still draws differently. Images drawn from are never redrawn
// in place (glyphs, art and portraits are made once and kept), so the same pointer
// means the same picture.
type frameMemo struct {
	on          bool
	cur, prev   []drawRec
	curT, prevT []triRec
	curV, prevV []ebiten.Vertex
	curI, prevI []uint16
	// cache is the kept picture when the screen does not keep its pixels (tests
	// that draw on an image of their own); valid when it holds the last record
	cache *ebiten.Image
	valid bool
	// shown is the screen that holds the kept picture and nothing over it, when the
	// game keeps its screen between frames; nil when none does.
	shown     *ebiten.Image
	shownSize image.Point
	op        ebiten.DrawImageOptions
	playOp    ebiten.DrawImageOptions
	playTri   ebiten.DrawTrianglesOptions
	// Reused and Played count the frames drawn from the kept picture and the frames
	// played again (for tests and the frame table).
	Reused, Played int
}

type memoKind uint8

const (
	memoImage memoKind = iota
	memoFill
	memoTris
)

// drawRec is one draw, with the options the game sets (GeoM, ColorScale, Blend,
// Filter) held as values, so two frames compare with ==.
type drawRec struct {
	kind   memoKind
	img    *ebiten.Image
	geo    [6]float64
	scale  [4]float32
	blend  ebiten.Blend
	filter ebiten.Filter
	clr    color.RGBA64
	tri    int32
}

type triRec struct {
	v0, v1, i0, i1 int32
	img            *ebiten.Image
	blend          ebiten.Blend
	filter         ebiten.Filter
	address        ebiten.Address
	scaleMode      ebiten.ColorScaleMode
}

// BeginFrame starts recording the frame's draws (see frameMemo).
func (c *Canvas) BeginFrame() {
	m := &c.memo
	m.on = true
	m.cur, m.curT, m.curV, m.curI = m.cur[:0], m.curT[:0], m.curV[:0], m.curI[:0]
}

// EndFrame draws the recorded frame onto screen: the kept picture when nothing
// changed, the record played again when something did. keep says that screen keeps
// its pixels from the last frame (Ebitengine's screen with
// ebiten.SetScreenClearedEveryFrame(false)): then a frame the same as the last,
// on the same screen with nothing drawn over it since (ScreenTouched), draws
// nothing at all.
func (c *Canvas) EndFrame(screen *ebiten.Image, keep bool) {
	m := &c.memo
	m.on = false
	defer m.swap()
	if keep {
		// the screen itself is the kept picture
		if m.shown == screen && m.shownSize == screen.Bounds().Size() && m.same() {
			m.Reused++
			return
		}
		m.play(screen)
		m.shown, m.shownSize = screen, screen.Bounds().Size()
		m.Played++
		if m.cache != nil {
			m.cache.Deallocate()
			m.cache, m.valid = nil, false
		}
		return
	}
	m.shown = nil
	b := screen.Bounds()
	if m.cache == nil || m.cache.Bounds().Size() != b.Size() {
		if m.cache != nil {
			m.cache.Deallocate()
		}
		m.cache = ebiten.NewImageWithOptions(image.Rect(0, 0, b.Dx(), b.Dy()), &ebiten.NewImageOptions{Unmanaged: true})
		m.valid = false
	}
	if !m.valid || !m.same() {
		m.play(m.cache)
		m.valid = true
		m.Played++
	} else {
		m.Reused++
	}
	m.op.GeoM.Reset()
	m.op.GeoM.Translate(float64(b.Min.X), float64(b.Min.Y))
	m.op.Blend = ebiten.BlendCopy
	screen.DrawImage(m.cache, &m.op)
}

// swap makes this frame's record the last frame's.
func (m *frameMemo) swap() {
	m.cur, m.prev = m.prev, m.cur
	m.curT, m.prevT = m.prevT, m.curT
	m.curV, m.prevV = m.prevV, m.curV
	m.curI, m.prevI = m.prevI, m.curI
}

// Memo reports how many frames were drawn from the kept picture and how many were
// played again since the canvas was made.
func (c *Canvas) Memo() (reused, played int) { return c.memo.Reused, c.memo.Played }

// ScreenTouched says something was drawn on the screen over the frame (a
// cross-fade), so the next frame draws the picture again.
func (c *Canvas) ScreenTouched() { c.memo.shown = nil }

// ForgetFrame makes the next frame play its record again (after something the
// record cannot see changed, such as a picture redrawn in place).
func (c *Canvas) ForgetFrame() { c.memo.valid, c.memo.shown = false, nil }

func (m *frameMemo) same() bool {
	return slices.Equal(m.cur, m.prev) && slices.Equal(m.curT, m.prevT) &&
		slices.Equal(m.curV, m.prevV) && slices.Equal(m.curI, m.prevI)
}

// play makes the recorded draws on dst.
func (m *frameMemo) play(dst *ebiten.Image) {
	for i := range m.cur {
		r := &m.cur[i]
		switch r.kind {
		case memoImage:
			op := &m.playOp
			for k, v := range r.geo {
				op.GeoM.SetElement(k/3, k%3, v)
			}
			op.ColorScale.Reset()
			op.ColorScale.Scale(r.scale[0], r.scale[1], r.scale[2], r.scale[3])
			op.Blend, op.Filter = r.blend, r.filter
			dst.DrawImage(r.img, op)
		case memoFill:
			dst.Fill(r.clr)
		case memoTris:
			t := &m.curT[r.tri]
			op := &m.playTri
			op.Blend, op.Filter, op.Address, op.ColorScaleMode = t.blend, t.filter, t.address, t.scaleMode
			dst.DrawTriangles(m.curV[t.v0:t.v1], m.curI[t.i0:t.i1], t.img, op)
		}
	}
}

// DrawImage draws img with op: recorded inside a frame, made at once outside one
// (a cross-fade's copy, the layout test).
func (c *Canvas) DrawImage(img *ebiten.Image, op *ebiten.DrawImageOptions) {
	if !c.memo.on {
		c.Dst.DrawImage(img, op)
		return
	}
	r := drawRec{kind: memoImage, img: img, blend: op.Blend, filter: op.Filter}
	for k := range r.geo {
		r.geo[k] = op.GeoM.Element(k/3, k%3)
	}
	r.scale = [4]float32{op.ColorScale.R(), op.ColorScale.G(), op.ColorScale.B(), op.ColorScale.A()}
	c.memo.cur = append(c.memo.cur, r)
}

// Clear fills the whole destination with clr (the window's margins around the
// logical screen).
func (c *Canvas) Clear(clr color.Color) {
	if !c.memo.on {
		c.Dst.Fill(clr)
		return
	}
	r, g, b, a := clr.RGBA()
	c.memo.cur = append(c.memo.cur, drawRec{kind: memoFill, clr: color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}})
}

// drawTriangles is DrawTriangles, recorded inside a frame like DrawImage.
func (c *Canvas) drawTriangles(v []ebiten.Vertex, idx []uint16, img *ebiten.Image, op *ebiten.DrawTrianglesOptions) {
	m := &c.memo
	if !m.on {
		c.Dst.DrawTriangles(v, idx, img, op)
		return
	}
	t := triRec{v0: int32(len(m.curV)), i0: int32(len(m.curI)), img: img, blend: op.Blend, filter: op.Filter,
		address: op.Address, scaleMode: op.ColorScaleMode}
	m.curV = append(m.curV, v...)
	m.curI = append(m.curI, idx...)
	t.v1, t.i1 = int32(len(m.curV)), int32(len(m.curI))
	m.curT = append(m.curT, t)
	m.cur = append(m.cur, drawRec{kind: memoTris, tri: int32(len(m.curT) - 1)})
}

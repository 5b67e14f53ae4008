package ui

import (
	"image"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// face is one font at one pixel size, and the game's own text layout: each glyph
// advanced and kerned along the line, rasterised once (golang.org/x/image's
// OpenType reader) straight into the sprite atlas, at a few sub-pixel offsets.
//
// The game writes English and Spanish, which need no shaping beyond kerning, so it
// does not use Ebitengine's text/v2 (its HarfBuzz shaper, Unicode tables and line
// breaker are about 0.3 MB of the browser download, and its glyph images would be
// copied into the atlas anyway). Lines are drawn as text/v2 would with its default
// options: the given point is the top left, the baseline an ascent below it.
type face struct {
	f               font.Face
	key             faceKey
	ascent, descent float64
	steps           int // sub-pixel positions a glyph is drawn at (8 small ... 1 large)
	adv             map[rune]fixed.Int26_6
	bounds          map[rune]fixed.Rectangle26_6
}

func newFace(f font.Face, k faceKey) *face {
	m := f.Metrics()
	fc := &face{f: f, key: k, ascent: fx(m.Ascent), descent: fx(m.Descent),
		adv: map[rune]fixed.Int26_6{}, bounds: map[rune]fixed.Rectangle26_6{}}
	// more sub-pixel positions for small text, where they show (text/v2 uses 8
	// below 20 pixels; a quarter pixel looks the same and rasterises half as many)
	switch s := fc.ascent + fc.descent; {
	case s < 40:
		fc.steps = 4
	case s < 80:
		fc.steps = 2
	default:
		fc.steps = 1
	}
	return fc
}

func fx(v fixed.Int26_6) float64 { return float64(v) / 64 }

func (fc *face) advanceOf(r rune) fixed.Int26_6 {
	a, ok := fc.adv[r]
	if !ok {
		a, _ = fc.f.GlyphAdvance(r)
		fc.adv[r] = a
	}
	return a
}

// advance is the width of one line of s, in pixels.
func (fc *face) advance(s string) float64 {
	var x fixed.Int26_6
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			x += fc.f.Kern(prev, r)
		}
		x += fc.advanceOf(r)
		prev = r
	}
	return fx(x)
}

// layout places the glyphs of one line of s from (0, 0), the line's top left.
func (fc *face) layout(s string) []sprite {
	out := make([]sprite, 0, len(s))
	var x fixed.Int26_6
	y := fixed.I(int(math.Floor(fc.ascent))) // baselines on whole pixels
	prev := rune(-1)
	step := fixed.Int26_6(64 / fc.steps)
	for _, r := range s {
		if prev >= 0 {
			x += fc.f.Kern(prev, r)
		}
		prev = r
		b, ok := fc.bounds[r]
		if !ok {
			b, _, _ = fc.f.GlyphBounds(r)
			fc.bounds[r] = b
		}
		ox := x / step * step // the origin on the face's sub-pixel grid
		x += fc.advanceOf(r)
		if b.Max.X <= b.Min.X || b.Max.Y <= b.Min.Y {
			continue // a space
		}
		sub := (ox + b.Min.X) & 63
		img := sprites.glyph(fc, r, sub, b)
		if img == nil {
			continue
		}
		out = append(out, sprite{img, float64((ox + b.Min.X).Floor()), float64((y + b.Min.Y).Floor())})
	}
	return out
}

// rasterize draws glyph r, its left edge sub/64 of a pixel into its image.
func (fc *face) rasterize(r rune, sub fixed.Int26_6, b fixed.Rectangle26_6) *image.RGBA {
	w, h := (b.Max.X-b.Min.X).Ceil()+1, (b.Max.Y-b.Min.Y).Ceil()+1
	rgba := image.NewRGBA(image.Rect(0, 0, w, h))
	d := font.Drawer{Dst: rgba, Src: image.White, Face: fc.f,
		Dot: fixed.Point26_6{X: -b.Min.X + sub, Y: -b.Min.Y + (b.Min.Y & 63)}}
	d.DrawString(string(r))
	return rgba
}

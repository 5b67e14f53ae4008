package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/math/fixed"
)

// The sprite atlas: every image the canvas draws from (the glyphs of shaped
// text, the white pixel rectangles are made of, circles, line profiles) is copied
// once into one big texture the canvas owns, so a frame's text and shapes go to
// the GPU as one batched draw command instead of one per switch between
// Ebitengine's own atlases. Each draw command Ebitengine starts allocates, so this
// is also what keeps a steady frame free of allocations.
type spriteAtlas struct {
	pages       []*ebiten.Image
	x, y, rowH  int
	gen         int // set when the atlas is made; shaped runs from before are made again
	glyphs      map[glyphSprite]*ebiten.Image
	white       *ebiten.Image
	circles     map[int]*ebiten.Image
	lineProfile map[int]*ebiten.Image
}

type glyphSprite struct {
	face faceKey
	r    rune
	sub  fixed.Int26_6 // the glyph's left edge within its first pixel: each has its own image
}

const (
	atlasSize  = 2048
	atlasPages = 2
)

var sprites spriteAtlas

// alloc reserves a w x h region (with a transparent gutter) and returns its page
// and place; false when the atlas is full.
func (a *spriteAtlas) alloc(w, h int) (*ebiten.Image, image.Rectangle, bool) {
	if w+1 > atlasSize || h+1 > atlasSize {
		return nil, image.Rectangle{}, false
	}
	if a.glyphs == nil {
		a.gen++
		a.glyphs = map[glyphSprite]*ebiten.Image{}
		a.circles, a.lineProfile = map[int]*ebiten.Image{}, map[int]*ebiten.Image{}
	}
	if len(a.pages) == 0 {
		a.newPage()
	}
	if a.x+w+1 > atlasSize {
		a.x, a.y, a.rowH = 0, a.y+a.rowH, 0
	}
	if a.y+h+1 > atlasSize {
		if len(a.pages) >= atlasPages {
			return nil, image.Rectangle{}, false
		}
		a.newPage()
	}
	p := a.pages[len(a.pages)-1]
	r := image.Rect(a.x, a.y, a.x+w, a.y+h)
	a.x += w + 1
	a.rowH = max(a.rowH, h+1)
	return p, r, true
}

func (a *spriteAtlas) newPage() {
	a.pages = append(a.pages, ebiten.NewImageWithOptions(image.Rect(0, 0, atlasSize, atlasSize), &ebiten.NewImageOptions{Unmanaged: true}))
	a.x, a.y, a.rowH = 0, 0, 0
}

// fromRGBA writes pixels into the atlas; when it is full, into an image of its own.
func (a *spriteAtlas) fromRGBA(rgba *image.RGBA) *ebiten.Image {
	b := rgba.Bounds()
	p, r, ok := a.alloc(b.Dx(), b.Dy())
	if !ok {
		return ebiten.NewImageFromImage(rgba)
	}
	sub := p.SubImage(r).(*ebiten.Image)
	sub.WritePixels(rgba.Pix)
	return sub
}

// glyph is the atlas's image of rune r of fc, its left edge sub/64 of a pixel in
// (bounds b), rasterised the first time it is asked for.
func (a *spriteAtlas) glyph(fc *face, r rune, sub fixed.Int26_6, b fixed.Rectangle26_6) *ebiten.Image {
	k := glyphSprite{fc.key, r, sub}
	if img, ok := a.glyphs[k]; ok {
		return img
	}
	img := a.fromRGBA(fc.rasterize(r, sub, b))
	if a.glyphs != nil {
		a.glyphs[k] = img
	}
	return img
}

// sprite is one glyph of a shaped string, ready to draw from the atlas.
type sprite struct {
	img  *ebiten.Image
	x, y float64
}

// shapedRun is a string's sprites and the atlas generation they belong to.
type shapedRun struct {
	gen     int
	sprites []sprite
}

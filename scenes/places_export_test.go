package scenes

import (
	"image"

	"github.com/hsmgame/healthmanager/scenes/ui"
)

// PlaceIDs lists every place picture: the four acts, then the six settings.
func PlaceIDs() []string { return placeIDs }

// PlaceBuilds is how many place pictures were ever drawn.
func PlaceBuilds() int { return placeBuilds }

// PlacePixels draws (or finds) the picture of id with the given signs at w x h
// logical pixels and reads it back.
func PlacePixels(id string, crowd int, warn, short, hc, crop bool, w, h float64) *image.RGBA {
	img := placeImage(placeKeyFor(id, placeSigns{crowd: uint8(crowd), warn: warn, short: short}, ui.Rect{W: w, H: h}, hc, false, crop))
	out := image.NewRGBA(img.Bounds())
	img.ReadPixels(out.Pix)
	return out
}

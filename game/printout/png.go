package printout

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"

	"github.com/hsmgame/healthmanager/game"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// pngScale is pixels per point: 2 gives about 144 dots per inch, sharp on screen
// and fine on paper.
const pngScale = 2.0

// PNG draws the career report as the same page the PDF holds, on the CPU (no
// GPU needed), and encodes it as a PNG.
func PNG(r game.Report, cat game.Catalog, lang string, paper Paper) ([]byte, error) {
	pg, err := reportPage(r, cat, lang, paper)
	if err != nil {
		return nil, err
	}
	return writePNG(pg)
}

func writePNG(pg *page) ([]byte, error) {
	f, err := fonts()
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, int(pg.w*pngScale), int(pg.h*pngScale)))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	faces := map[faceKey]font.Face{}
	face := func(size float64, bold bool) (font.Face, error) {
		k := faceKey{size, bold}
		if fc, ok := faces[k]; ok {
			return fc, nil
		}
		i := 0
		if bold {
			i = 1
		}
		fc, err := opentype.NewFace(f[i], &opentype.FaceOptions{Size: size, DPI: 72 * pngScale, Hinting: font.HintingFull})
		if err != nil {
			return nil, err
		}
		faces[k] = fc
		return fc, nil
	}
	px := func(v float64) int { return int(math.Round(v * pngScale)) }
	for _, mk := range pg.marks {
		c := color.RGBA{mk.color.R, mk.color.G, mk.color.B, 255}
		switch mk.kind {
		case markText:
			fc, err := face(mk.size, mk.bold)
			if err != nil {
				return nil, err
			}
			d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: fc,
				Dot: fixed.Point26_6{X: fixed.Int26_6(mk.x * pngScale * 64), Y: fixed.Int26_6(mk.y * pngScale * 64)}}
			d.DrawString(mk.text)
		case markRect:
			draw.Draw(img, image.Rect(px(mk.x), px(mk.y), px(mk.x+mk.x2), px(mk.y+mk.y2)), image.NewUniform(c), image.Point{}, draw.Over)
		case markBox:
			x0, y0, x1, y1 := mk.x, mk.y, mk.x+mk.x2, mk.y+mk.y2
			stroke(img, x0, y0, x1, y0, mk.width, c)
			stroke(img, x1, y0, x1, y1, mk.width, c)
			stroke(img, x1, y1, x0, y1, mk.width, c)
			stroke(img, x0, y1, x0, y0, mk.width, c)
		case markLine:
			stroke(img, mk.x, mk.y, mk.x2, mk.y2, mk.width, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// stroke draws a line w points wide by stamping small squares along it.
func stroke(img *image.RGBA, x0, y0, x1, y1, w float64, c color.RGBA) {
	r := math.Max(1, w*pngScale) / 2
	n := int(math.Max(math.Abs(x1-x0), math.Abs(y1-y0))*pngScale) + 1
	u := image.NewUniform(c)
	for i := 0; i <= n; i++ {
		t := float64(i) / float64(n)
		x := (x0 + (x1-x0)*t) * pngScale
		y := (y0 + (y1-y0)*t) * pngScale
		rect := image.Rect(int(math.Floor(x-r+0.5)), int(math.Floor(y-r+0.5)), int(math.Floor(x+r+0.5)), int(math.Floor(y+r+0.5)))
		if rect.Dx() == 0 {
			rect.Max.X++
		}
		if rect.Dy() == 0 {
			rect.Max.Y++
		}
		draw.Draw(img, rect, u, image.Point{}, draw.Src)
	}
}

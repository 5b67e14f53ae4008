// Command empty is the yardstick for the browser's start-up: an empty Ebitengine
// game that draws one line of text with text/v2 and the Go font, the least a game
// like ours can be. The browser test loads it and the real game in the same run and
// prints how much later the game's first frame comes.
package main

import (
	"bytes"
	"image/color"
	"log"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/goregular"
)

type yardstick struct {
	face  *text.GoTextFace
	drawn bool
}

func (y *yardstick) Update() error { return nil }

func (y *yardstick) Draw(screen *ebiten.Image) {
	screen.Fill(color.RGBA{0xf4, 0xf1, 0xea, 0xff})
	op := &text.DrawOptions{}
	op.GeoM.Translate(80, 110)
	op.ColorScale.ScaleWithColor(color.Black)
	text.Draw(screen, "Health Services Manager", y.face, op)
	if !y.drawn {
		y.drawn = true
		firstFrame()
	}
}

func (y *yardstick) Layout(w, h int) (int, int) { return 1280, 720 }

func main() {
	src, err := text.NewGoTextFaceSource(bytes.NewReader(goregular.TTF))
	if err != nil {
		log.Fatal(err)
	}
	if err := ebiten.RunGame(&yardstick{face: &text.GoTextFace{Source: src, Size: 44}}); err != nil {
		log.Fatal(err)
	}
}

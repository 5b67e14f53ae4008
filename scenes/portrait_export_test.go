package scenes

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/game"
)

// PortraitCount is how many portraits are cached, for the scenes_test package.
func PortraitCount() int { return portraitCount() }

// CastSheet draws every cast member in every mood in a grid, for looking at.
func CastSheet(c *game.Content, size float64) *ebiten.Image {
	px := int(size * portraitScale)
	cols := len(game.Moods) * 4
	rows := (len(c.Cast) + 3) / 4
	sheet := ebiten.NewImage(cols*px, rows*px)
	var op ebiten.DrawImageOptions
	for i := range c.Cast {
		for j, m := range game.Moods {
			p := newPortrait(&c.Cast[i], m, size)
			op.GeoM.Reset()
			op.GeoM.Translate(float64(((i%4)*len(game.Moods)+j)*px), float64(i/4*px))
			sheet.DrawImage(p.img, &op)
		}
	}
	return sheet
}

package scenes

import "image/color"

// The moments' pictures, painted once in a unit square by the portraits' pen
// (scenes/portrait.go) and cached by newMomentArt.

var (
	artSky    = color.RGBA{0xd7, 0xec, 0xe8, 0xff}
	artGown   = color.RGBA{0x1d, 0x24, 0x2b, 0xff}
	artPaper  = color.RGBA{0xfb, 0xf6, 0xe8, 0xff}
	artRibbon = color.RGBA{0xb0, 0x2e, 0x26, 0xff}
	artWall   = color.RGBA{0xe6, 0xe2, 0xd8, 0xff}
	artGlass  = color.RGBA{0x9f, 0xc9, 0xd6, 0xff}
	artGreen  = color.RGBA{0x5f, 0xa8, 0xa0, 0xff}
)

// paintGraduation draws a mortarboard above a rolled diploma tied with a ribbon,
// with confetti: the graduation card.
func paintGraduation(q *pen) {
	q.oval(0.5, 0.5, 0.48, 0.48, artSky)
	// confetti
	for i, c := range []color.RGBA{gold, artRibbon, artGreen, gold, {0x3f, 0x5a, 0x8a, 0xff}, artRibbon} {
		x := 0.2 + 0.12*float32(i)
		y := 0.16 + 0.07*float32(i%3)
		q.poly(c, x, y, x+0.03, y+0.01, x+0.02, y+0.04, x-0.01, y+0.03)
	}
	// the cap: a skull cap under a flat diamond board
	q.poly(artGown, 0.33, 0.42, 0.67, 0.42, 0.64, 0.56, 0.36, 0.56)
	q.oval(0.5, 0.56, 0.14, 0.035, artGown)
	q.poly(artGown, 0.5, 0.25, 0.84, 0.37, 0.5, 0.49, 0.16, 0.37)
	q.poly(color.RGBA{0x3b, 0x45, 0x50, 0xff}, 0.5, 0.27, 0.8, 0.37, 0.5, 0.47, 0.2, 0.37)
	q.oval(0.5, 0.37, 0.025, 0.018, gold)
	// the tassel
	q.curve(0.012, gold, 0.5, 0.37, 0.66, 0.38, 0.72, 0.44)
	q.poly(gold, 0.705, 0.44, 0.735, 0.44, 0.745, 0.55, 0.695, 0.55)
	// the diploma
	q.poly(artPaper, 0.24, 0.66, 0.76, 0.66, 0.76, 0.78, 0.24, 0.78)
	q.oval(0.24, 0.72, 0.035, 0.06, color.RGBA{0xe8, 0xdf, 0xc8, 0xff})
	q.oval(0.76, 0.72, 0.035, 0.06, color.RGBA{0xe8, 0xdf, 0xc8, 0xff})
	q.poly(artRibbon, 0.47, 0.66, 0.53, 0.66, 0.53, 0.78, 0.47, 0.78)
	q.poly(artRibbon, 0.48, 0.78, 0.45, 0.88, 0.49, 0.85, 0.5, 0.78)
	q.poly(artRibbon, 0.52, 0.78, 0.55, 0.88, 0.51, 0.85, 0.5, 0.78)
}

// paintFirstDay draws the workplace's front with its door open and a new staff
// badge on a lanyard: the first day at work.
func paintFirstDay(q *pen) {
	q.oval(0.5, 0.5, 0.48, 0.48, artSky)
	// the building
	q.poly(artWall, 0.16, 0.3, 0.84, 0.3, 0.84, 0.86, 0.16, 0.86)
	q.poly(color.RGBA{0x0f, 0x4c, 0x5c, 0xff}, 0.14, 0.26, 0.86, 0.26, 0.86, 0.31, 0.14, 0.31)
	// a cross on the sign
	q.poly(artRibbon, 0.475, 0.14, 0.525, 0.14, 0.525, 0.25, 0.475, 0.25)
	q.poly(artRibbon, 0.445, 0.17, 0.555, 0.17, 0.555, 0.22, 0.445, 0.22)
	for _, x := range []float32{0.2, 0.35, 0.56, 0.71} {
		q.poly(artGlass, x, 0.36, x+0.09, 0.36, x+0.09, 0.45, x, 0.45)
	}
	// the open door
	q.poly(color.RGBA{0x3b, 0x45, 0x50, 0xff}, 0.42, 0.5, 0.58, 0.5, 0.58, 0.86, 0.42, 0.86)
	q.poly(artGlass, 0.44, 0.52, 0.5, 0.54, 0.5, 0.86, 0.44, 0.86)
	// the lanyard and the badge, in front
	q.curve(0.018, artGreen, 0.36, 0.46, 0.5, 0.66, 0.64, 0.46)
	q.poly(color.RGBA{0xff, 0xff, 0xff, 0xff}, 0.36, 0.62, 0.64, 0.62, 0.64, 0.86, 0.36, 0.86)
	q.poly(color.RGBA{0x0f, 0x4c, 0x5c, 0xff}, 0.36, 0.62, 0.64, 0.62, 0.64, 0.67, 0.36, 0.67)
	q.oval(0.5, 0.645, 0.02, 0.012, artSky)
	q.oval(0.43, 0.705, 0.035, 0.035, color.RGBA{0xc9, 0x90, 0x68, 0xff})
	q.poly(color.RGBA{0x9a, 0xa5, 0xb0, 0xff}, 0.48, 0.69, 0.61, 0.69, 0.61, 0.705, 0.48, 0.705)
	q.poly(color.RGBA{0x9a, 0xa5, 0xb0, 0xff}, 0.48, 0.715, 0.58, 0.715, 0.58, 0.73, 0.48, 0.73)
}

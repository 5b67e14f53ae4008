package ui

import "image/color"

// The palette: calm clinical colours with strong contrast. Meaning is never carried
// by colour alone; every state also has a word, a sign or a shape.
var (
	Ink       = color.RGBA{0x1d, 0x24, 0x2b, 0xff}
	InkSoft   = color.RGBA{0x4a, 0x55, 0x60, 0xff}
	Paper     = color.RGBA{0xf4, 0xf1, 0xea, 0xff}
	Card      = color.RGBA{0xff, 0xff, 0xff, 0xff}
	CardHover = color.RGBA{0xe8, 0xf3, 0xf2, 0xff}
	Line      = color.RGBA{0xc9, 0xc4, 0xb8, 0xff}
	Teal      = color.RGBA{0x0f, 0x4c, 0x5c, 0xff}
	TealLight = color.RGBA{0x5f, 0xa8, 0xa0, 0xff}
	Focus     = color.RGBA{0xe3, 0x64, 0x14, 0xff}
	Good      = color.RGBA{0x2b, 0x7a, 0x3d, 0xff}
	Bad       = color.RGBA{0xb0, 0x2e, 0x26, 0xff}
	Selected  = color.RGBA{0xd7, 0xec, 0xe8, 0xff}
	Muted     = color.RGBA{0xe6, 0xe2, 0xd8, 0xff}
	White     = color.RGBA{0xff, 0xff, 0xff, 0xff}
	Shade     = color.RGBA{0x10, 0x18, 0x20, 0xb0}
)

// Text styles in logical pixels.
var (
	H1      = Style{Size: 44, Bold: true, Color: Teal}
	H2      = Style{Size: 30, Bold: true, Color: Ink}
	H3      = Style{Size: 22, Bold: true, Color: Ink}
	Body    = Style{Size: 20, Color: Ink}
	BodySm  = Style{Size: 17, Color: InkSoft}
	Label   = Style{Size: 20, Bold: true, Color: Ink}
	Small   = Style{Size: 15, Color: InkSoft}
	OnTeal  = Style{Size: 20, Bold: true, Color: White}
	OnTealS = Style{Size: 16, Color: White}
)

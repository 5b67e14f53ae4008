package ui

import "image/color"

// The palette: calm clinical colours with strong contrast. Meaning is never carried
// by colour alone; every state also has a word, a sign or a shape. Every text colour
// reads at 4.5:1 or more on every background it is drawn on (theme_test.go), in
// this palette and in its high-contrast twin (Contrast).
var (
	Ink       = color.RGBA{0x1d, 0x24, 0x2b, 0xff}
	InkSoft   = color.RGBA{0x4a, 0x55, 0x60, 0xff}
	Paper     = color.RGBA{0xf4, 0xf1, 0xea, 0xff}
	Card      = color.RGBA{0xff, 0xff, 0xff, 0xff}
	CardHover = color.RGBA{0xe8, 0xf3, 0xf2, 0xff}
	Line      = color.RGBA{0xc9, 0xc4, 0xb8, 0xff}
	Teal      = color.RGBA{0x0f, 0x4c, 0x5c, 0xff}
	TealLight = color.RGBA{0x5f, 0xa8, 0xa0, 0xff}
	Focus     = color.RGBA{0xa8, 0x43, 0x00, 0xff} // a burnt orange: 4.5:1 on Muted, white reads on it
	Good      = color.RGBA{0x28, 0x72, 0x39, 0xff}
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

// twins pairs each palette colour with its high-contrast twin: black text on white,
// darker teal, green, red and orange, light greys with dark edges. Built once; the
// canvas looks a colour up here per draw call when the theme is on (no allocation).
var twins = [...]struct {
	from color.RGBA
	to   color.Color
}{
	{Paper, color.RGBA{0xff, 0xff, 0xff, 0xff}},
	{Card, color.RGBA{0xff, 0xff, 0xff, 0xff}},
	{Ink, color.RGBA{0x00, 0x00, 0x00, 0xff}},
	{InkSoft, color.RGBA{0x1a, 0x1a, 0x1a, 0xff}},
	{CardHover, color.RGBA{0xe4, 0xe4, 0xe4, 0xff}},
	{Line, color.RGBA{0x55, 0x55, 0x55, 0xff}},
	{Teal, color.RGBA{0x00, 0x3a, 0x47, 0xff}},
	{TealLight, color.RGBA{0x2e, 0x78, 0x80, 0xff}}, // still apart from Teal: a disabled button looks it
	{Focus, color.RGBA{0x9a, 0x36, 0x00, 0xff}},
	{Good, color.RGBA{0x0b, 0x50, 0x1c, 0xff}},
	{Bad, color.RGBA{0x8a, 0x10, 0x10, 0xff}},
	{Selected, color.RGBA{0xd4, 0xd4, 0xd4, 0xff}},
	{Muted, color.RGBA{0xdc, 0xdc, 0xdc, 0xff}},
}

// Contrast returns clr's twin in the high-contrast theme; a colour outside the
// palette (a shade, a fade) is returned as it is.
func Contrast(clr color.Color) color.Color {
	c, ok := clr.(color.RGBA)
	if !ok {
		return clr
	}
	for i := range twins {
		if twins[i].from == c {
			return twins[i].to
		}
	}
	return clr
}

// The palette already held in a color.Color: passing one of these to the canvas
// allocates nothing, where a color.RGBA is boxed into an interface on every call
// (a per-frame allocation in a hot loop: a meter row, a sparkline, the focus ring).
var (
	InkC       color.Color = Ink
	InkSoftC   color.Color = InkSoft
	CardC      color.Color = Card
	CardHoverC color.Color = CardHover
	TealC      color.Color = Teal
	TealLightC color.Color = TealLight
	FocusC     color.Color = Focus
	GoodC      color.Color = Good
	BadC       color.Color = Bad
	MutedC     color.Color = Muted
)

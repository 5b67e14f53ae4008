// Package fonts holds the game's two typefaces: Go Regular and Go Bold (Bigelow &
// Holmes for the Go project, BSD-style licence in LICENSE), cut to the characters the
// game shows by cmd/fontsubset. The screens (scenes/ui) and the printable report
// (game/printout) both use them.
package fonts

import _ "embed"

// Regular and Bold are TrueType files.
var (
	//go:embed go-regular.ttf
	Regular []byte
	//go:embed go-bold.ttf
	Bold []byte
)

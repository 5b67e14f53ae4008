package ui

import (
	"image/color"
	"math"
	"testing"
)

// luminance is WCAG 2's relative luminance of an opaque colour.
func luminance(clr color.Color) float64 {
	r, g, b, _ := clr.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v>>8) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrastRatio is WCAG 2's contrast ratio, 1 to 21.
func contrastRatio(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Every text colour the screens use reads at 4.5:1 (WCAG AA) or more on every
// background it is drawn on, in the normal theme and in high contrast.
func TestTextContrastInBothThemes(t *testing.T) {
	type named struct {
		name string
		c    color.RGBA
	}
	texts := []named{{"Ink", Ink}, {"InkSoft", InkSoft}, {"Teal", Teal}, {"Good", Good}, {"Bad", Bad}, {"Focus", Focus}}
	grounds := []named{{"Paper", Paper}, {"Card", Card}, {"Selected", Selected}, {"Muted", Muted}, {"CardHover", CardHover}}
	type pair struct{ fg, bg named }
	var pairs []pair
	for _, fg := range texts {
		for _, bg := range grounds {
			pairs = append(pairs, pair{fg, bg})
		}
	}
	for _, bg := range []named{{"Teal", Teal}, {"Good", Good}, {"Bad", Bad}, {"Focus", Focus}} {
		pairs = append(pairs, pair{named{"White", White}, bg})
	}
	themes := []struct {
		name string
		conv func(color.Color) color.Color
	}{
		{"normal", func(c color.Color) color.Color { return c }},
		{"high contrast", Contrast},
	}
	for _, th := range themes {
		for _, p := range pairs {
			if r := contrastRatio(th.conv(p.fg.c), th.conv(p.bg.c)); r < 4.5 {
				t.Errorf("%s: %s text on %s is %.2f:1, want at least 4.5:1", th.name, p.fg.name, p.bg.name, r)
			}
		}
	}
	// the high-contrast theme is really stronger: its ink on its paper reaches 18:1
	if r := contrastRatio(Contrast(Ink), Contrast(Paper)); r < 18 {
		t.Errorf("high-contrast ink on paper is %.2f:1", r)
	}
}

// Every palette colour has a twin, different from the normal colour except white,
// and a colour outside the palette is left alone.
func TestEveryPaletteColourHasATwin(t *testing.T) {
	for _, c := range []color.RGBA{Ink, InkSoft, Paper, CardHover, Line, Teal, TealLight, Focus, Good, Bad, Selected, Muted} {
		if Contrast(c) == color.Color(c) {
			t.Errorf("%v has no high-contrast twin", c)
		}
	}
	if Contrast(Shade) != color.Color(Shade) {
		t.Error("the overlay shade changed")
	}
}

// The theme lookup allocates nothing: it runs on every draw call.
func TestContrastAllocatesNothing(t *testing.T) {
	var clr color.Color = Teal
	if n := testing.AllocsPerRun(100, func() { _ = Contrast(clr) }); n != 0 {
		t.Errorf("Contrast allocates %v times", n)
	}
}

// The canvas reads a colour by its type (so passing one allocates nothing): every
// image/color type must draw exactly the colour its RGBA method gives.
func TestCanvasReadsEveryColorTypeRight(t *testing.T) {
	for _, c := range []color.Color{
		Teal, color.NRGBA{0x10, 0x80, 0xf0, 0x80}, color.RGBA64{0x1000, 0x2000, 0x3000, 0xffff},
		color.NRGBA64{0x1000, 0x2000, 0x3000, 0x8000}, color.Gray{0x40}, color.Gray16{0x4000},
		color.Alpha{0x80}, color.Alpha16{0x8000}, color.CMYK{10, 20, 30, 40},
		color.YCbCr{100, 120, 140}, color.NYCbCrA{color.YCbCr{100, 120, 140}, 0x80},
	} {
		r, g, b, a := rgbaOf(c)
		wr, wg, wb, wa := c.RGBA()
		if r != wr || g != wg || b != wb || a != wa {
			t.Errorf("%T %v: canvas reads %d,%d,%d,%d, want %d,%d,%d,%d", c, c, r, g, b, a, wr, wg, wb, wa)
		}
	}
	if n := testing.AllocsPerRun(100, func() { rgbaOf(Contrast(Focus)) }); n != 0 {
		t.Errorf("reading a palette colour allocates %v times", n)
	}
}

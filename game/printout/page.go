// Package printout lays out the one-page career report and the student handout, and
// writes them as a PDF (written by pdf.go: text, lines and boxes, the Go fonts embedded) or as a
// PNG drawn on the CPU. Both come from the same list of marks, so the picture and the
// PDF show the same page. It is pure Go with no Ebitengine import: cmd/career, tests
// and the game's report screen all use it.
//
// A page is black-and-white readable: meaning is carried by words and numbers, never
// by colour alone, and the output bytes depend only on the input (no dates).
package printout

import (
	"fmt"
	"strings"
	"sync"

	gofonts "github.com/hsmgame/healthmanager/assets/fonts"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Paper is a page size.
type Paper string

const (
	// Letter is US Letter, 8.5 by 11 inches.
	Letter Paper = "letter"
	// A4 is 210 by 297 mm.
	A4 Paper = "a4"
)

// ParsePaper reads a paper name ("" is Letter).
func ParsePaper(s string) (Paper, error) {
	switch strings.ToLower(s) {
	case "", "letter", "us-letter":
		return Letter, nil
	case "a4":
		return A4, nil
	}
	return "", fmt.Errorf("unknown paper %q: use letter or a4", s)
}

// size is the page size in points (1/72 inch).
func (p Paper) size() (w, h float64) {
	if p == A4 {
		return 595, 842
	}
	return 612, 792
}

// RGB is a colour; every mark also reads in greyscale.
type RGB struct{ R, G, B uint8 }

var (
	ink    = RGB{0x1a, 0x1a, 0x1a}
	soft   = RGB{0x4a, 0x4a, 0x4a}
	accent = RGB{0x0b, 0x5e, 0x63} // dark teal: prints as near-black
	rule   = RGB{0x99, 0x99, 0x99}
	shade  = RGB{0xee, 0xee, 0xee}
)

type markKind int

const (
	markText markKind = iota
	markLine
	markRect // filled
	markBox  // outlined
)

// mark is one thing on the page, in points from the top-left; a text's y is its
// baseline.
type mark struct {
	kind         markKind
	x, y, x2, y2 float64 // a line's ends; a rect's x, y, width (x2), height (y2)
	text         string
	size         float64
	bold         bool
	color        RGB
	width        float64 // line width
}

// page is a laid-out page: its size and its marks.
type page struct {
	w, h  float64
	marks []mark
}

// fonts are the Go fonts, parsed once.
var fonts = sync.OnceValues(func() ([2]*sfnt.Font, error) {
	r, err := opentype.Parse(gofonts.Regular)
	if err != nil {
		return [2]*sfnt.Font{}, err
	}
	b, err := opentype.Parse(gofonts.Bold)
	return [2]*sfnt.Font{r, b}, err
})

// measurer measures text in points with the Go fonts.
type measurer struct {
	fonts [2]*sfnt.Font
	faces map[faceKey]font.Face
}

type faceKey struct {
	size float64
	bold bool
}

func newMeasurer() (*measurer, error) {
	f, err := fonts()
	if err != nil {
		return nil, err
	}
	return &measurer{fonts: f, faces: map[faceKey]font.Face{}}, nil
}

func (m *measurer) face(size float64, bold bool) font.Face {
	k := faceKey{size, bold}
	if f, ok := m.faces[k]; ok {
		return f
	}
	i := 0
	if bold {
		i = 1
	}
	f, err := opentype.NewFace(m.fonts[i], &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	m.faces[k] = f
	return f
}

func (m *measurer) width(s string, size float64, bold bool) float64 {
	f := m.face(size, bold)
	if f == nil {
		return float64(len(s)) * size / 2
	}
	return fixed26(font.MeasureString(f, s))
}

func fixed26(v fixed.Int26_6) float64 { return float64(v) / 64 }

// wrap breaks s into lines no wider than w: at spaces, and inside a word only when
// the word alone is wider than the line.
func (m *measurer) wrap(s string, size float64, bold bool, w float64) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if m.width(try, size, bold) <= w {
				line = try
				continue
			}
			if line != "" {
				out = append(out, line)
			}
			line = word
			for m.width(line, size, bold) > w && len([]rune(line)) > 1 {
				rs := []rune(line)
				n := len(rs) - 1
				for n > 1 && m.width(string(rs[:n]), size, bold) > w {
					n--
				}
				out = append(out, string(rs[:n]))
				line = string(rs[n:])
			}
		}
		out = append(out, line)
	}
	return out
}

// pen writes down a column, wrapping text, and knows where the column ends.
type pen struct {
	m       *measurer
	p       *page
	x, w    float64
	y, ymax float64
	// hsize is the heading size (0 is 10 points).
	hsize float64
}

// lead is the line height for a text size.
func lead(size float64) float64 { return size * 1.22 }

// fits reports whether n lines of size fit below the pen.
func (p *pen) fits(h float64) bool { return p.y+h <= p.ymax }

// height is how tall s would be wrapped at size.
func (p *pen) height(s string, size float64, bold bool, indent float64) float64 {
	return float64(len(p.m.wrap(s, size, bold, p.w-indent))) * lead(size)
}

// text writes s wrapped; lines past the column's end are left out and the last
// written one ends in "…". It reports whether all of it fit.
func (p *pen) text(s string, size float64, bold bool, c RGB, indent float64) bool {
	lines := p.m.wrap(s, size, bold, p.w-indent)
	for i, l := range lines {
		if !p.fits(lead(size)) {
			return false
		}
		if i < len(lines)-1 && !p.fits(2*lead(size)) {
			l = strings.TrimRight(l, " ,.;:") + " …"
		}
		p.y += lead(size)
		p.p.marks = append(p.p.marks, mark{kind: markText, x: p.x + indent, y: p.y - size*0.22, text: l, size: size, bold: bold, color: c})
		if i < len(lines)-1 && !p.fits(lead(size)) {
			return false
		}
	}
	return true
}

// heading writes a section heading with a rule above it.
func (p *pen) heading(s string) {
	p.y += 5
	p.p.marks = append(p.p.marks, mark{kind: markLine, x: p.x, y: p.y, x2: p.x + p.w, y2: p.y, color: rule, width: 0.6})
	p.y += 2
	size := p.hsize
	if size == 0 {
		size = 10
	}
	p.text(s, size, true, accent, 0)
	p.y += 1
}

func (pg *page) line(x1, y1, x2, y2, w float64, c RGB) {
	pg.marks = append(pg.marks, mark{kind: markLine, x: x1, y: y1, x2: x2, y2: y2, width: w, color: c})
}

func (pg *page) rect(x, y, w, h float64, c RGB) {
	pg.marks = append(pg.marks, mark{kind: markRect, x: x, y: y, x2: w, y2: h, color: c})
}

func (pg *page) box(x, y, w, h, lw float64, c RGB) {
	pg.marks = append(pg.marks, mark{kind: markBox, x: x, y: y, x2: w, y2: h, width: lw, color: c})
}

func (pg *page) text(s string, x, y, size float64, bold bool, c RGB) {
	pg.marks = append(pg.marks, mark{kind: markText, x: x, y: y, text: s, size: size, bold: bold, color: c})
}

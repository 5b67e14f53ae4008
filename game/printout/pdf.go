package printout

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"slices"
	"strconv"

	gofonts "github.com/hsmgame/healthmanager/assets/fonts"
	"github.com/hsmgame/healthmanager/game"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// PDF writes the career report as a one-page PDF on paper, in lang, with the Go
// fonts embedded (UTF-8, so every accent prints). The same report gives the same
// bytes: no date is written.
func PDF(r game.Report, cat game.Catalog, lang string, paper Paper) ([]byte, error) {
	pg, err := reportPage(r, cat, lang, paper)
	if err != nil {
		return nil, err
	}
	return writePDF(pg)
}

// The PDF is written here rather than by a PDF library: the page holds only text,
// lines and rectangles, and a library (with its image decoders, encryption and
// importers) added about 1.6 MB to the browser build. Text is written as glyph ids
// of the embedded TrueType fonts (Type0, Identity-H), with a ToUnicode map so a
// reader can copy and search it, and kerned as the measurer measured it.

// pdfFont is one embedded font and the glyphs the page uses.
type pdfFont struct {
	f     *sfnt.Font
	ttf   []byte
	name  string
	upem  float64
	used  map[sfnt.GlyphIndex]rune
	buf   sfnt.Buffer
	ppem  fixed.Int26_6
	width map[sfnt.GlyphIndex]int
}

// units turns a value in 26.6 font units (measured at ppem = units per em) into
// thousandths of an em, as PDF font metrics are written.
func (pf *pdfFont) units(v fixed.Int26_6) int {
	return int(float64(v) / 64 * 1000 / pf.upem)
}

// glyphs writes s as a TJ array of glyph ids with kerning, noting the glyphs used.
func (pf *pdfFont) glyphs(s string) string {
	var b bytes.Buffer
	b.WriteString("[<")
	prev := sfnt.GlyphIndex(0)
	for i, r := range s {
		g, err := pf.f.GlyphIndex(&pf.buf, r)
		if err != nil {
			g = 0
		}
		if i > 0 && prev != 0 && g != 0 {
			if k, err := pf.f.Kern(&pf.buf, prev, g, pf.ppem, font.HintingNone); err == nil && k != 0 {
				fmt.Fprintf(&b, "> %d <", -pf.units(k))
			}
		}
		if old, ok := pf.used[g]; !ok || r < old {
			pf.used[g] = r
		}
		if _, ok := pf.width[g]; !ok {
			adv, err := pf.f.GlyphAdvance(&pf.buf, g, pf.ppem, font.HintingNone)
			if err != nil {
				adv = 0
			}
			pf.width[g] = pf.units(adv)
		}
		fmt.Fprintf(&b, "%04X", uint16(g))
		prev = g
	}
	b.WriteString(">] TJ")
	return b.String()
}

func newPDFFont(ttf []byte, name string) (*pdfFont, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, err
	}
	upem := float64(f.UnitsPerEm())
	return &pdfFont{f: f, ttf: ttf, name: name, upem: upem, ppem: fixed.Int26_6(f.UnitsPerEm()) << 6,
		used: map[sfnt.GlyphIndex]rune{}, width: map[sfnt.GlyphIndex]int{}}, nil
}

// pdfWriter collects numbered objects and writes them with their cross-reference table.
type pdfWriter struct {
	objs [][]byte
}

// add reserves the next object number.
func (w *pdfWriter) add() int {
	w.objs = append(w.objs, nil)
	return len(w.objs)
}

func (w *pdfWriter) set(n int, body string) { w.objs[n-1] = []byte(body) }

// stream sets object n to a deflated stream with extra dictionary entries.
func (w *pdfWriter) stream(n int, dict string, data []byte) error {
	var z bytes.Buffer
	zw, err := zlib.NewWriterLevel(&z, zlib.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "<< /Filter /FlateDecode /Length %d%s >>\nstream\n", z.Len(), dict)
	b.Write(z.Bytes())
	b.WriteString("\nendstream")
	w.objs[n-1] = b.Bytes()
	return nil
}

func (w *pdfWriter) bytes() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(w.objs))
	for i, o := range w.objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		b.Write(o)
		b.WriteString("\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(w.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(w.objs)+1, xref)
	return b.Bytes()
}

// num writes a coordinate with at most three decimals.
func num(v float64) string {
	return strconv.FormatFloat(float64(int64(v*1000+copysignHalf(v)))/1000, 'f', -1, 64)
}

func copysignHalf(v float64) float64 {
	if v < 0 {
		return -0.5
	}
	return 0.5
}

func rgb(c RGB) string {
	return num(float64(c.R)/255) + " " + num(float64(c.G)/255) + " " + num(float64(c.B)/255)
}

func writePDF(pg *page) ([]byte, error) {
	regular, err := newPDFFont(gofonts.Regular, "GoRegular")
	if err != nil {
		return nil, fmt.Errorf("printout: the regular font: %w", err)
	}
	bold, err := newPDFFont(gofonts.Bold, "GoBold")
	if err != nil {
		return nil, fmt.Errorf("printout: the bold font: %w", err)
	}
	var c bytes.Buffer
	for _, mk := range pg.marks {
		switch mk.kind {
		case markText:
			pf, name := regular, "/F1"
			if mk.bold {
				pf, name = bold, "/F2"
			}
			fmt.Fprintf(&c, "BT %s %s Tf %s rg %s %s Td %s ET\n", name, num(mk.size), rgb(mk.color),
				num(mk.x), num(pg.h-mk.y), pf.glyphs(mk.text))
		case markLine:
			fmt.Fprintf(&c, "%s w %s RG %s %s m %s %s l S\n", num(mk.width), rgb(mk.color),
				num(mk.x), num(pg.h-mk.y), num(mk.x2), num(pg.h-mk.y2))
		case markRect:
			fmt.Fprintf(&c, "%s rg %s %s %s %s re f\n", rgb(mk.color),
				num(mk.x), num(pg.h-mk.y-mk.y2), num(mk.x2), num(mk.y2))
		case markBox:
			fmt.Fprintf(&c, "%s w %s RG %s %s %s %s re S\n", num(mk.width), rgb(mk.color),
				num(mk.x), num(pg.h-mk.y-mk.y2), num(mk.x2), num(mk.y2))
		}
	}

	var w pdfWriter
	catalog, pages, pageObj, content := w.add(), w.add(), w.add(), w.add()
	w.set(catalog, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	w.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", pageObj))
	if err := w.stream(content, "", c.Bytes()); err != nil {
		return nil, err
	}
	fontRefs := ""
	for i, pf := range []*pdfFont{regular, bold} {
		if len(pf.used) == 0 {
			continue
		}
		n, err := w.font(pf)
		if err != nil {
			return nil, err
		}
		fontRefs += fmt.Sprintf(" /F%d %d 0 R", i+1, n)
	}
	w.set(pageObj, fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources << /Font <<%s >> >> /Contents %d 0 R >>",
		pages, num(pg.w), num(pg.h), fontRefs, content))
	return w.bytes(), nil
}

// font writes an embedded Type0 font and returns its object number.
func (w *pdfWriter) font(pf *pdfFont) (int, error) {
	type0, cid, desc, file, tounicode := w.add(), w.add(), w.add(), w.add(), w.add()
	gids := make([]sfnt.GlyphIndex, 0, len(pf.used))
	for g := range pf.used {
		gids = append(gids, g)
	}
	slices.Sort(gids)

	var widths bytes.Buffer
	for _, g := range gids {
		fmt.Fprintf(&widths, "%d [%d] ", g, pf.width[g])
	}
	var cmap bytes.Buffer
	cmap.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(gids); i += 100 {
		chunk := gids[i:min(i+100, len(gids))]
		fmt.Fprintf(&cmap, "%d beginbfchar\n", len(chunk))
		for _, g := range chunk {
			fmt.Fprintf(&cmap, "<%04X> <", uint16(g))
			for _, u := range utf16be(pf.used[g]) {
				fmt.Fprintf(&cmap, "%04X", u)
			}
			cmap.WriteString(">\n")
		}
		cmap.WriteString("endbfchar\n")
	}
	cmap.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")

	bounds, err := pf.f.Bounds(&pf.buf, pf.ppem, font.HintingNone)
	if err != nil {
		return 0, err
	}
	m, err := pf.f.Metrics(&pf.buf, pf.ppem, font.HintingNone)
	if err != nil {
		return 0, err
	}
	capHeight := m.CapHeight
	if capHeight == 0 {
		capHeight = m.Ascent
	}

	w.set(type0, fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>",
		pf.name, cid, tounicode))
	w.set(cid, fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 0 /W [%s] /CIDToGIDMap /Identity >>",
		pf.name, desc, widths.String()))
	// sfnt's y axis points down: the box's top is -Min.Y, its bottom -Max.Y.
	w.set(desc, fmt.Sprintf("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %d 0 R >>",
		pf.name, pf.units(bounds.Min.X), -pf.units(bounds.Max.Y), pf.units(bounds.Max.X), -pf.units(bounds.Min.Y),
		pf.units(m.Ascent), -pf.units(m.Descent), pf.units(capHeight), file))
	if err := w.stream(file, fmt.Sprintf(" /Length1 %d", len(pf.ttf)), pf.ttf); err != nil {
		return 0, err
	}
	if err := w.stream(tounicode, "", cmap.Bytes()); err != nil {
		return 0, err
	}
	return type0, nil
}

// utf16be is r in UTF-16 code units.
func utf16be(r rune) []uint16 {
	if r < 0x10000 {
		return []uint16{uint16(r)}
	}
	r -= 0x10000
	return []uint16{uint16(0xd800 + (r>>10)&0x3ff), uint16(0xdc00 + r&0x3ff)}
}

// Command fontsubset writes the game's fonts (assets/fonts) from the Go fonts in
// golang.org/x/image: the same glyphs for the characters the game can show, without
// the rest (Greek, Cyrillic, box drawing...) and without hinting instructions (the
// game and its PDF rasterise unhinted). Each font goes from about 150 KB to about 60.
//
//	go run ./cmd/fontsubset            # rewrites assets/fonts/*.ttf
//
// Kept: Basic Latin, Latin-1, Latin Extended-A (names teachers type: ñ, ł, ő, ş...),
// general punctuation, currency signs and a few symbols the screens use (arrows,
// ≤ ≥ − ÷ ×, ▲ ▼ ●, ✓ ✗, ★, ™). assets/fonts/fonts_test.go checks that every
// character in the game's strings and content has its glyph. Glyph numbers are
// kept; the character map lists only the kept characters, so anything else shows
// the missing-glyph box instead of a wrong letter.
package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

func keep(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7f, r >= 0xa0 && r < 0x180:
		return true
	case r >= 0x2010 && r < 0x2070: // dashes, quotes, bullets, ellipsis, primes
		return true
	case r >= 0x20a0 && r < 0x20c0: // currency
		return true
	case r >= 0x2190 && r < 0x2200: // arrows
		return true
	case r >= 0x25a0 && r < 0x2600: // geometric shapes
		return true
	}
	switch r {
	case 0x2c6, 0x2dc, 0x2122, 0x2212, 0x2264, 0x2265, 0x2248, 0x2260, 0x221e,
		0x2605, 0x2606, 0x2713, 0x2714, 0x2717, 0x2718, 0x2026:
		return true
	}
	return false
}

func main() {
	dir := filepath.Join("assets", "fonts")
	for _, f := range []struct {
		name, from string
		src        []byte
	}{
		{"go-regular.ttf", "Go Regular", goregular.TTF},
		{"go-bold.ttf", "Go Bold", gobold.TTF},
	} {
		src := f.src
		out, kept, err := subset(src)
		if err != nil {
			fail(fmt.Errorf("%s: %w", f.from, err))
		}
		if err := os.WriteFile(filepath.Join(dir, f.name), out, 0o644); err != nil {
			fail(err)
		}
		fmt.Printf("%s: %d -> %d bytes, %d characters\n", f.name, len(src), len(out), kept)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "fontsubset:", err)
	os.Exit(1)
}

type table struct {
	tag  string
	data []byte
}

func subset(src []byte) ([]byte, int, error) {
	if len(src) < 12 {
		return nil, 0, errors.New("too short")
	}
	n := int(binary.BigEndian.Uint16(src[4:]))
	tabs := map[string][]byte{}
	var order []string
	for i := 0; i < n; i++ {
		rec := src[12+16*i:]
		tag := string(rec[:4])
		off, ln := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if int(off+ln) > len(src) {
			return nil, 0, fmt.Errorf("table %s runs past the end", tag)
		}
		tabs[tag] = src[off : off+ln]
		order = append(order, tag)
	}
	for _, t := range []string{"cmap", "glyf", "loca", "head", "maxp", "hhea", "hmtx"} {
		if tabs[t] == nil {
			return nil, 0, fmt.Errorf("no %s table", t)
		}
	}
	head := append([]byte{}, tabs["head"]...)
	numGlyphs := int(binary.BigEndian.Uint16(tabs["maxp"][4:]))
	longLoca := binary.BigEndian.Uint16(head[50:]) == 1
	loca := make([]int, numGlyphs+1)
	for i := range loca {
		if longLoca {
			loca[i] = int(binary.BigEndian.Uint32(tabs["loca"][4*i:]))
		} else {
			loca[i] = 2 * int(binary.BigEndian.Uint16(tabs["loca"][2*i:]))
		}
	}
	cmap, err := readCmap(tabs["cmap"])
	if err != nil {
		return nil, 0, err
	}
	// the glyphs to keep: .notdef, the kept characters' and their components
	glyf := tabs["glyf"]
	want := map[int]bool{0: true}
	var chars []rune
	for r, g := range cmap {
		if keep(r) && g < numGlyphs {
			chars = append(chars, r)
			want[g] = true
		}
	}
	sort.Slice(chars, func(i, j int) bool { return chars[i] < chars[j] })
	for changed := true; changed; {
		changed = false
		for g := range want {
			for _, c := range components(glyf[loca[g]:loca[g+1]]) {
				if c < numGlyphs && !want[c] {
					want[c], changed = true, true
				}
			}
		}
	}
	// the new glyf and loca (long offsets, each glyph 4-byte aligned)
	var newGlyf []byte
	newLoca := make([]byte, 4*(numGlyphs+1))
	for g := 0; g < numGlyphs; g++ {
		binary.BigEndian.PutUint32(newLoca[4*g:], uint32(len(newGlyf)))
		if want[g] {
			newGlyf = append(newGlyf, stripInstructions(glyf[loca[g]:loca[g+1]])...)
			for len(newGlyf)%4 != 0 {
				newGlyf = append(newGlyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(newLoca[4*numGlyphs:], uint32(len(newGlyf)))
	binary.BigEndian.PutUint16(head[50:], 1)
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set below
	newCmap := writeCmap(chars, cmap)
	// post format 3: no glyph names
	post := append([]byte{}, tabs["post"][:32]...)
	binary.BigEndian.PutUint32(post[0:], 0x00030000)
	var out []table
	for _, tag := range order {
		switch tag {
		case "fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX":
			continue // hinting: the game does not hint
		case "glyf":
			out = append(out, table{tag, newGlyf})
		case "loca":
			out = append(out, table{tag, newLoca})
		case "head":
			out = append(out, table{tag, head})
		case "cmap":
			out = append(out, table{tag, newCmap})
		case "post":
			out = append(out, table{tag, post})
		default:
			out = append(out, table{tag, tabs[tag]})
		}
	}
	return assemble(out), len(chars), nil
}

// readCmap reads the Windows Unicode BMP subtable (3,1), format 4.
func readCmap(b []byte) (map[rune]int, error) {
	n := int(binary.BigEndian.Uint16(b[2:]))
	for i := 0; i < n; i++ {
		pid, eid := binary.BigEndian.Uint16(b[4+8*i:]), binary.BigEndian.Uint16(b[6+8*i:])
		off := int(binary.BigEndian.Uint32(b[8+8*i:]))
		if pid != 3 || eid != 1 || binary.BigEndian.Uint16(b[off:]) != 4 {
			continue
		}
		s := b[off:]
		segs := int(binary.BigEndian.Uint16(s[6:])) / 2
		ends, starts := s[14:], s[16+2*segs:]
		deltas, ros := s[16+4*segs:], s[16+6*segs:]
		m := map[rune]int{}
		for k := 0; k < segs; k++ {
			end, start := int(binary.BigEndian.Uint16(ends[2*k:])), int(binary.BigEndian.Uint16(starts[2*k:]))
			delta, ro := int(int16(binary.BigEndian.Uint16(deltas[2*k:]))), int(binary.BigEndian.Uint16(ros[2*k:]))
			for c := start; c <= end && c != 0xffff; c++ {
				g := 0
				if ro == 0 {
					g = (c + delta) & 0xffff
				} else {
					at := 16 + 6*segs + 2*k + ro + 2*(c-start)
					if g = int(binary.BigEndian.Uint16(s[at:])); g != 0 {
						g = (g + delta) & 0xffff
					}
				}
				if g != 0 {
					m[rune(c)] = g
				}
			}
		}
		return m, nil
	}
	return nil, errors.New("no (3,1) format 4 character map")
}

// writeCmap writes a cmap with one (3,1) format 4 subtable for chars.
func writeCmap(chars []rune, cmap map[rune]int) []byte {
	type seg struct{ start, end, delta int }
	var segs []seg
	for _, r := range chars {
		c, g := int(r), cmap[r]
		if l := len(segs) - 1; l >= 0 && segs[l].end == c-1 && (segs[l].delta+c)&0xffff == g {
			segs[l].end = c
			continue
		}
		segs = append(segs, seg{c, c, (g - c) & 0xffff})
	}
	segs = append(segs, seg{0xffff, 0xffff, 1})
	n := len(segs)
	sub := make([]byte, 16+8*n)
	binary.BigEndian.PutUint16(sub[0:], 4)
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)))
	binary.BigEndian.PutUint16(sub[6:], uint16(2*n))
	sr := 1
	for sr*2 <= n {
		sr *= 2
	}
	binary.BigEndian.PutUint16(sub[8:], uint16(2*sr))
	es := 0
	for 1<<(es+1) <= sr {
		es++
	}
	binary.BigEndian.PutUint16(sub[10:], uint16(es))
	binary.BigEndian.PutUint16(sub[12:], uint16(2*n-2*sr))
	for k, s := range segs {
		binary.BigEndian.PutUint16(sub[14+2*k:], uint16(s.end))
		binary.BigEndian.PutUint16(sub[16+2*n+2*k:], uint16(s.start))
		binary.BigEndian.PutUint16(sub[16+4*n+2*k:], uint16(s.delta))
		// idRangeOffset stays 0
	}
	out := make([]byte, 12, 12+len(sub))
	binary.BigEndian.PutUint16(out[2:], 1)
	binary.BigEndian.PutUint16(out[4:], 3)
	binary.BigEndian.PutUint16(out[6:], 1)
	binary.BigEndian.PutUint32(out[8:], 12)
	return append(out, sub...)
}

// components lists the glyphs a composite glyph is made of.
func components(g []byte) []int {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return nil
	}
	var out []int
	p := 10
	for {
		flags := binary.BigEndian.Uint16(g[p:])
		out = append(out, int(binary.BigEndian.Uint16(g[p+2:])))
		p += 4 + componentArgs(flags)
		if flags&0x20 == 0 { // MORE_COMPONENTS
			return out
		}
	}
}

func componentArgs(flags uint16) int {
	n := 2
	if flags&1 != 0 { // ARG_1_AND_2_ARE_WORDS
		n = 4
	}
	switch {
	case flags&0x8 != 0: // WE_HAVE_A_SCALE
		n += 2
	case flags&0x40 != 0: // X_AND_Y_SCALE
		n += 4
	case flags&0x80 != 0: // TWO_BY_TWO
		n += 8
	}
	return n
}

// stripInstructions returns the glyph without its hinting instructions.
func stripInstructions(g []byte) []byte {
	if len(g) < 10 {
		return g
	}
	nc := int(int16(binary.BigEndian.Uint16(g)))
	if nc >= 0 {
		at := 10 + 2*nc
		il := int(binary.BigEndian.Uint16(g[at:]))
		out := append([]byte{}, g[:at]...)
		out = append(out, 0, 0)
		return append(out, g[at+2+il:]...)
	}
	out := append([]byte{}, g...)
	p := 10
	for {
		flags := binary.BigEndian.Uint16(out[p:])
		next := p + 4 + componentArgs(flags)
		if flags&0x20 == 0 {
			if flags&0x100 != 0 { // WE_HAVE_INSTRUCTIONS: drop them
				binary.BigEndian.PutUint16(out[p:], flags&^0x100)
				out = out[:next]
			}
			return out
		}
		p = next
	}
}

// assemble writes the tables as a TrueType file with its checksums.
func assemble(tabs []table) []byte {
	sort.Slice(tabs, func(i, j int) bool { return tabs[i].tag < tabs[j].tag })
	n := len(tabs)
	hdr := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(hdr[0:], 0x00010000)
	binary.BigEndian.PutUint16(hdr[4:], uint16(n))
	sr := 1
	es := 0
	for sr*2 <= n {
		sr *= 2
		es++
	}
	binary.BigEndian.PutUint16(hdr[6:], uint16(16*sr))
	binary.BigEndian.PutUint16(hdr[8:], uint16(es))
	binary.BigEndian.PutUint16(hdr[10:], uint16(16*n-16*sr))
	body := []byte{}
	headAt := -1
	for i, t := range tabs {
		off := len(hdr) + len(body)
		rec := hdr[12+16*i:]
		copy(rec, t.tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(t.data))
		binary.BigEndian.PutUint32(rec[8:], uint32(off))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t.data)))
		if t.tag == "head" {
			headAt = off
		}
		body = append(body, t.data...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	out := append(hdr, body...)
	if headAt >= 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xb1b0afba-checksum(out))
	}
	return out
}

func checksum(b []byte) uint32 {
	var s uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		s += binary.BigEndian.Uint32(w[:])
	}
	return s
}

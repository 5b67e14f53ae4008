package fonts_test

import (
	"reflect"
	"sort"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/assets/fonts"
	"github.com/hsmgame/healthmanager/scenarios"
)

// Every character the game can show, in both languages, in its strings and in its
// content, has a drawn glyph in both fonts: the fonts are cut to the characters the
// game uses (cmd/fontsubset), and a missing one would show as an empty box.
func TestFontsCoverEveryCharacterTheGameShows(t *testing.T) {
	runes := map[rune]bool{}
	add := func(s string) {
		for _, r := range s {
			runes[r] = true
		}
	}
	for _, lang := range []string{"en", "es"} {
		cat, err := assets.Catalog(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range cat {
			add(v)
		}
	}
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	walkStrings(reflect.ValueOf(c).Elem(), add)
	// and what a player types: Spanish and other Latin names
	add("ÁÉÍÓÚÜÑáéíóúüñ¿¡ÇçÀÈÌÒÙàèìòùÂÊÎÔÛâêîôûÄËÏÖäëïöÿŁłŚśŻżĆćŃńŐőŰűŞşĞğİıČčŠšŽžŘřĚěŮů€£¥$¢“”‘’–—…•·×÷−≤≥▲▼●™")
	if len(runes) < 100 {
		t.Fatalf("only %d characters found: the walk missed the content", len(runes))
	}
	for name, data := range map[string][]byte{"regular": fonts.Regular, "bold": fonts.Bold} {
		f, err := sfnt.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var b sfnt.Buffer
		var missing []string
		for r := range runes {
			if unicode.IsSpace(r) || unicode.IsControl(r) || r == 0xfe0f || r == 0x200b {
				continue
			}
			gi, err := f.GlyphIndex(&b, r)
			if err != nil || gi == 0 {
				missing = append(missing, string(r)+" U+"+hex(r))
				continue
			}
			segs, err := f.LoadGlyph(&b, gi, 1<<6*16, nil)
			if err != nil || (len(segs) == 0 && r != ' ' && r != 0xa0) {
				missing = append(missing, string(r)+" (no outline) U+"+hex(r))
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Errorf("%s: %d characters without a glyph: %v (add them to keep() in cmd/fontsubset and run it)", name, len(missing), missing)
		}
	}
}

func hex(r rune) string {
	const digits = "0123456789ABCDEF"
	s := ""
	for i := 0; i < 4; i++ {
		s = string(digits[r&15]) + s
		r >>= 4
	}
	return s
}

func walkStrings(v reflect.Value, add func(string)) {
	switch v.Kind() {
	case reflect.String:
		add(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), add)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), add)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			walkStrings(it.Key(), add)
			walkStrings(it.Value(), add)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walkStrings(v.Field(i), add)
			}
		}
	}
}

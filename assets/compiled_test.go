package assets

import (
	"bytes"
	"maps"
	"testing"
)

// The compact string tables the game embeds are the YAML, exactly: edit a string and
// forget to rebuild them, and this fails with the command that does.
func TestCompiledStringsMatchTheYAML(t *testing.T) {
	want, err := CompileStrings()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, compiled) {
		t.Fatal("assets/strings.bin is older than the YAML: run go run ./cmd/scencheck -catalog assets/strings.bin")
	}
	for _, l := range append(Languages, "xx") {
		y, err := CatalogYAML(l)
		if err != nil {
			t.Fatal(err)
		}
		c, err := Catalog(l)
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(y, c) {
			t.Errorf("%s: the compact strings differ from the YAML's", l)
		}
	}
}

// A broken table is refused with an error, never a crash.
func TestBrokenStringTablesAreRefused(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not one":   []byte("app.title: x\n"),
		"cut short": compiled[:len(compiled)/2],
		"extra":     append(append([]byte{}, compiled...), 1),
	} {
		if c, err := decodeStrings(data, "es"); err == nil || c != nil {
			t.Errorf("%s: decoded", name)
		}
	}
}

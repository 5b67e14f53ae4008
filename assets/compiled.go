package assets

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"github.com/hsmgame/healthmanager/game"
)

// Languages are the languages the game's strings are written in.
var Languages = []string{"en", "es"}

//go:embed strings.bin
var compiled []byte

// The compact form of the string tables:
//
//	"HSMS" version
//	the ids: count, then each id's length and bytes (sorted)
//	the languages: count, then each one's name and, for every id in order, 0 when
//	it has no string there or the string's length plus one and its bytes
const stringsMagic = "HSMS"
const stringsVersion = 1

// Catalog returns the UI strings for lang from the compact tables. English is the
// base; an id another language lacks shows in English, and an unknown language is
// English.
func Catalog(lang string) (game.Catalog, error) {
	cat, err := decodeStrings(compiled, lang)
	if err != nil {
		return nil, fmt.Errorf("assets/strings.bin: %w (rebuild it with: go run ./cmd/scencheck -catalog assets/strings.bin)", err)
	}
	return cat, nil
}

// CompileStrings writes every language's YAML in the compact form.
func CompileStrings() ([]byte, error) {
	cats := map[string]game.Catalog{}
	ids := map[string]bool{}
	for _, l := range Languages {
		c, err := load(l)
		if err != nil {
			return nil, err
		}
		cats[l] = c
		for k := range c {
			ids[k] = true
		}
	}
	keys := make([]string, 0, len(ids))
	for k := range ids {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := []byte(stringsMagic)
	out = binary.AppendUvarint(out, stringsVersion)
	out = binary.AppendUvarint(out, uint64(len(keys)))
	for _, k := range keys {
		out = binary.AppendUvarint(out, uint64(len(k)))
		out = append(out, k...)
	}
	out = binary.AppendUvarint(out, uint64(len(Languages)))
	for _, l := range Languages {
		out = binary.AppendUvarint(out, uint64(len(l)))
		out = append(out, l...)
		for _, k := range keys {
			v, ok := cats[l][k]
			if !ok {
				out = binary.AppendUvarint(out, 0)
				continue
			}
			out = binary.AppendUvarint(out, uint64(len(v))+1)
			out = append(out, v...)
		}
	}
	return out, nil
}

type stringsReader struct {
	b   []byte
	all string // b as one string: every string read is a slice of it, not a copy
	p   int
}

var errCut = errors.New("cut short")

func (r *stringsReader) uint() (uint64, error) {
	u, n := binary.Uvarint(r.b[r.p:])
	if n <= 0 {
		return 0, errCut
	}
	r.p += n
	return u, nil
}

func (r *stringsReader) bytes(n uint64) (string, error) {
	if n > uint64(len(r.b)-r.p) {
		return "", errCut
	}
	s := r.all[r.p : r.p+int(n)]
	r.p += int(n)
	return s, nil
}

// decodeStrings reads English and, over it, lang.
func decodeStrings(data []byte, lang string) (game.Catalog, error) {
	if len(data) < len(stringsMagic) || string(data[:len(stringsMagic)]) != stringsMagic {
		return nil, errors.New("not a string table")
	}
	r := &stringsReader{b: data, all: string(data), p: len(stringsMagic)}
	if v, err := r.uint(); err != nil || v != stringsVersion {
		return nil, fmt.Errorf("string table version %d, want %d", v, stringsVersion)
	}
	n, err := r.uint()
	if err != nil || n > uint64(len(data)) {
		return nil, errCut
	}
	keys := make([]string, n)
	for i := range keys {
		l, err := r.uint()
		if err != nil {
			return nil, err
		}
		if keys[i], err = r.bytes(l); err != nil {
			return nil, err
		}
	}
	langs, err := r.uint()
	if err != nil {
		return nil, err
	}
	cat := make(game.Catalog, n)
	for i := uint64(0); i < langs; i++ {
		l, err := r.uint()
		if err != nil {
			return nil, err
		}
		name, err := r.bytes(l)
		if err != nil {
			return nil, err
		}
		use := name == "en" || name == lang
		for _, k := range keys {
			m, err := r.uint()
			if err != nil {
				return nil, err
			}
			if m == 0 {
				continue
			}
			v, err := r.bytes(m - 1)
			if err != nil {
				return nil, err
			}
			if use {
				cat[k] = v
			}
		}
	}
	if r.p != len(data) {
		return nil, errors.New("bytes left over")
	}
	if len(cat) == 0 {
		return nil, errors.New("no English strings")
	}
	return cat, nil
}

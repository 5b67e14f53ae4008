package game

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The glossary explains the job's words a 15-year-old would not know (per diem,
// step-down, covenant…). Its entries live in the string catalog, one language per
// file (assets/lang/<lang>/glossary.yaml), as four keys per term:
//
//	glossary.<id>.term    the headword as the card shows it
//	glossary.<id>.match   the forms to find in a text, separated by "|" (plural, abbreviation)
//	glossary.<id>.def     one or two plain sentences
//	glossary.<id>.source  a public source, when the definition states a legal or numeric fact
//
// so a translation adds its own words and its own forms to match.

// GlossaryPrefix starts every glossary key in the catalog.
const GlossaryPrefix = "glossary."

// GlossaryEntry is one term, read from the catalog in one language.
type GlossaryEntry struct {
	ID     string
	Term   string
	Forms  []string // what Find matches, case-insensitively, as whole words
	Def    string
	Source string // "" when the definition states no fact that needs one
}

// Glossary is every term in one language, ready to find in a text.
type Glossary struct {
	entries []GlossaryEntry // sorted A–Z by term
	byID    map[string]int
	forms   []glossForm // longest first, so "medical loss ratio" wins over "ratio"
}

type glossForm struct {
	text  string
	entry int
}

// NewGlossary reads the glossary's entries from a catalog. An entry without a term
// or a definition is left out (a half-translated file shows nothing, not a key).
func NewGlossary(cat Catalog) *Glossary {
	g := &Glossary{byID: map[string]int{}}
	for k := range cat {
		if !strings.HasPrefix(k, GlossaryPrefix) || !strings.HasSuffix(k, ".term") {
			continue
		}
		id := strings.TrimSuffix(strings.TrimPrefix(k, GlossaryPrefix), ".term")
		e := GlossaryEntry{ID: id, Term: cat[k], Def: cat[GlossaryPrefix+id+".def"], Source: cat[GlossaryPrefix+id+".source"]}
		if e.Term == "" || e.Def == "" {
			continue
		}
		for _, f := range strings.Split(cat[GlossaryPrefix+id+".match"]+"|"+e.Term, "|") {
			if f = strings.TrimSpace(f); f != "" && !containsFold(e.Forms, f) {
				e.Forms = append(e.Forms, f)
			}
		}
		g.entries = append(g.entries, e)
	}
	sort.Slice(g.entries, func(i, j int) bool {
		a, b := strings.ToLower(g.entries[i].Term), strings.ToLower(g.entries[j].Term)
		if a != b {
			return a < b
		}
		return g.entries[i].ID < g.entries[j].ID
	})
	for i, e := range g.entries {
		g.byID[e.ID] = i
		for _, f := range e.Forms {
			g.forms = append(g.forms, glossForm{text: f, entry: i})
		}
	}
	sort.SliceStable(g.forms, func(i, j int) bool { return len(g.forms[i].text) > len(g.forms[j].text) })
	return g
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// Len is the number of terms.
func (g *Glossary) Len() int {
	if g == nil {
		return 0
	}
	return len(g.entries)
}

// Entries returns every term, A–Z.
func (g *Glossary) Entries() []GlossaryEntry {
	if g == nil {
		return nil
	}
	return g.entries
}

// Entry returns the term with this id.
func (g *Glossary) Entry(id string) (GlossaryEntry, bool) {
	if g == nil {
		return GlossaryEntry{}, false
	}
	i, ok := g.byID[id]
	if !ok {
		return GlossaryEntry{}, false
	}
	return g.entries[i], true
}

// GlossaryHit is one term found in a text: bytes [Start, End) of it.
type GlossaryHit struct {
	Start, End int
	ID         string
}

// Find returns the terms in s, in order: case-insensitive, whole words only (a
// letter or digit on either side means another word), the longest form first where
// two overlap. Seen, when not nil, holds the ids already marked on the screen: each
// term is found once per screen, and Find adds what it finds.
func (g *Glossary) Find(s string, seen map[string]bool) []GlossaryHit {
	if g == nil || len(g.forms) == 0 {
		return nil
	}
	var hits []GlossaryHit
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) || (i > 0 && isWordRune(lastRune(s[:i]))) {
			i += size
			continue
		}
		matched := false
		for _, f := range g.forms {
			end := i + len(f.text)
			if end > len(s) || !strings.EqualFold(s[i:end], f.text) {
				continue
			}
			if end < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[end:]); isWordRune(next) {
					continue
				}
			}
			id := g.entries[f.entry].ID
			if seen != nil && seen[id] {
				// already marked on this screen: skip the whole phrase, so its last word
				// is not marked as a shorter term either
				i, matched = end, true
				break
			}
			hits = append(hits, GlossaryHit{Start: i, End: end, ID: id})
			if seen != nil {
				seen[id] = true
			}
			i, matched = end, true
			break
		}
		if !matched {
			i += size
		}
	}
	return hits
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

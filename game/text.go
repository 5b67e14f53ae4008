// Package game holds the rules of the health-administration career game in pure Go:
// the player, the road to the job, the facility's meters, the calendar, the scenario
// engine and the run's history. It never imports Ebitengine, so every rule can be
// tested and driven (by a bot, by a test) without a window.
package game

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// DefaultLang is the language every text must have; other languages fall back to it.
const DefaultLang = "en"

// Text is a player-facing string in one or more languages, keyed by language code.
// In scenario files it is written either as a plain string (English) or as a
// mapping such as {en: "...", es: "..."}.
type Text map[string]string

// T makes an English-only Text, for tests and generated content.
func T(en string) Text { return Text{DefaultLang: en} }

// In returns the text in lang, falling back to English.
func (t Text) In(lang string) string {
	if s, ok := t[lang]; ok && s != "" {
		return s
	}
	return t[DefaultLang]
}

// Empty reports whether the text has no English version.
func (t Text) Empty() bool { return strings.TrimSpace(t[DefaultLang]) == "" }

// UnmarshalYAML accepts a plain string or a language mapping.
func (t *Text) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		*t = Text{DefaultLang: strings.TrimSpace(n.Value)}
		return nil
	case yaml.MappingNode:
		out := Text{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind != yaml.ScalarNode {
				return fmt.Errorf("line %d: text for language %q must be a string", v.Line, k.Value)
			}
			if !knownLang(k.Value) {
				return fmt.Errorf("line %d: unknown language %q (use en or es)", k.Line, k.Value)
			}
			out[k.Value] = strings.TrimSpace(v.Value)
		}
		*t = out
		return nil
	}
	return fmt.Errorf("line %d: expected text (a string, or en:/es: lines)", n.Line)
}

// Langs lists the languages the content format carries.
var Langs = []string{"en", "es"}

func knownLang(l string) bool {
	for _, k := range Langs {
		if k == l {
			return true
		}
	}
	return false
}

// Line is one piece of text the core hands to the screen: either content Text, or a
// key into the UI string catalog with arguments (for text the rules generate).
// Lines are plain data, so they serialise with the save and re-render in any language.
type Line struct {
	Key  string   `json:"key,omitempty"`
	Args []string `json:"args,omitempty"`
	Text Text     `json:"text,omitempty"`
	// Parts are Lines rendered in the same language and filled in after Args
	// ({len(Args)}, {len(Args)+1}, ...), so a template can quote other content.
	Parts []Line `json:"parts,omitempty"`
}

// L makes a catalog Line.
func L(key string, args ...string) Line { return Line{Key: key, Args: args} }

// TL makes a content Line.
func TL(t Text) Line { return Line{Text: t} }

// Catalog maps UI string ids to templates in one language. Templates use {0}, {1}...
type Catalog map[string]string

// Render turns a Line into a string in lang, using cat for keys. A missing key renders
// as the key itself, so a gap is visible rather than blank.
func (l Line) Render(lang string, cat Catalog) string {
	if l.Key == "" {
		return l.Text.In(lang)
	}
	tpl, ok := cat.lookup(l.Key)
	if !ok {
		tpl = l.Key
	}
	if l.Key == ListKey {
		parts := make([]string, len(l.Parts))
		for i, p := range l.Parts {
			parts[i] = p.Render(lang, cat)
		}
		return strings.Join(parts, catOr(cat, "fmt.list_sep", ", "))
	}
	if len(l.Args) == 0 && len(l.Parts) == 0 {
		return tpl
	}
	args := make([]string, 0, len(l.Args)+len(l.Parts))
	for _, a := range l.Args {
		args = append(args, formatArg(a, cat))
	}
	for _, p := range l.Parts {
		args = append(args, p.Render(lang, cat))
	}
	if strings.Contains(tpl, "|") {
		tpl = plurals(tpl, l.Args)
	}
	pairs := make([]string, 0, 2*len(args))
	for i, a := range args {
		pairs = append(pairs, fmt.Sprintf("{%d}", i), a)
	}
	return strings.NewReplacer(pairs...).Replace(tpl)
}

// pluralForm is a template's word that follows a number: {N|one|other} picks "one"
// when argument N is 1 and "other" otherwise ("{0} {0|claim|claims}", "{0|was|were}"),
// so a count never reads "claim(s)". English and Spanish both use one for 1 alone.
var pluralForm = lazyRegexp(`\{(\d+)\|([^|{}]*)\|([^|{}]*)\}`)

func plurals(tpl string, args []string) string {
	return pluralForm().ReplaceAllStringFunc(tpl, func(m string) string {
		p := pluralForm().FindStringSubmatch(m)
		i, _ := strconv.Atoi(p[1])
		if i < len(args) {
			if v, ok := argNumber(args[i]); ok && (v == 1 || v == -1) {
				return p[2]
			}
		}
		return p[3]
	})
}

// lookup finds a key's template. A key may name a variant after "@" (a setting:
// "system.staffing.title@practice"); a catalog without that variant gives the
// key's plain form.
func (cat Catalog) lookup(key string) (string, bool) {
	if tpl, ok := cat[key]; ok {
		return tpl, true
	}
	if i := strings.LastIndexByte(key, '@'); i > 0 {
		tpl, ok := cat[key[:i]]
		return tpl, ok
	}
	return "", false
}

// Has reports whether the catalog can render key (its variant or its plain form).
func (cat Catalog) Has(key string) bool {
	_, ok := cat.lookup(key)
	return ok || key == ListKey
}

// Variant is key's form for a variant (a setting), when there is one.
func Variant(key, variant string) string {
	if variant == "" {
		return key
	}
	return key + "@" + variant
}

// ListKey marks a Line that renders its Parts as a list ("a, b, c").
const ListKey = "fmt.list"

// List makes a Line that renders lines as a list in the player's language.
func List(lines ...Line) Line { return Line{Key: ListKey, Parts: lines} }

// WithParts makes a catalog Line whose last arguments are other Lines (content
// names, say), rendered in the same language: {len(args)}, {len(args)+1}, ...
func WithParts(key string, args []string, parts ...Line) Line {
	return Line{Key: key, Args: args, Parts: parts}
}

// IsZero reports whether the line is empty.
func (l Line) IsZero() bool { return l.Key == "" && l.Text.Empty() }

// Because says which earlier decision caused something. The cause and the choice
// are Lines (Parts), so they render in the player's language; the week is the third
// argument. The first two arguments are left empty: saves from before 2026-12-04
// kept English copies there, and the template ({2} week, {3} cause, {4} choice)
// reads both.
func Because(week int, cause, choice Line) Line {
	return Line{Key: "later.because", Args: []string{"", "", strconv.Itoa(week)}, Parts: []Line{cause, choice}}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

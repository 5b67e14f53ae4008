package assets

import (
	"regexp"
	"slices"
	"sort"
	"testing"
)

var placeholder = regexp.MustCompile(`\{\d+\}`)

// Every English UI string has a Spanish one with the same placeholders, and Spanish
// has no id English lacks (a renamed key left behind).
func TestSpanishCatalogIsComplete(t *testing.T) {
	en, err := load("en")
	if err != nil {
		t.Fatal(err)
	}
	es, err := load("es")
	if err != nil {
		t.Fatal(err)
	}
	var missing, differ, extra []string
	for k, v := range en {
		w, ok := es[k]
		switch {
		case !ok || w == "" && v != "":
			missing = append(missing, k)
		case !slices.Equal(sorted(placeholder.FindAllString(v, -1)), sorted(placeholder.FindAllString(w, -1))):
			differ = append(differ, k)
		}
	}
	for k := range es {
		if _, ok := en[k]; !ok {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(differ)
	sort.Strings(extra)
	if len(missing) > 0 {
		t.Errorf("%d ids have no Spanish, e.g. %v", len(missing), missing[:min(len(missing), 10)])
	}
	if len(differ) > 0 {
		t.Errorf("%d Spanish strings carry other placeholders than the English, e.g. %v", len(differ), differ[:min(len(differ), 10)])
	}
	if len(extra) > 0 {
		t.Errorf("%d Spanish ids have no English, e.g. %v", len(extra), extra[:min(len(extra), 10)])
	}
	t.Logf("%d English ids, %d Spanish", len(en), len(es))
}

func sorted(s []string) []string { sort.Strings(s); return s }

// English counts never hedge with "(s)": the catalog picks the word ({0|one|other}).
func TestNoHedgedPlurals(t *testing.T) {
	en, err := load("en")
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range en {
		if regexp.MustCompile(`\w\(s\)`).MatchString(v) {
			t.Errorf("%s hedges a plural: %q", k, v)
		}
	}
}

// Spanish counts never hedge with "(s)" or "(n)" either.
func TestNoHedgedPluralsInSpanish(t *testing.T) {
	es, err := load("es")
	if err != nil {
		t.Fatal(err)
	}
	hedge := regexp.MustCompile(`\p{L}\((s|es|n)\)`)
	for k, v := range es {
		if hedge.MatchString(v) {
			t.Errorf("%s hedges a plural: %q", k, v)
		}
	}
}

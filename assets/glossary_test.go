package assets

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// gameText is every word the game can show besides the glossary itself: the
// scenario files and the string catalogs, without their comments.
func gameText(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for _, root := range []string{"../scenarios/road", "../scenarios/manager", "lang"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, "glossary.yaml") {
				return err
			}
			data, err := os.ReadFile(p)
			for _, line := range strings.Split(string(data), "\n") {
				if !strings.HasPrefix(strings.TrimSpace(line), "#") { // a comment is no player's text
					b.WriteString(line)
					b.WriteByte('\n')
				}
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

// TestGlossaryTermsAppearInTheGame: no dead entries (every term is found somewhere
// a player reads), and the terms the issue names are all there.
func TestGlossaryTermsAppearInTheGame(t *testing.T) {
	cat, err := Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	g := game.NewGlossary(cat)
	if n := g.Len(); n < 60 || n > 100 {
		t.Errorf("the glossary has %d terms, want 60-100", n)
	}
	seen := map[string]bool{}
	g.Find(gameText(t), seen)
	for _, e := range g.Entries() {
		if !seen[e.ID] {
			t.Errorf("glossary term %q (%s) appears nowhere in the game's text", e.Term, e.ID)
		}
	}
	for _, want := range []string{"HIPAA", "business associate agreement", "per diem", "step-down", "telemetry",
		"covenant", "line of credit", "capitation", "medical loss ratio", "denial", "claim", "payer", "Medicaid",
		"Medicare", "EHR", "occupancy", "FTE", "accreditation", "Joint Commission", "CMS", "EMTALA", "CHNA",
		"501(r)", "chargemaster", "DRG", "margin", "variance", "capital budget", "depreciation", "credentialing",
		"ratio", "agency nurse", "triage"} {
		hits := g.Find(want, nil)
		if len(hits) != 1 || hits[0].Start != 0 || hits[0].End != len(want) {
			t.Errorf("the glossary does not explain %q (found %v)", want, hits)
		}
	}
}

// TestGlossaryEntriesAreComplete: every key belongs to a term with a definition, a
// definition stays short, and a figure names its source.
func TestGlossaryEntriesAreComplete(t *testing.T) {
	cat, err := load("en")
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range cat {
		if !strings.HasPrefix(k, game.GlossaryPrefix) {
			continue
		}
		id := strings.TrimPrefix(k, game.GlossaryPrefix)
		id = id[:strings.LastIndexByte(id, '.')]
		if cat[game.GlossaryPrefix+id+".term"] == "" || cat[game.GlossaryPrefix+id+".def"] == "" {
			t.Errorf("%s: the term %q needs a term and a definition", k, id)
		}
		if strings.HasSuffix(k, ".def") {
			if n := strings.Count(v, ". ") + 1; n > 2 {
				t.Errorf("%s: %d sentences; a card says it in one or two", k, n)
			}
			if strings.ContainsAny(v, "0123456789") && cat[game.GlossaryPrefix+id+".source"] == "" {
				t.Errorf("%s states a figure without a source", k)
			}
		}
	}
}

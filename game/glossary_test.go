package game

import (
	"strings"
	"testing"
)

func testGlossary() *Glossary {
	return NewGlossary(Catalog{
		"glossary.ratio.term":   "ratio",
		"glossary.ratio.match":  "ratios",
		"glossary.ratio.def":    "How many of one thing for each of another.",
		"glossary.mlr.term":     "medical loss ratio",
		"glossary.mlr.match":    "MLR",
		"glossary.mlr.def":      "The share of premiums a plan spends on care.",
		"glossary.diem.term":    "per diem",
		"glossary.diem.match":   "per-diem",
		"glossary.diem.def":     "Paid by the day.",
		"glossary.claim.term":   "claim",
		"glossary.claim.match":  "claims",
		"glossary.claim.def":    "A bill sent to an insurer.",
		"glossary.half.term":    "half done", // no definition: left out
		"glossary.ehr.term":     "electronic health record",
		"glossary.ehr.match":    "EHR|EHRs",
		"glossary.ehr.def":      "The patient's chart on a computer.",
		"glossary.ehr.source":   "HealthIT.gov",
		"other.key.term":        "not a glossary key",
		"glossary.ratio.source": "",
	})
}

func found(g *Glossary, s string, seen map[string]bool) []string {
	var out []string
	for _, h := range g.Find(s, seen) {
		out = append(out, h.ID+"="+s[h.Start:h.End])
	}
	return out
}

func TestGlossaryFind(t *testing.T) {
	g := testGlossary()
	for _, c := range []struct{ text, want string }{
		{"Bring in a per-diem therapist.", "diem=per-diem"},
		{"PER DIEM staff", "diem=PER DIEM"},
		{"Two claims were denied.", "claim=claims"},
		{"A claim, then another claim.", "claim=claim claim=claim"}, // without seen: every one
		{"The nurse ratios are set.", "ratio=ratios"},
		{"Rationing is not a ratio.", "ratio=ratio"},                 // not inside another word
		{"The ratiocination.", ""},                                   // nor at its start
		{"Our medical loss ratio is 84%.", "mlr=medical loss ratio"}, // longest first
		{"The MLR (85%) and the ratio.", "mlr=MLR ratio=ratio"},
		{"Open the EHR's log; EHRs differ.", "ehr=EHR ehr=EHRs"},
		{"disclaim and claimant", ""},
		{"", ""},
	} {
		if got := strings.Join(found(g, c.text, nil), " "); got != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestGlossaryMarksEachTermOncePerScreen(t *testing.T) {
	g := testGlossary()
	seen := map[string]bool{}
	if got := strings.Join(found(g, "A claim, then two claims.", seen), " "); got != "claim=claim" {
		t.Errorf("first text: %q", got)
	}
	// a second text on the same screen: claim is marked already; the phrase
	// "medical loss ratio" is found whole, and the later bare "ratio" is not marked
	// as part of it
	if got := strings.Join(found(g, "The claims and the medical loss ratio; ratio.", seen), " "); got != "mlr=medical loss ratio ratio=ratio" {
		t.Errorf("second text: %q", got)
	}
	if got := found(g, "medical loss ratio again", seen); len(got) != 0 {
		t.Errorf("a seen phrase is not marked again, nor its last word: %v", got)
	}
}

func TestGlossaryEntries(t *testing.T) {
	g := testGlossary()
	if g.Len() != 5 {
		t.Fatalf("entries = %d, want 5 (the one without a definition left out)", g.Len())
	}
	var terms []string
	for _, e := range g.Entries() {
		terms = append(terms, e.Term)
	}
	if got := strings.Join(terms, ","); got != "claim,electronic health record,medical loss ratio,per diem,ratio" {
		t.Errorf("A–Z order: %s", got)
	}
	if e, ok := g.Entry("ehr"); !ok || e.Source != "HealthIT.gov" || len(e.Forms) != 3 {
		t.Errorf("Entry(ehr) = %+v, %v", e, ok)
	}
	var nilG *Glossary
	if nilG.Len() != 0 || nilG.Find("claim", nil) != nil {
		t.Error("a nil glossary finds nothing")
	}
}

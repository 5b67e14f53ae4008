package game_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// A class code reads the way students type it, and refuses look-alike letters.
func TestClassCodesParse(t *testing.T) {
	for in, want := range map[string]string{"kmn pqr": "KMNPQR", "AC-DE-FG": "ACDEFG", " xyt uvw ": "XYTUVW"} {
		if got, err := game.ParseClassCode(in); err != nil || got != want {
			t.Errorf("ParseClassCode(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "ACDEF", "ACDEFGH", "ACDE0G", "ACDEOG", "ACDE1G", "SZBILO", "ACDÉFG"} {
		if _, err := game.ParseClassCode(bad); err == nil {
			t.Errorf("ParseClassCode(%q) accepted a bad code", bad)
		}
	}
	for seed := int64(1); seed < 50; seed++ {
		code := game.NewClassCode(seed)
		if got, err := game.ParseClassCode(strings.ToLower(code)); err != nil || got != code {
			t.Fatalf("a made code %q does not read back: %q %v", code, got, err)
		}
	}
}

// Everyone who enters the same code meets the same events in the same order, and
// the same choices give the same report, byte for byte; another code deals another
// order. The code and the game's version print on the report.
func TestSameClassCodeSameCareer(t *testing.T) {
	c := content(t)
	play := func(code string) (game.Report, []string) {
		s := game.NewSession(c, game.Options{Name: "Ana", Seed: 999, Code: code})
		if err := s.PlayToEnd(game.FirstOption, 5000); err != nil {
			t.Fatal(err)
		}
		var order []string
		for _, e := range s.St().History {
			order = append(order, e.Title.Key+"|"+e.Title.Text["en"])
		}
		return s.Report(), order
	}
	r1, o1 := play("KMNPQR")
	r2, o2 := play("KMNPQR")
	b1, _ := json.Marshal(r1)
	b2, _ := json.Marshal(r2)
	if string(b1) != string(b2) {
		t.Fatal("the same code and choices gave two different reports")
	}
	if r1.Code != "KMNPQR" || r1.Version != game.GameVersion {
		t.Errorf("the report says code %q, version %q", r1.Code, r1.Version)
	}
	differ := 0
	for _, code := range []string{"ACDEFG", "XYTUVW", "HJKMNP"} {
		_, o := play(code)
		if strings.Join(o, ";") != strings.Join(o1, ";") {
			differ++
		}
	}
	if differ < 2 || strings.Join(o1, ";") != strings.Join(o2, ";") {
		t.Errorf("other codes dealt the same events (%d of 3 differ)", differ)
	}
}

// FuzzClassCode: the parser never panics, and what it accepts is a valid code.
func FuzzClassCode(f *testing.F) {
	f.Add("kmn pqr")
	f.Add("")
	f.Add("ÉÉÉÉÉÉ")
	f.Fuzz(func(t *testing.T, s string) {
		code, err := game.ParseClassCode(s)
		if err != nil {
			return
		}
		if again, err := game.ParseClassCode(code); err != nil || again != code || len(code) != game.ClassCodeLen {
			t.Fatalf("%q parsed to %q, which does not read back", s, code)
		}
	})
}

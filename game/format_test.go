package game_test

import (
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// Numbers, money and units in Lines are written the catalog's way, so a language is
// data: the same Line shows "$1,234.5" style in English and another style elsewhere.
func TestLineArgumentsAreFormattedByTheCatalog(t *testing.T) {
	en := game.Catalog{"k": "{0} | {1} | {2} | {3} | {4}", "fmt.money": "${0}", "fmt.thousands": ",", "fmt.decimal": ".",
		"fmt.unit.days": "{0} days", "fmt.unit.pts": "{0} pts", "fmt.unit.pct": "{0}%"}
	other := game.Catalog{"k": "{0} | {1} | {2} | {3} | {4}", "fmt.money": "{0} $", "fmt.thousands": ".", "fmt.decimal": ",",
		"fmt.unit.days": "{0} días", "fmt.unit.pts": "{0} pts", "fmt.unit.pct": "{0} %"}
	pct := game.Meter(game.OperatingMargin)
	l := game.L("k", game.MoneyArg(1234567), game.SignedMoneyArg(-300), game.UnitArg(161.5, 1, "days"), pct.SignedArg(0.25), pct.Arg(1.4))
	if got, want := l.Render("en", en), "$1,234,567 | -$300 | 161.5 days | +0.2 pts | 1.4%"; got != want && got != "$1,234,567 | -$300 | 161.5 days | +0.3 pts | 1.4%" {
		t.Errorf("English: %q, want %q", got, want)
	}
	if got := l.Render("es", other); got != "1.234.567 $ | -300 $ | 161,5 días | +0,2 pts | 1,4 %" && got != "1.234.567 $ | -300 $ | 161,5 días | +0,3 pts | 1,4 %" {
		t.Errorf("other catalog: %q", got)
	}
	list := game.WithParts("k", []string{game.NumArg(-0.01, 0), game.SignedNumArg(2, 0)}, game.List(game.TL(game.T("a")), game.TL(game.T("b"))), game.TL(game.T("c")), game.TL(game.T("d")))
	if got := list.Render("en", en); got != "0 | +2 | a, b | c | d" {
		t.Errorf("list and signs: %q", got)
	}
}

// A count picks its word from the catalog: "1 claim", "2 claims", never "claim(s)".
func TestPluralsComeFromTheCatalog(t *testing.T) {
	cat := game.Catalog{"k": "{0} {0|claim|claims} {0|was|were} denied", "m": "{1} of {0} {0|job|jobs}"}
	for _, c := range []struct {
		l    game.Line
		want string
	}{
		{game.L("k", "1"), "1 claim was denied"},
		{game.L("k", "2"), "2 claims were denied"},
		{game.L("k", game.NumArg(0, 0)), "0 claims were denied"},
		{game.L("k", game.NumArg(1, 0)), "1 claim was denied"},
		{game.L("m", "1", "3"), "3 of 1 job"},
	} {
		if got := c.l.Render("en", cat); got != c.want {
			t.Errorf("%v renders %q, want %q", c.l, got, c.want)
		}
	}
}

// A change that rounds to zero never reads "-0.0" or "-0%".
func TestNoNegativeZero(t *testing.T) {
	cat := game.Catalog{"fmt.unit.pct": "{0}%", "fmt.unit.pts": "{0} pts"}
	for _, a := range []string{game.SignedNumArg(-0.02, 1), game.NumArg(-0.02, 1), game.Meter(game.OperatingMargin).SignedArg(-0.01), game.Meter(game.OperatingMargin).Arg(-0.04)} {
		if got := game.FormatArg(a, cat); strings.HasPrefix(got, "-0") && !strings.ContainsAny(got[2:], "123456789") {
			t.Errorf("%q renders %q", a, got)
		}
	}
}

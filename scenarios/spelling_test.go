package scenarios

import (
	"regexp"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
)

// britishSpelling lists the British forms the game's English used to carry.
var britishSpelling = regexp.MustCompile(`(?i)\b(licences?|organis(e|ed|es|ing|ation|ations)|programmes?|neighbourhoods?|neighbours?|centres?|cancelled|labelled|authoris\w*|modelled|favourites?|colours?|behaviours?|analysed|defence|practise[sd]?|cheques?|paediatric\w*|judgement|whilst|learnt|stabilis\w*|capitalis\w*|rumours?|realis(e|ed|es|ing)|recognis\w*|prioritis\w*|minimis\w*|summaris\w*|utilis\w*|apologis\w*|criticis(e|ed|es|ing)|standardis\w*|categoris\w*|optimis\w*|hospitalis\w*)\b`)

// The game's English is American English, in the UI and in every content text.
func TestEnglishIsAmerican(t *testing.T) {
	cat, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range cat {
		if w := britishSpelling.FindString(v); w != "" {
			t.Errorf("UI string %s spells %q the British way", k, w)
		}
	}
	c, err := BuiltinYAML()
	if err != nil {
		t.Fatal(err)
	}
	c.Texts(func(k string, tx *game.Text) {
		if w := britishSpelling.FindString((*tx)[game.DefaultLang]); w != "" {
			t.Errorf("%s spells %q the British way", k, w)
		}
	})
}

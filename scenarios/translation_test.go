package scenarios

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hsmgame/healthmanager/game"
)

// Every piece of content text has Spanish (scenarios/lang/es), so a Spanish player
// never meets an English scenario, choice, debrief or fact card.
func TestSpanishContentIsComplete(t *testing.T) {
	c, err := BuiltinYAML()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	c.Texts(func(string, *game.Text) { n++ })
	missing := MissingTranslations(c, "es")
	if len(missing) > 0 {
		t.Errorf("%d of %d texts have no Spanish, e.g. %v", len(missing), n, missing[:min(len(missing), 12)])
	}
	t.Logf("%d content texts, %d without Spanish", n, len(missing))
}

// A translation key the content does not have is refused with its file and line.
func TestUnknownTranslationKeyIsRefused(t *testing.T) {
	fsys := fstest.MapFS{
		"road/x.yaml":      {Data: []byte("scenarios: []\n")},
		"lang/es/x.yaml":   {Data: []byte("nowhere.title: \"Nada\"\n")},
		"lang/xx/bad.yaml": {Data: []byte("a: b\n")},
	}
	_, err := LoadFS(fsys, ".")
	if err == nil {
		t.Fatal("an unknown translation key loaded")
	}
	for _, want := range []string{"lang/es/x.yaml:1", "nowhere.title", "lang/xx/bad.yaml"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not name %q: %v", want, err)
		}
	}
}

// Package assets holds what the game embeds besides scenario content: the UI string
// tables (one YAML file per language under lang/), looked up by id. Fonts come from
// golang.org/x/image/font/gofont. Nothing here imports Ebitengine, so tools and
// tests without a display can read the strings.
package assets

import (
	"embed"
	"fmt"

	"github.com/hsmgame/healthmanager/game"
	"go.yaml.in/yaml/v3"
)

//go:embed lang/*.yaml
var langFS embed.FS

// Catalog loads the UI strings for lang. English is the base; a missing id in another
// language falls back to English.
func Catalog(lang string) (game.Catalog, error) {
	base, err := load("en")
	if err != nil {
		return nil, err
	}
	if lang == "en" || lang == "" {
		return base, nil
	}
	other, err := load(lang)
	if err != nil {
		return base, nil
	}
	for k, v := range other {
		base[k] = v
	}
	return base, nil
}

func load(lang string) (game.Catalog, error) {
	data, err := langFS.ReadFile("lang/" + lang + ".yaml")
	if err != nil {
		return nil, fmt.Errorf("no strings for language %q", lang)
	}
	var cat game.Catalog
	if err := yaml.Unmarshal(data, &cat); err != nil {
		return nil, fmt.Errorf("assets/lang/%s.yaml: %v", lang, err)
	}
	return cat, nil
}

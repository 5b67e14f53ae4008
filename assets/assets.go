// Package assets holds what the game embeds besides scenario content: the UI string
// tables, looked up by id. They are written as YAML (one file per language under
// lang/, and one per screen under lang/<lang>/) and embedded in a compact form,
// strings.bin, which `go run ./cmd/scencheck -catalog assets/strings.bin` writes and a
// test keeps equal to the YAML (the game does not parse YAML to start). The fonts are
// in assets/fonts. Nothing here imports Ebitengine, so tools and tests without a
// display can read the strings.
package assets

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"go.yaml.in/yaml/v3"
)

//go:embed lang
var langFS embed.FS

// CatalogYAML loads the UI strings for lang from the YAML. English is the base; a
// missing id in another language falls back to English.
func CatalogYAML(lang string) (game.Catalog, error) {
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

// load reads lang/<lang>.yaml and every file in lang/<lang>/ (one per screen or
// system, so writers of different screens never edit the same file). An id defined
// twice is an error.
func load(lang string) (game.Catalog, error) {
	files := []string{"lang/" + lang + ".yaml"}
	if entries, err := fs.ReadDir(langFS, "lang/"+lang); err == nil {
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".yaml") {
				files = append(files, "lang/"+lang+"/"+e.Name())
			}
		}
	}
	cat := game.Catalog{}
	for i, name := range files {
		data, err := langFS.ReadFile(name)
		if err != nil {
			if i == 0 {
				return nil, fmt.Errorf("no strings for language %q", lang)
			}
			return nil, err
		}
		var part game.Catalog
		if err := yaml.Unmarshal(data, &part); err != nil {
			return nil, fmt.Errorf("assets/%s: %v", name, err)
		}
		for k, v := range part {
			if _, dup := cat[k]; dup {
				return nil, fmt.Errorf("assets/%s: string id %q is defined twice", name, k)
			}
			cat[k] = v
		}
	}
	return cat, nil
}

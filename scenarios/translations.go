package scenarios

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"go.yaml.in/yaml/v3"
)

// TranslationDir holds the content's translations: lang/<lang>/<road|manager>/<file>.yaml,
// each a flat map from a text's key (game.Content.Texts: "brd-errors-average.body",
// "course.accounting.name") to its words in that language. The English stays in the
// content files; a translation file mirrors the content file it translates.
const TranslationDir = "lang"

// applyTranslations reads every translation file under dir in fsys into the content's
// texts. A key the content does not have, or a value that is not text, is a problem
// that names the file, the line and the key.
func applyTranslations(c *game.Content, fsys fs.FS, dir string) Problems {
	texts := map[string]*game.Text{}
	c.Texts(func(k string, t *game.Text) { texts[k] = t })
	var probs Problems
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !isYAML(p) {
			return nil
		}
		rel := strings.TrimPrefix(p, dir+"/")
		lang, _, ok := strings.Cut(rel, "/")
		if !ok || lang == game.DefaultLang || !slices.Contains(game.Langs, lang) {
			probs = append(probs, Problem{File: p, Line: 1, Field: "language", Msg: fmt.Sprintf("a translation goes in %s/<language>/ with a language the game has (%s)", dir, strings.Join(game.Langs[1:], ", "))})
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		var root yaml.Node
		if err := yaml.Unmarshal(data, &root); err != nil {
			probs = append(probs, yamlProblems(path.Clean(p), err)...)
			return nil
		}
		m := docMap(&root)
		if m == nil {
			if len(root.Content) > 0 {
				probs = append(probs, Problem{File: p, Line: 1, Field: "file", Msg: "a translation file is a list of key: \"text\" lines"})
			}
			return nil
		}
		for i := 0; i+1 < len(m.Content); i += 2 {
			k, v := m.Content[i], m.Content[i+1]
			t, ok := texts[k.Value]
			switch {
			case !ok:
				probs = append(probs, Problem{File: p, Line: k.Line, Field: k.Value, Msg: "no content text has this key (see game.Content.Texts)"})
			case v.Kind != yaml.ScalarNode:
				probs = append(probs, Problem{File: p, Line: v.Line, Field: k.Value, Msg: "the translation must be text"})
			case strings.TrimSpace(v.Value) == "":
				probs = append(probs, Problem{File: p, Line: v.Line, Field: k.Value, Msg: "the translation is empty"})
			default:
				if *t == nil {
					*t = game.Text{}
				}
				(*t)[lang] = strings.TrimSpace(v.Value)
			}
		}
		return nil
	})
	if err != nil {
		probs = append(probs, Problem{File: dir, Field: "translations", Msg: err.Error()})
	}
	return probs
}

// MissingTranslations lists the keys of content texts that have English but no
// version in lang.
func MissingTranslations(c *game.Content, lang string) []string {
	var out []string
	c.Texts(func(k string, t *game.Text) {
		if !t.Empty() && strings.TrimSpace((*t)[lang]) == "" {
			out = append(out, k)
		}
	})
	return out
}

// Package scenarios holds the game's content as YAML files, embedded in the binary,
// and the one loader that reads and validates them. Teacher packs go through the same
// loader. Every problem is reported as "file:line: field: what is wrong"; the loader
// never panics on bad content.
package scenarios

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"go.yaml.in/yaml/v3"
)

//go:embed road manager lang
var builtin embed.FS

// Problem is one thing wrong in a content file.
type Problem struct {
	File  string
	Line  int
	Field string
	Msg   string
}

func (p Problem) Error() string {
	field := oneLine(strings.ReplaceAll(p.Field, ":", "_"))
	if field == "" {
		field = "file"
	}
	msg := oneLine(p.Msg)
	if msg == "" {
		msg = "problem"
	}
	return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, field, msg)
}

// oneLine keeps a message on one line, so every problem is exactly one line of output
// (values copied from a file may hold line breaks).
func oneLine(s string) string {
	return strings.TrimSpace(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s))
}

// Problems is every problem found; it is an error.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Sorted returns the problems ordered by file and line.
func (ps Problems) Sorted() Problems {
	out := append(Problems(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// doc is one YAML file: any of these sections, each optional.
type doc struct {
	Skills     []game.SkillDef      `yaml:"skills"`
	Interests  []game.InterestDef   `yaml:"interests"`
	Duties     []game.Named         `yaml:"duties"`
	Quiz       []game.QuizQuestion  `yaml:"quiz"`
	Acts       []game.ActDef        `yaml:"acts"`
	Terms      []game.Term          `yaml:"terms"`
	Courses    []game.Course        `yaml:"courses"`
	Activities []game.Activity      `yaml:"activities"`
	Degrees    []game.Degree        `yaml:"degrees"`
	Masters    []game.Masters       `yaml:"masters"`
	Settings   []game.Setting       `yaml:"settings"`
	Roles      []game.Role          `yaml:"roles"`
	Careers    []game.Career        `yaml:"careers"`
	Facts      map[string]game.Fact `yaml:"facts"`
	Scenarios  []game.Scenario      `yaml:"scenarios"`
	Cast       []game.Character     `yaml:"cast"`
}

// file is a parsed file with its node tree, for line numbers.
type file struct {
	name string
	root *yaml.Node
	doc  doc
}

// LoadFS loads every .yaml file under root in fsys as one body of content.
func LoadFS(fsys fs.FS, root string) (*game.Content, error) {
	var files []*file
	var probs Problems
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path.Clean(p) == path.Join(root, TranslationDir) {
			return fs.SkipDir // translations, read after the content
		}
		if d.IsDir() || !isYAML(p) {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		f, ps := parse(path.Clean(p), data)
		probs = append(probs, ps...)
		if f != nil {
			files = append(files, f)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	c := assemble(files)
	if fi, err := fs.Stat(fsys, path.Join(root, TranslationDir)); err == nil && fi.IsDir() {
		probs = append(probs, applyTranslations(c, fsys, path.Join(root, TranslationDir))...)
	}
	probs = append(probs, validate(c, files, false)...)
	if len(probs) > 0 {
		return nil, probs.Sorted()
	}
	c.Index()
	return c, nil
}

func isYAML(p string) bool {
	return strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")
}

// PackFile is one file of a teacher pack: a name for messages and its bytes.
type PackFile struct {
	Name string
	Data []byte
}

// ReadPackDir reads the .yaml files of a teacher pack folder (or one file).
func ReadPackDir(dir string) ([]PackFile, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	if info.IsDir() {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if !e.IsDir() && isYAML(e.Name()) {
				names = append(names, filepath.Join(dir, e.Name()))
			}
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("%s: no .yaml files in this folder", dir)
		}
	} else {
		names = []string{dir}
	}
	var out []PackFile
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, PackFile{Name: n, Data: data})
	}
	return out, nil
}

// WithPack adds a teacher pack's scenarios to the base content and validates the
// whole. The base is not changed: on any problem the caller keeps playing the base.
func WithPack(base *game.Content, pack []PackFile) (*game.Content, error) {
	var files []*file
	var probs Problems
	for _, pf := range pack {
		f, ps := parse(pf.Name, pf.Data)
		probs = append(probs, ps...)
		if f == nil {
			continue
		}
		probs = append(probs, packOnlyScenarios(f)...)
		files = append(files, f)
	}
	c := *base
	c.Scenarios = append([]*game.Scenario(nil), base.Scenarios...)
	c.Cast = slices.Clone(base.Cast)
	for _, f := range files {
		c.Cast = appendCast(c.Cast, f)
		for i := range f.doc.Scenarios {
			sc := f.doc.Scenarios[i]
			sc.File, sc.Line = f.name, lineAt(f.root, "scenarios", i)
			c.Scenarios = append(c.Scenarios, &sc)
		}
	}
	probs = append(probs, validate(&c, files, true)...)
	if len(probs) > 0 {
		return nil, probs.Sorted()
	}
	c.Index()
	return &c, nil
}

func packOnlyScenarios(f *file) Problems {
	var ps Problems
	root := docMap(f.root)
	if root == nil {
		return nil
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		if k.Value != "scenarios" && k.Value != "cast" {
			ps = append(ps, Problem{f.name, k.Line, k.Value, "a teacher pack may only hold scenarios (and the cast of people they name)"})
		}
	}
	return ps
}

var (
	reLine    = lazyRegexp(`(?s)^line (\d+): (.*)`)
	reUnknown = lazyRegexp(`(?s)field (.*) not found in type (\S+)$`)
	reKey     = lazyRegexp(`^[A-Za-z0-9_.-]+$`)
)

// parse reads one file strictly: unknown keys and wrong types are problems.
func parse(name string, data []byte) (*file, Problems) {
	f := &file{name: name, root: &yaml.Node{}}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, Problems{{name, 1, "file", "the file is empty"}}
	}
	if err := yaml.Unmarshal(data, f.root); err != nil {
		return nil, yamlProblems(name, err)
	}
	if m := docMap(f.root); m == nil {
		return nil, Problems{{name, 1, "file", "expected sections such as \"scenarios:\" at the top of the file"}}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f.doc); err != nil {
		return nil, yamlProblems(name, err)
	}
	return f, nil
}

// yamlProblems turns the YAML library's messages into file:line problems.
func yamlProblems(name string, err error) Problems {
	var ps Problems
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	for _, m := range msgs {
		m = strings.TrimPrefix(m, "yaml: ")
		line, field, msg := 1, "syntax", m
		if sub := reLine().FindStringSubmatch(m); sub != nil {
			line, _ = strconv.Atoi(sub[1])
			msg = sub[2]
			if isParserError(msg) {
				// The YAML library counts lines from 0 for these (but from 1 for
				// everything else), and gives the line where the enclosing block starts.
				line++
			}
		}
		if isParserError(msg) {
			msg += ` (in the block that starts on this line: check the indentation below it, that every [ and { is closed, and that text holding : # ? , [ ] { } is in "quotes")`
		}
		if line < 1 {
			line = 1
		}
		if sub := reUnknown().FindStringSubmatch(msg); sub != nil {
			field, msg = sub[1], "unknown key (check the spelling; see scenarios/README.md for the keys a "+friendlyType(sub[2])+" takes)"
			if !reKey().MatchString(field) {
				field, msg = "key", fmt.Sprintf("%q: %s", sub[1], msg)
			}
		} else if strings.Contains(msg, "cannot unmarshal") {
			field, msg = "value", strings.Replace(msg, "cannot unmarshal", "wrong kind of value:", 1)
		}
		ps = append(ps, Problem{name, line, field, msg})
	}
	return ps
}

// parserErrors are the YAML parser's (not scanner's) messages; see isParserError.
var parserErrors = []string{
	"did not find expected <stream-start>",
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected '-' indicator",
	"did not find expected key",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found undefined tag handle",
	"found duplicate %YAML directive",
	"found duplicate %TAG directive",
	"found incompatible YAML document",
}

// isParserError reports whether msg comes from the YAML parser, whose "line N" is
// one less than the line a text editor shows.
func isParserError(msg string) bool {
	for _, e := range parserErrors {
		if msg == e {
			return true
		}
	}
	return false
}

func friendlyType(t string) string {
	t = strings.TrimPrefix(t, "game.")
	switch t {
	case "Scenario":
		return "scenario"
	case "Choice":
		return "choice"
	case "Condition":
		return "when: block"
	case "Later":
		return "later: item"
	case "SkillBonus":
		return "skilled: block"
	case "doc", "scenarios.doc":
		return "file (top-level section)"
	}
	return strings.ToLower(t)
}

func docMap(n *yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	return n
}

// lineAt finds the line of a path such as ("scenarios", 3, "choices", 1, "next")
// in a file's node tree; it stops at the deepest part it can find.
func lineAt(root *yaml.Node, p ...any) int {
	n := docMap(root)
	if n == nil {
		return 1
	}
	line := n.Line
	for _, step := range p {
		switch k := step.(type) {
		case string:
			if n.Kind != yaml.MappingNode {
				return line
			}
			found := false
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == k {
					line = n.Content[i].Line
					n = n.Content[i+1]
					found = true
					break
				}
			}
			if !found {
				return line
			}
		case int:
			if n.Kind != yaml.SequenceNode || k < 0 || k >= len(n.Content) {
				return line
			}
			n = n.Content[k]
			line = n.Line
		}
	}
	return line
}

// assemble merges the files into one Content.
func assemble(files []*file) *game.Content {
	c := &game.Content{Facts: map[string]game.Fact{}}
	for _, f := range files {
		d := &f.doc
		c.Skills = append(c.Skills, d.Skills...)
		c.Interests = append(c.Interests, d.Interests...)
		c.Duties = append(c.Duties, d.Duties...)
		c.Quiz = append(c.Quiz, d.Quiz...)
		c.Acts = append(c.Acts, d.Acts...)
		c.Terms = append(c.Terms, d.Terms...)
		c.Courses = append(c.Courses, d.Courses...)
		c.Activities = append(c.Activities, d.Activities...)
		c.Degrees = append(c.Degrees, d.Degrees...)
		c.Masters = append(c.Masters, d.Masters...)
		c.Settings = append(c.Settings, d.Settings...)
		c.Roles = append(c.Roles, d.Roles...)
		c.Careers = append(c.Careers, d.Careers...)
		for _, k := range slices.Sorted(maps.Keys(d.Facts)) {
			c.Facts[k] = d.Facts[k]
		}
		for i := range d.Scenarios {
			sc := d.Scenarios[i]
			sc.File, sc.Line = f.name, lineAt(f.root, "scenarios", i)
			c.Scenarios = append(c.Scenarios, &sc)
		}
		c.Cast = appendCast(c.Cast, f)
	}
	return c
}

// appendCast adds a file's cast, each member marked with where it was written.
func appendCast(cast []game.Character, f *file) []game.Character {
	for i, ch := range f.doc.Cast {
		ch.File, ch.Line = f.name, lineAt(f.root, "cast", i)
		cast = append(cast, ch)
	}
	return cast
}

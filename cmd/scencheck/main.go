// Command scencheck checks the game's scenario files and teacher packs without
// opening a window. It prints every problem as "file:line: field: message" and exits
// non-zero on any error.
//
//	go run ./cmd/scencheck                 # check the built-in content
//	go run ./cmd/scencheck my-pack/        # check a teacher pack against it
//	go run ./cmd/scencheck -coverage       # duties, roles and settings per scenario
//	go run ./cmd/scencheck -snapshot scenarios/builtin.snap   # check, then write the game's snapshot
//	go run ./cmd/scencheck -catalog assets/strings.bin        # write the interface strings' compact form
//	go run ./cmd/scencheck -strings es -out DIR  # every English text by key, per content file, to translate
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"

	"github.com/hsmgame/healthmanager/scenarios"
)

func main() {
	coverage := flag.Bool("coverage", false, "print which scenarios teach each duty, role and setting")
	snap := flag.String("snapshot", "", "after checking the built-in YAML, write the snapshot the game embeds to this file")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: scencheck [-coverage] [PACK_FOLDER_OR_FILE ...]")
		flag.PrintDefaults()
	}
	strs := flag.String("strings", "", "write the English texts still missing in this language (or all, with -all) to -out, one file per content file")
	out := flag.String("out", "", "the folder for -strings")
	all := flag.Bool("all", false, "with -strings: every text, translated or not")
	catalog := flag.String("catalog", "", "write the interface strings (assets/lang YAML) in the compact form the game embeds to this file")
	flag.Parse()
	if *catalog != "" {
		b, err := assets.CompileStrings()
		if err == nil {
			err = os.WriteFile(*catalog, b, 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("wrote %s (%d bytes)\n", *catalog, len(b))
		return
	}
	if *strs != "" {
		if err := writeStrings(*strs, *out, *all); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	os.Exit(run(flag.Args(), *coverage, *snap))
}

func run(packs []string, coverage bool, snap string) int {
	c, err := scenarios.BuiltinYAML()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if snap != "" {
		b, err := scenarios.EncodeSnapshot(c)
		if err == nil {
			err = os.WriteFile(snap, b, 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Printf("wrote %s (%d bytes)\n", snap, len(b))
	}
	for _, p := range packs {
		files, err := scenarios.ReadPackDir(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		next, err := scenarios.WithPack(c, files)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		c = next
	}
	fmt.Printf("ok: %d scenarios, %d courses, %d settings, %d roles\n", len(c.Scenarios), len(c.Courses), len(c.Settings), len(c.Roles))
	if coverage {
		if short := scenarios.PrintCoverage(os.Stdout, scenarios.Coverage(c)); short > 0 {
			fmt.Printf("%d rows have fewer than %d scenarios\n", short, scenarios.MinPerDuty)
			return 1
		}
	}
	return 0
}

// writeStrings writes, for each content file, the English texts (those lang lacks,
// or all) as "key: English" lines under out/en/, the form a translation file takes.
func writeStrings(lang, out string, all bool) error {
	if out == "" {
		return fmt.Errorf("-strings needs -out FOLDER")
	}
	c, err := scenarios.BuiltinYAML()
	if err != nil {
		return err
	}
	files := map[string]*strings.Builder{}
	add := func(file, k string, t *game.Text) {
		if t.Empty() || (!all && strings.TrimSpace((*t)[lang]) != "") {
			return
		}
		b := files[file]
		if b == nil {
			b = &strings.Builder{}
			files[file] = b
		}
		fmt.Fprintf(b, "%s: %s\n", k, strconv.Quote(strings.TrimSpace((*t)[game.DefaultLang])))
	}
	inScenario := map[*game.Text]bool{}
	for _, sc := range c.Scenarios {
		sc.Texts(func(k string, t *game.Text) {
			inScenario[t] = true
			add(sc.File, k, t)
		})
	}
	c.Texts(func(k string, t *game.Text) {
		if !inScenario[t] {
			add("road/names.yaml", k, t)
		}
	})
	for name, b := range files {
		p := filepath.Join(out, game.DefaultLang, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d texts\n", p, strings.Count(b.String(), "\n"))
	}
	return nil
}

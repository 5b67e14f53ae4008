// Command scencheck checks the game's scenario files and teacher packs without
// opening a window. It prints every problem as "file:line: field: message" and exits
// non-zero on any error.
//
//	go run ./cmd/scencheck                 # check the built-in content
//	go run ./cmd/scencheck my-pack/        # check a teacher pack against it
//	go run ./cmd/scencheck -coverage       # duties, roles and settings per scenario
//	go run ./cmd/scencheck -snapshot scenarios/builtin.gob   # check, then write the game's snapshot
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/hsmgame/healthmanager/scenarios"
)

func main() {
	coverage := flag.Bool("coverage", false, "print which scenarios teach each duty, role and setting")
	snap := flag.String("snapshot", "", "after checking the built-in YAML, write the snapshot the game embeds to this file")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: scencheck [-coverage] [PACK_FOLDER_OR_FILE ...]")
		flag.PrintDefaults()
	}
	flag.Parse()
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

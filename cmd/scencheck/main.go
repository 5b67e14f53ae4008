// Command scencheck checks the game's scenario files and teacher packs without
// opening a window. It prints every problem as "file:line: field: message" and exits
// non-zero on any error.
//
//	go run ./cmd/scencheck                 # check the built-in content
//	go run ./cmd/scencheck my-pack/        # check a teacher pack against it
//	go run ./cmd/scencheck -coverage       # duties, roles and settings per scenario
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/hsmgame/healthmanager/scenarios"
)

func main() {
	coverage := flag.Bool("coverage", false, "print which scenarios teach each duty, role and setting")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: scencheck [-coverage] [PACK_FOLDER_OR_FILE ...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	os.Exit(run(flag.Args(), *coverage))
}

func run(packs []string, coverage bool) int {
	c, err := scenarios.Builtin()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
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

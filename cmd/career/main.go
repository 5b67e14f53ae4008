// Command career plays one career with no window, as one of the bot policies, and
// writes its printable career report: the same one-page report the game saves from
// its report screen. Teachers can batch reports with it; tests read its PDF.
//
//	go run ./cmd/career -mode class -code KMNPQR -policy first -name Ana -pdf out.pdf
//	go run ./cmd/career -name Ana -png out.png -paper a4
//	go run ./cmd/career -handout handout.pdf
//
// The same flags always write the same bytes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/printout"
	"github.com/hsmgame/healthmanager/scenarios"
)

// maxCommands bounds one career, as in cmd/bot: a run with no report after this many
// commands is stuck.
const maxCommands = 4000

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "career:", err)
		}
		os.Exit(2)
	}
}

// run is the whole command: it parses args, plays the career and writes the files
// it was asked for, naming each on out.
func run(args []string, out, errOut io.Writer) error {
	fl := flag.NewFlagSet("career", flag.ContinueOnError)
	fl.SetOutput(errOut)
	mode := fl.String("mode", "full", "play mode: full, class, manager or express")
	code := fl.String("code", "", "class code (six letters); it decides the events, like -seed")
	policy := fl.String("policy", "first", "how the career is played: random, first, cautious, greedy or balanced")
	name := fl.String("name", "Student", "the player's first name on the report")
	seed := fl.Int64("seed", 1, "seed for a run without a class code")
	lang := fl.String("lang", "en", "language of the report")
	paperName := fl.String("paper", "letter", "paper size: letter or a4")
	pdfPath := fl.String("pdf", "", "write the career report as a PDF to this file")
	pngPath := fl.String("png", "", "write the career report as a PNG picture to this file")
	handout := fl.String("handout", "", "write the one-page student handout as a PDF to this file")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (flags start with -)", fl.Arg(0))
	}
	if *pdfPath == "" && *pngPath == "" && *handout == "" {
		return errors.New("nothing to write: give -pdf FILE, -png FILE or -handout FILE")
	}
	m, err := game.ParseMode(*mode)
	if err != nil {
		return err
	}
	style, err := game.ParseStyle(*policy)
	if err != nil {
		return err
	}
	paper, err := printout.ParsePaper(*paperName)
	if err != nil {
		return err
	}
	if *code != "" {
		if *code, err = game.ParseClassCode(*code); err != nil {
			return fmt.Errorf("-code: %w", err)
		}
	}
	cat, err := assets.Catalog(*lang)
	if err != nil {
		return err
	}
	write := func(path string, data []byte) error {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
		fmt.Fprintln(out, "wrote", path)
		return nil
	}
	if *handout != "" {
		data, err := printout.HandoutPDF(cat, *lang, paper)
		if err != nil {
			return err
		}
		if err := write(*handout, data); err != nil {
			return err
		}
	}
	if *pdfPath == "" && *pngPath == "" {
		return nil
	}
	c, err := scenarios.Builtin()
	if err != nil {
		return err
	}
	s := game.NewSession(c, game.Options{Name: *name, Seed: *seed, Code: *code, Mode: m})
	if err := game.PlayStyle(s, style, *seed, maxCommands); err != nil {
		return fmt.Errorf("playing the career: %w", err)
	}
	r := s.Report()
	if *pdfPath != "" {
		data, err := printout.PDF(r, cat, *lang, paper)
		if err != nil {
			return err
		}
		if err := write(*pdfPath, data); err != nil {
			return err
		}
	}
	if *pngPath != "" {
		data, err := printout.PNG(r, cat, *lang, paper)
		if err != nil {
			return err
		}
		if err := write(*pngPath, data); err != nil {
			return err
		}
	}
	return nil
}

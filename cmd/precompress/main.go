// Command precompress writes NAME.br and NAME.gz beside each file it is given, at the
// best compression, so a server can send the wasm pre-compressed; it prints the sizes.
// With -max-br and -max-gz (in MB, 1 MB = 1,000,000 bytes) it also prints the budget:
// over budget it prints OVER BUDGET and, with -enforce, fails.
//
// The .gz is the smaller of Go's gzip at its best level and, when the zopfli
// command is installed (scripts/setup test installs it), zopfli's: the same deflate
// format every browser reads, about 5% smaller, made in about 40 s for the game.
//
//	go run ./cmd/precompress web/dist/game.wasm
//	go run ./cmd/precompress -max-br 3.0 -max-gz 4.2 -enforce web/dist/game.wasm
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"os/exec"

	"github.com/andybalholm/brotli"
)

func main() {
	maxBr := flag.Float64("max-br", 0, "budget for the brotli size in MB (0: none)")
	maxGz := flag.Float64("max-gz", 0, "budget for the gzip size in MB (0: none)")
	enforce := flag.Bool("enforce", false, "fail when a file is over budget")
	flag.BoolVar(&useZopfli, "zopfli", true, "also try the zopfli command for the .gz and keep the smaller")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: precompress [-max-br MB] [-max-gz MB] [-enforce] FILE...")
		os.Exit(2)
	}
	over := false
	for _, name := range flag.Args() {
		s, err := pack(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%s: %.2f MB raw, %.2f MB gzip, %.2f MB brotli (gzip made by %s)\n", name, mb(s.raw), mb(s.gz), mb(s.br), s.gzBy)
		if *maxBr > 0 || *maxGz > 0 {
			if msg := s.budget(*maxBr, *maxGz); msg != "" {
				over = true
				fmt.Printf("%s: OVER BUDGET: %s\n", name, msg)
			} else {
				fmt.Printf("%s: within budget (%.1f MB brotli, %.1f MB gzip)\n", name, *maxBr, *maxGz)
			}
		}
	}
	if over {
		if *enforce {
			fmt.Fprintln(os.Stderr, "precompress: over the size budget")
			os.Exit(1)
		}
		fmt.Println("!!! OVER BUDGET (not enforced: pass -enforce to fail the build) !!!")
	}
}

type sizes struct {
	raw, gz, br int
	gzBy        string // which compressor made the .gz
}

// budget says what is over the budget, or "" when nothing is.
func (s sizes) budget(maxBr, maxGz float64) string {
	msg := ""
	if maxBr > 0 && mb(s.br) > maxBr {
		msg += fmt.Sprintf("brotli %.2f MB > %.1f MB budget (%.2f MB over)", mb(s.br), maxBr, mb(s.br)-maxBr)
	}
	if maxGz > 0 && mb(s.gz) > maxGz {
		if msg != "" {
			msg += "; "
		}
		msg += fmt.Sprintf("gzip %.2f MB > %.1f MB budget (%.2f MB over)", mb(s.gz), maxGz, mb(s.gz)-maxGz)
	}
	return msg
}

func pack(name string) (sizes, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return sizes{}, err
	}
	var br, gz bytes.Buffer
	// a 16 MB window (the largest every browser decodes) finds repeats across the
	// whole wasm, not only within 4 MB of each other
	bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	if _, err := bw.Write(data); err != nil {
		return sizes{}, err
	}
	if err := bw.Close(); err != nil {
		return sizes{}, err
	}
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := gw.Write(data); err != nil {
		return sizes{}, err
	}
	if err := gw.Close(); err != nil {
		return sizes{}, err
	}
	gzData, gzBy := gz.Bytes(), "Go's gzip -9"
	if useZopfli {
		if path, err := exec.LookPath("zopfli"); err == nil {
			if z, err := exec.Command(path, "--i1", "-c", name).Output(); err == nil && len(z) > 0 && len(z) < len(gzData) {
				gzData, gzBy = z, "zopfli"
			}
		}
	}
	if err := os.WriteFile(name+".br", br.Bytes(), 0o644); err != nil {
		return sizes{}, err
	}
	if err := os.WriteFile(name+".gz", gzData, 0o644); err != nil {
		return sizes{}, err
	}
	return sizes{raw: len(data), gz: len(gzData), br: br.Len(), gzBy: gzBy}, nil
}

var useZopfli bool

func mb(n int) float64 { return float64(n) / 1e6 }

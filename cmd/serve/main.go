// Command serve serves the browser build of the game, by default on this computer
// only (127.0.0.1), for playing in a browser and for the browser tests.
//
//	go run ./cmd/serve -dir web/dist -addr 127.0.0.1:8080
//
// It serves only the files in -dir: no folder listings, no dotfiles, nothing a link
// leads to outside -dir. The wasm is sent pre-compressed (game.wasm.br or .gz, made
// by scripts/build-web) when the browser accepts it.
package main

import (
	"flag"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
)

func main() {
	dir := flag.String("dir", filepath.Join("web", "dist"), "folder holding index.html, game.wasm and wasm_exec.js")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on; anything but loopback shares the game with the network")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, "game.wasm")); err != nil {
		log.Fatalf("%s has no game.wasm: build it first with: bash scripts/build-web", *dir)
	}
	h, err := newHandler(*dir)
	if err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	if !loopback(ln.Addr()) {
		log.Printf("note: %s is not loopback: every computer that can reach this one can open the game", ln.Addr())
	}
	log.Printf("serving %s at http://%s/", *dir, ln.Addr())
	log.Fatal(http.Serve(ln, h))
}

// loopback reports whether a listening address is reachable from this computer only.
func loopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// Command serve serves the browser build of the game on this computer only
// (127.0.0.1), for playing in a browser and for the browser tests.
//
//	go run ./cmd/serve -dir web/dist -addr 127.0.0.1:8080
package main

import (
	"flag"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"path/filepath"
)

func main() {
	dir := flag.String("dir", filepath.Join("web", "dist"), "folder holding index.html, game.wasm and wasm_exec.js")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on (keep it on 127.0.0.1)")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, "game.wasm")); err != nil {
		log.Fatalf("%s has no game.wasm: build it first with: bash scripts/build-web", *dir)
	}
	mime.AddExtensionType(".wasm", "application/wasm")
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("serving %s at http://%s/", *dir, ln.Addr())
	fs := http.FileServer(http.Dir(*dir))
	log.Fatal(http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		fs.ServeHTTP(w, r)
	})))
}

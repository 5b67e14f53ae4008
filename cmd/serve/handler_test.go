package main

import (
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// The server sends the build's files, the pre-compressed wasm when the browser takes
// it, and nothing else: no listings, no dotfiles, nothing a link leads to outside.
func TestServeOnlyTheBuild(t *testing.T) {
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("secret"), 0o644)
	dir := t.TempDir()
	write := func(name, body string) {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	write("index.html", "<html>game</html>")
	write("game.wasm", "plain wasm")
	write("game.wasm.br", "brotli wasm")
	write("game.wasm.gz", "gzip wasm")
	write(".env", "SECRET=1")
	write("assets/.hidden/x.txt", "hidden")
	write("folder/readme.txt", "no index here")
	write("empty/index.html", "<html>yardstick</html>")
	os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "link.txt"))
	os.Symlink(outside, filepath.Join(dir, "out"))
	os.Symlink(filepath.Join(dir, "index.html"), filepath.Join(dir, "inside.html"))
	h, err := newHandler(dir)
	if err != nil {
		t.Fatal(err)
	}
	get := func(path, accept string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, path, nil)
		if accept != "" {
			r.Header.Set("Accept-Encoding", accept)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	cases := []struct {
		path, accept, body, enc, ctype string
		code                           int
	}{
		{"/", "", "<html>game</html>", "", "text/html; charset=utf-8", 200},
		{"/game.wasm", "gzip, deflate, br", "brotli wasm", "br", "application/wasm", 200},
		{"/game.wasm", "gzip", "gzip wasm", "gzip", "application/wasm", 200},
		{"/game.wasm", "br;q=0, gzip", "gzip wasm", "gzip", "application/wasm", 200},
		{"/game.wasm", "", "plain wasm", "", "application/wasm", 200},
		{"/inside.html", "", "<html>game</html>", "", "text/html; charset=utf-8", 200},
		{"/.env", "", "", "", "", 404},
		{"/assets/.hidden/x.txt", "", "", "", "", 404},
		{"/folder/", "", "", "", "", 404},
		{"/empty/", "", "<html>yardstick</html>", "", "text/html; charset=utf-8", 200},
		{"/link.txt", "", "", "", "", 404},
		{"/out/secret.txt", "", "", "", "", 404},
		{"/../" + filepath.Base(outside) + "/secret.txt", "", "", "", "", 404},
	}
	for _, c := range cases {
		w := get(c.path, c.accept)
		if w.Code != c.code {
			t.Errorf("%s (%s): status %d, want %d", c.path, c.accept, w.Code, c.code)
			continue
		}
		if c.code != 200 {
			continue
		}
		if w.Body.String() != c.body || w.Header().Get("Content-Encoding") != c.enc || w.Header().Get("Content-Type") != c.ctype {
			t.Errorf("%s (%s): %q enc %q type %q", c.path, c.accept, w.Body.String(), w.Header().Get("Content-Encoding"), w.Header().Get("Content-Type"))
		}
	}
	if loopback(&net.TCPAddr{IP: net.IPv4(0, 0, 0, 0)}) || !loopback(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)}) {
		t.Error("loopback() is wrong")
	}
}

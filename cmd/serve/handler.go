package main

import (
	"fmt"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// handler serves the files of one folder, and nothing else.
type handler struct{ root string }

// newHandler serves dir; dir's own path is resolved once, so a link inside it that
// leads outside is refused.
func newHandler(dir string) (http.Handler, error) {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, err
	}
	root, err = filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	return &handler{root: root}, nil
}

// types are the content types of the files the build has.
var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".wasm": "application/wasm",
	".css":  "text/css; charset=utf-8",
	".png":  "image/png",
	".json": "application/json",
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(r.URL.Path, "/") || name == "/" {
		// a folder's page ("/" and "/empty/"); Clean has dropped the slash
		name = path.Join(name, "index.html")
	}
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") {
			http.NotFound(w, r)
			return
		}
	}
	file, ok := h.file(name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	ctype, known := types[filepath.Ext(name)]
	if !known {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	// the pre-compressed wasm, when the browser takes it
	if filepath.Ext(name) == ".wasm" {
		w.Header().Set("Vary", "Accept-Encoding")
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !accepts(accept, enc.token) {
				continue
			}
			if packed, ok := h.file(name + enc.ext); ok {
				w.Header().Set("Content-Encoding", enc.token)
				http.ServeFile(w, r, packed)
				return
			}
		}
	}
	http.ServeFile(w, r, file)
}

// file maps a URL path to a regular file inside the root, following links only as
// far as they stay inside it.
func (h *handler) file(name string) (string, bool) {
	p := filepath.Join(h.root, filepath.FromSlash(name))
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", false
	}
	if real != h.root && !strings.HasPrefix(real, h.root+string(os.PathSeparator)) {
		return "", false
	}
	fi, err := os.Stat(real)
	if err != nil || !fi.Mode().IsRegular() {
		return "", false
	}
	return real, true
}

// accepts reports whether an Accept-Encoding header takes token (and not with q=0).
func accepts(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(fields[0]), token) {
			continue
		}
		for _, f := range fields[1:] {
			var q float64
			if _, err := fmt.Sscanf(strings.TrimSpace(f), "q=%g", &q); err == nil && q == 0 {
				return false
			}
		}
		return true
	}
	return false
}

//go:build js

package main

import (
	"strings"
	"syscall/js"

	"github.com/hsmgame/healthmanager/game/store"
)

const isDesktop = false

func platformLang() string {
	nav := js.Global().Get("navigator")
	if !nav.IsUndefined() {
		if l := nav.Get("language"); l.Type() == js.TypeString && strings.HasPrefix(l.String(), "es") {
			return "es"
		}
	}
	return "en"
}

// platformTrace publishes the current screen on the page (window.hsmScene), so the
// browser tests can follow the game without reading pixels.
func platformTrace(string) func(string) {
	return func(line string) {
		js.Global().Set("hsmScene", line)
		if h := js.Global().Get("hsmOnScene"); h.Type() == js.TypeFunction {
			h.Invoke(line)
		}
	}
}

func savePathStore(string) store.Store { return store.Default() }

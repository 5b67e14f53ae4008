//go:build js

package main

import (
	"strings"
	"syscall/js"

	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenarios"
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

// platformMode reads the play mode from the page's address (?mode=class), so a
// teacher can link a class straight to its mode; the flag does not exist here.
func platformMode(string) string {
	loc := js.Global().Get("location")
	if loc.IsUndefined() {
		return ""
	}
	q := js.Global().Get("URLSearchParams").New(loc.Get("search"))
	if m := q.Call("get", "mode"); m.Type() == js.TypeString {
		return m.String()
	}
	return ""
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

// platformPackPicker wires the page's hidden file input: the game's "Load a teacher
// pack" button opens it, and the page hands the chosen files' text to
// window.hsmPackLoaded, registered here once, which passes them to the game loop.
func platformPackPicker() (func(), <-chan []scenarios.PackFile) {
	ch := make(chan []scenarios.PackFile, 4)
	js.Global().Set("hsmPackLoaded", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) == 0 {
			return nil
		}
		list := args[0]
		var files []scenarios.PackFile
		for i := 0; i < list.Length(); i++ {
			f := list.Index(i)
			files = append(files, scenarios.PackFile{Name: f.Get("name").String(), Data: []byte(f.Get("text").String())})
		}
		select {
		case ch <- files:
		default:
		}
		return nil
	}))
	pick := func() {
		if in := js.Global().Get("document").Call("getElementById", "pack"); in.Truthy() {
			in.Call("click")
		}
	}
	return pick, ch
}

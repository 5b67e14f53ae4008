//go:build js

package main

import (
	"errors"
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/scenes"
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

// platformPrefs is localStorage's settings key, or memory when storage is blocked
// (asked in JavaScript first, as platformStore does).
func platformPrefs(string) store.Store {
	if !storageUsable() {
		return &store.Memory{}
	}
	return store.DefaultPrefs()
}

// storageUsable asks in JavaScript whether localStorage can be read: a blocked one
// throws from its getter, which syscall/js cannot recover from.
func storageUsable() bool {
	probe := js.Global().Get("Function").New("try { return !!window.localStorage; } catch (e) { return false; }")
	return probe.Invoke().Bool()
}

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

// platformStore is localStorage. When the browser blocks it (private mode, a policy)
// the career is kept in the page's memory and every save says so on screen (the red
// strip under the header), and window.hsmStorage tells the page: never a silent loss.
func platformStore() store.Store {
	// A blocked localStorage throws from its getter, which syscall/js cannot recover
	// from (a Get is not guarded the way a Call is): ask in JavaScript first.
	if !storageUsable() {
		js.Global().Set("hsmStorage", "blocked")
		return &blockedStore{&store.Memory{}}
	}
	st := store.Default()
	if m, ok := st.(*store.Memory); ok {
		js.Global().Set("hsmStorage", "blocked")
		return &blockedStore{m}
	}
	js.Global().Set("hsmStorage", "ok")
	return st
}

// blockedStore keeps the run in memory and reports every save as failed.
type blockedStore struct{ *store.Memory }

func (b *blockedStore) Save(data []byte) error {
	b.Memory.Save(data)
	return errBlocked
}

var errBlocked = errors.New("this browser blocks storage: the career lasts only while this page is open")

// platformKiosk: ?kiosk=1 in the page's address (or the -kiosk flag) runs the booth.
func platformKiosk(flag bool) bool {
	loc := js.Global().Get("location")
	if flag || !loc.Truthy() {
		return flag
	}
	params := js.Global().Get("URLSearchParams").New(loc.Get("search"))
	return params.Call("get", "kiosk").String() == "1"
}

// platformOperatorExit reloads the page without ?kiosk.
func platformOperatorExit() func() {
	return func() {
		loc := js.Global().Get("location")
		u := js.Global().Get("URL").New(loc.Get("href"))
		u.Get("searchParams").Call("delete", "kiosk")
		loc.Call("replace", u.Call("toString"))
	}
}

// platformSavePicker wires the page's hidden save-file input: "Open a saved file"
// clicks it, and the page hands the file's text to window.hsmSaveLoaded.
func platformSavePicker() (func(), <-chan []byte) {
	ch := make(chan []byte, 2)
	js.Global().Set("hsmSaveLoaded", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) == 0 || args[0].Type() != js.TypeString {
			return nil
		}
		select {
		case ch <- []byte(args[0].String()):
		default:
		}
		return nil
	}))
	pick := func() {
		if in := js.Global().Get("document").Call("getElementById", "savefile"); in.Truthy() {
			in.Call("click")
		}
	}
	return pick, ch
}

// platformA11y wires the page's screen-reader mirror (web/index.html): the game hands
// each changed screen to window.hsmA11yUpdate as JSON, and the mirror's buttons call
// window.hsmA11yPress(i) and window.hsmA11yFocus(i), registered here.
func platformA11y() (func(string), <-chan scenes.A11yEvent) {
	ch := make(chan scenes.A11yEvent, 8)
	send := func(press bool) js.Func {
		return js.FuncOf(func(this js.Value, args []js.Value) any {
			if len(args) > 0 && args[0].Type() == js.TypeNumber {
				select {
				case ch <- scenes.A11yEvent{Index: args[0].Int(), Press: press}:
				default:
				}
			}
			return nil
		})
	}
	js.Global().Set("hsmA11yPress", send(true))
	js.Global().Set("hsmA11yFocus", send(false))
	publish := func(s string) {
		js.Global().Set("hsmA11y", s)
		if f := js.Global().Get("hsmA11yUpdate"); f.Type() == js.TypeFunction {
			f.Invoke(s)
		}
	}
	return publish, ch
}

// platformOnDraw marks the page with the time of the game's first frame
// (window.hsmFirstFrame, from performance.now()), which the browser test compares
// with an empty Ebitengine game's (web/empty).
func platformOnDraw() func(*ebiten.Image) {
	done := false
	return func(*ebiten.Image) {
		if !done {
			done = true
			js.Global().Set("hsmFirstFrame", js.Global().Get("performance").Call("now"))
		}
	}
}

// platformOptions: the browser has no command line; the page's address gives the
// mode and the kiosk (platformMode, platformKiosk) and the browser its language.
func platformOptions() options { return options{} }

// platformMark notes when a step of the start-up ends (window.hsmMarks[name], from
// performance.now()), beside the page's own marks for the download and the compile:
// the browser test prints where the time to the first frame goes. Nothing leaves the
// page.
func platformMark(name string) {
	m := js.Global().Get("hsmMarks")
	if m.IsUndefined() {
		m = js.Global().Get("Object").New()
		js.Global().Set("hsmMarks", m)
	}
	m.Set(name, js.Global().Get("performance").Call("now"))
}

// platformGCPercent is the collector's setting after the first frame: the page starts
// Go with GOGC=400 for its start-up (index.html), and the game runs at Go's usual 100.
func platformGCPercent(int) int { return 100 }

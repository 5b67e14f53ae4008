//go:build js

package main

import "syscall/js"

// firstFrame tells the page when the first frame was drawn.
func firstFrame() {
	js.Global().Set("hsmFirstFrame", js.Global().Get("performance").Call("now"))
}

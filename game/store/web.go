//go:build js

package store

import (
	"errors"
	"fmt"
	"syscall/js"
)

const key = "health-services-manager.career"

// Local is a Store in the browser's localStorage. Every call guards against a
// browser that blocks storage (private mode, quota) and reports it as an error.
type Local struct{}

// Default returns localStorage, or memory when the page cannot use it.
func Default() Store {
	if _, err := storage(); err != nil {
		return &Memory{}
	}
	return Local{}
}

func storage() (v js.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("browser storage is not available: %v", r)
		}
	}()
	v = js.Global().Get("localStorage")
	if v.IsUndefined() || v.IsNull() {
		return v, errors.New("browser storage is not available")
	}
	return v, nil
}

func call(f func(js.Value) js.Value) (out js.Value, err error) {
	ls, err := storage()
	if err != nil {
		return js.Undefined(), err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("browser storage refused: %v", r)
		}
	}()
	return f(ls), nil
}

// Load reads the save.
func (Local) Load() ([]byte, error) {
	v, err := call(func(ls js.Value) js.Value { return ls.Call("getItem", key) })
	if err != nil || v.IsNull() || v.IsUndefined() {
		return nil, err
	}
	return []byte(v.String()), nil
}

// Save writes the save.
func (Local) Save(data []byte) error {
	_, err := call(func(ls js.Value) js.Value { return ls.Call("setItem", key, string(data)) })
	return err
}

// Backup moves an unreadable save to a second key.
func (Local) Backup() error {
	_, err := call(func(ls js.Value) js.Value {
		v := ls.Call("getItem", key)
		if !v.IsNull() {
			ls.Call("setItem", key+".bad", v)
			ls.Call("removeItem", key)
		}
		return js.Undefined()
	})
	return err
}

// Clear removes the save.
func (Local) Clear() error {
	_, err := call(func(ls js.Value) js.Value { return ls.Call("removeItem", key) })
	return err
}

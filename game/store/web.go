//go:build js

package store

import (
	"errors"
	"fmt"
	"syscall/js"
)

// The localStorage keys: the career, and the device's settings.
const (
	careerKey = "health-services-manager.career"
	prefsKey  = "health-services-manager.settings"
)

// Local is a Store in the browser's localStorage under one key (Key; "" is the
// career's). Every call guards against a browser that blocks storage (private
// mode, quota) and reports it as an error.
type Local struct{ Key string }

func (l Local) key() string {
	if l.Key == "" {
		return careerKey
	}
	return l.Key
}

// Default returns localStorage for the career, or memory when the page cannot use it.
func Default() Store {
	if _, err := storage(); err != nil {
		return &Memory{}
	}
	return Local{}
}

// DefaultPrefs returns localStorage for the device's settings, or memory when the
// page cannot use it.
func DefaultPrefs() Store {
	if _, err := storage(); err != nil {
		return &Memory{}
	}
	return Local{Key: prefsKey}
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
func (l Local) Load() ([]byte, error) {
	key := l.key()
	v, err := call(func(ls js.Value) js.Value { return ls.Call("getItem", key) })
	if err != nil || v.IsNull() || v.IsUndefined() {
		return nil, err
	}
	return []byte(v.String()), nil
}

// Save writes the save.
func (l Local) Save(data []byte) error {
	key := l.key()
	_, err := call(func(ls js.Value) js.Value { return ls.Call("setItem", key, string(data)) })
	return err
}

// Backup moves an unreadable save to a second key.
func (l Local) Backup() error {
	key := l.key()
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
func (l Local) Clear() error {
	key := l.key()
	_, err := call(func(ls js.Value) js.Value { return ls.Call("removeItem", key) })
	return err
}

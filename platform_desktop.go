//go:build !js

package main

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/scenes"
	"os"
	"path/filepath"
	"strings"

	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenarios"
)

const isDesktop = true

func platformLang() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l := os.Getenv(v); strings.HasPrefix(l, "es") {
			return "es"
		}
	}
	return "en"
}

func platformTrace(path string) func(string) {
	if path == "" {
		return nil
	}
	return func(line string) {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return
		}
		f.WriteString(line + "\n")
		f.Close()
	}
}

// platformMode is the -mode flag's value on the desktop.
func platformMode(flag string) string { return flag }

func savePathStore(path string) store.Store { return &store.File{Path: path} }

// platformPrefs is settings.json in the config folder, or beside the -save file when
// one is given (a teacher's portable folder, a test's own directory).
func platformPrefs(savePath string) store.Store {
	if savePath != "" {
		return &store.File{Path: filepath.Join(filepath.Dir(savePath), "settings.json")}
	}
	return store.DefaultPrefs()
}

// platformPackPicker: on desktop a teacher pack comes from the -pack flag.
func platformPackPicker() (func(), <-chan []scenarios.PackFile) { return nil, nil }

// platformStore is the save file in the user's config folder.
func platformStore() store.Store { return store.Default() }

// platformKiosk: on desktop the kiosk is the -kiosk flag.
func platformKiosk(flag bool) bool { return flag }

// platformOperatorExit: nil, so the operator's keys end the game.
func platformOperatorExit() func() { return nil }

// platformSavePicker: on desktop a save file is dropped on the window.
func platformSavePicker() (func(), <-chan []byte) { return nil, nil }

// platformA11y: the desktop has no page to mirror the screen into.
func platformA11y() (func(string), <-chan scenes.A11yEvent) { return nil, nil }

// platformOnDraw: the desktop marks nothing after a frame.
func platformOnDraw() func(*ebiten.Image) { return nil }

// platformMark: the desktop notes no start-up times.
func platformMark(string) {}

// platformGCPercent is the collector's setting after the first frame: the one the
// program started with (GOGC, else 100).
func platformGCPercent(started int) int { return started }

// Command healthmanager is the Health Services Manager career game: from high-school
// courses to running a health facility. Flags choose a teacher pack, the language and
// a fixed seed; everything else is in the packages game (rules), scenarios (content)
// and scenes (screens).
package main

import (
	"fmt"
	"log"
	"os"
	"runtime/debug"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes"
)

func main() {
	platformMark("main")
	// Start-up makes many small objects (the content, the strings, the first
	// screens) while the heap is small, so the collector would run again and again:
	// it runs less often until the first frame is drawn (about 0.1 s sooner in a
	// browser), then as usual.
	gcPercent := platformGCPercent(debug.SetGCPercent(400))
	opt := platformOptions()

	base, contentErr := scenarios.Builtin()
	platformMark("content")
	content := base
	packFiles := 0
	if contentErr == nil && opt.pack != "" {
		content, packFiles, contentErr = withPack(base, opt.pack)
	}
	// the language: the -lang flag, else the one chosen in Settings on this device,
	// else the browser's or the desktop's
	prefsStore := platformPrefs(opt.savePath)
	prefs, _ := store.LoadPrefs(prefsStore)
	l := opt.lang
	if l == "" {
		l = prefs.Lang
	}
	if l == "" {
		l = platformLang()
	}
	cat, err := assets.Catalog(l)
	platformMark("catalog")
	if err != nil {
		log.Fatal(err)
	}
	m, err := game.ParseMode(platformMode(opt.mode))
	if err != nil {
		// a mistyped mode is no reason to refuse to start: the full career is offered
		fmt.Fprintln(os.Stderr, err)
		m = game.ModeFull
	}
	s := opt.seed
	if s == 0 {
		s = time.Now().UnixNano()
	}
	st := platformStore()
	if opt.savePath != "" {
		st = savePathStore(opt.savePath)
	}
	isKiosk := platformKiosk(opt.kiosk)
	pickSave, saveFiles := platformSavePicker()
	app, err := scenes.NewApp(scenes.Config{
		Content:    content,
		ContentErr: contentErr,
		Catalog:    cat,
		Lang:       l,
		Store:      st,
		Seed:       s,
		Weeks:      opt.weeks,
		Mode:       m,
		Desktop:    isDesktop,
		Trace:      platformTrace(opt.trace),
		Base:       base,
		Kiosk:      isKiosk,
		PickSave:   pickSave,
		SaveFiles:  saveFiles,
		PrefsStore: prefsStore,
		// the browser leaves the kiosk by reloading without ?kiosk; the desktop quits
		OperatorExit: platformOperatorExit(),
	}.WithPicker(platformPackPicker()).WithA11y(platformA11y()))
	if err != nil {
		log.Fatal(err)
	}
	if packFiles > 0 {
		app.Context().PackFiles = packFiles
		app.Context().PackScenarios = len(content.Scenarios) - len(base.Scenarios)
		app.Relayout()
	}
	platformMark("app")
	onDraw, first := platformOnDraw(), true
	app.OnDraw = func(screen *ebiten.Image) {
		if first {
			first = false
			debug.SetGCPercent(gcPercent)
		}
		if onDraw != nil {
			onDraw(screen)
		}
	}
	// a frame the same as the last draws nothing: the screen keeps its pixels
	ebiten.SetScreenClearedEveryFrame(false)
	app.KeepScreen = true
	ebiten.SetWindowTitle(cat["app.title"])
	ebiten.SetWindowSize(windowSize())
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	if isKiosk && isDesktop {
		ebiten.SetFullscreen(true)
	}
	if err := ebiten.RunGame(app); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// options are the command line's choices (flags on the desktop, platform_flags.go;
// the browser reads its page address instead, platform_web.go).
type options struct {
	pack, lang, mode, trace, savePath string
	seed                              int64
	weeks                             int
	kiosk                             bool
}

// withPack adds a teacher pack folder (or file) to the built-in content. On a
// problem it returns the error for the title screen to show, and no game starts.
func withPack(base *game.Content, pack string) (*game.Content, int, error) {
	files, err := scenarios.ReadPackDir(pack)
	if err != nil {
		return nil, 0, err
	}
	c, err := scenarios.WithPack(base, files)
	if err != nil {
		return nil, len(files), err
	}
	return c, len(files), nil
}

// windowSize opens the window at 1280x720 when the screen has room, and otherwise
// at the largest 16:9 size that fits 90% of the screen (a 1366x768 laptop, an
// 800x600 projector), so nothing opens cut off; the game scales to any size.
func windowSize() (int, int) {
	w, h := 1280, 720
	if m := ebiten.Monitor(); m != nil {
		if sw, sh := m.Size(); sw > 0 && sh > 0 {
			fw, fh := float64(sw)*0.9, float64(sh)*0.9
			if k := min(fw/float64(w), fh/float64(h)); k < 1 {
				w, h = int(float64(w)*k), int(float64(h)*k)
			}
		}
	}
	return w, h
}

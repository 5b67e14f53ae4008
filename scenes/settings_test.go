package scenes_test

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// settingsButton is the title's Settings button, at the top right.
const settingsX, settingsY = 1160, 62

// prefsIn is a settings store holding p.
func prefsIn(t *testing.T, p store.Prefs) *store.Memory {
	t.Helper()
	m := &store.Memory{}
	if err := store.SavePrefs(m, p); err != nil {
		t.Fatal(err)
	}
	return m
}

func savedPrefs(t *testing.T, m *store.Memory) store.Prefs {
	t.Helper()
	var p store.Prefs
	if err := json.Unmarshal(m.Data, &p); err != nil {
		t.Fatalf("settings store holds %q: %v", m.Data, err)
	}
	return p
}

// On the first start (no settings saved) the title shows a card by its Settings
// button; the offer is recorded at once, so the next start shows no card. The card
// never takes the keyboard: Enter still starts a career.
func TestSettingsFirstStartOffersOnce(t *testing.T) {
	prefs := &store.Memory{}
	h := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefs})
	h.settle()
	cardEdge := h.countColor(image.Rect(850, 90, 1250, 160), ui.Focus)
	if cardEdge < 300 {
		t.Errorf("first start: %d pixels of the Settings card's edge, want the card", cardEdge)
	}
	if !savedPrefs(t, prefs).Seen {
		t.Error("the first-start offer was not recorded")
	}
	h.shot("settings-first-start-title")
	h.enter()
	if h.scene() != "modes" && h.scene() == "settings" {
		t.Errorf("Enter on the first start opened %q, want New career", h.scene())
	}

	again := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefs})
	if n := again.countColor(image.Rect(850, 90, 1250, 160), ui.Focus); n > 20 {
		t.Errorf("second start: the Settings card is still shown (%d pixels)", n)
	}
	// a test or a build with no settings store never offers
	plain := newHarness(t, 1280, 720, scenes.Config{})
	if n := plain.countColor(image.Rect(850, 90, 1250, 160), ui.Focus); n > 20 {
		t.Errorf("no settings store: the card is shown (%d pixels)", n)
	}
}

// Choosing Español on the Settings screen re-renders the title in the new
// catalog's words, saves the choice and keeps the keyboard focus on the choice.
func TestSettingsLanguageSwitchRedrawsTheTitle(t *testing.T) {
	es, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	// a Spanish catalog may be partial: the English one with these keys translated
	es["title.new"], es["prefs.button"], es["prefs.title"], es["prefs.done"] = "Nueva carrera", "Ajustes", "Ajustes", "Listo"
	catalogs := func(l string) (game.Catalog, error) {
		if l == "es" {
			return es, nil
		}
		return assets.Catalog(l)
	}
	prefs := prefsIn(t, store.Prefs{Seen: true})
	h := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefs, Catalogs: catalogs})
	h.settle()
	before := h.readback()
	beforeBtn := snapshot(before, image.Rect(80, 330, 420, 380))
	h.click(settingsX, settingsY)
	if h.scene() != "settings" {
		t.Fatalf("the title's Settings button opened %q", h.scene())
	}
	h.shot("settings-screen")
	h.key(scenes.Input{Next: true}) // English -> Español
	h.enter()
	ctx := h.app.Context()
	if ctx.Lang != "es" || ctx.T("title.new") != "Nueva carrera" {
		t.Fatalf("after choosing Español: lang %q, title.new %q", ctx.Lang, ctx.T("title.new"))
	}
	if p := savedPrefs(t, prefs); p.Lang != "es" {
		t.Errorf("saved language %q, want es", p.Lang)
	}
	h.shot("settings-screen-es")
	h.key(scenes.Input{Back: true})
	if h.scene() != "title" {
		t.Fatalf("Esc on Settings opened %q, want the title", h.scene())
	}
	h.settle()
	if bytes.Equal(beforeBtn, snapshot(h.readback(), image.Rect(80, 330, 420, 380))) {
		t.Error("the New career button looks the same after switching to Spanish")
	}
	h.shot("settings-title-es")
}

func snapshot(img *image.RGBA, r image.Rectangle) []byte {
	var out []byte
	for y := r.Min.Y; y < r.Max.Y; y++ {
		out = append(out, img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X, y)]...)
	}
	return out
}

// High contrast turns the title's cream paper white and its teal darker, at once,
// and is saved; the week dashboard draws in it too.
func TestSettingsHighContrastRedrawsTheScreens(t *testing.T) {
	prefs := prefsIn(t, store.Prefs{Seen: true})
	h := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefs})
	h.settle()
	const bgX, bgY = 760, 120 // empty paper right of the game's name
	if p := h.pixel(bgX, bgY); !near(p, ui.Paper, 4) {
		t.Fatalf("title background is %v, want the cream paper", p)
	}
	h.click(settingsX, settingsY)
	for i := 0; i < 9; i++ { // English, Español, quieter, louder, five text sizes, High contrast
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if !savedPrefs(t, prefs).HighContrast {
		t.Error("high contrast was not saved")
	}
	h.shot("settings-screen-high-contrast")
	h.key(scenes.Input{Back: true})
	h.settle()
	if p := h.pixel(bgX, bgY); !near(p, ui.White, 4) {
		t.Errorf("high-contrast title background is %v, want white", p)
	}
	if p := h.pixel(125, 355); near(p, ui.Teal, 6) || p.R+p.G+p.B > 0x3a+0x47+40 {
		t.Errorf("high-contrast New career button is %v, want a darker teal than %v", p, ui.Teal)
	}
	h.shot("settings-title-high-contrast")

	// the week dashboard, over the same context
	ctx := h.app.Context()
	s := game.NewSession(ctx.Content, game.Options{Name: "Shot", Seed: 3})
	for n := 0; n < 3000 && !(s.Step().Kind == game.StepWeek && s.View().Week() == 2); n++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	ctx.Session = s
	ctx.Sync()
	h.tick(scenes.Input{})
	if h.scene() != "week" {
		t.Fatalf("on %q, want the week", h.scene())
	}
	h.shot("settings-week-high-contrast")
	if p := h.pixel(640, 6); !near(p, ui.Contrast(ui.Teal).(color.RGBA), 4) {
		t.Errorf("the week's header is %v, want the high-contrast teal", p)
	}
}

// With reduced motion the first frame after a screen change is the screen whole;
// without it that frame is still fading in.
func TestSettingsReducedMotionRemovesTheFade(t *testing.T) {
	for _, reduced := range []bool{false, true} {
		h := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefsIn(t, store.Prefs{Seen: true, ReducedMotion: reduced})})
		h.settle()
		h.tick(scenes.Input{Enter: true, Choose: true}) // New career: the mode screen opens
		first := snapshot(h.readback(), image.Rect(0, 0, 1280, 720))
		h.settle()
		whole := snapshot(h.readback(), image.Rect(0, 0, 1280, 720))
		if same := bytes.Equal(first, whole); same != reduced {
			for i := range first {
				if first[i] != whole[i] {
					t.Logf("first difference at x=%d y=%d: %v vs %v", (i/4)%1280, i/4/1280, first[i-i%4:i-i%4+4], whole[i-i%4:i-i%4+4])
					break
				}
			}
			t.Errorf("reduced motion %v: first frame equals the settled one: %v", reduced, same)
		}
	}
}

// The career-day kiosk never writes the device's settings and offers none.
func TestSettingsKioskNeverWritesPrefs(t *testing.T) {
	prefs := &store.Memory{}
	h := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefs, Kiosk: true})
	h.settle()
	h.app.Context().Prefs.HighContrast = true
	h.app.Context().SavePrefs()
	if prefs.Data != nil {
		t.Errorf("the kiosk wrote settings: %q", prefs.Data)
	}
	if n := h.countColor(image.Rect(850, 90, 1250, 160), ui.Focus); n > 20 {
		t.Errorf("the kiosk offers settings (%d pixels of the card)", n)
	}
	h.click(settingsX, settingsY)
	if h.scene() == "settings" {
		t.Error("the kiosk's title opens Settings")
	}
}

// The pause menu opens Settings as a panel; a language chosen there re-lays out
// the screens already open (the pause menu under it); Done closes the panel.
func TestSettingsFromThePauseMenu(t *testing.T) {
	es, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	es["pause.title"] = "En pausa"
	catalogs := func(l string) (game.Catalog, error) {
		if l == "es" {
			return es, nil
		}
		return assets.Catalog(l)
	}
	h := newHarness(t, 1280, 720, scenes.Config{PrefsStore: prefsIn(t, store.Prefs{Seen: true}), Catalogs: catalogs})
	h.enter()
	h.fullCareer()
	h.key(scenes.Input{Chars: []rune("Bo")})
	h.enter()
	h.key(scenes.Input{Back: true})
	if h.scene() != "pause" {
		t.Fatalf("Esc opened %q, want pause", h.scene())
	}
	h.shot("settings-pause")
	pauseTitle := image.Rect(280, 150, 600, 190)
	before := snapshot(h.readback(), pauseTitle)
	h.click(450, 432) // Settings, the pause menu's fourth button
	if h.scene() != "settings" {
		t.Fatalf("the pause menu's Settings opened %q", h.scene())
	}
	h.shot("settings-panel")
	h.key(scenes.Input{Next: true}) // Español
	h.enter()
	// Tab to Done (after the five text sizes, the volume's two buttons and the three
	// switches) and press it
	for i := 0; i < 11; i++ {
		h.key(scenes.Input{Next: true})
	}
	h.enter()
	if h.scene() != "pause" {
		t.Fatalf("Done on the Settings panel opened %q, want the pause menu", h.scene())
	}
	h.settle()
	if bytes.Equal(before, snapshot(h.readback(), pauseTitle)) {
		t.Error("the pause menu under Settings still reads the same after switching to Spanish")
	}
	h.shot("settings-pause-es")
}

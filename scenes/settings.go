package scenes

import (
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/game/store"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// loadPrefs reads the device's settings at start. With a settings store and none
// saved yet, the title offers Settings once (a card by its button); that offer is
// recorded at once, so it is never made again on this device.
func (ctx *Context) loadPrefs() {
	p, _ := store.LoadPrefs(ctx.PrefsStore)
	ctx.Prefs = p
	ctx.Fonts.Scale = p.TextScale()
	if ctx.PrefsStore == nil || ctx.Kiosk || p.Seen {
		return
	}
	ctx.offerSettings = true
	ctx.Prefs.Seen = true
	// written a few ticks on, not before the first frame (App.Step)
	ctx.prefsUnsaved = true
}

// SavePrefs writes the device's settings. The kiosk never writes them: a booth's
// visitors share one machine and its operator's choices.
func (ctx *Context) SavePrefs() {
	if ctx.PrefsStore == nil || ctx.Kiosk {
		return
	}
	// a settings file that cannot be written costs only this choice next time
	store.SavePrefs(ctx.PrefsStore, ctx.Prefs)
}

// SetLang switches the interface language at once: the strings, every open screen
// laid out again, and the window title. The choice is saved for the next start.
func (ctx *Context) SetLang(lang string) error {
	load := ctx.Catalogs
	if load == nil {
		load = assets.Catalog
	}
	cat, err := load(lang)
	if err != nil {
		return err
	}
	ctx.Lang, ctx.Catalog = lang, cat
	ctx.Prefs.Lang = lang
	ctx.SavePrefs()
	ctx.app.Relayout()
	ebiten.SetWindowTitle(ctx.T("app.title"))
	return nil
}

// SetTextSize sets the text size (percent, 100-200): every measure follows it
// (ui.Fonts.Scale) and every open screen is laid out again, reflowed. The choice is
// saved for the next start.
func (ctx *Context) SetTextSize(pct int) {
	ctx.Prefs.TextSize = pct
	ctx.Fonts.Scale = ctx.Prefs.TextScale()
	ctx.SavePrefs()
	ctx.app.Relayout()
}

// SettingsScene is the device's settings: language, text size, sound volume and
// mute, high contrast, reduced motion.
// It opens from the title as a screen and from the pause menu as a panel.
type SettingsScene struct {
	// Overlay draws it as a panel over the screen below (from the pause menu); Done
	// closes the panel instead of going to the title.
	Overlay bool
	m       menu
	actions []string // what each button does: "lang:<id>", "quieter", "louder", "size:<pct>", "contrast", "motion", "mute", "done"
	title   string
	langH   string
	note    ui.Block
	area    ui.Rect
	langY   float64
	sizeH   string
	sizeY   float64
	noteY   float64
	// the sound row, right of the languages (or under them when they crowd it): its
	// heading and the volume between the quieter and louder buttons
	soundH, volume                   string
	soundX, soundY, volumeX, volumeY float64
	panel                            ui.Rect // the panel's frame (Overlay), grown to its content
}

// Name implements Scene.
func (s *SettingsScene) Name() string { return "settings" }

var (
	prefsLangStyle  = ui.Style{Size: 20, Bold: true, Color: ui.Ink}
	prefsLabelStyle = ui.Style{Size: 20, Bold: true, Color: ui.Teal}
	prefsStepStyle  = ui.Style{Size: 32, Bold: true, Color: ui.Teal} // the volume's − and +
)

// Layout implements Scene. The focus is kept, so a switch of language or theme
// leaves it on the button just pressed.
func (s *SettingsScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	ctx.offerSettings = false
	s.area = ui.Rect{X: 80, Y: 60, W: 760, H: 600}
	if s.Overlay {
		s.area = ui.Rect{X: panel.X + 40, Y: panel.Y + 30, W: panel.W - 80, H: panel.H - 50}
	}
	x, y := s.area.X, s.area.Y
	s.title = ctx.T("prefs.title")
	s.note = fs.NewBlock(ctx.T("prefs.note"), ui.BodySm, s.area.W)
	y += max(46, fs.LineHeight(ui.H2)+6)
	s.noteY = y
	y += s.note.Height() + 16
	s.langH, s.langY = ctx.T("prefs.language"), y
	y += fs.LineHeight(prefsLabelStyle) + 8
	s.m.items, s.actions = nil, nil
	// the languages side by side, each as wide and tall as its name needs
	bx, langH := x, 0.0
	for _, l := range game.Langs {
		b := ui.Button{Kind: ui.CardKind, Check: true, Selected: l == ctx.Lang}
		b.Title = fs.NewBlock(ctx.T("prefs.lang."+l), prefsLangStyle, 1000)
		w := max(230, b.Title.Widths[0]+2*14+34+4)
		b.R = ui.Rect{X: bx, Y: y, W: w, H: max(56, b.Title.Height()+2*14)}
		bx, langH = bx+w+20, max(langH, b.R.H)
		s.m.items = append(s.m.items, b)
		s.actions = append(s.actions, "lang:"+l)
	}
	// the volume: quieter and louder buttons either side of the percentage, right
	// of the languages when there is room, else on a row of its own
	sq := max(56, fs.LineHeight(prefsStepStyle)+12)
	s.volume = ctx.T("prefs.volume_value", itoa(ctx.Prefs.SoundVolume()))
	vw := max(96, fs.Width(s.volume, prefsLangStyle)+24)
	s.soundH = ctx.T("prefs.sound")
	s.soundX, s.soundY = bx+20, s.langY
	sy := y
	if s.soundX+max(2*sq+vw, fs.Width(s.soundH, prefsLabelStyle)) > s.area.X+s.area.W {
		y += langH + 24
		s.soundX, s.soundY = x, y
		y += fs.LineHeight(prefsLabelStyle) + 8
		sy, langH = y, 0
	}
	for i, d := range []string{"prefs.volume_down", "prefs.volume_up"} {
		b := ui.NewQuiet(fs, ctx.T(d), s.soundX+float64(i)*(sq+vw), sy)
		b.R.W, b.R.H = sq, sq
		b.Title = fs.NewBlock(ctx.T(d), prefsStepStyle, 10000)
		b.Disabled = (i == 0 && ctx.Prefs.SoundVolume() == 0) || (i == 1 && ctx.Prefs.SoundVolume() == 100)
		s.m.items = append(s.m.items, b)
		s.actions = append(s.actions, []string{"quieter", "louder"}[i])
	}
	s.volumeX = s.soundX + sq + (vw-fs.Width(s.volume, prefsLangStyle))/2
	s.volumeY = sy + (sq-fs.LineHeight(prefsLangStyle))/2
	y += max(langH, sq) + 24
	// the text size: a row of sizes, wrapping when the words are large
	s.sizeH, s.sizeY = ctx.T("prefs.text_size"), y
	y += fs.LineHeight(prefsLabelStyle) + 8
	bx, rowH := x, 0.0
	for _, pct := range store.TextSizes {
		label := ctx.T("prefs.text_size_pct", itoa(pct))
		b := ui.Button{Kind: ui.CardKind, Check: true, Selected: pct == int(ctx.Fonts.TextScale()*100+0.5)}
		b.Title = fs.NewBlock(label, prefsLangStyle, 1000)
		w := b.Title.Widths[0] + 2*14 + 34 + 4
		h := max(56, b.Title.Height()+2*14)
		if bx > x && bx+w > s.area.X+s.area.W {
			bx, y = x, y+rowH+12
		}
		b.R = ui.Rect{X: bx, Y: y, W: w, H: h}
		bx, rowH = bx+w+12, max(rowH, h)
		s.m.items = append(s.m.items, b)
		s.actions = append(s.actions, "size:"+itoa(pct))
	}
	y += rowH + 24
	onOff := func(on bool) string {
		if on {
			return ctx.T("prefs.on")
		}
		return ctx.T("prefs.off")
	}
	toggles := ui.LayoutCards(fs, []ui.CardSpec{
		{Title: ctx.T("prefs.contrast"), Detail: ctx.T("prefs.contrast_detail"), Tag: onOff(ctx.Prefs.HighContrast), Check: true, Selected: ctx.Prefs.HighContrast},
		{Title: ctx.T("prefs.motion"), Detail: ctx.T("prefs.motion_detail"), Tag: onOff(ctx.Prefs.ReducedMotion), Check: true, Selected: ctx.Prefs.ReducedMotion},
		{Title: ctx.T("prefs.mute"), Detail: ctx.T("prefs.mute_detail"), Tag: onOff(ctx.Prefs.Muted), Check: true, Selected: ctx.Prefs.Muted},
	}, ui.Rect{X: x, Y: y, W: s.area.W, H: max(s.area.Y+s.area.H-y-80, fs.S(200))}, 12)
	for i, b := range toggles {
		s.m.items = append(s.m.items, b)
		s.actions = append(s.actions, []string{"contrast", "motion", "mute"}[i])
		y = b.R.Y + b.R.H
	}
	done := ui.NewPrimary(fs, ctx.T("prefs.done"), x, y+24)
	done.R.W = max(240, done.R.W)
	s.m.items = append(s.m.items, done)
	s.actions = append(s.actions, "done")
	s.panel = panelTo(done.R.Y + done.R.H + 24)
}

// Update implements Scene.
func (s *SettingsScene) Update(ctx *Context, in *Input) error {
	if in.Back {
		s.close(ctx)
		return nil
	}
	i := s.m.handle(in)
	if i < 0 {
		return nil
	}
	switch a := s.actions[i]; a {
	case "contrast":
		ctx.Prefs.HighContrast = !ctx.Prefs.HighContrast
		ctx.SavePrefs()
		s.Layout(ctx)
	case "motion":
		ctx.Prefs.ReducedMotion = !ctx.Prefs.ReducedMotion
		ctx.SavePrefs()
		s.Layout(ctx)
	case "quieter", "louder":
		step := 10
		if a == "quieter" {
			step = -10
		}
		ctx.Prefs.SetVolume(ctx.Prefs.SoundVolume() + step)
		ctx.SavePrefs()
		s.Layout(ctx)
	case "mute":
		ctx.Prefs.Muted = !ctx.Prefs.Muted
		ctx.SavePrefs()
		s.Layout(ctx)
	case "done":
		s.close(ctx)
	default:
		if pct, ok := strings.CutPrefix(a, "size:"); ok {
			n, _ := strconv.Atoi(pct)
			ctx.SetTextSize(n)
			return nil
		}
		if l := a[len("lang:"):]; l != ctx.Lang {
			if err := ctx.SetLang(l); err != nil {
				ctx.trace("settings: " + err.Error())
			}
		}
	}
	return nil
}

func (s *SettingsScene) close(ctx *Context) {
	if s.Overlay {
		ctx.Pop()
		return
	}
	ctx.GoTo(&TitleScene{})
}

// Draw implements Scene.
func (s *SettingsScene) Draw(ctx *Context, c *ui.Canvas) {
	if s.Overlay {
		drawPanel(c, s.panel)
	}
	c.Text(s.title, s.area.X, s.area.Y, ui.H2)
	c.Block(s.note, s.area.X, s.noteY)
	c.Text(s.langH, s.area.X, s.langY, prefsLabelStyle)
	c.Text(s.sizeH, s.area.X, s.sizeY, prefsLabelStyle)
	c.Text(s.soundH, s.soundX, s.soundY, prefsLabelStyle)
	c.Text(s.volume, s.volumeX, s.volumeY, prefsLangStyle)
	s.m.draw(c)
}

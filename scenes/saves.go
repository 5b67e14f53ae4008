package scenes

import (
	"io"
	"io/fs"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// maxSaveFile is the largest file taken as a save; a real save is tens of kilobytes.
const maxSaveFile = 4 << 20

// SavesScene is the title's "Save files" page: save the career to a file (to carry
// it to another computer or hand it in) and open a saved file. A file is checked by
// game.Load before anything changes; a career already saved is replaced only after
// the player confirms.
type SavesScene struct {
	m       menu
	actions []string
	saved   *game.Session
	pending []byte // a checked file waiting for the player to confirm the replace
	pendWho string
	note    string
	noteBad bool
	title   ui.Block
	bodyY   float64 // below the title, however many lines it wraps to
	body    ui.Block
	noteB   ui.Block
	ask     ui.Block
}

// Name implements Scene.
func (s *SavesScene) Name() string { return "saves" }

// Layout implements Scene.
func (s *SavesScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.saved = nil
	if ctx.Content != nil {
		if data, err := ctx.Store.Load(); err == nil && data != nil {
			s.saved, _ = game.Load(ctx.Content, data)
		}
	}
	s.title = fs.NewBlock(ctx.T("saves.title"), ui.H2, 1120)
	s.bodyY = max(150, 60+s.title.Height()+16)
	body := ctx.T("saves.body")
	if s.saved != nil && s.saved.View().PlayerName() != "" {
		body += "\n\n" + ctx.T("saves.current", s.saved.View().PlayerName())
	}
	if ctx.Desktop {
		body += "\n\n" + ctx.T("saves.drop_hint")
	}
	s.body = fs.NewBlock(body, ui.Body, 1000)
	col := ui.Good
	if s.noteBad {
		col = ui.Bad
	}
	s.noteB = fs.NewBlock(s.note, ui.Style{Size: 18, Bold: true, Color: col}, 1000)
	s.m.items, s.actions = nil, nil
	y := s.bodyY + s.body.Height() + 30
	add := func(label, action string, primary bool) {
		b := ui.NewQuiet(fs, label, 80, y)
		if primary {
			b = ui.NewPrimary(fs, label, 80, y)
		}
		b.R.W = max(b.R.W, 360)
		s.m.items = append(s.m.items, b)
		s.actions = append(s.actions, action)
		y += b.R.H + 16
	}
	if s.pending != nil {
		who := ctx.T("saves.nobody")
		if s.saved != nil && s.saved.View().PlayerName() != "" {
			who = s.saved.View().PlayerName()
		}
		s.ask = fs.NewBlock(ctx.T("saves.confirm", who, s.pendWho), ui.Style{Size: 18, Bold: true, Color: ui.Bad}, 1000)
		y += s.ask.Height() + 12
		add(ctx.T("saves.keep"), "keep", true)
		add(ctx.T("saves.replace"), "replace", false)
		s.m.focus = 0
		return
	}
	if s.saved != nil {
		add(ctx.T("saves.export"), "export", true)
	}
	add(ctx.T("saves.import"), "import", s.saved == nil)
	add(ctx.T("name.back"), "back", false)
	if s.m.focus >= len(s.m.items) {
		s.m.focus = 0
	}
}

// Update implements Scene.
func (s *SavesScene) Update(ctx *Context, in *Input) error {
	if data := ctx.imported; data != nil {
		ctx.imported = nil
		s.open(ctx, data)
		return nil
	}
	i := s.m.handle(in)
	if in.Back && i < 0 {
		if s.pending != nil {
			s.pending = nil
			s.Layout(ctx)
			return nil
		}
		ctx.GoTo(&TitleScene{})
		return nil
	}
	if i < 0 {
		return nil
	}
	switch s.actions[i] {
	case "export":
		s.export(ctx)
	case "import":
		if ctx.PickSave != nil {
			ctx.trace("scene=saves pick")
			ctx.PickSave()
		} else {
			s.say(ctx, ctx.T("saves.drop_hint"), false)
		}
	case "keep":
		s.pending = nil
		s.say(ctx, ctx.T("saves.kept"), false)
	case "replace":
		data := s.pending
		s.pending = nil
		s.commit(ctx, data)
	case "back":
		ctx.GoTo(&TitleScene{})
	}
	return nil
}

func (s *SavesScene) say(ctx *Context, note string, bad bool) {
	s.note, s.noteBad = note, bad
	s.Layout(ctx)
}

// export hands the saved career to the machine as a JSON file.
func (s *SavesScene) export(ctx *Context) {
	if s.saved == nil {
		return
	}
	data, err := s.saved.Save()
	if err != nil {
		s.say(ctx, ctx.T("saves.export_failed", err.Error()), true)
		return
	}
	where, err := exportFile(saveFileName(s.saved.View().PlayerName(), ctx.Now().Format("2006-01-02")), "application/json", data)
	if err != nil {
		ctx.trace("scene=saves export=error")
		s.say(ctx, ctx.T("saves.export_failed", err.Error()), true)
		return
	}
	ctx.trace("scene=saves export=ok")
	if ctx.Desktop {
		s.say(ctx, ctx.T("saves.exported_to", where), false)
	} else {
		s.say(ctx, ctx.T("saves.downloaded", where), false)
	}
}

// open checks a save file; a good one replaces the saved career (after a confirm
// when there is one), a bad one is explained and changes nothing.
func (s *SavesScene) open(ctx *Context, data []byte) {
	s.pending = nil
	if ctx.Content == nil {
		s.say(ctx, ctx.T("saves.import_bad", ctx.T("title.content_error")), true)
		return
	}
	if len(data) > maxSaveFile {
		s.say(ctx, ctx.T("saves.import_bad", ctx.T("saves.too_big")), true)
		return
	}
	sess, err := game.Load(ctx.Content, data)
	if err != nil {
		ctx.trace("scene=saves import=bad")
		s.say(ctx, ctx.T("saves.import_bad", err.Error()), true)
		return
	}
	if s.saved != nil {
		ctx.trace("scene=saves import=confirm")
		s.pending, s.pendWho = data, sess.View().PlayerName()
		s.say(ctx, "", false)
		return
	}
	s.commit(ctx, data)
}

// commit stores a checked save file as the saved career.
func (s *SavesScene) commit(ctx *Context, data []byte) {
	sess, err := game.Load(ctx.Content, data)
	if err == nil {
		data, err = sess.Save()
	}
	if err == nil {
		err = ctx.Store.Save(data)
	}
	if err != nil {
		s.say(ctx, ctx.T("saves.import_bad", err.Error()), true)
		return
	}
	ctx.Session = nil
	ctx.trace("scene=saves import=ok")
	s.say(ctx, ctx.T("saves.imported", sess.View().PlayerName()), false)
}

// Draw implements Scene.
func (s *SavesScene) Draw(ctx *Context, c *ui.Canvas) {
	c.Block(s.title, 80, 60)
	c.Block(s.body, 80, s.bodyY)
	if s.pending != nil {
		c.Block(s.ask, 80, s.bodyY+s.body.Height()+30)
	}
	s.m.draw(c)
	if s.note != "" && s.pending == nil {
		last := s.m.items[len(s.m.items)-1].R
		c.Block(s.noteB, 80, last.Y+last.H+30)
	}
}

// saveFileName is the export's name: health-manager-<name>-<date>.json, the name
// kept to letters and digits so every file system takes it.
func saveFileName(name, date string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if b.Len() > 0 && !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	slug := strings.TrimSuffix(b.String(), "-")
	if slug == "" {
		slug = "career"
	}
	if len(slug) > 40 {
		slug = strings.TrimSuffix(slug[:40], "-")
	}
	return "health-manager-" + slug + "-" + date + ".json"
}

// offerSave hands a save file to the saves page: the title opens it, another screen
// (a run in progress) ignores it, and the kiosk never takes one.
func (a *App) offerSave(data []byte) {
	if a.ctx.Kiosk || len(a.stack) != 1 {
		return
	}
	switch a.Base().(type) {
	case *SavesScene:
	case *TitleScene:
		a.ctx.GoTo(&SavesScene{})
	default:
		return
	}
	a.ctx.imported = data
}

// takeSaveFiles takes a save file the browser's picker delivered.
func (a *App) takeSaveFiles() {
	select {
	case data := <-a.ctx.SaveFiles:
		a.offerSave(data)
	default:
	}
}

// takeDropped takes the first file dropped on the window (desktop and browser).
func (a *App) takeDropped() {
	if fsys := ebiten.DroppedFiles(); fsys != nil {
		if data, ok := firstFile(fsys); ok {
			a.offerSave(data)
		}
	}
}

// firstFile reads the first file (not folder) of a drop, at most one byte more than
// a save may be, so a huge file is refused without being read whole.
func firstFile(fsys fs.FS) ([]byte, bool) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, false
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		f, err := fsys.Open(e.Name())
		if err != nil {
			return nil, false
		}
		defer f.Close()
		data, err := io.ReadAll(io.LimitReader(f, maxSaveFile+1))
		return data, err == nil
	}
	return nil, false
}

package scenes

import "github.com/hsmgame/healthmanager/scenes/ui"

// entry is what the one-line entry screens (the player's name, the class code) share:
// a heading, a prompt, a menu whose first item is the field, and the field's text.
type entry struct {
	m      menu
	field  ui.Rect
	prompt ui.Block
	// composed at layout and when the text changes
	title, placeholder, text string
	// laid out from the text size (layoutEntry): the heading wrapped, where it and
	// the prompt start
	titleB          ui.Block
	titleY, promptY float64
	placeY, typedY  float64 // the placeholder's and the typed text's y
}

// entryLook is how an entry screen sets text in its field.
type entryLook struct {
	pad       float64  // the text's and the placeholder's inset from the field's left
	textY     float64  // the typed text's inset from the field's top (the placeholder's is 18)
	placeSize float64  // the placeholder's font size
	style     ui.Style // the typed text's style
}

// layoutEntry lays the heading, the prompt and the field out from top (the
// heading's y at the usual text size, 120) down, each below the one before however
// many lines they wrap to: the field is w wide (at least) and h tall at the usual
// text size, taller for a larger one.
func (e *entry) layoutEntry(fs *ui.Fonts, look entryLook, top, fieldY, w, h float64) {
	e.titleB = fs.NewBlock(e.title, ui.H1, ui.W-160)
	e.titleY = top
	e.promptY = max(top+70, top+e.titleB.Height()+10)
	fieldY = max(fieldY+top-120, e.promptY+e.prompt.Height()+24)
	typedH := look.textY*2 + fs.LineHeight(look.style)
	placeH := 36 + fs.LineHeight(ui.Style{Size: look.placeSize})
	w = max(w, fs.Width(e.placeholder, ui.Style{Size: look.placeSize})+2*look.pad+20)
	e.field = ui.Rect{X: 80, Y: fieldY, W: w, H: max(h, typedH, placeH)}
	e.typedY = fieldY + (e.field.H-fs.LineHeight(look.style))/2
	e.placeY = fieldY + (e.field.H-fs.LineHeight(ui.Style{Size: look.placeSize}))/2
}

// drawEntry draws the heading, the prompt, the menu and the field: the typed text, or
// the placeholder in soft ink while nothing is typed.
func (e *entry) drawEntry(c *ui.Canvas, look entryLook) {
	c.Block(e.titleB, 80, e.titleY)
	c.Block(e.prompt, 80, e.promptY)
	e.m.draw(c)
	if e.text == "" {
		c.Text(e.placeholder, e.field.X+look.pad, e.placeY, ui.Style{Size: look.placeSize, Color: ui.InkSoft})
	} else {
		c.Text(e.text, e.field.X+look.pad, e.typedY, look.style)
	}
}

// appBar is the teal bar with the game's name at the top of the screens before a
// career (the modes, the name): as tall as its text, 64 at the usual text size.
type appBar struct {
	title ui.Block
	h, y  float64 // the bar's height, the title's y
}

var appBarStyle = ui.Style{Size: 24, Bold: true, Color: ui.White}

func newAppBar(ctx *Context) appBar {
	b := appBar{title: ctx.Fonts.NewBlock(ctx.T("app.title"), appBarStyle, ui.W-48)}
	b.h = max(headerH, b.title.Height()+2*14)
	b.y = (b.h - b.title.Height()) / 2
	return b
}

// extra is how much taller than 64 the bar is: the screen below moves down by as much.
func (b *appBar) extra() float64 { return b.h - headerH }

func (b *appBar) draw(c *ui.Canvas) {
	c.FillRect(ui.Rect{X: 0, Y: 0, W: ui.W, H: b.h}, ui.Teal)
	c.Block(b.title, 24, b.y)
}

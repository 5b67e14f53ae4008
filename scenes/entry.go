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
}

// entryLook is how an entry screen sets text in its field.
type entryLook struct {
	pad       float64  // the text's and the placeholder's inset from the field's left
	textY     float64  // the typed text's inset from the field's top (the placeholder's is 18)
	placeSize float64  // the placeholder's font size
	style     ui.Style // the typed text's style
}

// drawEntry draws the heading, the prompt, the menu and the field: the typed text, or
// the placeholder in soft ink while nothing is typed.
func (e *entry) drawEntry(c *ui.Canvas, look entryLook) {
	c.Text(e.title, 80, 120, ui.H1)
	c.Block(e.prompt, 80, 190)
	e.m.draw(c)
	if e.text == "" {
		c.Text(e.placeholder, e.field.X+look.pad, e.field.Y+18, ui.Style{Size: look.placeSize, Color: ui.InkSoft})
	} else {
		c.Text(e.text, e.field.X+look.pad, e.field.Y+look.textY, look.style)
	}
}

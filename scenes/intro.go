package scenes

import (
	"image/color"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// IntroScene is an act's title card: where the run is on the road and what this act
// teaches.
type IntroScene struct {
	stepNav
	body  ui.Block
	src   ui.Block
	acts  []string
	stops []roadStop // the road's acts, composed and measured at layout
	title string
	place placeBand // the act's picture under the text (scenes/places.go)
}

// roadStop is one act on the intro's road.
type roadStop struct {
	x            float64
	col          color.Color
	num, label   string
	numX, labelX float64
	st           ui.Style
}

var roadNumStyle = ui.Style{Size: 16, Bold: true, Color: ui.White}

const roadX0, roadX1, roadY = 190.0, 1090.0, 120.0

// Name implements Scene.
func (s *IntroScene) Name() string { return "intro" }

// Layout implements Scene.
func (s *IntroScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.begin(ctx)
	s.body = fs.NewBlock(ctx.R(s.step.Body), ui.Style{Size: 22, Color: ui.Ink}, 900)
	s.gloss.mark(ctx, &s.body, 190, 290)
	if a := ctx.Content.ActDef(s.step.Act); a != nil && a.Source != "" {
		s.src = fs.NewBlock(a.Source, ui.Small, 900)
	}
	s.acts = nil
	for _, a := range game.Acts {
		if d := ctx.Content.ActDef(a); d != nil {
			s.acts = append(s.acts, ctx.X(d.Title))
		}
	}
	s.title = ctx.R(s.step.Title)
	s.layoutRoad(fs)
	s.place = introBand(ctx, s.step.Act, 290+s.body.Height())
	y := float64(ui.H - 130) // a fixed place, whatever the text length
	cont := ui.NewPrimary(fs, ctx.T("nav.continue"), 190, y)
	s.m.items = append(s.m.items, cont)
	s.addFact(ctx, cont.R.X+cont.R.W+20, y+3)
	s.end()
	s.m.focus = 0
}

// Update implements Scene.
func (s *IntroScene) Update(ctx *Context, in *Input) error {
	if s.handle(ctx, in) == 0 {
		return ctx.Do((*game.Session).Continue)
	}
	return nil
}

// layoutRoad places the road: four acts, this one highlighted.
func (s *IntroScene) layoutRoad(fs *ui.Fonts) {
	n := len(s.acts)
	cur := 0
	for i, a := range game.Acts {
		if a == s.step.Act {
			cur = i
		}
	}
	x0, x1 := roadX0, roadX1
	s.stops = s.stops[:0]
	for i, t := range s.acts {
		x := x0 + (x1-x0)*float64(i)/float64(max(1, n-1))
		col := ui.Line
		if i < cur {
			col = ui.TealLight
		}
		if i == cur {
			col = ui.Focus
		}
		st := ui.Style{Size: 15, Color: ui.InkSoft}
		if i == cur {
			st = ui.Style{Size: 15, Bold: true, Color: ui.Ink}
		}
		num := itoa(i + 1)
		s.stops = append(s.stops, roadStop{x: x, col: col, num: num, numX: x - fs.Width(num, roadNumStyle)/2, label: t, labelX: x - fs.Width(t, st)/2, st: st})
	}
}

// Draw implements Scene.
func (s *IntroScene) Draw(ctx *Context, c *ui.Canvas) {
	s.h.draw(c, s.menuFocused())
	c.Line(roadX0, roadY, roadX1, roadY, 4, ui.Line)
	for _, p := range s.stops {
		c.Circle(p.x, roadY, 16, p.col)
		c.Text(p.num, p.numX, roadY-10, roadNumStyle)
		c.Text(p.label, p.labelX, roadY+26, p.st)
	}
	c.Text(s.title, 190, 210, ui.H1)
	c.Block(s.body, 190, 290)
	s.place.draw(c)
	c.Block(s.src, 190, ui.H-50)
	s.m.draw(c)
	s.gloss.draw(c)
}

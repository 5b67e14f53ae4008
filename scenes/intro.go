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
	title ui.Block
	place placeBand // the act's picture under the text (scenes/places.go)
	// laid out from the text size: the title below the road's labels, the body
	// below the title, the source below the buttons
	titleY, bodyY, srcY float64
	// the stops' circles hold their numbers: radius, the numbers' y, the labels' y
	roadR, numY, labelY float64
}

// roadStop is one act on the intro's road.
type roadStop struct {
	x      float64
	col    color.Color
	num    string
	numX   float64
	label  ui.Block  // wrapped to the room between two stops
	labelX []float64 // each line's x, centred on the stop
	st     ui.Style
}

var roadNumStyle = ui.Style{Size: 16, Bold: true, Color: ui.White}

const roadX0, roadX1, roadY = 190.0, 1090.0, 120.0

// Name implements Scene.
func (s *IntroScene) Name() string { return "intro" }

// Layout implements Scene.
func (s *IntroScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.begin(ctx)
	s.acts = nil
	for _, a := range game.Acts {
		if d := ctx.Content.ActDef(a); d != nil {
			s.acts = append(s.acts, ctx.X(d.Title))
		}
	}
	labelsBottom := s.layoutRoad(fs)
	s.title = fs.NewBlock(ctx.R(s.step.Title), ui.H1, ui.W-190-40)
	s.titleY = max(210, labelsBottom+24)
	s.bodyY = max(s.titleY+80, s.titleY+s.title.Height()+14)
	s.body = fs.NewBlock(ctx.R(s.step.Body), ui.Style{Size: 22, Color: ui.Ink}, 900)
	s.gloss.mark(ctx, &s.body, 190, s.bodyY)
	if a := ctx.Content.ActDef(s.step.Act); a != nil && a.Source != "" {
		s.src = fs.NewBlock(a.Source, ui.Small, 900)
	}
	s.place = introBand(ctx, s.step.Act, s.bodyY+s.body.Height())
	// a fixed place whatever the text length, unless the body reaches there
	y := max(float64(ui.H-130), s.bodyY+s.body.Height()+20)
	cont := ui.NewPrimary(fs, ctx.T("nav.continue"), 190, y)
	s.m.items = append(s.m.items, cont)
	s.addFact(ctx, cont.R.X+cont.R.W+20, y+3)
	s.srcY = max(ui.H-50, y+cont.R.H+16)
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

// layoutRoad places the road: four acts, this one highlighted. It returns the
// bottom of the acts' labels.
func (s *IntroScene) layoutRoad(fs *ui.Fonts) float64 {
	n := len(s.acts)
	cur := 0
	for i, a := range game.Acts {
		if a == s.step.Act {
			cur = i
		}
	}
	x0, x1 := roadX0, roadX1
	s.stops = s.stops[:0]
	numH := fs.LineHeight(roadNumStyle)
	s.roadR = max(16, numH/2+4)
	s.numY = roadY - numH/2
	s.labelY = roadY + s.roadR + 10
	bottom := s.labelY
	room := (x1-x0)/float64(max(1, n-1)) - 20 // a label wraps within its share of the road
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
		p := roadStop{x: x, col: col, num: num, numX: x - fs.Width(num, roadNumStyle)/2, label: fs.NewBlock(t, st, room), st: st}
		for _, w := range p.label.Widths {
			p.labelX = append(p.labelX, x-w/2)
		}
		bottom = max(bottom, s.labelY+p.label.Height())
		s.stops = append(s.stops, p)
	}
	return bottom
}

// Draw implements Scene.
func (s *IntroScene) Draw(ctx *Context, c *ui.Canvas) {
	s.h.draw(c, s.menuFocused())
	c.Line(roadX0, roadY, roadX1, roadY, 4, ui.Line)
	for _, p := range s.stops {
		c.Circle(p.x, roadY, s.roadR, p.col)
		c.Text(p.num, p.numX, s.numY, roadNumStyle)
		for i, l := range p.label.Lines {
			c.Text(l, p.labelX[i], s.labelY+float64(i)*p.label.LineH, p.st)
		}
	}
	c.Block(s.title, 190, s.titleY)
	c.Block(s.body, 190, s.bodyY)
	s.place.draw(c)
	c.Block(s.src, 190, s.srcY)
	s.m.draw(c)
	s.gloss.draw(c)
}

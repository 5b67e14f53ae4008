package scenes

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// RecapScene ends an act: what the player chose, what it moved and what it opened
// (game.Recap). The college recap opens with the graduation card, the first job's
// with the first day at work.
type RecapScene struct {
	stepNav
	list ui.DrawList // the title and the moment card, laid out once
	col  ui.DrawList // the three parts (and the badge's word, over the art)
	art  momentArt
	artX float64
	artY float64
}

// Name implements Scene.
func (s *RecapScene) Name() string { return "recap" }

// The recap's layout.
const (
	recapTop    = 84.0
	recapBottom = ui.H - 100.0 // above Continue
	momentW     = 360.0        // the moment card's width
	momentArtSz = 220.0
)

// Layout implements Scene.
func (s *RecapScene) Layout(ctx *Context) {
	fs := ctx.Fonts
	s.begin(ctx)
	r := s.step.Recap
	l := &s.list
	l.Reset(fs)
	s.col.Reset(fs)
	s.art = momentArt{}
	title := fs.NewBlock(ctx.R(s.step.Title), ui.H2, 1120)
	y := recapTop
	y += l.Block(title, 80, y) + 16
	x, w := 80.0, 1120.0
	if r != nil && r.Moment != "" {
		s.layoutMoment(ctx, r, y)
		x, w = 80+momentW+40, 1120-momentW-40
	}
	if r != nil {
		s.layoutColumn(ctx, r, x, y, w)
		if r.Moment == game.MomentFirstDay {
			// the new badge's word, on the lanyard card in the art
			s.col.TextCenter(ctx.T("recap.first.badge"), s.artX+momentArtSz*0.5, s.artY+momentArtSz*0.745, ui.Style{Size: 14, Bold: true, Color: ui.Teal})
		}
	}
	cont := ui.NewPrimary(fs, ctx.T("nav.continue"), 80, ui.H-80)
	s.m.items = append(s.m.items, cont)
	s.end()
	s.m.focus = 0
}

// layoutMoment places the moment card: the art, the headline, the degree or the
// job, and a caption.
func (s *RecapScene) layoutMoment(ctx *Context, r *game.Recap, top float64) {
	fs, l := ctx.Fonts, &s.list
	card := ui.Rect{X: 80, Y: top, W: momentW, H: recapBottom - top}
	l.Fill(card, ui.Teal)
	s.art = newMomentArt(r.Moment, momentArtSz)
	s.artX, s.artY = card.X+(momentW-momentArtSz)/2, top+18
	y := s.artY + momentArtSz + 14
	head := fs.NewBlock(ctx.R(r.Headline), ui.Style{Size: 26, Bold: true, Color: ui.White}, momentW-40)
	y += l.Block(head, card.X+20, y) + 8
	sub := fs.NewBlock(ctx.R(r.Sub), ui.Style{Size: 19, Bold: true, Color: ui.White}, momentW-40)
	y += l.Block(sub, card.X+20, y) + 10
	capKey := "recap.grad.caption"
	if r.Moment == game.MomentFirstDay {
		capKey = "recap.first.caption"
	}
	caption := fs.NewBlock(ctx.T(capKey), ui.Style{Size: 16, Color: ui.White}, momentW-40)
	if y+caption.Height() <= card.Y+card.H-12 {
		l.Block(caption, card.X+20, y)
	}
}

// layoutColumn places the three parts, from the largest text size that fits.
func (s *RecapScene) layoutColumn(ctx *Context, r *game.Recap, x, top, w float64) {
	fs := ctx.Fonts
	for _, size := range []float64{19, 17, 15} {
		s.col.Reset(fs)
		y := top
		head := func(key string) {
			y += s.col.Block(fs.NewBlock(ctx.T(key), ui.Style{Size: size + 3, Bold: true, Color: ui.Teal}, w), x, y) + 6
		}
		lines := func(ls []game.Line) {
			for _, ln := range ls {
				b := fs.NewBlock("• "+ctx.R(ln), ui.Style{Size: size, Color: ui.Ink}, w)
				y += s.col.Block(b, x, y) + 4
			}
			y += 12
		}
		if len(r.Chose) > 0 {
			head("recap.chose.heading")
			lines(r.Chose)
		}
		head("recap.moved.heading")
		y = s.layoutMoved(ctx, r.Moved, x, y, w, size) + 12
		if len(r.Opened) > 0 {
			head("recap.opened.heading")
			lines(r.Opened)
		}
		if y <= recapBottom {
			return
		}
	}
}

// layoutMoved writes what the act moved as chips in two labelled groups, good news
// first ("better"), then the rest ("worse"); the arrow is the direction the value
// moved. What does not fit in three rows is counted.
func (s *RecapScene) layoutMoved(ctx *Context, moved []game.Change, x, y, w, size float64) float64 {
	fs, l := ctx.Fonts, &s.col
	if len(moved) == 0 {
		return y + l.Block(fs.NewBlock(ctx.T("recap.moved.none"), ui.Style{Size: size, Color: ui.InkSoft}, w), x, y)
	}
	cx, row, rowH := x, 0, size+16
	group := -1
	for i, ch := range moved {
		if negligible(ch) {
			continue
		}
		label, amount, better := changeText(ctx, ch)
		col, word, g := ui.Bad, ctx.T("report.worse"), 1
		if better {
			col, word, g = ui.Good, ctx.T("report.better"), 0
		}
		arrow := "▲ "
		if ch.Delta < 0 {
			arrow = "▼ "
		}
		text := arrow + label + " " + amount
		st := ui.Style{Size: size - 1, Bold: true, Color: col}
		cw := fs.Width(text, st) + 20
		ww := 0.0
		if g != group {
			ww = fs.Width(word+":", st) + 10
		}
		if cx+ww+cw > x+w || g != group && group >= 0 {
			row++
			cx = x
		}
		if row == 3 {
			more := ctx.T("recap.moved.more", itoa(len(moved)-i))
			l.Text(more, x, y+3*rowH, ui.Style{Size: size - 1, Color: ui.InkSoft})
			return y + 3*rowH + size + 6
		}
		ry := y + float64(row)*rowH
		if g != group {
			l.Text(word+":", cx, ry+(rowH-6-size)/2-1, st)
			cx += ww
			group = g
		}
		r := ui.Rect{X: cx, Y: ry, W: cw, H: rowH - 6}
		l.Fill(r, ui.Card)
		l.Stroke(r, 2, col)
		l.Text(text, cx+10, r.Y+(r.H-size)/2-1, st)
		cx += cw + 8
	}
	return y + float64(min(row, 2)+1)*rowH
}

// Update implements Scene.
func (s *RecapScene) Update(ctx *Context, in *Input) error {
	if s.handle(ctx, in) == 0 {
		return ctx.Do((*game.Session).Continue)
	}
	return nil
}

// Draw implements Scene.
func (s *RecapScene) Draw(ctx *Context, c *ui.Canvas) {
	s.h.draw(c, s.menuFocused())
	s.list.Draw(c)
	s.art.draw(c, s.artX, s.artY)
	s.col.Draw(c)
	s.m.draw(c)
}

// momentArt is a moment's picture (the graduate's cap and diploma, the first day's
// building and badge), painted once per moment and size and cached.
type momentArt struct {
	img  *ebiten.Image
	size float64
	op   ebiten.DrawImageOptions
}

var momentImages = map[string]*ebiten.Image{}

func newMomentArt(moment string, size float64) momentArt {
	px := int(math.Round(size * portraitScale))
	key := moment + "/" + itoa(px)
	img, ok := momentImages[key]
	if !ok {
		img = ebiten.NewImage(px, px)
		q := &pen{dst: img, s: float32(px)}
		if moment == game.MomentFirstDay {
			paintFirstDay(q)
		} else {
			paintGraduation(q)
		}
		momentImages[key] = img
	}
	return momentArt{img: img, size: size}
}

func (a *momentArt) draw(c *ui.Canvas, x, y float64) {
	if a.img == nil {
		return
	}
	f := c.F
	s := a.size * f.Scale / float64(a.img.Bounds().Dx())
	a.op.GeoM.Reset()
	a.op.GeoM.Scale(s, s)
	a.op.GeoM.Translate(math.Round(f.OffX+x*f.Scale), math.Round(f.OffY+y*f.Scale))
	a.op.Filter = ebiten.FilterLinear
	c.Dst.DrawImage(a.img, &a.op)
}

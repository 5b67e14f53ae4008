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
	list  ui.DrawList // the title and the moment card, laid out once
	col   ui.DrawList // the three parts (and the badge's word, over the art)
	art   momentArt
	artX  float64
	artY  float64
	artSz float64 // the art's side: 220, larger with the text up to the card's width
	// face is the player at the title's right, with the face the act's changes give
	face portrait
}

// recapFace is the side of the player's portrait beside the recap's title.
const recapFace = 72.0

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
	title := fs.NewBlock(ctx.R(s.step.Title), ui.H2, 1120-recapFace-24)
	y := recapTop
	view := ctx.Session.View()
	mood := game.MoodNeutral
	if r != nil {
		mood = view.MoodOf(r.Moved)
	}
	s.face = newPortrait(view.PlayerCharacter(), mood, recapFace)
	y += max(l.Block(title, 80, y), recapFace) + 16
	x, w := 80.0, 1120.0
	bottom := y
	if r != nil && r.Moment != "" {
		bottom = s.layoutMoment(ctx, r, y)
		x, w = 80+momentW+40, 1120-momentW-40
	}
	if r != nil {
		bottom = max(bottom, s.layoutColumn(ctx, r, x, y, w))
		if r.Moment == game.MomentFirstDay {
			// the new badge's word, on the lanyard card in the art
			// the word grows with the art, so it stays on its card
			st := ui.Style{Size: 14 * s.artSz / momentArtSz / fs.TextScale(), Bold: true, Color: ui.Teal}
			s.col.TextCenter(ctx.T("recap.first.badge"), s.artX+s.artSz*0.5, s.artY+s.artSz*0.745, st)
		}
	}
	// Continue below the card and the column (the page scrolls at a large text size)
	cont := ui.NewPrimary(fs, ctx.T("nav.continue"), 80, max(ui.H-80, bottom+20))
	s.m.items = append(s.m.items, cont)
	s.end()
	s.m.focus = 0
}

// layoutMoment places the moment card: the art, the headline, the degree or the
// job, and a caption. The card is as tall as its words need (at least down to
// recapBottom); it returns the card's bottom.
func (s *RecapScene) layoutMoment(ctx *Context, r *game.Recap, top float64) float64 {
	fs := ctx.Fonts
	s.artSz = min(momentW-40, momentArtSz*fs.TextScale())
	s.art = newMomentArt(r.Moment, s.artSz)
	s.artX, s.artY = 80+(momentW-s.artSz)/2, top+18
	head := fs.NewBlock(ctx.R(r.Headline), ui.Style{Size: 26, Bold: true, Color: ui.White}, momentW-40)
	sub := fs.NewBlock(ctx.R(r.Sub), ui.Style{Size: 19, Bold: true, Color: ui.White}, momentW-40)
	capKey := "recap.grad.caption"
	if r.Moment == game.MomentFirstDay {
		capKey = "recap.first.caption"
	}
	caption := fs.NewBlock(ctx.T(capKey), ui.Style{Size: 16, Color: ui.White}, momentW-40)
	y := s.artY + s.artSz + 14
	headY := y
	y += head.Height() + 8
	subY := y
	y += sub.Height() + 10
	card := ui.Rect{X: 80, Y: top, W: momentW, H: max(recapBottom-top, y+caption.Height()+12-top)}
	// the card first: the words sit on it
	s.list.Fill(card, ui.Teal)
	s.list.Block(head, card.X+20, headY)
	s.list.Block(sub, card.X+20, subY)
	s.list.Block(caption, card.X+20, y)
	return card.Y + card.H
}

// layoutColumn places the three parts, from the largest text size that fits, and
// returns their bottom. At a large text size the page scrolls: the column gets as
// much more room.
func (s *RecapScene) layoutColumn(ctx *Context, r *game.Recap, x, top, w float64) float64 {
	fs := ctx.Fonts
	limit := recapTop + (recapBottom-recapTop)*fs.TextScale()
	y := top
	for _, size := range []float64{19, 17, 15} {
		s.col.Reset(fs)
		y = top
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
		if y <= limit {
			return y
		}
	}
	return y
}

// layoutMoved writes what the act moved as chips in two labelled groups, good news
// first ("better"), then the rest ("worse"); the arrow is the direction the value
// moved. What does not fit in three rows is counted.
func (s *RecapScene) layoutMoved(ctx *Context, moved []game.Change, x, y, w, size float64) float64 {
	fs, l := ctx.Fonts, &s.col
	if len(moved) == 0 {
		return y + l.Block(fs.NewBlock(ctx.T("recap.moved.none"), ui.Style{Size: size, Color: ui.InkSoft}, w), x, y)
	}
	st0 := ui.Style{Size: size - 1, Bold: true}
	lh := fs.LineHeight(st0)
	cx, row, rowH := x, 0, max(size+16, lh+10)
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
			return y + 3*rowH + lh + 6
		}
		ry := y + float64(row)*rowH
		if g != group {
			l.Text(word+":", cx, ry+(rowH-6-lh)/2, st)
			cx += ww
			group = g
		}
		r := ui.Rect{X: cx, Y: ry, W: cw, H: rowH - 6}
		l.Fill(r, ui.Card)
		l.Stroke(r, 2, col)
		l.Text(text, cx+10, r.Y+(r.H-lh)/2, st)
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
	s.face.draw(c, 80+1120-recapFace, recapTop)
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
		art := newArtImage(px, px)
		q := &pen{dst: art, s: float32(px)}
		if moment == game.MomentFirstDay {
			paintFirstDay(q)
		} else {
			paintGraduation(q)
		}
		img = art.ebiten()
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
	c.DrawImage(a.img, &a.op)
}

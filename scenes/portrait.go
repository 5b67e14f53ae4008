package scenes

import (
	"hash/fnv"
	"image"
	"image/color"
	"math"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// Portraits: every person who speaks in the content is drawn from the parts the cast
// names (face, skin, hair, clothes that show the job, extras), in a flat style, with
// one of four moods. A portrait is drawn once into its own image at layout, cached
// by (character, mood, size), and Draw only copies that image.

// portraitScale is how many image pixels a logical pixel gets: twice, so the copy
// stays crisp on larger windows and is smoothed on smaller ones.
const portraitScale = 2

// portraitZoom is how much larger than its frame a portrait is drawn before the
// crop, so the face fills the frame.
const portraitZoom = 1.18

// maxPortraits bounds the cache; a career shows a few dozen people.
const maxPortraits = 256

type portraitKey struct {
	id   string
	mood game.Mood
	px   int
}

// portraits caches drawn portraits, like ui's circle images: made at layout, never
// per frame.
var portraits = map[portraitKey]*ebiten.Image{}

// portraitCount is how many portraits are cached (for tests: Draw must not add any).
func portraitCount() int { return len(portraits) }

// portrait is one placed portrait: its cached image and the options Draw reuses.
type portrait struct {
	img  *ebiten.Image
	size float64 // logical pixels
	op   ebiten.DrawImageOptions
}

// newPortrait returns the portrait of ch with mood at size logical pixels, drawing it
// on first use. A nil character gives an empty portrait that draws nothing.
func newPortrait(ch *game.Character, mood game.Mood, size float64) portrait {
	if ch == nil {
		return portrait{}
	}
	px := int(math.Round(size * portraitScale))
	k := portraitKey{ch.ID, mood, px}
	img, ok := portraits[k]
	if !ok {
		if len(portraits) >= maxPortraits {
			for key, old := range portraits {
				old.Deallocate()
				delete(portraits, key)
			}
		}
		if ch.Kind == "notice" {
			art := newArtImage(px, px)
			paintPortrait(art, ch, mood, float32(px))
			img = art.ebiten()
			portraits[k] = img
			return portrait{img: img, size: size}
		}
		// drawn a little larger than the frame, then cropped to head and shoulders
		big := int(math.Ceil(float64(px) * portraitZoom))
		art := newArtImage(big, big)
		paintPortrait(art, ch, mood, float32(big))
		at := image.Pt(int(math.Round(float64(big-px)/2)), int(math.Round(float64(big-px)*0.3)))
		img = ebiten.NewImageFromImage(art.SubImage(image.Rectangle{Min: at, Max: at.Add(image.Pt(px, px))}))
		portraits[k] = img
	}
	return portrait{img: img, size: size}
}

// draw places the portrait with its top-left at (x, y), framed by a thin line.
func (p *portrait) draw(c *ui.Canvas, x, y float64) {
	if p.img == nil {
		return
	}
	f := c.F
	s := p.size * f.Scale / float64(p.img.Bounds().Dx())
	p.op.GeoM.Reset()
	p.op.GeoM.Scale(s, s)
	p.op.GeoM.Translate(math.Round(f.OffX+x*f.Scale), math.Round(f.OffY+y*f.Scale))
	p.op.Filter = ebiten.FilterLinear
	c.DrawImage(p.img, &p.op)
	c.StrokeRect(ui.Rect{X: x, Y: y, W: p.size, H: p.size}, 2, ui.Line)
}

// The parts' colours: real skin tones from light to deep, natural hair colours, and
// clothes in the game's calm palette.
var (
	skinTones = map[string]color.RGBA{
		"light": {0xf3, 0xd6, 0xc2, 0xff}, "fair": {0xe6, 0xb8, 0x97, 0xff},
		"medium": {0xc9, 0x90, 0x68, 0xff}, "olive": {0xb8, 0x8a, 0x5c, 0xff},
		"brown": {0x8d, 0x5a, 0x3b, 0xff}, "deep": {0x5c, 0x3a, 0x27, 0xff},
	}
	hairColors = map[string]color.RGBA{
		"black": {0x24, 0x20, 0x1f, 0xff}, "dark_brown": {0x4a, 0x31, 0x23, 0xff},
		"brown": {0x7a, 0x4f, 0x2e, 0xff}, "auburn": {0x96, 0x47, 0x26, 0xff},
		"blond": {0xd6, 0xb2, 0x6a, 0xff}, "gray": {0x9a, 0x98, 0x95, 0xff},
		"white": {0xe2, 0xdf, 0xda, 0xff},
	}
	backdrops = []color.RGBA{{0xd7, 0xec, 0xe8, 0xff}, {0xe9, 0xe3, 0xf2, 0xff}, {0xf3, 0xe6, 0xd3, 0xff}, {0xdf, 0xe8, 0xf3, 0xff}}
	scrubs    = []color.RGBA{{0x4f, 0x8f, 0xb8, 0xff}, {0x3a, 0x8c, 0x88, 0xff}, {0x3f, 0x5a, 0x8a, 0xff}, {0x7a, 0x3e, 0x5c, 0xff}}
	suits     = []color.RGBA{{0x2e, 0x3a, 0x4a, 0xff}, {0x3b, 0x3b, 0x40, 0xff}, {0x5a, 0x4a, 0x3f, 0xff}, {0x4a, 0x2f, 0x45, 0xff}}
	casuals   = []color.RGBA{{0xc8, 0x55, 0x3d, 0xff}, {0x6b, 0x8f, 0x3a, 0xff}, {0x7b, 0x5e, 0xa7, 0xff}, {0x2f, 0x7f, 0x9a, 0xff}, {0xd9, 0x9a, 0x2b, 0xff}}
	hijabs    = []color.RGBA{{0x2f, 0x5e, 0x7a, 0xff}, {0x8a, 0x3b, 0x55, 0xff}, {0x5b, 0x6b, 0x3a, 0xff}, {0x6b, 0x4a, 0x8a, 0xff}}
	gold      = color.RGBA{0xd9, 0xa5, 0x20, 0xff}
	eyeInk    = color.RGBA{0x26, 0x1d, 0x1a, 0xff}
)

// pick chooses one of a list from the character's id and a salt, so a person keeps
// the same colours and a cast differs from one person to the next.
func pick[T any](id, salt string, list []T) T {
	h := fnv.New32a()
	h.Write([]byte(salt + id))
	return list[int(h.Sum32()%uint32(len(list)))]
}

// luma is a colour's brightness, 0-255.
func luma(c color.RGBA) float64 { return 0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B) }

func shade(c color.RGBA, f float64) color.RGBA {
	m := func(v uint8) uint8 { return uint8(math.Min(255, float64(v)*f)) }
	return color.RGBA{m(c.R), m(c.G), m(c.B), c.A}
}

// pen draws filled and stroked shapes in a portrait's unit square (0..1) scaled to s.
type pen struct {
	dst *artImage
	s   float32
	p   artPath
}

func (q *pen) begin() *artPath { q.p.Reset(); return &q.p }

func (q *pen) fill(clr color.Color) { q.dst.fill(&q.p, clr) }

func (q *pen) stroke(w float32, clr color.Color) { q.dst.stroke(&q.p, w*q.s, clr) }

// ellipse adds an ellipse to the path (four cubic arcs).
func (q *pen) ellipse(cx, cy, rx, ry float32) {
	s, k := q.s, float32(0.5523)
	p := &q.p
	p.MoveTo((cx-rx)*s, cy*s)
	p.CubicTo((cx-rx)*s, (cy-ry*k)*s, (cx-rx*k)*s, (cy-ry)*s, cx*s, (cy-ry)*s)
	p.CubicTo((cx+rx*k)*s, (cy-ry)*s, (cx+rx)*s, (cy-ry*k)*s, (cx+rx)*s, cy*s)
	p.CubicTo((cx+rx)*s, (cy+ry*k)*s, (cx+rx*k)*s, (cy+ry)*s, cx*s, (cy+ry)*s)
	p.CubicTo((cx-rx*k)*s, (cy+ry)*s, (cx-rx)*s, (cy+ry*k)*s, (cx-rx)*s, cy*s)
	p.Close()
}

func (q *pen) oval(cx, cy, rx, ry float32, clr color.Color) {
	q.begin()
	q.ellipse(cx, cy, rx, ry)
	q.fill(clr)
}

// poly fills a polygon given as x, y pairs.
func (q *pen) poly(clr color.Color, xy ...float32) {
	p := q.begin()
	p.MoveTo(xy[0]*q.s, xy[1]*q.s)
	for i := 2; i+1 < len(xy); i += 2 {
		p.LineTo(xy[i]*q.s, xy[i+1]*q.s)
	}
	p.Close()
	q.fill(clr)
}

// curve strokes a quadratic curve from (x0, y0) through control (cx, cy) to (x1, y1).
func (q *pen) curve(w float32, clr color.Color, x0, y0, cx, cy, x1, y1 float32) {
	p := q.begin()
	p.MoveTo(x0*q.s, y0*q.s)
	p.QuadTo(cx*q.s, cy*q.s, x1*q.s, y1*q.s)
	q.stroke(w, clr)
}

// head is where the face sits in the unit square.
type head struct{ cx, cy, rx, ry float32 }

func faceShape(face string) head {
	switch face {
	case "round":
		return head{0.5, 0.43, 0.185, 0.2}
	case "long":
		return head{0.5, 0.42, 0.155, 0.225}
	case "square":
		return head{0.5, 0.43, 0.175, 0.205}
	}
	return head{0.5, 0.425, 0.165, 0.21}
}

// paintPortrait draws ch with mood into dst (s x s pixels).
func paintPortrait(dst *artImage, ch *game.Character, mood game.Mood, s float32) {
	q := &pen{dst: dst, s: s}
	dst.Fill(pick(ch.ID, "bg", backdrops))
	if ch.Kind == "notice" {
		paintNotice(q)
		return
	}
	skin, ok := skinTones[ch.Skin]
	if !ok {
		skin = skinTones["medium"]
	}
	hair, ok := hairColors[ch.HairColor]
	if !ok {
		hair = hairColors["dark_brown"]
	}
	has := func(x string) bool { return slices.Contains(ch.Extras, x) }
	h := faceShape(ch.Face)
	hijab := has("hijab")
	scarf := pick(ch.ID, "hijab", hijabs)

	// behind the head: long hair, a ponytail, a bun's volume, a hijab's drape
	switch {
	case hijab:
		q.oval(h.cx, h.cy-0.01, h.rx+0.075, h.ry+0.07, scarf)
		q.poly(scarf, h.cx-h.rx-0.07, h.cy, h.cx+h.rx+0.07, h.cy, h.cx+h.rx+0.14, 0.86, h.cx-h.rx-0.14, 0.86)
	case ch.Hair == "long":
		q.oval(h.cx, h.cy-0.02, h.rx+0.05, h.ry+0.04, hair)
		q.poly(hair, h.cx-h.rx-0.05, h.cy-0.02, h.cx+h.rx+0.05, h.cy-0.02, h.cx+h.rx+0.06, 0.74, h.cx-h.rx-0.06, 0.74)
	case ch.Hair == "wavy":
		q.oval(h.cx, h.cy-0.02, h.rx+0.045, h.ry+0.035, hair)
		for i := range 4 {
			y := h.cy + float32(i)*0.045
			q.oval(h.cx-h.rx-0.01, y, 0.04, 0.035, hair)
			q.oval(h.cx+h.rx+0.01, y, 0.04, 0.035, hair)
		}
	case ch.Hair == "coily":
		q.oval(h.cx, h.cy-0.07, h.rx+0.08, h.ry+0.03, hair)
	case ch.Hair == "curly":
		for i := range 9 {
			a := math.Pi * (1.05 + float64(i)*0.9/8)
			q.oval(h.cx+float32(math.Cos(a))*(h.rx+0.01), h.cy-0.03+float32(math.Sin(a))*(h.ry+0.0), 0.055, 0.055, hair)
		}
		q.oval(h.cx-h.rx-0.01, h.cy+0.02, 0.045, 0.05, hair)
		q.oval(h.cx+h.rx+0.01, h.cy+0.02, 0.045, 0.05, hair)
	case ch.Hair == "ponytail":
		q.oval(h.cx+h.rx+0.03, h.cy+0.04, 0.05, 0.12, hair)
	case ch.Hair == "bun":
		q.oval(h.cx, h.cy-h.ry-0.03, 0.07, 0.06, hair)
	case ch.Hair == "bald" && ch.HairColor != "":
		q.oval(h.cx, h.cy-0.025, h.rx+0.012, h.ry*0.55, hair) // a rim above the ears
	}

	paintClothes(q, ch, h, skin)

	// the head: ears, then the face
	if !hijab {
		q.oval(h.cx-h.rx, h.cy+0.01, 0.03, 0.042, shade(skin, 0.93))
		q.oval(h.cx+h.rx, h.cy+0.01, 0.03, 0.042, shade(skin, 0.93))
	}
	q.oval(h.cx, h.cy, h.rx, h.ry, skin)
	if ch.Face == "square" { // the same crown, a squarer jaw
		p := q.begin()
		x0, x1, y0, y1 := (h.cx-h.rx)*s, (h.cx+h.rx)*s, h.cy*s, (h.cy+h.ry)*s
		r := 0.09 * s
		p.MoveTo(x0, y0)
		p.LineTo(x1, y0)
		p.LineTo(x1, y1-r)
		p.QuadTo(x1, y1, x1-r, y1)
		p.LineTo(x0+r, y1)
		p.QuadTo(x0, y1, x0, y1-r)
		p.Close()
		q.fill(skin)
	}

	if hijab {
		// the scarf frames the face: a band over the forehead and down the sides
		p := q.begin()
		q.ellipse(h.cx, h.cy-0.005, h.rx+0.045, h.ry+0.04)
		q.ellipse(h.cx, h.cy+0.03, h.rx-0.012, h.ry-0.02)
		q.dst.fillEvenOdd(p, scarf)
	} else {
		paintHairFront(q, ch, h, hair)
	}
	if has("headband") && !hijab {
		q.curve(0.03, pick(ch.ID, "band", casuals), h.cx-h.rx+0.01, h.cy-h.ry*0.55, h.cx, h.cy-h.ry*1.05, h.cx+h.rx-0.01, h.cy-h.ry*0.55)
	}
	paintFace(q, ch, h, skin, hair, mood, has)
}

// paintHairFront draws the hair over the top of the head, down to the hairline.
func paintHairFront(q *pen, ch *game.Character, h head, hair color.RGBA) {
	s := q.s
	top := func(over, line, part float32) {
		p := q.begin()
		p.MoveTo((h.cx-h.rx-over)*s, (h.cy+0.01)*s)
		p.CubicTo((h.cx-h.rx-over)*s, (h.cy-h.ry*1.42-over)*s, (h.cx+h.rx+over)*s, (h.cy-h.ry*1.42-over)*s, (h.cx+h.rx+over)*s, (h.cy+0.01)*s)
		p.LineTo((h.cx+h.rx-0.01)*s, (h.cy-0.02)*s)
		p.QuadTo((h.cx+h.rx-0.02)*s, (h.cy-h.ry*line)*s, (h.cx+part)*s, (h.cy-h.ry*line)*s)
		p.QuadTo((h.cx-h.rx+0.02)*s, (h.cy-h.ry*line)*s, (h.cx-h.rx+0.01)*s, (h.cy-0.02)*s)
		p.Close()
		q.fill(hair)
	}
	switch ch.Hair {
	case "bald":
	case "crop":
		top(0.008, 0.72, 0)
	case "short":
		top(0.015, 0.55, 0.06)
	case "coily":
		top(0.03, 0.6, 0)
	case "curly":
		top(0.02, 0.55, 0)
		for i := range 5 {
			q.oval(h.cx-0.1+float32(i)*0.05, h.cy-h.ry*0.62, 0.035, 0.03, hair)
		}
	case "long", "wavy":
		top(0.03, 0.5, -0.05)
	default: // bun, ponytail
		top(0.015, 0.6, 0)
	}
}

// paintClothes draws the neck and shoulders in clothes that show the job.
func paintClothes(q *pen, ch *game.Character, h head, skin color.RGBA) {
	neckTop := h.cy + h.ry*0.6
	q.poly(shade(skin, 0.9), 0.44, neckTop, 0.56, neckTop, 0.56, 0.82, 0.44, 0.82)
	body := func(clr color.RGBA) {
		p := q.begin()
		s := q.s
		p.MoveTo(0.1*s, 1.02*s)
		p.LineTo(0.12*s, 0.86*s)
		p.QuadTo(0.14*s, 0.76*s, 0.3*s, 0.74*s)
		p.LineTo(0.7*s, 0.74*s)
		p.QuadTo(0.86*s, 0.76*s, 0.88*s, 0.86*s)
		p.LineTo(0.9*s, 1.02*s)
		p.Close()
		q.fill(clr)
	}
	vneck := func(clr color.Color, depth float32) { q.poly(clr, 0.43, 0.74, 0.57, 0.74, 0.5, 0.74+depth) }
	switch ch.Clothes {
	case "scrubs":
		c := pick(ch.ID, "scrubs", scrubs)
		body(c)
		vneck(shade(skin, 0.9), 0.09)
		q.curve(0.012, shade(c, 0.8), 0.43, 0.74, 0.5, 0.74+0.1, 0.57, 0.74)
		q.poly(shade(c, 0.88), 0.62, 0.88, 0.72, 0.88, 0.72, 0.95, 0.62, 0.95) // chest pocket
	case "suit":
		c := pick(ch.ID, "suit", suits)
		body(c)
		q.poly(ui.White, 0.42, 0.74, 0.58, 0.74, 0.5, 0.9)
		if pick(ch.ID, "tie", []bool{true, false}) {
			q.poly(pick(ch.ID, "tiec", casuals), 0.49, 0.76, 0.51, 0.76, 0.525, 0.87, 0.5, 0.9, 0.475, 0.87)
		}
		q.poly(shade(c, 0.8), 0.42, 0.74, 0.5, 0.9, 0.45, 0.93, 0.36, 0.76) // lapels
		q.poly(shade(c, 0.8), 0.58, 0.74, 0.5, 0.9, 0.55, 0.93, 0.64, 0.76)
	case "lab_coat":
		body(color.RGBA{0xfb, 0xfb, 0xf8, 0xff})
		q.poly(color.RGBA{0x7f, 0xa6, 0xc9, 0xff}, 0.43, 0.74, 0.57, 0.74, 0.5, 0.88)
		q.curve(0.01, color.RGBA{0xb8, 0xb3, 0xa8, 0xff}, 0.43, 0.74, 0.44, 0.85, 0.47, 1.0)
		q.curve(0.01, color.RGBA{0xb8, 0xb3, 0xa8, 0xff}, 0.57, 0.74, 0.56, 0.85, 0.53, 1.0)
		q.poly(color.RGBA{0xe6, 0xe2, 0xd8, 0xff}, 0.62, 0.88, 0.73, 0.88, 0.73, 0.95, 0.62, 0.95)
	case "badge":
		c := color.RGBA{0x2f, 0x3e, 0x56, 0xff}
		body(c)
		q.poly(color.RGBA{0xe8, 0xe4, 0xd8, 0xff}, 0.43, 0.74, 0.57, 0.74, 0.5, 0.86)
		q.poly(shade(c, 0.8), 0.43, 0.74, 0.5, 0.86, 0.46, 0.9, 0.38, 0.76)
		q.poly(shade(c, 0.8), 0.57, 0.74, 0.5, 0.86, 0.54, 0.9, 0.62, 0.76)
		// the inspector's shield badge
		q.poly(gold, 0.63, 0.84, 0.71, 0.84, 0.71, 0.89, 0.67, 0.94, 0.63, 0.89)
		q.oval(0.67, 0.875, 0.014, 0.014, shade(gold, 0.7))
	case "uniform":
		c := color.RGBA{0x5d, 0x6d, 0x7e, 0xff}
		body(c)
		q.poly(shade(c, 0.8), 0.42, 0.74, 0.5, 0.8, 0.4, 0.84) // collar
		q.poly(shade(c, 0.8), 0.58, 0.74, 0.5, 0.8, 0.6, 0.84)
		q.poly(ui.White, 0.62, 0.87, 0.74, 0.87, 0.74, 0.91, 0.62, 0.91) // name patch
	default: // casual
		c := pick(ch.ID, "casual", casuals)
		body(c)
		q.curve(0.02, shade(c, 0.82), 0.42, 0.745, 0.5, 0.8, 0.58, 0.745)
	}
	if slices.Contains(ch.Extras, "stethoscope") {
		grey := color.RGBA{0x55, 0x5b, 0x62, 0xff}
		q.curve(0.014, grey, 0.4, 0.745, 0.4, 0.9, 0.47, 0.93)
		q.curve(0.014, grey, 0.6, 0.745, 0.6, 0.88, 0.6, 0.9)
		q.oval(0.6, 0.915, 0.022, 0.022, grey)
	}
}

// paintFace draws the features; the brows and the mouth carry the mood.
func paintFace(q *pen, ch *game.Character, h head, skin, hair color.RGBA, mood game.Mood, has func(string) bool) {
	ex, ey := float32(0.068), h.cy+0.0
	brow := shade(hair, 0.85)
	if ch.Hair == "bald" && ch.HairColor == "" || has("hijab") {
		brow = shade(skin, 0.45)
	}
	if ch.HairColor == "white" || ch.HairColor == "gray" || ch.HairColor == "blond" {
		brow = shade(hair, 0.7)
	}
	if luma(skin) < 140 && luma(brow) > luma(skin)*0.7 {
		brow = shade(skin, 0.4) // brows that read against darker skin
	}
	// brows: (inner, outer) heights above the eyes
	in, out := float32(0.06), float32(0.058)
	switch mood {
	case game.MoodPleased:
		in, out = 0.072, 0.066
	case game.MoodWorried:
		in, out = 0.088, 0.05
	case game.MoodUpset:
		in, out = 0.046, 0.066
	}
	for _, side := range []float32{-1, 1} {
		x := h.cx + side*ex
		q.curve(0.02, brow, x-side*0.012, ey-in, x+side*0.01, ey-(in+out)/2-0.006, x+side*0.035, ey-out)
		q.oval(x, ey, 0.024, 0.021, color.RGBA{0xfa, 0xf7, 0xf2, 0xff})
		q.oval(x, ey, 0.015, 0.018, eyeInk)
		q.oval(x+0.005, ey-0.006, 0.005, 0.005, color.RGBA{0xff, 0xff, 0xff, 0xc0})
	}
	// nose
	q.curve(0.012, shade(skin, 0.78), h.cx-0.008, ey+0.02, h.cx-0.02, ey+0.07, h.cx+0.008, ey+0.075)
	if has("beard") {
		p := q.begin()
		s := q.s
		p.MoveTo((h.cx-h.rx+0.005)*s, (h.cy+0.02)*s)
		p.QuadTo((h.cx-h.rx+0.02)*s, (h.cy+h.ry+0.03)*s, h.cx*s, (h.cy+h.ry+0.02)*s)
		p.QuadTo((h.cx+h.rx-0.02)*s, (h.cy+h.ry+0.03)*s, (h.cx+h.rx-0.005)*s, (h.cy+0.02)*s)
		p.QuadTo((h.cx+h.rx-0.04)*s, (h.cy+0.1)*s, h.cx*s, (h.cy+0.1)*s)
		p.QuadTo((h.cx-h.rx+0.04)*s, (h.cy+0.1)*s, (h.cx-h.rx+0.005)*s, (h.cy+0.02)*s)
		p.Close()
		q.fill(hair)
		q.oval(h.cx, ey+0.125, 0.05, 0.03, skin) // the mouth shows through
	}
	if has("mustache") || has("beard") {
		q.curve(0.022, hair, h.cx-0.045, ey+0.105, h.cx, ey+0.09, h.cx+0.045, ey+0.105)
	}
	lip := shade(skin, 0.55)
	lip.R = uint8(math.Min(255, float64(lip.R)*1.25))
	my := ey + 0.125
	switch mood {
	case game.MoodPleased:
		p := q.begin()
		s := q.s
		p.MoveTo((h.cx-0.055)*s, (my-0.008)*s)
		p.QuadTo(h.cx*s, (my+0.055)*s, (h.cx+0.055)*s, (my-0.008)*s)
		p.QuadTo(h.cx*s, (my+0.012)*s, (h.cx-0.055)*s, (my-0.008)*s)
		p.Close()
		q.fill(lip)
	case game.MoodWorried:
		q.curve(0.014, lip, h.cx-0.035, my+0.006, h.cx-0.01, my-0.01, h.cx+0.005, my+0.002)
		q.curve(0.014, lip, h.cx+0.005, my+0.002, h.cx+0.02, my+0.012, h.cx+0.035, my-0.002)
	case game.MoodUpset:
		q.curve(0.017, lip, h.cx-0.045, my+0.022, h.cx, my-0.028, h.cx+0.045, my+0.022)
	default:
		q.curve(0.015, lip, h.cx-0.042, my, h.cx, my+0.014, h.cx+0.042, my)
	}
	if has("glasses") {
		frame := color.RGBA{0x33, 0x33, 0x38, 0xff}
		for _, side := range []float32{-1, 1} {
			q.begin()
			q.ellipse(h.cx+side*ex, ey, 0.045, 0.037)
			q.stroke(0.011, frame)
		}
		q.curve(0.011, frame, h.cx-ex+0.045, ey-0.005, h.cx, ey-0.015, h.cx+ex-0.045, ey-0.005)
	}
	if has("earrings") && !has("hijab") {
		q.oval(h.cx-h.rx-0.002, h.cy+0.06, 0.012, 0.012, gold)
		q.oval(h.cx+h.rx+0.002, h.cy+0.06, 0.012, 0.012, gold)
	}
}

// paintNotice draws a notice board with two pinned sheets, for a who that is not a
// person (job postings, an office's letter).
func paintNotice(q *pen) {
	q.poly(color.RGBA{0xb9, 0x8a, 0x5a, 0xff}, 0.1, 0.14, 0.9, 0.14, 0.9, 0.86, 0.1, 0.86)
	q.poly(color.RGBA{0xd4, 0xa9, 0x73, 0xff}, 0.14, 0.18, 0.86, 0.18, 0.86, 0.82, 0.14, 0.82)
	sheet := func(x, y, w, hgt float32, pin color.RGBA) {
		q.poly(ui.White, x, y, x+w, y, x+w, y+hgt, x, y+hgt)
		for i := range 4 {
			ly := y + 0.1 + float32(i)*0.07
			q.poly(color.RGBA{0xb8, 0xb3, 0xa8, 0xff}, x+0.04, ly, x+w-0.04-float32(i%2)*0.06, ly, x+w-0.04-float32(i%2)*0.06, ly+0.02, x+0.04, ly+0.02)
		}
		q.oval(x+w/2, y+0.03, 0.022, 0.022, pin)
	}
	sheet(0.2, 0.24, 0.3, 0.44, ui.Bad)
	sheet(0.55, 0.3, 0.26, 0.4, ui.Teal)
}

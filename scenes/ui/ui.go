// Package ui is the game's small widget kit: a frame that maps the fixed logical
// resolution onto any window, text drawn crisply at the window's real size and
// wrapped from font metrics, and a few widgets (buttons, cards, meters, charts) with
// a visible keyboard focus.
package ui

import (
	"image"
	"image/color"
	"math"
	"strings"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/assets/fonts"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
)

// The logical screen every layout is written for.
const (
	W = 1280
	H = 720
)

// Rect is a logical rectangle.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether the logical point is inside.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && y >= r.Y && x < r.X+r.W && y < r.Y+r.H
}

// Inset shrinks the rectangle by d on every side.
func (r Rect) Inset(d float64) Rect { return Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d} }

// Frame maps logical coordinates to the screen: a uniform scale with letterboxing.
type Frame struct {
	Scale      float64
	OffX, OffY float64
	SW, SH     int
}

// Fit computes the frame for a screen of sw x sh pixels.
func Fit(sw, sh int) Frame {
	s := math.Min(float64(sw)/W, float64(sh)/H)
	if s <= 0 {
		s = 1
	}
	return Frame{Scale: s, OffX: (float64(sw) - W*s) / 2, OffY: (float64(sh) - H*s) / 2, SW: sw, SH: sh}
}

// ToLogical maps a screen point to logical coordinates.
func (f Frame) ToLogical(x, y float64) (float64, float64) {
	return (x - f.OffX) / f.Scale, (y - f.OffY) / f.Scale
}

func (f Frame) pt(x, y float64) (float32, float32) {
	return float32(f.OffX + x*f.Scale), float32(f.OffY + y*f.Scale)
}

// Fonts holds the embedded Go fonts (full Latin coverage, accents included) and
// caches faces by pixel size.
type Fonts struct {
	// Scale is the player's text size (1 = 100%, up to 2 = 200%; Settings). Every
	// face is this much larger, so every measure, wrap and line height follows it and
	// layouts reflow; 0 means 1.
	Scale         float64
	regular, bold *opentype.Font
	faces         map[faceKey]*face
	// glyphs holds each drawn string's laid-out glyphs (glyphs.go), so a frame draws
	// cached glyph images instead of laying its text out again.
	glyphs map[glyphKey]shapedRun
}

type glyphKey struct {
	s    string
	face *face
}

// maxGlyphRuns bounds the shaped-text cache; past it the cache starts again (a
// screen shows a few hundred strings).
const maxGlyphRuns = 4096

// shaped returns s laid out in face, shaping it once. The glyph images stay valid
// while held, even if Ebitengine's own glyph cache lets them go.
func (fs *Fonts) shaped(s string, face *face) []sprite {
	k := glyphKey{s, face}
	if g, ok := fs.glyphs[k]; ok && g.gen == sprites.gen {
		return g.sprites
	}
	if fs.glyphs == nil || len(fs.glyphs) >= maxGlyphRuns {
		fs.glyphs = make(map[glyphKey]shapedRun, 256)
	}
	out := face.layout(s)
	fs.glyphs[k] = shapedRun{sprites.gen, out}
	return out
}

type faceKey struct {
	size float64
	bold bool
}

// The embedded fonts, parsed once and shared by every Fonts (read-only), so the
// sprite atlas holds each glyph once however many Fonts are made.
var (
	fontsOnce             sync.Once
	fontRegular, fontBold *opentype.Font
	fontErr               error
)

// NewFonts parses the embedded fonts (once per process).
func NewFonts() (*Fonts, error) {
	fontsOnce.Do(func() {
		fontRegular, fontErr = opentype.Parse(fonts.Regular)
		if fontErr == nil {
			fontBold, fontErr = opentype.Parse(fonts.Bold)
		}
	})
	if fontErr != nil {
		return nil, fontErr
	}
	return &Fonts{regular: fontRegular, bold: fontBold, faces: map[faceKey]*face{}}, nil
}

func (fs *Fonts) face(size float64, bold bool) *face {
	if fs.Scale > 0 {
		size *= fs.Scale
	}
	size = math.Round(size*4) / 4
	k := faceKey{size, bold}
	if f, ok := fs.faces[k]; ok {
		return f
	}
	src := fs.regular
	if bold {
		src = fs.bold
	}
	// NewFace fails only for a bad size or DPI; sizes here are positive, so a failure
	// is a programming error and the smallest face stands in for it.
	of, err := opentype.NewFace(src, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		of, _ = opentype.NewFace(src, &opentype.FaceOptions{Size: 1, DPI: 72})
	}
	f := newFace(of, k)
	fs.faces[k] = f
	return f
}

// Style is a text style in logical pixels.
type Style struct {
	Size  float64
	Bold  bool
	Color color.Color
}

// TextScale is the text size as a factor (1 for 100%): for layouts that size a
// box around text they do not measure (a row's height, an icon beside a line).
func (fs *Fonts) TextScale() float64 {
	if fs.Scale > 0 {
		return fs.Scale
	}
	return 1
}

// S scales a length that holds text by the text size: S(36) is a 36-pixel row at
// 100% and a 72-pixel row at 200%.
func (fs *Fonts) S(v float64) float64 { return v * fs.TextScale() }

// LineHeight is the distance between baselines for the style, from font metrics.
func (fs *Fonts) LineHeight(st Style) float64 {
	f := fs.face(st.Size, st.Bold)
	return math.Ceil((f.ascent + f.descent) * 1.18)
}

// Width measures a one-line string at logical size.
func (fs *Fonts) Width(s string, st Style) float64 {
	return fs.face(st.Size, st.Bold).advance(s)
}

// Wrap breaks s into lines no wider than width (logical), greedily at spaces;
// explicit newlines are kept. Callers cache the result: it is computed once per
// layout, never per frame.
func (fs *Fonts) Wrap(s string, st Style, width float64) []string {
	lines, _ := fs.wrap(s, st, width)
	return lines
}

// wrap is Wrap that also returns the width of each line, reusing the measures the
// greedy wrap already made and measuring only the lines it did not.
func (fs *Fonts) wrap(s string, st Style, width float64) ([]string, []float64) {
	face := fs.face(st.Size, st.Bold)
	var out []string
	var ws []float64
	for _, para := range strings.Split(s, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			out = append(out, "")
			ws = append(ws, 0)
			continue
		}
		line, lineW := words[0], -1.0 // -1: not measured yet
		for _, w := range words[1:] {
			try := line + " " + w
			if tw := face.advance(try); tw <= width {
				line, lineW = try, tw
				continue
			}
			out = append(out, line)
			ws = append(ws, lineW)
			line, lineW = w, -1
		}
		out = append(out, line)
		ws = append(ws, lineW)
	}
	for i, w := range ws {
		if w < 0 {
			ws[i] = face.advance(out[i])
		}
	}
	return out, ws
}

// Block is wrapped text ready to draw. Widths holds the measured width of each
// line (NewBlock fills it), so widgets can align lines without measuring per frame;
// a Block made by hand may leave it empty.
type Block struct {
	Lines  []string
	Style  Style
	LineH  float64
	Widths []float64
	// Marks are the words underlined with dots (glossary terms), placed at layout.
	Marks []Mark
}

// Height is the block's height in logical pixels.
func (b Block) Height() float64 { return float64(len(b.Lines)) * b.LineH }

// NewBlock wraps s to width and measures each line.
func (fs *Fonts) NewBlock(s string, st Style, width float64) Block {
	lines, ws := fs.wrap(s, st, width)
	return Block{Lines: lines, Style: st, LineH: fs.LineHeight(st), Widths: ws}
}

// lineWidth is the width of line i: measured at layout when the Block came from
// NewBlock; a hand-made Block without Widths is measured here, and an empty line
// is 0.
func (c *Canvas) lineWidth(b *Block, i int) float64 {
	if i < len(b.Widths) {
		return b.Widths[i]
	}
	if b.Lines[i] == "" {
		return 0
	}
	return c.Fonts.Width(b.Lines[i], b.Style)
}

// Canvas draws logical shapes and text onto the screen through a frame.
type Canvas struct {
	Dst   *ebiten.Image
	F     Frame
	Fonts *Fonts
	// HighContrast draws every palette colour as its high-contrast twin (Contrast):
	// the one place the theme is applied, so styles made at init need no change.
	HighContrast bool
	op           ebiten.DrawImageOptions
	img          ebiten.DrawImageOptions
	// Recording, when set, keeps each line Text draws (with its size) in Recorded,
	// for the browser's screen-reader mirror; the slice is reused.
	Recording bool
	Recorded  []Drawn
	// Boxes, when set, keeps every line of text (with its measured box) and every
	// filled or outlined rectangle a frame draws, for the layout test (layout.go).
	Boxes  bool
	Texts  []TextBox
	Shapes []Rect
	// Shift is how far down (logical) the screen being drawn is moved from where it
	// was laid out (under a header grown with the text size): the frame already
	// holds it; the boxes and Bottom add it, so they are where the player sees them.
	Shift float64
	// Bottom is the lowest logical y anything drew this frame (text, a fill, an
	// outline): how tall the screen's content is, so a screen taller than the
	// window at a large text size can scroll.
	Bottom float64
	// the dotted underlines waiting for FlushMarks (marks.go); kept across frames
	markV  []ebiten.Vertex
	markI  []uint16
	markOp ebiten.DrawTrianglesOptions
	memo   frameMemo
}

// NewCanvas makes a canvas; the caller sets Dst and F before each frame.
func NewCanvas(fs *Fonts) *Canvas { return &Canvas{Fonts: fs} }

// FillRect fills a logical rectangle. Rectangles are drawn as a scaled white pixel,
// which batches with everything else: far cheaper than vector paths on software GL
// (school laptops, Chromebooks without a GPU).
func (c *Canvas) FillRect(r Rect, clr color.Color) {
	c.shape(r)
	x0, y0 := c.F.pt(r.X, r.Y)
	x1, y1 := c.F.pt(r.X+r.W, r.Y+r.H)
	c.fill(float64(x0), float64(y0), float64(x1), float64(y1), clr)
}

func (c *Canvas) fill(x0, y0, x1, y1 float64, clr color.Color) {
	// snap to whole pixels so edges stay crisp
	x0, y0, x1, y1 = math.Round(x0), math.Round(y0), math.Round(x1), math.Round(y1)
	if x1 <= x0 || y1 <= y0 {
		return
	}
	c.img.GeoM.Reset()
	c.img.GeoM.Scale(x1-x0, y1-y0)
	c.img.GeoM.Translate(x0, y0)
	c.tint(&c.img.ColorScale, clr)
	c.DrawImage(whitePixel(), &c.img)
}

// shape notes a rectangle drawn: the content's bottom, and the box for the layout
// test.
func (c *Canvas) shape(r Rect) {
	r.Y += c.Shift
	if b := r.Y + r.H; b > c.Bottom && r.H < H {
		c.Bottom = b
	}
	if c.Boxes {
		c.Shapes = append(c.Shapes, r)
	}
}

// color is clr in the canvas's theme.
func (c *Canvas) color(clr color.Color) color.Color {
	if c.HighContrast {
		return Contrast(clr)
	}
	return clr
}

// tint sets cs to draw in clr (in the canvas's theme), as ColorScale.ScaleWithColor
// does, but reads the colour with rgbaOf: so a color.RGBA a scene passes to the
// canvas by value stays on the caller's stack instead of being boxed on the heap at
// every call (a frame's worth of fills and lines was most of a screen's
// allocations).
func (c *Canvas) tint(cs *ebiten.ColorScale, clr color.Color) {
	cs.Reset()
	r, g, b, a := rgbaOf(c.color(clr))
	if a == 0 {
		cs.Scale(0, 0, 0, 0)
		return
	}
	cs.Scale(float32(r)/float32(a), float32(g)/float32(a), float32(b)/float32(a), 1)
	cs.ScaleAlpha(float32(a) / 0xffff)
}

// rgbaOf is clr's alpha-premultiplied components (0..0xffff), read by its concrete
// type rather than through the interface: an interface method call would make every
// caller's colour escape to the heap. Every colour type of image/color is known;
// any other type draws as Ink (the game has none).
func rgbaOf(clr color.Color) (r, g, b, a uint32) {
	switch v := clr.(type) {
	case color.RGBA:
		return v.RGBA()
	case color.NRGBA:
		return v.RGBA()
	case color.RGBA64:
		return v.RGBA()
	case color.NRGBA64:
		return v.RGBA()
	case color.Gray:
		return v.RGBA()
	case color.Gray16:
		return v.RGBA()
	case color.Alpha:
		return v.RGBA()
	case color.Alpha16:
		return v.RGBA()
	case color.CMYK:
		return v.RGBA()
	case color.YCbCr:
		return v.RGBA()
	case color.NYCbCrA:
		return v.RGBA()
	}
	return Ink.RGBA()
}

// StrokeRect outlines a logical rectangle with a line of width w (drawn inside).
func (c *Canvas) StrokeRect(r Rect, w float64, clr color.Color) {
	c.shape(r)
	x0, y0 := c.F.pt(r.X, r.Y)
	x1, y1 := c.F.pt(r.X+r.W, r.Y+r.H)
	ax, ay, bx, by := math.Round(float64(x0)), math.Round(float64(y0)), math.Round(float64(x1)), math.Round(float64(y1))
	t := math.Max(1, math.Round(w*c.F.Scale))
	c.fill(ax, ay, bx, ay+t, clr)
	c.fill(ax, by-t, bx, by, clr)
	c.fill(ax, ay+t, ax+t, by-t, clr)
	c.fill(bx-t, ay+t, bx, by-t, clr)
}

// Line draws a logical line as a rotated quad textured with a soft edge profile
// (lineImage): antialiased like a linear filter, but drawn with the nearest filter
// from an image on the same atlas as the glyphs, so it batches with the text and
// rectangles around it instead of starting a new draw command.
func (c *Canvas) Line(x0, y0, x1, y1, w float64, clr color.Color) {
	ax, ay := c.F.pt(x0, y0)
	bx, by := c.F.pt(x1, y1)
	dx, dy := float64(bx-ax), float64(by-ay)
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	t := math.Max(1, w*c.F.Scale)
	if dx == 0 || dy == 0 {
		// straight: a crisp rectangle, as before
		if dy == 0 {
			c.fill(math.Min(float64(ax), float64(bx)), float64(ay)-t/2, math.Max(float64(ax), float64(bx)), float64(ay)+t/2, clr)
		} else {
			c.fill(float64(ax)-t/2, math.Min(float64(ay), float64(by)), float64(ax)+t/2, math.Max(float64(ay), float64(by)), clr)
		}
		return
	}
	img, T := lineImage(t)
	c.img.GeoM.Reset()
	c.img.GeoM.Scale(l, T/lineProfile)
	c.img.GeoM.Translate(0, -T/2)
	c.img.GeoM.Rotate(math.Atan2(dy, dx))
	c.img.GeoM.Translate(float64(ax), float64(ay))
	c.tint(&c.img.ColorScale, clr)
	c.DrawImage(img, &c.img)
}

// lineProfile is how many texels across a line's soft profile has.
const lineProfile = 16

// lineImage returns a 1 x lineProfile image whose alpha across is the coverage of
// a line t pixels thick drawn in a quad one pixel wider on each side, and that
// quad's thickness. It is written from pixels (a source image on the glyphs'
// atlas), never drawn into.
func lineImage(t float64) (*ebiten.Image, float64) {
	q := max(4, int(math.Round(t*4)))
	t = float64(q) / 4
	T := t + 2
	if img, ok := sprites.lineProfile[q]; ok {
		return img, T
	}
	rgba := image.NewRGBA(image.Rect(0, 0, 1, lineProfile))
	for k := 0; k < lineProfile; k++ {
		d := math.Abs((float64(k)+0.5)/lineProfile-0.5) * T
		a := uint8(math.Round(255 * math.Max(0, math.Min(1, t/2+0.5-d))))
		rgba.Pix[4*k], rgba.Pix[4*k+1], rgba.Pix[4*k+2], rgba.Pix[4*k+3] = a, a, a, a
	}
	img := sprites.fromRGBA(rgba)
	if sprites.lineProfile != nil {
		sprites.lineProfile[q] = img
	}
	return img, T
}

// Circle fills a logical circle. Each pixel radius is drawn once with a vector path
// into a small image and reused, so frames only copy images.
func (c *Canvas) Circle(cx, cy, r float64, clr color.Color) {
	x, y := c.F.pt(cx, cy)
	pr := int(math.Ceil(r * c.F.Scale))
	if pr < 1 {
		return
	}
	img := circleImage(pr)
	c.img.GeoM.Reset()
	c.img.GeoM.Translate(float64(x)-float64(pr)-1, float64(y)-float64(pr)-1)
	c.tint(&c.img.ColorScale, clr)
	c.DrawImage(img, &c.img)
}

// circles caches white discs by pixel radius. Each is rasterised on the CPU
// (4x4 samples a pixel) and written as pixels, so Ebitengine keeps it on the same
// source atlas as the glyphs and a circle batches with the text around it (an
// image drawn into with vector paths sits on its own texture and splits the batch).
func circleImage(r int) *ebiten.Image {
	if img, ok := sprites.circles[r]; ok {
		return img
	}
	n := 2*r + 2
	rgba := image.NewRGBA(image.Rect(0, 0, n, n))
	c, rr := float64(r+1), float64(r)*float64(r)
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			in := 0
			for sy := 0; sy < 4; sy++ {
				for sx := 0; sx < 4; sx++ {
					px := float64(x) + (float64(sx)+0.5)/4 - c
					py := float64(y) + (float64(sy)+0.5)/4 - c
					if px*px+py*py <= rr {
						in++
					}
				}
			}
			a := uint8((in*255 + 8) / 16)
			i := rgba.PixOffset(x, y)
			rgba.Pix[i], rgba.Pix[i+1], rgba.Pix[i+2], rgba.Pix[i+3] = a, a, a, a
		}
	}
	img := sprites.fromRGBA(rgba)
	if sprites.circles != nil {
		sprites.circles[r] = img
	}
	return img
}

// white is a 1x1 white image used to draw rectangles; made on first use, never per
// frame. It is written as pixels (not filled), so it lives on the glyphs' source
// atlas and rectangles batch with text into one draw command.
func whitePixel() *ebiten.Image {
	if sprites.white == nil {
		rgba := image.NewRGBA(image.Rect(0, 0, 1, 1))
		copy(rgba.Pix, []byte{255, 255, 255, 255})
		sprites.white = sprites.fromRGBA(rgba)
	}
	return sprites.white
}

// Drawn is one line of text a frame drew (Canvas.Recording).
type Drawn struct {
	Text string
	Size float64
	Y    float64
}

// Text draws one line with its top-left at (x, y), at the screen's real pixel size so
// it stays crisp at any window size.
//
// It draws the string's cached glyphs (Fonts.shaped, laid out once by glyphs.go).
func (c *Canvas) Text(s string, x, y float64, st Style) {
	if c.Recording {
		c.Recorded = append(c.Recorded, Drawn{Text: s, Size: st.Size, Y: y})
	}
	if c.Boxes {
		c.Texts = append(c.Texts, TextBox{S: s, R: Rect{X: x, Y: y + c.Shift, W: c.Fonts.Width(s, st), H: c.Fonts.LineHeight(st)}})
	}
	if b := y + c.Shift + st.Size*c.Fonts.TextScale(); b > c.Bottom {
		c.Bottom = b
	}
	face := c.Fonts.face(st.Size*c.F.Scale, st.Bold)
	sx, sy := c.F.pt(x, y)
	ox, oy := math.Round(float64(sx)), math.Round(float64(sy))
	op := &c.op
	c.tint(&op.ColorScale, st.Color)
	for _, g := range c.Fonts.shaped(s, face) {
		op.GeoM.Reset()
		op.GeoM.Translate(g.x+ox, g.y+oy)
		c.DrawImage(g.img, op)
	}
}

// TextRight draws one line right-aligned to x.
func (c *Canvas) TextRight(s string, x, y float64, st Style) {
	c.Text(s, x-c.Fonts.Width(s, st), y, st)
}

// TextCenter draws one line centred on x.
func (c *Canvas) TextCenter(s string, x, y float64, st Style) {
	c.Text(s, x-c.Fonts.Width(s, st)/2, y, st)
}

// Block draws wrapped text from (x, y); it returns the height used.
func (c *Canvas) Block(b Block, x, y float64) float64 {
	for i, l := range b.Lines {
		c.Text(l, x, y+float64(i)*b.LineH, b.Style)
	}
	for _, m := range b.Marks {
		c.dotted(x+m.X, y+float64(m.Line)*b.LineH+m.Under, m.W, b.Style.Color)
	}
	return b.Height()
}

// BlockClipped draws only the lines of b whose top lies in [top, bottom).
func (c *Canvas) BlockClipped(b Block, x, y, top, bottom float64) {
	for i, l := range b.Lines {
		ly := y + float64(i)*b.LineH
		if ly >= top && ly+b.LineH <= bottom {
			c.Text(l, x, ly, b.Style)
		}
	}
}

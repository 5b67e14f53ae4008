package scenes

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// TitleFigure is where the title's figure stands (its feet), its stage (the
// picture last reached) and pose; ok is false when the top screen is not the
// title or the figure is not drawn (reduced motion).
func TitleFigure(a *App) (x, y float64, stage, pose int, ok bool) {
	s, is := a.Top().(*TitleScene)
	if !is || s.anim.total == 0 || a.ctx.Prefs.ReducedMotion {
		return 0, 0, 0, 0, false
	}
	x, y, stage, pose = s.anim.figure()
	return x, y, stage, pose, true
}

// TitleRound is how many ticks one round of the title's path takes.
func TitleRound(a *App) int {
	if s, is := a.Top().(*TitleScene); is {
		return s.anim.total
	}
	return 0
}

// FigureBuilds is how many sets of the figure's sprites were ever drawn.
func FigureBuilds() int { return figureBuilds }

// TitleTick is the tick of the title's round.
func TitleTick(a *App) int {
	if s, is := a.Top().(*TitleScene); is {
		return s.anim.t
	}
	return 0
}

// DrawnLines draws the top screen onto dst and returns the lines of text it drew.
func (a *App) DrawnLines(dst *ebiten.Image) []string {
	c := &a.canvas
	c.Dst, c.F, c.Fonts = dst, ui.Fit(dst.Bounds().Dx(), dst.Bounds().Dy()), a.ctx.Fonts
	c.Recording, c.Recorded = true, c.Recorded[:0]
	a.stack[len(a.stack)-1].Draw(a.ctx, c)
	c.Recording = false
	var out []string
	for _, d := range c.Recorded {
		out = append(out, d.Text)
	}
	return out
}

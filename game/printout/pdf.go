package printout

import (
	"fmt"

	"github.com/hsmgame/healthmanager/game"
	"github.com/signintech/gopdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// PDF writes the career report as a one-page PDF on paper, in lang, with the Go
// fonts embedded (UTF-8, so every accent prints). The same report gives the same
// bytes: no date is written.
func PDF(r game.Report, cat game.Catalog, lang string, paper Paper) ([]byte, error) {
	pg, err := reportPage(r, cat, lang, paper)
	if err != nil {
		return nil, err
	}
	return writePDF(pg)
}

func writePDF(pg *page) ([]byte, error) {
	var pdf gopdf.GoPdf
	pdf.Start(gopdf.Config{PageSize: gopdf.Rect{W: pg.w, H: pg.h}, Unit: gopdf.UnitPT})
	pdf.SetCompressLevel(9)
	if err := pdf.AddTTFFontData("go", goregular.TTF); err != nil {
		return nil, fmt.Errorf("printout: the regular font: %w", err)
	}
	if err := pdf.AddTTFFontData("go-bold", gobold.TTF); err != nil {
		return nil, fmt.Errorf("printout: the bold font: %w", err)
	}
	pdf.AddPage()
	for _, mk := range pg.marks {
		switch mk.kind {
		case markText:
			family := "go"
			if mk.bold {
				family = "go-bold"
			}
			if err := pdf.SetFont(family, "", mk.size); err != nil {
				return nil, err
			}
			pdf.SetTextColor(mk.color.R, mk.color.G, mk.color.B)
			pdf.SetXY(mk.x, mk.y)
			if err := pdf.Text(mk.text); err != nil {
				return nil, fmt.Errorf("printout: %q: %w", mk.text, err)
			}
		case markLine:
			pdf.SetLineWidth(mk.width)
			pdf.SetStrokeColor(mk.color.R, mk.color.G, mk.color.B)
			pdf.Line(mk.x, mk.y, mk.x2, mk.y2)
		case markRect:
			pdf.SetFillColor(mk.color.R, mk.color.G, mk.color.B)
			pdf.RectFromUpperLeftWithStyle(mk.x, mk.y, mk.x2, mk.y2, "F")
		case markBox:
			pdf.SetLineWidth(mk.width)
			pdf.SetStrokeColor(mk.color.R, mk.color.G, mk.color.B)
			pdf.RectFromUpperLeftWithStyle(mk.x, mk.y, mk.x2, mk.y2, "D")
		}
	}
	return pdf.GetBytesPdfReturnErr()
}

package scenes_test

import (
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
)

// differ is the share of pixels that differ between two same-size images.
func differ(a, b *image.RGBA) float64 {
	n := 0
	for i := 0; i+3 < len(a.Pix); i += 4 {
		if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] {
			n++
		}
	}
	return float64(n) / float64(len(a.Pix)/4)
}

// colours counts the distinct colours of an image (up to limit).
func colours(img *image.RGBA, limit int) int {
	seen := map[[3]uint8]bool{}
	for i := 0; i+3 < len(img.Pix) && len(seen) < limit; i += 4 {
		seen[[3]uint8{img.Pix[i], img.Pix[i+1], img.Pix[i+2]}] = true
	}
	return len(seen)
}

// Every act and every workplace has its own picture: drawn (many colours, not a
// blank wall) and unlike every other one, in both themes.
func TestPlacesAreDrawnAndDistinct(t *testing.T) {
	ids := scenes.PlaceIDs()
	if len(ids) != 10 {
		t.Fatalf("%d places, want 4 acts and 6 settings", len(ids))
	}
	for _, hc := range []bool{false, true} {
		imgs := make([]*image.RGBA, len(ids))
		for i, id := range ids {
			imgs[i] = scenes.PlacePixels(id, 0, false, false, hc, false, 560, 120)
			if n := colours(imgs[i], 40); n < 12 {
				t.Errorf("%s (high contrast %v): %d colours, a near-empty picture", id, hc, n)
			}
		}
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				if d := differ(imgs[i], imgs[j]); d < 0.2 {
					t.Errorf("%s and %s look alike (%.0f%% of pixels differ)", ids[i], ids[j], d*100)
				}
			}
		}
	}
}

// A workplace's picture shows its meters: a crowded waiting room differs from a
// calm one, a machine due for maintenance shows a warning, a short-staffed desk an
// empty chair.
func TestPlaceSignsShow(t *testing.T) {
	for _, id := range scenes.PlaceIDs()[4:] {
		calm := scenes.PlacePixels(id, 0, false, false, false, true, 380, 46)
		for _, c := range []struct {
			name        string
			crowd       int
			warn, short bool
		}{{"crowded", 2, false, false}, {"warning", 0, true, false}, {"short-staffed", 0, false, true}} {
			img := scenes.PlacePixels(id, c.crowd, c.warn, c.short, false, true, 380, 46)
			// the sign covers at least a fiftieth of the band's height squared
			b := calm.Bounds()
			if n := differ(calm, img) * float64(b.Dx()*b.Dy()); n < float64(b.Dy()*b.Dy())/50 {
				t.Errorf("%s: the %s picture looks like the calm one (%.0f pixels differ)", id, c.name, n)
			}
		}
	}
}

// Pictures are drawn at layout: a hundred frames of the title, an intro and the
// dashboard draw none.
func TestPlacesDrawnAtLayoutNotPerFrame(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	ctx := h.app.Context()
	check := func(name string) {
		t.Helper()
		h.tick(scenes.Input{})
		before := scenes.PlaceBuilds()
		for i := 0; i < 100; i++ {
			h.tick(scenes.Input{})
		}
		if n := scenes.PlaceBuilds() - before; n != 0 {
			t.Errorf("%s: %d pictures drawn over 100 frames", name, n)
		}
	}
	check("title")
	s := game.NewSession(ctx.Content, game.Options{Name: "Shot", Seed: 3})
	ctx.Session = s
	ctx.Sync()
	h.tick(scenes.Input{})
	if h.scene() != "intro" {
		t.Fatalf("on %q, want the first intro", h.scene())
	}
	check("intro")
	for n := 0; n < 3000 && s.Step().Kind != game.StepWeek; n++ {
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	ctx.Sync()
	h.tick(scenes.Input{})
	if h.scene() != "week" {
		t.Fatalf("on %q, want the dashboard", h.scene())
	}
	check("week")
}

// Screenshots to look at: the title's path, each act's intro, the dashboard in each
// of the six workplaces, and a sheet of every picture with its signs.
func TestPlaceShots(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	ctx := h.app.Context()
	h.shot("places-title")
	for _, a := range game.Acts {
		s := game.NewSession(ctx.Content, game.Options{Name: "Shot", Seed: 3})
		for n := 0; n < 3000 && !(s.Step().Kind == game.StepIntro && s.Step().Act == a); n++ {
			if _, err := s.Act1(game.FirstOption); err != nil {
				t.Fatal(err)
			}
		}
		ctx.Session = s
		ctx.Sync()
		h.tick(scenes.Input{})
		if h.scene() != "intro" {
			t.Fatalf("on %q, want the intro of %s", h.scene(), a)
		}
		h.shot("places-intro-" + string(a))
	}
	for _, se := range []string{"practice", "hospital", "clinic", "gov-agency", "mco", "rehab"} {
		var s *game.Session
		for seed := int64(1); seed <= 6; seed++ {
			s = game.NewSession(ctx.Content, game.Options{Name: "Shot", Seed: seed})
			pol := game.AimFor("generalist", se)
			for n := 0; n < 3000 && s.Step().Kind != game.StepWeek; n++ {
				if _, err := s.Act1(pol); err != nil {
					t.Fatal(err)
				}
			}
			if s.View().Setting() == se {
				break
			}
		}
		if s.View().Setting() != se {
			t.Errorf("no run reached %s", se)
			continue
		}
		ctx.Session = s
		ctx.Sync()
		h.tick(scenes.Input{})
		h.shot("places-week-" + se)
	}
	// high contrast: the pictures take the theme's twins and stay out from under text
	ctx.Prefs.HighContrast = true
	h.app.Relayout()
	h.shot("places-week-rehab-contrast")
	ctx.Prefs.HighContrast = false
	// the title in Spanish: the act names fit under their pictures
	cat, err := assets.Catalog("es")
	if err != nil {
		t.Fatal(err)
	}
	es := newHarness(t, 1280, 720, scenes.Config{Catalog: cat, Lang: "es"})
	es.shot("places-title-es")
	// the sheet: every picture calm, then crowded with a warning and an empty seat
	ids := scenes.PlaceIDs()
	sheet := image.NewRGBA(image.Rect(0, 0, 2*1120+10, len(ids)*250))
	for i, id := range ids {
		for j := 0; j < 2; j++ {
			img := scenes.PlacePixels(id, 2*j, j == 1, j == 1, false, i >= 4, map[bool]float64{false: 560, true: 380}[i >= 4], map[bool]float64{false: 120, true: 46}[i >= 4])
			r := image.Rect(j*1130, i*250, j*1130+img.Bounds().Dx(), i*250+img.Bounds().Dy())
			draw.Draw(sheet, r, img, image.Point{}, draw.Src)
		}
	}
	dir := os.Getenv("HSM_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "hsm-artifacts")
	}
	f, err := os.Create(filepath.Join(dir, "places-sheet.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, sheet); err != nil {
		t.Fatal(fmt.Errorf("sheet: %w", err))
	}
}

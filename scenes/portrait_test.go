package scenes_test

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenarios"
	"github.com/hsmgame/healthmanager/scenes"
)

// managerAt plays a full career to the manager's first week and opens scenario id.
func managerAt(t *testing.T, h *harness, id string) {
	t.Helper()
	ctx := h.app.Context()
	s := ctx.Session
	s.Edit(func(st *game.State) { st.Outcome, st.System, st.Current = nil, "", id })
	ctx.Sync()
	h.settle()
	if h.scene() != "scenario" {
		t.Fatalf("the screen is %q, want scenario %s", h.scene(), id)
	}
}

// The scenario screen shows the person asking as a portrait drawn at layout: frames
// draw the cached image and make no new ones; the debrief shows the same person with
// the face the outcome gives them.
func TestPortraitsOnScenarioAndOutcome(t *testing.T) {
	h, _, _ := managerHarness(t)
	for _, id := range []string{"staffing-weekend-gap", "budget-q1-overrun", "pol-hand-hygiene", "rj-state-complaint-survey", "emg-switch-fails", "first-job-admin"} {
		managerAt(t, h, id)
		n := scenes.PortraitCount()
		for range 30 {
			h.tick(scenes.Input{})
		}
		if got := scenes.PortraitCount(); got != n {
			t.Errorf("%s: %d portraits cached after 30 frames, %d before: Draw must not make images", id, got, n)
		}
		// the portrait's backdrop is drawn where the person mark was, down the card's
		// left edge below the title (one or two lines long)
		tinted := 0
		for y := 150; y < 300; y++ {
			if c := h.pixel(64, y); !near(c, color.RGBA{0xff, 0xff, 0xff, 0xff}, 3) {
				tinted++
			}
		}
		if tinted < 60 {
			t.Errorf("%s: no portrait beside the who line (%d tinted pixels)", id, tinted)
		}
		h.shot("portrait-scenario-" + id)
	}
	for _, tc := range []struct {
		id     string
		choice int
	}{{"budget-q1-overrun", 0}, {"staffing-weekend-gap", 2}} {
		managerAt(t, h, tc.id)
		for range tc.choice {
			h.key(scenes.Input{Down: true})
		}
		h.enter()
		if h.scene() != "outcome" {
			t.Fatalf("%s: choosing left %q, want the debrief", tc.id, h.scene())
		}
		n := scenes.PortraitCount()
		for range 30 {
			h.tick(scenes.Input{})
		}
		if got := scenes.PortraitCount(); got != n {
			t.Errorf("%s outcome: %d portraits cached after 30 frames, %d before", tc.id, got, n)
		}
		h.shot("portrait-outcome-" + tc.id)
		h.enter()
	}
}

// The whole cast in every mood on one sheet, to look at.
func TestPortraitCastSheet(t *testing.T) {
	c, err := scenarios.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	sheet := scenes.CastSheet(c, 64)
	img := image.NewRGBA(sheet.Bounds())
	sheet.ReadPixels(img.Pix)
	dir := os.Getenv("HSM_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "hsm-artifacts")
	}
	os.MkdirAll(dir, 0o755)
	f, err := os.Create(filepath.Join(dir, "portrait-cast-sheet.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

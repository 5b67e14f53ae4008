package scenes_test

import (
	"image"
	"strconv"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// privacyOpenIn starts a career, plays until the inbox holds duty screen id and opens it,
// at the workplace setting (none: the run's own),
// set just before the screen opens, so its desk is dealt for that setting.
func privacyOpenIn(t *testing.T, h *harness, id game.SystemID, setting string) *game.Session {
	t.Helper()
	ctx := h.app.Context()
	ctx.StartCareer("Pat")
	h.tick(scenes.Input{})
	s := ctx.Session
	for n := 0; n < 3000; n++ {
		st := s.State()
		if st.Item().Kind == game.ItemWeek && st.System == "" && st.Outcome == nil && st.Current == "" {
			for i, in := range st.Inbox {
				if in.System == id && !in.Done {
					if setting != "" {
						s.Edit(func(st *game.State) { st.Setting = setting })
					}
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
					ctx.Sync()
					h.tick(scenes.Input{})
					if h.scene() != "system-"+id {
						t.Fatalf("opening the %s item showed %q", id, h.scene())
					}
					return s
				}
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("the run never offered the %s screen", id)
	return nil
}

// dutyKit is the duty screen on display, for its refusal message.
func dutyKit(t *testing.T, h *harness) *scenes.DutyKit {
	t.Helper()
	k, ok := h.app.Top().(*scenes.DutyKit)
	if !ok {
		t.Fatalf("the screen on display is %q, not a duty screen on the kit", h.scene())
	}
	return k
}

func TestPrivacyScreenKeyboardAndClick(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := privacyOpenIn(t, h, game.SysPrivacy, "hospital")
	d := func() *game.PrivacyDesk { return s.State().Sys.Privacy }
	ctx := h.app.Context()

	// keyboard: the focus starts on the first tab (the sort); Down reaches the first
	// card, and each Enter moves it to the next kind, round to where it began
	before := d().Cards[0].Placed
	h.key(scenes.Input{Down: true})
	h.enter()
	if d().Cards[0].Placed == before {
		t.Fatal("Enter on the first safeguard card did not change its kind")
	}
	h.enter()
	h.enter()
	if d().Cards[0].Placed != before {
		t.Fatalf("three Enters left the card under %q, want %q again", d().Cards[0].Placed, before)
	}
	// keyboard: Down past the first column's five cards to "Ask Raj to check"
	for i := 0; i < 5; i++ {
		h.key(scenes.Input{Down: true})
	}
	h.enter()
	if !d().Checked || d().Checks != 1 {
		t.Fatal("Enter on the check button did not check the sort")
	}
	h.shot("system-privacy")
	if n := h.countColor(image.Rect(30, 140, 1250, 640), ui.Focus); n < 100 {
		t.Errorf("no visible focus ring (%d pixels)", n)
	}

	// the training tab (key 2); click: tick the front desk (the first group row)
	h.key(scenes.Input{Chars: []rune("2")})
	if d().Groups[0].Trained {
		t.Fatal("the front desk starts trained")
	}
	h.click(300, 280)
	if !d().Groups[0].Trained || d().HoursUsed() != 5 {
		t.Fatalf("clicking the front desk row: trained %v, hours %d", d().Groups[0].Trained, d().HoursUsed())
	}
	// the nurses' three hours do not fit: refused, in words
	h.click(300, 342)
	if d().Groups[1].Trained || dutyKit(t, h).Message() != ctx.T("sys.privacy.msg.hours_full") {
		t.Fatalf("training past the hours: nurses trained %v, message %q", d().Groups[1].Trained, dutyKit(t, h).Message())
	}
	h.shot("system-privacy-training")

	// the breach tab (key 3); click: tick the first notice (each affected person)
	h.key(scenes.Input{Chars: []rune("3")})
	h.click(900, 224)
	if !d().Ticked(game.NoticePeople) {
		t.Fatalf("clicking the first notice row did not tick it: %+v", d().Notices)
	}
	h.shot("system-privacy-breach")
	// F opens the breach rules; Esc closes them
	h.key(scenes.Input{Fact: true})
	if h.scene() != "fact" {
		t.Fatalf("F showed %q, want the breach rules", h.scene())
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "system-privacy" {
		t.Fatalf("Esc on the rules card left %q", h.scene())
	}

	// Done, with the mouse
	h.click(110, 675)
	if h.scene() != "outcome" || s.State().Outcome == nil {
		t.Fatalf("Done showed %q", h.scene())
	}
	h.shot("system-privacy-outcome")
}

func TestPrivacyScreenEscKeepsWork(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := privacyOpenIn(t, h, game.SysPrivacy, "hospital")
	h.key(scenes.Input{Down: true})
	h.enter()
	placed := s.State().Sys.Privacy.Cards[0].Placed
	h.key(scenes.Input{Back: true})
	if h.scene() != "week" {
		t.Fatalf("Esc left to %q, want the week", h.scene())
	}
	for i, in := range s.State().Inbox {
		if in.System == game.SysPrivacy {
			s.Choose(i)
		}
	}
	if s.State().Sys.Privacy.Cards[0].Placed != placed {
		t.Fatal("leaving and coming back lost the sort")
	}
}

// Letters file the focused safeguard card straight under a kind: A, P or T.
func TestPrivacyScreenLetterKeysFileACard(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	s := privacyOpenIn(t, h, game.SysPrivacy, "hospital")
	d := func() *game.PrivacyDesk { return s.State().Sys.Privacy }
	h.key(scenes.Input{Down: true}) // the first card
	for _, c := range []struct {
		key  string
		want game.SafeguardKind
	}{{"t", game.Technical}, {"P", game.Physical}, {"a", game.Administrative}} {
		h.key(scenes.Input{Chars: []rune(c.key)})
		if got := d().Cards[0].Placed; got != c.want {
			t.Errorf("after %q the card is under %q, want %q", c.key, got, c.want)
		}
	}
}

// The privacy desk in three settings: each shows its own safeguards, staff and breach,
// who the covered entity is, and nothing of a hospital in the practice or the health
// plan. The screenshots setting-privacy-<setting> are looked at by eye.
func TestPrivacyScreenBySetting(t *testing.T) {
	want := map[string][]string{
		"hospital": {"St. Brigid", "Nurses"},
		"practice": {"Harbor View", "Medical assistants"},
		"mco":      {"Keystone Care Partners", "Claims processors", "members"},
	}
	for _, setting := range []string{"hospital", "practice", "mco"} {
		h := newHarness(t, 1280, 720, scenes.Config{})
		privacyOpenIn(t, h, game.SysPrivacy, setting)
		k := dutyKit(t, h)
		var shown []string
		for tab := 0; tab < 3; tab++ {
			k.Tab = tab
			k.Layout(h.app.Context())
			shown = append(shown, k.List.Strings()...)
			h.shot("setting-privacy-" + setting + "-" + strconv.Itoa(tab+1))
		}
		all := strings.Join(shown, " ")
		for _, w := range want[setting] {
			if !strings.Contains(all, w) {
				t.Errorf("the %s privacy screen never shows %q", setting, w)
			}
		}
		if setting != "hospital" && strings.Contains(all, "St. Brigid") {
			t.Errorf("the %s privacy screen names the hospital", setting)
		}
		h.shot("setting-privacy-" + setting)
	}
}

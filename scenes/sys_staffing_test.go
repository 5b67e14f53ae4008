package scenes_test

import (
	"image"
	"testing"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// openStaffingScreen starts a career in the harness, plays the road with the rules
// core and opens the staffing duty screen from a manager week's inbox.
func openStaffingScreen(t *testing.T, h *harness, seed int64) {
	t.Helper()
	ctx := h.app.Context()
	ctx.Session = game.NewSession(ctx.Content, game.Options{Name: "Tess", Seed: seed})
	s := ctx.Session
	for n := 0; n < 2000 && s.State().System != game.SysStaffing; n++ {
		if s.Step().Kind == game.StepWeek {
			for i, in := range s.State().Inbox {
				if in.System == game.SysStaffing && !in.Done {
					if err := s.Choose(i); err != nil {
						t.Fatal(err)
					}
				}
			}
			if s.State().System == game.SysStaffing {
				break
			}
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	ctx.Sync()
	h.tick(scenes.Input{})
	if h.scene() != "system-staffing" {
		t.Fatalf("opened %q, want system-staffing", h.scene())
	}
}

// staffingLayout is what the staffing screen tells tests about where it drew things.
type staffingLayout interface {
	ShiftRect(i int) ui.Rect
	ButtonRect(k int) ui.Rect
	Selected() int
}

func staffingOnScreen(t *testing.T, h *harness) staffingLayout {
	t.Helper()
	k, ok := h.app.Top().(*scenes.DutyKit)
	if !ok {
		t.Fatalf("the staffing screen is %T, not on the duty kit", h.app.Top())
	}
	l, ok := k.Screen.(staffingLayout)
	if !ok {
		t.Fatalf("the staffing screen %T does not report its layout", k.Screen)
	}
	return l
}

// clickStaffing clicks the middle of a target.
func clickStaffing(h *harness, r ui.Rect) { h.click(r.X+r.W/2, r.Y+r.H/2) }

func TestStaffingScreenKeyboardMouseDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openStaffingScreen(t, h, 3)
	p := h.app.Context().Session.State().Sys.Staffing
	sc := staffingOnScreen(t, h)
	first := p.Breaks()[0]
	h.shot("system-staffing")
	// the screen starts on the first ratio break, and every target is big enough
	if sc.Selected() != first {
		t.Fatalf("the screen starts on shift %d, want the first break %d", sc.Selected(), first)
	}
	for i := range p.Shifts {
		if r := sc.ShiftRect(i); r.W < 44 || r.H < 44 {
			t.Errorf("shift %d is a %vx%v target", i, r.W, r.H)
		}
	}
	for b := 0; b < 4+len(p.Units)+1+2; b++ {
		if r := sc.ButtonRect(b); r.W < 44 || r.H < 44 {
			t.Errorf("button %d is a %vx%v target", b, r.W, r.H)
		}
	}

	// keyboard: focus starts on Monday's day shift; Right moves to Tuesday's, Enter
	// picks it and goes on to the ways to fill it; Enter adds a nurse
	tuesday := -1
	for i, x := range p.Shifts {
		if x.Unit == 0 && !x.Night && x.Day == 1 {
			tuesday = i
		}
	}
	h.key(scenes.Input{Right: true})
	h.enter()
	if sc.Selected() != tuesday {
		t.Fatalf("Right, Enter picked shift %d, want Tuesday's day shift %d", sc.Selected(), tuesday)
	}
	before := p.Shifts[tuesday].Scheduled()
	h.enter()
	if p.Shifts[tuesday].Scheduled() != before+1 {
		t.Fatalf("Enter on the first way to fill left Tuesday with %d nurses, want %d", p.Shifts[tuesday].Scheduled(), before+1)
	}
	// Up from the buttons comes back to the grid's last row; Right, Enter, Enter
	// fills the next day's shift on that row
	h.key(scenes.Input{Up: true})
	h.key(scenes.Input{Right: true})
	h.enter()
	picked := sc.Selected()
	if sh := p.Shifts[picked]; sh.Unit != len(p.Units)-1 || !sh.Night {
		t.Fatalf("Up from the buttons, Right, Enter picked %+v, want a shift on the last row", sh)
	}
	before = p.Shifts[picked].Scheduled()
	h.enter()
	if p.Shifts[picked].Scheduled() != before+1 {
		t.Fatalf("Enter left shift %d with %d nurses, want %d", picked, p.Shifts[picked].Scheduled(), before+1)
	}

	// mouse: click a shift, then "+ Agency nurse", then the training programme
	var target int
	for i := range p.Shifts {
		if i != first && i != tuesday && i != picked {
			target = i
			break
		}
	}
	clickStaffing(h, sc.ShiftRect(target))
	if sc.Selected() != target {
		t.Fatalf("clicking shift %d selected %d", target, sc.Selected())
	}
	ag := p.Shifts[target].Agency
	clickStaffing(h, sc.ButtonRect(2)) // + Agency nurse
	if p.Shifts[target].Agency != ag+1 {
		t.Fatalf("clicking the shift then + Agency left agency at %d", p.Shifts[target].Agency)
	}
	// Remove takes the priciest nurse off first
	clickStaffing(h, sc.ButtonRect(3))
	if p.Shifts[target].Agency != ag {
		t.Fatalf("Remove left agency at %d, want %d", p.Shifts[target].Agency, ag)
	}
	clickStaffing(h, sc.ButtonRect(4)) // post a job on the first unit
	if !p.Units[0].JobPosted {
		t.Fatal("clicking the first job lever did not post the job")
	}
	clickStaffing(h, sc.ButtonRect(4+len(p.Units))) // the training programme
	if !p.Training {
		t.Fatal("clicking the training programme did not start it")
	}
	h.shot("system-staffing-worked")
	// the focus ring is visible after a click
	if n := h.countColor(image.Rect(620, 415, 1250, 600), ui.Focus); n < 100 {
		t.Errorf("no visible focus ring on the clicked lever (%d pixels)", n)
	}
	// the fact cards open from their buttons and from F
	clickStaffing(h, sc.ButtonRect(4+len(p.Units)+2))
	if h.scene() != "fact" {
		t.Fatalf("the hiring fact button opened %q", h.scene())
	}
	h.key(scenes.Input{Back: true})
	h.key(scenes.Input{Fact: true})
	if h.scene() != "fact" {
		t.Fatalf("F opened %q", h.scene())
	}
	h.key(scenes.Input{Back: true})

	// Done shows the debrief
	h.click(40+60, ui.H-70+25)
	if h.scene() != "outcome" {
		t.Fatalf("Done opened %q, want the outcome", h.scene())
	}
	out := h.app.Context().Session.State().Outcome
	if out == nil || out.Title.Key != "sys.staffing.out.title" || len(out.Later) == 0 {
		t.Fatalf("the debrief is not the staffing one: %+v", out)
	}
	h.shot("system-staffing-outcome")
}

func TestStaffingScreenStraightTimeFollowsTheSchedule(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openStaffingScreen(t, h, 4)
	s := h.app.Context().Session
	p := s.State().Sys.Staffing
	sc := staffingOnScreen(t, h)
	// a shift worked by staff nurses alone
	shift := -1
	for i, sh := range p.Shifts {
		if sh.Staff > 1 && sh.Overtime == 0 && sh.Agency == 0 {
			shift = i
			break
		}
	}
	if shift < 0 {
		t.Fatal("no shift worked by staff alone")
	}
	unit := p.Shifts[shift].Unit
	left, staff := s.View().StaffingForecast().Units[unit].StaffLeft, p.Shifts[shift].Staff
	clickStaffing(h, sc.ShiftRect(shift))
	clickStaffing(h, sc.ButtonRect(3)) // Remove: frees a straight-time shift
	if p.Shifts[shift].Staff != staff-1 || !s.View().StaffingForecast().Units[unit].CanStaff || s.View().StaffingForecast().Units[unit].StaffLeft != left+1 {
		t.Fatalf("Remove left %+v with %d straight-time shifts", p.Shifts[shift], s.View().StaffingForecast().Units[unit].StaffLeft)
	}
	h.shot("system-staffing-straight-time-free")
	clickStaffing(h, sc.ButtonRect(0)) // + Staff RN uses it again
	if p.Shifts[shift].Staff != staff || s.View().StaffingForecast().Units[unit].StaffLeft != left {
		t.Fatalf("+ Staff RN left %+v", p.Shifts[shift])
	}
	// with none left, the button stays, says 0 left, and a click on it changes nothing
	if left == 0 {
		clickStaffing(h, sc.ButtonRect(0))
		if p.Shifts[shift].Staff != staff {
			t.Fatal("a staff nurse was added with no straight time left")
		}
	}
}

func TestStaffingScreenEscKeepsWork(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openStaffingScreen(t, h, 4)
	p := h.app.Context().Session.State().Sys.Staffing
	sc := staffingOnScreen(t, h)
	first := p.Breaks()[0]
	clickStaffing(h, sc.ButtonRect(2)) // + Agency nurse on the first break
	if p.Shifts[first].Agency == 0 {
		t.Fatal("+ Agency nurse did not book one on the first break")
	}
	h.key(scenes.Input{Back: true})
	if h.scene() != "week" {
		t.Fatalf("Esc opened %q, want the week", h.scene())
	}
	if h.app.Context().Session.State().Sys.Staffing.Shifts[first].Agency != p.Shifts[first].Agency || p.Shifts[first].Agency == 0 {
		t.Fatal("leaving lost the agency nurse")
	}
}

// On a focused shift, S, O, A and R fill it (staff, overtime, agency) or take a nurse
// off, without going to the buttons.
func TestStaffingScreenLetterKeysFillTheFocusedShift(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openStaffingScreen(t, h, 4)
	p := h.app.Context().Session.State().Sys.Staffing
	sc := staffingOnScreen(t, h)
	r := sc.ShiftRect(0)
	h.tick(scenes.Input{Moved: true, PX: r.X + r.W/2, PY: r.Y + r.H/2}) // the pointer focuses the shift
	agency := p.Shifts[0].Agency
	h.key(scenes.Input{Chars: []rune("a")})
	if p.Shifts[0].Agency != agency+1 {
		t.Fatalf("A on the shift left %d agency nurses, want %d", p.Shifts[0].Agency, agency+1)
	}
	h.key(scenes.Input{Chars: []rune("R")})
	if p.Shifts[0].Agency != agency {
		t.Fatalf("R on the shift left %d agency nurses, want %d", p.Shifts[0].Agency, agency)
	}
}

// End jumps to Done from wherever the screen starts (here the first ratio break), so a
// keyboard player can always finish a desk with End, Enter.
func TestStaffingScreenEndJumpsToDone(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	openStaffingScreen(t, h, 3)
	h.key(scenes.Input{End: true})
	h.enter()
	if h.scene() != "outcome" {
		t.Fatalf("End, Enter on the staffing screen opened %q, want the outcome", h.scene())
	}
}

// TestStaffingScreenBySetting takes the staffing desk's picture in a hospital, a
// practice and a managed care organisation: the hospital's two nursing units run day
// and night for seven days under the ratio law; the practice's front desk and
// medical assistants and the insurer's care managers and claims examiners work
// weekdays only, one row a unit, under their own staffing plan.
func TestStaffingScreenBySetting(t *testing.T) {
	h := newHarness(t, 1280, 720, scenes.Config{})
	want := map[string]struct {
		shifts int
		law    bool
		unit   string
	}{
		"hospital": {28, true, "medsurg"},
		"practice": {10, false, "front"},
		"mco":      {10, false, "caremgmt"},
	}
	for _, setting := range []string{"hospital", "practice", "mco"} {
		s := openDeskIn(t, h, game.SysStaffing, setting)
		p, ok := s.View().StaffingDesk()
		if !ok {
			t.Fatal("no staffing desk")
		}
		w := want[setting]
		if len(p.Shifts) != w.shifts || p.LawApplies() != w.law || p.Units[0].ID != w.unit {
			t.Fatalf("%s: %d shifts, ratio law %v, first unit %s; want %d, %v, %s", setting, len(p.Shifts), p.LawApplies(), p.Units[0].ID, w.shifts, w.law, w.unit)
		}
		h.shot("setting-staffing-" + setting)
		lay := staffingOnScreen(t, h)
		// every shift is drawn inside the grid, the boxes never overlap
		for i := range p.Shifts {
			r := lay.ShiftRect(i)
			if r.W < 60 || r.X+r.W > 945 || r.Y+r.H > 424 {
				t.Errorf("%s: shift %d drawn at %+v, outside the grid", setting, i, r)
			}
			for j := 0; j < i; j++ {
				q := lay.ShiftRect(j)
				if r.X < q.X+q.W && q.X < r.X+r.W && r.Y < q.Y+q.H && q.Y < r.Y+r.H {
					t.Errorf("%s: shifts %d and %d overlap", setting, i, j)
				}
			}
		}
	}
}

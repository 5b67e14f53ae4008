package game_test

import (
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/assets"
	"github.com/hsmgame/healthmanager/game"
)

// enCatalog loads the English UI strings (the assets package imports game, so this
// check lives in the external test package).
func enCatalog(t testing.TB) game.Catalog {
	t.Helper()
	cat, err := assets.Catalog("en")
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// finishEmitted closes the open duty screen and returns every line it emitted for the
// player: the debrief's title, lines and notes of what comes later, and each delayed
// consequence it queued (the message, the cause, the choice and the "because" line
// built from them). A queued consequence must carry a catalog message, not English
// held in Go.
func finishEmitted(t *testing.T, s *game.Session) []game.Line {
	t.Helper()
	from := len(s.St().Pending)
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	out := s.St().Outcome
	lines := append(append([]game.Line{out.Title}, out.Lines...), out.Later...)
	for _, p := range s.St().Pending[from:] {
		if p.Msg.Key == "" || !p.Text.Empty() {
			t.Errorf("a delayed consequence carries text held in Go, not a catalog line: %+v", p)
		}
		lines = append(lines, p.Message(), p.Cause, p.Choice, game.Because(p.FromWeek, p.Cause, p.Choice))
	}
	return lines
}

// checkKeys reports every catalog key in lines (their parts included) that has no
// English string.
func checkKeys(t *testing.T, cat game.Catalog, where string, lines ...game.Line) {
	t.Helper()
	var walk func(l game.Line)
	walk = func(l game.Line) {
		if l.Key != "" && !cat.Has(l.Key) {
			t.Errorf("%s: key %q has no English string", where, l.Key)
		}
		for _, p := range l.Parts {
			walk(p)
		}
	}
	for _, l := range lines {
		walk(l)
	}
}

// pendingKey finds the queued consequence whose message has the catalog key.
func pendingKey(s *game.Session, key string) *game.Delayed {
	for i := range s.St().Pending {
		if s.St().Pending[i].Msg.Key == key {
			return &s.St().Pending[i]
		}
	}
	return nil
}

// A duty screen's title, person and instructions follow the workplace: a practice
// builds a staff schedule, a hospital a nurse schedule; a setting with no variant of
// its own reads the plain words.
func TestDutyWordsFollowTheSetting(t *testing.T) {
	cat := enCatalog(t)
	s := openDuty(t, 3, game.SysStaffing)
	title := func(setting string) string {
		s.Edit(func(st *game.State) { st.Setting = setting })
		return s.Step().Title.Render("en", cat)
	}
	if got := title("hospital"); got != cat["system.staffing.title"] {
		t.Errorf("hospital title %q", got)
	}
	if got := title("practice"); got != "Build next week's staff schedule" {
		t.Errorf("practice title %q", got)
	}
	if got := title("mco"); strings.Contains(got, "nurse") {
		t.Errorf("health plan title %q speaks of nurses", got)
	}
	for key := range cat {
		if i := strings.LastIndexByte(key, '@'); i > 0 {
			if _, ok := cat[key[:i]]; !ok {
				t.Errorf("%s varies a key the catalog does not have", key)
			}
			switch key[i+1:] {
			case "hospital", "practice", "gov-agency", "rehab", "clinic", "mco":
			default:
				t.Errorf("%s: unknown setting", key)
			}
		}
	}
}

package game_test

import (
	"bytes"
	"math"
	"math/rand"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

func satelliteOpen(t *testing.T, seed int64) (*game.Session, *game.Inspection) {
	t.Helper()
	s := satelliteOpenAt(t, seed, "hospital")
	if s.St().Sys.Satellite == nil {
		t.Fatal("opening the satellite screen prepared no state")
	}
	return s, s.St().Sys.Satellite
}

// satelliteOpenAt opens the satellite desk for workplace setting (dealt again if the
// run landed elsewhere, as opening it there would).
func satelliteOpenAt(t *testing.T, seed int64, setting string) *game.Session {
	t.Helper()
	s := openDuty(t, seed, game.SysSatellite)
	s.Edit(func(st *game.State) {
		st.Setting = setting
		st.Sys.Satellite = nil
	})
	game.OpenDesk(s, game.SysSatellite)
	return s
}

// roomIndex finds a room by id.
func roomIndex(t *testing.T, in *game.Inspection, id string) int {
	t.Helper()
	for i, r := range in.Rooms {
		if r.ID == id {
			return i
		}
	}
	t.Fatalf("no room %s", id)
	return -1
}

// onlyProblem makes the site hold exactly one problem: observation id in room room
// (everything else is fine), so a test sees one problem's effects alone.
func onlyProblem(t *testing.T, in *game.Inspection, room, id string) int {
	t.Helper()
	for i := range in.Rooms {
		for k := range in.Rooms[i].Obs {
			in.Rooms[i].Obs[k].Problem = false
		}
	}
	i := roomIndex(t, in, room)
	in.Rooms[i].Obs = append(in.Rooms[i].Obs[:0], game.SiteObservation{ID: id, Problem: true}, game.SiteObservation{ID: "training_log"})
	return i
}

func TestSatelliteFoundProblemIsFixedMissedOneLandsLaterBigger(t *testing.T) {
	// Found: the unencrypted laptop is marked a finding and fixed now.
	s, in := satelliteOpen(t, 3)
	office := onlyProblem(t, in, "office", "laptop")
	s.St().Facility.Meters[game.HIPAAGaps] = 5
	if err := s.Do(game.SatelliteVisit{Room: office}); err != nil {
		t.Fatal(err)
	}
	if err := s.Do(game.SatelliteMark{Room: office, Obs: 0, Mark: game.MarkFinding}); err != nil {
		t.Fatal(err)
	}
	if sc := in.Score(); sc.Found != 1 || sc.Missed != 0 {
		t.Fatalf("score after marking the laptop: %+v", sc)
	}
	pending := len(s.St().Pending)
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	fixed := 5 - s.St().Facility.Meters[game.HIPAAGaps]
	if fixed <= 0 {
		t.Fatalf("finding the laptop did not close a HIPAA gap now (gaps %v)", s.St().Facility.Meters[game.HIPAAGaps])
	}
	if len(s.St().Pending) != pending || !hasLine(s.St().Outcome, "sys.satellite.fix.laptop") {
		t.Fatalf("a found problem still queued a consequence, or the debrief does not say it was fixed: %+v", s.St().Outcome.Lines)
	}

	// Missed: the same laptop marked OK lands later, worse.
	s2, in2 := satelliteOpen(t, 3)
	office = onlyProblem(t, in2, "office", "laptop")
	s2.St().Facility.Meters[game.HIPAAGaps] = 5
	s2.Do(game.SatelliteVisit{Room: office})
	s2.Do(game.SatelliteMark{Room: office, Obs: 0, Mark: game.MarkOK})
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if s2.St().Facility.Meters[game.HIPAAGaps] != 5 {
		t.Errorf("a missed laptop changed the gaps at once: %v", s2.St().Facility.Meters[game.HIPAAGaps])
	}
	p := pendingKey(s2, "sys.satellite.later.laptop")
	if p == nil {
		t.Fatalf("the missed laptop queued nothing: %+v", s2.St().Pending)
	}
	if p.Due <= s2.St().Week {
		t.Errorf("the missed laptop lands in week %d, not later than week %d", p.Due, s2.St().Week)
	}
	if got := p.Effects[game.HIPAAGaps]; got <= fixed {
		t.Errorf("missed laptop: +%v gaps later; found: -%v now; the miss should be bigger", got, fixed)
	}
	if p.Choice.Key != "sys.satellite.choice.ok" {
		t.Errorf("the consequence does not say the problem was marked OK: %+v", p.Choice)
	}
	// and it lands, with its cause, once the weeks go by
	due := p.Due
	for s2.St().Week <= due && s2.Step().Kind != game.StepReport {
		if _, err := s2.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
	if pendingKey(s2, "sys.satellite.later.laptop") != nil {
		t.Error("the missed laptop never landed")
	}
}

func TestSatelliteEveryProblemCostsMoreMissedThanFound(t *testing.T) {
	for id, p := range game.SiteProblems {
		fix, miss := 0.0, 0.0
		for _, v := range p.Fix {
			fix += math.Abs(v)
		}
		for _, v := range p.Miss {
			miss += math.Abs(v)
		}
		if miss <= fix || p.Weeks < 1 {
			t.Errorf("%s: found moves %v, missed moves %v in %d weeks; a miss should land later and bigger", id, fix, miss, p.Weeks)
		}
	}
}

func TestSatelliteRoomsVisitableAreLimited(t *testing.T) {
	s, in := satelliteOpen(t, 4)
	if in.Visited() != 1 || !in.Rooms[0].Visited {
		t.Fatalf("on arrival %d rooms are seen; want only the waiting room", in.Visited())
	}
	if err := s.Do(game.SatelliteMark{Room: 3, Obs: 0, Mark: game.MarkOK}); err == nil {
		t.Fatal("marked something in a room not visited")
	}
	visited := 1
	for i := 1; i < len(in.Rooms); i++ {
		err := s.Do(game.SatelliteVisit{Room: i})
		if err == game.ErrNoTime {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		visited++
	}
	want := game.SiteMinutes / game.RoomMinutes
	if visited != want || in.Visited() != want || in.Minutes != 0 {
		t.Fatalf("visited %d rooms (%d min left); want %d of %d", visited, in.Minutes, want, len(in.Rooms))
	}
	if visited >= len(in.Rooms) {
		t.Fatal("time on site let the manager see every room")
	}
	if err := s.Do(game.SatelliteVisit{Room: len(in.Rooms) - 1}); err != game.ErrNoTime {
		t.Fatalf("a room past the time limit: %v, want ErrNoTime", err)
	}
	// going back to a room already seen is free (which room is on display is the
	// screen's own state: scenes/sys_satellite_test.go checks it)
	if err := s.Do(game.SatelliteVisit{Room: 1}); err != nil || in.Minutes != 0 {
		t.Fatalf("going back to a seen room: %v (%d min left)", err, in.Minutes)
	}
	// problems in the unseen rooms count as missed
	last := len(in.Rooms) - 1
	in.Rooms[last].Obs[0].Problem = true
	if sc := in.Score(); sc.Unseen == 0 {
		t.Fatalf("a problem in an unvisited room is not counted as unseen: %+v", sc)
	}
}

func TestSatelliteFalseAlarmWastesTime(t *testing.T) {
	run := func(mark string) (*game.Session, float64) {
		s, in := satelliteOpen(t, 5)
		onlyProblem(t, in, "office", "laptop")
		w := roomIndex(t, in, "waiting")
		for k := range in.Rooms[w].Obs {
			s.Do(game.SatelliteMark{Room: w, Obs: k, Mark: game.MarkOK})
		}
		s.Do(game.SatelliteMark{Room: w, Obs: 0, Mark: mark}) // the waiting room holds no problem now
		s.St().Facility.Meters[game.ManagerWorkload] = 50
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		return s, s.St().Facility.Meters[game.ManagerWorkload]
	}
	s, alarm := run(game.MarkFinding)
	_, calm := run(game.MarkOK)
	if alarm-calm != game.FalseAlarmHours {
		t.Fatalf("workload with a false alarm %v, without %v; want %v more hours", alarm, calm, game.FalseAlarmHours)
	}
	if !hasLine(s.St().Outcome, "sys.satellite.out.false_alarms") {
		t.Errorf("the debrief does not name the false alarm: %+v", s.St().Outcome.Lines)
	}
}

func TestSatelliteMarksCycle(t *testing.T) {
	s, in := satelliteOpen(t, 6)
	want := []string{game.MarkOK, game.MarkFinding, game.MarkNone}
	for _, m := range want {
		if err := s.Do(game.SatelliteCycle{Room: 0, Obs: 0}); err != nil {
			t.Fatal(err)
		}
		if got := in.Rooms[0].Obs[0].Mark; got != m {
			t.Fatalf("mark after a cycle is %q, want %q", got, m)
		}
	}
}

func TestSatelliteSitesVary(t *testing.T) {
	kinds := map[string]bool{}
	for seed := int64(1); seed <= 12; seed++ {
		_, in := satelliteOpen(t, seed)
		sc := in.Score()
		if sc.Problems < 4 || sc.Problems > 8 {
			t.Errorf("seed %d: %d problems at the site, want 4-8", seed, sc.Problems)
		}
		for _, r := range in.Rooms {
			if len(r.Obs) < 2 || len(r.Obs) > 3 {
				t.Errorf("seed %d: room %s has %d observations", seed, r.ID, len(r.Obs))
			}
			for _, o := range r.Obs {
				if o.Problem {
					kinds[o.ID] = true
				}
			}
		}
	}
	if len(kinds) < 8 {
		t.Errorf("only %d kinds of problem over 12 sites", len(kinds))
	}
}

func TestSatelliteDoneOnDefaultState(t *testing.T) {
	for seed := int64(1); seed <= 6; seed++ {
		s, in := satelliteOpen(t, seed)
		problems := in.Score().Problems
		pending := len(s.St().Pending)
		if err := s.FinishSystem(); err != nil {
			t.Fatalf("seed %d: Done on the fresh screen: %v", seed, err)
		}
		out := s.St().Outcome
		if out == nil || out.Title.Key == "" || len(out.Lines) < 2 || out.Fact == nil || len(out.Later) == 0 {
			t.Fatalf("seed %d: thin outcome %+v", seed, out)
		}
		if len(out.Lines) > 7 {
			t.Errorf("seed %d: %d debrief lines may overflow the outcome screen", seed, len(out.Lines))
		}
		if got := len(s.St().Pending) - pending; got != problems {
			t.Errorf("seed %d: nothing marked, %d problems, %d consequences queued", seed, problems, got)
		}
	}
}

func TestSatelliteAutoThenDone(t *testing.T) {
	s, in := satelliteOpen(t, 7)
	s.AutoSystem()
	sc := in.Score()
	if in.Visited() != game.SiteMinutes/game.RoomMinutes || sc.FalseAlarms != 0 || sc.Found != sc.Problems-sc.Unseen {
		t.Fatalf("auto inspection: %d rooms, score %+v", in.Visited(), sc)
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

func TestSatelliteSaveLoadKeepsState(t *testing.T) {
	s, in := satelliteOpen(t, 8)
	s.Do(game.SatelliteVisit{Room: 3})
	s.Do(game.SatelliteMark{Room: 3, Obs: 0, Mark: game.MarkFinding})
	s.Do(game.SatelliteMark{Room: 0, Obs: 1, Mark: game.MarkOK})
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(content(t), data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, s2.St().Sys.Satellite) {
		t.Fatalf("inspection changed in a save round trip:\n%+v\n%+v", in, s2.St().Sys.Satellite)
	}
	s.FinishSystem()
	s2.FinishSystem()
	a, _ := s.Save()
	b, _ := s2.Save()
	if !bytes.Equal(a, b) {
		t.Fatal("a loaded inspection finishes differently from the original")
	}
}

// Every line the satellite inspection emits has its English string: each problem's
// fix, miss and delayed consequence, and the three ways a problem can be missed.
func TestSatelliteStringsExist(t *testing.T) {
	cat := enCatalog(t)
	for id := range game.SiteProblems {
		checkKeys(t, cat, "problem "+id, game.L("sys.satellite.later."+id), game.L("sys.satellite.fix."+id), game.L("sys.satellite.miss."+id))
	}
	choices := map[string]bool{}
	for k, mark := range []string{"auto", "skip", game.MarkOK, game.MarkNone} {
		for seed := int64(1); seed <= 3; seed++ {
			s, in := satelliteOpen(t, seed+int64(3*k))
			switch mark {
			case "auto":
				s.AutoSystem()
			case "skip": // nothing visited
			default:
				for i := range in.Rooms {
					if s.Do(game.SatelliteVisit{Room: i}) != nil {
						continue
					}
					for o := range in.Rooms[i].Obs {
						s.Do(game.SatelliteMark{Room: i, Obs: o, Mark: mark})
					}
				}
			}
			checkKeys(t, cat, mark+" seed "+strconv.Itoa(int(seed)), finishEmitted(t, s)...)
			for _, p := range s.St().Pending {
				if p.Cause.Key == "system.satellite.title" {
					choices[p.Choice.Key] = true
				}
			}
		}
	}
	for _, c := range []string{"ok", "unmarked", "unvisited"} {
		if !choices["sys.satellite.choice."+c] {
			t.Errorf("no inspection queued a consequence for sys.satellite.choice.%s", c)
		}
	}
}

// The screen reads the inspection through the View: a copy it cannot change the run
// through, and a forecast with each room's state, findings and observations as worded
// (only for rooms seen).
func TestSatelliteViewIsACopyAndForecastReadsTheDesk(t *testing.T) {
	s, in := satelliteOpen(t, 11)
	v, ok := s.View().SatelliteInspection()
	if !ok || len(v.Rooms) != len(in.Rooms) {
		t.Fatalf("the view's inspection %+v does not match the run's", v)
	}
	v.Rooms[0].Obs[0].Mark = game.MarkFinding
	v.Rooms[1].Visited = true
	v.Minutes = 0
	if in.Rooms[0].Obs[0].Mark != game.MarkNone || in.Rooms[1].Visited || in.Minutes == 0 {
		t.Fatal("changing the view's copy changed the run's inspection")
	}
	if err := s.Do(game.SatelliteMark{Room: 0, Obs: 0, Mark: game.MarkFinding}); err != nil {
		t.Fatal(err)
	}
	fc := s.View().SatelliteForecast()
	if fc.Minutes != in.Minutes || fc.VisitsLeft != in.VisitsLeft() || fc.Site.Key != "sys.satellite.site."+in.Site || fc.Tip.Key != "sys.satellite.tip."+in.Tip || len(fc.Rooms) != len(in.Rooms) {
		t.Fatalf("forecast %+v does not read the inspection", fc)
	}
	for i, r := range in.Rooms {
		rv := fc.Rooms[i]
		if rv.Visited != r.Visited || rv.Name.Key != "sys.satellite.room."+r.ID {
			t.Errorf("room %s: forecast %+v", r.ID, rv)
		}
		if !r.Visited {
			if len(rv.Obs) != 0 {
				t.Errorf("room %s is not seen, yet the forecast tells what is in it", r.ID)
			}
			continue
		}
		for k, o := range r.Obs {
			want := "sys.satellite.obs." + o.ID + ".good"
			if o.Problem {
				want = "sys.satellite.obs." + o.ID + ".bad"
			}
			if rv.Obs[k].Key != want || rv.Marks[k] != o.Mark {
				t.Errorf("room %s, observation %d: %v %q, want %s %q", r.ID, k, rv.Obs[k], rv.Marks[k], want, o.Mark)
			}
		}
	}
	if fc.Rooms[0].Findings != 1 {
		t.Errorf("one finding marked in the waiting room; the forecast counts %d", fc.Rooms[0].Findings)
	}
	if _, ok := s.View().SatelliteFact(); !ok {
		t.Error("the satellite screen has no fact card")
	}
}

// The satellite debrief accounts for every problem: the fixes it lists (and the
// "more fixed" it counts) are the problems found, the misses are the problems
// missed, over seeds and many inspections.
func TestSatelliteDebriefAccountsForEveryProblem(t *testing.T) {
	for seed := int64(1); seed <= 8; seed++ {
		for try := 0; try < 5; try++ {
			s, in := satelliteOpen(t, seed)
			rng := rand.New(rand.NewSource(seed*7 + int64(try)))
			for i := range in.Rooms {
				if rng.Intn(4) > 0 {
					s.Do(game.SatelliteVisit{Room: i}) // refused when there is no time left
				}
			}
			for i, r := range in.Rooms {
				if !r.Visited {
					continue
				}
				for k, o := range r.Obs {
					mark := game.MarkOK
					if o.Problem == (rng.Intn(5) > 0) { // mostly right, sometimes wrong
						mark = game.MarkFinding
					}
					if err := s.Do(game.SatelliteMark{Room: i, Obs: k, Mark: mark}); err != nil {
						t.Fatal(err)
					}
				}
			}
			sc := in.Score()
			if err := s.FinishSystem(); err != nil {
				t.Fatal(err)
			}
			fixed, missed := 0, 0
			for _, l := range s.St().Outcome.Lines {
				switch {
				case strings.HasPrefix(l.Key, "sys.satellite.fix."):
					fixed++
				case strings.HasPrefix(l.Key, "sys.satellite.miss."):
					missed++
				case l.Key == "sys.satellite.out.more_fixed":
					fixed += argNum(t, l.Args[0])
				case l.Key == "sys.satellite.out.more_missed":
					missed += argNum(t, l.Args[0])
				}
			}
			if fixed != sc.Found || missed != sc.Missed {
				t.Errorf("seed %d try %d: found %d and missed %d, the debrief accounts for %d fixed and %d missed", seed, try, sc.Found, sc.Missed, fixed, missed)
			}
			if n := len(s.St().Outcome.Lines); n > 6 {
				t.Errorf("seed %d try %d: %d debrief lines may overflow the outcome screen", seed, try, n)
			}
		}
	}
}

// satelliteHospitalOnly matches words for things only a hospital has.
var satelliteHospitalOnly = regexp.MustCompile(`(?i)\b(beds?|icu|ventilators?|robots?|inpatients?|emergency department|nurse-to-patient|CHNA)\b|\bED\b`)

// satelliteDeskWords renders every word the satellite desk can show or emit for its
// site: the site, the guide, what is checked, each room and everything that can be
// seen in it (good and bad), with the fix, the miss and what lands later.
func satelliteDeskWords(t *testing.T, s *game.Session) string {
	t.Helper()
	cat := enCatalog(t)
	in := s.St().Sys.Satellite
	fc := s.View().SatelliteForecast()
	lines := []game.Line{fc.Site, fc.TipBy, fc.Checks, fc.Tip}
	for i, r := range in.Rooms {
		lines = append(lines, game.L("sys.satellite.room."+r.ID))
		for _, o := range r.Obs {
			for _, k := range []string{"obs." + o.ID + ".good", "obs." + o.ID + ".bad", "fix." + o.ID, "miss." + o.ID, "later." + o.ID} {
				lines = append(lines, game.L("sys.satellite."+k))
			}
			if i > 0 { // the guide tips only what is in a room not yet seen
				lines = append(lines, game.L("sys.satellite.tip."+o.ID))
			}
		}
	}
	checkKeys(t, cat, s.St().Setting, lines...)
	var out []string
	for _, l := range lines {
		out = append(out, l.Render("en", cat))
	}
	return strings.Join(out, "\n")
}

// Each workplace inspects its own kind of site: a hospital's satellite clinic, a
// practice's second office, a rehab facility's outpatient therapy clinic, an agency's
// neighbourhood clinic site, a health plan's regional service centre. The rooms and
// what is checked differ; nothing a hospital alone has turns up elsewhere; a health
// plan's centre has no clinical rooms and checks members' claims records instead.
func TestSatelliteSiteDependsOnSetting(t *testing.T) {
	seen := map[string]string{}
	for _, setting := range []string{"hospital", "practice", "gov-agency", "rehab", "clinic", "mco"} {
		t.Run(setting, func(t *testing.T) {
			s := satelliteOpenAt(t, 4, setting)
			in := s.St().Sys.Satellite
			if in.Setting != setting || len(in.Rooms) != 6 {
				t.Fatalf("the %s site: setting %q, %d rooms", setting, in.Setting, len(in.Rooms))
			}
			var plan []string
			for _, r := range game.SatelliteSettingFor(setting).Layout {
				plan = append(plan, r.ID+":"+strings.Join(r.Slots, "+"))
			}
			key := strings.Join(plan, " ")
			if other, dup := seen[key]; dup {
				t.Fatalf("the %s site is laid out like the %s site: %s", setting, other, key)
			}
			seen[key] = setting
			words := satelliteDeskWords(t, s)
			if setting != "hospital" {
				if m := satelliteHospitalOnly.FindString(words); m != "" {
					t.Errorf("the %s site says %q:\n%s", setting, m, words)
				}
			} else if !strings.Contains(words, "CHNA") {
				t.Errorf("the hospital's satellite no longer checks its outreach against the CHNA")
			}
			if setting == "mco" {
				for _, r := range in.Rooms {
					if r.ID == "exam" || r.ID == "medication" || r.ID == "vaccine" {
						t.Errorf("a health plan's service centre has a %s room", r.ID)
					}
				}
				for _, w := range []string{"claim", "member", "covered entity"} {
					if !strings.Contains(words, w) {
						t.Errorf("the health plan's centre never mentions %q:\n%s", w, words)
					}
				}
			}
			// the plain job and Done work at every kind of site
			s.AutoSystem()
			checkKeys(t, enCatalog(t), setting, finishEmitted(t, s)...)
		})
	}
}

// An inspection saved before sites depended on the workplace (no setting field)
// still opens, as the hospital's satellite clinic its rooms came from.
func TestSatelliteOldSaveWithoutSettingOpens(t *testing.T) {
	s := satelliteOpenAt(t, 5, "hospital")
	s.Edit(func(st *game.State) { st.Sys.Satellite.Setting = ""; st.Setting = "mco" })
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(content(t), data)
	if err != nil {
		t.Fatal(err)
	}
	fc := s2.View().SatelliteForecast()
	if fc.TipBy.Key != "sys.satellite.tip_by.hospital" || len(fc.Rooms) != 6 {
		t.Fatalf("an old inspection should read as the hospital's clinic: %+v", fc)
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

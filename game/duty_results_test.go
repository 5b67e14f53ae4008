package game_test

import (
	"regexp"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// dutyLineTones says, duty by duty and independently of the modules, which debrief
// lines a player reads as good news (work done well) and which as bad (a miss, a
// refusal, money lost). Lines whose tone depends on their numbers, and facts, are
// in neither.
var dutyLineTones = map[game.DutyID]struct{ good, bad string }{
	game.SysStaffing: {`out\.cover\.all|out\.fill\.(none|some)|out\.budget\.under`,
		`out\.cover\.breaks|out\.fill\.high|out\.budget\.over|out\.extra`},
	game.SysBilling: {`out\.fixed|out\.next$|out\.accept_above`,
		`out\.no_fix|out\.accept_below|out\.lapsed$|out\.undecided|out\.queue_writeoff`},
	game.SysBoard: {`out\.(big_dots|balanced|honest)$`,
		`out\.(too_few|too_many|no_quality|finance_heavy|hidden)$`},
	game.SysBudget: {`out\.(audit_clean|reserve|within)$`,
		`out\.(audit_findings|padding)$|audit\.(unexplained|wrong|short|under|padded|vacancy_refunded|writeoffs|ct_short)`},
	game.SysEmergency: {`summary\.strong|first\.right|claims\.paid`,
		`summary\.shaky|first\.(wrong|none)|out\.missed|emergency\.miss\.|claims\.late`},
	game.SysEquipment: {`life_ok|rule_kept`,
		`life_missed|other_missed|unfunded`},
	game.SysFlow: {`out\.(clear|own)$`,
		`out\.crowded|out\.declined|out\.unanswered|out\.over$|mlr_under`},
	game.SysOutreach: {`out\.measure\.|out\.reminders|out\.chw|out\.need`,
		`out\.nothing|out\.not_need|out\.diminishing`},
	game.SysPrivacy: {`breach_right`,
		`breach_rule|lawful_cheaper|out\.extra\.|privacy\.why\.`},
	game.SysSatellite: {`satellite\.fix\.|more_fixed`,
		`satellite\.miss\.|more_missed|false_alarms`},
}

// lineTones reads an outcome's lines as +1 (good), -1 (bad) or 0.
func lineTones(t *testing.T, id game.DutyID, out *game.Outcome) []int {
	t.Helper()
	p, ok := dutyLineTones[id]
	if !ok {
		t.Fatalf("no tones for the %s duty", id)
	}
	good, bad := regexp.MustCompile(p.good), regexp.MustCompile(p.bad)
	var tones []int
	for _, l := range out.Lines {
		switch {
		case good.MatchString(l.Key):
			tones = append(tones, 1)
		case bad.MatchString(l.Key):
			tones = append(tones, -1)
		default:
			tones = append(tones, 0)
		}
	}
	return tones
}

// checkDebriefOrder fails when a bad line comes before a good one, or the verdict
// says "good" over a bad line or "hard" over a good one.
func checkDebriefOrder(t *testing.T, what string, id game.DutyID, out *game.Outcome) (goods, bads int) {
	t.Helper()
	keys := make([]string, len(out.Lines))
	for i, l := range out.Lines {
		keys[i] = l.Key
	}
	for _, tone := range lineTones(t, id, out) {
		switch tone {
		case 1:
			if bads > 0 {
				t.Errorf("%s: a good line comes after a bad one: %v", what, keys)
			}
			goods++
		case -1:
			bads++
		}
	}
	switch out.Verdict.Key {
	case "outcome.verdict." + game.ResultGood:
		if bads > 0 {
			t.Errorf("%s: the verdict says good over %d bad lines: %v", what, bads, keys)
		}
	case "outcome.verdict." + game.ResultHard:
		if goods > 0 {
			t.Errorf("%s: the verdict says hard over %d good lines: %v", what, goods, keys)
		}
	case "":
		t.Errorf("%s: no verdict", what)
	}
	return goods, bads
}

// A worked duty screen's result celebrates what went well before it lists what went
// wrong (issue 14): for every duty and a few runs, the plain job's debrief never
// opens with a miss and lists no miss before a success (and, in a run whose quarter
// can be planned cleanly, opens with good news); the bots' styles keep the same
// order; and no debrief has a "good" headline over a miss or a "hard" one over a
// success, an untouched desk's included.
func TestDutyResultsPutGoodNewsFirst(t *testing.T) {
	c := content(t)
	for _, d := range game.Duties {
		t.Run(string(d.ID), func(t *testing.T) {
			for seed := int64(1); seed <= 3; seed++ {
				opened, err := openDuty(t, seed, d.ID).Save()
				if err != nil {
					t.Fatal(err)
				}
				play := func(what string, work func(s *game.Session)) *game.Outcome {
					t.Helper()
					s, err := game.Load(c, opened)
					if err != nil {
						t.Fatal(err)
					}
					work(s)
					if err := s.FinishSystem(); err != nil {
						t.Fatalf("seed %d, %s: %v", seed, what, err)
					}
					return s.St().Outcome
				}

				out := play("the plain job", (*game.Session).AutoSystem)
				goods, _ := checkDebriefOrder(t, "the plain job", d.ID, out)
				tones := lineTones(t, d.ID, out)
				switch {
				case len(tones) == 0:
					t.Errorf("seed %d: the plain job's debrief is empty", seed)
				case tones[0] < 0:
					t.Errorf("seed %d: the plain job's debrief opens with a miss: %s", seed, out.Lines[0].Key)
				case seed == 2 && goods == 0:
					// seed 2's quarter can be planned within every limit
					t.Errorf("seed %d: the plain job's debrief has no good news: %+v", seed, out.Lines)
				}

				untouched := play("an untouched desk", func(*game.Session) {})
				checkDebriefOrder(t, "an untouched desk", d.ID, untouched)

				for i, style := range game.Styles {
					rng := &game.RNG{State: uint64(7 + i)}
					o := play(string(style), func(s *game.Session) { s.AutoSystemStyle(style, rng) })
					checkDebriefOrder(t, "the "+string(style)+" bot", d.ID, o)
				}
			}
		})
	}
}

package game

import (
	"sort"
	"strconv"
)

// Report is the career report at the end of a run.
type Report struct {
	Name      string
	Code      string // the class code, or "" for a run of one's own
	Mode      Mode   // the play mode
	Version   string // GameVersion
	Interests []Line // top interests from the interest check
	Path      []Line // courses, activities, degree, master's, job
	Skills    []Change
	// SkillNames are the skills' names, in Skills' order, for tools with no content.
	SkillNames []Line
	Meters     []MeterRow
	Endings    []Line
	History    []Entry
	Pay        int
	Careers    []Career
	Facts      []Fact
	Pending    []Line // consequences still on their way when the run ended
}

// MeterRow is one meter before and after Act 4, with its week-by-week line.
type MeterRow struct {
	ID            MeterID
	Before, After float64
	Better        bool
	Same          bool
	Trend         []float64
}

// Ending thresholds: outcomes follow from the meters, never a single "win".
const (
	burnoutStress  = 80
	balancedStress = 45
	boardWarning   = 40
	promotionBoard = 65
	// promotionScore is the share of meter health a promotion needs (game design,
	// tuned with cmd/bot): with the board's confidence, and a manager who is not
	// burning out, since a board promotes someone who can carry more.
	promotionScore    = 0.50
	surveyGaps        = 6
	surveyMaintenance = 90
)

// Report builds the career report from the run.
func (s *Session) Report() Report {
	st, c := s.st, s.C
	r := Report{Name: st.Player.Name, Code: st.Code, Mode: st.ModeOrFull(), Version: GameVersion, History: st.History, Pay: st.Pay, Careers: c.Careers}
	ints := sortedKeys(st.Player.Interests)
	sort.SliceStable(ints, func(i, j int) bool { return st.Player.Interests[ints[i]] > st.Player.Interests[ints[j]] })
	for i, id := range ints {
		if i == 3 || st.Player.Interests[id] <= 0 {
			break
		}
		if in := c.Interest(id); in != nil {
			r.Interests = append(r.Interests, TL(in.Name))
		}
	}
	// the road, grouped by stage
	byAct := map[Act][]Line{}
	for _, id := range st.Courses {
		co := c.Course(id)
		if co == nil {
			continue
		}
		act := ActSchool
		for _, t := range c.Terms {
			if contains(t.Courses, id) && t.Act == ActCollege {
				act = ActCollege
			}
		}
		byAct[act] = append(byAct[act], TL(co.Name))
	}
	if len(byAct[ActSchool]) > 0 {
		r.Path = append(r.Path, WithParts("report.school_courses", nil, List(byAct[ActSchool]...)))
	}
	for _, id := range st.Activities {
		if a := c.Activity(id); a != nil && a.Act == ActSchool {
			r.Path = append(r.Path, WithParts("report.activity", nil, TL(a.Name)))
		}
	}
	if d := c.Degree(st.Degree); d != nil {
		r.Path = append(r.Path, WithParts("report.degree", nil, TL(d.Name)))
	}
	if len(byAct[ActCollege]) > 0 {
		r.Path = append(r.Path, WithParts("report.college_courses", nil, List(byAct[ActCollege]...)))
	}
	for _, id := range st.Activities {
		if a := c.Activity(id); a != nil && a.Act == ActCollege {
			r.Path = append(r.Path, WithParts("report.internship", nil, TL(a.Name)))
		}
	}
	if m := c.MastersOption(st.Masters); m != nil {
		r.Path = append(r.Path, WithParts("report.masters", nil, TL(m.Name)))
	}
	if ro, se := c.Role(st.Role), c.Setting(st.Setting); ro != nil && se != nil {
		r.Path = append(r.Path, WithParts("report.job", []string{MoneyArg(st.Pay)}, TL(ro.Name), TL(se.Name)))
	}
	if st.Player.Debt > 0 {
		r.Path = append(r.Path, L("report.debt", MoneyArg(st.Player.Debt)))
	}
	for _, sk := range c.Skills {
		r.Skills = append(r.Skills, Change{Target: sk.ID, Delta: float64(st.Player.Skills[sk.ID])})
		r.SkillNames = append(r.SkillNames, TL(sk.Name))
	}
	for _, d := range MetersIn(st.Setting) {
		b, a := st.MetersStart[d.ID], st.Facility.Meters[d.ID]
		row := MeterRow{ID: d.ID, Before: b, After: a, Better: d.Better(b, a), Same: abs(a-b) < 0.05 || d.WithinBand(b, a), Trend: []float64{b}}
		for _, w := range st.Trend {
			row.Trend = append(row.Trend, w[d.ID])
		}
		r.Meters = append(r.Meters, row)
	}
	r.Endings = s.Endings()
	for _, p := range st.Pending {
		r.Pending = append(r.Pending, Line{Key: "report.pending", Parts: []Line{p.Message(), p.Cause}})
	}
	for _, id := range []string{"pay", "outlook", "education", "clusters"} {
		if f, ok := c.Facts[id]; ok {
			r.Facts = append(r.Facts, f)
		}
	}
	return r
}

// Endings reads the run's outcome from the meters: several can hold at once.
func (s *Session) Endings() []Line {
	st := s.st
	m := st.Facility.Meters
	var out []Line
	score := 0.0
	meters := MetersIn(st.Setting)
	for _, d := range meters {
		score += d.Health(m[d.ID])
	}
	score /= float64(len(meters))
	pct := strconv.Itoa(int(score*100 + 0.5))
	switch {
	case score >= promotionScore && m[BoardConfidence] >= promotionBoard && st.Player.Stress < burnoutStress:
		out = append(out, L("ending.promotion", pct))
	case m[BoardConfidence] < boardWarning:
		out = append(out, L("ending.board_warning", pct))
	default:
		out = append(out, L("ending.steady", pct))
	}
	if m[HIPAAGaps] >= surveyGaps || m[MaintenanceDone] < surveyMaintenance {
		out = append(out, L("ending.survey_finding"))
	}
	if st.Player.Stress >= burnoutStress {
		out = append(out, L("ending.burnout"))
	} else if st.Player.Stress <= balancedStress {
		out = append(out, L("ending.balanced"))
	}
	return out
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

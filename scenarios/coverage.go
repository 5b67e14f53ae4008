package scenarios

import (
	"fmt"
	"io"
	"strings"

	"github.com/hsmgame/healthmanager/game"
)

// MinPerDuty is how many scenarios every profile duty needs.
const MinPerDuty = 3

// CoverageRow is one duty, role or setting and the scenarios that teach it.
type CoverageRow struct {
	Kind, ID  string
	Name      game.Text // in every language the content has
	Scenarios []string
}

// Coverage lists, for each profile duty, role and setting, the scenarios that serve
// it. A scenario with no roles (or settings) listed serves every one, so roles and
// settings count only the scenarios written for them in particular.
func Coverage(c *game.Content) []CoverageRow {
	var rows []CoverageRow
	for _, d := range c.Duties {
		rows = append(rows, coverageRow(c, "duty", d, func(sc *game.Scenario) bool { return sc.Duty == d.ID }))
	}
	for _, ro := range c.Roles {
		rows = append(rows, coverageRow(c, "role", ro.Named, func(sc *game.Scenario) bool { return contains(sc.Roles, ro.ID) }))
	}
	for _, se := range c.Settings {
		rows = append(rows, coverageRow(c, "setting", se.Named, func(sc *game.Scenario) bool { return contains(sc.Settings, se.ID) }))
	}
	return rows
}

// coverageRow is the row of kind for n, listing the scenarios that serve it.
func coverageRow(c *game.Content, kind string, n game.Named, serves func(*game.Scenario) bool) CoverageRow {
	r := CoverageRow{Kind: kind, ID: n.ID, Name: n.Name}
	for _, sc := range c.Scenarios {
		if serves(sc) {
			r.Scenarios = append(r.Scenarios, sc.ID)
		}
	}
	return r
}

// PrintCoverage writes the coverage table; it returns how many rows have fewer than
// MinPerDuty scenarios.
func PrintCoverage(w io.Writer, rows []CoverageRow) int {
	short := 0
	for _, r := range rows {
		mark := "ok"
		if len(r.Scenarios) < MinPerDuty {
			mark = "SHORT"
			short++
		}
		fmt.Fprintf(w, "%-7s %-20s %2d %-5s %s\n", r.Kind, r.ID, len(r.Scenarios), mark, strings.Join(r.Scenarios, ", "))
	}
	return short
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

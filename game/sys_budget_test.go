package game_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/hsmgame/healthmanager/game"
)

// qeOpen opens a quarter-end duty screen (they come in the last manager week).
func qeOpen(t *testing.T, seed int64, sys game.SystemID) *game.Session {
	t.Helper()
	return openDuty(t, seed, sys)
}

// qeEndWeek plays the rest of the last week (the other inbox items) and ends it, so
// the consequences due at the quarter close land.
func qeEndWeek(t *testing.T, s *game.Session) {
	t.Helper()
	w := s.St().Week
	for n := 0; n < 200 && s.St().Week == w && s.Step().Kind != game.StepReport; n++ {
		if s.St().Outcome != nil && s.St().Item().Kind == game.ItemWeek && s.St().Open < 0 {
			return // the week's summary is on screen
		}
		if _, err := s.Act1(game.FirstOption); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBudgetDoneOnDefaultState(t *testing.T) {
	for _, seed := range []int64{1, 3, 8} {
		s := qeOpen(t, seed, game.SysBudget)
		if err := s.FinishSystem(); err != nil {
			t.Fatalf("seed %d: Done on the fresh budget screen: %v", seed, err)
		}
		if o := s.St().Outcome; o == nil || o.Title.Key != "sys.budget.out.title" || len(o.Lines) < 2 || o.Fact == nil {
			t.Fatalf("seed %d: outcome %+v, want the budget debrief with lines and a fact", seed, s.St().Outcome)
		}
	}
}

func TestBudgetAutoThenDone(t *testing.T) {
	s := qeOpen(t, 3, game.SysBudget)
	s.AutoSystem()
	b := s.St().Sys.Budget
	if b.Remaining() < 0 {
		t.Fatalf("auto over-allocated: remaining %d", b.Remaining())
	}
	checks := b.Audit(s.St().Flags)
	for _, c := range checks {
		if (c.ID == "explained" || c.ID == "accurate") && !c.Pass {
			t.Errorf("auto left an audit finding: %+v", c)
		}
	}
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
}

func TestBudgetSaveLoadKeepsTheWork(t *testing.T) {
	c := content(t)
	s := qeOpen(t, 3, game.SysBudget)
	if err := s.Do(game.BudgetAdjust{Dept: 0, Steps: -2}); err != nil {
		t.Fatal(err)
	}
	for i := range s.St().Sys.Budget.Depts {
		if s.St().Sys.Budget.Depts[i].Material() {
			if err := s.Do(game.BudgetExplain{Dept: i}); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	s2, err := game.Load(c, data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.St().Sys.Budget, s2.St().Sys.Budget) {
		t.Fatalf("the budget screen changed in the save:\n%+v\n%+v", s.St().Sys.Budget, s2.St().Sys.Budget)
	}
	if err := s2.FinishSystem(); err != nil {
		t.Fatalf("Done after loading: %v", err)
	}
}

// The allocation must balance: the core refuses more than the approved total with a
// clear message, and no sequence of presses can break departments + unallocated =
// total.
func TestBudgetAllocationMustBalance(t *testing.T) {
	s := qeOpen(t, 3, game.SysBudget)
	b := s.St().Sys.Budget
	if b.Remaining() != 0 || b.Allocated() != b.Total {
		t.Fatalf("the draft does not start balanced: allocated %d of %d", b.Allocated(), b.Total)
	}
	// asking for more than the total is refused, with the reason, and changes nothing
	before := b.Depts[1].Next
	err := s.Do(game.BudgetSet{Dept: 1, Amount: before + b.Step})
	var r *game.QuarterRefusal
	if !errors.As(err, &r) || r.Line.Key != "sys.budget.err.over_total" || !strings.Contains(err.Error(), "must balance") {
		t.Fatalf("over-allocating gave %v, want a refusal that says the budget must balance", err)
	}
	if b.Depts[1].Next != before {
		t.Fatal("a refused allocation changed the department")
	}
	if err := s.Do(game.BudgetAdjust{Dept: 1, Steps: 1}); err == nil {
		t.Fatal("+ with nothing unallocated was accepted")
	}
	// a long run of presses keeps the invariant
	for k := 0; k < 400; k++ {
		i := (k * 7) % len(b.Depts)
		steps := []int{-1, 1, 1, -2, 3}[k%5]
		_ = s.Do(game.BudgetAdjust{Dept: i, Steps: steps})
		if k%11 == 0 {
			_ = s.Do(game.BudgetMatch{Dept: i})
		}
		if b.Remaining() < 0 || b.Allocated()+b.Remaining() != b.Total {
			t.Fatalf("press %d broke the balance: allocated %d + remaining %d != total %d", k, b.Allocated(), b.Remaining(), b.Total)
		}
		for _, d := range b.Depts {
			if d.Next < 0 {
				t.Fatalf("press %d left %s negative", k, d.ID)
			}
		}
	}
	// a plan that does not balance (a damaged save) is refused at Done with the numbers
	b.Depts[0].Next += b.Remaining() + 500
	err = s.FinishSystem()
	if err == nil || !strings.Contains(err.Error(), "does not balance") {
		t.Fatalf("Done on an unbalanced plan gave %v", err)
	}
	if !errors.As(err, &r) || r.Line.Key != "sys.budget.err.unbalanced" {
		t.Fatalf("Done on an unbalanced plan gave %v, want a refusal the screen can word", err)
	}
	if s.St().System != game.SysBudget || s.St().Outcome != nil {
		t.Fatal("a refused Done closed the screen")
	}
}

// The statement adds up: revenue - expenses = operating income, margin = income /
// revenue, personnel is more than half of expenses, and the departments' actuals are
// the same money as the statement's expenses.
func TestIncomeStatementAddsUp(t *testing.T) {
	for _, seed := range []int64{1, 2, 3, 4, 5} {
		s := qeOpen(t, seed, game.SysBudget)
		b := s.St().Sys.Budget
		st := &b.Statement
		rev, exp := 0, 0
		for _, l := range st.Revenue {
			rev += l.Amount
		}
		for _, l := range st.Expenses {
			exp += l.Amount
			if l.Amount <= 0 {
				t.Errorf("seed %d: expense line %s is %d", seed, l.ID, l.Amount)
			}
		}
		if rev != st.TotalRevenue() || exp != st.TotalExpenses() {
			t.Fatalf("seed %d: totals %d/%d, lines add to %d/%d", seed, st.TotalRevenue(), st.TotalExpenses(), rev, exp)
		}
		if st.OperatingIncome() != rev-exp {
			t.Fatalf("seed %d: income %d, want %d - %d", seed, st.OperatingIncome(), rev, exp)
		}
		if want := float64(rev-exp) / float64(rev) * 100; math.Abs(st.Margin()-want) > 1e-9 {
			t.Fatalf("seed %d: margin %.3f, want income/revenue %.3f", seed, st.Margin(), want)
		}
		if math.Abs(st.Margin()-s.St().Facility.Meters[game.OperatingMargin]) > 0.1 {
			t.Errorf("seed %d: statement margin %.2f%% is not the dashboard's %.2f%%", seed, st.Margin(), s.St().Facility.Meters[game.OperatingMargin])
		}
		if st.PersonnelShare() <= 50 {
			t.Errorf("seed %d: personnel is %.1f%% of expenses, want more than half", seed, st.PersonnelShare())
		}
		if b.ActualTotal() != exp {
			t.Errorf("seed %d: departments spent %d, the statement says %d", seed, b.ActualTotal(), exp)
		}
		for _, d := range b.Depts {
			if d.Variance() != d.Budget-d.Actual {
				t.Errorf("seed %d: %s variance %d", seed, d.ID, d.Variance())
			}
			if d.Material() && ((d.Variance() < 0) != contains([]string{game.CauseOvertime, game.CauseVolume, game.CauseDrugPrices, game.CauseFoodPrices, game.CauseRepairs, game.CauseRework, game.CauseLocum, game.CauseSupplyPrice, game.CauseLease, game.CauseUtilization}, d.Cause)) {
				t.Errorf("seed %d: %s is %+d but its recorded cause is %s", seed, d.ID, d.Variance(), d.Cause)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// fundAtActual sets every department to what it spent, as far as the total allows.
func fundAtActual(t *testing.T, s *game.Session) {
	t.Helper()
	b := s.St().Sys.Budget
	for i := range b.Depts {
		if err := s.Do(game.BudgetSet{Dept: i, Amount: 0}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range b.Depts {
		want := b.Depts[i].Actual
		if want > b.Remaining() {
			want = b.Remaining()
		}
		if err := s.Do(game.BudgetSet{Dept: i, Amount: want}); err != nil {
			t.Fatal(err)
		}
	}
}

// Funding a department below what it actually spent lands a delayed consequence
// when the quarter closes, naming the decision that caused it.
func TestBudgetUnderFundingLandsLater(t *testing.T) {
	s := qeOpen(t, 3, game.SysBudget)
	b := s.St().Sys.Budget
	fundAtActual(t, s)
	nurse := b.Dept(game.DeptNursing)
	if err := s.Do(game.BudgetSet{Dept: 0, Amount: nurse.Actual * 85 / 100}); err != nil {
		t.Fatal(err)
	}
	if !nurse.UnderFunded() {
		t.Fatalf("nursing at %d of %d is not under-funded", nurse.Next, nurse.Actual)
	}
	pending := len(s.St().Pending)
	if err := s.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if len(s.St().Outcome.Later) == 0 || len(s.St().Pending) <= pending {
		t.Fatal("under-funding nursing queued no delayed consequence")
	}
	var p *game.Delayed
	for i := range s.St().Pending {
		if s.St().Pending[i].Choice.Key == "sys.budget.later.choice.nursing" {
			p = &s.St().Pending[i]
		}
	}
	if p == nil || p.Effects[game.OvertimeShare] <= 0 || p.Due > s.St().Weeks {
		t.Fatalf("the consequence is %+v, want more overtime within the run", p)
	}
	ot := s.St().Facility.Meters[game.OvertimeShare]
	if err := s.Continue(); err != nil {
		t.Fatal(err)
	}
	qeEndWeek(t, s)
	landed := false
	for _, e := range s.St().History {
		if e.Why.Key == "later.because" && len(e.Why.Parts) == 2 && e.Why.Parts[1].Key == "sys.budget.later.choice.nursing" {
			landed = true
			for _, ch := range e.Changes {
				if ch.Target == game.OvertimeShare && ch.Delta <= 0 {
					t.Errorf("the landed consequence moved overtime by %+.2f", ch.Delta)
				}
			}
		}
	}
	if !landed {
		t.Fatalf("the under-funding never landed (history %d entries, overtime %.1f -> %.1f)", len(s.St().History), ot, s.St().Facility.Meters[game.OvertimeShare])
	}

	// one consequence per under-funded department, none for the others
	s2 := qeOpen(t, 3, game.SysBudget)
	fundAtActual(t, s2)
	under := 0
	for _, d := range s2.St().Sys.Budget.Depts {
		if d.UnderFunded() {
			under++
		}
	}
	pending = len(s2.St().Pending)
	if err := s2.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if got := len(s2.St().Pending) - pending; got != under {
		t.Fatalf("%d under-funded departments queued %d consequences", under, got)
	}
}

// The auditors flag an unrealistic allocation (padded or under-funded against last
// quarter's actual), and the board's confidence pays for it.
func TestAuditFindsUnrealisticAllocation(t *testing.T) {
	realistic := qeOpen(t, 4, game.SysBudget)
	realistic.AutoSystem()
	rb := realistic.St().Sys.Budget
	fundAtActual(t, realistic)
	for _, c := range rb.Audit(realistic.St().Flags) {
		if c.ID == "realistic" && !c.Pass && rb.Remaining() > 0 {
			t.Fatalf("funding at actual with money left over still fails: %+v", c)
		}
	}

	padded := qeOpen(t, 4, game.SysBudget)
	padded.AutoSystem()
	pb := padded.St().Sys.Budget
	fundAtActual(t, padded)
	ph := pb.Dept(game.DeptPharmacy)
	nu := pb.Dept(game.DeptNursing)
	// take a tenth of nursing's money and pad pharmacy with it
	move := nu.Actual / 10
	if err := padded.Do(game.BudgetSet{Dept: 0, Amount: nu.Next - move}); err != nil {
		t.Fatal(err)
	}
	if err := padded.Do(game.BudgetSet{Dept: 1, Amount: ph.Next + move}); err != nil {
		t.Fatal(err)
	}
	if !ph.Padded() {
		t.Fatalf("pharmacy at %d of %d is not padded", ph.Next, ph.Actual)
	}
	keys := map[string]bool{}
	for _, c := range pb.Audit(padded.St().Flags) {
		if !c.Pass {
			keys[c.Line.Key] = true
		}
	}
	if !keys["sys.budget.audit.padded.pharmacy"] || !keys["sys.budget.audit.under.nursing"] {
		t.Fatalf("the audit missed the unrealistic allocations; findings %v", keys)
	}

	bc := func(s *game.Session) float64 {
		for _, ch := range s.St().Outcome.Changes {
			if ch.Target == game.BoardConfidence {
				return ch.Delta
			}
		}
		return 0
	}
	if err := realistic.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if err := padded.FinishSystem(); err != nil {
		t.Fatal(err)
	}
	if bc(padded) >= bc(realistic) {
		t.Fatalf("board confidence %+.1f with unrealistic allocations, %+.1f with realistic ones", bc(padded), bc(realistic))
	}
	if !padded.St().Flags["bud:audit-findings"] {
		t.Error("the audit's findings left no flag for later scenes")
	}
}

// Explanations are checked against the records: a wrong cause is a finding, the
// right one passes.
func TestAuditChecksExplanations(t *testing.T) {
	s := qeOpen(t, 3, game.SysBudget)
	b := s.St().Sys.Budget
	row := -1
	for i := range b.Depts {
		if b.Depts[i].Material() {
			row = i
			break
		}
	}
	if row < 0 {
		t.Skip("no material variance this seed")
	}
	find := func(id string) game.AuditCheck {
		for _, c := range b.Audit(s.St().Flags) {
			if c.ID == id {
				return c
			}
		}
		t.Fatalf("no %s check", id)
		return game.AuditCheck{}
	}
	if find("explained").Pass {
		t.Fatal("unexplained variances pass the audit")
	}
	d := &b.Depts[row]
	causes := game.BudgetCauses(d.ID)
	for range causes {
		if err := s.Do(game.BudgetExplain{Dept: row}); err != nil {
			t.Fatal(err)
		}
		// the order the causes come in is dealt per run; read the pick from the desk
		k := d.Explain
		if causes[k] == d.Cause {
			if !find("accurate").Pass {
				t.Fatalf("the recorded cause %s fails the accuracy check", d.Cause)
			}
		} else if find("accurate").Pass {
			t.Fatalf("the wrong cause %s passes the accuracy check (records say %s)", causes[k], d.Cause)
		}
	}
	// an immaterial variance needs no note: the command says why
	for i := range b.Depts {
		if !b.Depts[i].Material() {
			var r *game.QuarterRefusal
			if err := s.Do(game.BudgetExplain{Dept: i}); !errors.As(err, &r) {
				t.Fatalf("explaining a small variance gave %v", err)
			}
			break
		}
	}
}

// The auditors trace a decision from earlier in the run into the budget: having
// given up a vacant nursing position, funding nursing above its actual is a finding.
func TestAuditTracesRunDecisions(t *testing.T) {
	s := qeOpen(t, 3, game.SysBudget)
	s.St().Flags["ops:cut-vacancy"] = true
	b := s.St().Sys.Budget
	fundAtActual(t, s)
	has := func(key string) bool {
		for _, c := range b.Audit(s.St().Flags) {
			if c.Line.Key == key {
				return true
			}
		}
		return false
	}
	if !has("sys.budget.audit.vacancy_ok") {
		t.Fatal("funding nursing at its actual after the cut is not recognised")
	}
	for i := 1; i < len(b.Depts); i++ {
		_ = s.Do(game.BudgetSet{Dept: i, Amount: b.Depts[i].Next - b.Depts[i].Next/10})
	}
	if err := s.Do(game.BudgetSet{Dept: 0, Amount: b.Depts[0].Next + b.Remaining()}); err != nil {
		t.Fatal(err)
	}
	if !has("sys.budget.audit.vacancy_refunded") {
		t.Fatal("re-funding the position given up earlier is not a finding")
	}
}

// Every line the budget screen emits has its English string: the debrief, the
// consequences of each under-funded department (message, cause and choice) and the
// refusals the screen words.
func TestBudgetStringsExist(t *testing.T) {
	cat := enCatalog(t)
	// the fact card comes from the content, not from Go
	if f, ok := qeOpen(t, 1, game.SysBudget).View().BudgetFact(); !ok || !strings.Contains(f.Text.In("en"), "1.4%") || f.Source == "" || f.Year == 0 {
		t.Errorf("the budget's fact card is %+v, want the content's operating-margin card", f)
	}
	for seed := int64(1); seed <= 3; seed++ {
		s := qeOpen(t, seed, game.SysBudget)
		switch seed {
		case 1:
			s.AutoSystem()
		case 2:
			fundAtActual(t, s)
			b := s.St().Sys.Budget
			for i := range b.Depts {
				if err := s.Do(game.BudgetSet{Dept: i, Amount: b.Depts[i].Actual * 85 / 100}); err != nil {
					t.Fatal(err)
				}
			}
		}
		lines := finishEmitted(t, s)
		checkKeys(t, cat, "seed "+strconv.Itoa(int(seed)), lines...)
		if seed == 2 {
			for _, d := range s.St().Sys.Budget.Depts {
				if pendingKey(s, "sys.budget.later."+d.ID) == nil {
					t.Errorf("under-funding %s queued no consequence", d.ID)
				}
			}
		}
	}
	s := qeOpen(t, 3, game.SysBudget)
	b := s.St().Sys.Budget
	var refusals []game.Line
	for _, err := range []error{s.Do(game.BudgetSet{Dept: 1, Amount: b.Depts[1].Next + b.Step}), s.Do(game.BudgetSet{Dept: 1, Amount: -1}), s.Do(game.BudgetMatch{Dept: 0})} {
		var r *game.QuarterRefusal
		if errors.As(err, &r) {
			refusals = append(refusals, r.Line)
		}
	}
	for i := range b.Depts {
		var r *game.QuarterRefusal
		if errors.As(s.Do(game.BudgetExplain{Dept: i}), &r) {
			refusals = append(refusals, r.Line)
		}
	}
	b.Depts[0].Next += b.Remaining() + 500
	var r *game.QuarterRefusal
	if errors.As(s.FinishSystem(), &r) {
		refusals = append(refusals, r.Line)
	}
	if len(refusals) < 3 {
		t.Fatalf("only %d refusals to check", len(refusals))
	}
	checkKeys(t, cat, "refusal", refusals...)
}

// The desk is changed only through commands on the desk on display; the view hands
// out copies; the page on display is the screen's, not the save's (an old save that
// still has it loads).
func TestBudgetCommandsViewAndOldSaves(t *testing.T) {
	s := qeOpen(t, 3, game.SysBudget)
	if err := s.Do(game.BoardCycle{Measure: 0}); !errors.Is(err, game.ErrNotNow) {
		t.Fatalf("a board command on the budget desk gave %v, want ErrNotNow", err)
	}
	if err := s.Do(game.BudgetAdjust{Dept: 99, Steps: 1}); err == nil {
		t.Fatal("a department that does not exist was adjusted")
	}
	desk, ok := s.View().BudgetDesk()
	if !ok {
		t.Fatal("no budget desk in the view")
	}
	desk.Depts[0].Next = -5
	desk.Statement.Expenses[0].Amount = 0
	if b := s.St().Sys.Budget; b.Depts[0].Next == -5 || b.Statement.Expenses[0].Amount == 0 {
		t.Fatal("changing the view's copy changed the desk")
	}
	data, err := s.Save()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"tab"`) {
		t.Error("the save holds the page on display")
	}
	old := strings.Replace(string(data), `"budget":{"week":`, `"budget":{"tab":2,"week":`, 1)
	if old == string(data) {
		t.Fatal("set-up: no budget desk in the save")
	}
	s2, err := game.Load(content(t), []byte(old))
	if err != nil {
		t.Fatalf("an old save with the page on display: %v", err)
	}
	if !reflect.DeepEqual(s.St().Sys.Budget, s2.St().Sys.Budget) {
		t.Fatal("an old save with the page on display loaded a different desk")
	}
	if err := s.LeaveSystem(); err != nil {
		t.Fatal(err)
	}
	if err := s.Do(game.BudgetAdjust{Dept: 0, Steps: -1}); !errors.Is(err, game.ErrNotNow) {
		t.Fatalf("a budget command with the desk closed gave %v, want ErrNotNow", err)
	}
}

// The rules the screen shows are the core's: the margin against the median, each
// allocation's flag, the variance words, the audit and what Done would change.
func TestBudgetForecastIsTheRules(t *testing.T) {
	for _, seed := range []int64{1, 3, 4} {
		s := qeOpen(t, seed, game.SysBudget)
		fundAtActual(t, s)
		if err := s.Do(game.BudgetSet{Dept: 0, Amount: s.St().Sys.Budget.Depts[0].Actual * 90 / 100}); err != nil {
			t.Fatal(err)
		}
		b := s.St().Sys.Budget
		f := s.View().BudgetForecast()
		if f.MarginAboveMedian != (b.Statement.Margin() >= game.BudgetMarginMedian) {
			t.Errorf("seed %d: margin %.2f, above the median %v", seed, b.Statement.Margin(), f.MarginAboveMedian)
		}
		if f.PersonnelOverHalf != (b.Statement.PersonnelShare() > 50) {
			t.Errorf("seed %d: personnel %.1f%%, over half %v", seed, b.Statement.PersonnelShare(), f.PersonnelOverHalf)
		}
		if f.Allocated != b.Allocated() || f.Remaining != b.Remaining() || f.BudgetTotal != b.BudgetTotal() || f.ActualTotal != b.ActualTotal() {
			t.Errorf("seed %d: totals %+v", seed, f)
		}
		if len(f.Depts) != len(b.Depts) || len(f.ExpenseShare) != len(b.Statement.Expenses) {
			t.Fatalf("seed %d: %d departments, %d shares", seed, len(f.Depts), len(f.ExpenseShare))
		}
		if f.Depts[0].Standing != game.BudgetUnreal {
			t.Errorf("seed %d: nursing 10%% below its actual is %q, want unrealistic", seed, f.Depts[0].Standing)
		}
		for i, d := range f.Depts {
			bd := &b.Depts[i]
			want := game.BudgetOK
			switch {
			case bd.Unrealistic() && !bd.Padded():
				want = game.BudgetUnreal
			case bd.UnderFunded():
				want = game.BudgetUnderFunded
			case bd.Padded():
				want = game.BudgetPadded
			}
			if d.Standing != want || d.Material != bd.Material() {
				t.Errorf("seed %d: %s reads %+v, want %s", seed, bd.ID, d, want)
			}
			kind := game.BudgetOn
			if bd.Actual > bd.Budget {
				kind = game.BudgetOver
			} else if bd.Actual < bd.Budget {
				kind = game.BudgetUnder
			}
			if d.Variance.Kind != kind || math.Abs(d.Variance.Pct+bd.VariancePct()) > 1e-9 {
				t.Errorf("seed %d: %s variance reads %+v", seed, bd.ID, d.Variance)
			}
		}
		checks := b.Audit(s.St().Flags)
		if !reflect.DeepEqual(f.Audit, checks) || f.Passed != len(checks)-game.AuditFindings(checks) {
			t.Errorf("seed %d: the forecast's audit differs from the rules", seed)
		}
		if len(f.Samples) != len(b.Sample) {
			t.Errorf("seed %d: %d sample lines for %d samples", seed, len(f.Samples), len(b.Sample))
		}
		// what Done would change is what Done changes (within the meter's range)
		d := game.Meter(game.BoardConfidence)
		was := s.St().Facility.Meters[game.BoardConfidence]
		want := d.Clamp(was+f.Effects[game.BoardConfidence]) - was
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		got := 0.0
		for _, ch := range s.St().Outcome.Changes {
			if ch.Target == game.BoardConfidence {
				got = ch.Delta
			}
		}
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("seed %d: the forecast said board confidence %+.1f, Done moved it %+.1f", seed, want, got)
		}
	}
}

// outcomeHas reports whether the debrief on screen has a line with catalog key key.
func outcomeHas(s *game.Session, key string) bool {
	for _, l := range s.St().Outcome.Lines {
		if l.Key == key {
			return true
		}
	}
	return false
}

// One rule decides a department's flag: whatever the screen flags (under-funded,
// unrealistic, padded or OK), the audit and the debrief say the same, over many
// seeds and allocations.
func TestBudgetFlagAuditAndDebriefAgree(t *testing.T) {
	for seed := int64(1); seed <= 12; seed++ {
		s := qeOpen(t, seed, game.SysBudget)
		b := s.St().Sys.Budget
		rng := rand.New(rand.NewSource(seed))
		// a different allocation each seed: some cuts, some padding, some at actual
		for i := range b.Depts {
			switch rng.Intn(4) {
			case 0:
				s.Do(game.BudgetMatch{Dept: i})
			case 1:
				s.Do(game.BudgetAdjust{Dept: i, Steps: -1 - rng.Intn(8)})
			case 2:
				s.Do(game.BudgetAdjust{Dept: i, Steps: 1 + rng.Intn(8)})
			}
		}
		f := s.View().BudgetForecast()
		flagged := map[string]string{}
		anyPadded, allOK := false, true
		for i, d := range f.Depts {
			if d.Standing != game.BudgetOK {
				flagged[b.Depts[i].ID] = d.Standing
				allOK = false
			}
			anyPadded = anyPadded || d.Standing == game.BudgetPadded
		}
		realisticFails := 0
		for _, c := range f.Audit {
			if c.ID != "realistic" {
				continue
			}
			if c.Pass && !allOK {
				t.Errorf("seed %d: the audit says every allocation is within the limits, the screen flags %v", seed, flagged)
			}
			if !c.Pass {
				realisticFails++
			}
		}
		if realisticFails != len(flagged) {
			t.Errorf("seed %d: the screen flags %d department(s) %v, the audit finds %d", seed, len(flagged), flagged, realisticFails)
		}
		if err := s.FinishSystem(); err != nil {
			t.Fatal(err)
		}
		if outcomeHas(s, "sys.budget.out.padding") != anyPadded {
			t.Errorf("seed %d: the debrief's padding line is %v, the screen flagged padding %v (%v)", seed, !anyPadded, anyPadded, flagged)
		}
		if outcomeHas(s, "sys.budget.out.within") != allOK {
			t.Errorf("seed %d: the debrief says every department is within the limits: %v; the screen flagged %v", seed, !allOK, flagged)
		}
		for id, st := range flagged {
			if (st == game.BudgetUnderFunded || st == game.BudgetUnreal) && !s.St().Flags["bud:underfunded:"+id] {
				t.Errorf("seed %d: %s flagged %s, but no shortfall is queued", seed, id, st)
			}
		}
	}
}

// The income-statement story says what the statement on the budget screen says: the
// margin it shows, above or below the median by that margin, and agency pay as the
// driver only when the agency line is up.
func TestBudgetNarrativeFollowsTheStatement(t *testing.T) {
	cat := enCatalog(t)
	cases := []struct{ margin, overtime float64 }{{1.5, 4}, {0.6, 8}, {3.2, 9}, {1.0, 5}, {1.45, 5.2}}
	for seed := int64(1); seed <= 4; seed++ {
		for _, c := range cases {
			s := qeOpenWith(t, seed, func(st *game.State) {
				st.Facility.Meters[game.OperatingMargin] = c.margin
				st.Facility.Meters[game.OvertimeShare] = c.overtime
			})
			is := s.St().Sys.Budget.Statement
			// later in the week the meters move; the story keeps to what the screen showed
			s.St().Facility.Meters[game.OperatingMargin] = c.margin - 2
			// the scenario as the week would show it, the budget screen closed
			sys := s.St().System
			s.St().System, s.St().Current = "", game.BudgetNarrativeScenario
			body := s.Step().Body
			s.St().System, s.St().Current = sys, ""
			if body.Key != "sys.budget.story" || len(body.Parts) != 2 {
				t.Fatalf("seed %d %+v: the scenario body is %+v, not the statement's story", seed, c, body)
			}
			text := body.Render("en", cat)
			margin := game.Line{Key: "x", Args: []string{game.UnitArg(is.Margin(), 1, "%")}}
			if want := margin.Render("en", game.Catalog{"x": "{0}"}); !strings.Contains(text, want) {
				t.Errorf("seed %d %+v: the story %q does not give the screen's margin %s", seed, c, text, want)
			}
			above := is.Margin() >= game.BudgetMarginMedian
			if (body.Parts[0].Key == "sys.budget.story.above") != above {
				t.Errorf("seed %d %+v: margin %.2f, story says %s", seed, c, is.Margin(), body.Parts[0].Key)
			}
			agency := float64(is.Line("purchased"))/float64(is.TotalExpenses())*100 > 8.5
			if (body.Parts[1].Key == "sys.budget.story.agency") != agency {
				t.Errorf("seed %d %+v: agency line %d of %d, story says %s", seed, c, is.Line("purchased"), is.TotalExpenses(), body.Parts[1].Key)
			}
		}
	}
}

// qeOpenWith opens the budget screen after setting the meters as set says (the desk
// is dealt again from them).
func qeOpenWith(t *testing.T, seed int64, set func(st *game.State)) *game.Session {
	t.Helper()
	s := qeOpen(t, seed, game.SysBudget)
	set(s.St())
	game.RedealBudget(s)
	return s
}

// The explanation's order is dealt per run, and nothing before Done says whether a
// pick is right: cycling shows each cause once, in an order that differs between runs.
func TestBudgetExplanationsArePerRunChoices(t *testing.T) {
	orders := map[string]bool{}
	for seed := int64(1); seed <= 12; seed++ {
		s := qeOpen(t, seed, game.SysBudget)
		b := s.St().Sys.Budget
		for i := range b.Depts {
			d := &b.Depts[i]
			if !d.Material() {
				continue
			}
			var seen []int
			for range game.BudgetCauses(d.ID) {
				if err := s.Do(game.BudgetExplain{Dept: i}); err != nil {
					t.Fatal(err)
				}
				seen = append(seen, d.Explain)
			}
			if !reflect.DeepEqual(seen, d.ExplainOptions()) {
				t.Errorf("seed %d: pressing %s's card gave %v, the dealt order is %v", seed, d.ID, seen, d.ExplainOptions())
			}
			orders[d.ID+fmt.Sprint(seen)] = true
			// a named pick is a choice, not a cycle
			if err := s.Do(game.BudgetExplain{Dept: i, Cause: d.Cause}); err != nil || !d.ExplainedRight() {
				t.Errorf("seed %d: picking %s's recorded cause: %v", seed, d.ID, err)
			}
			if err := s.Do(game.BudgetExplain{Dept: i, Cause: "no-such-cause"}); err == nil {
				t.Errorf("seed %d: a cause %s does not offer was taken", seed, d.ID)
			}
		}
		// the screen's audit page carries no verdict, only what will be checked
		f := s.View().BudgetForecast()
		if len(f.AuditScope) < 4 {
			t.Errorf("seed %d: the audit page lists %d checks", seed, len(f.AuditScope))
		}
	}
	if len(orders) < 4 {
		t.Errorf("the explanations came in only %d orders over 12 runs: %v", len(orders), orders)
	}
}

// settingsAll are the six workplaces a run can take a job in.
var settingsAll = []string{"hospital", "practice", "gov-agency", "rehab", "clinic", "mco"}

// hospitalWords are things only a hospital has; no other workplace's desk may show them.
var hospitalWords = regexp.MustCompile(`(?i)\bICU\b|intensive care|\bED\b|emergency department|emergency visit|\bbeds?\b|ventilator|robot|inpatient|nurse-to-patient|hospital stay|discharge`)

// budgetInSetting opens the budget desk with the run's setting set to se.
func budgetInSetting(t *testing.T, se string) *game.Session {
	t.Helper()
	s := qeOpen(t, 3, game.SysBudget)
	s.Edit(func(st *game.State) { st.Setting = se })
	game.RedealBudget(s)
	return s
}

// Each workplace reads its own income statement: its own revenue lines and
// departments, no hospital departments outside hospitals, a health plan read by its
// medical loss ratio, and the hospital median said to be a hospital figure elsewhere.
func TestBudgetDeskFollowsTheSetting(t *testing.T) {
	cat := enCatalog(t)
	seen := map[string]string{}
	for _, se := range settingsAll {
		t.Run(se, func(t *testing.T) {
			s := budgetInSetting(t, se)
			b, _ := s.View().BudgetDesk()
			f := s.View().BudgetForecast()
			var words []string
			var ids []string
			for _, l := range append(append([]game.IncomeLine{}, b.Statement.Revenue...), b.Statement.Expenses...) {
				words = append(words, game.L("sys.budget.line."+l.ID).Render("en", cat))
				ids = append(ids, l.ID)
			}
			for _, d := range b.Depts {
				words = append(words, game.L("sys.budget.dept."+d.ID).Render("en", cat), d.Clue.Render("en", cat))
				ids = append(ids, d.ID)
			}
			key := strings.Join(ids, ",")
			for other, k := range seen {
				if k == key {
					t.Errorf("%s's desk is the same as %s's: %s", se, other, key)
				}
			}
			seen[se] = key
			text := strings.Join(words, " | ")
			if se != "hospital" && se != "rehab" {
				if m := hospitalWords.FindString(text); m != "" {
					t.Errorf("%s's budget shows %q: %s", se, m, text)
				}
				if b.Dept(game.DeptNursing) != nil || b.Dept(game.DeptDietary) != nil {
					t.Errorf("%s's budget has hospital departments: %s", se, key)
				}
			}
			if b.ActualTotal() != b.Statement.TotalExpenses() {
				t.Errorf("%s: departments spent %d, the statement says %d", se, b.ActualTotal(), b.Statement.TotalExpenses())
			}
			if b.Remaining() != 0 {
				t.Errorf("%s: the draft does not balance: %d left", se, b.Remaining())
			}
			switch se {
			case "hospital":
				if f.Bench != "hospital" || b.Dept(game.DeptNursing) == nil {
					t.Errorf("hospital: bench %q, depts %s", f.Bench, key)
				}
			case "mco":
				if f.Bench != "mlr" || b.Statement.Line("premiums") == 0 || b.Statement.Line("medical") == 0 || b.Dept(game.DeptMedical) == nil {
					t.Errorf("mco: a health plan's statement shows premiums in and medical claims out: bench %q, lines %s", f.Bench, key)
				}
				if f.MLR < 80 || f.MLR > 95 || f.BigCost != "medical" {
					t.Errorf("mco: medical loss ratio %.1f%%, biggest cost %q", f.MLR, f.BigCost)
				}
			case "practice":
				for _, id := range []string{game.DeptProviders, game.DeptFrontOffice, game.DeptMedSupplies, game.DeptRent} {
					if b.Dept(id) == nil {
						t.Errorf("practice: no %s department: %s", id, key)
					}
				}
			case "gov-agency":
				if b.Statement.Line("grants") == 0 || b.Statement.Line("appropriations") == 0 {
					t.Errorf("gov-agency: no grants or appropriations: %s", key)
				}
			case "clinic":
				if b.Dept(game.DeptLab) == nil || b.Dept(game.DeptImaging) == nil {
					t.Errorf("clinic: no lab or x-ray: %s", key)
				}
			case "rehab":
				if b.Dept(game.DeptTherapy) == nil || b.Dept(game.DeptDietary) == nil || b.Dept(game.DeptNursing) == nil {
					t.Errorf("rehab: no therapy, nursing or dietary: %s", key)
				}
			}
			if se != "hospital" && se != "mco" && f.Bench != "other" {
				t.Errorf("%s: the hospital median is read as its own benchmark (%q)", se, f.Bench)
			}
			// every department can be explained and funded, and Done works
			s.AutoSystem()
			checkKeys(t, cat, se, finishEmitted(t, s)...)
		})
	}
}

// A health plan's quarter story names medical claims as its biggest cost, not its staff.
func TestBudgetNarrativeOfAHealthPlan(t *testing.T) {
	s := budgetInSetting(t, "mco")
	l := game.BudgetNarrative(s.St())
	if len(l.Parts) != 2 || l.Parts[1].Key != "sys.budget.story.medical" {
		t.Fatalf("the plan's story: %+v", l)
	}
	checkKeys(t, enCatalog(t), "mco story", l)
}

package game

// BudgetPlan is the state of the budget duty screen. (Placeholder: to be built.)
type BudgetPlan struct {
	Week int `json:"week"`
}

func (s *Session) openBudget() {
	if s.S.Sys.Budget == nil || s.S.Sys.Budget.Week != s.S.Week {
		s.S.Sys.Budget = &BudgetPlan{Week: s.S.Week}
	}
}

func (s *Session) finishBudget() (*Outcome, error) {
	return &Outcome{Title: L("system.budget.title")}, nil
}

// autoBudget does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoBudget() {}

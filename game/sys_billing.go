package game

// BillingDesk is the state of the billing duty screen. (Placeholder: to be built.)
type BillingDesk struct {
	Week int `json:"week"`
}

func (s *Session) openBilling() {
	if s.S.Sys.Billing == nil || s.S.Sys.Billing.Week != s.S.Week {
		s.S.Sys.Billing = &BillingDesk{Week: s.S.Week}
	}
}

func (s *Session) finishBilling() (*Outcome, error) {
	return &Outcome{Title: L("system.billing.title")}, nil
}

// autoBilling does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoBilling() {}

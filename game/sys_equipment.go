package game

// EquipmentPlan is the state of the equipment duty screen. (Placeholder: to be built.)
type EquipmentPlan struct {
	Week int `json:"week"`
}

func (s *Session) openEquipment() {
	if s.S.Sys.Equipment == nil || s.S.Sys.Equipment.Week != s.S.Week {
		s.S.Sys.Equipment = &EquipmentPlan{Week: s.S.Week}
	}
}

func (s *Session) finishEquipment() (*Outcome, error) {
	return &Outcome{Title: L("system.equipment.title")}, nil
}

// autoEquipment does a plain, middle-of-the-road job of the screen, for bots and tests.
func (s *Session) autoEquipment() {}

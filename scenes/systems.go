package scenes

import "github.com/hsmgame/healthmanager/game"

// systemScene picks the screen for a duty system.
func systemScene(id game.SystemID) Scene {
	switch id {
	case game.SysStaffing:
		return &StaffingScene{}
	case game.SysBudget:
		return &BudgetScene{}
	case game.SysBilling:
		return &BillingScene{}
	case game.SysEquipment:
		return &EquipmentScene{}
	case game.SysPrivacy:
		return &PrivacyScene{}
	case game.SysBoard:
		return &BoardScene{}
	case game.SysFlow:
		return &FlowScene{}
	case game.SysSatellite:
		return &SatelliteScene{}
	case game.SysOutreach:
		return &OutreachScene{}
	default:
		return &EmergencyScene{}
	}
}

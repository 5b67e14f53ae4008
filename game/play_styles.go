package game

// How the bot styles work the desks where a style makes a real difference. Every
// desk not listed here is worked with its plain Auto in every style.

// AutoStyle works the billing desk: the greedy bot writes every denial off and takes
// any contract; the random bot answers at random.
func (b billingDuty) AutoStyle(h *Host, style Style, rng *RNG) {
	b.Auto(h)
	d := h.State().Sys.Billing
	if d == nil {
		return
	}
	switch style {
	case StyleGreedy:
		for i := range d.Claims {
			d.Claims[i].Action = BillWriteOff
		}
		d.Contract = BillAccept
	case StyleRandom:
		for i := range d.Claims {
			a := BillActions[rng.Intn(len(BillActions))]
			if a == BillFix && !billingCause(d.Claims[i].Cause).Fixable {
				// the BillingAnswer command refuses this; an unfixable cause marked
				// fixed once emptied the next queue's draw and hung the run
				a = BillAppeal
			}
			d.Claims[i].Action = a
		}
		d.Contract = []string{BillAccept, BillRefuse}[rng.Intn(2)]
	}
}

// AutoStyle works the maintenance desk: the greedy bot skips the maintenance and
// funds nothing; the random bot schedules and funds at random within the limits.
func (e equipmentDuty) AutoStyle(h *Host, style Style, rng *RNG) {
	e.Auto(h)
	p := h.State().Sys.Equipment
	if p == nil {
		return
	}
	switch style {
	case StyleGreedy:
		for i := range p.Items {
			p.Items[i].Scheduled = false
		}
		for i := range p.Requests {
			p.Requests[i].Rank = 0
		}
	case StyleRandom:
		for i := range p.Items {
			if p.Items[i].Scheduled && rng.Intn(2) == 0 {
				p.Items[i].Scheduled = false
			}
		}
	}
}

// AutoStyle works the schedule: the greedy bot never books agency staff and leaves
// the holes open; the random bot fills each hole with a random kind of shift.
func (s staffingDuty) AutoStyle(h *Host, style Style, rng *RNG) {
	if style != StyleGreedy && style != StyleRandom {
		s.Auto(h)
		return
	}
	p, err := staffingPlan(h)
	if err != nil {
		return
	}
	p.trimExtra()
	p.fillShort(func(u int) string {
		switch {
		case style == StyleRandom:
			kind := []string{FillStaff, FillOvertime, FillAgency}[rng.Intn(3)]
			if p.Left(u, kind) <= 0 && kind != FillAgency {
				kind = FillAgency
			}
			return kind
		case p.Left(u, FillStaff) > 0:
			return FillStaff
		case p.Left(u, FillOvertime) > 0:
			return FillOvertime
		}
		return ""
	})
}

// AutoStyle works the flow meeting: the greedy bot declines what costs money, the
// random bot decides at random.
func (f flowDuty) AutoStyle(h *Host, style Style, rng *RNG) {
	f.Auto(h)
	m := h.State().Sys.Flow
	if m == nil {
		return
	}
	for i := range m.Proposals {
		switch style {
		case StyleGreedy:
			m.Proposals[i].Decision = FlowDecline
		case StyleRandom:
			m.Proposals[i].Decision = []string{FlowAdopt, FlowAdapt, FlowDecline}[rng.Intn(3)]
		}
	}
}

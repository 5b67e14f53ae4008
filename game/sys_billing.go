package game

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// BillingDesk is the state of the billing duty screen: the listed rates of three
// services, this week's queue of denied claims, and an insurer's contract offer.
// Only the decisions are state; every number the screen shows comes from
// Session.BillingForecast, so each rule lives once.
type BillingDesk struct {
	Week     int            `json:"week"`
	Steps    []int          `json:"steps"`              // rate step per service (BillingServices order); 0 = last quarter's rate
	Base     []int          `json:"base,omitempty"`     // the steps in force when the desk opened (empty: all 0)
	Claims   []DeniedClaim  `json:"claims"`             // this week's denials queue
	Fixed    []string       `json:"fixed,omitempty"`    // causes fixed at the source in earlier weeks: they no longer come back
	Offer    BillingOffer   `json:"offer"`              // the insurer's contract offer
	Contract string         `json:"contract,omitempty"` // "", accept or refuse
	Next     []DeniedClaim  `json:"next,omitempty"`     // next week's queue, drawn at Done from the causes still open
	Serial   int            `json:"serial"`             // last claim number handed out
	Result   *BillingResult `json:"result,omitempty"`   // what happened at Done
}

// DeniedClaim is one claim an insurer turned down the first time it was sent.
type DeniedClaim struct {
	No     int    `json:"no"`               // claim number shown to the player
	Cause  string `json:"cause"`            // why it was denied: one of BillingCauses' ids
	Kind   string `json:"kind"`             // what was billed: office, mri, pt, er, stay, surgery, lab
	Payer  string `json:"payer"`            // who denied it
	Amount int    `json:"amount"`           // dollars denied
	Action string `json:"action,omitempty"` // "", fix, appeal or writeoff
	Paid   bool   `json:"paid,omitempty"`   // at Done: the claim was paid in the end
}

// BillingOffer is an insurer's contract: a payment rate, what the care costs, and
// the volume it promises.
type BillingOffer struct {
	Insurer string  `json:"insurer"`  // catalog id under sys.billing.offer.<id>.*
	Method  string  `json:"method"`   // drg (per discharge), ffs (fee-for-service) or capitation
	Rate    int     `json:"rate"`     // dollars the insurer pays per patient stay (capitation: averaged per stay)
	Cost    int     `json:"cost"`     // dollars one stay costs the facility
	Units   int     `json:"units"`    // extra stays a week the promised volume brings
	Beds    float64 `json:"beds"`     // bed occupancy points the volume adds
	AtRisk  float64 `json:"at_risk"`  // occupancy points lost if refused (members who go elsewhere)
	SatLoss float64 `json:"sat_loss"` // satisfaction lost if refused (patients pushed out of network)
	Denials float64 `json:"denials"`  // denial-rate points the contract's paperwork adds when accepted
	Hours   float64 `json:"hours"`    // your hours a week the contract's paperwork adds
	Risk    float64 `json:"risk"`     // margin points a capitation contract can lose later if members need more care
}

// BillingResult records what Done did, for the debrief and the tests.
type BillingResult struct {
	AppealCost   float64  `json:"appeal_cost"`   // dollars of staff time spent on appeals
	Appeals      int      `json:"appeals"`       // claims appealed
	AppealsWon   int      `json:"appeals_won"`   // appeals that were paid
	Recovered    int      `json:"recovered"`     // dollars of denied claims paid in the end
	WrittenOff   int      `json:"written_off"`   // dollars written off (including claims left without a decision)
	Lost         int      `json:"lost"`          // dollars of appealed or corrected claims that still were not paid
	Rework       int      `json:"rework"`        // dollars of rework on corrected claims
	FixCost      int      `json:"fix_cost"`      // dollars spent fixing causes at the source
	NewlyFixed   []string `json:"newly_fixed"`   // causes fixed at the source this week
	Undecided    int      `json:"undecided"`     // claims left without a decision
	Contract     string   `json:"contract"`      // accept or refuse (a lapsed offer counts as refused)
	RevenueDelta float64  `json:"revenue_delta"` // weekly profit change from the new rates
}

// The answers a denied claim can get.
const (
	BillFix      = "fix"      // fix the cause at the source; correct and resend this claim
	BillAppeal   = "appeal"   // fight the denial
	BillWriteOff = "writeoff" // give up the money
)

// BillActions lists the answers in the order the screen offers them.
var BillActions = []string{BillFix, BillAppeal, BillWriteOff}

// Contract answers.
const (
	BillAccept = "accept"
	BillRefuse = "refuse"
)

// Numbers from shared/DOMAIN.md (Premier, 2024) and the desk's tuning. Sizes marked
// "game" are design, tuned by the tests; directions follow DOMAIN.md.
const (
	BillingAppealCost = 43.84 // staff time to fight one denial (Premier, 2024)
	BillingReworkCost = 118   // average rework of one claim (Premier, 2024)
	BillingQueueSize  = 7     // claims in a week's queue (game)
	BillingStepPct    = 5     // one rate step, in percent of last quarter's rate (game)
	BillingStepMin    = -4    // lowest step: -20%
	BillingStepMax    = 6     // highest step: +30%

	billingPrivatePays  = 0.85    // private fee-for-service contracts pay this share of the listed rate (game)
	billingPrivateCap   = 1.15    // ... but no more than this times last quarter's rate: their fee cap (game)
	billingPerMargin    = 10000.0 // dollars a week of lasting profit that move the margin one point (game)
	billingPerCashDay   = 15000.0 // dollars of one-off money that move days cash on hand by one day (game)
	billingSatPerPct    = 0.1     // satisfaction points per percent of a service's self-pay price change, times its visibility (game)
	billingFixHoursCost = 1.0     // your hours per cause fixed, on top of the cause's own hours (game)
)

// BillingService is one service whose listed rate (its chargemaster price) the
// manager sets, with who pays for it and how.
type BillingService struct {
	ID      string  // catalog id under sys.billing.svc.<id>
	Rate    float64 // last quarter's listed rate
	Cost    float64 // what giving one costs
	Volume  float64 // how many a week
	Gov     float64 // share paid by government payers: a fixed fee whatever the rate
	Private float64 // share paid by private insurers, fee-for-service: a share of the rate
	Cap     float64 // share under capitation: paid per member per month, whatever the rate
	Self    float64 // share paid by the patients themselves: the whole bill
	GovPays float64 // what the government pays for one (may be below cost)
	CapPays float64 // capitation income, averaged per service
	Visible float64 // how much patients feel its price (satisfaction weight)
}

// BillingServices are the three services on the rates tab.
var BillingServices = []BillingService{
	{ID: "office", Rate: 160, Cost: 118, Volume: 520, Gov: 0.40, Private: 0.40, Cap: 0.10, Self: 0.10, GovPays: 92, CapPays: 105, Visible: 1.0},
	{ID: "mri", Rate: 1600, Cost: 620, Volume: 32, Gov: 0.35, Private: 0.45, Cap: 0.05, Self: 0.15, GovPays: 410, CapPays: 500, Visible: 0.8},
	{ID: "pt", Rate: 95, Cost: 104, Volume: 210, Gov: 0.45, Private: 0.35, Cap: 0.10, Self: 0.10, GovPays: 72, CapPays: 90, Visible: 0.6},
}

// BillingCause is a reason insurers deny claims, and what fixing it at the source
// takes.
type BillingCause struct {
	ID      string  // catalog id under sys.billing.cause.<id>
	Share   float64 // share of all denials (registration 23.9%, Premier 2024; the rest game)
	Fixable bool    // preventable on our side (about 85% of denials are)
	FixCost int     // dollars to fix at the source (game)
	Hours   float64 // your hours a week while the fix is set up (game)
	Correct float64 // chance a corrected, resent claim is paid (game)
	Appeal  float64 // chance an appeal is paid; weighted mean about 54.3% (Premier 2024)
}

// BillingCauses are the denial causes, top cause first.
var BillingCauses = []BillingCause{
	{ID: "registration", Share: 0.239, Fixable: true, FixCost: 3000, Hours: 2, Correct: 0.95, Appeal: 0.55},
	{ID: "authorization", Share: 0.20, Fixable: true, FixCost: 4000, Hours: 2, Correct: 0.5, Appeal: 0.5},
	{ID: "coding", Share: 0.18, Fixable: true, FixCost: 5000, Hours: 2, Correct: 0.9, Appeal: 0.6},
	{ID: "necessity", Share: 0.14, Fixable: true, FixCost: 4000, Hours: 2, Correct: 0.4, Appeal: 0.5},
	{ID: "timely", Share: 0.091, Fixable: true, FixCost: 2000, Hours: 1, Correct: 0, Appeal: 0.2},
	{ID: "payer", Share: 0.15, Fixable: false, Appeal: 0.8},
}

// billingCause returns the cause with id (the last one, the insurer's own error, if unknown).
func billingCause(id string) BillingCause {
	for _, c := range BillingCauses {
		if c.ID == id {
			return c
		}
	}
	return BillingCauses[len(BillingCauses)-1]
}

// billingKinds are what a denied claim was for, with its dollar range.
var billingKinds = []struct {
	ID       string
	Min, Max int
}{
	{"office", 180, 350}, {"mri", 1400, 2600}, {"pt", 700, 1500}, {"er", 1800, 4500},
	{"stay", 9000, 24000}, {"surgery", 6000, 14000}, {"lab", 150, 400},
}

// billingPayers are who denies claims (insurers are fictional).
var billingPayers = []string{"medicare", "medicaid", "summit", "keystone", "bayline"}

// billingOffers are the contract offers an insurer may bring (fictional insurers).
var billingOffers = []BillingOffer{
	// A Medicaid managed-care plan paying per discharge, below cost: government
	// payers can pay below cost (DOMAIN). Refusing pushes its members away.
	{Insurer: "keystone", Method: "drg", Rate: 8200, Cost: 9000, Units: 5, Beds: 6, AtRisk: 2, SatLoss: 2},
	// An employers' network paying fee-for-service above cost, with paperwork.
	{Insurer: "bayline", Method: "ffs", Rate: 10100, Cost: 9000, Units: 3, Beds: 3, Denials: 1.5, Hours: 1},
	// A senior plan paying per member per month: near cost, and the risk is yours.
	{Insurer: "crestview", Method: "capitation", Rate: 9300, Cost: 9000, Units: 4, Beds: 4, AtRisk: 1, SatLoss: 1, Risk: 0.8},
}

// Errors a billing command can return; the screen words them.
var (
	ErrBillingRateLimit = errors.New("the rate cannot move further that way")
	ErrBillingCannotFix = errors.New("this cause is the insurer's own error and cannot be fixed on our side")
	ErrBillingNoClaim   = errors.New("no such claim")
)

func (s *Session) openBilling() {
	d := s.st.Sys.Billing
	if d != nil && d.Week == s.st.Week {
		return
	}
	nd := &BillingDesk{Week: s.st.Week, Steps: make([]int, len(BillingServices)), Serial: 40200 + s.st.RNG.Intn(600)}
	if d != nil {
		// the desk opened in an earlier week: fixed causes stay fixed, and the queue
		// drawn then is this week's
		nd.Fixed = append(nd.Fixed, d.Fixed...)
		copy(nd.Steps, d.Steps)
		nd.Base = append([]int{}, d.Steps...)
		nd.Serial = d.Serial
		nd.Claims = d.Next
	}
	if len(nd.Claims) == 0 {
		nd.Claims = s.drawClaims(nd, true)
	}
	nd.Offer = billingOffers[s.st.RNG.Intn(len(billingOffers))]
	s.st.Sys.Billing = nd
}

// drawClaims draws a week's queue from the causes not yet fixed. The first queue
// shows every open cause once, so the player meets them all.
func (s *Session) drawClaims(d *BillingDesk, everyCause bool) []DeniedClaim {
	var open []BillingCause
	for _, c := range BillingCauses {
		if !contains(d.Fixed, c.ID) {
			open = append(open, c)
		}
	}
	var causes []string
	if everyCause {
		for _, c := range open {
			if c.Fixable {
				causes = append(causes, c.ID)
			}
		}
	}
	total := 0
	for _, c := range open {
		total += int(c.Share * 1000)
	}
	for len(causes) < BillingQueueSize {
		n := s.st.RNG.Intn(total)
		for _, c := range open {
			n -= int(c.Share * 1000)
			if n < 0 {
				causes = append(causes, c.ID)
				break
			}
		}
	}
	// shuffle, so the queue is not sorted by cause
	for i := len(causes) - 1; i > 0; i-- {
		j := s.st.RNG.Intn(i + 1)
		causes[i], causes[j] = causes[j], causes[i]
	}
	out := make([]DeniedClaim, len(causes))
	for i, c := range causes {
		k := billingKinds[s.st.RNG.Intn(len(billingKinds))]
		amt := k.Min + s.st.RNG.Intn(k.Max-k.Min+1)
		d.Serial += 1 + s.st.RNG.Intn(40)
		out[i] = DeniedClaim{No: d.Serial, Cause: c, Kind: k.ID, Payer: billingPayers[s.st.RNG.Intn(len(billingPayers))], Amount: amt / 10 * 10}
	}
	return out
}

// billingDesk returns the desk when the billing screen is on display.
func (s *Session) billingDesk() (*BillingDesk, error) {
	if s.st.System != SysBilling || s.st.Outcome != nil || s.st.Sys.Billing == nil {
		return nil, ErrNotNow
	}
	return s.st.Sys.Billing, nil
}

// BillingRate moves service i's listed rate by delta steps of BillingStepPct.
func (s *Session) BillingRate(i, delta int) error {
	d, err := s.billingDesk()
	if err != nil {
		return err
	}
	if i < 0 || i >= len(d.Steps) {
		return fmt.Errorf("no service %d", i)
	}
	n := d.Steps[i] + delta
	if n < BillingStepMin || n > BillingStepMax {
		return ErrBillingRateLimit
	}
	d.Steps[i] = n
	return nil
}

// BillingDecide answers denied claim i with action (BillFix, BillAppeal,
// BillWriteOff, or "" to take the answer back).
func (s *Session) BillingDecide(i int, action string) error {
	d, err := s.billingDesk()
	if err != nil {
		return err
	}
	if i < 0 || i >= len(d.Claims) {
		return ErrBillingNoClaim
	}
	switch action {
	case "", BillAppeal, BillWriteOff:
	case BillFix:
		if !billingCause(d.Claims[i].Cause).Fixable {
			return ErrBillingCannotFix
		}
	default:
		return fmt.Errorf("unknown answer %q", action)
	}
	d.Claims[i].Action = action
	return nil
}

// BillingContract answers the insurer's offer: BillAccept, BillRefuse or "" (undecided).
func (s *Session) BillingContract(answer string) error {
	d, err := s.billingDesk()
	if err != nil {
		return err
	}
	if answer != "" && answer != BillAccept && answer != BillRefuse {
		return fmt.Errorf("unknown answer %q", answer)
	}
	d.Contract = answer
	return nil
}

// ServiceForecast is what one service earns at its current rate.
type ServiceForecast struct {
	ID          string
	Step        int     // rate steps from last quarter
	Rate        float64 // listed rate now
	BaseRate    float64 // last quarter's rate
	Cost        float64
	Volume      float64
	Gov         float64 // payer shares
	Private     float64
	Cap         float64
	Self        float64
	GovPays     float64 // what each payer pays for one
	PrivatePays float64
	CapPays     float64
	// PrivateCapped: the rate is past the private insurers' fee cap, so a higher
	// rate only raises the bills of patients who pay for themselves
	PrivateCapped bool
	Collected     float64 // share of self-pay bills actually paid (falls as bills rise)
	AvgPaid       float64 // average payment for one, all payers
	Profit        float64 // a week: (average paid - cost) x volume
	BaseProfit    float64 // a week at the rate in force when the desk opened
}

// BillingForecast is everything the billing screen shows and Done applies, worked
// out from the desk's decisions. Claim outcomes are chances until Done draws them.
type BillingForecast struct {
	Services    []ServiceForecast
	Profit      float64 // weekly result of the three services now
	BaseProfit  float64 // ... at the rates in force when the desk opened
	SelfBills   float64 // weekly bills sent to self-pay patients now
	BaseSelf    float64 // ... at the rates in force when the desk opened
	MarginRates float64 // margin points from the rates
	SatRates    float64 // satisfaction points from the self-pay prices

	Decided      int
	Undecided    int
	Appeals      int
	WriteOffs    int
	Fixes        int
	AppealCost   float64
	WriteOffSum  int
	Rework       int
	FixCost      int
	NewFixes     []string  // causes this week's answers fix at the source
	FixDrops     []float64 // denial-rate points each of NewFixes removes
	ExpectedLoss float64   // dollars the queue is likely to cost, all in
	DenialDelta  float64
	Hours        float64

	ContractMargin float64
	ContractBeds   float64
	ContractSat    float64
	BedsNow        float64
	BedsAfter      float64
	PerStay        int // the offer's rate minus cost, per stay

	Effects map[string]float64 // what Done would apply now (claim outcomes at their odds)
	Flags   []Line             // rule breaks and warnings, worded
}

// collected is the share of a self-pay bill that gets paid at a rate multiplier m:
// bigger bills go unpaid more often (bad debt).
func collected(m float64) float64 {
	return math.Max(0.3, math.Min(0.9, 0.7-0.8*(m-1)))
}

// forecast works out one service at a rate step.
func (b BillingService) forecast(step int) ServiceForecast {
	m := 1 + float64(step*BillingStepPct)/100
	f := ServiceForecast{ID: b.ID, Step: step, Rate: math.Round(b.Rate * m), BaseRate: b.Rate, Cost: b.Cost, Volume: b.Volume,
		Gov: b.Gov, Private: b.Private, Cap: b.Cap, Self: b.Self, GovPays: b.GovPays, CapPays: b.CapPays}
	private := func(rate float64) float64 {
		return math.Round(math.Min(rate, b.Rate*billingPrivateCap) * billingPrivatePays)
	}
	f.PrivatePays = private(f.Rate)
	f.PrivateCapped = f.Rate > b.Rate*billingPrivateCap
	f.Collected = collected(m)
	avg := func(rate, coll float64) float64 {
		return b.Gov*b.GovPays + b.Private*private(rate) + b.Cap*b.CapPays + b.Self*rate*coll
	}
	f.AvgPaid = avg(f.Rate, f.Collected)
	f.Profit = (f.AvgPaid - b.Cost) * b.Volume
	return f
}

// BillingForecast works out the billing screen's numbers from the desk on display.
func (s *Session) BillingForecast() BillingForecast {
	var f BillingForecast
	d := s.st.Sys.Billing
	if d == nil {
		return f
	}
	meters := s.st.Facility.Meters
	for i, b := range BillingServices {
		step, base := 0, 0
		if i < len(d.Steps) {
			step = d.Steps[i]
		}
		if i < len(d.Base) {
			base = d.Base[i]
		}
		sf, bf := b.forecast(step), b.forecast(base)
		sf.BaseProfit = bf.Profit // against the rates in force when the desk opened
		f.Services = append(f.Services, sf)
		f.Profit += sf.Profit
		f.BaseProfit += bf.Profit
		f.SelfBills += sf.Rate * b.Self * b.Volume
		f.BaseSelf += bf.Rate * b.Self * b.Volume
		f.SatRates -= float64((step-base)*BillingStepPct) * billingSatPerPct * b.Visible
	}
	f.MarginRates = (f.Profit - f.BaseProfit) / billingPerMargin

	fixed := append([]string{}, d.Fixed...)
	for _, c := range d.Claims {
		cause := billingCause(c.Cause)
		switch c.Action {
		case "":
			f.Undecided++
			f.WriteOffSum += c.Amount
			f.ExpectedLoss += float64(c.Amount)
			continue
		case BillWriteOff:
			f.WriteOffs++
			f.WriteOffSum += c.Amount
			f.ExpectedLoss += float64(c.Amount)
		case BillAppeal:
			f.Appeals++
			f.AppealCost += BillingAppealCost
			f.ExpectedLoss += BillingAppealCost + float64(c.Amount)*(1-cause.Appeal)
		case BillFix:
			f.Fixes++
			f.Rework += BillingReworkCost
			f.ExpectedLoss += BillingReworkCost + float64(c.Amount)*(1-cause.Correct)
			if !contains(fixed, c.Cause) {
				fixed = append(fixed, c.Cause)
				f.NewFixes = append(f.NewFixes, c.Cause)
				f.FixCost += cause.FixCost
				f.ExpectedLoss += float64(cause.FixCost)
				f.Hours += cause.Hours + billingFixHoursCost
				drop := meters[DenialRate] * cause.Share
				f.FixDrops = append(f.FixDrops, drop)
				f.DenialDelta -= drop
			}
		}
		f.Decided++
	}
	f.AppealCost = math.Round(f.AppealCost*100) / 100
	// reviewing appeals takes a little of your own time too
	f.Hours += 0.25 * float64(f.Appeals)

	o := d.Offer
	f.BedsNow = meters[BedOccupancy]
	f.PerStay = o.Rate - o.Cost
	f.BedsAfter = f.BedsNow
	switch d.Contract {
	case BillAccept:
		f.ContractMargin = float64(o.Units*f.PerStay) / billingPerMargin
		f.ContractBeds = o.Beds
		f.DenialDelta += o.Denials
		f.Hours += o.Hours
	default:
		f.ContractBeds = -o.AtRisk
		f.ContractSat = -o.SatLoss
	}
	f.BedsAfter = math.Max(20, math.Min(100, f.BedsNow+f.ContractBeds))

	f.Effects = map[string]float64{
		OperatingMargin:  billRound(f.MarginRates + f.ContractMargin),
		PatientSatisfied: billRound(f.SatRates + f.ContractSat),
		DaysCashOnHand:   billRound(-f.ExpectedLoss / billingPerCashDay),
		DenialRate:       billRound(f.DenialDelta),
		ManagerWorkload:  billRound(f.Hours),
		BedOccupancy:     billRound(f.ContractBeds),
	}
	f.Flags = s.billingFlags(d, &f)
	return f
}

func (s *Session) billingFlags(d *BillingDesk, f *BillingForecast) []Line {
	var out []Line
	if f.Undecided > 0 {
		out = append(out, L("sys.billing.flag.undecided", strconv.Itoa(f.Undecided), money(undecidedSum(d))))
	}
	if d.Contract == "" {
		out = append(out, L("sys.billing.flag.offer_open"))
	}
	for _, sf := range f.Services {
		if sf.AvgPaid < sf.Cost {
			out = append(out, L("sys.billing.flag.below_cost."+sf.ID, money(int(math.Round(sf.AvgPaid))), money(int(sf.Cost))))
		}
	}
	if f.SatRates <= -4 {
		out = append(out, L("sys.billing.flag.self_pay"))
	}
	if f.BedsAfter > 85 {
		out = append(out, L("sys.billing.flag.crowding", fmt.Sprintf("%.0f", f.BedsAfter)))
	}
	return out
}

func undecidedSum(d *BillingDesk) int {
	n := 0
	for _, c := range d.Claims {
		if c.Action == "" {
			n += c.Amount
		}
	}
	return n
}

func billRound(v float64) float64 { return math.Round(v*100) / 100 }

// billChance draws true with probability p from the run's generator.
func (s *Session) billChance(p float64) bool {
	return s.st.RNG.Intn(1000) < int(math.Round(p*1000))
}

func (s *Session) finishBilling() (*Outcome, error) {
	d := s.st.Sys.Billing
	if d == nil {
		return nil, ErrNotNow
	}
	f := s.BillingForecast()
	r := &BillingResult{AppealCost: f.AppealCost, Rework: f.Rework, FixCost: f.FixCost, NewlyFixed: f.NewFixes, Undecided: f.Undecided, Contract: d.Contract}
	if r.Contract == "" {
		r.Contract = BillRefuse
	}
	r.RevenueDelta = f.Profit - f.BaseProfit
	for i := range d.Claims {
		c := &d.Claims[i]
		cause := billingCause(c.Cause)
		switch c.Action {
		case "", BillWriteOff:
			r.WrittenOff += c.Amount
		case BillAppeal:
			r.Appeals++
			if s.billChance(cause.Appeal) {
				c.Paid = true
				r.AppealsWon++
				r.Recovered += c.Amount
			} else {
				r.Lost += c.Amount
			}
		case BillFix:
			if s.billChance(cause.Correct) {
				c.Paid = true
				r.Recovered += c.Amount
			} else {
				r.Lost += c.Amount
			}
		}
	}
	d.Fixed = append(d.Fixed, r.NewlyFixed...)
	d.Result = r

	cashLoss := float64(r.WrittenOff+r.Lost+r.Rework+r.FixCost) + r.AppealCost
	eff := map[string]float64{}
	for k, v := range f.Effects {
		eff[k] = v
	}
	eff[DaysCashOnHand] = billRound(-cashLoss / billingPerCashDay)
	title := "sys.billing.out.title." + r.Contract
	switch {
	case r.Undecided == len(d.Claims) && d.Contract == "" && f.Profit == f.BaseProfit:
		title = "sys.billing.out.title.idle"
	case d.Contract == "":
		title = "sys.billing.out.title.lapsed"
	}
	out := &Outcome{Title: L(title)}
	out.Changes = s.applyEffects(eff)

	// the lines: rates, the queue, the causes, the contract, then what was left undone
	out.Lines = append(out.Lines, s.billingRatesLine(&f))
	if r.Appeals > 0 {
		out.Lines = append(out.Lines, L("sys.billing.out.queue", strconv.Itoa(r.AppealsWon), strconv.Itoa(r.Appeals),
			fmt.Sprintf("$%.2f", r.AppealCost), money(r.Recovered), money(r.WrittenOff), money(r.Lost)))
	} else if f.Fixes > 0 {
		out.Lines = append(out.Lines, L("sys.billing.out.queue_none", money(r.Recovered), money(r.WrittenOff), money(r.Lost)))
	} else if chosen := r.WrittenOff - undecidedSum(d); chosen > 0 {
		out.Lines = append(out.Lines, L("sys.billing.out.queue_writeoff", money(chosen)))
	}
	d.Next = s.drawClaims(d, false)
	switch {
	case len(r.NewlyFixed) == 0:
		out.Lines = append(out.Lines, L("sys.billing.out.no_fix", strconv.Itoa(len(d.Next))))
	case len(r.NewlyFixed) <= 2:
		for i, c := range r.NewlyFixed {
			out.Lines = append(out.Lines, L("sys.billing.out.fixed."+c, money(billingCause(c).FixCost), fmt.Sprintf("%.1f", f.FixDrops[i])))
		}
		out.Lines = append(out.Lines, L("sys.billing.out.next", strconv.Itoa(len(d.Next))))
	default:
		out.Lines = append(out.Lines, L("sys.billing.out.fixed_many", strconv.Itoa(len(r.NewlyFixed)), money(r.FixCost), fmt.Sprintf("%.1f", -f.DenialDelta)))
		out.Lines = append(out.Lines, L("sys.billing.out.next", strconv.Itoa(len(d.Next))))
	}
	o := d.Offer
	switch {
	case d.Contract == BillAccept && o.Rate < o.Cost:
		out.Lines = append(out.Lines, L("sys.billing.out.accept_below", money(o.Cost-o.Rate), strconv.Itoa(o.Units), fmt.Sprintf("%.0f", f.BedsAfter)))
	case d.Contract == BillAccept:
		out.Lines = append(out.Lines, L("sys.billing.out.accept_above."+o.Insurer, money(o.Rate-o.Cost), strconv.Itoa(o.Units)))
	case d.Contract == BillRefuse:
		out.Lines = append(out.Lines, L("sys.billing.out.refuse."+o.Insurer))
	default:
		out.Lines = append(out.Lines, L("sys.billing.out.lapsed"))
	}
	if r.Undecided > 0 {
		out.Lines = append(out.Lines, L("sys.billing.out.undecided", strconv.Itoa(r.Undecided), money(undecidedSum(d))))
	}
	if d.Contract == BillAccept && o.Risk > 0 {
		// capitation: if the members need more care than priced in, the loss is yours
		if s.billChance(0.5) {
			out.Later = append(out.Later, s.laterMsg(3, L("sys.billing.later.capitation"), map[string]float64{OperatingMargin: -o.Risk},
				L("system.billing.title"), L("sys.billing.later.choice")))
		}
	}
	out.Fact = s.billingFact()
	return out, nil
}

func (s *Session) billingRatesLine(f *BillingForecast) Line {
	delta := f.Profit - f.BaseProfit
	pct := 0.0
	if f.BaseSelf > 0 {
		pct = (f.SelfBills/f.BaseSelf - 1) * 100
	}
	switch {
	case math.Abs(delta) < 1 && math.Abs(pct) < 0.5:
		return L("sys.billing.out.rates_same")
	case delta >= 0:
		return L("sys.billing.out.rates_up", billSignedMoney(delta), fmt.Sprintf("%+.0f%%", pct), fmt.Sprintf("%+.1f", f.SatRates))
	default:
		return L("sys.billing.out.rates_down", billSignedMoney(delta), fmt.Sprintf("%+.0f%%", pct), fmt.Sprintf("%+.1f", f.SatRates))
	}
}

// signedMoney formats a dollar amount with its sign, e.g. "+$3,100" or "-$950".
func billSignedMoney(v float64) string {
	n := int(math.Round(v))
	if n < 0 {
		return money(n)
	}
	return "+" + money(n)
}

// billingFact is the denials fact card, taken from the content's denial scenario so
// the figures and their source live once.
func (s *Session) billingFact() *Fact {
	if sc := s.C.Scenario("bil-denial-spike"); sc != nil && sc.Fact != nil {
		f := *sc.Fact
		return &f
	}
	return nil
}

// BillingFacts returns the fact cards the billing screen offers: the denial
// figures, then how payers pay (DRG, fee-for-service).
func (s *Session) BillingFacts() []Fact {
	var out []Fact
	for _, id := range []string{"bil-denial-spike", "rat-drg-hip-stays"} {
		if sc := s.C.Scenario(id); sc != nil && sc.Fact != nil {
			out = append(out, *sc.Fact)
		}
	}
	return out
}

// autoBilling does a plain, middle-of-the-road job: rates left as they were, the
// registration errors fixed at the source, the rest appealed, and the offer taken
// only when it pays at least its cost.
func (s *Session) autoBilling() {
	d := s.st.Sys.Billing
	if d == nil {
		return
	}
	for i, c := range d.Claims {
		switch {
		case c.Cause == "registration":
			d.Claims[i].Action = BillFix
		default:
			d.Claims[i].Action = BillAppeal
		}
	}
	if d.Offer.Rate >= d.Offer.Cost {
		d.Contract = BillAccept
	} else {
		d.Contract = BillRefuse
	}
}

// BillingCauseInfo returns the cause with id, for the screen.
func BillingCauseInfo(id string) BillingCause { return billingCause(id) }

// BillingAppealOdds words an appeal's chance for the screen: good, fair or poor.
func BillingAppealOdds(p float64) string {
	switch {
	case p >= 0.7:
		return "good"
	case p >= 0.45:
		return "fair"
	default:
		return "poor"
	}
}

// billingDuty is the billing desk's module in the Duties table.
type billingDuty struct{}

// Open implements DutyModule.
func (billingDuty) Open(h *Host) { h.s.openBilling() }

// Finish implements DutyModule.
func (billingDuty) Finish(h *Host) (*Outcome, error) { return h.s.finishBilling() }

// Auto implements DutyModule.
func (billingDuty) Auto(h *Host) { h.s.autoBilling() }

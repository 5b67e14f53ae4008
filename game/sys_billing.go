package game

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// BillingDesk is the state of the billing duty screen: the listed rates of three
// services, this week's queue of denied claims, and an insurer's contract offer.
// Only the decisions are state; every number the screen shows comes from
// View.BillingForecast, so each rule lives once.
type BillingDesk struct {
	Week     int            `json:"week"`
	Setting  string         `json:"setting,omitempty"`  // the workplace the desk was dealt for ("" in old saves: the hospital's desk)
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
	BillingReworkCost = 118   // rework of one corrected claim: a game figure (the fact card says so)
	BillingQueueSize  = 7     // claims in a week's queue (game)
	BillingStepPct    = 5     // one rate step, in percent of last quarter's rate (game)
	BillingStepMin    = -4    // lowest step: -20%
	BillingStepMax    = 6     // highest step: +30%

	BillingPrivatePays  = 0.85    // the private insurers here have charge-based contracts: this share of the listed rate (a game figure; most private contracts pay a fee schedule instead, and the screen says so)
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
	// PrivatePays is the share of the rate private payers pay (0: BillingPrivatePays,
	// a charge-based contract; 1: a health plan's premium, paid in full).
	PrivatePays float64
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
	Fixable bool    // preventable on our side (about 86% of denials are potentially avoidable: Change Healthcare)
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
var billingKinds = []billingKind{
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

// billingDuty is the billing desk's module in the Duties table.
type billingDuty struct{}

// Open implements DutyModule: a new desk each week, keeping the causes fixed, the
// rates set and the queue drawn in earlier weeks.
func (billingDuty) Open(h *Host) {
	st := h.State()
	d := st.Sys.Billing
	if d != nil && d.Week == st.Week {
		return
	}
	se := billingSettingOf(st.Setting)
	nd := &BillingDesk{Week: st.Week, Setting: st.Setting, Steps: make([]int, len(se.Services)), Serial: 40200 + st.RNG.Intn(600)}
	if d != nil && billingSettingOf(d.Setting).Words != se.Words {
		d = nil // a desk dealt for another workplace (an old save): deal this one afresh
	}
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
		nd.Claims = drawClaims(&st.RNG, nd, true)
	}
	nd.Offer = se.Offers[st.RNG.Intn(len(se.Offers))]
	st.Sys.Billing = nd
}

// drawClaims draws a week's queue from the causes not yet fixed. The first queue
// shows every open cause once, so the player meets them all.
func drawClaims(rng *RNG, d *BillingDesk, everyCause bool) []DeniedClaim {
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
		n := rng.Intn(total)
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
		j := rng.Intn(i + 1)
		causes[i], causes[j] = causes[j], causes[i]
	}
	out := make([]DeniedClaim, len(causes))
	for i, c := range causes {
		se := billingSettingOf(d.Setting)
		k := se.Kinds[rng.Intn(len(se.Kinds))]
		amt := k.Min + rng.Intn(k.Max-k.Min+1)
		d.Serial += 1 + rng.Intn(40)
		out[i] = DeniedClaim{No: d.Serial, Cause: c, Kind: k.ID, Payer: se.Payers[rng.Intn(len(se.Payers))], Amount: amt / 10 * 10}
	}
	return out
}

// billingDesk is the desk a billing command works on (Session.Do has already checked
// that the billing screen is on display).
func billingDesk(h *Host) (*BillingDesk, error) {
	if d := h.State().Sys.Billing; d != nil {
		return d, nil
	}
	return nil, ErrNotNow
}

// BillingRate moves one service's listed rate (Service, in BillingServices order) by
// Delta steps of BillingStepPct: +1 a step up, -1 a step down.
type BillingRate struct{ Service, Delta int }

// Duty implements Command.
func (BillingRate) Duty() DutyID { return SysBilling }

func (c BillingRate) run(h *Host) error {
	d, err := billingDesk(h)
	if err != nil {
		return err
	}
	if c.Service < 0 || c.Service >= len(d.Steps) {
		return fmt.Errorf("no service %d", c.Service)
	}
	n := d.Steps[c.Service] + c.Delta
	if n < BillingStepMin || n > BillingStepMax {
		return ErrBillingRateLimit
	}
	d.Steps[c.Service] = n
	return nil
}

// BillingDecide answers denied claim Claim with Action (BillFix, BillAppeal,
// BillWriteOff, or "" to take the answer back).
type BillingDecide struct {
	Claim  int
	Action string
}

// Duty implements Command.
func (BillingDecide) Duty() DutyID { return SysBilling }

func (c BillingDecide) run(h *Host) error {
	d, err := billingDesk(h)
	if err != nil {
		return err
	}
	if c.Claim < 0 || c.Claim >= len(d.Claims) {
		return ErrBillingNoClaim
	}
	switch c.Action {
	case "", BillAppeal, BillWriteOff:
	case BillFix:
		if !billingCause(d.Claims[c.Claim].Cause).Fixable {
			return ErrBillingCannotFix
		}
	default:
		return fmt.Errorf("unknown answer %q", c.Action)
	}
	d.Claims[c.Claim].Action = c.Action
	return nil
}

// BillingContract answers the insurer's offer: BillAccept, BillRefuse or ""
// (undecided).
type BillingContract struct{ Answer string }

// Duty implements Command.
func (BillingContract) Duty() DutyID { return SysBilling }

func (c BillingContract) run(h *Host) error {
	d, err := billingDesk(h)
	if err != nil {
		return err
	}
	if c.Answer != "" && c.Answer != BillAccept && c.Answer != BillRefuse {
		return fmt.Errorf("unknown answer %q", c.Answer)
	}
	d.Contract = c.Answer
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
	// PrivateShare is the share of the rate private payers pay.
	PrivateShare float64
	// PrivateCapped: the rate is past the private insurers' fee cap, so a higher
	// rate only raises the bills of patients who pay for themselves
	PrivateCapped bool
	Collected     float64 // share of self-pay bills actually paid (falls as bills rise)
	AvgPaid       float64 // average payment for one, all payers
	Profit        float64 // a week: (average paid - cost) x volume
	BaseProfit    float64 // a week at the rate in force when the desk opened
	Loses         bool    // it costs more to give than it is paid on average
}

// ClaimForecast is what the screen shows about one denied claim, beside the claim.
type ClaimForecast struct {
	Fixable    bool   // the cause can be fixed on our side
	Odds       string // an appeal's chance in words: good, fair or poor
	CauseFixed bool   // its cause is fixed already (earlier, or by another claim's answer) and this claim is not the fix
}

// BillingForecast is everything the billing screen shows and Done applies, worked
// out from the desk's decisions. Claim outcomes are chances until Done draws them.
type BillingForecast struct {
	Services    []ServiceForecast
	Profit      float64 // weekly result of the three services now
	BaseProfit  float64 // ... at the rates in force when the desk opened
	ProfitDelta float64 // Profit - BaseProfit
	SelfBills   float64 // weekly bills sent to self-pay patients now
	BaseSelf    float64 // ... at the rates in force when the desk opened
	SelfPct     float64 // percent change of the self-pay bills
	SelfPayHigh bool    // the self-pay prices are up enough to warn about
	MarginRates float64 // margin points from the rates
	SatRates    float64 // satisfaction points from the self-pay prices

	// The workplace the desk is for: its catalog variant, what an offer is priced
	// per, whether it has beds, and whether it is a health plan that pays claims.
	Words, Unit   string
	Beds, Insurer bool
	// A health plan's medical loss ratio (care paid over premiums, percent), the
	// weekly rebate owed when it is under BillingMLRMin, and whether it is.
	MLR, Rebate float64
	MLRLow      bool

	Claims       []ClaimForecast // one per claim, in queue order
	Decided      int
	Undecided    int
	UndecidedSum int // dollars of the claims with no answer (written off at Done)
	Appeals      int
	WriteOffs    int
	Fixes        int
	AppealCost   float64
	WriteOffSum  int // dollars written off at Done, unanswered claims included
	ChosenOff    int // ... of them written off by choice
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
	BedsAfter      float64 // bed occupancy after Done with the answer given now
	BedsIfAccept   float64 // ... if the offer is accepted
	BedsIfRefuse   float64 // ... if it is refused (or lapses)
	PerStay        int     // the offer's rate minus cost, per stay
	PerWeek        int     // ... times the stays a week it promises

	Effects map[string]float64 // what Done would apply now (claim outcomes at their odds)
	Flags   []Line             // rule breaks and warnings, worded
	// The warnings each tab shows in its panel (a service paid below cost is in
	// Flags only: its card on the rates tab says so).
	RatesFlags, QueueFlags, ContractFlags []Line
}

// Bed occupancy stays within these bounds whatever the contract does.
const (
	billingBedsMin = 20.0
	billingBedsMax = 100.0
	// billingSelfPayWarn is the satisfaction the self-pay prices cost before the
	// screen warns that uninsured patients feel it (game).
	billingSelfPayWarn = -4.0
	// BillingCrowding is the bed occupancy, in percent, where a bed shortage starts (85%, Leuchter
	// et al., JAMA Network Open 2025).
	BillingCrowding = 85.0
)

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
	share := b.PrivatePays
	if share == 0 {
		share = BillingPrivatePays
	}
	f.PrivateShare = share
	private := func(rate float64) float64 {
		return math.Round(math.Min(rate, b.Rate*billingPrivateCap) * share)
	}
	f.PrivatePays = private(f.Rate)
	f.PrivateCapped = f.Rate > b.Rate*billingPrivateCap
	f.Collected = collected(m)
	avg := func(rate, coll float64) float64 {
		return b.Gov*b.GovPays + b.Private*private(rate) + b.Cap*b.CapPays + b.Self*rate*coll
	}
	f.AvgPaid = avg(f.Rate, f.Collected)
	f.Profit = (f.AvgPaid - b.Cost) * b.Volume
	f.Loses = f.Profit < 0
	return f
}

// BillingDesk is a copy of the billing desk, and whether there is one.
func (v View) BillingDesk() (BillingDesk, bool) {
	d := v.st.Sys.Billing
	if d == nil {
		return BillingDesk{}, false
	}
	c := *d
	c.Steps = append([]int(nil), d.Steps...)
	c.Base = append([]int(nil), d.Base...)
	c.Claims = append([]DeniedClaim(nil), d.Claims...)
	c.Fixed = append([]string(nil), d.Fixed...)
	c.Next = append([]DeniedClaim(nil), d.Next...)
	if d.Result != nil {
		r := *d.Result
		r.NewlyFixed = append([]string(nil), d.Result.NewlyFixed...)
		c.Result = &r
	}
	return c, true
}

// BillingForecast is the billing screen's numbers for the desk on display.
func (v View) BillingForecast() BillingForecast { return billingForecast(v.st) }

// BillingFacts returns the fact cards the billing screen offers: the denial
// figures, then how payers pay (DRG, fee-for-service).
func (v View) BillingFacts() []Fact {
	var out []Fact
	ids := []string{"bil-denial-spike", "rat-drg-hip-stays"}
	if d := v.st.Sys.Billing; d != nil && !billingSettingOf(d.Setting).Beds {
		ids = ids[:1] // how Medicare pays hospital stays is no card for an office, an agency or a plan
	}
	for _, id := range ids {
		if sc := v.c.Scenario(id); sc != nil && sc.Fact != nil {
			out = append(out, *sc.Fact)
		}
	}
	return out
}

// billingForecast works out the billing screen's numbers from the desk in st.
func billingForecast(st *State) BillingForecast {
	var f BillingForecast
	d := st.Sys.Billing
	if d == nil {
		return f
	}
	meters := st.Facility.Meters
	se := billingSettingOf(d.Setting)
	f.Words, f.Unit, f.Beds, f.Insurer = se.Words, se.Unit, se.Beds, se.Insurer
	medical, premiums, baseMedical, basePremiums := 0.0, 0.0, 0.0, 0.0
	for i, b := range se.Services {
		step, base := 0, 0
		if i < len(d.Steps) {
			step = d.Steps[i]
		}
		if i < len(d.Base) {
			base = d.Base[i]
		}
		sf, bf := b.forecast(step), b.forecast(base)
		sf.BaseProfit = bf.Profit // against the rates in force when the desk opened
		medical += b.Cost * b.Volume
		premiums += sf.AvgPaid * b.Volume
		baseMedical += b.Cost * b.Volume
		basePremiums += bf.AvgPaid * b.Volume
		f.Services = append(f.Services, sf)
		f.Profit += sf.Profit
		f.BaseProfit += bf.Profit
		f.SelfBills += sf.Rate * b.Self * b.Volume
		f.BaseSelf += bf.Rate * b.Self * b.Volume
		f.SatRates -= float64((step-base)*BillingStepPct) * billingSatPerPct * b.Visible
	}
	if se.Insurer && premiums > 0 {
		// a health plan must spend BillingMLRMin of premiums on care, or rebate the rest
		f.MLR = medical / premiums * 100
		f.Rebate = math.Max(0, premiums*BillingMLRMin/100-medical)
		f.Profit -= f.Rebate
		f.BaseProfit -= math.Max(0, basePremiums*BillingMLRMin/100-baseMedical)
		f.MLRLow = f.MLR < BillingMLRMin
	}
	f.ProfitDelta = f.Profit - f.BaseProfit
	if f.BaseSelf > 0 {
		f.SelfPct = (f.SelfBills/f.BaseSelf - 1) * 100
	}
	f.SelfPayHigh = f.SatRates <= billingSelfPayWarn
	f.MarginRates = (f.Profit - f.BaseProfit) / billingPerMargin

	fixed := append([]string{}, d.Fixed...)
	for _, c := range d.Claims {
		cause := billingCause(c.Cause)
		f.Claims = append(f.Claims, ClaimForecast{Fixable: cause.Fixable, Odds: billingAppealOdds(cause.Appeal)})
		switch c.Action {
		case "":
			f.Undecided++
			f.UndecidedSum += c.Amount
			f.WriteOffSum += c.Amount
			f.ExpectedLoss += float64(c.Amount)
			continue
		case BillWriteOff:
			f.WriteOffs++
			f.WriteOffSum += c.Amount
			f.ChosenOff += c.Amount
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
	for i, c := range d.Claims {
		f.Claims[i].CauseFixed = c.Action != BillFix && contains(fixed, c.Cause)
	}
	f.AppealCost = math.Round(f.AppealCost*100) / 100
	// reviewing appeals takes a little of your own time too
	f.Hours += 0.25 * float64(f.Appeals)

	o := d.Offer
	f.BedsNow = meters[BedOccupancy]
	f.PerStay = o.Rate - o.Cost
	f.PerWeek = o.Units * f.PerStay
	if !se.Beds {
		o.Beds, o.AtRisk = 0, 0 // no beds here: the volume is visits
	}
	switch d.Contract {
	case BillAccept:
		f.ContractMargin = float64(f.PerWeek) / billingPerMargin
		f.ContractBeds = o.Beds
		f.DenialDelta += o.Denials
		f.Hours += o.Hours
	default:
		f.ContractBeds = -o.AtRisk
		f.ContractSat = -o.SatLoss
	}
	beds := func(v float64) float64 { return math.Max(billingBedsMin, math.Min(billingBedsMax, v)) }
	f.BedsAfter = beds(f.BedsNow + f.ContractBeds)
	f.BedsIfAccept = beds(f.BedsNow + o.Beds)
	f.BedsIfRefuse = beds(f.BedsNow - o.AtRisk)

	f.Effects = map[string]float64{
		OperatingMargin:  billRound(f.MarginRates + f.ContractMargin),
		PatientSatisfied: billRound(f.SatRates + f.ContractSat),
		DaysCashOnHand:   billRound(-f.ExpectedLoss / billingPerCashDay),
		DenialRate:       billRound(f.DenialDelta),
		ManagerWorkload:  billRound(f.Hours),
		BedOccupancy:     billRound(f.ContractBeds),
	}
	if !se.Beds {
		delete(f.Effects, BedOccupancy)
	}
	billingFlags(d, &f)
	return f
}

// billingFlags words the desk's warnings, each on the tab it belongs to.
func billingFlags(d *BillingDesk, f *BillingForecast) {
	if f.Undecided > 0 {
		f.QueueFlags = append(f.QueueFlags, L(f.key("flag.undecided"), billingCount(f.Undecided), moneyArg(f.UndecidedSum)))
	}
	if d.Contract == "" {
		f.ContractFlags = append(f.ContractFlags, L("sys.billing.flag.offer_open"))
	}
	if f.SelfPayHigh {
		f.RatesFlags = append(f.RatesFlags, L(f.key("flag.self_pay")))
	}
	if f.MLRLow {
		f.RatesFlags = append(f.RatesFlags, L("sys.billing.mco.flag.mlr", unitArg(f.MLR, 1, "%"), moneyArg(roundMoney(f.Rebate))))
	}
	if f.Beds && f.BedsAfter > BillingCrowding {
		f.ContractFlags = append(f.ContractFlags, L("sys.billing.flag.crowding", numArg(f.BedsAfter, 0)))
	}
	f.Flags = append(f.Flags, f.QueueFlags...)
	f.Flags = append(f.Flags, f.ContractFlags...)
	f.Flags = append(f.Flags, f.RatesFlags...)
	// a service paid below its cost: each service's card says so on the rates tab
	for _, sf := range f.Services {
		if sf.Loses {
			f.Flags = append(f.Flags, L("sys.billing.flag.below_cost."+sf.ID, moneyArg(roundMoney(sf.AvgPaid)), moneyArg(roundMoney(sf.Cost))))
		}
	}
}

// billingCount is a count as a Line argument.
func billingCount(n int) string { return numArg(float64(n), 0) }

// billingPlus is the sign a change shows before its number: "+" when it rounds
// above zero at dec decimals (a minus comes with the number itself).
func billingPlus(v float64, dec int) string {
	if math.Round(v*math.Pow10(dec)) > 0 {
		return "+"
	}
	return ""
}

func billRound(v float64) float64 { return math.Round(v*100) / 100 }

// billingChance draws true with probability p from the run's generator.
func billingChance(rng *RNG, p float64) bool {
	return rng.Intn(1000) < int(math.Round(p*1000))
}

// Finish implements DutyModule: the claims' outcomes are drawn, the rates and the
// contract applied, and next week's queue drawn from the causes still open.
func (billingDuty) Finish(h *Host) (*Outcome, error) {
	st := h.State()
	d := st.Sys.Billing
	if d == nil {
		return nil, ErrNotNow
	}
	f := billingForecast(st)
	r := &BillingResult{AppealCost: f.AppealCost, Rework: f.Rework, FixCost: f.FixCost, NewlyFixed: f.NewFixes, Undecided: f.Undecided, Contract: d.Contract}
	if r.Contract == "" {
		r.Contract = BillRefuse
	}
	r.RevenueDelta = f.ProfitDelta
	for i := range d.Claims {
		c := &d.Claims[i]
		cause := billingCause(c.Cause)
		switch c.Action {
		case "", BillWriteOff:
			r.WrittenOff += c.Amount
		case BillAppeal:
			r.Appeals++
			if billingChance(&st.RNG, cause.Appeal) {
				c.Paid = true
				r.AppealsWon++
				r.Recovered += c.Amount
			} else {
				r.Lost += c.Amount
			}
		case BillFix:
			if billingChance(&st.RNG, cause.Correct) {
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
	title := "out.title." + r.Contract
	switch {
	case r.Undecided == len(d.Claims) && d.Contract == "" && f.Profit == f.BaseProfit:
		title = "out.title.idle"
	case d.Contract == "":
		title = "out.title.lapsed"
	}
	out := &Outcome{Title: L(f.key(title))}
	out.Changes = h.Apply(eff)

	// the lines: what went well first (a cause fixed, a contract that pays), then the
	// rates, then what went wrong (money lost, causes left, claims unanswered)
	var db debrief
	db.neutral(billingRatesLine(&f))
	recovered := r.Recovered >= r.WrittenOff+r.Lost
	if r.Appeals > 0 {
		db.judged(recovered, L(f.key("out.queue"), billingCount(r.AppealsWon), billingCount(r.Appeals),
			numArg(r.AppealCost, 2), moneyArg(r.Recovered), moneyArg(r.WrittenOff), moneyArg(r.Lost)))
	} else if f.Fixes > 0 {
		db.judged(recovered, L(f.key("out.queue_none"), moneyArg(r.Recovered), moneyArg(r.WrittenOff), moneyArg(r.Lost)))
	} else if f.ChosenOff > 0 {
		db.bad(L(f.key("out.queue_writeoff"), moneyArg(f.ChosenOff)))
	}
	d.Next = drawClaims(&st.RNG, d, false)
	switch {
	case len(r.NewlyFixed) == 0:
		db.bad(L(f.key("out.no_fix"), billingCount(len(d.Next))))
	case len(r.NewlyFixed) <= 2:
		for i, c := range r.NewlyFixed {
			db.good(L(f.key("out.fixed."+c), moneyArg(billingCause(c).FixCost), numArg(f.FixDrops[i], 1)))
		}
		db.good(L(f.key("out.next"), billingCount(len(d.Next))))
	default:
		// the drop the fixes bring, not the week's net change (an accepted contract's
		// approvals add some back, and say so below)
		drop := 0.0
		for _, x := range f.FixDrops {
			drop += x
		}
		db.good(L(f.key("out.fixed_many"), billingCount(len(r.NewlyFixed)), moneyArg(r.FixCost), numArg(drop, 1)))
		db.good(L(f.key("out.next"), billingCount(len(d.Next))))
	}
	o := d.Offer
	contract := toneNeutral
	switch {
	case d.Contract == BillAccept && o.Rate < o.Cost:
		contract = toneBad
		db.add(contract, L(f.key("out.accept_below"), moneyArg(o.Cost-o.Rate), billingCount(o.Units), numArg(f.BedsAfter, 0)))
	case d.Contract == BillAccept:
		contract = toneGood
		db.add(contract, L(f.key("out.accept_above."+o.Insurer), moneyArg(o.Rate-o.Cost), billingCount(o.Units)))
	case d.Contract == BillRefuse:
		if o.Rate < o.Cost {
			contract = toneGood // no below-cost volume
		}
		db.add(contract, L(f.key("out.refuse."+o.Insurer)))
	default:
		contract = toneBad
		db.add(contract, L(f.key("out.lapsed")))
	}
	if d.Contract == BillAccept && o.Denials > 0 {
		// the meter moves by the fixes and the contract together: name both
		db.add(contract, L(f.key("out.contract_denials"), numArg(o.Denials, 1)))
	}
	if r.Undecided > 0 {
		db.bad(L(f.key("out.undecided"), billingCount(r.Undecided), moneyArg(f.UndecidedSum)))
	}
	db.finish(out)
	if d.Contract == BillAccept && o.Risk > 0 {
		// capitation: if the members need more care than priced in, the loss is yours
		if billingChance(&st.RNG, 0.5) {
			out.Later = append(out.Later, h.Later(3, L("sys.billing.later.capitation"), map[string]float64{OperatingMargin: -o.Risk},
				L("system.billing.title"), L("sys.billing.later.choice")))
		}
	}
	if sc := h.Content().Scenario("bil-denial-spike"); sc != nil && sc.Fact != nil {
		fact := *sc.Fact
		out.Fact = &fact
	}
	return out, nil
}

// billingRatesLine is the debrief's line on the rates: what they earn, what the
// self-pay bills do, and what satisfaction does.
func billingRatesLine(f *BillingForecast) Line {
	switch {
	case math.Abs(f.ProfitDelta) < 1 && math.Abs(f.SelfPct) < 0.5:
		return L(f.key("out.rates_same"))
	case f.ProfitDelta >= 0:
		return L(f.key("out.rates_up"), SignedMoneyArg(roundMoney(f.ProfitDelta)),
			billingPlus(f.SelfPct, 0), unitArg(f.SelfPct, 0, "%"), billingPlus(f.SatRates, 1), numArg(f.SatRates, 1))
	default:
		return L(f.key("out.rates_down"), SignedMoneyArg(roundMoney(f.ProfitDelta)),
			billingPlus(f.SelfPct, 0), unitArg(f.SelfPct, 0, "%"), billingPlus(f.SatRates, 1), numArg(f.SatRates, 1))
	}
}

// Auto implements DutyModule: a plain, middle-of-the-road job. Rates are left as
// they were, the registration errors fixed at the source, the rest appealed, and the
// offer taken only when it pays at least its cost.
func (billingDuty) Auto(h *Host) {
	d := h.State().Sys.Billing
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

// billingAppealOdds words an appeal's chance: good, fair or poor.
func billingAppealOdds(p float64) string {
	switch {
	case p >= 0.7:
		return "good"
	case p >= 0.45:
		return "fair"
	default:
		return "poor"
	}
}

// billingKind is what a claim was for, with its dollar range.
type billingKind struct {
	ID       string
	Min, Max int
}

// billingSetting is one kind of workplace's billing desk: the services it prices,
// what its claims are for, who pays them, the contracts it is offered, and how its
// screen words things. Amounts are game figures.
type billingSetting struct {
	Services []BillingService
	Kinds    []billingKind
	Payers   []string
	Offers   []BillingOffer
	// Words is the catalog variant its screen and debrief read first
	// (sys.billing.<Words>.…, then sys.billing.<Unit>.…, then sys.billing.…).
	Words string
	Unit  string // what an offer is priced per: stay or visit
	Beds  bool   // it has beds, so a contract's volume moves bed occupancy
	// Insurer: a managed care organization. It is paid premiums and PAYS claims: its
	// rates tab prices its plans and watches the medical loss ratio, its queue is
	// claims it paid in error to recover, and its contract is a provider asking to
	// join or stay in its network.
	Insurer bool
}

// billingSettings are the six workplaces' desks. The hospital's is the original one.
var billingSettings = map[string]billingSetting{
	"hospital": {Services: BillingServices, Kinds: billingKinds, Payers: billingPayers, Offers: billingOffers, Unit: "stay", Beds: true},
	// A physicians' office: office visits, preventive visits and in-office lab tests,
	// billed to payers by a small staff.
	"practice": visitDesk("practice", []BillingService{
		{ID: "office", Rate: 160, Cost: 118, Volume: 520, Gov: 0.40, Private: 0.45, Cap: 0.05, Self: 0.10, GovPays: 92, CapPays: 105, Visible: 1.0},
		{ID: "preventive", Rate: 240, Cost: 170, Volume: 90, Gov: 0.35, Private: 0.55, Cap: 0.05, Self: 0.05, GovPays: 150, CapPays: 180, Visible: 0.8},
		{ID: "inhouse_lab", Rate: 45, Cost: 22, Volume: 300, Gov: 0.40, Private: 0.45, Cap: 0.05, Self: 0.10, GovPays: 18, CapPays: 25, Visible: 0.4},
	}, []billingKind{{"office", 120, 320}, {"preventive", 180, 360}, {"lab", 40, 260}, {"injection", 60, 240}, {"procedure", 250, 900}}),
	// An outpatient clinic: visits, its lab and x-ray.
	"clinic": visitDesk("clinic", []BillingService{
		{ID: "office", Rate: 160, Cost: 118, Volume: 480, Gov: 0.45, Private: 0.40, Cap: 0.05, Self: 0.10, GovPays: 92, CapPays: 105, Visible: 1.0},
		{ID: "lab", Rate: 60, Cost: 30, Volume: 260, Gov: 0.45, Private: 0.40, Cap: 0.05, Self: 0.10, GovPays: 24, CapPays: 34, Visible: 0.4},
		{ID: "xray", Rate: 180, Cost: 95, Volume: 60, Gov: 0.45, Private: 0.40, Cap: 0.05, Self: 0.10, GovPays: 80, CapPays: 110, Visible: 0.7},
	}, []billingKind{{"office", 120, 320}, {"lab", 40, 260}, {"xray", 90, 400}, {"procedure", 250, 900}}),
	// A rehabilitation and nursing facility: therapy sessions and skilled nursing
	// days (Medicare pays skilled nursing per day, therapy outpatient per session).
	"rehab": {
		Services: []BillingService{
			{ID: "snf_day", Rate: 720, Cost: 610, Volume: 280, Gov: 0.70, Private: 0.20, Cap: 0.05, Self: 0.05, GovPays: 640, CapPays: 600, Visible: 0.5},
			{ID: "pt", Rate: 95, Cost: 104, Volume: 210, Gov: 0.45, Private: 0.35, Cap: 0.10, Self: 0.10, GovPays: 72, CapPays: 90, Visible: 0.6},
			{ID: "ot", Rate: 100, Cost: 98, Volume: 150, Gov: 0.55, Private: 0.30, Cap: 0.05, Self: 0.10, GovPays: 80, CapPays: 92, Visible: 0.6},
		},
		Kinds:  []billingKind{{"snf", 6000, 18000}, {"pt", 700, 1500}, {"ot", 600, 1400}, {"lab", 150, 400}},
		Payers: []string{"medicare", "medicaid", "summit", "keystone", "crestview"},
		Offers: []BillingOffer{
			{Insurer: "ridgeline_ltc", Method: "drg", Rate: 14000, Cost: 15500, Units: 1, Beds: 3, AtRisk: 2, SatLoss: 2},
			{Insurer: "crestview_snf", Method: "ffs", Rate: 12800, Cost: 12000, Units: 2, Beds: 3, AtRisk: 1, SatLoss: 1, Denials: 1, Hours: 1},
		},
		Words: "rehab", Unit: "stay", Beds: true,
	},
	// A government health agency bills little: vaccine visits (Medicaid), its
	// clinics' visits, and permit fees.
	"gov-agency": {
		Services: []BillingService{
			{ID: "office", Rate: 120, Cost: 110, Volume: 200, Gov: 0.55, Private: 0.25, Cap: 0.05, Self: 0.15, GovPays: 88, CapPays: 95, Visible: 1.0},
			{ID: "vaccine", Rate: 40, Cost: 35, Volume: 300, Gov: 0.60, Private: 0.25, Self: 0.15, GovPays: 22, Visible: 0.8},
			{ID: "permit", Rate: 350, Cost: 300, Volume: 25, Self: 1.0, Visible: 0.3},
		},
		Kinds:  []billingKind{{"office", 90, 260}, {"vaccine", 30, 120}, {"lab", 40, 200}},
		Payers: []string{"medicaid", "medicare", "keystone"},
		Offers: []BillingOffer{billingVisitOffers[0], billingVisitOffers[1]}, Words: "agency", Unit: "visit",
	},
	// A managed care organization: premiums in, claims paid out.
	"mco": {
		Services: []BillingService{
			{ID: "group", Rate: 520, Cost: 450, Volume: 100, Private: 1.0, PrivatePays: 1.0, Visible: 0.6},
			{ID: "individual", Rate: 600, Cost: 430, Volume: 60, Gov: 0.5, Self: 0.5, GovPays: 520, Visible: 1.0},
			{ID: "ma", Rate: 1100, Cost: 960, Volume: 40, Gov: 1.0, GovPays: 1090, Visible: 0.4},
		},
		Kinds:  []billingKind{{"office", 120, 320}, {"specialist", 200, 600}, {"lab", 40, 260}, {"mri", 900, 2200}, {"pt", 300, 900}, {"pharmacy", 80, 900}},
		Payers: []string{"northgate", "harborview", "riverbend", "summitcare"}, // the providers the plan paid
		Offers: []BillingOffer{
			{Insurer: "northgate", Method: "ffs", Rate: 150, Cost: 165, Units: 120, SatLoss: 3},
			{Insurer: "lakeshore", Method: "ffs", Rate: 900, Cost: 780, Units: 8, Hours: 1},
		},
		Words: "mco", Unit: "visit", Insurer: true,
	},
}

// visitDesk is the desk of a workplace that bills per visit to the area's payers
// (an office, a clinic): its services and claim kinds, the per-visit contract offers,
// and words, its catalog words.
func visitDesk(words string, services []BillingService, kinds []billingKind) billingSetting {
	return billingSetting{
		Services: services,
		Kinds:    kinds,
		Payers:   []string{"medicare", "medicaid", "summit", "keystone", "bayline"},
		Offers:   billingVisitOffers,
		Words:    words,
		Unit:     "visit",
	}
}

// billingVisitOffers are the contracts an office or clinic is offered, priced per
// visit (fictional plans).
var billingVisitOffers = []BillingOffer{
	// a Medicaid managed-care plan paying below cost per visit
	{Insurer: "ridgeline_pcp", Method: "ffs", Rate: 96, Cost: 118, Units: 60, SatLoss: 2},
	// an employers' network paying a fee schedule above cost, with prior authorization
	{Insurer: "bayline_pfs", Method: "ffs", Rate: 150, Cost: 118, Units: 40, Denials: 1.5, Hours: 1},
	// a Medicare Advantage plan paying per member per month for a panel of patients
	{Insurer: "crestview_cap", Method: "capitation", Rate: 125, Cost: 118, Units: 50, SatLoss: 1, Risk: 0.8},
}

// billingSettingOf is the desk of setting id (the hospital's when unknown or empty,
// as in a desk saved before desks followed the setting).
func billingSettingOf(id string) billingSetting {
	if s, ok := billingSettings[id]; ok {
		return s
	}
	return billingSettings["hospital"]
}

// BillingMLRMin is the medical loss ratio a health plan must reach, in percent of
// premiums (85% large group, 80% individual and small group: ACA; shared/DOMAIN.md).
// Below it the difference is rebated to the members, so a premium that raises the
// margin past it earns the plan nothing.
const BillingMLRMin = 85.0

// key is the catalog key of a debrief line or warning for this desk's workplace: a
// health plan has its own words for all of them (it recovers what it paid in error,
// where a provider appeals what was denied), and a contract priced per visit says
// nothing of beds.
func (f *BillingForecast) key(rest string) string {
	switch {
	case f.Insurer && (strings.HasPrefix(rest, "out.") || strings.HasPrefix(rest, "flag.")):
		return "sys.billing.mco." + rest
	case !f.Beds && rest == "out.accept_below":
		return "sys.billing.visit." + rest
	}
	return "sys.billing." + rest
}

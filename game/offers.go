package game

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// MakeOffers scores every role and setting against the player's skills, degree,
// master's and internships, and returns the best three offers with distinct roles.
func (s *Session) MakeOffers() []Offer {
	st, c := s.st, s.C
	interned := map[string]bool{}
	for _, id := range st.Activities {
		if a := c.Activity(id); a != nil && a.Setting != "" {
			interned[a.Setting] = true
		}
	}
	ms := c.MastersOption(st.Masters)
	grad := ms != nil && ms.Graduate
	paths := s.licencePaths()
	var all []Offer
	for _, r := range c.Roles {
		if paths[r.ID] && !st.Flags[PathFlag(r.ID)] {
			// a clinical director's job needs its licence path, whatever the skills
			continue
		}
		fit := s.roleFit(&r)
		if r.Graduate && !grad && fit < 0.95 {
			continue
		}
		settings := r.Settings
		if len(settings) == 0 {
			for _, se := range c.Settings {
				settings = append(settings, se.ID)
			}
		}
		for _, se := range settings {
			score := fit
			if interned[se] {
				score += 0.25
			}
			if paths[r.ID] {
				// the licence is what these employers hire for
				score += 0.3
			}
			for _, f := range r.Signals {
				if st.Flags[f] {
					score += 0.15
				}
			}
			score += float64(s.st.RNG.Intn(100)) / 1000
			pay := float64(r.Pay) * (0.85 + 0.25*fit)
			if ms != nil {
				pay *= 1 + float64(ms.PayBonus)/100
			}
			p := clampInt(int(math.Round(pay/500)*500), PayLow10, PayHigh10)
			all = append(all, Offer{Role: r.ID, Setting: se, Pay: p, Fit: score})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Fit > all[j].Fit })
	var out []Offer
	seen := map[string]bool{}
	for _, o := range all {
		if seen[o.Role] {
			continue
		}
		seen[o.Role] = true
		o.Fit = math.Min(1, o.Fit)
		out = append(out, o)
		if len(out) == 3 {
			break
		}
	}
	return out
}

// PathFlag is the flag a first job sets when it is the licence path to role (the
// staff RN's road to nursing director): set by a choice in road/first-job.yaml.
func PathFlag(role string) string { return "path:" + role }

// WorkedFlag is the flag a first job in setting sets (scenarios may test it in
// when:). It does not tilt the offers: the bots' first picks would crowd every
// career into one setting.
func WorkedFlag(setting string) string { return "worked:" + setting }

// licencePaths is the set of roles some first job is the licence path to: those roles
// are offered only to a player who took that path.
func (s *Session) licencePaths() map[string]bool { return licencePathsIn(s.C) }

// licencePathsIn is the set of roles some first job in c is the licence path to.
func licencePathsIn(c *Content) map[string]bool {
	out := map[string]bool{}
	for _, sc := range c.Scenarios {
		for _, ch := range sc.Choices {
			for _, f := range ch.Set {
				if r, ok := strings.CutPrefix(f, "path:"); ok {
					out[r] = true
				}
			}
		}
	}
	return out
}

// closedRoles names the roles not offered for want of their licence path.
func (s *Session) closedRoles() []Line {
	paths := s.licencePaths()
	var out []Line
	for _, r := range s.C.Roles {
		if paths[r.ID] && !s.st.Flags[PathFlag(r.ID)] {
			out = append(out, TL(r.Name))
		}
	}
	return out
}

// roleFit is 0..1: how well the player's skills meet the role's needs, with a bonus
// for a fitting degree.
func (s *Session) roleFit(r *Role) float64 {
	st := s.st
	total, n := 0.0, 0
	for _, id := range sortedKeys(r.Needs) {
		need := r.Needs[id]
		if need <= 0 {
			continue
		}
		total += math.Min(1, float64(st.Player.Skills[id])/float64(need))
		n++
	}
	fit := 1.0
	if n > 0 {
		fit = total / float64(n)
	}
	if len(r.Degrees) > 0 {
		if contains(r.Degrees, st.Degree) {
			fit = math.Min(1, fit+0.1)
		} else {
			fit -= 0.1
		}
	}
	return math.Max(0, fit)
}

// MedianPay is the profile's yearly median pay (BLS OOH, Sept 2023 edition).
const MedianPay = 104830

// PayLow10 and PayHigh10 bound every offer: about what the lowest-paid 10% earned
// at most and the highest-paid 10% at least (BLS OOH, Sept 2023 edition, wages of
// May 2022; shared/DOMAIN.md, the road into the job).
const (
	PayLow10  = 64000
	PayHigh10 = 210000
)

func payVsMedian(pay int) string {
	return fmt.Sprintf("%+.0f%%", (float64(pay)/MedianPay-1)*100)
}

func money(n int) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-$" + b.String()
	}
	return "$" + b.String()
}

// Money formats dollars as "$104,830".
func Money(n int) string { return money(n) }

package game

import (
	"fmt"
	"slices"
	"strings"
)

// Look is the player's own portrait, chosen on the name screen: the same parts the
// cast is drawn from (Character), less the clothes, which follow the job
// (PlayerCharacter).
type Look struct {
	Face      string   `json:"face"`
	Skin      string   `json:"skin"`
	Hair      string   `json:"hair"`
	HairColor string   `json:"hair_color"`
	Extras    []string `json:"extras,omitempty"`
}

// PlayerLooks are the ready-made looks the name screen offers: every skin tone of
// the cast, a range of hair, one with a hijab and one with glasses.
var PlayerLooks = []Look{
	{Face: "oval", Skin: "light", Hair: "short", HairColor: "brown"},
	{Face: "oval", Skin: "fair", Hair: "long", HairColor: "blond", Extras: []string{"earrings"}},
	{Face: "round", Skin: "medium", Hair: "curly", HairColor: "black"},
	{Face: "long", Skin: "olive", Hair: "wavy", HairColor: "dark_brown", Extras: []string{"glasses"}},
	{Face: "round", Skin: "brown", Hair: "coily", HairColor: "black"},
	{Face: "square", Skin: "deep", Hair: "crop", HairColor: "black"},
	{Face: "oval", Skin: "brown", Hair: "long", HairColor: "black", Extras: []string{"hijab"}},
	{Face: "oval", Skin: "fair", Hair: "ponytail", HairColor: "auburn"},
}

// DefaultLook is the ready-made look a run started without one gets: one of
// PlayerLooks, picked from the seed, so a player who only types a name (or an old
// save) still has a face.
func DefaultLook(seed int64) Look {
	n := int64(len(PlayerLooks))
	return PlayerLooks[((seed%n)+n)%n]
}

// LookIndex is the place of l among PlayerLooks, or -1 for a look made otherwise.
func LookIndex(l Look) int {
	return slices.IndexFunc(PlayerLooks, func(p Look) bool { return p.Equal(l) })
}

// IsZero reports whether no look was chosen (a save from before looks).
func (l Look) IsZero() bool {
	return l.Face == "" && l.Skin == "" && l.Hair == "" && l.HairColor == "" && len(l.Extras) == 0
}

// Equal reports whether two looks draw the same face.
func (l Look) Equal(o Look) bool {
	return l.Face == o.Face && l.Skin == o.Skin && l.Hair == o.Hair && l.HairColor == o.HairColor && slices.Equal(l.Extras, o.Extras)
}

// Check reports a part the portraits do not have.
func (l Look) Check() error {
	for _, p := range []struct {
		what, v string
		list    []string
	}{{"face", l.Face, LookFaces}, {"skin", l.Skin, LookSkins}, {"hair", l.Hair, LookHair}, {"hair color", l.HairColor, LookHairColors}} {
		if !slices.Contains(p.list, p.v) {
			return fmt.Errorf("%s %q is not one of %s", p.what, p.v, strings.Join(p.list, ", "))
		}
	}
	for _, x := range l.Extras {
		if !slices.Contains(LookExtras, x) {
			return fmt.Errorf("extra %q is not one of %s", x, strings.Join(LookExtras, ", "))
		}
	}
	return nil
}

// Character is the look as a portrait's parts, in clothes. Its ID names every
// part, so two looks never share a cached portrait.
func (l Look) Character(clothes string) *Character {
	id := "player:" + strings.Join([]string{l.Face, l.Skin, l.Hair, l.HairColor, clothes, strings.Join(l.Extras, "+")}, "/")
	return &Character{ID: id, Kind: "person", Face: l.Face, Skin: l.Skin, Hair: l.Hair, HairColor: l.HairColor,
		Clothes: clothes, Extras: slices.Clone(l.Extras)}
}

// PlayerLook is the player's look.
func (v View) PlayerLook() Look { return v.st.Player.Look }

// PlayerCharacter is the player drawn as they are now: in their own clothes at
// school and college, in a suit once they manage.
func (v View) PlayerCharacter() *Character {
	clothes := "casual"
	if v.st.Act() == ActManager {
		clothes = "suit"
	}
	return v.st.Player.Look.Character(clothes)
}

// MoodOf is how the player takes a list of changes, judged as an outcome's
// (OutcomeMood): pleased when more are good news than bad, worried when more are
// bad, upset when all are bad.
func (v View) MoodOf(changes []Change) Mood {
	return v.OutcomeMood(&Outcome{Changes: changes})
}

// WeekMood is how the player feels at the dashboard: how the facility's meters
// moved over the last week (neutral in the first week, before any has ended).
func (v View) WeekMood() Mood {
	tr := v.st.Trend
	if len(tr) == 0 {
		return MoodNeutral
	}
	prev := v.st.MetersStart
	if len(tr) > 1 {
		prev = tr[len(tr)-2]
	}
	last := tr[len(tr)-1]
	var ch []Change
	for _, d := range v.Meters() {
		if a, ok := last[d.ID]; ok {
			ch = append(ch, Change{Target: d.ID, Delta: a - prev[d.ID]})
		}
	}
	return v.MoodOf(ch)
}

// CareerMood is how the player takes the whole career at the report: the
// facility's meters from the first week to now (neutral without a manager's job).
func (v View) CareerMood() Mood {
	if v.st.MetersStart == nil {
		return MoodNeutral
	}
	var ch []Change
	for _, d := range v.Meters() {
		ch = append(ch, Change{Target: d.ID, Delta: v.Meter(d.ID) - v.MeterStart(d.ID)})
	}
	return v.MoodOf(ch)
}

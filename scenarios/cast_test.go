package scenarios

import (
	"strings"
	"testing"
)

// Every speaking person in the built-in content has a character in the cast, and one
// name is always one character (and one character one name), so a person keeps one
// face from scenario to scenario.
func TestEveryWhoHasOneCharacter(t *testing.T) {
	c, err := BuiltinYAML()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Cast) == 0 {
		t.Fatal("no cast loaded")
	}
	byName, byID := map[string]string{}, map[string]string{}
	for _, sc := range c.Scenarios {
		name := WhoName(sc.Who["en"])
		ch := c.Character(sc.Character)
		if ch == nil {
			t.Errorf("%s:%d: %s: who %q has no character (%q)", sc.File, sc.Line, sc.ID, name, sc.Character)
			continue
		}
		if id, ok := byName[name]; ok && id != ch.ID {
			t.Errorf("%s: %q is character %q here and %q elsewhere", sc.ID, name, ch.ID, id)
		}
		if n, ok := byID[ch.ID]; ok && n != name {
			t.Errorf("%s: character %q is %q here and %q elsewhere", sc.ID, ch.ID, name, n)
		}
		byName[name], byID[ch.ID] = ch.ID, name
	}
	// the cast stays varied: several skin tones, clothes and face shapes
	for part, get := range map[string]func(i int) string{
		"skin":    func(i int) string { return c.Cast[i].Skin },
		"clothes": func(i int) string { return c.Cast[i].Clothes },
		"face":    func(i int) string { return c.Cast[i].Face },
		"hair":    func(i int) string { return c.Cast[i].Hair },
	} {
		seen := map[string]int{}
		for i := range c.Cast {
			if c.Cast[i].Kind != "notice" {
				seen[get(i)]++
			}
		}
		if len(seen) < 4 {
			t.Errorf("the cast has only %d kinds of %s: %v", len(seen), part, seen)
		}
	}
}

// A pack may bring its own people; an unknown id, a name that contradicts the who
// line and a part the portrait cannot draw are file:line problems.
func TestPackCast(t *testing.T) {
	base := builtinContent(t)
	cast := `cast:
  - id: ana-ruiz
    name: Ana Ruiz
    face: round
    skin: olive
    hair: bun
    hair_color: black
    clothes: lab_coat
    extras: [glasses]
`
	good := cast + strings.Replace(goodPack, "    who: Ana Ruiz, lab manager\n", "    who: Ana Ruiz, lab manager\n    character: ana-ruiz\n", 1)
	c, err := WithPack(base, onePack(good))
	if err != nil {
		t.Fatalf("a pack with its own cast: %v", err)
	}
	if ch := c.Character("ana-ruiz"); ch == nil || ch.File != "pack/x.yaml" || ch.Line != 2 {
		t.Errorf("the pack's character: %+v", ch)
	}
	if base.Character("ana-ruiz") != nil {
		t.Error("WithPack changed the base cast")
	}
	for _, tc := range []struct{ name, data, want string }{
		{"unknown id", strings.Replace(good, "character: ana-ruiz", "character: ana-ruis", 1), `pack/x.yaml:19: character: unknown character "ana-ruis"`},
		{"another person's id", strings.Replace(good, "character: ana-ruiz", "character: dana-whitfield", 1), `pack/x.yaml:19: character: "dana-whitfield" is Dana Whitfield, but who: names "Ana Ruiz"`},
		{"bad skin", strings.Replace(good, "skin: olive", "skin: green", 1), `pack/x.yaml:5: skin: "green": use one of light`},
		{"bad extra", strings.Replace(good, "[glasses]", "[glasses, cape]", 1), `pack/x.yaml:9: extras: "cape"`},
		{"duplicate id", strings.Replace(good, "id: ana-ruiz", "id: dana-whitfield", 1), `pack/x.yaml:2: id: duplicate character id "dana-whitfield" (also at manager/cast.yaml:`},
	} {
		_, err := WithPack(base, onePack(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.want)
		}
	}
}

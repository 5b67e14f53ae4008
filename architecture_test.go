package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The shape ARCHITECTURE.md promises, checked on the source: duties are registered,
// never switched on; the session stays thin; scenes read the run through a read-only
// view and change it only through commands; the state keeps no rendered English.
func TestTheShapeOfTheHouse(t *testing.T) {
	files := map[string]string{}
	for _, dir := range []string{"game", "scenes", "scenarios", "cmd"} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
				b, _ := os.ReadFile(p)
				files[p] = string(b)
			}
			return nil
		})
	}
	if len(files) < 20 {
		t.Fatalf("read only %d source files", len(files))
	}
	sessionMethods := 0
	for p, src := range files {
		for i, line := range strings.Split(src, "\n") {
			where := p + ":" + itoa(i+1)
			if regexp.MustCompile(`case .*Sys[A-Z]`).MatchString(line) {
				t.Errorf("%s: a switch over duty ids (register the duty in game.Duties instead): %s", where, strings.TrimSpace(line))
			}
			if strings.Contains(line, "In(DefaultLang)") || strings.Contains(line, "In(game.DefaultLang)") {
				t.Errorf("%s: content rendered to English in the core: %s", where, strings.TrimSpace(line))
			}
			if strings.HasPrefix(p, "scenes") && (strings.Contains(line, ".State()") || strings.Contains(line, ".Edit(") || strings.Contains(line, "Session.S.")) {
				t.Errorf("%s: a scene reaches into the mutable state (read View, send Commands): %s", where, strings.TrimSpace(line))
			}
			if strings.HasPrefix(line, "func (s *Session) ") && strings.HasPrefix(p, "game") {
				sessionMethods++
			}
		}
	}
	if sessionMethods > 60 {
		t.Errorf("Session has %d methods; keep it at most 60 (duties live in their modules)", sessionMethods)
	}
	t.Logf("Session methods: %d", sessionMethods)
}

func itoa(n int) string {
	s := ""
	for {
		s = string(rune('0'+n%10)) + s
		n /= 10
		if n == 0 {
			return s
		}
	}
}

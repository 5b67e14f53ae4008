package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDesktopKeyboardToReport builds the real game, runs it in a window on the
// test's X display (Xvfb in CI) and plays from the title to the career report with
// key presses sent by xdotool, taking a screenshot in each act.
func TestDesktopKeyboardToReport(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no DISPLAY: run the tests under xvfb-run (scripts/test does)")
		}
		t.Skip("no DISPLAY")
	}
	for _, tool := range []string{"xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing: scripts/test installs it", tool)
			}
			t.Skipf("%s is missing", tool)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "healthmanager")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	trace := filepath.Join(dir, "trace.txt")
	art := os.Getenv("HSM_ARTIFACTS")
	if art == "" {
		art = filepath.Join(os.TempDir(), "hsm-artifacts")
	}
	os.MkdirAll(art, 0o755)

	game := exec.Command(bin, "-seed", "3", "-weeks", "2", "-mode", "full", "-trace", trace, "-save", filepath.Join(dir, "save.json"))
	game.Stdout, game.Stderr = os.Stderr, os.Stderr
	if err := game.Start(); err != nil {
		t.Fatal(err)
	}
	defer game.Process.Kill()

	last := func() string {
		b, _ := os.ReadFile(trace)
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		return lines[len(lines)-1]
	}
	waitFor := func(prefix string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			if strings.HasPrefix(last(), prefix) {
				time.Sleep(300 * time.Millisecond) // let the fade-in end
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("waited for %q; the game is on %q", prefix, last())
	}
	xdo := func(args ...string) {
		t.Helper()
		if out, err := exec.Command("xdotool", args...).CombinedOutput(); err != nil {
			t.Fatalf("xdotool %v: %v\n%s", args, err, out)
		}
	}
	shot := func(name string) {
		exec.Command("import", "-window", "root", filepath.Join(art, "desktop-"+name+".png")).Run()
	}

	waitFor("scene=title")
	shot("title")
	xdo("key", "Return")
	waitFor("scene=modes")
	shot("modes")
	xdo("key", "Return") // -mode full: the full career is focused
	waitFor("scene=name")
	xdo("type", "--delay", "120", "Ava")
	xdo("key", "Return")
	waitFor("scene=intro act=school")
	seen := map[string]bool{}
	stuck, prev := 0, ""
	for n := 0; n < 400; n++ {
		cur := last()
		if cur == prev && !strings.HasPrefix(cur, "scene=pick-many") {
			stuck++
			if stuck > 8 {
				shot("stuck")
				t.Fatalf("the game did not move on from %q after %d key presses", cur, stuck)
			}
		} else {
			stuck = 0
		}
		prev = cur
		if strings.HasPrefix(cur, "scene=report") {
			break
		}
		act := ""
		for _, f := range strings.Fields(cur) {
			if strings.HasPrefix(f, "act=") {
				act = strings.TrimPrefix(f, "act=")
			}
		}
		if !seen[act] {
			seen[act] = true
			shot("act-" + act)
		}
		if strings.HasPrefix(cur, "scene=system-") {
			// a duty screen: End jumps to Done, wherever the screen put the focus first
			// (Shift+Tab three times only reaches Done from the first action, and the
			// staffing screen starts on its first ratio break)
			xdo("key", "End")
		}
		xdo("key", "Return")
		// wait for the screen to change (or a pick-many tick, which keeps the scene)
		deadline := time.Now().Add(3 * time.Second)
		for last() == cur && time.Now().Before(deadline) && !strings.HasPrefix(cur, "scene=pick-many") {
			time.Sleep(50 * time.Millisecond)
		}
		time.Sleep(150 * time.Millisecond)
	}
	waitFor("scene=report")
	shot("report")
	for _, act := range []string{"school", "college", "job", "manager"} {
		if !seen[act] {
			t.Errorf("the keyboard run never showed act %s", act)
		}
	}
}

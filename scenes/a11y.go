package scenes

import (
	"encoding/json"
	"hash/fnv"
	"strings"

	"github.com/hsmgame/healthmanager/scenes/ui"
)

// The browser's screen-reader mirror. The game draws its own text, which a screen
// reader cannot see, so the page keeps a hidden, semantic copy of the current screen
// (a heading, the text, the actions as buttons with their states) and announces
// changes. The game publishes what the top screen drew (A11y) a few times a second
// when it changed, and the page sends back the buttons a reader pressed or focused.

// A11y is the current screen for a screen reader.
type A11y struct {
	Lang    string     `json:"lang"`
	Scene   string     `json:"scene"`
	Heading string     `json:"heading"`
	Texts   []string   `json:"texts"`
	Items   []A11yItem `json:"items"`
	Focus   int        `json:"focus"`
}

// A11yItem is one action of the screen.
type A11yItem struct {
	Label    string `json:"label"`
	Disabled bool   `json:"disabled,omitempty"`
	Selected bool   `json:"selected,omitempty"`
	Done     bool   `json:"done,omitempty"`
}

// A11yEvent is what the page's mirror did: pressed or focused action Index.
type A11yEvent struct {
	Index int
	Press bool
}

// menuScene is a screen whose actions are a menu (most screens).
type menuScene interface{ menuOf() *menu }

func (n *stepNav) menuOf() *menu     { return &n.m }
func (k *DutyKit) menuOf() *menu     { return &k.m }
func (e *entry) menuOf() *menu       { return &e.m }
func (o *overlay) menuOf() *menu     { return &o.m }
func (s *ErrorScene) menuOf() *menu  { return &s.m }
func (s *ModeScene) menuOf() *menu   { return &s.m }
func (s *ReportScene) menuOf() *menu { return &s.m }
func (s *SavesScene) menuOf() *menu  { return &s.m }
func (s *TeacherScene) menuOf() *menu {
	return &s.m
}
func (s *TitleScene) menuOf() *menu { return &s.m }
func (s *WeekScene) menuOf() *menu  { return &s.m }

// a11yEvery is how often (in ticks) the mirror is checked for a change.
const a11yEvery = 12

// a11yRecord turns recording on for the top screen's drawing this frame, when the
// mirror is wanted and it is time to look.
func (a *App) a11yRecord() bool {
	if a.ctx.A11y == nil {
		return false
	}
	a.a11yTick++
	return a.a11yTick%a11yEvery == 1
}

// a11yPublish hashes what the top screen drew with its actions and focus, and when
// that changed, sends the mirror to the page.
func (a *App) a11yPublish(drawn []ui.Drawn) {
	top := a.Top()
	var m *menu
	if ms, ok := top.(menuScene); ok {
		m = ms.menuOf()
	}
	h := fnv.New64a()
	h.Write([]byte(top.Name()))
	for _, d := range drawn {
		h.Write([]byte(d.Text))
		h.Write([]byte{0})
	}
	if m != nil {
		h.Write([]byte{byte(m.focus), byte(m.focus >> 8), byte(len(m.items))})
		for i := range m.items {
			b := &m.items[i]
			h.Write([]byte{flag(b.Disabled), flag(b.Selected), flag(b.Done)})
		}
	}
	sum := h.Sum64()
	if sum == a.a11yHash {
		return
	}
	a.a11yHash = sum
	a.ctx.A11y(a.a11ySnapshot(top, m, drawn))
}

func flag(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// a11ySnapshot builds the mirror: the largest line drawn is the heading, the other
// lines (not an action's own words) the text, in drawing order.
func (a *App) a11ySnapshot(top Scene, m *menu, drawn []ui.Drawn) string {
	out := A11y{Lang: a.ctx.Lang, Scene: top.Name(), Focus: -1, Texts: []string{}, Items: []A11yItem{}}
	inItems := map[string]bool{}
	if m != nil {
		out.Focus = m.focus
		for i := range m.items {
			b := &m.items[i]
			label := strings.TrimSpace(strings.Join(b.Title.Lines, " "))
			if l, ok := top.(interface{ a11yLabel(int) string }); ok && label == "" {
				label = l.a11yLabel(i)
			}
			if b.Prefix != "" {
				label = b.Prefix + " " + label
			}
			if len(b.Detail.Lines) > 0 {
				label += ". " + strings.Join(b.Detail.Lines, " ")
			}
			for _, l := range b.Title.Lines {
				inItems[l] = true
			}
			for _, l := range b.Detail.Lines {
				inItems[l] = true
			}
			inItems[b.Prefix] = true
			out.Items = append(out.Items, A11yItem{Label: strings.TrimSpace(label), Disabled: b.Disabled, Selected: b.Selected, Done: b.Done})
		}
	}
	big := -1.0
	for _, d := range drawn {
		if d.Size > big && strings.TrimSpace(d.Text) != "" && !inItems[d.Text] {
			big, out.Heading = d.Size, d.Text
		}
	}
	seen := map[string]bool{out.Heading: true}
	for _, d := range drawn {
		t := strings.TrimSpace(d.Text)
		if t == "" || inItems[d.Text] || seen[t] {
			continue
		}
		seen[t] = true
		out.Texts = append(out.Texts, t)
	}
	b, _ := json.Marshal(out)
	return string(b)
}

// a11yTake applies what the page's mirror did this tick: a focus moves the game's
// focus; a press focuses the action and chooses it.
func (a *App) a11yTake(in *Input) {
	if a.ctx.A11yEvents == nil {
		return
	}
	select {
	case ev := <-a.ctx.A11yEvents:
		ms, ok := a.Top().(menuScene)
		if !ok {
			return
		}
		m := ms.menuOf()
		if ev.Index < 0 || ev.Index >= len(m.items) {
			return
		}
		m.focus = ev.Index
		if ev.Press && !m.items[ev.Index].Disabled {
			in.Enter, in.Choose = true, true
		}
		a.a11yHash = 0 // publish the new state
	default:
	}
}
func (s *SettingsScene) menuOf() *menu { return &s.m }

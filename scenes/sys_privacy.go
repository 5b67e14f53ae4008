package scenes

import (
	"strings"

	"github.com/hsmgame/healthmanager/game"
	"github.com/hsmgame/healthmanager/scenes/ui"
)

// PrivacyScene is the HIPAA duty screen: three columns on one screen. (1) Sort nine
// safeguard cards into administrative, physical and technical, and ask for a check;
// (2) pick staff groups to train within the week's hours; (3) tick who must hear about
// this week's breach, and by when.
type PrivacyScene struct {
	sysBase
	m menu

	cards, check, groups, notices, rules int // first menu index of each part
	own                                  int // number of own items (base items follow)

	cardName  []string
	cardKind  []string
	cardRight []bool
	checked   bool
	status    string

	groupName, groupAbout, groupHours []string
	groupOn                           []bool
	hours, risk                       ui.Block
	riskFrac                          float64
	msg                               ui.Block

	incident, enc, ask ui.Block
	noticeText         []ui.Block
	noticeOn           []bool
	flags              ui.Block
	flagsW             float64

	cardStyle ui.Style
}

// Column geometry inside SysArea.
const (
	pvAX, pvAW = 40.0, 470.0
	pvBX, pvBW = 530.0, 320.0
	pvCX, pvCW = 870.0, 370.0
	pvTop      = 154.0
)

// Name implements Scene.
func (s *PrivacyScene) Name() string { return "system-privacy" }

// Layout implements Scene.
func (s *PrivacyScene) Layout(ctx *Context) {
	focus := s.m.focus
	s.layoutBase(ctx)
	fs := ctx.Fonts
	d := ctx.Session.LegacyState().Sys.Privacy
	if d == nil {
		s.m.items = s.baseItems()
		return
	}
	var items []ui.Button
	hit := func(r ui.Rect) {
		items = append(items, ui.Button{R: r, Kind: ui.Quiet, Title: ui.Block{Lines: []string{""}, Style: ui.Small}})
	}

	// 1. the sort
	s.cards = 0
	s.cardName, s.cardKind, s.cardRight = nil, nil, nil
	s.cardStyle = ui.Style{Size: 16, Bold: true, Color: ui.Ink}
	for _, c := range d.Cards {
		if fs.Width(ctx.T("sys.privacy.card."+c.ID), s.cardStyle) > 240 {
			s.cardStyle.Size = 15
		}
	}
	for i, c := range d.Cards {
		s.cardName = append(s.cardName, ctx.T("sys.privacy.card."+c.ID))
		s.cardKind = append(s.cardKind, ctx.T("sys.privacy.kind."+c.Placed))
		s.cardRight = append(s.cardRight, c.Right())
		hit(ui.Rect{X: pvAX, Y: pvTop + 54 + float64(i)*40, W: pvAW, H: 34})
	}
	s.check = len(items)
	chk := ui.NewQuiet(fs, ctx.T("sys.privacy.check"), pvAX, pvTop+54+float64(len(d.Cards))*40+4)
	items = append(items, chk)
	s.checked = d.Checked
	s.status = ctx.T("sys.privacy.not_checked")
	if d.Checked {
		s.status = ctx.T("sys.privacy.checked", itoa(d.SortRight()), itoa(len(d.Cards)))
	}

	// 2. training
	s.groups = len(items)
	s.groupName, s.groupAbout, s.groupHours, s.groupOn = nil, nil, nil, nil
	for i, g := range d.Groups {
		s.groupName = append(s.groupName, ctx.T("sys.privacy.group."+g.ID))
		s.groupAbout = append(s.groupAbout, ctx.T("sys.privacy.group."+g.ID+".about"))
		s.groupHours = append(s.groupHours, ctx.T("sys.privacy.group.hours", itoa(g.Hours)))
		s.groupOn = append(s.groupOn, g.Trained)
		hit(ui.Rect{X: pvBX, Y: pvTop + 62 + float64(i)*64, W: pvBW, H: 56})
	}
	s.hours = fs.NewBlock(ctx.T("sys.privacy.hours", itoa(d.HoursUsed()), itoa(d.HoursMax)), ui.Style{Size: 17, Bold: true, Color: ui.Ink}, pvBW)
	s.risk = fs.NewBlock(ctx.T("sys.privacy.risk", itoa(d.IncidentRisk())), ui.Style{Size: 15, Bold: true, Color: ui.Ink}, pvBW)
	s.riskFrac = float64(d.IncidentRisk()) / 100

	// 3. the breach
	b := d.Breach
	body := ui.Style{Size: 15, Color: ui.Ink}
	s.incident = fs.NewBlock(ctx.T("sys.privacy.breach."+b.Kind, b.PeopleText()), body, pvCW)
	enc := "enc_no"
	switch {
	case b.Kind == game.BreachMailing:
		enc = "enc_paper"
	case b.Encrypted:
		enc = "enc_yes"
	}
	s.enc = fs.NewBlock(ctx.T("sys.privacy.breach."+enc), ui.Style{Size: 15, Bold: true, Color: ui.Ink}, pvCW)
	s.ask = fs.NewBlock(ctx.T("sys.privacy.breach.ask"), ui.Style{Size: 15, Color: ui.InkSoft}, pvCW)
	y := pvTop + 34 + s.incident.Height() + 4 + s.enc.Height() + 4 + s.ask.Height() + 6
	s.notices = len(items)
	s.noticeText, s.noticeOn = nil, nil
	for _, n := range d.Notices {
		t := fs.NewBlock(ctx.T("sys.privacy.notice."+n.ID), ui.Style{Size: 15, Color: ui.Ink}, pvCW-46)
		h := t.Height() + 14
		if h < 36 {
			h = 36
		}
		s.noticeText = append(s.noticeText, t)
		s.noticeOn = append(s.noticeOn, n.Ticked)
		hit(ui.Rect{X: pvCX, Y: y, W: pvCW, H: h})
		y += h + 5
	}
	// the rules card, under the notices (and never below the content area)
	s.rules = len(items)
	rb := ui.NewQuiet(fs, ctx.T("sys.privacy.rules"), 0, min(y+4, SysArea.Y+SysArea.H-44))
	rb.R.X = pvCX + pvCW - rb.R.W
	items = append(items, rb)
	s.own = len(items)

	var flags []string
	for _, l := range d.Flags() {
		flags = append(flags, ctx.R(l))
	}
	s.flagsW = ui.W - 40 - (s.back.R.X + s.back.R.W + 24)
	s.flags = fs.NewBlock(strings.Join(flags, "   "), ui.Style{Size: 15, Color: ui.InkSoft}, s.flagsW)

	s.m.items = append(items, s.baseItems()...)
	s.m.focus = focus
	if s.m.focus >= len(s.m.items) {
		s.m.focus = 0
	}
}

// Update implements Scene.
func (s *PrivacyScene) Update(ctx *Context, in *Input) error {
	d := ctx.Session.LegacyState().Sys.Privacy
	if in.Fact {
		ctx.Push(&FactScene{Fact: s.rulesFact(ctx)})
		return nil
	}
	// Letters file the focused card: A administrative, P physical, T technical.
	if f := s.m.focus; d != nil && f >= s.cards && f < s.cards+len(d.Cards) {
		for _, r := range in.Chars {
			kind := map[rune]string{'a': game.Administrative, 'p': game.Physical, 't': game.Technical}[r|0x20]
			if kind != "" {
				s.run(ctx, func(g *game.Session) error { return g.PlaceSafeguard(f-s.cards, kind) })
			}
		}
	}
	i := s.m.handle(in)
	switch {
	case in.Back || i >= s.own:
		s.handleBase(ctx, in, i-s.own)
	case i < 0:
	case i < s.check:
		s.run(ctx, func(g *game.Session) error { return g.CycleSafeguard(i - s.cards) })
	case i == s.check:
		s.run(ctx, (*game.Session).CheckSafeguards)
	case i < s.notices:
		if err := s.run(ctx, func(g *game.Session) error { return g.ToggleTraining(i - s.groups) }); err != nil {
			s.msg = ctx.Fonts.NewBlock(ctx.T("sys.privacy.msg.hours_full"), ui.Style{Size: 15, Bold: true, Color: ui.Bad}, s.flagsW)
		}
	case i < s.rules:
		s.run(ctx, func(g *game.Session) error { return g.ToggleNotice(i - s.notices) })
	default:
		ctx.Push(&FactScene{Fact: s.rulesFact(ctx)})
	}
	return nil
}

// run applies a command that keeps the screen open, saves, and re-lays out in place so
// the focus stays where it was.
func (s *PrivacyScene) run(ctx *Context, cmd func(*game.Session) error) error {
	if err := cmd(ctx.Session); err != nil {
		return err
	}
	s.msg = ui.Block{}
	ctx.save()
	s.Layout(ctx)
	return nil
}

// rulesFact is the breach-notification fact card (HHS Breach Notification Rule).
func (s *PrivacyScene) rulesFact(ctx *Context) game.Fact {
	return game.Fact{Text: game.Text{ctx.Lang: ctx.T("sys.privacy.fact.text")}, Source: ctx.T("sys.privacy.fact.source"), Year: 2024}
}

// Draw implements Scene.
func (s *PrivacyScene) Draw(ctx *Context, c *ui.Canvas) {
	s.drawBase(ctx, c, s.m.focus == len(s.m.items)-1)
	if s.own == 0 {
		s.m.draw(c)
		return
	}
	head := ui.Style{Size: 21, Bold: true, Color: ui.Teal}
	small := ui.Small

	// 1. the sort
	c.Text(ctx.T("sys.privacy.h.sort"), pvAX, pvTop, head)
	c.Text(ctx.T("sys.privacy.hint.sort"), pvAX, pvTop+28, small)
	for k := range s.cardName {
		i := s.cards + k
		r := s.m.items[i].R
		bg := ui.Card
		if s.m.hover == i {
			bg = ui.CardHover
		}
		c.FillRect(r, bg)
		c.StrokeRect(r, 1.5, ui.Line)
		c.Text(s.cardName[k], r.X+10, r.Y+8, s.cardStyle)
		pill := ui.Rect{X: r.X + 250, Y: r.Y + 4, W: 130, H: 26}
		c.FillRect(pill, ui.Selected)
		c.StrokeRect(pill, 1.5, ui.Teal)
		c.TextCenter(s.cardKind[k], pill.X+pill.W/2, pill.Y+4, ui.Style{Size: 15, Bold: true, Color: ui.Teal})
		if s.checked {
			mx := pill.X + pill.W + 8
			if s.cardRight[k] {
				privacyTick(c, ui.Rect{X: mx, Y: r.Y + 9, W: 16, H: 16})
				c.Text(ctx.T("sys.privacy.mark.right"), mx+20, r.Y+8, ui.Style{Size: 15, Bold: true, Color: ui.Good})
			} else {
				privacyCross(c, ui.Rect{X: mx, Y: r.Y + 9, W: 16, H: 16})
				c.Text(ctx.T("sys.privacy.mark.wrong"), mx+20, r.Y+8, ui.Style{Size: 15, Bold: true, Color: ui.Bad})
			}
		}
	}
	chk := s.m.items[s.check]
	chk.Draw(c, false, s.m.hover == s.check)
	col := ui.InkSoft
	if s.checked {
		col = ui.Ink
	}
	c.Text(s.status, chk.R.X+chk.R.W+16, chk.R.Y+12, ui.Style{Size: 16, Bold: true, Color: col})

	// 2. training
	c.Text(ctx.T("sys.privacy.h.train"), pvBX, pvTop, head)
	c.Block(s.hours, pvBX, pvTop+30)
	for k := range s.groupName {
		i := s.groups + k
		r := s.m.items[i].R
		bg := ui.Card
		switch {
		case s.groupOn[k]:
			bg = ui.Selected
		case s.m.hover == i:
			bg = ui.CardHover
		}
		c.FillRect(r, bg)
		edge := ui.Line
		if s.groupOn[k] {
			edge = ui.Teal
		}
		c.StrokeRect(r, 1.5, edge)
		box := ui.Rect{X: r.X + 10, Y: r.Y + 10, W: 22, H: 22}
		c.FillRect(box, ui.White)
		c.StrokeRect(box, 2, ui.Teal)
		if s.groupOn[k] {
			privacyTick(c, box)
		}
		c.Text(s.groupName[k], r.X+42, r.Y+7, ui.Style{Size: 17, Bold: true, Color: ui.Ink})
		c.TextRight(s.groupHours[k], r.X+r.W-10, r.Y+7, ui.Style{Size: 17, Bold: true, Color: ui.Teal})
		c.Text(s.groupAbout[k], r.X+42, r.Y+31, ui.Style{Size: 15, Color: ui.InkSoft})
	}
	ry := s.m.items[s.groups+len(s.groupName)-1].R.Y + 66
	ry += c.Block(s.risk, pvBX, ry) + 4
	barCol := ui.TealLight
	if s.riskFrac >= 0.5 {
		barCol = ui.Bad
	}
	ui.Bar(c, ui.Rect{X: pvBX, Y: ry, W: pvBW, H: 12}, s.riskFrac, barCol)
	c.StrokeRect(ui.Rect{X: pvBX, Y: ry, W: pvBW, H: 12}, 1, ui.InkSoft)

	// 3. the breach
	c.Text(ctx.T("sys.privacy.h.breach"), pvCX, pvTop, head)
	y := pvTop + 34
	y += c.Block(s.incident, pvCX, y) + 4
	y += c.Block(s.enc, pvCX, y) + 4
	c.Block(s.ask, pvCX, y)
	for k := range s.noticeText {
		i := s.notices + k
		r := s.m.items[i].R
		bg := ui.Card
		switch {
		case s.noticeOn[k]:
			bg = ui.Selected
		case s.m.hover == i:
			bg = ui.CardHover
		}
		c.FillRect(r, bg)
		edge := ui.Line
		if s.noticeOn[k] {
			edge = ui.Teal
		}
		c.StrokeRect(r, 1.5, edge)
		box := ui.Rect{X: r.X + 10, Y: r.Y + (r.H-22)/2, W: 22, H: 22}
		c.FillRect(box, ui.White)
		c.StrokeRect(box, 2, ui.Teal)
		if s.noticeOn[k] {
			privacyTick(c, box)
		}
		c.Block(s.noticeText[k], r.X+42, r.Y+7)
	}
	rb := s.m.items[s.rules]
	rb.Draw(c, false, s.m.hover == s.rules)

	// a refusal, then the flags, beside Back (two lines at most)
	fx, fy := s.back.R.X+s.back.R.W+24, float64(ui.H-68)
	if len(s.msg.Lines) > 0 {
		c.Text(s.msg.Lines[0], fx, fy, s.msg.Style)
		fy += s.msg.LineH
	}
	for _, l := range s.flags.Lines {
		if fy > ui.H-30 {
			break
		}
		c.Text(l, fx, fy, s.flags.Style)
		fy += s.flags.LineH
	}

	// base buttons, then the focus ring on top of everything
	for i := s.own; i < len(s.m.items); i++ {
		s.m.items[i].Draw(c, false, s.m.hover == i)
	}
	if f := s.m.focus; f >= 0 && f < len(s.m.items) {
		ui.FocusRing(c, s.m.items[f].R)
	}
}

// privacyTick draws a tick in box: a sign, not only a colour.
func privacyTick(c *ui.Canvas, box ui.Rect) {
	c.Line(box.X+box.W*0.18, box.Y+box.H*0.55, box.X+box.W*0.42, box.Y+box.H*0.82, 3, ui.Good)
	c.Line(box.X+box.W*0.42, box.Y+box.H*0.82, box.X+box.W*0.86, box.Y+box.H*0.18, 3, ui.Good)
}

// privacyCross draws a cross in box.
func privacyCross(c *ui.Canvas, box ui.Rect) {
	c.Line(box.X+2, box.Y+2, box.X+box.W-2, box.Y+box.H-2, 3, ui.Bad)
	c.Line(box.X+box.W-2, box.Y+2, box.X+2, box.Y+box.H-2, 3, ui.Bad)
}

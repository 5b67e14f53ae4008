package scenes

import (
	"github.com/hsmgame/healthmanager/game"
)

// changeText renders one change as "Operating margin +0.3% (better)", so its meaning
// never depends on colour.
func changeText(ctx *Context, ch game.Change) (label, amount string, better bool) {
	var v game.View // no run: a band meter is judged by its direction alone
	if ctx.Session != nil {
		v = ctx.Session.View()
	}
	better = v.ChangeBetter(ch)
	switch {
	case game.Meter(ch.Target) != nil:
		d := game.Meter(ch.Target)
		label = ctx.T("meter." + ch.Target + ".name")
		amount = ctx.F(d.SignedArg(ch.Delta))
	case ch.Target == game.PlayerStress:
		label, amount = ctx.T("stat.stress"), ctx.F(game.SignedNumArg(ch.Delta, 0))
	case ch.Target == game.PlayerMoney:
		label, amount = ctx.T("stat.money"), ctx.F(game.SignedMoneyArg(int(ch.Delta)))
	case ch.Target == game.PlayerDebt:
		label, amount = ctx.T("stat.debt"), ctx.F(game.SignedMoneyArg(int(ch.Delta)))
	default:
		label = ch.Target
		if sk := ctx.Content.Skill(ch.Target); sk != nil {
			label = ctx.X(sk.Name)
		}
		amount = ctx.F(game.SignedNumArg(ch.Delta, 0))
	}
	return label, amount, better
}

// signedMeter is a meter's change with its sign and unit, in the player's language.
func signedMeter(ctx *Context, d *game.MeterDef, v float64) string { return ctx.F(d.SignedArg(v)) }

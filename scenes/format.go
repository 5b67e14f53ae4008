package scenes

import (
	"github.com/hsmgame/healthmanager/game"
)

// changeText renders one change as "Operating margin +0.3% (better)", so its meaning
// never depends on colour.
func changeText(ctx *Context, ch game.Change) (label, amount string, better bool) {
	switch {
	case game.Meter(ch.Target) != nil:
		d := game.Meter(ch.Target)
		label = ctx.T("meter." + ch.Target + ".name")
		amount = ctx.F(d.SignedArg(ch.Delta))
		better = d.Better(0, ch.Delta)
		if d.Good == game.InBand && ctx.Session != nil {
			// a band meter's change is better when it ends nearer the band
			better = d.BetterChange(ctx.Session.View().Meter(ch.Target), ch.Delta)
		}
	case ch.Target == game.PlayerStress:
		label, amount, better = ctx.T("stat.stress"), ctx.F(game.SignedNumArg(ch.Delta, 0)), ch.Delta < 0
	case ch.Target == game.PlayerMoney:
		label, amount, better = ctx.T("stat.money"), ctx.F(game.SignedMoneyArg(int(ch.Delta))), ch.Delta > 0
	case ch.Target == game.PlayerDebt:
		label, amount, better = ctx.T("stat.debt"), ctx.F(game.SignedMoneyArg(int(ch.Delta))), ch.Delta < 0
	default:
		label = ch.Target
		if sk := ctx.Content.Skill(ch.Target); sk != nil {
			label = ctx.X(sk.Name)
		}
		amount, better = ctx.F(game.SignedNumArg(ch.Delta, 0)), ch.Delta > 0
	}
	return label, amount, better
}

// signedMeter is a meter's change with its sign and unit, in the player's language.
func signedMeter(ctx *Context, d *game.MeterDef, v float64) string { return ctx.F(d.SignedArg(v)) }

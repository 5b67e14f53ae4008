package scenes

import (
	"strconv"

	"github.com/hsmgame/healthmanager/game"
)

// catalogFact is a fact card written in the catalog under key: key.text, key.source
// and key.year (sys.staffing.fact.hire, say).
func catalogFact(ctx *Context, key string) game.Fact {
	year, _ := strconv.Atoi(ctx.T(key + ".year"))
	return game.Fact{
		Text:   game.Text{ctx.Lang: ctx.T(key + ".text")},
		Source: ctx.T(key + ".source"),
		Year:   year,
	}
}

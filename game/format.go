package game

import (
	"math"
	"strconv"
	"strings"
)

// Numbers, money and units in a Line are kept as language-neutral markers and
// formatted when the Line is rendered, from the catalog's "fmt.*" entries (the
// thousands and decimal signs, the money and unit templates), so the state holds no
// English and Spanish is data.

// argMark starts a formatted argument: "\x1f<kind>:<value>[:<decimals>]".
const argMark = "\x1f"

// MoneyArg is a dollar amount as a Line argument: "$104,830" in English.
func MoneyArg(n int) string { return argMark + "money:" + strconv.Itoa(n) }

// SignedMoneyArg is a dollar change with its sign: "+$1,200", "-$300".
func SignedMoneyArg(n int) string { return argMark + "smoney:" + strconv.Itoa(n) }

// NumArg is a number with a fixed count of decimals as a Line argument.
func NumArg(v float64, decimals int) string {
	return argMark + "num:" + strconv.FormatFloat(v, 'f', decimals, 64) + ":" + strconv.Itoa(decimals)
}

// UnitArg is a number with a unit ("days", "min", "h", "%") as a Line argument.
func UnitArg(v float64, decimals int, unit string) string {
	return argMark + "unit." + unit + ":" + strconv.FormatFloat(v, 'f', decimals, 64) + ":" + strconv.Itoa(decimals)
}

// SignedNumArg is a change with its sign: "+1.5", "-3".
func SignedNumArg(v float64, decimals int) string {
	return argMark + "snum:" + strconv.FormatFloat(v, 'f', decimals, 64) + ":" + strconv.Itoa(decimals)
}

// SignedUnitArg is a change with its sign and unit: "+4 min", "-0.3 pts".
func SignedUnitArg(v float64, decimals int, unit string) string {
	return argMark + "sunit." + unit + ":" + strconv.FormatFloat(v, 'f', decimals, 64) + ":" + strconv.Itoa(decimals)
}

// Arg is a meter value with its unit, as a Line argument ("1.4%", "161 days").
func (d *MeterDef) Arg(v float64) string {
	if d.Unit == "" {
		return NumArg(v, d.Decimals)
	}
	return UnitArg(v, d.Decimals, d.Unit)
}

// SignedArg is a change of the meter with its sign and unit; a percentage meter
// moves in points ("+0.3 pts"), and a change under one shows one decimal.
func (d *MeterDef) SignedArg(v float64) string {
	dec := d.Decimals
	if dec == 0 && math.Abs(v) < 1 && v != 0 {
		dec = 1
	}
	switch d.Unit {
	case "":
		return SignedNumArg(v, dec)
	case "%":
		return SignedUnitArg(v, dec, "pts")
	}
	return SignedUnitArg(v, dec, d.Unit)
}

// FormatArg renders one Line argument with the catalog's number, money and unit
// formats; a plain string is returned as it is.
func FormatArg(a string, cat Catalog) string { return formatArg(a, cat) }

// moneyArg and numArg are the package's short names.
func moneyArg(n int) string                     { return MoneyArg(n) }
func numArg(v float64, decimals int) string     { return NumArg(v, decimals) }
func unitArg(v float64, d int, u string) string { return UnitArg(v, d, u) }

// formatArg renders one argument in the catalog's language; plain strings pass.
func formatArg(a string, cat Catalog) string {
	if !strings.HasPrefix(a, argMark) {
		return a
	}
	kind, rest, _ := strings.Cut(a[len(argMark):], ":")
	val, dec, _ := strings.Cut(rest, ":")
	switch kind {
	case "money", "smoney":
		n, _ := strconv.Atoi(val)
		sign := ""
		if n < 0 {
			sign, n = "-", -n
		} else if kind == "smoney" {
			sign = "+"
		}
		return sign + fill(catOr(cat, "fmt.money", "${0}"), group(strconv.Itoa(n), cat))
	case "num":
		return number(val, dec, cat)
	case "snum":
		return withSign(val, number(val, dec, cat))
	}
	signedUnit := strings.HasPrefix(kind, "sunit.")
	if signedUnit {
		kind = kind[1:]
	}
	if unit, ok := strings.CutPrefix(kind, "unit."); ok {
		tpl := catOr(cat, "fmt.unit."+unit, "{0} "+unit)
		if unit == "%" {
			tpl = catOr(cat, "fmt.unit.pct", "{0}%")
		}
		n := number(val, dec, cat)
		if signedUnit {
			n = withSign(val, n)
		}
		return fill(tpl, n)
	}
	return val
}

// withSign puts a "+" before a positive number (a negative one has its "-").
func withSign(val, s string) string {
	if f, err := strconv.ParseFloat(val, 64); err == nil && f > 0 {
		return "+" + s
	}
	if f, err := strconv.ParseFloat(val, 64); err == nil && f < 0 && !strings.HasPrefix(s, "-") {
		return "-" + s // a value that rounds to zero never reads "-0"
	}
	return s
}

// number groups the integer part and swaps the decimal sign for the language's.
func number(val, dec string, cat Catalog) string {
	neg := strings.HasPrefix(val, "-")
	val = strings.TrimPrefix(val, "-")
	ip, fp, _ := strings.Cut(val, ".")
	s := group(ip, cat)
	if fp != "" && dec != "0" {
		s += catOr(cat, "fmt.decimal", ".") + fp
	}
	if neg {
		if f, err := strconv.ParseFloat(val, 64); err == nil && f != 0 {
			s = "-" + s
		}
	}
	return s
}

func group(digits string, cat Catalog) string {
	sep := catOr(cat, "fmt.thousands", ",")
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func catOr(cat Catalog, key, def string) string {
	if s, ok := cat[key]; ok {
		return s
	}
	return def
}

func fill(tpl, v string) string { return strings.Replace(tpl, "{0}", v, 1) }

// roundMoney rounds a float dollar figure for MoneyArg.
func roundMoney(v float64) int { return int(math.Round(v)) }

// argNumber reads the number an argument carries: a formatted number or money
// marker, or plain digits.
func argNumber(a string) (float64, bool) {
	if strings.HasPrefix(a, argMark) {
		_, rest, _ := strings.Cut(a[len(argMark):], ":")
		val, _, _ := strings.Cut(rest, ":")
		a = val
	}
	v, err := strconv.ParseFloat(strings.TrimPrefix(a, "+"), 64)
	return v, err == nil
}

package score

import (
	"strings"
	"time"

	"attache/fold"
)

// nameLevel tells how well a predicted entity's names match a gold
// entity's: 1 when the folded names are equal, 2 when the predicted name is
// a gold alias or a predicted alias is the gold name, 0 for no match.
// Matching prefers level 1 pairs, so that "Ministry of National Defence"
// is not taken by a prediction that only shares an alias with it.
func nameLevel(pName string, pAliases []string, gName string, gAliases []string) int {
	p, g := fold.Key(pName), fold.Key(gName)
	if p == "" || g == "" {
		return 0
	}
	if p == g {
		return 1
	}
	for _, a := range gAliases {
		if fold.Key(a) == p {
			return 2
		}
	}
	for _, a := range pAliases {
		if fold.Key(a) == g {
			return 2
		}
	}
	return 0
}

// NamesMatch reports whether a predicted entity matches a gold one by the
// rule of EXTRACTION.md: its folded name equals the gold name or a gold
// alias, or one of its own aliases equals the gold name.
func NamesMatch(pName string, pAliases []string, gName string, gAliases []string) bool {
	return nameLevel(pName, pAliases, gName, gAliases) > 0
}

// greedyNames pairs predicted and gold entities one-to-one: first every
// pair whose names are equal, then pairs matched through an alias, each in
// gold order. It returns, for every predicted entity, the index of its gold
// entity or -1.
func greedyNames(n, m int, level func(i, j int) int) []int {
	pred := make([]int, n)
	for i := range pred {
		pred[i] = -1
	}
	taken := make([]bool, m)
	for want := 1; want <= 2; want++ {
		for j := 0; j < m; j++ {
			for i := 0; i < n && !taken[j]; i++ {
				if pred[i] < 0 && level(i, j) == want {
					pred[i], taken[j] = j, true
				}
			}
		}
	}
	return pred
}

// DatesCompatible reports whether two event dates match: both null, equal,
// one a prefix of the other ("2024-12" and "2024-12-26"), or one range
// containing the other ("2025-12-08/2025-12-10" and "2025-12-09"). Each
// date is read as the span of days it covers; dates match when one span
// contains the other, which covers all three cases and ranges on both
// sides. Dates that cannot be read match only when equal as strings.
func DatesCompatible(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	x, y := strings.TrimSpace(*a), strings.TrimSpace(*b)
	if x == y {
		return true
	}
	alo, ahi, ok1 := parseDate(x)
	blo, bhi, ok2 := parseDate(y)
	if !ok1 || !ok2 {
		return false
	}
	within := func(lo, hi, outLo, outHi time.Time) bool { return !lo.Before(outLo) && !hi.After(outHi) }
	return within(alo, ahi, blo, bhi) || within(blo, bhi, alo, ahi)
}

// parseDate reads "2024", "2024-12", "2024-12-26" or a range "a/b" of
// those as the first and last day it covers.
func parseDate(s string) (lo, hi time.Time, ok bool) {
	if a, b, isRange := strings.Cut(s, "/"); isRange {
		lo, _, ok1 := parseDate(a)
		_, hi, ok2 := parseDate(b)
		if !ok1 || !ok2 || hi.Before(lo) || strings.Contains(b, "/") {
			return time.Time{}, time.Time{}, false
		}
		return lo, hi, true
	}
	s = strings.TrimSpace(s)
	for _, f := range []struct {
		layout     string
		y, m, days int // the span after the first day
	}{{"2006-01-02", 0, 0, 0}, {"2006-01", 0, 1, -1}, {"2006", 1, 0, -1}} {
		if len(s) != len(f.layout) {
			continue
		}
		if t, err := time.Parse(f.layout, s); err == nil {
			return t, t.AddDate(f.y, f.m, f.days), true
		}
	}
	return time.Time{}, time.Time{}, false
}

// QuantitiesMatch reports whether two quantities match: equal values and
// equal last word of the folded unit ("officers and doctors" ends in
// "doctors").
func QuantitiesMatch(a, b Quantity) bool {
	return a.Value == b.Value && lastWord(a.Unit) != "" && lastWord(a.Unit) == lastWord(b.Unit)
}

func lastWord(unit string) string {
	f := strings.Fields(fold.Key(unit))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

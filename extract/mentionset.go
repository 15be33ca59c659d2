package extract

import (
	"slices"

	"attache"
)

// manyMentions is the mention count above which a candidate looks up its
// mentions in a map rather than scanning them: a text repeating one name
// thousands of times would otherwise cost a scan per mention, quadratic
// time in all.
const manyMentions = 32

// spanIndex is the set of (Start, End) of a candidate's mentions, valid
// while the mentions slice is the one it was built from (same length, same
// first element, same last span). Stages that edit mentions directly
// (merges, filters) invalidate it by changing the slice; it is then
// rebuilt on the next lookup.
//
// Mentions mostly arrive in text order: one starting after every mention
// so far (maxStart) cannot repeat one, and needs no set. The set is made
// only when a mention arrives out of order, and kept up from then on.
type spanIndex struct {
	set      map[[2]int]bool // nil until a mention arrives out of order
	maxStart int             // the largest Start among the mentions
	n        int             // the mentions indexed; 0: no index
	first    *attache.Mention
	last     [2]int
}

// addMention appends m to c's mentions unless c already has a mention over
// the same bytes, and reports whether it did.
func (c *cand) addMention(m attache.Mention) bool {
	key := [2]int{m.Start, m.End}
	ix := &c.spans
	if len(c.mentions) < manyMentions {
		for _, old := range c.mentions {
			if old.Start == m.Start && old.End == m.End {
				return false
			}
		}
		c.mentions = append(c.mentions, m)
		*ix = spanIndex{} // any index is stale now
		return true
	}
	if !ix.valid(c.mentions) {
		ix.build(c.mentions)
	}
	if m.Start <= ix.maxStart {
		if ix.set == nil {
			ix.fill(c.mentions)
		}
		if ix.set[key] {
			return false
		}
	}
	if len(c.mentions) == cap(c.mentions) {
		// doubled, not by the quarter append adds to a long slice: an
		// entity named tens of thousands of times would copy its list of
		// mentions some thirty times
		c.mentions = slices.Grow(c.mentions, len(c.mentions))
	}
	c.mentions = append(c.mentions, m)
	if ix.set != nil {
		ix.set[key] = true
	}
	ix.maxStart = max(ix.maxStart, m.Start)
	ix.n = len(c.mentions)
	ix.first = &c.mentions[0]
	ix.last = key
	return true
}

func (ix *spanIndex) valid(ms []attache.Mention) bool {
	if ix.n == 0 || ix.n != len(ms) {
		return false
	}
	l := ms[len(ms)-1]
	return ix.first == &ms[0] && ix.last == [2]int{l.Start, l.End}
}

// build indexes ms (not empty) without a set.
func (ix *spanIndex) build(ms []attache.Mention) {
	*ix = spanIndex{maxStart: ms[0].Start, n: len(ms), first: &ms[0]}
	for _, m := range ms {
		ix.maxStart = max(ix.maxStart, m.Start)
	}
	l := ms[len(ms)-1]
	ix.last = [2]int{l.Start, l.End}
}

// fill makes the set of ms's spans.
func (ix *spanIndex) fill(ms []attache.Mention) {
	ix.set = make(map[[2]int]bool, len(ms))
	for _, m := range ms {
		ix.set[[2]int{m.Start, m.End}] = true
	}
}

// tokenRange returns the token indexes covering bytes [a, b): the first
// token starting at or after a, and the end of the run of tokens ending at
// or before b. Token offsets increase, so both are searches in order:
// the first from the last answer (mentions come mostly in text order),
// the end from the first (a mention is a few tokens long), each in steps
// that double before it halves, rather than over the whole text.
func (d *doc) tokenRange(a, b int) (int, int) {
	toks := d.toks
	s := gallop(len(toks), d.tokHint, func(i int) bool { return toks[i].Start >= a })
	e := max(s, gallop(len(toks), s, func(i int) bool { return toks[i].End > b }))
	d.tokHint = s
	return s, e
}

// gallop returns the least i in [0, n) for which after(i) holds, or n,
// for an after that holds from some index on. It looks near from first,
// in steps that double, then searches between the last two steps.
func gallop(n, from int, after func(int) bool) int {
	from = min(max(from, 0), n)
	lo, hi := 0, n // the answer lies in [lo, hi]
	if from < n && !after(from) {
		lo = from + 1
		for step := 1; from+step < n; step *= 2 {
			if after(from + step) {
				hi = from + step
				break
			}
			lo = from + step + 1
		}
	} else {
		hi = from
		for step := 1; from-step >= 0; step *= 2 {
			if !after(from - step) {
				lo = from - step + 1
				break
			}
			hi = from - step
		}
	}
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); after(m) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

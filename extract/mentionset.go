package extract

import (
	"sort"

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
type spanIndex struct {
	set   map[[2]int]bool
	n     int
	first *attache.Mention
	last  [2]int
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
		*ix = spanIndex{} // any index is stale now
	} else {
		if !ix.valid(c.mentions) {
			ix.build(c.mentions)
		}
		if ix.set[key] {
			return false
		}
	}
	c.mentions = append(c.mentions, m)
	if ix.set == nil {
		return true
	}
	ix.set[key] = true
	ix.n = len(c.mentions)
	ix.first = &c.mentions[0]
	ix.last = key
	return true
}

func (ix *spanIndex) valid(ms []attache.Mention) bool {
	if ix.set == nil || ix.n != len(ms) || len(ms) == 0 {
		return false
	}
	l := ms[len(ms)-1]
	return ix.first == &ms[0] && ix.last == [2]int{l.Start, l.End}
}

func (ix *spanIndex) build(ms []attache.Mention) {
	ix.set = make(map[[2]int]bool, len(ms))
	for _, m := range ms {
		ix.set[[2]int{m.Start, m.End}] = true
	}
	ix.n = len(ms)
	ix.first = &ms[0]
	l := ms[len(ms)-1]
	ix.last = [2]int{l.Start, l.End}
}

// tokenRange returns the token indexes covering bytes [a, b): the first
// token starting at or after a, and the end of the run of tokens ending at
// or before b. Token offsets increase, so both are binary searches.
func (d *doc) tokenRange(a, b int) (int, int) {
	s := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= a })
	e := s + sort.Search(len(d.toks)-s, func(i int) bool { return d.toks[s+i].End > b })
	return s, e
}

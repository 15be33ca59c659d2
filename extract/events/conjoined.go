package events

import (
	"cmp"
	"slices"
)

// This file holds the dates of verbs joined by "and" in one clause: "toured
// the shipyard in Geoje on Wednesday and visited the naval academy in
// Changwon on Thursday" tells two acts, each with its own day. The date
// that ends the first verb's phrase is the second verb's only when the
// second names none of its own ("met the minister on Monday and signed a
// memorandum").

// conjoinedLink are the words that may join a date ending one verb's
// phrase to the next verb: "on Wednesday and visited", "on 7 October, and
// then toured", "on Monday and later inspected".
var conjoinedLink = map[string]bool{"and": true, ",": true, "then": true, "later": true, "also": true, "afterwards": true}

// conjoinedDateReach is how many words may join such a date to the next
// verb.
const conjoinedDateReach = 4

// earlierVerbDate reports whether the date ending at word end, before
// trigger h of sentence s, closes the phrase of another trigger of the
// sentence joined to h by "and": a date the earlier verb owns, which h
// takes only when its own clause gives none.
func (doc *doc) earlierVerbDate(ws []word, h hit, start, end int) bool {
	if end >= h.a || h.a-end > conjoinedDateReach {
		return false
	}
	and := false
	for k := end; k < h.a; k++ {
		if !conjoinedLink[ws[k].low] {
			return false
		}
		and = and || ws[k].low == "and"
	}
	if !and {
		return false
	}
	// the hits are in word order: only those starting shortly before the
	// date are read, so a sentence of many triggers stays linear
	hs := doc.sentHits
	i, _ := slices.BinarySearchFunc(hs, start, func(o hit, w int) int { return cmp.Compare(o.a, w) })
	for k := i - 1; k >= 0 && start-hs[k].a <= 2*siteWindow; k-- {
		if o := hs[k]; o.b <= start && o.a != h.a && !o.r.anaphor {
			return true
		}
	}
	return false
}

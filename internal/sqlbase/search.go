package sqlbase

import "sync/atomic"

// RankedMatches is how many of a search's latest matches (in storage
// order, the order of ingest) both stores rank by default, with or
// without filters: a query of common words matches most of the base, and
// ranking all of it took seconds at 100,000 reports. The matches are
// walked newest first and the walk stops once that many have passed the
// filters.
const RankedMatches = 2000

// RankBound is a store's bound on the matches a search ranks, safe to
// change while searches run. Its zero value ranks RankedMatches.
type RankBound struct{ k atomic.Int64 }

// Set makes searches rank their latest k matches; k ≤ 0 restores
// RankedMatches.
func (b *RankBound) Set(k int) { b.k.Store(int64(max(k, 0))) }

// Window is how many of the latest matches a search ranks to serve limit
// hits at offset: the bound, or more when the page reaches further, so
// that every page up to the offset asked for can be served.
func (b *RankBound) Window(limit, offset int) int {
	k := int(b.k.Load())
	if k == 0 {
		k = RankedMatches
	}
	return max(k, offset+limit)
}

package extract

import (
	"slices"

	"attache/extract/text"
)

// entryKind says what a gazetteer entry names.
type entryKind uint8

const (
	kCountry entryKind = iota + 1 // a country name or variant
	kDemonym                      // "Russian"
	kOrg                          // a known organisation name or alias
	kPlace                        // a known place
	kRank                         // a rank form
	kPost                         // a known post
)

// entry is one gazetteer meaning of a pattern.
// It is kept small: the document holds one per token.
type entry struct {
	kind  entryKind
	index int // into kb.Countries, kb.Orgs, kb.Places or kb.Ranks; unused for posts
}

// pattern is one folded token sequence with the case each token needs.
type pattern struct {
	toks     []text.Token // tokens of the written form
	entries  []entry
	caseless bool // posts match whatever the case
}

// gazetteer finds known names as leftmost-longest token sequences, with a
// trie keyed by folded tokens. Matching whole tokens makes every match
// whole-word by construction. (An Aho-Corasick automaton over the folded
// text, github.com/petar-dambovaliev/aho-corasick, was measured first: its
// NFA searched at about 1.5 MB/s on this workload and its DFA took over a
// second to build; the token trie is several times faster on both counts.)
//
// Every token of a text is looked up once in a vocabulary of the words of
// the extractor's gazetteers' patterns (firstWords, itself joined with the
// lexicon and the event rules' words: lookUpTokens). The root's children
// sit in a slice indexed by that id, and the other nodes' children are
// keyed by it: three gazetteers then cost one string-keyed map lookup per
// token instead of three and one per step down the trie, and a word of no
// pattern ends a path without a lookup.
type gazetteer struct {
	first []*node // root children, by firstWords id
	words *firstWords
	size  int
}

// firstWords numbers the folded tokens of the gazetteers' patterns (first
// tokens and the others alike).
type firstWords struct{ ids map[string]int32 }

func newFirstWords() *firstWords { return &firstWords{ids: map[string]int32{}} }

// id returns the number of fold, adding it if new.
func (f *firstWords) id(fold string) int32 {
	id, ok := f.ids[fold]
	if !ok {
		id = int32(len(f.ids))
		f.ids[fold] = id
	}
	return id
}

// node is one folded token of a trie path. Its patterns are the written
// forms ending there, one per case shape: "LIMA" (an exhibition's acronym)
// and "Lima" (a city) fold alike but are different names.
type node struct {
	next map[int32]*node // by firstWords id
	pats []*pattern
}

// match is a gazetteer hit over tokens [start, end).
type match struct {
	start, end int
	p          *pattern
}

func newGazetteer(words *firstWords) *gazetteer { return &gazetteer{words: words} }

// add enters phrase with meaning e.
func (g *gazetteer) add(phrase string, e entry) { g.addTokens(text.Tokenize(phrase), e) }

// addTokens enters the phrase made of toks (text.Tokenize) with meaning e.
// Gazetteers may share toks: none changes them.
func (g *gazetteer) addTokens(toks []text.Token, e entry) {
	if len(toks) == 0 {
		return
	}
	id := g.words.id(toks[0].Fold)
	for int(id) >= len(g.first) {
		g.first = append(g.first, nil)
	}
	if g.first[id] == nil {
		g.first[id] = &node{}
	}
	n := g.first[id]
	for _, t := range toks[1:] {
		if n.next == nil {
			n.next = map[int32]*node{}
		}
		id := g.words.id(t.Fold)
		c := n.next[id]
		if c == nil {
			c = &node{}
			n.next[id] = c
		}
		n = c
	}
	if len(n.pats) == 0 {
		g.size++
	}
	if e.kind == kPost {
		// a post matches whatever the case, and is also a meaning of
		// every written form that folds like it
		for _, p := range n.pats {
			p.addEntry(e)
		}
		if n.caseless() == nil {
			n.pats = append(n.pats, &pattern{toks: toks, caseless: true})
		}
		n.caseless().addEntry(e)
		return
	}
	var p *pattern
	for _, q := range n.pats {
		if !q.caseless && sameCase(q.toks, toks) {
			p = q
		}
	}
	if p == nil {
		p = &pattern{toks: toks}
		if c := n.caseless(); c != nil {
			p.entries = append(p.entries, c.entries...)
		}
		// cased forms come before the caseless one, which find tries last
		n.pats = append([]*pattern{p}, n.pats...)
	}
	p.addEntry(e)
}

// caseless returns the node's pattern of posts, which fits any case, or nil.
func (n *node) caseless() *pattern {
	for _, p := range n.pats {
		if p.caseless {
			return p
		}
	}
	return nil
}

// fit returns the pattern of n whose case fits toks, or nil: the form
// written with the same capitals first ("LIMA" the acronym over "Lima" the
// city), then any that toks satisfy.
func (n *node) fit(toks []text.Token) *pattern {
	if len(n.pats) > 1 {
		for _, p := range n.pats {
			if !p.caseless && sameCase(p.toks, toks) {
				return p
			}
		}
	}
	for _, p := range n.pats {
		if p.caseless || caseFits(p.toks, toks) {
			return p
		}
	}
	return nil
}

// addEntry adds meaning e to p once.
func (p *pattern) addEntry(e entry) {
	for _, old := range p.entries {
		if old == e {
			return
		}
	}
	p.entries = append(p.entries, e)
}

// sameCase reports two written forms of one folded sequence with the same
// capitals: "Lima" and "Lima", not "LIMA".
func sameCase(a, b []text.Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Upper != b[i].Upper || a[i].Cap != b[i].Cap {
			return false
		}
	}
	return true
}

// find returns the non-overlapping leftmost-longest matches over toks whose
// case fits the pattern. ids holds the firstWords id of each token, -1 for
// a word of no pattern.
func (g *gazetteer) find(toks []text.Token, ids []int32) []match {
	return g.appendFind(nil, toks, ids)
}

// appendFind is find that appends the matches to out, whose array a text
// done with can lend.
func (g *gazetteer) appendFind(out []match, toks []text.Token, ids []int32) []match {
	for i := 0; i < len(toks); {
		best := match{start: -1}
		var n *node
		if id := ids[i]; id >= 0 && int(id) < len(g.first) {
			n = g.first[id]
		}
		for j := i; j < len(toks); j++ {
			if j > i {
				if toks[j].LineStart || ids[j] < 0 {
					break // a name ends with its line: a headline's last word and the dateline are two
				}
				n = n.next[ids[j]]
			}
			if n == nil {
				break
			}
			if p := n.fit(toks[i : j+1]); p != nil {
				best = match{start: i, end: j + 1, p: p}
			}
		}
		if best.start < 0 {
			i++
			continue
		}
		if len(out) == cap(out) {
			out = slices.Grow(out, max(len(out), 16)) // doubled: a text of names holds a match every few tokens
		}
		out = append(out, best)
		i = best.end
	}
	return out
}

// caseFits requires capitals where the pattern has them: "UN" does not match
// "un", "US" does not match "us", "Turkey" does not match "turkey".
func caseFits(pat, got []text.Token) bool {
	if len(pat) != len(got) {
		return false
	}
	for i := range pat {
		if pat[i].Upper && !got[i].Upper {
			return false
		}
		if pat[i].Cap && !got[i].Cap {
			return false
		}
	}
	return true
}

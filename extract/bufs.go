package extract

import (
	"sync"

	"attache/extract/text"
)

// docBufs are the per-token arrays of one text. They are most of what
// extracting a text allocates, and garbage once its extraction is out:
// kept in bufPool, the next text reuses them instead of making the
// collector run for them.
type docBufs struct {
	toks               []text.Token
	lab                []*cand
	known              []entry
	kstart             []bool
	textCats, foldCats []lexCat
	firstIDs           []int32 // the gazetteers' first-word ids (lookUpTokens)
	eventIDs           []int32 // the event rules' numbers of the tokens (lookUpTokens)
	// the gazetteers' matches and the tokens inside and after posts
	// (entities), which the text is done with when it is released
	matches, posts, cmatch []match
	inPost, post           []bool
	// names holds the tokens of all the candidates' names of a text
	// (nameTokens), one after the other; nameToks indexes them by name
	names    []text.Token
	nameToks map[string][]text.Token
}

var bufPool = sync.Pool{New: func() any { return new(docBufs) }}

// maxPooledTokens bounds the arrays kept for reuse: a huge text's must go
// back to the collector rather than stay held.
const maxPooledTokens = 1 << 16

// zeroed returns s as n zero values, reusing its array when large enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// release gives the doc's per-token arrays back for the next text. The
// doc is not used after: nothing the extraction returns refers to them
// (attache's types hold strings and their own slices).
func (d *doc) release() {
	b := d.bufs
	if b == nil || cap(d.toks) > maxPooledTokens || cap(b.firstIDs) > maxPooledTokens || cap(b.eventIDs) > maxPooledTokens {
		return
	}
	d.bufs = nil
	b.toks, b.lab, b.known, b.kstart, b.textCats, b.foldCats = d.toks, d.lab, d.known, d.kstart, d.textCats, d.foldCats
	if cap(b.names) > maxPooledTokens {
		b.names = nil
	}
	b.names = b.names[:0]
	clear(b.nameToks)
	bufPool.Put(b)
}

// nameTokens returns text.Tokenize(name), made once per name and text.
// The tokens are shared: callers only read them.
func (d *doc) nameTokens(name string) []text.Token {
	if toks, ok := d.nameToks[name]; ok {
		return toks
	}
	b := d.bufs
	if b == nil { // a doc made by hand in a test
		if d.nameToks == nil {
			d.nameToks = map[string][]text.Token{}
		}
		toks := text.Tokenize(name)
		d.nameToks[name] = toks
		return toks
	}
	if d.nameToks == nil {
		if b.nameToks == nil {
			b.nameToks = map[string][]text.Token{}
		}
		d.nameToks = b.nameToks
	}
	// a name has at most one token a byte: one that fits is appended
	// without moving the names before it
	if cap(b.names)-len(b.names) < len(name) {
		b.names = make([]text.Token, 0, max(2*cap(b.names), minNameTokens, len(name)))
	}
	a := len(b.names)
	b.names = text.AppendTokens(b.names, name)
	toks := b.names[a:len(b.names):len(b.names)] // capped: an append by the caller copies
	d.nameToks[name] = toks
	return toks
}

// minNameTokens is the least room made for the tokens of a text's names.
const minNameTokens = 256

package sqlite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"attache"
	"attache/fold"
)

// FTS5's snippet() reads the whole text and its cost grows faster than the
// text (a 10 MB article took a minute), so it is used only on texts up to
// ftsSnippetMax bytes. Longer texts get their snippet here, from at most
// snippetScan bytes read from their start: a search costs the same
// whatever the size of one article.
const (
	ftsSnippetMax = 64 << 10
	snippetScan   = 1 << 20
	snippetBefore = 120 // bytes of context kept before the first match
	snippetAfter  = 240 // and after it
)

// queryTerm is one word of a query, folded as the FTS5 tokenizer folds
// (unicode61, remove_diacritics 2), and whether it is a prefix.
type queryTerm struct {
	key    string
	prefix bool
}

// queryTerms lists the words of a query as FTSQuery reads it: phrases are
// split into their words (each is marked wherever it occurs).
func queryTerms(q string) []queryTerm {
	var terms []queryTerm
	for _, t := range strings.Fields(FTSQuery(q)) {
		prefix := strings.HasSuffix(t, "*")
		t = strings.Trim(strings.TrimSuffix(t, "*"), `"`)
		for _, w := range strings.FieldsFunc(t, notWordRune) {
			if k := fold.Key(w); k != "" {
				terms = append(terms, queryTerm{key: k, prefix: prefix})
			}
		}
	}
	return terms
}

// notWordRune separates tokens as unicode61 does: letters, digits and
// combining marks make words, everything else separates them.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// matches reports whether a token of the text matches a term.
func matches(token string, terms []queryTerm) bool {
	k := fold.Key(token)
	for _, t := range terms {
		if k == t.key || (t.prefix && strings.HasPrefix(k, t.key)) {
			return true
		}
	}
	return false
}

// tokens calls fn with the byte range of each word of s, until fn returns
// false.
func tokens(s string, fn func(start, end int) bool) {
	start := -1
	for i, r := range s {
		if notWordRune(r) {
			if start >= 0 && !fn(start, i) {
				return
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fn(start, len(s))
	}
}

// windowSnippet makes a snippet of text (the first bytes of a long
// article) around the first word matching the query, with the matches
// marked as snippet() marks them. With no match in text, it returns the
// start of the text.
func windowSnippet(text, query string) string {
	text = strings.ToValidUTF8(text, "")
	terms := queryTerms(query)
	first := -1
	tokens(text, func(s, e int) bool {
		if matches(text[s:e], terms) {
			first = s
			return false
		}
		return true
	})
	if first < 0 {
		return cutWords(text[:min(len(text), 400)], 200)
	}
	from, to := max(0, first-snippetBefore), min(len(text), first+snippetAfter)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	// Start and end on word boundaries.
	if from > 0 {
		if i := strings.IndexFunc(text[from:first], unicode.IsSpace); i >= 0 {
			from += i + 1
		} else {
			from = first
		}
	}
	if to < len(text) {
		if i := strings.LastIndexFunc(text[first:to], unicode.IsSpace); i > 0 {
			to = first + i
		}
	}
	part := text[from:to]
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	last := 0
	tokens(part, func(s, e int) bool {
		if matches(part[s:e], terms) {
			b.WriteString(part[last:s])
			b.WriteString(attache.Mark + part[s:e] + attache.EndMark)
			last = e
		}
		return true
	})
	b.WriteString(part[last:])
	if to < len(text) {
		b.WriteString("…")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

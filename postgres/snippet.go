package postgres

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"attache"
)

// notWordRune separates words as searchFold does: letters, digits and
// combining marks make words, everything else separates them.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// matches reports whether a word of the text matches a word of a query
// term.
func matches(word string, terms []queryTerm) bool {
	k := searchFold(word)
	for _, t := range terms {
		for i, w := range t.words {
			if k == w || (t.prefix && i == len(t.words)-1 && strings.HasPrefix(k, w)) {
				return true
			}
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

// windowSnippet makes a snippet of text (the start of an article) around
// the first word matching the query, each matching word between
// attache.Mark and attache.EndMark as written in the text ("Hà" for "ha").
// With no match in text (it was in the title), it returns the start of
// the text.
func windowSnippet(text string, terms []queryTerm) string {
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

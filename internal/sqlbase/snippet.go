package sqlbase

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"attache"
)

// Search snippets of long articles are made here rather than by the
// database (whose own snippet functions read the whole text): a window
// of the text around the first word that matches the query, with every
// matching word marked. Each store says what "matches" means, as its
// full-text index folds words.

// Bytes of context a snippet keeps around the first match.
const (
	SnippetBefore = 120
	SnippetAfter  = 240
)

// NotWordRune separates words as both stores' full-text indexes do:
// letters, digits and combining marks make words, everything else
// separates them.
func NotWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// Tokens calls fn with the byte range of each word of s, until fn
// returns false.
func Tokens(s string, fn func(start, end int) bool) {
	start := -1
	for i, r := range s {
		if NotWordRune(r) {
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

// WindowSnippet makes a snippet of text around the first word for which
// match is true, each matching word between attache.Mark and
// attache.EndMark as written in the text. With no match in text (it was
// in the title), it returns the start of the text.
func WindowSnippet(text string, match func(word string) bool) string {
	first := -1
	Tokens(text, func(s, e int) bool {
		if match(text[s:e]) {
			first = s
			return false
		}
		return true
	})
	if first < 0 {
		return CutWords(text[:min(len(text), 400)], 200)
	}
	from, to := wordWindow(text, first)
	part := text[from:to]
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	last := 0
	Tokens(part, func(s, e int) bool {
		if match(part[s:e]) {
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

// wordWindow is the byte range of text around offset first, SnippetBefore
// before and SnippetAfter after, moved to whole characters and words.
func wordWindow(text string, first int) (from, to int) {
	from, to = max(0, first-SnippetBefore), min(len(text), first+SnippetAfter)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
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
	return from, to
}

// CutWords shortens s to at most n bytes at a word boundary, marking the
// cut with an ellipsis.
func CutWords(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > n/2 {
		cut = i
	}
	return s[:cut] + "…"
}

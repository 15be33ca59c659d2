package postgres

import (
	"strings"

	"attache/internal/sqlbase"
)

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

// windowSnippet makes a snippet of text (the start of an article) around
// the first word matching the query, each matching word marked as
// written in the text ("Hà" for "ha"). With no match in text (it was in
// the title), it returns the start of the text.
func windowSnippet(text string, terms []queryTerm) string {
	return sqlbase.WindowSnippet(text, func(word string) bool { return matches(word, terms) })
}

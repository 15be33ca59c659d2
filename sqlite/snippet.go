package sqlite

import (
	"strings"

	"attache/fold"
	"attache/internal/sqlbase"
)

// FTS5's snippet() reads the whole text and its cost grows faster than the
// text (a 10 MB article took a minute), so it is used only on texts up to
// ftsSnippetMax bytes. Longer texts get their snippet here, from at most
// snippetScan bytes read from their start: a search costs the same
// whatever the size of one article.
const (
	ftsSnippetMax = 64 << 10
	snippetScan   = 1 << 20
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
		for _, w := range strings.FieldsFunc(t, sqlbase.NotWordRune) {
			if k := fold.Key(w); k != "" {
				terms = append(terms, queryTerm{key: k, prefix: prefix})
			}
		}
	}
	return terms
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

// windowSnippet makes a snippet of text (the first bytes of a long
// article) around the first word matching the query, with the matches
// marked as snippet() marks them. With no match in text, it returns the
// start of the text.
func windowSnippet(text, query string) string {
	terms := queryTerms(query)
	return sqlbase.WindowSnippet(strings.ToValidUTF8(text, ""), func(word string) bool { return matches(word, terms) })
}

package attache

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// ArticleID returns the stable id of an article: the first 16 hex digits of
// the SHA-256 of its clean text. Identical clean text always gets the same
// id, which is what makes re-ingesting idempotent.
func ArticleID(cleanText string) string {
	sum := sha256.Sum256([]byte(cleanText))
	return hex.EncodeToString(sum[:8])
}

// titleWords and titleBytes bound a title taken from an article's text.
const (
	titleWords = 14
	titleBytes = 110
)

// TitleFromText is the title of an article that has none: its first
// sentence (sentences[0] when given and valid, else the text up to the
// first line break or sentence end), with spaces collapsed and cut at a
// word boundary to about fourteen words, an ellipsis marking the cut.
// It returns "" for a text without words.
func TitleFromText(text string, sentences []Span) string {
	first := ""
	if len(sentences) > 0 {
		sp := sentences[0]
		if sp.Start >= 0 && sp.Start < sp.End && sp.End <= len(text) {
			first = text[sp.Start:sp.End]
		}
	}
	if strings.TrimSpace(first) == "" {
		first = text
		if i := strings.Index(strings.TrimSpace(first), "\n"); i > 0 {
			first = strings.TrimSpace(first)[:i]
		}
		if i := strings.Index(first, ". "); i > 0 {
			first = first[:i+1]
		}
	}
	words := strings.Fields(first)
	var b strings.Builder
	for i, w := range words {
		if i == titleWords || (i > 0 && b.Len()+1+len(w) > titleBytes) {
			return strings.TrimRight(b.String(), ",;:–—-") + "…"
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

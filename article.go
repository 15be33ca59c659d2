package attache

import (
	"crypto/sha256"
	"encoding/hex"
)

// ArticleID returns the stable id of an article: the first 16 hex digits of
// the SHA-256 of its clean text. Identical clean text always gets the same
// id, which is what makes re-ingesting idempotent.
func ArticleID(cleanText string) string {
	sum := sha256.Sum256([]byte(cleanText))
	return hex.EncodeToString(sum[:8])
}

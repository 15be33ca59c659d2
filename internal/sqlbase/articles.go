package sqlbase

import (
	"encoding/json"
	"fmt"
	"time"

	"attache"
)

// Scanner is one row to read: database/sql's *Row and *Rows, and pgx's
// Row and Rows.
type Scanner interface {
	Scan(dest ...any) error
}

// ArticleColumns are the columns of the articles table (alias a) that
// ScanArticle reads, without the original bytes.
const ArticleColumns = `a.id, a.url, a.path, a.title, a.source, a.published, a.format, a.text,
	a.removed, a.simhash, a.duplicate_of, a.ingested_at, a.not_extracted`

// ScanArticle reads one row of ArticleColumns, then the columns after them
// into extra.
func ScanArticle(row Scanner, extra ...any) (*attache.Article, error) {
	var (
		a                                      attache.Article
		published, removed, dup, ingest, notEx *string
		simhash                                int64
	)
	dest := append([]any{&a.ID, &a.URL, &a.Path, &a.Title, &a.Source, &published, &a.Format, &a.Text,
		&removed, &simhash, &dup, &ingest, &notEx}, extra...)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	a.Published, a.DuplicateOf, a.NotExtracted = deref(published), deref(dup), deref(notEx)
	a.SimHash = uint64(simhash)
	if removed != nil {
		if err := json.Unmarshal([]byte(*removed), &a.Removed); err != nil {
			return nil, fmt.Errorf("article %s: removed: %w", a.ID, err)
		}
	}
	if ingest != nil {
		t, err := time.Parse(time.RFC3339Nano, *ingest)
		if err != nil {
			return nil, fmt.Errorf("article %s: ingested_at: %w", a.ID, err)
		}
		a.IngestedAt = t
	}
	return &a, nil
}

// CheckArticle returns EINVALID for an article neither store can take.
func CheckArticle(a *attache.Article) error {
	if a == nil || a.ID == "" {
		return attache.Errorf(attache.EINVALID, "article has no id")
	}
	if a.Text == "" {
		return attache.Errorf(attache.EINVALID, "article %s has no text", a.ID)
	}
	if a.Published != "" && !IsDay(a.Published) {
		return attache.Errorf(attache.EINVALID, "article %s: published %q is not YYYY-MM-DD", a.ID, a.Published)
	}
	return nil
}

// ArticleConds turns the date-range and source filters shared by
// FindArticles and Search into SQL conditions on the alias a, or
// EINVALID for a date that is not YYYY, YYYY-MM or YYYY-MM-DD or a range
// that ends before it starts.
func ArticleConds(d Dialect, from, to, source string) ([]string, error) {
	if from != "" && !IsDatePrefix(from) {
		return nil, attache.Errorf(attache.EINVALID, "from date %q: want YYYY-MM-DD, YYYY-MM or YYYY", from)
	}
	if to != "" && !IsDatePrefix(to) {
		return nil, attache.Errorf(attache.EINVALID, "to date %q: want YYYY-MM-DD, YYYY-MM or YYYY", to)
	}
	if from != "" && to != "" && from > to {
		return nil, attache.Errorf(attache.EINVALID, "from date %s is after to date %s", from, to)
	}
	var w []string
	if from != "" {
		w = append(w, `a.published >= `+d.Arg(from))
	}
	if to != "" {
		// "~" sorts after digits and "-" (in SQLite's binary order and
		// PostgreSQL's C collation of the column): to=2024-05 keeps all
		// of May.
		w = append(w, `a.published <= `+d.Arg(to+"~"))
	}
	if source != "" {
		w = append(w, `a.source = `+d.Arg(source))
	}
	return w, nil
}

// IsDay reports whether s is a valid YYYY-MM-DD date.
func IsDay(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil && len(s) == 10
}

// IsDatePrefix reports whether s is a valid YYYY, YYYY-MM or YYYY-MM-DD.
func IsDatePrefix(s string) bool {
	for _, layout := range []string{"2006", "2006-01", time.DateOnly} {
		if _, err := time.Parse(layout, s); err == nil && len(s) == len(layout) {
			return true
		}
	}
	return false
}

// NullIfEmpty stores "" as NULL.
func NullIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// TimeOrNull stores a time as RFC 3339 text in UTC, the zero time as NULL.
func TimeOrNull(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	return NullIfEmpty(t.UTC().Format(time.RFC3339Nano))
}

// JSONOrNull encodes v, storing a nil slice as NULL so that nil and empty
// round-trip as they were.
func JSONOrNull[T any](v []T) (*string, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return NullIfEmpty(string(b)), nil
}

// UnJSON decodes a JSON column of strings; NULL leaves *dst nil.
func UnJSON(s *string, dst *[]string) error {
	if s == nil {
		return nil
	}
	return json.Unmarshal([]byte(*s), dst)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// ScanArticles reads rows of ArticleColumns.
func ScanArticles(rows Rows) ([]*attache.Article, error) {
	var out []*attache.Article
	for rows.Next() {
		a, err := ScanArticle(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// TotalOfPage returns the total of a list when a page of n rows read at
// offset with limit (0 for none) tells it: a page that is not full, and
// not past the end, ends the list. Otherwise ok is false and the store
// counts the matching rows.
func TotalOfPage(limit, offset, n int) (total int, ok bool) {
	if (limit == 0 || n < limit) && (n > 0 || offset == 0) {
		return offset + n, true
	}
	return 0, false
}

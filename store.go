package attache

import "context"

// Store keeps articles and their extractions. Implementations: sqlite (the
// default) and, later, postgres. Every implementation passes the contract
// suite in storetest. Business rules (deduplication, resolution,
// corrections) live above the store, never inside it.
type Store interface {
	// PutArticle stores a new article and its extraction (if any) in one
	// transaction: either all of it is stored or nothing is. An article
	// with an extraction that is not a near-duplicate is marked as pending
	// resolution in the same transaction (see KnowledgeStore). Returns
	// ECONFLICT when an article with the same ID is already stored,
	// EINVALID when a has no ID or no text.
	PutArticle(ctx context.Context, a *Article) error

	// ReplaceExtraction replaces the stored extraction of article id in one
	// transaction; a non-nil x also clears Article.NotExtracted. Returns
	// ENOTFOUND when there is no such article.
	ReplaceExtraction(ctx context.Context, id string, x *Extraction) error

	// MarkNotExtracted records reason as why article id has no
	// extraction (Article.NotExtracted), in place of any earlier reason;
	// a stored extraction is left as it is. Returns ENOTFOUND when there
	// is no such article.
	MarkNotExtracted(ctx context.Context, id, reason string) error

	// Article returns the article with the given ID, with its extraction.
	// Returns ENOTFOUND when there is none.
	Article(ctx context.Context, id string) (*Article, error)

	// FindArticles lists articles matching f, newest publication first, and
	// the total number of matches before Limit/Offset. Extractions and
	// original bytes are not loaded. Returns EINVALID for a bad filter.
	FindArticles(ctx context.Context, f ArticleFilter) ([]*Article, int, error)

	// Search runs a full-text query over article text and title, ranked by
	// relevance. Returns EINVALID for an empty or malformed query.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// ArticleFacets counts the articles ids (at most 500; unknown ids are
	// left out) by source and year of publication and by the event types
	// and country names of their extractions; each article counts once per
	// value. Returns EINVALID for more than 500 ids.
	ArticleFacets(ctx context.Context, ids []string) ([]FacetCount, error)

	// Fingerprints returns the SimHash of every stored article that is not
	// itself a near-duplicate, for near-duplicate detection at ingest.
	Fingerprints(ctx context.Context) ([]Fingerprint, error)

	// Close releases the store.
	Close() error
}

// ArticleFilter selects articles. Zero fields do not filter.
type ArticleFilter struct {
	From, To string // publication date range, YYYY-MM-DD, inclusive
	Source   string
	IDs      []string
	IDPrefix string // only ids starting with this (for short ids typed by users)
	Limit    int    // 0 means no limit
	Offset   int
	// After, the id of an article, starts the list after that article
	// (keyset paging: the page seeks to it instead of counting past
	// every earlier article as Offset does); not with Offset. EINVALID
	// when no such article is stored.
	After string
	// NoTotal says the caller needs no total (FindArticles returns 0 for
	// it): a walk over every page by After, which would otherwise count
	// the list once a page.
	NoTotal bool
}

// SearchQuery is a full-text query with filters.
type SearchQuery struct {
	Query    string // words; quoted phrases allowed
	From, To string // publication date range, inclusive
	Source   string
	Entity   string    // only articles mentioning this entity name (folded match)
	Type     EventType // only articles with an event of this type
	// EventFrom and EventTo keep articles that report an event whose
	// date starts in the range (YYYY[-MM[-DD]], inclusive), whenever
	// they were published.
	EventFrom, EventTo string
	Limit              int // default 20
	Offset             int
	// After, the id of an article, starts a query without words (a list
	// of the filtered articles, newest first) after that article: keyset
	// paging, as ArticleFilter.After. EINVALID with words (their hits are
	// ranked, not listed), with an offset, or for an article not stored.
	After string
}

// SearchHit is one ranked search result.
type SearchHit struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Source    string  `json:"source"`
	Published string  `json:"published"`
	Snippet   string  `json:"snippet"` // plain text; matched words between Mark and EndMark
	Rank      float64 `json:"rank"`    // lower is better (bm25)
}

// RankedSearcher is a Store whose searches rank at most the latest
// matches (those stored last) of words that match much of the base, and
// tell when they did so. Both stores of this module are.
type RankedSearcher interface {
	// SearchRanked is Search, with the number of latest matches ranked
	// when the words and filters matched at least that many articles
	// (0 when every match was ranked).
	SearchRanked(ctx context.Context, q SearchQuery) (hits []SearchHit, latest int, err error)
}

// Snippet highlight markers used in SearchHit.Snippet. They are control
// characters that cannot occur in clean text, so that each front end can
// escape the snippet first and then turn them into its own highlighting.
const (
	Mark    = "\x02"
	EndMark = "\x03"
)

// Fingerprint is an article's near-duplicate fingerprint.
type Fingerprint struct {
	ID      string
	SimHash uint64
}

// ArticleLocker is implemented by a Store that several processes write at
// once (postgres). Near-duplicate detection compares an article with the
// first copies already stored before storing it; two processes doing that
// at once would each miss the other's copy. The ingest service checks and
// stores a new article under the article lock, after taking in the
// fingerprints other processes stored since it last looked.
type ArticleLocker interface {
	// LockArticles waits until no other process (nor connection) holds
	// the article lock, then takes it. unlock releases it; so does the
	// end of the process or of its connection.
	LockArticles(ctx context.Context) (unlock func(), err error)

	// FingerprintsAfter returns the fingerprints of the articles that are
	// not near-duplicates stored after position after (0: all of them),
	// in the order they were stored, and the position of the last article
	// stored.
	FingerprintsAfter(ctx context.Context, after int64) ([]Fingerprint, int64, error)
}

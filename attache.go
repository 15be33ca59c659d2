// Package attache holds the domain of the defence-diplomacy knowledge base:
// articles, the record extracted from each one (entities, mentions, events,
// quantities), and the small service interfaces the rest of the program is
// built around. It imports only the standard library; every package that
// talks to the outside world (SQLite, HTTP, feeds) imports it, never the
// other way round.
package attache

import "time"

// Article is one news report as stored: the original bytes, the cleaned
// text that extraction reads, and metadata.
type Article struct {
	ID          string    // stable id: hash of the clean text (see ArticleID)
	URL         string    // where it came from, if known
	Path        string    // file name or URL it was read from
	Title       string    // first line or feed/HTML title
	Source      string    // agency or feed name ("VNA")
	Published   string    // publication date YYYY-MM-DD, or "" when unknown
	Format      string    // text, html, rss, atom, jsonl
	Original    []byte    // the bytes as read, before cleaning
	Text        string    // clean text: what extraction and offsets refer to
	Removed     []Removal // what cleaning took away
	SimHash     uint64    // near-duplicate fingerprint of Text
	DuplicateOf string    // id of the first copy when this is a near-duplicate
	IngestedAt  time.Time
	Extraction  *Extraction // the record extracted from Text, if any
	// NotExtracted says why the article was stored without extraction
	// (over the extraction time budget, the extractor failed), or "". A
	// new extraction (ReplaceExtraction) clears it.
	NotExtracted string
}

// Removal records one piece of scraping debris that cleaning dropped.
type Removal struct {
	Kind string // caption, photo-credit, see-more, signature, caption-marker, repeated-lead, end-mark, date-header, encoding (Text names it)
	Text string // the removed text as it stood
}

// EntityType is the kind of a named entity.
type EntityType string

// The entity types of EXTRACTION.md.
const (
	Person       EntityType = "person"
	Organization EntityType = "organization"
	Location     EntityType = "location"
	Country      EntityType = "country"
)

// Mention is one occurrence of an entity in an article's clean text.
// Start and End are byte offsets into Article.Text (UTF-8), End exclusive.
type Mention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Sentence int    `json:"sentence"` // index into Extraction.Sentences
}

// Entity is a named person, organisation, location or country as found in
// one article, with all its mentions merged.
type Entity struct {
	ID       string     `json:"id"` // local to the article: "e1", "e2", ...
	Type     EntityType `json:"type"`
	Name     string     `json:"name"`              // fullest form, as first written
	Aliases  []string   `json:"aliases"`           // other forms used in the article
	Rank     string     `json:"rank,omitempty"`    // canonical rank (persons)
	Titles   []string   `json:"titles,omitempty"`  // posts as stated (persons)
	Former   []string   `json:"former,omitempty"`  // the subset of Titles stated as former
	Country  string     `json:"country,omitempty"` // ISO 3166-1 alpha-2; for Type Country, the code itself
	Mentions []Mention  `json:"mentions"`
}

// Event is something that happened or is scheduled, as reported by one
// article.
type Event struct {
	Type         string   `json:"type"`           // meeting, visit, dialogue, ... (EXTRACTION.md)
	Name         string   `json:"name,omitempty"` // a short label when the text names it
	Date         string   `json:"date"`           // ISO at the text's precision, a range "a/b", or ""
	Place        string   `json:"place"`          // location name or country code, or ""
	Participants []string `json:"participants"`   // person/org names or ISO codes
	Salience     string   `json:"salience"`       // main, reported, background
	Cameo        string   `json:"cameo,omitempty"`
	Plover       string   `json:"plover,omitempty"`
	Mission      string   `json:"mission,omitempty"`  // peacekeeping mission acronym (deployments)
	Unit         string   `json:"unit,omitempty"`     // deployed unit (deployments)
	Rotation     string   `json:"rotation,omitempty"` // rotation number (deployments)
	Personnel    int      `json:"personnel,omitempty"`
	Women        int      `json:"women,omitempty"`
	Scheduled    bool     `json:"scheduled,omitempty"` // in the future relative to publication
	Evidence     string   `json:"evidence"`            // the sentence that states it
	Start        int      `json:"start"`               // byte offsets of Evidence in the clean text
	End          int      `json:"end"`
	Confidence   float64  `json:"confidence"`
}

// Quantity is a count of people, units, places and the like.
type Quantity struct {
	Value int    `json:"value"`
	Unit  string `json:"unit"` // counted noun phrase as written, plural
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Span is a byte range [Start, End) of the clean text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Extraction is the full record extracted from one article.
type Extraction struct {
	Doc        string     `json:"doc"`
	Published  string     `json:"published,omitempty"`
	Entities   []Entity   `json:"entities"`
	Events     []Event    `json:"events"`
	Quantities []Quantity `json:"quantities"`
	Sentences  []Span     `json:"sentences"`
}

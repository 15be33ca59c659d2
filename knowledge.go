package attache

import (
	"context"
	"time"
)

// The knowledge base is built above the per-article extractions: one
// KBEntity per real person, organisation, place or country, linked to the
// article entities that denote it; one KBEvent per real event, with every
// article that reports it as a source; and the analysts' corrections, kept
// as records of their own and re-applied whenever the knowledge base is
// rebuilt. The rules (resolution, corrections, profiles, dossiers) live in
// package resolve; a KnowledgeStore only keeps and reads the result.

// KBEntity is one real-world entity of the knowledge base.
type KBEntity struct {
	ID        string     `json:"id"` // stable within a build: "person:phan-van-giang"
	Type      EntityType `json:"type"`
	Name      string     `json:"name"` // canonical name
	Country   string     `json:"country,omitempty"`
	Rank      string     `json:"rank,omitempty"` // latest rank reported
	Aliases   []string   `json:"aliases"`        // every other form seen, as written
	Positions []Position `json:"positions"`      // ranks and posts with the date they were reported
	Articles  int        `json:"articles"`       // number of articles that mention it
}

// Position is a rank or post held by a person "as of" an article's date.
type Position struct {
	Kind      string `json:"kind"` // rank or post
	Value     string `json:"value"`
	AsOf      string `json:"as_of"` // publication date of the article, "" when unknown
	Former    bool   `json:"former,omitempty"`
	ArticleID string `json:"article"`
	Confirmed bool   `json:"confirmed,omitempty"`
	Fact      string `json:"fact,omitempty"` // the id a correction names it by; filled by reads
}

// The kinds of a Position.
const (
	PositionRank = "rank"
	PositionPost = "post"
)

// EntityLink ties one article entity (by its position in the article's
// extraction) to the knowledge-base entity it denotes.
type EntityLink struct {
	ArticleID string `json:"article"`
	EntityIdx int    `json:"entity_idx"`
	EntityID  string `json:"entity"`
	Name      string `json:"name"`                // the name the article uses
	Published string `json:"published,omitempty"` // filled by reads
	Title     string `json:"title,omitempty"`     // filled by reads
}

// KBEvent is one real event, possibly reported by several articles.
type KBEvent struct {
	ID   string    `json:"id"`
	Type EventType `json:"type"`
	// Name is the report's own words the extractor kept for the event
	// (its trigger and the start of its object: "signed a plan"), as
	// written; Label is the title to show.
	Name string `json:"name,omitempty"`
	// Label is the event's short title, a noun phrase ("signing of a plan
	// on training cooperation"), or its type when no words were kept.
	// The read side fills it (query); the store does not keep it.
	Label        string        `json:"label,omitempty"`
	Date         string        `json:"date"` // ISO at the best precision reported, or a range
	Place        string        `json:"place,omitempty"`
	Participants []string      `json:"participants"`      // KBEntity IDs
	Countries    []string      `json:"countries"`         // ISO codes of the parties
	Series       string        `json:"series,omitempty"`  // folded name of a numbered series: "defence strategy dialogue"
	Number       int           `json:"number,omitempty"`  // its ordinal: 7 for the "7th"
	Mission      string        `json:"mission,omitempty"` // deployments
	Unit         string        `json:"unit,omitempty"`
	Rotation     string        `json:"rotation,omitempty"`
	Personnel    int           `json:"personnel,omitempty"`
	Women        int           `json:"women,omitempty"`
	Confirmed    bool          `json:"confirmed,omitempty"`
	Sources      []EventSource `json:"sources"`

	// SourceCount is the number of reports of the event, which may be
	// more than len(Sources) in a brief list (KBEventFilter.Brief).
	SourceCount int `json:"source_count"`
}

// BriefSources is how many reports of each event a brief event list
// carries (KBEventFilter.Brief): an event that hundreds of reports share
// would otherwise weigh more than the rest of its page.
const BriefSources = 5

// EventSource is one article's report of a KBEvent.
type EventSource struct {
	ArticleID string `json:"article"`
	Idx       int    `json:"idx"` // the event's position in the article's extraction
	Published string `json:"published,omitempty"`
	Salience  string `json:"salience,omitempty"`
	Evidence  string `json:"evidence,omitempty"`
}

// Knowledge is a whole knowledge base, or the part of it one article adds.
type Knowledge struct {
	Entities []KBEntity   `json:"entities"`
	Links    []EntityLink `json:"links"`
	Events   []KBEvent    `json:"events"`

	// Resolved lists the articles this write resolves: their "pending
	// resolution" marks are cleared in the same transaction, so that an
	// article is never left half-resolved nor resolved twice.
	Resolved []string `json:"-"`

	// Rebuilt says that this write replaces the knowledge base with one
	// built again from every stored extraction (a rebuild, after a
	// correction or a re-extraction), not with one article more: a
	// process that keeps a copy of the base must then build it again too
	// (see KnowledgeLocker).
	Rebuilt bool `json:"-"`
}

// Correction is one analyst's change to the knowledge base. Entities are
// named, not numbered, so that a correction still applies after a rebuild.
type Correction struct {
	ID     string    `json:"id"`
	Kind   string    `json:"kind"`             // see CorrectionKinds
	Entity string    `json:"entity,omitempty"` // the entity corrected, by name or alias
	Target string    `json:"target,omitempty"` // merge: the entity kept; fact-*, participant-*, event-*: the fact or event id; alias-*: the alias
	Value  string    `json:"value,omitempty"`  // rename: new name; retype: new type; split: names moved out, "|"-separated; see the kinds
	Note   string    `json:"note,omitempty"`
	At     time.Time `json:"at"`
	Undone bool      `json:"undone,omitempty"`
}

// The kinds of a Correction.
const (
	CorrectMerge       = "merge"        // Entity is merged into Target
	CorrectSplit       = "split"        // the names in Value leave Entity for a new entity
	CorrectRename      = "rename"       // Entity's canonical name becomes Value
	CorrectAliasAdd    = "alias-add"    // Target becomes an alias of Entity
	CorrectAliasRemove = "alias-remove" // Target is no longer an alias of Entity
	CorrectRetype      = "retype"       // Entity's type becomes Value
	CorrectFactDelete  = "fact-delete"  // the fact Target (an event or position id) is removed
	CorrectFactConfirm = "fact-confirm" // the fact Target is marked as checked by an analyst
	CorrectCountry     = "country"      // Entity's country becomes Value (an ISO code or a country's name)
	CorrectRank        = "rank"         // person Entity's rank becomes Value

	// Corrections of an event name it by Target: its id, or the id
	// "event:ARTICLE#N" of any of its reports.
	CorrectParticipantAdd    = "participant-add"    // Entity (a name, alias or country) becomes a party of event Target
	CorrectParticipantRemove = "participant-remove" // Entity is no longer a party of event Target
	CorrectEventDate         = "event-date"         // event Target's date becomes Value: YYYY[-MM[-DD]] or a range "a/b"
	CorrectEventPlace        = "event-place"        // event Target's place becomes Value: a place's name or a country code
	CorrectEventType         = "event-type"         // event Target's type becomes Value
	CorrectEventCountries    = "event-countries"    // event Target's countries become Value: codes or names, "|"-separated
	CorrectEventSplit        = "event-split"        // the reports in Value ("event:ARTICLE#N", "|"-separated) leave event Target for a new event; with no Value, the new event is a copy
	CorrectEventMerge        = "event-merge"        // event Target is merged into event Value
	CorrectSetMission        = "set-mission"        // the deployment event Target is to the mission Value
)

// CorrectionKinds lists the correction kinds in the order they are documented.
var CorrectionKinds = []string{CorrectMerge, CorrectSplit, CorrectRename, CorrectAliasAdd,
	CorrectAliasRemove, CorrectRetype, CorrectFactDelete, CorrectFactConfirm, CorrectSetMission, CorrectCountry, CorrectRank,
	CorrectParticipantAdd, CorrectParticipantRemove, CorrectEventDate, CorrectEventPlace, CorrectEventType,
	CorrectEventCountries, CorrectEventSplit, CorrectEventMerge}

// KBEventFilter selects knowledge-base events. Zero fields do not filter;
// Countries are all required (an event between VN and RU matches
// Countries ["VN", "RU"]).
type KBEventFilter struct {
	Types     []EventType
	EntityID  string
	Countries []string
	Mission   string // deployments: mission acronym or name, folded match
	From, To  string // date range, YYYY[-MM[-DD]], inclusive, on the event's start date
	Limit     int    // 0 means no limit
	Offset    int    // without Latest: skip this many events first
	Latest    bool   // with Limit: keep the latest Limit events (still returned in date order)
	Numbered  bool   // only sessions of a numbered series ("7th ... dialogue")
	Brief     bool   // each event with its first BriefSources reports only (by publication), SourceCount all

	// Keyset paging (see Cursor): Recent lists newest first (undated
	// still last) instead of oldest first; After keeps the events that
	// come after the cursor (Key: EventDateStart of the date, ID) in that
	// order, Before the Limit events just before it, still returned in
	// list order. Not with Latest or Offset.
	Recent        bool
	After, Before string
}

// KnowledgeStore keeps the knowledge base. Implementations: sqlite (and
// later postgres); each passes storetest.RunKnowledge.
type KnowledgeStore interface {
	// ReplaceKnowledge replaces the whole knowledge base (entities, links,
	// events; not corrections) with k in one transaction. Returns EINVALID
	// for an entity or event without ID.
	ReplaceKnowledge(ctx context.Context, k *Knowledge) error

	// PutKnowledge adds k to the knowledge base in one transaction:
	// entities are inserted or updated by ID (name, type, country, rank
	// overwritten; aliases and positions added), links replace any link
	// of the same article entity, events are inserted or updated by ID
	// (sources and participants added). Returns EINVALID as ReplaceKnowledge.
	PutKnowledge(ctx context.Context, k *Knowledge) error

	// PendingArticles lists the articles stored but not yet resolved into
	// the knowledge base (a run interrupted between the two), in the
	// order they were stored.
	PendingArticles(ctx context.Context) ([]string, error)

	// KBEntitiesByKey returns the entities whose folded name or alias
	// (fold.Key) is one of keys, with aliases and positions. No match is
	// an empty slice, not an error.
	KBEntitiesByKey(ctx context.Context, keys []string) ([]KBEntity, error)

	// KBEntity returns one entity by ID. Returns ENOTFOUND when missing.
	KBEntity(ctx context.Context, id string) (*KBEntity, error)

	// KBEntityNames returns the canonical names of the given entity IDs
	// (unknown IDs are left out).
	KBEntityNames(ctx context.Context, ids []string) (map[string]KBEntity, error)

	// KBEvents lists events matching f in date order (undated last), with
	// participants, countries and sources. Returns EINVALID for a bad
	// date in f.
	KBEvents(ctx context.Context, f KBEventFilter) ([]KBEvent, error)

	// KBEventTally counts the events matching f (Limit ignored) by year
	// ("undated" last) and type, oldest year first. Returns EINVALID as
	// KBEvents.
	KBEventTally(ctx context.Context, f KBEventFilter) ([]YearTally, error)

	// FindKBEntities lists the entities matching f (without aliases and
	// positions), most mentioned first, then by name, and the total number
	// of matches before Limit/Offset. Returns EINVALID for a negative
	// Limit or Offset or an unknown type.
	FindKBEntities(ctx context.Context, f KBEntityFilter) ([]KBEntity, int, error)

	// ArticleLinks lists the links of article id's entities, in entity
	// order. No links is an empty slice, not an error.
	ArticleLinks(ctx context.Context, id string) ([]EntityLink, error)

	// KBPairCounts counts the events of each pair of countries (A < B),
	// busiest first, then by codes; with code, only the pairs of that
	// country. limit 0 is all. No pairs is an empty slice.
	KBPairCounts(ctx context.Context, code string, limit int) ([]PairCount, error)

	// KBLedger tallies the deployment events matching f (Limit ignored)
	// by rotation, and lists the latest review of those without a
	// mission, newest first. Returns EINVALID for a negative review.
	KBLedger(ctx context.Context, f DeploymentFilter, review int) (*LedgerTally, error)

	// KBLedgerUnits reads the ledger without filters unit by unit: each
	// unit's totals by year and its latest rotations (at most latest),
	// grouping rotations as KBLedger does; and the latest review
	// deployments without a mission, as KBLedger. Returns EINVALID for a
	// latest under 1 or a negative review.
	KBLedgerUnits(ctx context.Context, latest, review int) (*LedgerUnits, error)

	// EntityLinks lists the article entities linked to entity id, newest
	// article first, with the article's title and date; limit 0 is all.
	EntityLinks(ctx context.Context, id string, limit int) ([]EntityLink, error)

	// AddCorrection records c, setting its ID (and At when zero).
	// Returns EINVALID when c has no kind.
	AddCorrection(ctx context.Context, c *Correction) error

	// SetCorrectionUndone marks correction id undone (or not) and returns
	// it. Returns ENOTFOUND when there is no such correction.
	SetCorrectionUndone(ctx context.Context, id string, undone bool) (*Correction, error)

	// Corrections lists every correction, oldest first (the order they
	// are applied in).
	Corrections(ctx context.Context) ([]Correction, error)

	// LatestCorrections lists the limit newest corrections, newest first,
	// or, when after is a correction's id, the limit next older than it
	// (keyset paging of the corrections' log: a seek by id, never the
	// whole log). EINVALID for a limit below 1 or an after that is not a
	// correction's id.
	LatestCorrections(ctx context.Context, after string, limit int) ([]Correction, error)
}

// KnowledgeLocker is implemented by a KnowledgeStore that several
// processes write at once (postgres, and sqlite through a lock file).
// Resolution reads the whole knowledge base, decides, and writes: two
// processes doing that at once would each decide without the other's
// articles. Package resolve holds the lock while it resolves or corrects
// and, when another process wrote since its own last write (the version
// moved), builds its copy of the base again from the store.
type KnowledgeLocker interface {
	// LockKnowledge waits until no other process (nor connection) holds
	// the knowledge lock, then takes it. unlock releases it; so does the
	// end of the process or of its connection.
	LockKnowledge(ctx context.Context) (unlock func(), err error)

	// KnowledgeVersion returns a number that every write of the knowledge
	// base (ReplaceKnowledge, PutKnowledge) and of the corrections
	// (AddCorrection, SetCorrectionUndone) moves on.
	KnowledgeVersion(ctx context.Context) (int64, error)
}

// Names maps knowledge-base entity IDs to what a reader needs to show
// them.
type Names map[string]NameRef

// NameRef is an entity as shown next to an event: its name and type.
type NameRef struct {
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Country string     `json:"country,omitempty"`
}

// Profile is everything the knowledge base knows of one entity.
type Profile struct {
	Entity         KBEntity     `json:"entity"`
	Events         []KBEvent    `json:"events"`          // date order
	CoParticipants []PartyCount `json:"co_participants"` // most frequent first
	Sources        []EntityLink `json:"sources"`         // newest first
	Names          Names        `json:"names"`           // entities named by Events and CoParticipants
	Tenures        []Tenure     `json:"tenures"`         // posts grouped into tenures, earliest first
	Ranks          []RankStep   `json:"ranks"`           // rank progression, earliest first

	// A country's or a mission's profile also has its partners: the
	// countries it shares events with (ID "country:XX"), most events
	// first; a mission's, the countries that sent contingents.
	Partners []PartyCount `json:"partners,omitempty"`
	// Mission is a mission's acronym, as the peacekeeping ledger names it.
	Mission string `json:"mission,omitempty"`
}

// PairCount is a pair of countries (ISO codes, A < B) and the number of
// events they share.
type PairCount struct {
	A      string `json:"a"`
	B      string `json:"b"`
	Events int    `json:"events"`
}

// PartyCount is an entity and how many events it shares with another.
type PartyCount struct {
	ID     string     `json:"id"`
	Name   string     `json:"name"`
	Type   EntityType `json:"type"`
	Events int        `json:"events"`
}

// EventQuery selects events for `attache events` and the API. Country and
// With are ISO codes (both must be parties); Entity is a name or alias.
type EventQuery struct {
	Type     EventType `json:"type,omitempty"`
	Country  string    `json:"country,omitempty"`
	With     string    `json:"with,omitempty"`
	Entity   string    `json:"entity,omitempty"`
	From, To string    `json:"-"`
	Limit    int       `json:"-"` // 0 means all
	Offset   int       `json:"-"`
	Sort     string    `json:"-"` // SortDate (default) or SortRecent
	After    string    `json:"-"` // a Cursor: the page after it
	Before   string    `json:"-"` // a Cursor: the page before it
}

// EventList is the answer to an EventQuery.
type EventList struct {
	Events []KBEvent `json:"events"`
	Names  Names     `json:"names"`
	Total  int       `json:"total"`          // matches before Limit/Offset
	Next   string    `json:"next,omitempty"` // cursor of the next page, "" on the last
	Prev   string    `json:"prev,omitempty"` // cursor of the previous page, "" on the first
}

// Dossier is the bilateral record of two countries.
type Dossier struct {
	A          string       `json:"a"`
	B          string       `json:"b"`
	Total      int          `json:"total"`  // events between the two, all years
	Events     []KBEvent    `json:"events"` // the latest RelationsEvents of them, in date order
	Years      []YearTally  `json:"years"`  // all events by year and type, oldest first
	Agreements []KBEvent    `json:"agreements"`
	Series     []Series     `json:"series"` // numbered series, each in number order
	People     []PartyCount `json:"people"` // persons taking part, most frequent first
	Names      Names        `json:"names"`
}

// YearTally counts a dossier's events of one year by type.
type YearTally struct {
	Year   string         `json:"year"`
	Total  int            `json:"total"`
	ByType map[string]int `json:"by_type"`
}

// Series is a numbered mechanism ("defence strategy dialogue") with its
// sessions in number order.
type Series struct {
	Name   string    `json:"name"`
	Events []KBEvent `json:"events"`
}

// DeploymentFilter selects rows of the peacekeeping ledger.
type DeploymentFilter struct {
	Mission string `json:"mission,omitempty"` // acronym or name
	Country string `json:"country,omitempty"` // ISO code of a party
	Limit   int    `json:"-"`
	After   string `json:"-"` // keyset paging: the rows after this cursor (EventCursor of a row's event)
}

// Deployment is one row of the peacekeeping ledger.
type Deployment struct {
	EventID   string        `json:"event"`
	Mission   string        `json:"mission"`
	Unit      string        `json:"unit"`
	Rotation  string        `json:"rotation"`
	Date      string        `json:"date"`
	Personnel int           `json:"personnel"`
	Women     int           `json:"women"`
	Countries []string      `json:"countries"`
	Sources   []EventSource `json:"sources"`
}

package attache

import "context"

// The read side: what the web server and the API ask of the knowledge
// base. A Reader answers every question with one call, so that a front
// end only parses requests and renders answers; the counting, paging and
// linking happen below it, in indexes of the store.

// Reader answers the questions of the web UI and the API. Package query
// implements it above the store interfaces; cmd/attache passes one to
// the server. Every event it returns carries its title (KBEvent.Label).
type Reader interface {
	// FindEntity returns the entity called name (an entity id, its
	// canonical name or an alias, any spelling). Returns EINVALID for a
	// blank name, ENOTFOUND when there is none.
	FindEntity(ctx context.Context, name string) (*KBEntity, error)

	// EntityProfile returns the profile of the entity called name, as
	// FindEntity finds it. Returns ENOTFOUND.
	EntityProfile(ctx context.Context, name string) (*Profile, error)

	// FindEvents lists one page of the events matching q in date order,
	// with the total number of matches. Returns EINVALID for a bad date,
	// type or code, ENOTFOUND for an unknown entity.
	FindEvents(ctx context.Context, q EventQuery) (*EventList, error)

	// Relations returns the bilateral dossier of two countries (ISO
	// codes). Returns EINVALID for a bad code.
	Relations(ctx context.Context, a, b string) (*Dossier, error)

	// Deployments returns the peacekeeping ledger in date order. Returns
	// EINVALID for a bad country code.
	Deployments(ctx context.Context, f DeploymentFilter) ([]Deployment, error)

	// Ledger tallies the peacekeeping ledger by rotation, with the
	// number of deployments without a mission and the latest review of
	// them. Returns EINVALID for a bad country code.
	Ledger(ctx context.Context, f DeploymentFilter, review int) (*LedgerTally, error)

	// LedgerUnits reads the ledger without filters unit by unit, each
	// with its totals by year and at most latest of its last rotations,
	// and the latest review deployments without a mission.
	LedgerUnits(ctx context.Context, latest, review int) (*LedgerUnits, error)

	// ListEntities lists one page of the knowledge-base entities matching
	// f, most mentioned first, with the total number of matches over the
	// whole base. Returns EINVALID for a bad filter.
	ListEntities(ctx context.Context, f KBEntityFilter) (*EntityPage, error)

	// RelationsIndex lists pairs of countries with the number of events
	// they share, busiest first; with code, only that country's pairs.
	// limit 0 is all. No pairs is an empty slice.
	RelationsIndex(ctx context.Context, code string, limit int) ([]PairCount, error)

	// ArticleLinks lists the stored links of article id's entities to the
	// knowledge base, in entity order. An article without links gives an
	// empty slice, not an error.
	ArticleLinks(ctx context.Context, id string) ([]EntityLink, error)
}

// KBEntityFilter selects knowledge-base entities for a list. Zero fields
// do not filter.
type KBEntityFilter struct {
	Query   string     // folded substring of the name or an alias
	Type    EntityType // only entities of this type
	Country string     // only entities of this country (ISO code)
	Sort    string     // SortMentions (default) or SortName
	Limit   int        // 0 means no limit
	Offset  int

	// Keyset paging (see Cursor; not with Offset): After keeps the
	// entities that come after the cursor in the list's order (Key: the
	// name, N: the mentions, ID), Before the Limit entities just before
	// it, still returned in list order.
	After, Before string
}

// EntityPage is one page of an entity list.
type EntityPage struct {
	Entities []KBEntity `json:"entities"`       // without aliases and positions
	Total    int        `json:"total"`          // matches over the whole base
	Next     string     `json:"next,omitempty"` // cursor of the next page, "" on the last
	Prev     string     `json:"prev,omitempty"` // cursor of the previous page, "" on the first
}

// The facets of a search.
const (
	FacetType    = "type"    // event type of the article's events
	FacetCountry = "country" // name of a country the article mentions
	FacetSource  = "source"
	FacetYear    = "year" // year of publication
)

// FacetCount is how many articles (the top hits of a search) have one
// value of a facet.
type FacetCount struct {
	Facet string `json:"facet"`
	Value string `json:"value"`
	Count int    `json:"count"`
}

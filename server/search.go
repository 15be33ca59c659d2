package server

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"attache"
)

// searchQuery reads the query and filters from the query string.
func searchQuery(r *http.Request) (attache.SearchQuery, error) {
	v := r.URL.Query()
	q := attache.SearchQuery{Query: strings.TrimSpace(v.Get("q")), From: v.Get("from"), To: v.Get("to"),
		Source: v.Get("source"), Entity: v.Get("entity"), Type: attache.EventType(v.Get("type")),
		EventFrom: v.Get("event_from"), EventTo: v.Get("event_to")}
	if len(q.Query) > 500 {
		return q, invalid("query too long (over 500 bytes)")
	}
	if err := checkDate("from", q.From); err != nil {
		return q, err
	}
	if err := checkDate("to", q.To); err != nil {
		return q, err
	}
	if err := checkDate("event_from", q.EventFrom); err != nil {
		return q, err
	}
	if err := checkDate("event_to", q.EventTo); err != nil {
		return q, err
	}
	if q.Type != "" && !q.Type.Valid() {
		return q, invalid("unknown event type %q (want one of %s)", q.Type, typeList())
	}
	var err error
	if q.Limit, q.Offset, err = paging(r, 20, 100); err != nil {
		return q, err
	}
	var before string
	if q.After, before, err = cursors(r, q.Offset); err != nil {
		return q, err
	}
	if before != "" {
		return q, invalid("before: search pages forward only (after)")
	}
	if q.After != "" && q.Query != "" {
		return q, invalid("after: a search for words is ranked and pages by offset; after pages a list without words")
	}
	return q, nil
}

// handleAPISearch runs a full-text search: GET /api/v1/search?q=&from=&to=&source=&entity=&type=&limit=&offset=
func (s *Server) handleAPISearch(w http.ResponseWriter, r *http.Request) error {
	q, err := searchQuery(r)
	if err != nil {
		return err
	}
	if q.Query == "" {
		return invalid("missing query: q")
	}
	hits, latest, err := s.searchRanked(r, q)
	if err != nil {
		return err
	}
	out := make([]searchHitJSON, 0, len(hits))
	for _, h := range hits {
		out = append(out, toSearchHitJSON(h))
	}
	ents, err := s.profileHits(r, q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Query    string             `json:"query"`
		Entities []attache.KBEntity `json:"entities"`
		Hits     []searchHitJSON    `json:"hits"`
		Limit    int                `json:"limit"`
		Offset   int                `json:"offset"`
		Latest   int                `json:"latest,omitempty"`
	}{q.Query, ents, out, q.Limit, q.Offset, latest})
	return nil
}

// searchHitJSON is a search hit as the API gives it: the snippet as plain
// text, and again as parts with the matched words marked, so that no
// client meets the store's control-character markers.
type searchHitJSON struct {
	ID        string        `json:"id"`
	Title     string        `json:"title"`
	Source    string        `json:"source"`
	Published string        `json:"published"`
	Snippet   string        `json:"snippet"`
	Parts     []snippetPart `json:"snippet_parts"`
	Rank      float64       `json:"rank"`
}

// snippetPart is a piece of a snippet; Match marks the words the query
// matched.
type snippetPart struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

func toSearchHitJSON(h attache.SearchHit) searchHitJSON {
	parts := snippetParts(h.Snippet)
	var plain strings.Builder
	for _, p := range parts {
		plain.WriteString(p.Text)
	}
	return searchHitJSON{ID: h.ID, Title: h.Title, Source: h.Source, Published: h.Published,
		Snippet: plain.String(), Parts: parts, Rank: h.Rank}
}

// snippetParts cuts a snippet at the store's markers (attache.Mark,
// attache.EndMark). Markers are paired here, as snippetHTML pairs them: a
// stray one is dropped.
func snippetParts(s string) []snippetPart {
	parts := []snippetPart{}
	open := false
	add := func(text string) {
		if text != "" {
			parts = append(parts, snippetPart{Text: text, Match: open})
		}
	}
	for {
		i := strings.IndexAny(s, attache.Mark+attache.EndMark)
		if i < 0 {
			add(s)
			return parts
		}
		add(s[:i])
		switch s[i : i+1] {
		case attache.Mark:
			open = true
		case attache.EndMark:
			open = false
		}
		s = s[i+1:]
	}
}

// facet is one value of a filter with how many of the top hits have it,
// and the search URL that applies it.
type facet struct {
	Value string
	Count int
	URL   string
}

// searchPage is the data of the search page.
type searchPage struct {
	Q       attache.SearchQuery
	Hits    []attache.SearchHit
	Listing bool // no words: the newest articles matching the filters
	Total   int
	Prev    string
	Next    string
	First   string // a page after an article: the list's first page
	Facets  []facetGroup
	Types   []attache.EventType
	// Profiles are the knowledge-base entities whose name or alias holds
	// the query's words, on the first page.
	Profiles []attache.KBEntity
	// Applied are the filters in force, each with the URL that drops it.
	Applied []appliedFilter
	// Latest, when not 0, is how many of the latest matching articles
	// were ranked: the words matched at least that many.
	Latest int
}

// facetGroup is a named list of facet values.
type facetGroup struct {
	Name   string
	Values []facet
}

// facetDepth is how many top hits the facet counts look at: the store
// counts them in one statement over its extraction tables.
const facetDepth = 50

// handleSearchPage is the home page: GET /?q=...
func (s *Server) handleSearchPage(w http.ResponseWriter, r *http.Request) error {
	q, err := searchQuery(r)
	if err != nil {
		return err
	}
	p := searchPage{Q: q, Types: attache.EventTypes, Applied: appliedFilters(r, q)}
	if q.Offset == 0 && q.After == "" {
		if p.Profiles, err = s.profileHits(r, q); err != nil {
			return err
		}
	}
	if q.Query == "" && q.Entity == "" && q.Type == "" && q.EventFrom == "" && q.EventTo == "" {
		// Nothing to rank by: list the newest articles.
		p.Listing = true
		as, total, err := s.store.FindArticles(r.Context(), attache.ArticleFilter{From: q.From, To: q.To, Source: q.Source, Limit: q.Limit, Offset: q.Offset, After: q.After})
		if err != nil {
			return err
		}
		for _, a := range as {
			p.Hits = append(p.Hits, attache.SearchHit{ID: a.ID, Title: a.Title, Source: a.Source, Published: a.Published})
		}
		p.Total = total
	} else if p.Hits, p.Latest, p.Facets, err = s.searchWithFacets(r, q); err != nil {
		return err
	}
	switch {
	case q.Query == "" && len(p.Hits) == q.Limit:
		// A list without words pages by key: a seek to the last
		// article, not a count past every earlier one.
		p.Next = cursorURL(r, "after", p.Hits[len(p.Hits)-1].ID)
	case q.Query != "" && len(p.Hits) == q.Limit:
		p.Next = pageURL(r, q.Offset+q.Limit)
	}
	if q.After != "" {
		p.First = pageURL(r, 0)
	} else if q.Offset > 0 {
		p.Prev = pageURL(r, max(q.Offset-q.Limit, 0))
	}
	return s.render(w, r, http.StatusOK, "search", "Search", p)
}

// searchWithFacets runs one ranked search for the top facetDepth hits:
// they serve the facets (counted by the store from its extraction tables)
// and, when the page is among them, the page itself. latest is the
// number of latest matches the page's ranking read, when not all.
func (s *Server) searchWithFacets(r *http.Request, q attache.SearchQuery) (hits []attache.SearchHit, latest int, facets []facetGroup, err error) {
	top := q
	top.Limit, top.Offset, top.After = facetDepth, 0, ""
	tops, latest, err := s.searchRanked(r, top)
	if err != nil {
		return nil, 0, nil, err
	}
	hits = tops[min(q.Offset, len(tops)):min(q.Offset+q.Limit, len(tops))]
	if q.Offset+q.Limit > facetDepth || q.After != "" {
		if hits, latest, err = s.searchRanked(r, q); err != nil {
			return nil, 0, nil, err
		}
	}
	ids := make([]string, len(tops))
	for i, h := range tops {
		ids[i] = h.ID
	}
	counts, err := s.store.ArticleFacets(r.Context(), ids)
	if err != nil {
		return nil, 0, nil, err
	}
	return hits, latest, facetGroups(r, counts), nil
}

// facetGroups groups the store's facet counts for the page, each value
// with the URL that narrows the search to it.
func facetGroups(r *http.Request, counts []attache.FacetCount) []facetGroup {
	by := map[string]map[string]int{}
	for _, c := range counts {
		if by[c.Facet] == nil {
			by[c.Facet] = map[string]int{}
		}
		by[c.Facet][c.Value] += c.Count
	}
	set := func(key string) func(v string) string {
		return func(v string) string { return withParam(r, key, v) }
	}
	yearURL := func(y string) string {
		u := *r.URL
		vals := u.Query()
		vals.Set("from", y+"-01-01")
		vals.Set("to", y+"-12-31")
		vals.Del("offset")
		u.RawQuery = vals.Encode()
		return u.RequestURI()
	}
	return []facetGroup{
		{"Event type", facetList(by[attache.FacetType], set("type"))},
		{"Country", facetList(by[attache.FacetCountry], set("entity"))},
		{"Source", facetList(by[attache.FacetSource], set("source"))},
		{"Year", facetList(by[attache.FacetYear], yearURL)},
	}
}

// facetList sorts counts, most frequent first, and keeps the top ten.
func facetList(counts map[string]int, link func(string) string) []facet {
	var out []facet
	for v, n := range counts {
		out = append(out, facet{Value: v, Count: n, URL: link(v)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	if len(out) > 10 {
		out = out[:10]
	}
	return out
}

// withParam returns the current URL with key set to v and paging reset.
func withParam(r *http.Request, key, v string) string {
	u := *r.URL
	vals := u.Query()
	vals.Set(key, v)
	vals.Del("offset")
	u.RawQuery = vals.Encode()
	return u.RequestURI()
}

// pageURL returns the current URL at another offset.
func pageURL(r *http.Request, offset int) string {
	u := *r.URL
	vals := u.Query()
	vals.Del("after")
	vals.Set("offset", strconv.Itoa(offset))
	u.RawQuery = vals.Encode()
	return (&url.URL{Path: u.Path, RawQuery: u.RawQuery}).RequestURI()
}

// storeSearch runs a search with the number of latest matches it
// ranked when not all (see attache.RankedSearcher); 0 from a store
// that does not tell.
func (s *Server) storeSearch(r *http.Request, q attache.SearchQuery) ([]attache.SearchHit, int, error) {
	if rs, ok := s.store.(attache.RankedSearcher); ok {
		return rs.SearchRanked(r.Context(), q)
	}
	hits, err := s.store.Search(r.Context(), q)
	return hits, 0, err
}

// searchRanked is the store's ranked search. A search filtered by an
// entity that found nothing is answered 404 when no article names the
// entity at all: an empty list would read as "named, but not with these
// words". The check costs one more look-up, and only when nothing matched.
func (s *Server) searchRanked(r *http.Request, q attache.SearchQuery) ([]attache.SearchHit, int, error) {
	hits, latest, err := s.storeSearch(r, q)
	if err != nil || q.Entity == "" || len(hits) > 0 {
		return hits, latest, err
	}
	named, err := s.store.Search(r.Context(), attache.SearchQuery{Entity: q.Entity, Limit: 1})
	if err != nil {
		return nil, 0, err
	}
	if len(named) == 0 {
		return nil, 0, notFound("entity: no article names %q", q.Entity)
	}
	return hits, latest, nil
}

// profileLimit bounds the profiles a search shows.
const profileLimit = 8

// profileHits finds the knowledge-base entities whose name or alias holds
// the query (without quotes), most mentioned first: a search for "Giang"
// leads to his profile as well as to the articles. None without a
// knowledge base or a query.
func (s *Server) profileHits(r *http.Request, q attache.SearchQuery) ([]attache.KBEntity, error) {
	words := strings.Join(strings.Fields(strings.ReplaceAll(q.Query, `"`, " ")), " ")
	if s.knowledge == nil || words == "" {
		return []attache.KBEntity{}, nil
	}
	page, err := s.knowledge.ListEntities(r.Context(), attache.KBEntityFilter{Query: words, Limit: profileLimit})
	if err != nil {
		return nil, err
	}
	if page.Entities == nil {
		return []attache.KBEntity{}, nil
	}
	return page.Entities, nil
}

// appliedFilter is a filter in force on a search, shown with a link
// that removes it.
type appliedFilter struct {
	Name, Value string
	Remove      string // the search without this filter
}

// appliedFilters lists the filters of q in the order of the form, each
// with the URL of the same search without it.
func appliedFilters(r *http.Request, q attache.SearchQuery) []appliedFilter {
	var out []appliedFilter
	for _, f := range []struct{ key, name, value string }{
		{"entity", "entity", q.Entity}, {"type", "event type", string(q.Type)},
		{"event_from", "events from", q.EventFrom}, {"event_to", "events to", q.EventTo},
		{"from", "published from", q.From}, {"to", "published to", q.To}, {"source", "source", q.Source},
	} {
		if f.value == "" {
			continue
		}
		u := *r.URL
		vals := u.Query()
		vals.Del(f.key)
		vals.Del("offset")
		u.RawQuery = vals.Encode()
		out = append(out, appliedFilter{Name: f.name, Value: f.value, Remove: u.RequestURI()})
	}
	return out
}

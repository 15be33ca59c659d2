package server

import (
	"context"
	"net/http"
	"sort"
	"strings"

	"attache"
	"attache/fold"
)

// eventDepth is how many of the newest matching articles an event query
// reads.
const eventDepth = 200

// eventFilter selects events across articles.
type eventFilter struct {
	Type     string // event type
	Entity   string // a participant's name (any spelling)
	Country  string // ISO code: a participant of, or the place in, this country
	From, To string // article publication dates
	Limit    int
	Offset   int
}

// collectEvents gathers the events of the newest articles matching q's
// article-level filters, keeps those keep accepts, and orders them by date,
// newest first.
func (s *Server) collectEvents(ctx context.Context, q attache.SearchQuery, keep func(a *attache.Article, ev attache.Event) bool) ([]eventRef, error) {
	hits, err := s.articleHits(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.eventsOf(ctx, hits, keep), nil
}

// articleHits lists the articles matching q, or the newest ones when q
// has no filter at all.
func (s *Server) articleHits(ctx context.Context, q attache.SearchQuery) ([]attache.SearchHit, error) {
	if q.Query != "" || q.Entity != "" || q.Type != "" || q.Source != "" || q.From != "" || q.To != "" {
		return s.store.Search(ctx, q)
	}
	as, _, err := s.store.FindArticles(ctx, attache.ArticleFilter{Limit: q.Limit})
	if err != nil {
		return nil, err
	}
	hits := make([]attache.SearchHit, len(as))
	for i, a := range as {
		hits[i].ID = a.ID
	}
	return hits, nil
}

// eventsOf loads the hits' extractions and returns the events keep
// accepts, newest first.
func (s *Server) eventsOf(ctx context.Context, hits []attache.SearchHit, keep func(a *attache.Article, ev attache.Event) bool) []eventRef {
	out := []eventRef{}
	for _, a := range s.loadArticles(ctx, hits) {
		if a == nil || a.Extraction == nil {
			continue
		}
		for i, ev := range a.Extraction.Events {
			if keep(a, ev) {
				out = append(out, eventRef{Event: ev, Fact: factID(a.ID, i), Article: a.ID, ArticleTitle: a.Title, Published: a.Published})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return eventDate(out[i]) > eventDate(out[j]) })
	return out
}

// findEvents answers an event filter.
func (s *Server) findEvents(ctx context.Context, f eventFilter) ([]eventRef, error) {
	q := attache.SearchQuery{Type: f.Type, Entity: f.Entity, From: f.From, To: f.To, Limit: eventDepth}
	if f.Country != "" && f.Entity == "" {
		q.Entity = s.party(f.Country) // articles naming the country
	}
	entityKey := fold.Key(f.Entity)
	return s.collectEvents(ctx, q, func(a *attache.Article, ev attache.Event) bool {
		if f.Type != "" && ev.Type != f.Type {
			return false
		}
		if entityKey != "" {
			e := findEntity(a.Extraction, entityKey)
			if e == nil || !takesPart(ev, participantIDs(e)) {
				return false
			}
		}
		if f.Country != "" && !involves(a.Extraction, ev, f.Country) {
			return false
		}
		return true
	})
}

// involves reports whether a country takes part in an event: as a
// participant code, or through a participant entity of that country, or as
// the place.
func involves(x *attache.Extraction, ev attache.Event, code string) bool {
	if strings.EqualFold(ev.Place, code) {
		return true
	}
	for _, p := range ev.Participants {
		if strings.EqualFold(p, code) {
			return true
		}
		if e := findEntity(x, fold.Key(p)); e != nil && strings.EqualFold(e.Country, code) {
			return true
		}
	}
	return false
}

// eventFilterOf reads an event filter from the query string.
func eventFilterOf(r *http.Request) (eventFilter, error) {
	v := r.URL.Query()
	f := eventFilter{Type: v.Get("type"), Entity: strings.TrimSpace(v.Get("entity")), Country: strings.ToUpper(v.Get("country")), From: v.Get("from"), To: v.Get("to")}
	if f.Type != "" && !validType(f.Type) {
		return f, invalid("unknown event type %q (want one of %s)", f.Type, strings.Join(eventTypes, ", "))
	}
	if f.Country != "" && !isCode(f.Country) {
		return f, invalid("country must be an ISO 3166-1 alpha-2 code, got %q", f.Country)
	}
	if err := checkDate("from", f.From); err != nil {
		return f, err
	}
	if err := checkDate("to", f.To); err != nil {
		return f, err
	}
	var err error
	f.Limit, f.Offset, err = paging(r, 50, 500)
	return f, err
}

func validType(t string) bool {
	for _, x := range eventTypes {
		if x == t {
			return true
		}
	}
	return false
}

// isCode reports whether s looks like an ISO alpha-2 code.
func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// page cuts one page out of a list.
func pageOf[T any](list []T, limit, offset int) []T {
	if offset >= len(list) {
		return []T{}
	}
	return list[offset:min(offset+limit, len(list))]
}

// handleAPIEvents lists events: GET /api/v1/events?type=&entity=&country=&from=&to=&limit=&offset=
func (s *Server) handleAPIEvents(w http.ResponseWriter, r *http.Request) error {
	f, err := eventFilterOf(r)
	if err != nil {
		return err
	}
	evs, err := s.findEvents(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Events []eventRef `json:"events"`
		Total  int        `json:"total"`
		Limit  int        `json:"limit"`
		Offset int        `json:"offset"`
	}{pageOf(evs, f.Limit, f.Offset), len(evs), f.Limit, f.Offset})
	return nil
}

// eventsPage is the data of the events page.
type eventsPage struct {
	F      eventFilter
	Types  []string
	Events []eventRef
	Total  int
	Prev   string
	Next   string
}

// handleEventsPage lists events with filters: GET /events
func (s *Server) handleEventsPage(w http.ResponseWriter, r *http.Request) error {
	f, err := eventFilterOf(r)
	if err != nil {
		return err
	}
	evs, err := s.findEvents(r.Context(), f)
	if err != nil {
		return err
	}
	p := eventsPage{F: f, Types: eventTypes, Events: pageOf(evs, f.Limit, f.Offset), Total: len(evs)}
	if f.Offset > 0 {
		p.Prev = pageURL(r, max(f.Offset-f.Limit, 0))
	}
	if f.Offset+f.Limit < len(evs) {
		p.Next = pageURL(r, f.Offset+f.Limit)
	}
	return s.render(w, r, http.StatusOK, "events", "Events", p)
}

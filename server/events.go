package server

import (
	"net/http"
	"strings"

	"attache"
)

// eventFilter is an event query with paging.
type eventFilter struct {
	Q      attache.EventQuery // Q.Limit and Q.Offset are left to findEvents
	Limit  int
	Offset int
}

// eventFilterOf reads an event filter from the query string.
func eventFilterOf(r *http.Request) (eventFilter, error) {
	v := r.URL.Query()
	q := attache.EventQuery{Type: attache.EventType(v.Get("type")), Entity: strings.TrimSpace(v.Get("entity")),
		Country: strings.TrimSpace(v.Get("country")), With: strings.TrimSpace(v.Get("with")),
		From: v.Get("from"), To: v.Get("to"), Sort: v.Get("sort")}
	if q.Sort == "" {
		q.Sort = attache.SortDate
	}
	f := eventFilter{Q: q}
	if q.Sort != attache.SortDate && q.Sort != attache.SortRecent {
		return f, invalid("sort must be %s or %s, got %q", attache.SortDate, attache.SortRecent, q.Sort)
	}
	if q.Type != "" && !q.Type.Valid() {
		return f, invalid("unknown event type %q (want one of %s)", q.Type, typeList())
	}
	if len(q.Entity) > 300 || len(q.Country) > 100 || len(q.With) > 100 {
		return f, invalid("entity or country too long")
	}
	if err := checkDate("from", q.From); err != nil {
		return f, err
	}
	if err := checkDate("to", q.To); err != nil {
		return f, err
	}
	var err error
	if f.Limit, f.Offset, err = paging(r, 50, 500); err != nil {
		return f, err
	}
	f.Q.After, f.Q.Before, err = cursors(r, f.Offset)
	return f, err
}

// findEvents answers an event filter: one page of the matches in date
// order, paged by the store, and their total.
func (s *Server) findEvents(r *http.Request, f eventFilter) (*attache.EventList, error) {
	k, err := s.needKnowledge()
	if err != nil {
		return nil, err
	}
	if err := s.checkCountries(countryParam{"country", &f.Q.Country}, countryParam{"with", &f.Q.With}); err != nil {
		return nil, err
	}
	q := f.Q
	q.Limit, q.Offset = f.Limit, f.Offset
	return k.FindEvents(r.Context(), q)
}

// typeList is the event types for a message: "meeting, visit, ...".
func typeList() string {
	s := make([]string, len(attache.EventTypes))
	for i, t := range attache.EventTypes {
		s[i] = string(t)
	}
	return strings.Join(s, ", ")
}

// isCode reports whether s looks like an ISO alpha-2 code.
func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// handleAPIEvents lists events oldest or newest first:
// GET /api/v1/events?type=&country=&with=&entity=&from=&to=&sort=&limit=&offset=&after=&before=
func (s *Server) handleAPIEvents(w http.ResponseWriter, r *http.Request) error {
	f, err := eventFilterOf(r)
	if err != nil {
		return err
	}
	list, err := s.findEvents(r, f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Events []attache.KBEvent `json:"events"`
		Names  attache.Names     `json:"names"`
		Total  int               `json:"total"`
		Limit  int               `json:"limit"`
		Offset int               `json:"offset"`
		Sort   string            `json:"sort"`
		Next   string            `json:"next,omitempty"`
		Prev   string            `json:"prev,omitempty"`
	}{list.Events, list.Names, list.Total, f.Limit, f.Offset, f.Q.Sort, list.Next, list.Prev})
	return nil
}

// eventsPage is the data of the events page.
type eventsPage struct {
	F          eventFilter
	Types      []attache.EventType
	Sorts      []string
	Events     []eventRow
	Total      int
	Prev       string
	Next       string
	Correcting bool
}

// handleEventsPage lists events with filters: GET /events
func (s *Server) handleEventsPage(w http.ResponseWriter, r *http.Request) error {
	f, err := eventFilterOf(r)
	if err != nil {
		return err
	}
	list, err := s.findEvents(r, f)
	if err != nil {
		return err
	}
	p := eventsPage{F: f, Types: attache.EventTypes, Sorts: []string{attache.SortDate, attache.SortRecent},
		Events: s.eventRows(list.Events, list.Names), Total: list.Total, Correcting: s.corrector != nil,
		Prev: cursorURL(r, "before", list.Prev), Next: cursorURL(r, "after", list.Next)}
	return s.render(w, r, http.StatusOK, "events", "Events", p)
}

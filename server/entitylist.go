package server

import (
	"context"
	"net/http"
	"strings"

	"attache"
)

// entitySummary is a knowledge-base entity in a list.
type entitySummary struct {
	ID       string             `json:"id"`
	Name     string             `json:"name"`
	Type     attache.EntityType `json:"type"`
	Country  string             `json:"country,omitempty"`
	Rank     string             `json:"rank,omitempty"`
	Articles int                `json:"articles"` // articles of the whole base that mention it
}

// entityList is one page of an entity list.
type entityList struct {
	Entities []entitySummary `json:"entities"`
	Total    int             `json:"total"`
	Limit    int             `json:"limit"`
	Offset   int             `json:"offset"`
	Sort     string          `json:"sort"`
	Next     string          `json:"next,omitempty"` // cursor of the next page
	Prev     string          `json:"prev,omitempty"` // cursor of the previous page
}

// listEntities reads one page of the knowledge-base entities matching f,
// in f's order, the number of all matches and the cursors around it.
func (s *Server) listEntities(ctx context.Context, f attache.KBEntityFilter) (*entityList, error) {
	k, err := s.needKnowledge()
	if err != nil {
		return nil, err
	}
	if err := s.checkCountries(countryParam{"country", &f.Country}); err != nil {
		return nil, err
	}
	page, err := k.ListEntities(ctx, f)
	if err != nil {
		return nil, err
	}
	out := &entityList{Entities: make([]entitySummary, 0, len(page.Entities)), Total: page.Total,
		Limit: f.Limit, Offset: f.Offset, Sort: f.Sort, Next: page.Next, Prev: page.Prev}
	for _, e := range page.Entities {
		out.Entities = append(out.Entities, entitySummary{ID: e.ID, Name: e.Name, Type: e.Type, Country: e.Country, Rank: e.Rank, Articles: e.Articles})
	}
	return out, nil
}

// entityListOf reads the list filters.
func entityListOf(r *http.Request) (attache.KBEntityFilter, error) {
	v := r.URL.Query()
	f := attache.KBEntityFilter{Query: strings.TrimSpace(v.Get("q")), Type: attache.EntityType(v.Get("type")),
		Country: strings.TrimSpace(v.Get("country")), Sort: v.Get("sort")}
	switch f.Type {
	case "", attache.Person, attache.Organization, attache.Location, attache.Country:
	default:
		return f, invalid("type must be person, organization, location or country, got %q", f.Type)
	}
	switch f.Sort {
	case "":
		f.Sort = attache.SortMentions
	case attache.SortMentions, attache.SortName:
	default:
		return f, invalid("sort must be %s or %s, got %q", attache.SortMentions, attache.SortName, f.Sort)
	}
	if len(f.Query) > 300 || len(f.Country) > 100 {
		return f, invalid("q or country too long")
	}
	var err error
	if f.Limit, f.Offset, err = paging(r, 100, 1000); err != nil {
		return f, err
	}
	f.After, f.Before, err = cursors(r, f.Offset)
	return f, err
}

// handleAPIEntities lists entities: GET /api/v1/entities?q=&type=&limit=&offset=
func (s *Server) handleAPIEntities(w http.ResponseWriter, r *http.Request) error {
	f, err := entityListOf(r)
	if err != nil {
		return err
	}
	list, err := s.listEntities(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list)
	return nil
}

// handleEntitiesPage lists entities, or opens the profile of the one
// named: GET /entities?name=
func (s *Server) handleEntitiesPage(w http.ResponseWriter, r *http.Request) error {
	if name := strings.TrimSpace(r.URL.Query().Get("name")); name != "" {
		http.Redirect(w, r, entityURL(name), http.StatusSeeOther)
		return nil
	}
	f, err := entityListOf(r)
	if err != nil {
		return err
	}
	list, err := s.listEntities(r.Context(), f)
	if err != nil {
		return err
	}
	p := entitiesPage{F: f, Types: []attache.EntityType{attache.Person, attache.Organization, attache.Location, attache.Country},
		Sorts: []string{attache.SortMentions, attache.SortName}, Entities: list.Entities, Total: list.Total,
		Prev: cursorURL(r, "before", list.Prev), Next: cursorURL(r, "after", list.Next)}
	return s.render(w, r, http.StatusOK, "entities", "Entities", p)
}

// entitiesPage is the data of the entity list page.
type entitiesPage struct {
	F          attache.KBEntityFilter
	Types      []attache.EntityType
	Sorts      []string
	Entities   []entitySummary
	Total      int
	Prev, Next string
}

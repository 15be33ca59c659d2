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

// listEntities reads one page of the knowledge-base entities matching f,
// most mentioned first, and the number of all matches.
func (s *Server) listEntities(ctx context.Context, f attache.KBEntityFilter) ([]entitySummary, int, error) {
	k, err := s.needKnowledge()
	if err != nil {
		return nil, 0, err
	}
	page, err := k.ListEntities(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	out := make([]entitySummary, 0, len(page.Entities))
	for _, e := range page.Entities {
		out = append(out, entitySummary{ID: e.ID, Name: e.Name, Type: e.Type, Country: e.Country, Rank: e.Rank, Articles: e.Articles})
	}
	return out, page.Total, nil
}

// entityListOf reads the list filters.
func entityListOf(r *http.Request) (attache.KBEntityFilter, error) {
	f := attache.KBEntityFilter{Query: strings.TrimSpace(r.URL.Query().Get("q")), Type: attache.EntityType(r.URL.Query().Get("type"))}
	switch f.Type {
	case "", attache.Person, attache.Organization, attache.Location, attache.Country:
	default:
		return f, invalid("type must be person, organization, location or country, got %q", f.Type)
	}
	if len(f.Query) > 300 {
		return f, invalid("q too long")
	}
	var err error
	f.Limit, f.Offset, err = paging(r, 100, 1000)
	return f, err
}

// handleAPIEntities lists entities: GET /api/v1/entities?q=&type=&limit=&offset=
func (s *Server) handleAPIEntities(w http.ResponseWriter, r *http.Request) error {
	f, err := entityListOf(r)
	if err != nil {
		return err
	}
	list, total, err := s.listEntities(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Entities []entitySummary `json:"entities"`
		Total    int             `json:"total"`
		Limit    int             `json:"limit"`
		Offset   int             `json:"offset"`
	}{list, total, f.Limit, f.Offset})
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
	list, total, err := s.listEntities(r.Context(), f)
	if err != nil {
		return err
	}
	p := entitiesPage{Q: f.Query, Type: f.Type, Types: []attache.EntityType{attache.Person, attache.Organization, attache.Location, attache.Country},
		Entities: list, Total: total}
	if f.Offset > 0 {
		p.Prev = pageURL(r, max(f.Offset-f.Limit, 0))
	}
	if f.Offset+f.Limit < total {
		p.Next = pageURL(r, f.Offset+f.Limit)
	}
	return s.render(w, r, http.StatusOK, "entities", "Entities", p)
}

// entitiesPage is the data of the entity list page.
type entitiesPage struct {
	Q          string
	Type       attache.EntityType
	Types      []attache.EntityType
	Entities   []entitySummary
	Total      int
	Prev, Next string
}

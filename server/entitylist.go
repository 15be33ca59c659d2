package server

import (
	"context"
	"net/http"
	"sort"
	"strings"

	"attache"
	"attache/fold"
)

// listDepth is how many of the newest articles the entity list reads.
const listDepth = 200

// entitySummary is an entity in a list: its name, type, and in how many of
// the articles read it appears.
type entitySummary struct {
	Name     string             `json:"name"`
	Type     attache.EntityType `json:"type"`
	Country  string             `json:"country,omitempty"`
	Articles int                `json:"articles"`
}

// listEntities gathers the entities of the newest articles, one per folded
// name, most frequent first, optionally only of type typ and whose name
// contains q (folded).
func (s *Server) listEntities(ctx context.Context, q string, typ attache.EntityType) ([]entitySummary, error) {
	hits, err := s.articleHits(ctx, attache.SearchQuery{Limit: listDepth})
	if err != nil {
		return nil, err
	}
	qk := fold.Key(q)
	byKey := map[string]*entitySummary{}
	for _, a := range s.loadArticles(ctx, hits) {
		if a == nil || a.Extraction == nil {
			continue
		}
		for _, e := range a.Extraction.Entities {
			k := fold.Key(e.Name)
			if k == "" || (typ != "" && e.Type != typ) || (qk != "" && !strings.Contains(k, qk)) {
				continue
			}
			if byKey[k] == nil {
				byKey[k] = &entitySummary{Name: e.Name, Type: e.Type, Country: e.Country}
			}
			byKey[k].Articles++
		}
	}
	out := []entitySummary{}
	for _, e := range byKey {
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

// entityListOf reads the list filters.
func entityListOf(r *http.Request) (q string, typ attache.EntityType, limit, offset int, err error) {
	q = strings.TrimSpace(r.URL.Query().Get("q"))
	typ = attache.EntityType(r.URL.Query().Get("type"))
	switch typ {
	case "", attache.Person, attache.Organization, attache.Location, attache.Country:
	default:
		return "", "", 0, 0, invalid("type must be person, organization, location or country, got %q", typ)
	}
	if len(q) > 300 {
		return "", "", 0, 0, invalid("q too long")
	}
	limit, offset, err = paging(r, 100, 1000)
	return q, typ, limit, offset, err
}

// handleAPIEntities lists entities: GET /api/v1/entities?q=&type=&limit=&offset=
func (s *Server) handleAPIEntities(w http.ResponseWriter, r *http.Request) error {
	q, typ, limit, offset, err := entityListOf(r)
	if err != nil {
		return err
	}
	list, err := s.listEntities(r.Context(), q, typ)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		Entities []entitySummary `json:"entities"`
		Total    int             `json:"total"`
		Limit    int             `json:"limit"`
		Offset   int             `json:"offset"`
	}{pageOf(list, limit, offset), len(list), limit, offset})
	return nil
}

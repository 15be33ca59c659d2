package server

import (
	"context"
	"net/http"
	"sort"
	"strings"
	"sync"

	"attache"
	"attache/fold"
)

// listDepth is how many of the newest articles the entity list reads: the
// list shows the knowledge-base entities named there, which keeps it
// current and fast on a large base.
const listDepth = 200

// entitySummary is a knowledge-base entity in a list.
type entitySummary struct {
	ID       string             `json:"id"`
	Name     string             `json:"name"`
	Type     attache.EntityType `json:"type"`
	Country  string             `json:"country,omitempty"`
	Rank     string             `json:"rank,omitempty"`
	Articles int                `json:"articles"` // articles of the whole base that mention it
}

// listEntities lists the knowledge-base entities named in the newest
// articles, most mentioned first, optionally only of type typ and whose
// name or an alias contains q (folded). The entity FindEntity finds for q
// is listed too, however old its articles.
func (s *Server) listEntities(ctx context.Context, q string, typ attache.EntityType) ([]entitySummary, error) {
	ks, ok := s.store.(attache.KnowledgeStore)
	if !ok || s.knowledge == nil {
		return nil, errNoKnowledge()
	}
	qk := fold.Key(q)
	keys, err := s.recentEntityKeys(ctx, typ)
	if err != nil {
		return nil, err
	}
	es, err := ks.KBEntitiesByKey(ctx, keys)
	if err != nil {
		return nil, err
	}
	if qk != "" {
		if e, err := s.knowledge.FindEntity(ctx, q); err == nil {
			es = append(es, *e)
		} else if attache.ErrorCode(err) != attache.ENOTFOUND {
			return nil, err
		}
	}
	byID := map[string]bool{}
	out := []entitySummary{}
	for _, e := range es {
		if byID[e.ID] || (typ != "" && e.Type != typ) || (qk != "" && !namedLike(e, qk)) {
			continue
		}
		byID[e.ID] = true
		out = append(out, entitySummary{ID: e.ID, Name: e.Name, Type: e.Type, Country: e.Country, Rank: e.Rank, Articles: e.Articles})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

// entityKeyLister is a store that lists the folded names of the entities
// of its newest articles itself (sqlite.DB does), without loading the
// articles: their texts can be megabytes each.
type entityKeyLister interface {
	RecentEntityKeys(ctx context.Context, articles int, typ attache.EntityType) ([]string, error)
}

// recentEntityKeys returns the folded names of the entities (of type typ,
// if given) of the listDepth newest articles.
func (s *Server) recentEntityKeys(ctx context.Context, typ attache.EntityType) ([]string, error) {
	if l, ok := s.store.(entityKeyLister); ok {
		return l.RecentEntityKeys(ctx, listDepth, typ)
	}
	as, _, err := s.store.FindArticles(ctx, attache.ArticleFilter{Limit: listDepth})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var keys []string
	for _, a := range s.loadArticles(ctx, as) {
		if a == nil || a.Extraction == nil {
			continue
		}
		for _, e := range a.Extraction.Entities {
			k := fold.Key(e.Name)
			if k == "" || seen[k] || (typ != "" && e.Type != typ) {
				continue
			}
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys, nil
}

// namedLike reports whether e's name or an alias contains the folded key.
func namedLike(e attache.KBEntity, key string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if strings.Contains(fold.Key(n), key) {
			return true
		}
	}
	return false
}

// loadArticles loads the articles' extractions with a few goroutines;
// articles deleted meanwhile come back nil.
func (s *Server) loadArticles(ctx context.Context, as []*attache.Article) []*attache.Article {
	out := make([]*attache.Article, len(as))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if a, err := s.store.Article(ctx, as[i].ID); err == nil {
					out[i] = a
				}
			}
		}()
	}
	for i := range as {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
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

// handleEntitiesPage lists entities, or opens the profile of the one
// named: GET /entities?name=
func (s *Server) handleEntitiesPage(w http.ResponseWriter, r *http.Request) error {
	if name := strings.TrimSpace(r.URL.Query().Get("name")); name != "" {
		http.Redirect(w, r, entityURL(name), http.StatusSeeOther)
		return nil
	}
	q, typ, limit, offset, err := entityListOf(r)
	if err != nil {
		return err
	}
	list, err := s.listEntities(r.Context(), q, typ)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "entities", "Entities", struct {
		Q        string
		Type     attache.EntityType
		Types    []attache.EntityType
		Entities []entitySummary
		Total    int
	}{q, typ, []attache.EntityType{attache.Person, attache.Organization, attache.Location, attache.Country}, pageOf(list, limit, offset), len(list)})
}

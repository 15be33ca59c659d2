package export

import (
	"context"
	"fmt"
	"slices"

	"attache"
)

// pageSize is how many rows one read of the store returns: enough to keep
// the number of queries low, few enough to keep memory flat.
const pageSize = 200

// eachArticle calls fn with every stored article, with its original bytes
// and extraction, oldest first (publication date, then order of storing,
// undated first): the reverse of the store's list order, so that an
// import that stores them in this order lists them in the same order.
// The store lists newest first and pages by key (after an article), so
// a first walk keeps the key each page starts after, and a second reads
// the pages again from the last: each page a seek, not a count past
// every earlier article as an offset would be (quadratic in the base).
func (s Source) eachArticle(ctx context.Context, fn func(*attache.Article) error) error {
	var starts []string // the article each page starts after; "" the first page
	err := s.eachArticlePage(ctx, func(after string, _ []*attache.Article) error {
		starts = append(starts, after)
		return nil
	})
	if err != nil {
		return err
	}
	for _, after := range slices.Backward(starts) {
		page, _, err := s.Articles.FindArticles(ctx, attache.ArticleFilter{After: after, Limit: pageSize, NoTotal: true})
		if err != nil {
			return fmt.Errorf("articles: %w", err)
		}
		slices.Reverse(page)
		for _, a := range page {
			full, err := s.Articles.Article(ctx, a.ID)
			if err != nil {
				return fmt.Errorf("article %s: %w", a.ID, err)
			}
			if err := fn(full); err != nil {
				return err
			}
		}
	}
	return nil
}

// eachArticlePage calls fn with every page of the stored articles (their
// metadata), newest first, and the article each page starts after.
func (s Source) eachArticlePage(ctx context.Context, fn func(after string, page []*attache.Article) error) error {
	after := ""
	for {
		page, _, err := s.Articles.FindArticles(ctx, attache.ArticleFilter{After: after, Limit: pageSize, NoTotal: true})
		if err != nil {
			return fmt.Errorf("articles: %w", err)
		}
		if len(page) > 0 {
			if err := fn(after, page); err != nil {
				return err
			}
		}
		if len(page) < pageSize {
			return nil
		}
		after = page[len(page)-1].ID
	}
}

// eachEntity calls fn with every knowledge-base entity, with aliases and
// positions, most mentioned first. Like the articles, entities and events
// are paged by key (after the last of the page before), never by offset.
func (s Source) eachEntity(ctx context.Context, fn func(*attache.KBEntity) error) error {
	for after := ""; ; {
		page, _, err := s.Knowledge.FindKBEntities(ctx, attache.KBEntityFilter{Limit: pageSize, After: after})
		if err != nil {
			return fmt.Errorf("entities: %w", err)
		}
		for _, e := range page {
			full, err := s.Knowledge.KBEntity(ctx, e.ID)
			if err != nil {
				return fmt.Errorf("entity %s: %w", e.ID, err)
			}
			if err := fn(full); err != nil {
				return err
			}
		}
		if len(page) < pageSize {
			return nil
		}
		after = attache.EntityCursor(page[len(page)-1])
	}
}

// eachEvent calls fn with every event matching f, in date order.
func (s Source) eachEvent(ctx context.Context, f Filter, fn func(*attache.KBEvent) error) error {
	return s.eachEventPage(ctx, f, func(page []attache.KBEvent, _ map[string]attache.KBEntity) error {
		for i := range page {
			if err := fn(&page[i]); err != nil {
				return err
			}
		}
		return nil
	}, false)
}

// eachEventPage calls fn with every page of the events matching f, in
// date order, and, when withNames, the entities the page's events name.
func (s Source) eachEventPage(ctx context.Context, f Filter, fn func([]attache.KBEvent, map[string]attache.KBEntity) error, withNames bool) error {
	kf, err := s.eventFilter(ctx, f)
	if err != nil {
		return err
	}
	kf.Limit = pageSize
	for kf.After = ""; ; {
		page, err := s.Knowledge.KBEvents(ctx, kf)
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		var names map[string]attache.KBEntity
		if withNames {
			var ids []string
			for _, e := range page {
				ids = append(ids, e.Participants...)
			}
			if names, err = s.names(ctx, ids); err != nil {
				return err
			}
		}
		if err := fn(page, names); err != nil {
			return err
		}
		if len(page) < pageSize {
			return nil
		}
		kf.After = attache.EventCursor(page[len(page)-1])
	}
}

// names looks up the entities ids name, pageSize at a time.
func (s Source) names(ctx context.Context, ids []string) (map[string]attache.KBEntity, error) {
	out := map[string]attache.KBEntity{}
	for chunk := range slices.Chunk(ids, pageSize) {
		m, err := s.Knowledge.KBEntityNames(ctx, chunk)
		if err != nil {
			return nil, fmt.Errorf("entity names: %w", err)
		}
		for k, v := range m {
			out[k] = v
		}
	}
	return out, nil
}

package export_test

import (
	"bytes"
	"context"
	"testing"

	"attache"
	"attache/export"
)

// filterLog is a store that records the article filters it is asked.
type filterLog struct {
	attache.Store
	filters []attache.ArticleFilter
}

func (l *filterLog) FindArticles(ctx context.Context, f attache.ArticleFilter) ([]*attache.Article, int, error) {
	l.filters = append(l.filters, f)
	return l.Store.FindArticles(ctx, f)
}

// kbLog is a knowledge store that records the entity and event filters
// it is asked.
type kbLog struct {
	attache.KnowledgeStore
	entities []attache.KBEntityFilter
	events   []attache.KBEventFilter
}

func (l *kbLog) FindKBEntities(ctx context.Context, f attache.KBEntityFilter) ([]attache.KBEntity, int, error) {
	l.entities = append(l.entities, f)
	return l.KnowledgeStore.FindKBEntities(ctx, f)
}

func (l *kbLog) KBEvents(ctx context.Context, f attache.KBEventFilter) ([]attache.KBEvent, error) {
	l.events = append(l.events, f)
	return l.KnowledgeStore.KBEvents(ctx, f)
}

// TestWholeExportPagesArticlesByKey exports a base of several pages of
// articles whole, and checks that every page of articles was read after
// a key (an article), never at an offset (which counts past every
// earlier article: quadratic in the base), and without a total, and so
// were the pages of entities and events, with the
// same output (after the header, which has its time) as the plain store
// gives.
func TestWholeExportPagesArticlesByKey(t *testing.T) {
	b := synthBase(t, 450) // three pages of 200
	for _, format := range []string{"jsonl", "jsonld"} {
		var want bytes.Buffer
		if err := export.Write(context.Background(), b.src, format, &want, export.Options{}); err != nil {
			t.Fatal(err)
		}
		log := &filterLog{Store: b.src.Articles}
		src := b.src
		src.Articles = log
		kb := &kbLog{KnowledgeStore: b.src.Knowledge}
		src.Knowledge = kb
		var got bytes.Buffer
		if err := export.Write(context.Background(), src, format, &got, export.Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(afterHeader(got.Bytes()), afterHeader(want.Bytes())) {
			t.Errorf("%s: the export through the logging store differs", format)
		}
		keyed := 0
		for _, f := range log.filters {
			if f.Offset > 0 {
				t.Errorf("%s: a page of articles read at offset %d: %+v", format, f.Offset, f)
			}
			if !f.NoTotal {
				t.Errorf("%s: a page of articles read with its total: %+v", format, f)
			}
			if f.After != "" {
				keyed++
			}
		}
		if keyed < 2 {
			t.Errorf("%s: %d pages read after an article, want at least 2 of 450 articles: %+v", format, keyed, log.filters)
		}
		for _, f := range kb.entities {
			if f.Offset > 0 {
				t.Errorf("%s: a page of entities read at offset %d", format, f.Offset)
			}
		}
		for _, f := range kb.events {
			if f.Offset > 0 {
				t.Errorf("%s: a page of events read at offset %d", format, f.Offset)
			}
		}
		if len(kb.entities) < 3 || len(kb.events) < 3 {
			t.Errorf("%s: %d pages of entities and %d of events, want 3 each for 450", format, len(kb.entities), len(kb.events))
		}
	}
}

// afterHeader is an export without its first line.
func afterHeader(b []byte) []byte {
	_, rest, _ := bytes.Cut(b, []byte("\n"))
	return rest
}

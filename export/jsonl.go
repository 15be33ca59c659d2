package export

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"strconv"
	"time"

	"attache"
)

// The jsonl format is one JSON object a line. The first line is a header,
// the last an end record that counts the lines before it, so that a file
// cut at a line boundary is told from a whole one; every line starts with
// a CRC-32 of the rest of its object, so that a changed byte is found on
// its line. Records refer to each other by id only, and an import takes
// them in any order between header and end, provided an article comes
// before the links of its entities.

// JSONLFormat and JSONLVersion name the jsonl format in its header.
const (
	JSONLFormat  = "attache-jsonl"
	JSONLVersion = 1
)

// The kinds of jsonl records.
const (
	kindHeader     = "header"
	kindPending    = "pending"
	kindArticle    = "article"
	kindLinks      = "links"
	kindEntity     = "entity"
	kindEvent      = "event"
	kindCorrection = "correction"
	kindEnd        = "end"
)

// record is one line of a jsonl file: Kind says which other field is set.
type record struct {
	Kind       string               `json:"kind"`
	Header     *header              `json:"header,omitempty"`
	Pending    string               `json:"pending,omitempty"` // an article stored but not yet resolved
	Article    *article             `json:"article,omitempty"`
	Links      []attache.EntityLink `json:"links,omitempty"` // of one article, in entity order
	Entity     *attache.KBEntity    `json:"entity,omitempty"`
	Event      *attache.KBEvent     `json:"event,omitempty"`
	Correction *attache.Correction  `json:"correction,omitempty"`
	End        *end                 `json:"end,omitempty"`
}

// header opens a jsonl file.
type header struct {
	Format  string    `json:"format"`
	Version int       `json:"version"`
	Created time.Time `json:"created"`
	Filter  *Filter   `json:"filter,omitempty"` // set for a part of the base
	From    string    `json:"from,omitempty"`
	To      string    `json:"to,omitempty"`
}

// end closes a jsonl file.
type end struct {
	Records int `json:"records"` // lines before this one, header included
}

// article is attache.Article as a jsonl record, with names of its own so
// that the file does not change when Go fields are renamed.
type article struct {
	ID          string              `json:"id"`
	URL         string              `json:"url,omitempty"`
	Path        string              `json:"path,omitempty"`
	Title       string              `json:"title,omitempty"`
	Source      string              `json:"source,omitempty"`
	Published   string              `json:"published,omitempty"`
	Format      string              `json:"format,omitempty"`
	Original    []byte              `json:"original,omitempty"` // base64
	Text        string              `json:"text"`
	Removed     []attache.Removal   `json:"removed"`
	SimHash     string              `json:"simhash"` // hexadecimal: a uint64 does not fit a JSON number
	DuplicateOf string              `json:"duplicate_of,omitempty"`
	IngestedAt  time.Time           `json:"ingested_at"`
	Extraction  *attache.Extraction `json:"extraction"`
}

func fromArticle(a *attache.Article) *article {
	return &article{ID: a.ID, URL: a.URL, Path: a.Path, Title: a.Title, Source: a.Source, Published: a.Published,
		Format: a.Format, Original: a.Original, Text: a.Text, Removed: a.Removed, SimHash: fmt.Sprintf("%016x", a.SimHash),
		DuplicateOf: a.DuplicateOf, IngestedAt: a.IngestedAt, Extraction: a.Extraction}
}

func (r *article) toArticle() (*attache.Article, error) {
	a := &attache.Article{ID: r.ID, URL: r.URL, Path: r.Path, Title: r.Title, Source: r.Source, Published: r.Published,
		Format: r.Format, Original: r.Original, Text: r.Text, Removed: r.Removed,
		DuplicateOf: r.DuplicateOf, IngestedAt: r.IngestedAt, Extraction: r.Extraction}
	if r.SimHash != "" {
		h, err := strconv.ParseUint(r.SimHash, 16, 64)
		if err != nil {
			return nil, fmt.Errorf("article %s: bad simhash %q", r.ID, r.SimHash)
		}
		a.SimHash = h
	}
	return a, nil
}

// lineWriter writes records one a line, each with its CRC, and counts them.
type lineWriter struct {
	w *bufio.Writer
	n int
}

// crcPrefix starts every line: {"crc":"xxxxxxxx", then the record's
// object without its opening brace.
const crcPrefix = `{"crc":"`

func (lw *lineWriter) write(r *record) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode %s: %w", r.Kind, err)
	}
	fmt.Fprintf(lw.w, "%s%08x\",", crcPrefix, crc32.ChecksumIEEE(b))
	lw.w.Write(b[1:])
	if err := lw.w.WriteByte('\n'); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	lw.n++
	return nil
}

// WriteJSONL writes the knowledge base, or the part opts.Filter selects,
// to w as jsonl. The whole base holds everything Import needs to rebuild
// it: articles with original bytes and extraction, the links of their
// entities, entities with aliases and positions, events with sources and
// evidence, corrections and the articles still pending resolution. A
// part holds the events selected, their participants and source articles
// with links to those participants; no corrections.
func WriteJSONL(ctx context.Context, s Source, w io.Writer, opts Options) error {
	lw := &lineWriter{w: bufio.NewWriterSize(w, 64<<10)}
	h := &header{Format: JSONLFormat, Version: JSONLVersion, Created: time.Now().UTC()}
	if !opts.Filter.IsZero() {
		f := opts.Filter
		h.Filter, h.From, h.To = &f, f.From, f.To
	}
	if err := lw.write(&record{Kind: kindHeader, Header: h}); err != nil {
		return err
	}
	var err error
	if opts.Filter.IsZero() {
		err = writeAll(ctx, s, lw, &opts)
	} else {
		err = writePart(ctx, s, lw, &opts)
	}
	if err != nil {
		return err
	}
	if err := lw.write(&record{Kind: kindEnd, End: &end{Records: lw.n}}); err != nil {
		return err
	}
	return lw.w.Flush()
}

// writeAll writes the whole base.
func writeAll(ctx context.Context, s Source, lw *lineWriter, opts *Options) error {
	pending, err := s.Knowledge.PendingArticles(ctx)
	if err != nil {
		return fmt.Errorf("pending articles: %w", err)
	}
	for _, id := range pending {
		if err := lw.write(&record{Kind: kindPending, Pending: id}); err != nil {
			return err
		}
	}
	n := 0
	err = s.eachArticle(ctx, func(a *attache.Article) error {
		if err := writeArticle(ctx, s, lw, a, nil); err != nil {
			return err
		}
		n++
		opts.progress(kindArticle, n)
		return nil
	})
	if err != nil {
		return err
	}
	n = 0
	err = s.eachEntity(ctx, func(e *attache.KBEntity) error {
		n++
		opts.progress(kindEntity, n)
		return lw.write(&record{Kind: kindEntity, Entity: e})
	})
	if err != nil {
		return err
	}
	n = 0
	err = s.eachEvent(ctx, Filter{}, func(e *attache.KBEvent) error {
		n++
		opts.progress(kindEvent, n)
		return lw.write(&record{Kind: kindEvent, Event: e})
	})
	if err != nil {
		return err
	}
	cs, err := s.Knowledge.Corrections(ctx)
	if err != nil {
		return fmt.Errorf("corrections: %w", err)
	}
	for i := range cs {
		if err := lw.write(&record{Kind: kindCorrection, Correction: &cs[i]}); err != nil {
			return err
		}
	}
	return nil
}

// writeArticle writes a and the links of its entities (only those to
// entities in keep, when keep is not nil).
func writeArticle(ctx context.Context, s Source, lw *lineWriter, a *attache.Article, keep map[string]bool) error {
	if err := lw.write(&record{Kind: kindArticle, Article: fromArticle(a)}); err != nil {
		return err
	}
	links, err := s.Knowledge.ArticleLinks(ctx, a.ID)
	if err != nil {
		return fmt.Errorf("links of %s: %w", a.ID, err)
	}
	if keep != nil {
		links = slices.DeleteFunc(links, func(l attache.EntityLink) bool { return !keep[l.EntityID] })
	}
	if len(links) == 0 {
		return nil
	}
	return lw.write(&record{Kind: kindLinks, Links: links})
}

// writePart writes the events opts.Filter selects, then their
// participants, then their source articles (oldest first) with the links
// to those participants.
func writePart(ctx context.Context, s Source, lw *lineWriter, opts *Options) error {
	entities, articles := map[string]bool{}, map[string]string{} // article id → sort key
	n := 0
	err := s.eachEvent(ctx, opts.Filter, func(e *attache.KBEvent) error {
		for _, p := range e.Participants {
			entities[p] = true
		}
		for _, src := range e.Sources {
			articles[src.ArticleID] = src.Published + "\x00" + src.ArticleID
		}
		n++
		opts.progress(kindEvent, n)
		return lw.write(&record{Kind: kindEvent, Event: e})
	})
	if err != nil {
		return err
	}
	ids := sortedKeys(entities)
	for i, id := range ids {
		e, err := s.Knowledge.KBEntity(ctx, id)
		if attache.ErrorCode(err) == attache.ENOTFOUND {
			continue // an event may name an entity a correction removed
		} else if err != nil {
			return fmt.Errorf("entity %s: %w", id, err)
		}
		if err := lw.write(&record{Kind: kindEntity, Entity: e}); err != nil {
			return err
		}
		opts.progress(kindEntity, i+1)
	}
	order := make([]string, 0, len(articles))
	for id := range articles {
		order = append(order, id)
	}
	slices.SortFunc(order, func(a, b string) int {
		return cmp.Compare(articles[a], articles[b])
	})
	for i, id := range order {
		a, err := s.Articles.Article(ctx, id)
		if err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		if err := writeArticle(ctx, s, lw, a, entities); err != nil {
			return err
		}
		opts.progress(kindArticle, i+1)
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

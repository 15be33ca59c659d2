package server

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"attache"
	"attache/eventname"
	"attache/fold"
)

// articleSummary is an article in a list: no text, no extraction.
type articleSummary struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	URL         string `json:"url,omitempty"`
	Source      string `json:"source,omitempty"`
	Published   string `json:"published,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// articleJSON is one article with its clean text, cleaning report and
// extraction (entities with mention offsets, events with evidence). The
// file it was read from is the server's business and stays out.
type articleJSON struct {
	articleSummary
	Format     string              `json:"format,omitempty"`
	IngestedAt time.Time           `json:"ingested_at"`
	Text       string              `json:"text"`
	Removed    []removalJSON       `json:"removed"`
	Extraction *attache.Extraction `json:"extraction"`
	// NotExtracted says why there is no extraction (over the time budget)
	NotExtracted string `json:"not_extracted,omitempty"`
}

// removalJSON is one piece of debris cleaning removed.
type removalJSON struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

func summarize(a *attache.Article) articleSummary {
	return articleSummary{ID: a.ID, Title: titleOf(a), URL: a.URL, Source: a.Source, Published: a.Published, DuplicateOf: a.DuplicateOf}
}

// titleOf is the article's title; an article stored untitled (before
// ingest gave every article one) is named by its first sentence.
func titleOf(a *attache.Article) string {
	if a.Title != "" {
		return a.Title
	}
	var sentences []attache.Span
	if a.Extraction != nil {
		sentences = a.Extraction.Sentences
	}
	if t := attache.TitleFromText(a.Text, sentences); t != "" {
		return t
	}
	return a.ID
}

// handleAPIArticles lists articles: GET /api/v1/articles?from=&to=&source=&limit=&offset=&after=
// The next page is the one after the last article (next), which seeks
// to it instead of counting past every earlier article as offset does.
func (s *Server) handleAPIArticles(w http.ResponseWriter, r *http.Request) error {
	f, err := articleFilter(r)
	if err != nil {
		return err
	}
	if r.URL.Query().Get("before") != "" {
		return invalid("before: the article list pages forward only (after)")
	}
	as, total, err := s.store.FindArticles(r.Context(), f)
	if err != nil {
		return err
	}
	out := struct {
		Articles []articleSummary `json:"articles"`
		Total    int              `json:"total"`
		Limit    int              `json:"limit"`
		Offset   int              `json:"offset"`
		Next     string           `json:"next,omitempty"`
	}{Articles: []articleSummary{}, Total: total, Limit: f.Limit, Offset: f.Offset}
	for _, a := range as {
		out.Articles = append(out.Articles, summarize(a))
	}
	if len(as) == f.Limit {
		out.Next = cursorURL(r, "after", as[len(as)-1].ID)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// handleAPIArticle returns one article: GET /api/v1/articles/{id}
func (s *Server) handleAPIArticle(w http.ResponseWriter, r *http.Request) error {
	a, err := s.store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	out := articleJSON{articleSummary: summarize(a), Format: a.Format,
		IngestedAt: a.IngestedAt, Text: a.Text, Removed: []removalJSON{}, Extraction: a.Extraction, NotExtracted: a.NotExtracted}
	for _, rm := range a.Removed {
		out.Removed = append(out.Removed, removalJSON{rm.Kind, rm.Text})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// articlePage is the data of the article page.
type articlePage struct {
	Article  *attache.Article
	Title    string // the article's title, or its first sentence
	Segments []segment
	Blocks   []block // Segments grouped into evidence sentences and the text between
	Entities map[attache.EntityType][]articleEntity
	Events   []articleEvent
	Types    []attache.EntityType
}

// articleEntity is an entity of the article with the link to its
// knowledge-base profile.
type articleEntity struct {
	attache.Entity
	URL string
}

// articleEvent is an event of the article with its participants linked
// and its title (eventname.Label; "" when the report kept no words).
type articleEvent struct {
	attache.Event
	Label   string
	Parties []link
}

// handleArticlePage shows one article: GET /articles/{id}
func (s *Server) handleArticlePage(w http.ResponseWriter, r *http.Request) error {
	a, err := s.store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	focus, err := focusEvent(r)
	if err != nil {
		return err
	}
	quote := r.URL.Query().Get("quote")
	if len(quote) > 1000 {
		return invalid("quote too long")
	}
	p := articlePage{Article: a, Entities: map[attache.EntityType][]articleEntity{},
		Types: []attache.EntityType{attache.Person, attache.Organization, attache.Location, attache.Country}}
	if x := a.Extraction; x != nil {
		urls, err := s.entityLinks(r.Context(), a)
		if err != nil {
			return err
		}
		p.Segments = highlight(a.Text, x.Entities)
		for i := range p.Segments {
			if p.Segments[i].Entity != "" {
				p.Segments[i].URL = urls.of(p.Segments[i].Entity)
			}
		}
		for _, e := range x.Entities {
			p.Entities[e.Type] = append(p.Entities[e.Type], articleEntity{e, urls.of(e.Name)})
		}
		for _, ev := range x.Events {
			ae := articleEvent{Event: ev, Label: eventname.Label(ev.Name, ev.Evidence)}
			for _, name := range ev.Participants {
				ae.Parties = append(ae.Parties, link{Name: s.party(name), URL: urls.of(name)})
			}
			p.Events = append(p.Events, ae)
		}
		evs := x.Events
		if focus < 0 && quote != "" {
			evs, focus = quotedSentence(a, quote)
		}
		p.Blocks = blocks(p.Segments, evidenceSpans(a.Text, evs), focus)
	} else {
		p.Blocks = []block{{Segments: []segment{{Text: a.Text}}}}
	}
	p.Title = titleOf(a)
	return s.render(w, r, http.StatusOK, "article", p.Title, p)
}

// focusEvent reads the event whose sentence the article page highlights
// (?ev=N, the event's position in the extraction), or -1. A number past
// the article's events (a link older than a re-extraction) highlights
// nothing.
func focusEvent(r *http.Request) (int, error) {
	v := r.URL.Query().Get("ev")
	if v == "" {
		return -1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > 1_000_000 {
		return -1, invalid("ev must be an event number from 0, got %q", v)
	}
	return n, nil
}

// quotedSentence finds the sentence holding the first of the quotes
// ("|"-separated) that a's text holds, as the source links of ranks and
// posts ask (?quote=), and returns a's events with the one whose sentence
// the page then highlights: an event stated by that sentence, else the
// sentence added as an evidence span of its own. No quote found
// highlights nothing (-1).
func quotedSentence(a *attache.Article, quote string) ([]attache.Event, int) {
	evs := a.Extraction.Events
	for _, q := range strings.Split(quote, "|") {
		sp, ok := sentenceSpan(a, strings.TrimSpace(q))
		if !ok {
			continue
		}
		for i, ev := range evs {
			if ev.Start < sp.End && sp.Start < ev.End {
				return evs, i
			}
		}
		return append(slices.Clip(evs), attache.Event{Start: sp.Start, End: sp.End}), len(evs)
	}
	return evs, -1
}

// entityURLs maps the folded names (and country codes) of an article's
// entities to their knowledge-base profiles.
type entityURLs map[string]string

// of is the profile of the entity the article calls name: its
// knowledge-base entity when resolved, else a lookup by name.
func (u entityURLs) of(name string) string {
	if url, ok := u[fold.Key(name)]; ok {
		return url
	}
	if isCode(name) {
		return entityURL("country:" + name)
	}
	return entityURL(name)
}

// entityLinks maps an article's entities to their knowledge-base
// profiles through the links stored when the article was resolved: every
// name and alias the article uses for an entity, and a country's code
// (events name countries by code), leads to the entity it was resolved to.
func (s *Server) entityLinks(ctx context.Context, a *attache.Article) (entityURLs, error) {
	urls := entityURLs{}
	if s.knowledge == nil {
		return urls, nil
	}
	links, err := s.knowledge.ArticleLinks(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	ents := a.Extraction.Entities
	for _, l := range links {
		if l.EntityIdx < 0 || l.EntityIdx >= len(ents) {
			continue // links of an older extraction
		}
		e, url := ents[l.EntityIdx], entityURL(l.EntityID)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := fold.Key(n); k != "" && urls[k] == "" {
				urls[k] = url
			}
		}
		if e.Type == attache.Country && e.Country != "" {
			urls[fold.Key(e.Country)] = url
		}
	}
	return urls, nil
}

// articleFilter reads the list filters from the query string.
func articleFilter(r *http.Request) (attache.ArticleFilter, error) {
	q := r.URL.Query()
	f := attache.ArticleFilter{From: q.Get("from"), To: q.Get("to"), Source: q.Get("source")}
	if err := checkDate("from", f.From); err != nil {
		return f, err
	}
	if err := checkDate("to", f.To); err != nil {
		return f, err
	}
	var err error
	if f.Limit, f.Offset, err = paging(r, 50, 500); err != nil {
		return f, err
	}
	f.After, _, err = cursors(r, f.Offset)
	return f, err
}

// paging reads limit and offset, with a default and a maximum limit.
func paging(r *http.Request, def, max int) (limit, offset int, err error) {
	limit, offset = def, 0
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > max {
			return 0, 0, invalid("limit must be a number from 1 to %d, got %q", max, v)
		}
		limit = n
	}
	if v := r.URL.Query().Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1_000_000 {
			return 0, 0, invalid("offset must be a number from 0 to 1000000, got %q", v)
		}
		offset = n
	}
	return limit, offset, nil
}

// checkDate accepts "", YYYY, YYYY-MM or YYYY-MM-DD.
func checkDate(name, v string) error {
	if v == "" {
		return nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(v) == len(layout) {
			if _, err := time.Parse(layout, v); err == nil {
				return nil
			}
		}
	}
	return invalid("%s must be a date YYYY-MM-DD, got %q", name, v)
}

package export

import (
	"bufio"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"

	"attache"
	"attache/eventname"
	"attache/extract/events"
)

// The events export is one event a line in the shape event-data pipelines
// (ICEWS, POLECAT) take: date and precision, source and target actors
// with their country codes, CAMEO code, PLOVER type and context, place,
// and the source article with the evidence sentence and its offsets.
// EventsSchema is its JSON Schema.

// EventsSchema is the JSON Schema (draft 2020-12) of one line of the
// events export.
//
//go:embed events.schema.json
var EventsSchema []byte

// DataEvent is one line of the events export.
type DataEvent struct {
	ID            string  `json:"id"`
	Type          string  `json:"event_type"`
	Label         string  `json:"label"`          // the event's title (eventname.Event)
	Date          string  `json:"date"`           // ISO, a range "a/b", or "" when undated
	DatePrecision string  `json:"date_precision"` // day, month, year, range, or ""
	Source        []Actor `json:"source_actors"`  // the first party named: who acts
	Target        []Actor `json:"target_actors"`  // the other parties
	SourceCountry string  `json:"source_country"` // ISO code, or ""
	TargetCountry string  `json:"target_country"`
	CAMEO         string  `json:"cameo"` // "" for types CAMEO has no code for (ceremony, exhibition, decision)
	PLOVER        string  `json:"plover"`
	PLOVERContext string  `json:"plover_context"`
	Place         string  `json:"place"`
	Mission       string  `json:"mission,omitempty"`
	Personnel     int     `json:"personnel,omitempty"`
	Article       Doc     `json:"article"` // the first report of the event
	Evidence      string  `json:"evidence"`
	EvidenceStart int     `json:"evidence_start"` // byte offsets in the article's clean text
	EvidenceEnd   int     `json:"evidence_end"`
	Salience      string  `json:"salience"`
	Reports       int     `json:"reports"` // articles reporting the event
}

// Actor is a party of an event.
type Actor struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Type    string `json:"type"`    // person, organization, location, country
	Country string `json:"country"` // ISO code, or ""
}

// Doc is an article an event comes from.
type Doc struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source"`
}

// WriteEvents writes the events opts.Filter selects, one a line.
func WriteEvents(ctx context.Context, s Source, w io.Writer, opts Options) error {
	codes, err := events.TypeCodes()
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	arts := &articleCache{s: s}
	n := 0
	err = s.eachEventPage(ctx, opts.Filter, func(page []attache.KBEvent, names map[string]attache.KBEntity) error {
		for i := range page {
			d, err := dataEvent(ctx, &page[i], names, codes, arts)
			if err != nil {
				return err
			}
			if err := enc.Encode(d); err != nil {
				return err
			}
			n++
			opts.progress(kindEvent, n)
		}
		return nil
	}, true)
	if err != nil {
		return err
	}
	return bw.Flush()
}

// dataEvent turns a knowledge-base event into an event-data record.
func dataEvent(ctx context.Context, e *attache.KBEvent, names map[string]attache.KBEntity, codes map[string]events.Codes,
	arts *articleCache) (*DataEvent, error) {
	c := codes[string(e.Type)]
	d := &DataEvent{ID: e.ID, Type: string(e.Type), Label: eventname.Event(*e), Date: e.Date, DatePrecision: datePrecision(e.Date),
		Source: []Actor{}, Target: []Actor{}, CAMEO: c.CAMEO, PLOVER: c.PLOVER, PLOVERContext: c.Context,
		Place: e.Place, Mission: e.Mission, Personnel: e.Personnel, Reports: len(e.Sources)}
	for i, p := range e.Participants {
		n := names[p]
		a := Actor{ID: p, Name: nameOr(names, p), Type: string(n.Type), Country: n.Country}
		if n.Type == attache.Country {
			a.Country = n.Country
		}
		if i == 0 {
			d.Source = append(d.Source, a)
		} else {
			d.Target = append(d.Target, a)
		}
	}
	d.SourceCountry, d.TargetCountry = sides(d, e.Countries)
	if len(e.Sources) > 0 {
		src := e.Sources[0]
		d.Evidence, d.Salience = src.Evidence, src.Salience
		a, err := arts.get(ctx, src.ArticleID)
		if err != nil {
			return nil, err
		}
		if a != nil {
			d.Article = Doc{ID: a.ID, Published: a.Published, Title: a.Title, URL: a.URL, Source: a.Source}
			if x := a.Extraction; x != nil && src.Idx >= 0 && src.Idx < len(x.Events) {
				ev := x.Events[src.Idx]
				d.EvidenceStart, d.EvidenceEnd = ev.Start, ev.End
				if ev.Cameo != "" {
					d.CAMEO = ev.Cameo // the article's own, finer code (043 host, 041 phone)
				}
			}
		} else {
			d.Article = Doc{ID: src.ArticleID, Published: src.Published}
		}
	}
	return d, nil
}

// sides picks the source and target countries: the source actor's
// country when it is a party, else the first party; the target is the
// first other party.
func sides(d *DataEvent, countries []string) (string, string) {
	src := ""
	if len(d.Source) > 0 {
		for _, c := range countries {
			if c == d.Source[0].Country {
				src = c
			}
		}
	}
	if src == "" && len(countries) > 0 {
		src = countries[0]
	}
	for _, c := range countries {
		if c != src {
			return src, c
		}
	}
	return src, ""
}

// articleCache keeps the last article read: the events of a page often
// come from the same report.
type articleCache struct {
	s    Source
	last *attache.Article
}

// get returns article id, or nil when it is not stored (a filtered
// import may lack it).
func (c *articleCache) get(ctx context.Context, id string) (*attache.Article, error) {
	if c.last != nil && c.last.ID == id {
		return c.last, nil
	}
	a, err := c.s.Articles.Article(ctx, id)
	if attache.ErrorCode(err) == attache.ENOTFOUND {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	a.Original = nil // not needed; keeps the cache small
	c.last = a
	return a, nil
}

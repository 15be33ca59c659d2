package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"

	"attache"
)

// The jsonld export is one JSON-LD document in the schema.org vocabulary:
// a @graph of Person, Organization, Place and Country nodes for the
// entities, Event nodes (startDate, location, attendee, subjectOf) for
// the events, and NewsArticle nodes for the articles they come from.
// Posts are schema.org Roles with the date they were reported as their
// startDate. Nodes are named by urn:attache: IRIs, so that another
// export of the same base names them alike. The graph is written node by
// node; no JSON-LD library is needed to write it (the Go ones, piprate's
// json-gold, expand and compact but do not stream), and the tests expand
// it with pyld.

// SchemaOrgContext is the context the jsonld export refers to.
const SchemaOrgContext = "https://schema.org"

// IRI returns the urn:attache: IRI of an entity, event or article id.
func IRI(kind, id string) string {
	return "urn:attache:" + kind + ":" + url.PathEscape(id)
}

// ldNode is one node of the graph.
type ldNode map[string]any

// WriteJSONLD writes the base, or the part opts.Filter selects, as one
// schema.org JSON-LD document.
func WriteJSONLD(ctx context.Context, s Source, w io.Writer, opts Options) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(bw, "{\"@context\": %q,\n\"@graph\": [\n", SchemaOrgContext)
	first := true
	put := func(n ldNode) error {
		b, err := json.Marshal(n)
		if err != nil {
			return err
		}
		if !first {
			bw.WriteString(",\n")
		}
		first = false
		_, err = bw.Write(b)
		return err
	}
	n := 0
	err := s.eachSelected(ctx, opts.Filter, func(e *attache.KBEntity) error {
		n++
		opts.progress(kindEntity, n)
		return put(ldEntity(e))
	})
	if err != nil {
		return err
	}
	articles := map[string]bool{}
	n = 0
	err = s.eachEvent(ctx, opts.Filter, func(e *attache.KBEvent) error {
		if !opts.Filter.IsZero() {
			for _, src := range e.Sources {
				articles[src.ArticleID] = true
			}
		}
		n++
		opts.progress(kindEvent, n)
		return put(ldEvent(e))
	})
	if err != nil {
		return err
	}
	err = s.eachArticleMeta(ctx, opts.Filter, articles, func(a *attache.Article) error {
		return put(ldArticle(a))
	})
	if err != nil {
		return err
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

// eachArticleMeta calls fn with the metadata (no text) of every stored
// article, or, for a filtered export, of the articles in ids.
func (s Source) eachArticleMeta(ctx context.Context, f Filter, ids map[string]bool, fn func(*attache.Article) error) error {
	if f.IsZero() {
		return s.eachArticlePage(ctx, func(_ string, page []*attache.Article) error {
			for _, a := range page {
				if err := fn(a); err != nil {
					return err
				}
			}
			return nil
		})
	}
	for _, id := range sortedKeys(ids) {
		a, err := s.Articles.Article(ctx, id)
		if attache.ErrorCode(err) == attache.ENOTFOUND {
			continue
		} else if err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// ldTypes maps entity types to schema.org types.
var ldTypes = map[attache.EntityType]string{
	attache.Person: "Person", attache.Organization: "Organization", attache.Location: "Place", attache.Country: "Country",
}

// ldEntity is an entity as a schema.org node.
func ldEntity(e *attache.KBEntity) ldNode {
	n := ldNode{"@id": IRI("entity", e.ID), "@type": ldTypes[e.Type], "name": e.Name, "identifier": e.ID}
	if n["@type"] == "" {
		n["@type"] = "Thing"
	}
	if len(e.Aliases) > 0 {
		n["alternateName"] = e.Aliases
	}
	switch e.Type {
	case attache.Person:
		if e.Country != "" {
			n["nationality"] = ldCountry(e.Country)
		}
		if e.Rank != "" {
			n["honorificPrefix"] = e.Rank
		}
		var roles []ldNode
		for _, p := range e.Positions {
			if p.Kind != attache.PositionPost {
				continue
			}
			r := ldNode{"@type": "Role", "roleName": p.Value}
			if p.AsOf != "" {
				r["startDate"] = p.AsOf // as reported: the article's date, not the day of appointment
			}
			if p.ArticleID != "" {
				r["subjectOf"] = ldNode{"@id": IRI("article", p.ArticleID)}
			}
			roles = append(roles, r)
		}
		if len(roles) > 0 {
			n["hasOccupation"] = roles
		}
	case attache.Organization, attache.Location:
		if e.Country != "" {
			n["address"] = ldNode{"@type": "PostalAddress", "addressCountry": e.Country}
		}
	case attache.Country:
		if e.Country != "" {
			n["identifier"] = e.Country
		}
	}
	return n
}

// ldCountry is a state named by its ISO code.
func ldCountry(code string) ldNode {
	return ldNode{"@type": "Country", "identifier": code, "name": code}
}

// ldEvent is an event as a schema.org Event.
func ldEvent(e *attache.KBEvent) ldNode {
	n := ldNode{"@id": IRI("event", e.ID), "@type": "Event", "name": eventLabel(e), "identifier": e.ID,
		"additionalType": IRI("type", string(e.Type))}
	if e.Date != "" {
		start, end, isRange := strings.Cut(e.Date, "/")
		n["startDate"] = start
		if isRange {
			n["endDate"] = end
		}
	}
	if e.Place != "" {
		n["location"] = ldNode{"@type": "Place", "name": e.Place}
	}
	var att []ldNode
	for _, p := range e.Participants {
		att = append(att, ldNode{"@id": IRI("entity", p)})
	}
	for _, c := range e.Countries {
		att = append(att, ldCountry(c))
	}
	if len(att) > 0 {
		n["attendee"] = att
	}
	var docs []ldNode
	for _, src := range e.Sources {
		d := ldNode{"@id": IRI("article", src.ArticleID)}
		docs = append(docs, d)
		if _, ok := n["description"]; !ok && src.Evidence != "" {
			n["description"] = src.Evidence
		}
	}
	if len(docs) > 0 {
		n["subjectOf"] = docs
	}
	return n
}

// ldArticle is an article as a schema.org NewsArticle.
func ldArticle(a *attache.Article) ldNode {
	n := ldNode{"@id": IRI("article", a.ID), "@type": "NewsArticle", "identifier": a.ID, "headline": a.Title}
	if a.Published != "" {
		n["datePublished"] = a.Published
	}
	if a.URL != "" {
		n["url"] = a.URL
	}
	if a.Source != "" {
		n["publisher"] = ldNode{"@type": "Organization", "name": a.Source}
	}
	return n
}

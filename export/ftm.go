package export

import (
	"bufio"
	"cmp"
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"attache"
	"attache/fold"
	"attache/kb"
)

// The ftm export is FollowTheMoney entities, one a line, as Aleph and
// OpenSanctions-style tools load them (ftm's "entities" JSON lines):
//
//   - Person for persons; Organization, or PublicBody for the state
//     bodies the knowledge files know (ministries, armed forces, agencies,
//     UN bodies and missions);
//   - Position for each post, Occupancy (holder, post, startDate: the
//     date the holding was reported, not the day of appointment);
//   - Membership of a person in an organisation of the base that their
//     post names ("Chief of the General Staff of the Vietnam People's
//     Army");
//   - Event (with involved, country, location);
//   - Article for each source, and Documentation linking each person,
//     organisation and event to the articles that report it (an
//     Occupancy is no Thing and cannot be documented: its holder is).
//
// No Go library writes FollowTheMoney (its own libraries are Python and
// JavaScript), so the entities are written here; the tests check them
// against the model of the npm package @alephdata/followthemoney.

// publicBodyKinds are the kinds of kb organisations that are public
// bodies in FollowTheMoney's sense.
var publicBodyKinds = map[string]bool{"ministry": true, "military": true, "state": true, "agency": true, "un-body": true, "mission": true}

// ftmEntity is one line.
type ftmEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

// ftmID names a FollowTheMoney entity: ids there are letters, digits,
// dots and dashes, so attache's ids are hashed, by kind.
func ftmID(kind string, parts ...string) string {
	h := sha1.Sum([]byte(strings.Join(parts, "\x00")))
	return "attache-" + kind + "-" + hex.EncodeToString(h[:10])
}

// ftmWriter writes entities and remembers the ids of the shared ones
// (positions, articles) it has written.
type ftmWriter struct {
	enc      *json.Encoder
	written  map[string]bool
	articles map[string]bool // article ids the export holds (a part); nil: all
}

func (fw *ftmWriter) put(id, schema string, props map[string][]string) error {
	for k, v := range props {
		v = slices.DeleteFunc(v, func(s string) bool { return s == "" })
		if len(v) == 0 {
			delete(props, k)
		} else {
			props[k] = v
		}
	}
	return fw.enc.Encode(ftmEntity{ID: id, Schema: schema, Properties: props})
}

// document links entity id to article art, when the export holds it.
func (fw *ftmWriter) document(id, art string) error {
	if fw.articles != nil && !fw.articles[art] {
		return nil
	}
	return fw.put(ftmID("doc", id, art), "Documentation", map[string][]string{
		"entity": {id}, "document": {ftmID("article", art)}})
}

// WriteFTM writes the base, or the part opts.Filter selects, as
// FollowTheMoney entities. k classifies organisations; nil is the
// embedded knowledge.
func WriteFTM(ctx context.Context, s Source, w io.Writer, opts Options) error {
	k := s.KB
	if k == nil {
		var err error
		if k, err = kb.Default(); err != nil {
			return err
		}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	fw := &ftmWriter{enc: enc, written: map[string]bool{}}
	if !opts.Filter.IsZero() {
		var err error
		if fw.articles, err = s.eventArticles(ctx, opts.Filter); err != nil {
			return err
		}
	}
	orgs, err := s.orgIndex(ctx, opts.Filter)
	if err != nil {
		return err
	}
	// Entities, their posts and the articles naming them.
	written := map[string]bool{} // entity ids written, for events' involved
	n := 0
	err = s.eachSelected(ctx, opts.Filter, func(e *attache.KBEntity) error {
		if err := s.ftmEntity(ctx, fw, k, orgs, e); err != nil {
			return err
		}
		if e.Type == attache.Person || e.Type == attache.Organization {
			written[e.ID] = true
		}
		n++
		opts.progress(kindEntity, n)
		return nil
	})
	if err != nil {
		return err
	}
	n = 0
	err = s.eachEvent(ctx, opts.Filter, func(e *attache.KBEvent) error {
		if err := fw.event(e, written); err != nil {
			return err
		}
		n++
		opts.progress(kindEvent, n)
		return nil
	})
	if err != nil {
		return err
	}
	if err := s.eachArticleMeta(ctx, opts.Filter, fw.articles, fw.article); err != nil {
		return err
	}
	return bw.Flush()
}

// eventArticles is the set of articles that are sources of the events f
// selects: a filtered export documents only those.
func (s Source) eventArticles(ctx context.Context, f Filter) (map[string]bool, error) {
	articles := map[string]bool{}
	err := s.eachEvent(ctx, f, func(e *attache.KBEvent) error {
		for _, src := range e.Sources {
			articles[src.ArticleID] = true
		}
		return nil
	})
	return articles, err
}

// event writes one event, involving those of its participants that were
// written as entities, and the articles that report it.
func (fw *ftmWriter) event(e *attache.KBEvent, written map[string]bool) error {
	id := ftmID("event", e.ID)
	props := map[string][]string{"name": {eventLabel(e)}, "location": {e.Place}, "summary": {string(e.Type)}}
	if start, end, isRange := strings.Cut(e.Date, "/"); isRange {
		props["startDate"], props["endDate"] = []string{start}, []string{end}
	} else {
		props["date"] = []string{e.Date}
	}
	for _, c := range e.Countries {
		props["country"] = append(props["country"], strings.ToLower(c))
	}
	for _, p := range e.Participants {
		if written[p] {
			props["involved"] = append(props["involved"], ftmID("entity", p))
		}
	}
	if len(e.Sources) > 0 {
		props["description"] = []string{e.Sources[0].Evidence}
	}
	if err := fw.put(id, "Event", props); err != nil {
		return err
	}
	for _, src := range e.Sources {
		if err := fw.document(id, src.ArticleID); err != nil {
			return err
		}
	}
	return nil
}

// article writes one article's metadata.
func (fw *ftmWriter) article(a *attache.Article) error {
	name := a.Path
	if name == "" {
		name = a.ID + ".txt"
	}
	return fw.put(ftmID("article", a.ID), "Article", map[string][]string{
		"name": {cmp.Or(a.Title, a.ID)}, "title": {a.Title}, "fileName": {name}, "publishedAt": {a.Published}, "sourceUrl": {a.URL},
		"publisher": {a.Source}})
}

// ftmEntity writes one knowledge-base entity with its positions,
// occupancies, memberships and documentation. Places and countries have
// no FollowTheMoney schema of their own here: events carry them as
// location and country.
func (s Source) ftmEntity(ctx context.Context, fw *ftmWriter, k *kb.KB, orgs map[string]string, e *attache.KBEntity) error {
	id := ftmID("entity", e.ID)
	country := []string{strings.ToLower(e.Country)}
	switch e.Type {
	case attache.Person:
		var posts []string
		for _, p := range e.Positions {
			if p.Kind == attache.PositionPost {
				posts = append(posts, p.Value)
			}
		}
		if err := fw.put(id, "Person", map[string][]string{"name": {e.Name}, "alias": e.Aliases,
			"nationality": country, "title": {e.Rank}, "position": posts}); err != nil {
			return err
		}
		for _, p := range e.Positions {
			if p.Kind != attache.PositionPost {
				continue
			}
			if err := fw.occupancy(id, e, p, orgs); err != nil {
				return err
			}
		}
	case attache.Organization:
		schema := "Organization"
		for _, o := range k.OrgsNamed(e.Name) {
			if publicBodyKinds[o.Kind] && (o.Country == "" || o.Country == e.Country || e.Country == "") {
				schema = "PublicBody"
			}
		}
		if err := fw.put(id, schema, map[string][]string{"name": {e.Name}, "alias": e.Aliases, "country": country}); err != nil {
			return err
		}
	default:
		return nil
	}
	links, err := s.Knowledge.EntityLinks(ctx, e.ID, 0)
	if err != nil {
		return fmt.Errorf("links of %s: %w", e.ID, err)
	}
	seen := map[string]bool{}
	for _, l := range links {
		if !seen[l.ArticleID] {
			seen[l.ArticleID] = true
			if err := fw.document(id, l.ArticleID); err != nil {
				return err
			}
		}
	}
	return nil
}

// occupancy writes person's post p: the Position (once per post and
// country), the Occupancy, and a Membership when the post names an
// organisation of the base.
func (fw *ftmWriter) occupancy(person string, e *attache.KBEntity, p attache.Position, orgs map[string]string) error {
	post := ftmID("position", fold.Key(p.Value), e.Country)
	if !fw.written[post] {
		fw.written[post] = true
		if err := fw.put(post, "Position", map[string][]string{"name": {p.Value}, "country": {strings.ToLower(e.Country)}}); err != nil {
			return err
		}
	}
	occ := ftmID("occupancy", e.ID, p.Value, p.ArticleID)
	status := ""
	if p.Former {
		status = "former"
	}
	if err := fw.put(occ, "Occupancy", map[string][]string{"holder": {person}, "post": {post},
		"startDate": {p.AsOf}, "status": {status}}); err != nil {
		return err
	}
	if org := orgNamedIn(p.Value, orgs); org != "" {
		mem := ftmID("membership", e.ID, org, p.Value)
		if !fw.written[mem] {
			fw.written[mem] = true
			if err := fw.put(mem, "Membership", map[string][]string{"member": {person},
				"organization": {ftmID("entity", org)}, "role": {p.Value}, "startDate": {p.AsOf}}); err != nil {
				return err
			}
		}
	}
	return nil
}

// orgIndex maps the folded names of the organisations an export holds to
// their ids.
func (s Source) orgIndex(ctx context.Context, f Filter) (map[string]string, error) {
	out := map[string]string{}
	err := s.eachSelected(ctx, f, func(e *attache.KBEntity) error {
		if e.Type == attache.Organization {
			out[fold.Key(e.Name)] = e.ID
		}
		return nil
	})
	return out, err
}

// orgNamedIn returns the id of the longest organisation name that a run
// of post's words spells, or "".
func orgNamedIn(post string, orgs map[string]string) string {
	words := strings.Fields(fold.Key(post))
	for n := len(words); n > 0; n-- {
		for i := 0; i+n <= len(words); i++ {
			if id, ok := orgs[strings.Join(words[i:i+n], " ")]; ok {
				return id
			}
		}
	}
	return ""
}

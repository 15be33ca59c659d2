package server

import (
	"context"
	"sort"
	"strconv"
	"sync"

	"attache"
	"attache/fold"
)

// profileDepth is how many of the newest articles mentioning an entity a
// profile reads.
const profileDepth = 200

// entityProfile is what the articles say about one entity: its names,
// positions as of each article's date, the events it took part in, whom it
// met most, and where it is mentioned.
type entityProfile struct {
	Name           string             `json:"name"`
	Type           attache.EntityType `json:"type"`
	Country        string             `json:"country,omitempty"`
	Aliases        []string           `json:"aliases"`
	Positions      []position         `json:"positions"`
	Events         []eventRef         `json:"events"`
	CoParticipants []coParticipant    `json:"co_participants"`
	Articles       []articleSummary   `json:"articles"`
}

// position is a rank and posts as reported on a date.
type position struct {
	Date    string   `json:"date"` // the article's publication date
	Rank    string   `json:"rank,omitempty"`
	Titles  []string `json:"titles,omitempty"`
	Former  []string `json:"former,omitempty"`
	Article string   `json:"article"`
}

// eventRef is an event with the article that reports it.
type eventRef struct {
	attache.Event
	Fact         string `json:"fact"` // "event:ARTICLE#N", N the event's index in the article
	Article      string `json:"article"`
	ArticleTitle string `json:"article_title"`
	Published    string `json:"published,omitempty"`
}

// coParticipant is another participant of the entity's events.
type coParticipant struct {
	Name   string `json:"name"`
	Events int    `json:"events"`
}

// loadArticles loads the extractions of the hits with a few goroutines;
// articles deleted meanwhile come back nil.
func (s *Server) loadArticles(ctx context.Context, hits []attache.SearchHit) []*attache.Article {
	out := make([]*attache.Article, len(hits))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if a, err := s.store.Article(ctx, hits[i].ID); err == nil {
					out[i] = a
				}
			}
		}()
	}
	for i := range hits {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// articleProfile builds the profile of the entity called name from the
// articles that mention it. Returns ENOTFOUND when none does.
func (s *Server) articleProfile(ctx context.Context, name string) (*entityProfile, error) {
	key := fold.Key(name)
	if key == "" {
		return nil, invalid("entity name %q has no letters or digits", name)
	}
	hits, err := s.store.Search(ctx, attache.SearchQuery{Entity: name, Limit: profileDepth})
	if err != nil {
		return nil, err
	}
	p := &entityProfile{Name: name, Aliases: []string{}, Positions: []position{}, Events: []eventRef{},
		CoParticipants: []coParticipant{}, Articles: []articleSummary{}}
	names := map[string]bool{}
	co := map[string]int{}
	found := false
	for _, a := range s.loadArticles(ctx, hits) {
		if a == nil || a.Extraction == nil {
			continue
		}
		e := findEntity(a.Extraction, key)
		if e == nil {
			continue
		}
		if !found {
			// The newest article's spelling and facts head the profile.
			found = true
			p.Name, p.Type, p.Country = e.Name, e.Type, e.Country
		}
		p.Articles = append(p.Articles, summarize(a))
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n != p.Name && !names[n] {
				names[n] = true
				p.Aliases = append(p.Aliases, n)
			}
		}
		if e.Rank != "" || len(e.Titles) > 0 {
			p.Positions = append(p.Positions, position{Date: a.Published, Rank: e.Rank, Titles: e.Titles, Former: e.Former, Article: a.ID})
		}
		ids := participantIDs(e)
		for i, ev := range a.Extraction.Events {
			if !takesPart(ev, ids) {
				continue
			}
			p.Events = append(p.Events, eventRef{Event: ev, Fact: factID(a.ID, i), Article: a.ID, ArticleTitle: a.Title, Published: a.Published})
			for _, other := range ev.Participants {
				if !ids[fold.Key(other)] {
					co[other]++
				}
			}
		}
	}
	if !found {
		return nil, notFound("no article mentions %q", name)
	}
	sort.SliceStable(p.Positions, func(i, j int) bool { return p.Positions[i].Date < p.Positions[j].Date })
	sort.SliceStable(p.Events, func(i, j int) bool { return eventDate(p.Events[i]) < eventDate(p.Events[j]) })
	for n, c := range co {
		p.CoParticipants = append(p.CoParticipants, coParticipant{n, c})
	}
	sort.Slice(p.CoParticipants, func(i, j int) bool {
		a, b := p.CoParticipants[i], p.CoParticipants[j]
		if a.Events != b.Events {
			return a.Events > b.Events
		}
		return a.Name < b.Name
	})
	return p, nil
}

// findEntity returns the entity of x whose name or an alias folds to key.
func findEntity(x *attache.Extraction, key string) *attache.Entity {
	for i := range x.Entities {
		e := &x.Entities[i]
		if fold.Key(e.Name) == key {
			return e
		}
		for _, al := range e.Aliases {
			if fold.Key(al) == key {
				return e
			}
		}
	}
	return nil
}

// participantIDs are the folded forms under which e may appear among an
// event's participants: its names and, for a country, its code.
func participantIDs(e *attache.Entity) map[string]bool {
	ids := map[string]bool{fold.Key(e.Name): true}
	for _, al := range e.Aliases {
		ids[fold.Key(al)] = true
	}
	if e.Type == attache.Country && e.Country != "" {
		ids[fold.Key(e.Country)] = true
	}
	return ids
}

func takesPart(ev attache.Event, ids map[string]bool) bool {
	for _, p := range ev.Participants {
		if ids[fold.Key(p)] {
			return true
		}
	}
	return false
}

// eventDate orders events: by their own date, else the article's.
func eventDate(e eventRef) string {
	if e.Date != "" {
		return e.Date
	}
	return e.Published
}

// networkOf turns a profile into a graph centred on the entity: its top
// co-participants, linked to it and to each other by the events they
// shared.
func networkOf(p *entityProfile, party func(string) string) ([]graphNode, []graphEdge) {
	nodes := []graphNode{{Name: p.Name, URL: entityURL(p.Name), Self: true}}
	index := map[string]int{}
	for i, c := range p.CoParticipants {
		if i == 24 {
			break
		}
		index[fold.Key(c.Name)] = len(nodes)
		nodes = append(nodes, graphNode{Name: party(c.Name), URL: entityURL(party(c.Name))})
	}
	weights := map[[2]int]int{}
	for _, ev := range p.Events {
		in := []int{0}
		for _, name := range ev.Participants {
			if j, ok := index[fold.Key(name)]; ok {
				in = append(in, j)
			}
		}
		for a := 0; a < len(in); a++ {
			for b := a + 1; b < len(in); b++ {
				if in[a] != in[b] {
					weights[[2]int{min(in[a], in[b]), max(in[a], in[b])}]++
				}
			}
		}
	}
	var edges []graphEdge
	for k, w := range weights {
		edges = append(edges, graphEdge{A: k[0], B: k[1], Weight: w})
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].A != edges[j].A {
			return edges[i].A < edges[j].A
		}
		return edges[i].B < edges[j].B
	})
	return nodes, edges
}

// factID names the i-th event of an article for corrections.
func factID(article string, i int) string { return "event:" + article + "#" + strconv.Itoa(i) }

package server

import (
	"context"
	"html/template"
	"net/http"
	"sort"
	"strings"

	"attache"
)

// dossier is what the articles say about the defence relations of two
// countries.
type dossier struct {
	A, B       string     `json:"-"`
	Countries  [2]string  `json:"countries"`
	Events     []eventRef `json:"events"` // oldest first
	Agreements []eventRef `json:"agreements"`
	Dialogues  []eventRef `json:"dialogues"` // the standing mechanisms, in order
	People     []string   `json:"people"`
	ByYear     []yearRow  `json:"by_year"`
}

// yearRow counts a year's events by type.
type yearRow struct {
	Year   string         `json:"year"`
	ByType map[string]int `json:"by_type"`
}

// relations builds the dossier of countries a and b (ISO codes) from the
// events where both take part.
func (s *Server) relations(ctx context.Context, a, b string) (*dossier, error) {
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	if !isCode(a) || !isCode(b) || a == b {
		return nil, invalid("want two different ISO 3166-1 alpha-2 codes, got %q and %q", a, b)
	}
	// Articles naming either country: a country may be present only through
	// its people ("Russian Deputy Minister ...").
	both := func(art *attache.Article, ev attache.Event) bool {
		return involves(art.Extraction, ev, a) && involves(art.Extraction, ev, b)
	}
	hits, err := s.articleHits(ctx, attache.SearchQuery{Entity: s.party(a), Limit: eventDepth})
	if err != nil {
		return nil, err
	}
	more, err := s.articleHits(ctx, attache.SearchQuery{Entity: s.party(b), Limit: eventDepth})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, h := range hits {
		seen[h.ID] = true
	}
	for _, h := range more {
		if !seen[h.ID] {
			seen[h.ID] = true
			hits = append(hits, h)
		}
	}
	evs := s.eventsOf(ctx, hits, both)
	d := &dossier{A: a, B: b, Countries: [2]string{a, b}, Events: evs, Agreements: []eventRef{}, Dialogues: []eventRef{}, People: []string{}}
	sort.SliceStable(d.Events, func(i, j int) bool { return eventDate(d.Events[i]) < eventDate(d.Events[j]) })
	years := map[string]map[string]int{}
	people := map[string]bool{}
	for _, e := range d.Events {
		switch e.Type {
		case "agreement":
			d.Agreements = append(d.Agreements, e)
		case "dialogue":
			d.Dialogues = append(d.Dialogues, e)
		}
		if y := eventDate(e); len(y) >= 4 {
			if years[y[:4]] == nil {
				years[y[:4]] = map[string]int{}
			}
			years[y[:4]][e.Type]++
		}
		for _, p := range e.Participants {
			if !isCode(p) && !people[p] {
				people[p] = true
				d.People = append(d.People, p)
			}
		}
	}
	for y, m := range years {
		d.ByYear = append(d.ByYear, yearRow{y, m})
	}
	sort.Slice(d.ByYear, func(i, j int) bool { return d.ByYear[i].Year < d.ByYear[j].Year })
	sort.Strings(d.People)
	return d, nil
}

// handleAPIRelations returns a bilateral dossier: GET /api/v1/relations/{a}/{b}
func (s *Server) handleAPIRelations(w http.ResponseWriter, r *http.Request) error {
	d, err := s.relations(r.Context(), r.PathValue("a"), r.PathValue("b"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

// relationsPage is the data of the dossier page.
type relationsPage struct {
	A, B  string
	D     *dossier
	Chart template.HTML
}

// handleRelationsPage shows a dossier: GET /relations?a=VN&b=RU
func (s *Server) handleRelationsPage(w http.ResponseWriter, r *http.Request) error {
	p := relationsPage{A: strings.ToUpper(r.URL.Query().Get("a")), B: strings.ToUpper(r.URL.Query().Get("b"))}
	if p.A == "" && p.B == "" {
		return s.render(w, r, http.StatusOK, "relations", "Relations", p)
	}
	d, err := s.relations(r.Context(), p.A, p.B)
	if err != nil {
		return err
	}
	p.D = d
	var xs []string
	byType := map[string][]float64{}
	for i, row := range d.ByYear {
		xs = append(xs, row.Year)
		for t, n := range row.ByType {
			if byType[t] == nil {
				byType[t] = make([]float64, len(d.ByYear))
			}
			byType[t][i] = float64(n)
		}
	}
	var series []chartSeries
	for _, t := range eventTypes {
		if v := byType[t]; v != nil {
			series = append(series, chartSeries{Name: t, Values: v})
		}
	}
	if p.Chart, err = stackedBarSVG("Events per year by type", "events", xs, series); err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "relations", s.party(p.A)+" – "+s.party(p.B), p)
}

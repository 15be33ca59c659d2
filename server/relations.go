package server

import (
	"html/template"
	"net/http"

	"attache"
)

// relations reads the dossier of countries a and b (ISO codes, any case).
func (s *Server) relations(r *http.Request, a, b string) (*attache.Dossier, error) {
	k, err := s.needKnowledge()
	if err != nil {
		return nil, err
	}
	ca, err := s.countryCode(a)
	if err != nil {
		return nil, err
	}
	cb, err := s.countryCode(b)
	if err != nil {
		return nil, err
	}
	if ca == cb {
		return nil, invalid("want two different countries (ISO 3166-1 alpha-2 codes or names), got %q and %q", a, b)
	}
	return k.Relations(r.Context(), ca, cb)
}

// knownCountry reports whether code (an ISO code in capitals) is one of
// the countries the server knows. Without a list (Config.Countries) every
// well-formed code is taken.
func (s *Server) knownCountry(code string) bool {
	if len(s.countries) == 0 {
		return true
	}
	_, ok := s.countries[code]
	return ok
}

// countryParam is a query parameter that names a country: its name for
// messages and its value, read in place.
type countryParam struct {
	name string
	v    *string
}

// checkCountries reads country filter values in place, as the relations
// pages read theirs: an ISO code or a country's name becomes the code. A
// value that names no known country is refused (400): an empty answer
// would read as "nothing there".
func (s *Server) checkCountries(params ...countryParam) error {
	for _, p := range params {
		if *p.v == "" {
			continue
		}
		code, err := s.countryCode(*p.v)
		if err != nil {
			return invalid("%s: %s", p.name, attache.ErrorMessage(err))
		}
		*p.v = code
	}
	return nil
}

// handleAPIRelations returns a bilateral dossier: GET /api/v1/relations/{a}/{b}
func (s *Server) handleAPIRelations(w http.ResponseWriter, r *http.Request) error {
	d, err := s.relations(r, r.PathValue("a"), r.PathValue("b"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

// relationsPage is the data of the dossier page.
type relationsPage struct {
	A, B       string
	D          *attache.Dossier
	Events     []eventRow // the latest dossierShown of D.Events
	Agreements []eventRow // the latest dossierShown of D.Agreements
	// MoreEvents and MoreAgreements say that the dossier holds more than
	// the page lists: the paged events list has them.
	MoreEvents, MoreAgreements bool
	Series                     []seriesRows
	People                     []partyRow
	Chart                      template.HTML
	Timeline                   template.HTML // the events shown, by date, one lane per type
	Map                        template.HTML // the events shown, where they happened
}

// seriesRows is a numbered series with its sessions in number order.
type seriesRows struct {
	Name   string
	Events []eventRow
}

// handleRelationsPage shows a dossier: GET /relations/VN/RU, as the API
// names it (codes or names), or GET /relations?a=VN&b=RU from the form.
func (s *Server) handleRelationsPage(w http.ResponseWriter, r *http.Request) error {
	p := relationsPage{A: r.PathValue("a"), B: r.PathValue("b")}
	if p.A == "" && p.B == "" {
		p.A, p.B = r.URL.Query().Get("a"), r.URL.Query().Get("b")
	}
	d, err := s.relations(r, p.A, p.B)
	if err != nil {
		return err
	}
	p.A, p.B, p.D = d.A, d.B, d
	s.dossierLists(&p, dossierShown)
	for _, sr := range d.Series {
		p.Series = append(p.Series, seriesRows{Name: sr.Name, Events: s.eventRows(sr.Events, d.Names)})
	}
	for _, pc := range d.People {
		p.People = append(p.People, partyRow{s.partyLink(pc.ID, d.Names), pc.Events})
	}
	p.Timeline = timelineSVG(d.Events, d.Names, s.party)
	p.Map = s.eventsMap(d.Events)
	if p.Chart, err = yearChart(d.Years); err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "relations", s.party(p.A)+" – "+s.party(p.B), p)
}

// dossierShown is how many of its latest events, and of its latest
// agreements, a dossier's page lists. Each row names its participants,
// countries and first reports: a hundred of each made a page of 850 KB
// at 100k reports. The rest are a link away in the paged events list.
const dossierShown = 20

// dossierLists fills p's event and agreement rows with the latest n of
// its dossier's, in date order, and says when there are more.
func (s *Server) dossierLists(p *relationsPage, n int) {
	d := p.D
	events, agreements := latest(d.Events, n), latest(d.Agreements, n)
	p.Events, p.Agreements = s.eventRows(events, d.Names), s.eventRows(agreements, d.Names)
	p.MoreEvents = len(events) < d.Total
	p.MoreAgreements = len(agreements) < len(d.Agreements)
}

// latest is the last n of events (the latest, as a dossier lists them in
// date order).
func latest(events []attache.KBEvent, n int) []attache.KBEvent {
	if len(events) > n {
		return events[len(events)-n:]
	}
	return events
}

// yearChart draws the events of each year as bars stacked by type.
func yearChart(years []attache.YearTally) (template.HTML, error) {
	var xs []string
	byType := map[string][]float64{}
	for i, row := range years {
		xs = append(xs, row.Year)
		for t, n := range row.ByType {
			if byType[t] == nil {
				byType[t] = make([]float64, len(years))
			}
			byType[t][i] = float64(n)
		}
	}
	var series []chartSeries
	for _, t := range attache.EventTypes {
		if v := byType[string(t)]; v != nil {
			series = append(series, chartSeries{Name: string(t), Values: v, Colour: typeColour(string(t))})
			delete(byType, string(t))
		}
	}
	for t, v := range byType { // types the vocabulary does not list yet
		series = append(series, chartSeries{Name: t, Values: v, Colour: otherColour})
	}
	return stackedBarSVG("Events per year by type", "events", xs, series)
}

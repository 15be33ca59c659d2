package server

import (
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"attache"
)

// profile reads the profile of the entity called name (an id or any
// spelling of a name or alias).
func (s *Server) profile(r *http.Request, name string) (*attache.Profile, error) {
	k, err := s.needKnowledge()
	if err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 300 {
		return nil, invalid("entity name must be 1 to 300 bytes")
	}
	return k.EntityProfile(r.Context(), name)
}

// handleAPIEntity returns an entity's profile: GET /api/v1/entities/{name}
func (s *Server) handleAPIEntity(w http.ResponseWriter, r *http.Request) error {
	p, err := s.profile(r, r.PathValue("name"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

// handleAPITimeline returns the events of an entity in date order:
// GET /api/v1/entities/{name}/timeline
func (s *Server) handleAPITimeline(w http.ResponseWriter, r *http.Request) error {
	p, err := s.profile(r, r.PathValue("name"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, struct {
		ID     string            `json:"id"`
		Name   string            `json:"name"`
		Events []attache.KBEvent `json:"events"`
		Names  attache.Names     `json:"names"`
	}{p.Entity.ID, p.Entity.Name, p.Events, p.Names})
	return nil
}

// entityPage is the data of the entity profile page.
type entityPage struct {
	P              *attache.Profile
	Positions      []positionRow
	PositionsLeft  int    // older reports of a rank or post not listed
	PositionsAll   string // the page with every report listed, when some are left out
	ReportsOpen    bool   // every report asked for: show the list unfolded
	Events         []eventRow
	CoParticipants []partyRow
	Graph          template.HTML
	Timeline       template.HTML // events by date, one lane per type
	Map            template.HTML // events where they happened
	Correcting     bool          // the server takes corrections: show the forms
	Partners       []partnerRow
	NetworkShown   int    // co-participants drawn in the network
	NetworkAll     string // the page with all of them drawn, when some are left out
	Country        string // a country's code: its dossiers and ledger
	// AllEvents is the paged events list of a country or a mission,
	// latest first, whose profile lists only its latest events.
	AllEvents string
}

// partnerRow is a partner country of a country or a mission, with the
// dossier of the pair (countries only).
type partnerRow struct {
	link
	Events  int
	Dossier string
}

// positionRow is a rank or post with the id a correction names it by.
type positionRow struct {
	attache.Position
	Fact string
}

// partyRow is a co-participant with the number of shared events.
type partyRow struct {
	link
	Events int
}

// handleEntityPage shows a profile: GET /entities/{name}
func (s *Server) handleEntityPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.profile(r, r.PathValue("name"))
	if err != nil {
		return err
	}
	page := entityPage{P: p, Events: s.eventRows(p.Events, p.Names), Correcting: s.corrector != nil}
	page.ReportsOpen = r.URL.Query().Get("reports") == "all"
	page.Positions, page.PositionsLeft = positionRows(p.Entity.Positions, page.ReportsOpen)
	if page.PositionsLeft > 0 {
		page.PositionsAll = withParam(r, "reports", "all") + "#reports"
	}
	for _, c := range p.CoParticipants {
		page.CoParticipants = append(page.CoParticipants, partyRow{s.partyLink(c.ID, p.Names), c.Events})
	}
	if p.Entity.Type == attache.Country {
		page.Country = p.Entity.Country
	}
	page.AllEvents = allEventsURL(p, page.Country)
	for _, c := range p.Partners {
		row := partnerRow{link: link{Name: c.Name, URL: entityURL(c.ID)}, Events: c.Events}
		if code, ok := strings.CutPrefix(c.ID, "country:"); ok && page.Country != "" {
			row.Dossier = dossierURL(page.Country, code)
		}
		page.Partners = append(page.Partners, row)
	}
	size := networkSize
	if r.URL.Query().Get("network") == "all" {
		size = networkMax
	}
	nodes, edges := networkOf(p, page.CoParticipants, size)
	page.Graph = networkSVG(nodes, edges)
	page.NetworkShown = len(nodes) - 1
	if page.NetworkShown < len(page.CoParticipants) {
		page.NetworkAll = withParam(r, "network", "all") + "#graph"
	}
	page.Timeline = timelineSVG(p.Events, p.Names, s.party)
	page.Map = s.eventsMap(p.Events)
	return s.render(w, r, http.StatusOK, "entity", p.Entity.Name, page)
}

// allEventsURL is the events list, latest first, that holds every event
// of a country (by its code) or a mission (by its name) whose profile
// lists only its latest; "" for other profiles, which list theirs.
func allEventsURL(p *attache.Profile, country string) string {
	switch {
	case country != "":
		return "/events?" + url.Values{"country": {country}, "sort": {attache.SortRecent}}.Encode()
	case p.Mission != "":
		return "/events?" + url.Values{"entity": {p.Entity.ID}, "sort": {attache.SortRecent}}.Encode()
	}
	return ""
}

// positionsShown is how many single reports of a rank or post the page
// lists at first, the latest: a long-serving officer named in thousands
// of reports would otherwise make the page megabytes long and slow to
// draw. The tenures and ranks above the list sum up all of them.
const positionsShown = 100

// positionRows turns the reports of a rank or post, oldest first, into
// rows: all of them, or the latest positionsShown. It returns how many
// older ones are left out.
func positionRows(ps []attache.Position, all bool) ([]positionRow, int) {
	left := 0
	if !all && len(ps) > positionsShown {
		left = len(ps) - positionsShown
	}
	rows := make([]positionRow, 0, len(ps)-left)
	for _, pos := range ps[left:] {
		rows = append(rows, positionRow{pos, pos.Fact})
	}
	return rows, left
}

// networkSize is how many co-participants the network shows at first:
// the strongest ties. "Show all" draws up to networkMax; the layout keeps
// labels apart however many, but a picture of more says little.
const (
	networkSize = 12
	networkMax  = 100
)

// networkOf turns a profile into a graph centred on the entity: its top
// co-participants, linked to it and to each other by the events they
// shared.
func networkOf(p *attache.Profile, co []partyRow, size int) ([]graphNode, []graphEdge) {
	nodes := []graphNode{{Name: p.Entity.Name, URL: entityURL(p.Entity.ID), Self: true}}
	index := map[string]int{p.Entity.ID: 0}
	for i, c := range co {
		if i == size {
			break
		}
		index[p.CoParticipants[i].ID] = len(nodes)
		nodes = append(nodes, graphNode{Name: c.Name, URL: c.URL})
	}
	weights := map[[2]int]int{}
	for _, ev := range p.Events {
		var in []int
		for _, id := range ev.Participants {
			if j, ok := index[id]; ok {
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

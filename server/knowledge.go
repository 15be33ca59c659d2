package server

import (
	"net/url"
	"strings"

	"attache"
)

// errNoKnowledge answers the knowledge-base pages of a server built
// without one.
func errNoKnowledge() error {
	return notFound("this server has no knowledge base")
}

// needKnowledge returns the knowledge base, or errNoKnowledge.
func (s *Server) needKnowledge() (attache.Reader, error) {
	if s.knowledge == nil {
		return nil, errNoKnowledge()
	}
	return s.knowledge, nil
}

// entityURL is the profile page of an entity, by knowledge-base id (the
// exact entity) or by name (the one FindEntity picks).
func entityURL(idOrName string) string {
	return "/entities/" + url.PathEscape(idOrName)
}

// link is something shown with a link: an entity, a party of an event.
type link struct {
	Name string
	URL  string // "" shows the name without a link
}

// partyLinks shows an event's participants (knowledge-base ids) by name,
// each linked to its profile.
func (s *Server) partyLinks(ids []string, names attache.Names) []link {
	out := make([]link, 0, len(ids))
	for _, id := range ids {
		out = append(out, s.partyLink(id, names))
	}
	return out
}

// partyLink shows one participant: its canonical name when names knows
// it, else a country name for a code, else the id itself.
func (s *Server) partyLink(id string, names attache.Names) link {
	if n, ok := names[id]; ok && n.Name != "" {
		return link{Name: n.Name, URL: entityURL(id)}
	}
	if code, ok := strings.CutPrefix(id, "country:"); ok {
		return link{Name: s.party(code), URL: entityURL(id)}
	}
	return link{Name: s.party(id), URL: entityURL(id)}
}

// eventRow is a knowledge-base event as the pages show it: its parties by
// name and its sources, each with the sentence that reports it.
type eventRow struct {
	attache.KBEvent
	Parties   []link
	Countries []link // the parties' countries, linked to their profiles

	// The first rowShown of Parties and Countries, which a list shows
	// (a conference of seventy states would fill a screen with names),
	// and how many are left out. The correction forms name them all.
	ShownParties, ShownCountries []link
	MoreParties, MoreCountries   int
}

// rowShown is how many participants, and how many countries, a row of
// an event list names.
const rowShown = 10

// eventRows prepares events for a page.
func (s *Server) eventRows(evs []attache.KBEvent, names attache.Names) []eventRow {
	out := make([]eventRow, 0, len(evs))
	for _, ev := range evs {
		row := eventRow{KBEvent: ev, Parties: s.partyLinks(ev.Participants, names)}
		for _, c := range ev.Countries {
			row.Countries = append(row.Countries, link{Name: s.party(c), URL: entityURL("country:" + c)})
		}
		row.ShownParties, row.MoreParties = firstOf(row.Parties, rowShown)
		row.ShownCountries, row.MoreCountries = firstOf(row.Countries, rowShown)
		out = append(out, row)
	}
	return out
}

// firstOf returns the first n of xs and how many are left out.
func firstOf[T any](xs []T, n int) ([]T, int) {
	if len(xs) <= n {
		return xs, 0
	}
	return xs[:n], len(xs) - n
}

// eventList is what the "eventlist" template shows: events, and whether
// each gets a "delete this fact" form that comes back to Next.
type eventList struct {
	Events    []eventRow
	Deletable bool
	Next      string
	CSRF      string // the session's CSRF token for the forms
}

// eventForm is what the "eventcorrect" template shows: one event's
// correction forms, which come back to Next.
type eventForm struct {
	Row   eventRow
	Next  string
	CSRF  string
	Types []attache.EventType
}

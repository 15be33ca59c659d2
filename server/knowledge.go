package server

import (
	"context"
	"net/url"
	"strings"

	"attache"
)

// Knowledge answers questions over the cross-article knowledge base: one
// entity per real person, organisation, place or country, one event per
// real event with every article that reports it. *resolve.Service
// satisfies it; cmd/attache passes one in Config.
type Knowledge interface {
	// FindEntity returns the entity called name (an entity id, its
	// canonical name or an alias, any spelling). Returns EINVALID for a
	// blank name, ENOTFOUND when there is none.
	FindEntity(ctx context.Context, name string) (*attache.KBEntity, error)

	// EntityProfile returns the profile of the entity called name, as
	// FindEntity finds it. Returns ENOTFOUND.
	EntityProfile(ctx context.Context, name string) (*attache.Profile, error)

	// FindEvents lists the events matching q in date order. Returns
	// EINVALID for a bad date or code, ENOTFOUND for an unknown entity.
	FindEvents(ctx context.Context, q attache.EventQuery) (*attache.EventList, error)

	// Relations returns the bilateral dossier of two countries (ISO
	// codes). Returns EINVALID for a bad code.
	Relations(ctx context.Context, a, b string) (*attache.Dossier, error)

	// Deployments returns the peacekeeping ledger in date order. Returns
	// EINVALID for a bad country code.
	Deployments(ctx context.Context, f attache.DeploymentFilter) ([]attache.Deployment, error)
}

// errNoKnowledge answers the knowledge-base pages of a server built
// without one.
func errNoKnowledge() error {
	return notFound("this server has no knowledge base")
}

// needKnowledge returns the knowledge base, or errNoKnowledge.
func (s *Server) needKnowledge() (Knowledge, error) {
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
}

// eventRows prepares events for a page.
func (s *Server) eventRows(evs []attache.KBEvent, names attache.Names) []eventRow {
	out := make([]eventRow, 0, len(evs))
	for _, ev := range evs {
		row := eventRow{KBEvent: ev, Parties: s.partyLinks(ev.Participants, names)}
		for _, c := range ev.Countries {
			row.Countries = append(row.Countries, link{Name: s.party(c), URL: entityURL("country:" + c)})
		}
		out = append(out, row)
	}
	return out
}

// eventList is what the "eventlist" template shows: events, and whether
// each gets a "delete this fact" form that comes back to Next.
type eventList struct {
	Events    []eventRow
	Deletable bool
	Next      string
	CSRF      string // the session's CSRF token for the forms
}

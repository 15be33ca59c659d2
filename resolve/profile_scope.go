package resolve

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"attache"
)

// A country and a peacekeeping mission take part in events differently
// from a person: a country is a party of an event through its code
// (KBEvent.Countries), a mission is where contingents go (KBEvent.Mission).
// Their profiles read their events that way, and list their partners:
// the countries a country shares events with, the countries that sent
// contingents to a mission.

// ScopeEvents is how many of a country's or a mission's latest events
// its profile reads and lists: a busy country has thousands, which the
// paged events list (by country, by entity) and the dossiers reach. A
// hundred made a page of 300 KB at 100k reports, most of it rows no one
// scrolls to.
const ScopeEvents = 20

// scopedEvents returns the events and partners of a country or a mission
// entity, and ok false for any other entity.
func (s *Service) scopedEvents(ctx context.Context, e *attache.KBEntity) (evs []attache.KBEvent, partners []attache.PartyCount, mission string, ok bool, err error) {
	if e.Type == attache.Country && e.Country != "" {
		code := strings.ToUpper(e.Country)
		if evs, err = s.Knowledge.KBEvents(ctx, attache.KBEventFilter{Countries: []string{code}, Limit: ScopeEvents, Latest: true, Brief: true}); err != nil {
			return nil, nil, "", true, fmt.Errorf("profile %s: %w", e.ID, err)
		}
		pairs, err := s.Knowledge.KBPairCounts(ctx, code, 0)
		if err != nil {
			return nil, nil, "", true, fmt.Errorf("profile %s: %w", e.ID, err)
		}
		for _, p := range pairs {
			other := p.A
			if other == code {
				other = p.B
			}
			partners = append(partners, s.countryCount(other, p.Events))
		}
		return evs, partners, "", true, nil
	}
	mission = s.missionOf(e)
	if mission == "" {
		return nil, nil, "", false, nil
	}
	own, err := s.Knowledge.KBEvents(ctx, attache.KBEventFilter{EntityID: e.ID, Limit: ScopeEvents, Latest: true, Brief: true})
	if err != nil {
		return nil, nil, "", true, fmt.Errorf("profile %s: %w", e.ID, err)
	}
	sent, err := s.Knowledge.KBEvents(ctx, attache.KBEventFilter{Mission: mission, Limit: ScopeEvents, Latest: true, Brief: true})
	if err != nil {
		return nil, nil, "", true, fmt.Errorf("profile %s: %w", e.ID, err)
	}
	// The latest of the two lists together, as each holds its latest.
	evs = mergeEventLists(own, sent)
	if len(evs) > ScopeEvents {
		evs = evs[len(evs)-ScopeEvents:]
	}
	counts := map[string]int{}
	for _, ev := range sent {
		for _, c := range ev.Countries {
			counts[c]++
		}
	}
	for c, n := range counts {
		partners = append(partners, s.countryCount(c, n))
	}
	sort.Slice(partners, func(i, j int) bool {
		if partners[i].Events != partners[j].Events {
			return partners[i].Events > partners[j].Events
		}
		return partners[i].ID < partners[j].ID
	})
	return evs, partners, mission, true, nil
}

// countryCount is a partner country with its count, named from the
// knowledge files.
func (s *Service) countryCount(code string, n int) attache.PartyCount {
	name := code
	if s.KB != nil {
		if c, ok := s.KB.CountryByCode(code); ok {
			name = c.Name
		}
	}
	return attache.PartyCount{ID: "country:" + code, Name: name, Type: attache.Country, Events: n}
}

// missionOf returns the acronym of the mission e is, from the knowledge
// files (an organisation of kind "mission" named like e), or "".
func (s *Service) missionOf(e *attache.KBEntity) string {
	if s.KB == nil || e.Type != attache.Organization {
		return ""
	}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		for _, o := range s.KB.OrgsNamed(name) {
			if o.Kind != "mission" {
				continue
			}
			for _, a := range append([]string{o.Name}, o.Aliases...) {
				if a != "" && a == strings.ToUpper(a) && !strings.Contains(a, " ") {
					return a // the acronym, as reports and the ledger write it
				}
			}
		}
	}
	return ""
}

// mergeEventLists joins two date-ordered event lists without repeating
// an event, in date order (undated last).
func mergeEventLists(a, b []attache.KBEvent) []attache.KBEvent {
	seen := map[string]bool{}
	var out []attache.KBEvent
	for _, ev := range append(append([]attache.KBEvent{}, a...), b...) {
		if !seen[ev.ID] {
			seen[ev.ID] = true
			out = append(out, ev)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		di, dj := out[i].Date, out[j].Date
		if (di == "") != (dj == "") {
			return dj == ""
		}
		return di < dj
	})
	return out
}

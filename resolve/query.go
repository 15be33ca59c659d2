package resolve

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"attache"
	"attache/fold"
)

// Query limits: a profile shows an entity's latest events and sources, so
// that a very frequent entity still answers fast (the event list, paged,
// reaches the rest).
const (
	ProfileEvents  = 100
	ProfileSources = 200
)

// FindEntity returns the knowledge-base entity called name (canonical
// name first, then alias; among several, the one in most articles).
// Returns ENOTFOUND.
func (s *Service) FindEntity(ctx context.Context, name string) (*attache.KBEntity, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, attache.Errorf(attache.EINVALID, "no entity name given")
	}
	if strings.Contains(name, ":") {
		if e, err := s.Knowledge.KBEntity(ctx, name); err == nil {
			return e, nil
		}
	}
	k := fold.Key(name)
	bare := NewBuilder(s.KB).stripRank(k) // "General Phan Van Giang" finds "Phan Van Giang"
	es, err := s.Knowledge.KBEntitiesByKey(ctx, dedup([]string{k, bare}))
	if err != nil {
		return nil, err
	}
	var best *attache.KBEntity
	rank := func(e *attache.KBEntity) int {
		r := e.Articles * 2
		switch fold.Key(e.Name) {
		case k:
			r += 1 << 30 // the canonical name as given beats any other match
		case bare:
			r += 1 << 29 // then the canonical name without rank, then aliases
		}
		return r
	}
	for i := range es {
		if best == nil || rank(&es[i]) > rank(best) {
			best = &es[i]
		}
	}
	if best == nil {
		return nil, attache.Errorf(attache.ENOTFOUND, "no entity named %q", name)
	}
	return best, nil
}

// EntityProfile returns what the knowledge base knows of the entity
// called name. Returns ENOTFOUND.
func (s *Service) EntityProfile(ctx context.Context, name string) (*attache.Profile, error) {
	e, err := s.FindEntity(ctx, name)
	if err != nil {
		return nil, err
	}
	evs, partners, mission, scoped, err := s.scopedEvents(ctx, e) // a country's or a mission's
	if err != nil {
		return nil, err
	}
	if !scoped {
		evs, err = s.Knowledge.KBEvents(ctx, attache.KBEventFilter{EntityID: e.ID, Limit: ProfileEvents, Latest: true, Brief: true})
		if err != nil {
			return nil, fmt.Errorf("profile %s: %w", e.ID, err)
		}
	}
	links, err := s.Knowledge.EntityLinks(ctx, e.ID, ProfileSources)
	if err != nil {
		return nil, fmt.Errorf("profile %s: %w", e.ID, err)
	}
	p := &attache.Profile{Entity: *e, Events: evs, Sources: links, Partners: partners, Mission: mission}
	sortPositions(p.Entity.Positions)
	p.Tenures, p.Ranks = s.tenures(e.ID, p.Entity.Positions)
	counts := map[string]int{}
	for _, ev := range evs {
		for _, id := range ev.Participants {
			if id != e.ID {
				counts[id]++
			}
		}
	}
	if p.Names, err = s.names(ctx, evs, e.ID); err != nil {
		return nil, err
	}
	p.CoParticipants = tally(counts, p.Names, "")
	return p, nil
}

// names resolves the participants of evs (and extra ids) to names.
func (s *Service) names(ctx context.Context, evs []attache.KBEvent, extra ...string) (attache.Names, error) {
	var ids []string
	for _, ev := range evs {
		ids = append(ids, ev.Participants...)
	}
	ids = dedup(append(ids, extra...))
	m, err := s.Knowledge.KBEntityNames(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := attache.Names{}
	for id, e := range m {
		out[id] = attache.NameRef{Name: e.Name, Type: e.Type, Country: e.Country}
	}
	return out, nil
}

// tally turns counts into PartyCounts, most frequent first, keeping only
// type t when t is not "".
func tally(counts map[string]int, names attache.Names, t attache.EntityType) []attache.PartyCount {
	out := []attache.PartyCount{}
	for id, n := range counts {
		ref := names[id]
		if t != "" && ref.Type != t {
			continue
		}
		out = append(out, attache.PartyCount{ID: id, Name: ref.Name, Type: ref.Type, Events: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// FindEvents lists one page of the events matching q in date order, with
// the total number of matches. Returns EINVALID for a bad date,
// ENOTFOUND for an unknown entity.
func (s *Service) FindEvents(ctx context.Context, q attache.EventQuery) (*attache.EventList, error) {
	f := attache.KBEventFilter{From: q.From, To: q.To, Limit: q.Limit, Offset: q.Offset}
	if q.Type != "" {
		f.Types = []attache.EventType{q.Type}
	}
	for _, c := range []string{q.Country, q.With} {
		if c = strings.TrimSpace(c); c != "" {
			if !isCode(strings.ToUpper(c)) {
				return nil, attache.Errorf(attache.EINVALID, "bad country code %q: want two letters (VN, RU)", c)
			}
			f.Countries = append(f.Countries, strings.ToUpper(c))
		}
	}
	if q.Entity != "" {
		e, err := s.FindEntity(ctx, q.Entity)
		if err != nil {
			return nil, err
		}
		f.EntityID = e.ID
	}
	evs, err := s.Knowledge.KBEvents(ctx, f)
	if err != nil {
		return nil, err
	}
	names, err := s.names(ctx, evs)
	if err != nil {
		return nil, err
	}
	total := len(evs)
	if q.Limit > 0 || q.Offset > 0 {
		// A page: the store counts the rest without reading it.
		years, err := s.Knowledge.KBEventTally(ctx, f)
		if err != nil {
			return nil, err
		}
		total = 0
		for _, y := range years {
			total += y.Total
		}
	}
	return &attache.EventList{Events: evs, Names: names, Total: total}, nil
}

// RelationsEvents is how many of the latest events a dossier lists (the
// tallies by year and type count them all; the event list, paged, reaches
// the rest).
const RelationsEvents = 100

// Relations returns the bilateral dossier of countries a and b (ISO
// codes). Returns EINVALID for a bad code.
func (s *Service) Relations(ctx context.Context, a, b string) (*attache.Dossier, error) {
	a, b = strings.ToUpper(strings.TrimSpace(a)), strings.ToUpper(strings.TrimSpace(b))
	if !isCode(a) || !isCode(b) || a == b {
		return nil, attache.Errorf(attache.EINVALID, "relations need two different country codes (VN RU), got %q %q", a, b)
	}
	pair := []string{a, b}
	d := &attache.Dossier{A: a, B: b}
	// The four reads are independent: run side by side (the store reads
	// through a pool of connections), a busy pair answers in the time of
	// the slowest rather than of all four.
	var numbered []attache.KBEvent
	errs := make([]error, 4)
	var wg sync.WaitGroup
	wg.Add(4)
	go func() {
		defer wg.Done()
		d.Years, errs[0] = s.Knowledge.KBEventTally(ctx, attache.KBEventFilter{Countries: pair})
	}()
	go func() {
		defer wg.Done()
		d.Events, errs[1] = s.Knowledge.KBEvents(ctx, attache.KBEventFilter{Countries: pair, Limit: RelationsEvents, Latest: true, Brief: true})
	}()
	go func() {
		defer wg.Done()
		d.Agreements, errs[2] = s.Knowledge.KBEvents(ctx, attache.KBEventFilter{Countries: pair, Types: []attache.EventType{attache.EventAgreement},
			Limit: RelationsEvents, Latest: true, Brief: true})
	}()
	go func() {
		defer wg.Done()
		numbered, errs[3] = s.Knowledge.KBEvents(ctx, attache.KBEventFilter{Countries: pair, Numbered: true, Limit: RelationsEvents, Latest: true, Brief: true})
	}()
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	for _, y := range d.Years {
		d.Total += y.Total
	}
	var err error
	series := map[string]*attache.Series{}
	for _, ev := range numbered {
		sr := series[ev.Series]
		if sr == nil {
			sr = &attache.Series{Name: ev.Series}
			series[ev.Series] = sr
		}
		sr.Events = append(sr.Events, ev)
	}
	d.Series = []attache.Series{}
	for _, sr := range series {
		sort.SliceStable(sr.Events, func(i, j int) bool { return sr.Events[i].Number < sr.Events[j].Number })
		d.Series = append(d.Series, *sr)
	}
	sort.Slice(d.Series, func(i, j int) bool { return d.Series[i].Name < d.Series[j].Name })
	people := map[string]int{}
	for _, ev := range d.Events {
		for _, p := range ev.Participants {
			people[p]++
		}
	}
	if d.Names, err = s.names(ctx, append(append(d.Events, d.Agreements...), numbered...)); err != nil {
		return nil, err
	}
	d.People = tally(people, d.Names, attache.Person)
	return d, nil
}

// Deployments returns the peacekeeping ledger: deployment events with
// their mission, unit, rotation and counts, in date order.
func (s *Service) Deployments(ctx context.Context, f attache.DeploymentFilter) ([]attache.Deployment, error) {
	kf := attache.KBEventFilter{Types: []attache.EventType{attache.EventDeployment}, Mission: strings.TrimSpace(f.Mission), Limit: f.Limit, After: f.After, Brief: true}
	if c := strings.ToUpper(strings.TrimSpace(f.Country)); c != "" {
		if !isCode(c) {
			return nil, attache.Errorf(attache.EINVALID, "bad country code %q: want two letters (VN)", f.Country)
		}
		kf.Countries = []string{c}
	}
	evs, err := s.Knowledge.KBEvents(ctx, kf)
	if err != nil {
		return nil, err
	}
	out := []attache.Deployment{}
	for _, ev := range evs {
		out = append(out, attache.Deployment{EventID: ev.ID, Mission: ev.Mission, Unit: ev.Unit, Rotation: ev.Rotation,
			Date: ev.Date, Personnel: ev.Personnel, Women: ev.Women, Countries: ev.Countries, Sources: ev.Sources})
	}
	return out, nil
}

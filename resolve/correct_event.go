package resolve

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"attache"
	"attache/fold"
)

// The corrections of one event: its participants, date, place, type and
// countries, and splitting and merging events. Each names the event by
// its id or the id of one of its reports (findEvent) and returns
// ENOTFOUND when there is no such event, so that a correction whose
// event a re-extraction took away is skipped, not misapplied.

// event returns the event named id, or ENOTFOUND.
func (b *Builder) event(id string) (*attache.KBEvent, error) {
	if ev := b.findEvent(id); ev != nil {
		return ev, nil
	}
	return nil, attache.Errorf(attache.ENOTFOUND, "no event %q", id)
}

// party is what a participant named by a correction is: an entity of the
// knowledge base (not a country), or a country by its code.
type party struct {
	entity *attache.KBEntity // nil for a country
	code   string            // the country: the entity's own, or the country named
}

// party finds the participant called name: an entity by id, name or
// alias (a country entity stands for its code), else a country by code
// or name.
func (b *Builder) party(name string) (party, error) {
	if code, ok := b.countryCode(name); ok && isCode(name) {
		return party{code: code}, nil // "RU" is Russia, whatever else an alias calls so
	}
	if e, err := b.Find(name); err == nil {
		if e.Type == attache.Country {
			if e.Country == "" {
				return party{}, attache.Errorf(attache.EINVALID, "country %q has no code", e.Name)
			}
			return party{code: e.Country}, nil
		}
		return party{entity: e, code: e.Country}, nil
	}
	if code, ok := b.countryCode(name); ok {
		return party{code: code}, nil
	}
	return party{}, attache.Errorf(attache.ENOTFOUND, "no entity or country named %q", name)
}

// addParticipant makes name a party of event id; a person or body brings
// its country to the event's countries.
func (b *Builder) addParticipant(id, name string) error {
	ev, p, err := b.eventParty(id, name)
	if err != nil {
		return err
	}
	b.touchEvent(ev)
	if p.entity != nil {
		ev.Participants = appendNew(ev.Participants, p.entity.ID)
	}
	if p.code != "" {
		ev.Countries = appendNew(ev.Countries, p.code)
	}
	return nil
}

// eventParty looks up event id and the party name names.
func (b *Builder) eventParty(id, name string) (*attache.KBEvent, party, error) {
	ev, err := b.event(id)
	if err != nil {
		return nil, party{}, err
	}
	p, err := b.party(name)
	return ev, p, err
}

// removeParticipant takes name out of event id. A person's or body's
// country leaves the event's countries too, unless another participant
// holds it. Returns ENOTFOUND when name is not a party of the event.
func (b *Builder) removeParticipant(id, name string) error {
	ev, p, err := b.eventParty(id, name)
	if err != nil {
		return err
	}
	if p.entity == nil {
		if !contains(ev.Countries, p.code) {
			return attache.Errorf(attache.ENOTFOUND, "%s is not a party of event %s", p.code, ev.ID)
		}
		b.touchEvent(ev)
		ev.Countries = without(ev.Countries, p.code)
		return nil
	}
	if !contains(ev.Participants, p.entity.ID) {
		return attache.Errorf(attache.ENOTFOUND, "%s is not a participant of event %s", p.entity.Name, ev.ID)
	}
	b.touchEvent(ev)
	ev.Participants = without(ev.Participants, p.entity.ID)
	b.dropCountryOf(ev, p.code)
	return nil
}

// dropCountryOf removes code from ev's countries when no participant of ev
// is of that country any more. A country named only as a code party of
// the article's event cannot be told apart here: it goes too, and an
// analyst can give the event its countries back (event-countries).
func (b *Builder) dropCountryOf(ev *attache.KBEvent, code string) {
	if code == "" {
		return
	}
	for _, pid := range ev.Participants {
		if e := b.ents[pid]; e != nil && e.Country == code {
			return
		}
	}
	ev.Countries = without(ev.Countries, code)
}

// setEventDate gives event id the date d (checked by CheckCorrection).
func (b *Builder) setEventDate(id, d string) error {
	ev, err := b.event(id)
	if err != nil {
		return err
	}
	b.touchEvent(ev)
	ev.Date = d
	b.evIdx.add(ev) // findable by its new date
	return nil
}

// setEventPlace gives event id the place p: a country code as a code, any
// other name as written.
func (b *Builder) setEventPlace(id, p string) error {
	ev, err := b.event(id)
	if err != nil {
		return err
	}
	if up := strings.ToUpper(p); isCode(up) {
		p = up
	}
	b.touchEvent(ev)
	ev.Place = p
	return nil
}

// setEventType makes event id an event of type t.
func (b *Builder) setEventType(id string, t attache.EventType) error {
	ev, err := b.event(id)
	if err != nil {
		return err
	}
	if ev.Type == t {
		return nil
	}
	b.touchEvent(ev)
	b.evType[ev.Type] = without(b.evType[ev.Type], ev.ID)
	ev.Type = t
	b.evType[t] = append(b.evType[t], ev.ID)
	b.evIdx.add(ev)
	return nil
}

// setEventCountries replaces the countries of event id by those named
// (codes or names).
func (b *Builder) setEventCountries(id string, names []string) error {
	ev, err := b.event(id)
	if err != nil {
		return err
	}
	var codes []string
	for _, n := range names {
		code, ok := b.countryCode(n)
		if !ok {
			return attache.Errorf(attache.EINVALID, "no country %q", n)
		}
		codes = appendNew(codes, code)
	}
	b.touchEvent(ev)
	ev.Countries = codes
	return nil
}

// splitEvent moves the reports named in reports ("event:ARTICLE#N" or
// "ARTICLE#N") out of event id into a new event with the same type,
// date, place, participants and countries, which the analyst may then
// correct one by one (which participant went where is not kept per
// report). With no reports, the new event is a copy with every report:
// one sentence that told of two events. The new event's id is the old
// one's with "~2" (or the next free number).
func (b *Builder) splitEvent(id string, reports []string) error {
	ev, err := b.event(id)
	if err != nil {
		return err
	}
	moved := map[string]bool{}
	for _, r := range reports {
		moved[strings.TrimPrefix(r, "event:")] = true
	}
	var keep, move []attache.EventSource
	for _, s := range ev.Sources {
		if moved[s.ArticleID+"#"+strconv.Itoa(s.Idx)] {
			move = append(move, s)
		} else {
			keep = append(keep, s)
		}
	}
	switch {
	case len(reports) == 0:
		move = ev.Sources
	case len(move) != len(moved):
		return attache.Errorf(attache.ENOTFOUND, "event %s has no report %s", ev.ID, strings.Join(reports, ", "))
	case len(keep) == 0:
		return attache.Errorf(attache.EINVALID, "splitting every report off event %s leaves it empty", ev.ID)
	}
	b.touchEvent(ev)
	z := copyEvent(ev)
	z.ID = b.freeEventID(ev.ID)
	b.touchNewEvent(z.ID)
	z.Sources = append([]attache.EventSource{}, move...)
	z.Confirmed = false
	if len(reports) > 0 {
		ev.Sources = keep
		z.Name, z.Series, z.Number = "", "", 0 // the name came from one report or another: the analyst names them
	}
	b.addEvent(z)
	return nil
}

// freeEventID is the id of an event split off id: "id~2", "id~3", ...
func (b *Builder) freeEventID(id string) string {
	for n := 2; ; n++ {
		c := id + "~" + strconv.Itoa(n)
		if b.events[c] == nil {
			return c
		}
	}
}

// mergeEvents merges event from into event into: its reports, participants
// and countries join into's, and into's empty fields take from's values.
func (b *Builder) mergeEvents(from, into string) error {
	f, err := b.event(from)
	if err != nil {
		return err
	}
	t, err := b.event(into)
	if err != nil {
		return err
	}
	if f == t {
		return nil // already one event
	}
	b.touchEvent(f)
	b.touchEvent(t)
	seen := map[string]bool{}
	for _, s := range t.Sources {
		seen[s.ArticleID+"#"+strconv.Itoa(s.Idx)] = true
	}
	other := *f
	other.Sources = nil
	for _, s := range f.Sources {
		if !seen[s.ArticleID+"#"+strconv.Itoa(s.Idx)] {
			other.Sources = append(other.Sources, s)
		}
	}
	mergeEvent(t, &other)
	sort.SliceStable(t.Sources, func(i, j int) bool { return t.Sources[i].Published < t.Sources[j].Published })
	delete(b.events, f.ID)
	b.evType[f.Type] = without(b.evType[f.Type], f.ID)
	b.evIdx.add(t)
	return nil
}

// countryCode reads a country given by ISO code or by name or demonym,
// folded ("Viet Nam", "vn", "Vietnamese"). Without country data every
// two-letter code is taken.
func (b *Builder) countryCode(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if up := strings.ToUpper(s); isCode(up) && (len(b.countryWords) == 0 || b.countryWords[up] != nil) {
		return up, true
	}
	k := fold.Key(s)
	if k == "" {
		return "", false
	}
	codes := make([]string, 0, len(b.countryWords))
	for code := range b.countryWords {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		if contains(b.countryWords[code], k) {
			return code, true
		}
	}
	return "", false
}

// checkEventDate accepts what an event's date may be: YYYY, YYYY-MM,
// YYYY-MM-DD, or a range of two such dates "a/b" with a before b.
func checkEventDate(d string) error {
	lo, hi, isRange := strings.Cut(d, "/")
	if !validDate(lo) || (isRange && (!validDate(hi) || hi < lo)) {
		return attache.Errorf(attache.EINVALID, "bad event date %q (want YYYY, YYYY-MM, YYYY-MM-DD or a range a/b)", d)
	}
	return nil
}

func validDate(d string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(d) == len(layout) {
			if _, err := time.Parse(layout, d); err == nil {
				return true
			}
		}
	}
	return false
}

// eventTypeList names the event types for an error message.
func eventTypeList() string {
	var s []string
	for _, t := range attache.EventTypes {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}

// without returns ss without s.
func without(ss []string, s string) []string {
	out := make([]string, 0, len(ss))
	for _, x := range ss {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

package resolve

import (
	"time"

	"attache"
)

// The rules here link reports of one happening that differ in what the
// agencies chose to say: the place at another scale (a venue, a city, a
// country), the type (talks called by the name of the dialogue they were),
// the day (a phone call in the evening in Washington is the next morning in
// Manila), and the rule that keeps apart two meetings of one visitor with
// two hosts on one day.

// samePlace reports whether two event places can be one: either unknown
// or a country, the same place however written, a place and the country
// it lies in, or a place the gazetteer does not know (a venue, a building,
// which may lie in the other). Two known places differ.
func (b *Builder) samePlace(x, y string) bool {
	if x == "" || y == "" || isCode(x) || isCode(y) {
		return true
	}
	fx, fy := spaceless(x), spaceless(y)
	if fx == fy {
		return true
	}
	cx, kx := b.placeOrCountry(fx)
	cy, ky := b.placeOrCountry(fy)
	switch {
	case kx == "" || ky == "":
		return true // a venue or a place the gazetteer lacks
	case kx == "country" || ky == "country":
		return cx == "" || cy == "" || cx == cy
	}
	return b.place[fx] == b.place[fy]
}

// placeOrCountry reads a spaceless folded place: its country's code and
// "place" for a gazetteer place, the code and "country" for a country's
// name, "" and "" for anything else.
func (b *Builder) placeOrCountry(f string) (code, kind string) {
	if c, ok := b.place[f]; ok {
		return b.placeCountry[c], "place"
	}
	if code, ok := b.countryName[f]; ok {
		return code, "country"
	}
	return "", ""
}

// otherCounterparts reports whether two reports of meetings share one
// person and each names another person the other does not: a visitor
// received by the prime minister and then in talks with the minister, on
// one day, had two meetings. Reports that share two persons are one.
func (b *Builder) otherCounterparts(c, k *attache.KBEvent) bool {
	if k.Type != attache.EventMeeting || c.Type != attache.EventMeeting {
		return false
	}
	return b.twoHosts(c, k)
}

// twoHosts reports whether two events share exactly one participant and
// each names a person the other does not.
func (b *Builder) twoHosts(c, k *attache.KBEvent) bool {
	shared, onlyC, onlyK := 0, false, false
	for _, p := range c.Participants {
		if contains(k.Participants, p) {
			shared++
		} else if b.isPerson(p) {
			onlyC = true
		}
	}
	for _, p := range k.Participants {
		if !contains(c.Participants, p) && b.isPerson(p) {
			onlyK = true
		}
	}
	return shared == 1 && onlyC && onlyK
}

func (b *Builder) isPerson(id string) bool {
	e := b.ents[id]
	return e != nil && e.Type == attache.Person
}

// kindred lists, for an event type, the types another agency may give
// the same happening: the session of a standing dialogue is also the
// talks of its co-chairs.
var kindred = map[attache.EventType][]attache.EventType{
	attache.EventMeeting:  {attache.EventDialogue},
	attache.EventDialogue: {attache.EventMeeting},
}

// kindredMatch returns an event of a kindred type that report k tells
// again: the same single day and a person in common. It is tried only when
// no event of k's own type matches.
func (b *Builder) kindredMatch(k *attache.KBEvent, article string) *attache.KBEvent {
	if !isDay(k.Date) || b.persons(k.Participants) == 0 {
		return nil
	}
	for _, t := range kindred[k.Type] {
		probe := *k
		probe.Type = t
		for _, id := range b.evIdx.candidates(&probe, b.evType[t]) {
			c := b.events[id]
			if c == nil || hasSource(c, article) || c.Date != k.Date {
				continue
			}
			if b.sharesPerson(c, k) && !b.twoHosts(c, k) {
				return c
			}
		}
	}
	return nil
}

// nextDayMatch returns the event that report k tells again with a date one
// day off, as two agencies on either side of a date line do: both reports
// are news of the day (dated their publication day or the day before)
// and name the same two or more persons. It is tried only when no event of
// k's date matches.
func (b *Builder) nextDayMatch(k *attache.KBEvent, article string) *attache.KBEvent {
	if !isDay(k.Date) || b.persons(k.Participants) < 2 || !fresh(k) {
		return nil
	}
	for _, d := range []string{addDays(k.Date, -1), addDays(k.Date, 1)} {
		if d == "" {
			continue
		}
		probe := *k
		probe.Date = d
		for _, id := range b.evIdx.candidates(&probe, b.evType[k.Type]) {
			c := b.events[id]
			if c == nil || hasSource(c, article) || c.Date != d || !fresh(c) {
				continue
			}
			if b.samePersons(c, k) && b.samePlace(c.Place, k.Place) {
				return c
			}
		}
	}
	return nil
}

// fresh reports whether one of ev's reports is news of the day: dated its
// publication day or the day before.
func fresh(ev *attache.KBEvent) bool {
	for _, s := range ev.Sources {
		if s.Published != "" && (s.Published == ev.Date || addDays(ev.Date, 1) == s.Published) {
			return true
		}
	}
	return false
}

// addDays returns the ISO day n days after day d, or "" when d is not one.
func addDays(d string, n int) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// persons counts the persons among participant ids.
func (b *Builder) persons(ids []string) int {
	n := 0
	for _, id := range ids {
		if b.isPerson(id) {
			n++
		}
	}
	return n
}

// sharesPerson reports whether two events have a person participant in
// common.
func (b *Builder) sharesPerson(c, k *attache.KBEvent) bool {
	for _, p := range k.Participants {
		if b.isPerson(p) && contains(c.Participants, p) {
			return true
		}
	}
	return false
}

// samePersons reports whether two events name the same persons.
func (b *Builder) samePersons(c, k *attache.KBEvent) bool {
	n := 0
	for _, p := range c.Participants {
		if b.isPerson(p) {
			if !contains(k.Participants, p) {
				return false
			}
			n++
		}
	}
	return n == b.persons(k.Participants)
}

// undatedNews returns, among the events of a year that share a participant
// with report k, the one of the days just before k's publication, when k
// is the main news of an article that gives it no day (its date is only
// the publication year: "held phone talks, the ministry said") and exactly
// one such event fits.
func undatedNews(k *attache.KBEvent, cands []*attache.KBEvent) *attache.KBEvent {
	if len(k.Sources) != 1 || len(k.Date) != 4 {
		return nil
	}
	src := k.Sources[0]
	if src.Salience != "main" || !isDay(src.Published) || src.Published[:4] != k.Date {
		return nil
	}
	from := addDays(src.Published, -newsDays)
	var found *attache.KBEvent
	for _, c := range cands {
		if !isDay(c.Date) || c.Date < from || c.Date > src.Published {
			continue
		}
		if found != nil {
			return nil
		}
		found = c
	}
	return found
}

// newsDays is how many days before its publication an undated main event
// of a report may have happened.
const newsDays = 7

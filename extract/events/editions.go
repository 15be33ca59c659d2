package events

import (
	"time"

	"attache/extract/dates"
)

// editionTypes are the event types that recur as numbered or yearly
// editions of one series (exercises, conferences, dialogues, expos).
var editionTypes = map[string]bool{"exercise": true, "conference": true, "dialogue": true, "exhibition": true}

// editions adds the earlier editions of the main event's series that later
// sentences recall without a trigger of their own: "First held in 1981,
// Pitch Black is hosted every two years" and "The previous edition in 2022
// involved 17 nations" are two background exercises. The main event is the
// first one of the lead; its type carries over.
func (doc *doc) editions(evs []*cand) []*cand {
	main := leadEvent(doc, evs)
	if main == nil || !editionTypes[main.ev.Type] || len(doc.d.rules.editions) == 0 {
		return evs
	}
	ref, ok := doc.ref()
	if !ok {
		return evs
	}
	evs = doc.seriesRetold(evs, main)
	for s := main.sent + 1; s < len(doc.sents); s++ {
		at, since := doc.editionAt(s)
		if at < 0 || !talksEdition(main.ev.Type, doc.words[s], at) {
			continue
		}
		dt, ok := doc.editionDate(s, at, ref, since)
		if !ok || hasEvent(evs, main.ev.Type, dt.Value) {
			continue
		}
		evs = append(evs, doc.seriesEdition(main, s, at, dt, true))
	}
	return doc.comingEditions(evs, main, ref)
}

// comingEditions adds the next edition of the main event's series that a
// later sentence tells without a trigger of its own: "The next one will be
// held in Georgia in 2027" after a report on this year's drill is a
// reported exercise in Georgia in 2027, with the series' states.
func (doc *doc) comingEditions(evs []*cand, main *cand, ref time.Time) []*cand {
	for s := main.sent + 1; s < len(doc.sents); s++ {
		at := doc.comingAt(s)
		if at < 0 {
			continue
		}
		dt, ok := doc.comingDate(s, at, ref)
		if !ok || hasEvent(evs, main.ev.Type, dt.Value) {
			continue
		}
		evs = append(evs, doc.seriesEdition(main, s, at, dt, false))
	}
	return evs
}

// comingAt returns the word where a phrase of the series' next edition
// starts in sentence s, or -1.
func (doc *doc) comingAt(s int) int {
	ws := doc.words[s]
	for i := range ws {
		for _, r := range doc.d.rules.coming {
			if end := r.match(ws, i); end > i {
				return i
			}
		}
	}
	return -1
}

// comingDate returns the first year or month stated after word at of
// sentence s that lies after ref: the date of the next edition.
func (doc *doc) comingDate(s, at int, ref time.Time) (dates.Date, bool) {
	from := doc.words[s][at].start
	for _, dt := range doc.dates[s] {
		if dt.Start < from || dt.Value == "" || dt.Since || len(dt.Value) > 7 {
			continue
		}
		if dt.From.After(ref) {
			return dt, true
		}
	}
	return dates.Date{}, false
}

// statesRunEditions are the types whose other editions, when their own
// sentence names no actor, are the series' states' alone when this year's
// forces come from several states: the units and forces of this year's
// joint drill are not those of the first one, whereas a dialogue's
// mechanism takes part in every meeting of it, and the one host force of
// a series it runs for others ("Pitch Black, hosted by the Royal
// Australian Air Force") runs its every edition.
var statesRunEditions = map[string]bool{"exercise": true}

// seriesEdition returns the edition of main's series told at word at of
// sentence s on date dt, past (bg) or to come: placed by its sentence, run
// by who that sentence names, else by the main event's own bodies, with
// the series' states, which take part in every edition.
func (doc *doc) seriesEdition(main *cand, s, at int, dt dates.Date, bg bool) *cand {
	n := &cand{r: main.r, sent: s, bg: bg, ownDate: true}
	span := doc.sents[s]
	n.ev.Type = main.ev.Type
	n.ev.Name = main.ev.Name
	n.ev.Date = dt.Value
	n.ev.Evidence = doc.text[span.Start:min(span.End, len(doc.text))]
	n.ev.Start, n.ev.End = span.Start, span.End
	n.ev.Place = doc.editionPlace(s, at)
	n.ev.Participants = withoutCodes(doc.actors(s))
	if len(n.ev.Participants) == 0 && statesRunEditions[main.ev.Type] && doc.bodiesOfStates(main.ev.Participants) > 1 {
		n.ev.Participants = doc.seriesParties(main)
	}
	if len(n.ev.Participants) == 0 {
		n.ev.Participants = withoutCodes(main.ev.Participants)
	}
	if len(n.ev.Participants) == 0 {
		n.ev.Participants = append([]string(nil), main.ev.Participants...)
	}
	for _, p := range main.ev.Participants {
		if len(p) == 2 {
			n.ev.Participants = appendUniq(n.ev.Participants, p)
		}
	}
	return n
}

// seriesParties returns who takes part in every edition of main's series:
// the states among main's participants and those its bodies serve, and a
// body that serves no one state ("ASEAN"), which stands for its members.
func (doc *doc) seriesParties(main *cand) []string {
	out := doc.seriesStates(main.ev.Type, []*cand{main})
	orgs := doc.orgsByName()
	for _, p := range main.ev.Participants {
		if e := orgs[p]; e != nil && e.Country == "" {
			out = appendUniq(out, p)
		}
	}
	return out
}

// bodiesOfStates returns how many states the bodies among ps serve.
func (doc *doc) bodiesOfStates(ps []string) int {
	orgs := doc.orgsByName()
	var states names
	for _, p := range ps {
		if e := orgs[p]; e != nil && e.Country != "" {
			states.add(e.Country)
		}
	}
	return states.len()
}

// seriesRetold drops the events of the main event's type that a sentence
// counting the series since a year tells again: "The Laros exercise has
// been held annually since 2019" and "The 16-day exercise, the seventh of
// its kind since 2016, involved 1,300 troops" speak of the series and of
// the exercise already told, not of another one. The first edition that
// the year dates is added apart, as a background event.
func (doc *doc) seriesRetold(evs []*cand, main *cand) []*cand {
	out := evs[:0]
	for _, c := range evs {
		if c != main && c.ev.Type == main.ev.Type && !c.bg && !c.past && c.sent > main.sent {
			if at, since := doc.editionAt(c.sent); at >= 0 && since {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// leadEvent returns the first event of the lead that is not recalled, or
// nil. The opening ceremony of a show or drill told in the same sentence
// gives way to what it opens ("X opened the 9th defence exhibition").
func leadEvent(doc *doc, evs []*cand) *cand {
	for i, c := range evs {
		if !doc.lead[c.sent] || c.bg {
			continue
		}
		if c.ev.Type == "ceremony" {
			for _, o := range evs[i+1:] {
				if o.sent == c.sent && !o.bg && editionTypes[o.ev.Type] {
					return o
				}
			}
		}
		return c
	}
	return nil
}

// editionAt returns the word where an edition phrase starts in sentence s,
// or -1, and whether the phrase counts editions since a year ("the
// seventh since 2016": the first was in 2016).
func (doc *doc) editionAt(s int) (int, bool) {
	ws := doc.words[s]
	for i := range ws {
		if doc.d.rules.editionStarts.rulesOut(&ws[i]) {
			continue
		}
		for _, r := range doc.d.rules.editions {
			if end := r.match(ws, i); end > i {
				return i, ws[end-1].low == "since" || ws[i].low == "since"
			}
		}
	}
	return -1, false
}

// editionDate returns the first year or month stated after word at of
// sentence s that lies before ref: the date of a past edition. A "since"
// year counts only after a phrase that counts editions since it.
func (doc *doc) editionDate(s, at int, ref time.Time, since bool) (dates.Date, bool) {
	from := doc.words[s][at].start
	for _, dt := range doc.dates[s] {
		if dt.Start < from || dt.Value == "" || dt.Since && !since || len(dt.Value) > 7 {
			continue
		}
		if !dt.To.IsZero() && dt.To.Before(ref) {
			return dt, true
		}
	}
	return dates.Date{}, false
}

// hasEvent reports whether evs holds an event of type typ on date.
func hasEvent(evs []*cand, typ, date string) bool {
	for _, c := range evs {
		if c.ev.Type == typ && c.ev.Date == date {
			return true
		}
	}
	return false
}

// talksEdition reports whether the edition phrase at word at fits a series
// of type typ: a previous session, meeting, talks or round is an edition
// of talks or a conference, not of an exercise or a show ("the previous
// meeting of the planners" in a report on a drill).
func talksEdition(typ string, ws []word, at int) bool {
	if typ == "dialogue" || typ == "conference" {
		return true
	}
	for k := at; k < len(ws) && k <= at+2; k++ {
		switch ws[k].low {
		case "session", "meeting", "talks", "round":
			return false
		}
	}
	return true
}

package events

import (
	"strings"
	"time"

	"attache/extract/dates"
)

// stayEnd reads the end of a stay told after its arrival date, in a
// predicate that shares the subject of the arrival: "arrived on 9 Feb ...
// and will leave on 12 Feb", "and is scheduled to depart on May 7". It
// returns the day of departure when it follows from (the date word after
// the arrival date) in sentence s and lies after arrival, else "". A
// departure with its own subject ("while the frigate will leave ...") or
// towards another place ("will leave for Hue on ...") is another move.
func (doc *doc) stayEnd(s, from int, arrival string) string {
	ws := doc.words[s]
	pw := &doc.d.places
	for k := from; k < len(ws); k++ {
		if !pw.departure.has(ws[k].low) {
			continue
		}
		j := k - 1
		for j > from && (pw.ahead.has(ws[j].low) || pw.aux.has(ws[j].low)) {
			j--
		}
		if j <= from || ws[j].low != "and" {
			return ""
		}
		on := k + 1
		if on < len(ws) && ws[on].upper {
			on++ // "will leave Vietnam on 12 Feb"
		}
		if on >= len(ws) || ws[on].low != "on" {
			return ""
		}
		for _, dt := range doc.dates[s] {
			if wordAt(ws, dt.Start) == on+1 && len(dt.Value) == 10 && dt.Value > arrival {
				return dt.Value
			}
		}
		return ""
	}
	return ""
}

// tripVisitors gives the later visits of a trip to units, bases and
// sites the trip's visitor: the first visit told with its own verb and a
// person is the trip, and a later visit whose subject refers back ("He will also visit
// the headquarters of the Navy", "On Tuesday, the guests visited the
// park") is made by that person, whoever was named in between.
func (doc *doc) tripVisitors(evs []*cand) {
	trip, visitors := doc.tripVisit(evs)
	if trip < 0 {
		return
	}
	for _, c := range evs[trip+1:] {
		if c.ev.Type != "visit" || c.bg || c.past || !doc.guestSubject(doc.words[c.sent], c.hit.a) {
			continue
		}
		ws := doc.words[c.sent]
		kept := doc.holdingPost(visitors, doc.referentPhrase(ws, c.hit.a))
		if doc.wholeParty(ws, c.hit.a) {
			// "The delegation also inspected the academy": the body the
			// delegation comes from visits too
			for _, p := range evs[trip].ev.Participants {
				if evs[trip].ev.Type == "visit" && !doc.isPerson(p) && !isCode(p) {
					kept = appendUniq(kept, p)
				}
			}
		}
		for _, p := range c.ev.Participants {
			// a body of the trip stays; a state goes, since the
			// visitors named carry theirs ("the Russian delegation")
			if !doc.isPerson(p) && !isCode(p) {
				kept = appendUniq(kept, p)
			}
		}
		c.ev.Participants = kept
	}
}

// wholeParty reports whether the subject before word i speaks of a
// trip's whole party (data/args.tsv party: "the delegation", "they").
func (doc *doc) wholeParty(ws []word, i int) bool {
	for k := 0; k < i && k < openingReach; k++ {
		if doc.d.places.party.has(ws[k].low) {
			return true
		}
	}
	return false
}

// holdingPost returns those of persons whose title or rank holds post
// ("The Defence Minister is expected in Hanoi": the minister among the
// guests of the main talks, not his counterpart), or all of them when
// post is "" or fits none.
func (doc *doc) holdingPost(persons []string, post string) []string {
	var out, exact []string
	if post != "" {
		for _, i := range doc.personEntities(persons) {
			e := &doc.x.Entities[i]
			if !titledAs(e, post) {
				continue
			}
			out = append(out, e.Name)
			for _, t := range e.Titles {
				if strings.EqualFold(t, post) {
					exact = append(exact, e.Name) // the post as written, with no state before it
				}
			}
		}
	}
	if len(exact) > 0 {
		out = exact
	}
	if len(out) == 0 || len(out) == len(persons) {
		return append([]string(nil), persons...)
	}
	return out
}

// tripVisit returns the index in evs of the trip's visit and its persons:
// the first visit told with its own verb and a person ("Chien said the
// visit ..." refers back, and the speaker is no visitor). It returns -1
// and nil when the article tells none.
func (doc *doc) tripVisit(evs []*cand) (int, []string) {
	for i, c := range evs {
		if c.ev.Type != "visit" || c.bg || c.past || c.r.anaphor || doc.guestSubject(doc.words[c.sent], c.hit.a) {
			continue // ("He will also visit ..." refers back to the trip)
		}
		if persons := doc.personsOf(c.ev.Participants); len(persons) > 0 {
			return i, persons
		}
	}
	return doc.mainGuests(evs)
}

// mainGuests returns the index in evs of the story's main talks (a
// meeting or a co-chaired dialogue) and their guests, when the article tells no visit with a person: the
// persons of those talks who serve another state than the one the talks
// are held in ("X received a delegation led by Y in Nay Pyi Taw ... The
// delegation will visit the academy": Y). It returns -1 and nil when
// no such talks or guests are told.
func (doc *doc) mainGuests(evs []*cand) (int, []string) {
	for i, c := range evs {
		if c.ev.Type != "meeting" && c.ev.Type != "dialogue" || c.ev.Salience != "main" || c.bg {
			continue
		}
		host := doc.countryOf(c.ev.Place)
		if host == "" {
			return -1, nil
		}
		var guests []string
		for _, p := range doc.personsOf(c.ev.Participants) {
			if k := doc.personCountry(p); k != "" && k != host {
				guests = append(guests, p)
			}
		}
		if len(guests) == 0 {
			return -1, nil
		}
		return i, guests
	}
	return -1, nil
}

// personCountry returns the state the person of that name serves, or "".
func (doc *doc) personCountry(name string) string {
	if e := doc.personNamed(name); e != nil {
		return e.Country
	}
	return ""
}

// openingReach bounds the opening phrase before a subject ("On 18 June,",
// "Earlier the same day,"): a sentence is read from its start once.
const openingReach = 10

// guestSubject reports whether the subject of the sentence, before word
// i, refers back to a trip's party: "he", "she", "they", or "the" and up
// to two words more before a guest or referent noun. An opening phrase
// closed by a comma ("On 18 June, the CNS will visit") comes before it;
// one written without the comma ("On Wednesday the visiting minister is
// due to tour") ends at the first "the" or pronoun of its first words.
func (doc *doc) guestSubject(ws []word, i int) bool {
	k := 0
	if len(ws) > 0 && openingPreposition[ws[0].low] || len(ws) > 0 && (ws[0].low == "earlier" || ws[0].low == "later") {
		for k < i && k < openingReach && ws[k].low != "," {
			k++
		}
		if k == openingReach {
			return false // no short opening phrase: a long subject of its own
		}
		if k == i {
			k = bareOpeningEnd(ws, i)
		}
		k++
	}
	// reported speech: the subject of what was said ("A statement by
	// the army spokesman, General X, said the army chief would also
	// inspect the brigade"), not the speaker
	for j := k; j < i; j++ {
		if doc.d.rules.reporting.matches(ws[j]) {
			k = j + 1
			if k < i && ws[k].low == "that" {
				k++
			}
		}
	}
	if k >= i {
		return false
	}
	switch ws[k].low {
	case "he", "she", "they", "it":
		return true
	case "the":
		rs := doc.d.rules
		for j := k + 1; j < i && j <= k+3; j++ {
			if rs.guest.matches(ws[j]) || rs.referent.matches(ws[j]) {
				return true
			}
		}
	}
	return false
}

// bareOpeningReach bounds an opening phrase written without a comma ("On
// Wednesday", "On 18 June"): its subject starts within these words.
const bareOpeningReach = 5

// bareOpeningEnd returns the last word of an opening phrase with no comma
// before word i: the word before the first "the" or pronoun after the
// preposition, or i when there is none close enough.
func bareOpeningEnd(ws []word, i int) int {
	for k := 1; k < i && k <= bareOpeningReach; k++ {
		switch ws[k].low {
		case "the", "he", "she", "they":
			return k - 1
		}
	}
	return i
}

// runsUntil reads the last day of an event that opened on day dt, told
// later in sentence s after "until", "till" or "through": "opened on
// Monday and will run until July 1", "began Tuesday and runs through
// Thursday". It returns that day when it lies after dt and within
// maxRunDays of it, else "".
func (doc *doc) runsUntil(s int, dt dates.Date) string {
	ws := doc.words[s]
	for _, d := range doc.dates[s] {
		if d.Start < dt.End || len(d.Value) != 10 || d.Value <= dt.Value {
			continue
		}
		k := wordAt(ws, d.Start) - 1
		if k > 0 && ws[k].low == "on" {
			k--
		}
		if k < 0 || !untilWords[ws[k].low] || d.From.Sub(dt.From) > maxRunDays*24*time.Hour {
			continue
		}
		for j := wordAt(ws, dt.End); j < k; j++ {
			if ws[j].low == ";" {
				return "" // another clause of its own
			}
		}
		return d.Value
	}
	return ""
}

// untilWords open the end of a span told after its start.
var untilWords = map[string]bool{"until": true, "till": true, "through": true}

// maxRunDays bounds a drill, show or stay told by its first and last day.
const maxRunDays = 62

package events

import (
	"strings"

	"attache"
)

// This file settles where the article's main scene took place. Agencies
// name the city in the dateline or the lead ("held talks in Canberra")
// and the venue a sentence or two later ("The agreement was signed at
// Parliament House", "The opening ceremony at the X Naval Base was
// attended by ..."). The main events, and what happens during them, took
// place at that venue.

// sceneWindow is how many sentences from the start of the article may name
// the main scene's venue.
const sceneWindow = 6

// sceneVenue gives the main events of mains the venue of their scene when
// one is named (see above) and their place is none, the dateline's, or a
// wider place of the venue's country; then gives an opening or closing
// ceremony told without a place the main events' place. Visits and
// deployments keep their destination.
func (doc *doc) sceneVenue(mains, evs []*cand) {
	var where string
	// a sentence that tells talks of their own is their scene, not the
	// main one: "Soares also called on the TNI commander at TNI
	// Headquarters in Cilangkap" does not move the reception before it
	side := map[int]bool{}
	for _, c := range evs {
		if c.ev.Type == "meeting" && c.ev.Salience != "main" && !c.bg && !c.past && len(doc.personsOf(c.ev.Participants)) >= 2 {
			side[c.sent] = true
		}
	}
	for _, c := range mains {
		if c.ev.Type != "visit" && c.ev.Type != "deployment" && c.ev.Cameo != "041" {
			// the venue of this event's own kind of sentence: an
			// exercise is not held at the camp of its opening ceremony
			v, code := doc.findSceneVenue(c.ev.Type, c.ev.Date, side)
			if v == "" && c.ev.Type != "exercise" {
				// signed "at the end of the meeting": where the scene is
				v, code = doc.findSceneVenue("", c.ev.Date, side)
			}
			if v != "" && doc.widerThan(c.ev.Place, code) {
				c.ev.Place = v
			}
		}
		if where == "" && c.ev.Type != "visit" && c.ev.Type != "deployment" {
			where = c.ev.Place
		}
	}
	for _, c := range evs {
		if where != "" && c.ev.Salience != "main" && c.ev.Place == "" && !c.bg && !c.past && c.ev.Type == "ceremony" && doc.partOfScene(c) {
			c.ev.Place = where
		}
		if c.ev.Place == "" && forumType(c.ev.Type) {
			c.ev.Place = doc.namedCity(c)
		}
	}
}

// forumType reports whether events of type typ may be named for the city
// that holds them ("the Seoul Defense Dialogue").
func forumType(typ string) bool {
	return typ == "conference" || typ == "dialogue" || typ == "exhibition"
}

// namedCity returns the city a forum told by c is named for and held in
// ("the Moscow Conference on International Security", "the opening
// session of the Seoul Defense Dialogue"), when the article names that
// city as a place of its own; else "". The forum's name stands next to
// c's trigger.
func (doc *doc) namedCity(c *cand) string {
	ws := doc.words[c.sent]
	h := c.hit
	if h.r == nil || h.b > len(ws) {
		return ""
	}
	for _, m := range doc.ments[c.sent] {
		if m.e.Type != attache.Organization || m.end < ws[h.a].start-forumReach || m.start > ws[h.b-1].end+forumReach {
			continue
		}
		if city := doc.cityOfName(m.e.Name); city != "" {
			return city
		}
	}
	return ""
}

// forumReach is how many bytes from a forum's trigger its name may lie:
// "the opening session of the Seoul Defense Dialogue", "the Seoul Defense
// Dialogue, an annual forum".
const forumReach = 24

// cityOfName returns the city entity of the article whose name opens name
// ("Seoul" in "Seoul Defense Dialogue", whatever the case the article
// writes the city in: "SEOUL" in a dateline), or "".
func (doc *doc) cityOfName(name string) string {
	for i := range doc.x.Entities {
		e := &doc.x.Entities[i]
		n := len(e.Name)
		if e.Type != attache.Location || n >= len(name) || name[n] != ' ' || !strings.EqualFold(name[:n], e.Name) || !doc.isCity(e.Name) {
			continue
		}
		return e.Name
	}
	return ""
}

// partOfScene reports whether ceremony c is the opening or closing of the
// occasion the article tells: "The opening ceremony was attended by ...".
func (doc *doc) partOfScene(c *cand) bool {
	ws := doc.words[c.sent]
	h := c.hit
	if h.r == nil || h.a >= len(ws) {
		return false
	}
	for k := h.a; k >= 0 && k >= h.a-2; k-- {
		if doc.d.places.opening.has(ws[k].low) {
			return true
		}
	}
	return false
}

// widerThan reports whether place is no place, or a country, city or region
// that can hold a venue of country code: the venue is then the more exact
// answer.
func (doc *doc) widerThan(place, code string) bool {
	if place == "" {
		return true
	}
	if len(place) == 2 && strings.ToUpper(place) == place {
		return code == "" || place == code // a country code
	}
	if code != "" && doc.countryOf(place) != code {
		return false
	}
	if doc.d.kb == nil {
		return false
	}
	for _, p := range doc.d.kb.PlacesNamed(place) {
		switch p.Kind {
		case "city", "capital", "region":
			return true
		}
	}
	return false
}

// findSceneVenue returns the first venue introduced by "at" in the opening
// sentences that tell the main scene, with its country (or ""): a venue
// shortly after a trigger of type typ (or of a ceremony, for a ceremony)
// or after a word such as "held" or "signed", in a sentence that does not
// open on another time ("Earlier", "Later"). An empty typ stands for any
// of sceneTypes. A sentence dated to another day than date tells another
// occasion ("On Friday, the President handed the flag ... at the Army
// Command"), and so does a sentence of side, which tells talks of their
// own.
func (doc *doc) findSceneVenue(typ, date string, side map[int]bool) (string, string) {
	types := map[string]bool{typ: true}
	if typ == "" {
		// the scene of any main event
		types = sceneTypes
	}
	for s := 0; s < len(doc.sents) && s < sceneWindow; s++ {
		ws := doc.words[s]
		if len(ws) == 0 || doc.d.places.otherTime.has(ws[0].low) || doc.elsewhenAt(s) || doc.otherDay(s, date) || side[s] {
			continue
		}
		inside := doc.insideNames(s)
		ms := doc.ments[s]
		for i, m := range ms {
			if inside[i] || !afterAt(ws, m.start) && !afterWelcome(ws, m.start) || doc.postedAt(ws, m.start) || !doc.sceneNear(s, types, wordAt(ws, m.start)) ||
				doc.agreementTopic(s, wordAt(ws, m.start)) {
				continue
			}
			if m.e.Type == attache.Organization && doc.venueAt(ws, m) || m.e.Type == attache.Location && doc.siteLike(m.e) {
				if e := doc.seatPlace(s, i); e != nil {
					return e.Name, doc.venueCountry(e)
				}
			}
		}
	}
	return "", ""
}

// otherDay reports whether sentence s names days and none that date, a
// day of the main events, covers. A sentence that names the main day
// among others ("began on Tuesday at the X Centre and runs until
// Thursday") still tells the main scene.
func (doc *doc) otherDay(s int, date string) bool {
	if len(date) < 10 {
		return false
	}
	other := false
	for _, d := range doc.dates[s] {
		if len(d.Value) < 10 {
			continue
		}
		if dateCompatible(d.Value, date) {
			return false
		}
		other = true
	}
	return other
}

// agreementTopic reports whether word k of sentence s lies in the subject
// of an agreement signed in it ("a protocol on the training of cadets at
// the X University"): see topicBefore.
func (doc *doc) agreementTopic(s, k int) bool {
	for _, h := range doc.sceneHits(s) {
		if h.r.typ == "agreement" && h.b <= k && doc.topicBefore(s, h.b, k) {
			return true
		}
	}
	return false
}

// elsewhenAt is elsewhen(doc.words[s]), worked out once per sentence: the
// scene and force searches ask it of the same opening sentences for every
// event.
func (doc *doc) elsewhenAt(s int) bool {
	if doc.elsewhenOf == nil {
		doc.elsewhenOf = make([]int8, len(doc.sents))
	}
	if doc.elsewhenOf[s] == 0 {
		doc.elsewhenOf[s] = -1
		if doc.elsewhen(doc.words[s]) {
			doc.elsewhenOf[s] = 1
		}
	}
	return doc.elsewhenOf[s] > 0
}

// elsewhen reports whether a sentence tells of another time anywhere:
// "had inaugurated the monument at the museum", "the previous day".
func (doc *doc) elsewhen(ws []word) bool {
	for _, w := range ws {
		if doc.d.places.elsewhen.has(w.low) {
			return true
		}
	}
	return false
}

// siteLike reports whether location e is a site (a venue, base or
// building) rather than a city, region or sea: a venue of the knowledge
// base, or a place it does not know at all (found by the name's site word).
func (doc *doc) siteLike(e *attache.Entity) bool {
	if doc.openArea(e) || doc.worldRegion(e) {
		return false
	}
	if doc.d.kb == nil {
		return true
	}
	for _, p := range doc.d.kb.PlacesNamed(e.Name) {
		if p.Kind != "venue" {
			return false
		}
	}
	return true
}

// siteWord reports whether location mention m is named as a site ("Bolkiah
// Garrison", "Camp Aguinaldo", "Ulinzi House") or known as a venue: a
// town the knowledge base does not know ("San Antonio") is no finer
// place than the body's seat before it.
func (doc *doc) siteWord(ws []word, m ment) bool {
	if doc.venueName(ws, m) {
		return true
	}
	if doc.d.kb == nil {
		return false
	}
	for _, p := range doc.d.kb.PlacesNamed(m.e.Name) {
		if p.Kind == "venue" {
			return true
		}
	}
	return false
}

// venueCountry returns the country of a venue entity, or "".
func (doc *doc) venueCountry(e *attache.Entity) string {
	if e.Type == attache.Location && e.Country != "" {
		return e.Country
	}
	return doc.countryOf(e.Name)
}

// afterAt reports whether the mention at pos follows "at", "at the" or
// "at the headquarters of (the)".
func afterAt(ws []word, pos int) bool {
	i := wordAt(ws, pos)
	if i > 0 && ws[i-1].low == "the" {
		i--
	}
	if i > 2 && ws[i-1].low == "of" && ws[i-2].low == "headquarters" {
		i -= 2
		if i > 0 && ws[i-1].low == "the" {
			i--
		}
	}
	return i > 0 && ws[i-1].low == "at"
}

// afterWelcome reports whether the mention at pos is where a guest is
// welcomed: "welcomed the minister to Parliament House".
func afterWelcome(ws []word, pos int) bool {
	i := wordAt(ws, pos)
	if i > 0 && ws[i-1].low == "the" {
		i--
	}
	if i == 0 || ws[i-1].low != "to" {
		return false
	}
	for k := i - 2; k >= 0 && i-k <= 30; k-- {
		switch ws[k].low {
		case "welcomed", "welcomes", "welcome", "welcoming", "received", "receives", "hosted", "hosts":
			return true
		case ";", "which", "who":
			return false
		}
	}
	return false
}

// sceneNear reports whether word i of sentence s comes within sceneReach
// words after a trigger of one of types or a scene word ("held",
// "signed"), in the same clause: "The opening ceremony at X", "signed at
// X". A venue further on, or after "which" or "who", belongs to
// something else ("the first of which is due to be launched at X").
func (doc *doc) sceneNear(s int, types map[string]bool, i int) bool {
	ws := doc.words[s]
	hits := doc.sceneHits(s)
	for k := i - 1; k >= 0 && i-k <= sceneReach; k-- {
		switch ws[k].low {
		case "which", "who", "whose", "where", ";":
			return false
		}
		if doc.d.places.sceneWords.has(ws[k].low) {
			return true
		}
		for _, h := range hits {
			if h.b-1 == k && h.r.topic {
				// "discussed the training of officers at the X Academy":
				// what was talked about, as otherClausePlace reads it
				return false
			}
			if h.b-1 == k && types[h.r.typ] {
				return true
			}
			if h.b-1 == k && i-k <= 3 {
				// "held bilateral talks at the headquarters": the venue
				// right after another kind of event is that event's
				return false
			}
		}
	}
	return false
}

// sceneHits returns the triggers of sentence s, one of the opening
// sentences findSceneVenue reads, found once per article.
func (doc *doc) sceneHits(s int) []hit {
	if doc.openHits == nil {
		doc.openHits = make([][]hit, min(len(doc.sents), sceneWindow))
		doc.openKnown = make([]bool, len(doc.openHits))
	}
	if !doc.openKnown[s] {
		doc.openHits[s], _ = doc.hits(s)
		doc.openKnown[s] = true
	}
	return doc.openHits[s]
}

// sceneReach is how many words may lie between a scene's trigger and its
// venue: "signed by A and B, in the presence of C and D, at the Hotel".
const sceneReach = 60

// sceneTypes are the types of event whose venue is the scene's.
// A ceremony is not among them: a wreath laid at a memorial is an
// occasion of its own.
var sceneTypes = map[string]bool{"meeting": true, "dialogue": true, "conference": true, "agreement": true, "statement": true, "decision": true, "invitation": true}

// seatPlace returns the place mention i of sentence s stands for, or nil.
// Organisations are not places: a body's seat ("the Ministry of Defence",
// "the Army headquarters") stands for the place named right after it ("in
// Bolkiah Garrison", "in Vientiane", ", Ulinzi House,"), else for the
// city the story is filed from (seatCity), else for none. A body named
// for a site ("the Training School for Peacekeeping Forces") and a
// location stand for themselves.
func (doc *doc) seatPlace(s, i int) *attache.Entity {
	ws := doc.words[s]
	ms := doc.ments[s]
	m := ms[i]
	if m.e.Type != attache.Organization || !doc.seatName(ws, m) && !seatOf(ws, m) && !doc.seatAfter(ws, m) {
		return m.e
	}
	next := i + 1
	for next < len(ms) && ms[next].e == m.e {
		next++ // "the Department of National Defense (DND) headquarters": its acronym
	}
	if next < len(ms) && ms[next].e.Type == attache.Location && doc.seatFollows(ws, m, ms[next]) {
		return ms[next].e
	}
	for k := i - 1; k >= 0; k-- {
		// "On arrival in Canberra, the admiral was accorded a guard of
		// honour at the Defence Force Headquarters": the city the
		// sentence puts the guest in holds the body's seat; a city inside
		// the body's name ("Hanoi Army Headquarters") is no such city
		if c := ms[k]; c.e.Type == attache.Location && c.end <= m.start && afterIn(ws, c.start) && doc.isCity(c.e.Name) && !clauseBetween(doc.text[c.end:m.start]) &&
			(m.e.Country == "" || doc.countryOf(c.e.Name) == "" || doc.countryOf(c.e.Name) == m.e.Country) {
			return c.e
		}
	}
	return doc.seatCity(m.e)
}

// seatOf reports whether mention m follows "headquarters of (the)": "at
// the headquarters of the ANP General Staff" names the body's seat,
// whatever the body's name.
func seatOf(ws []word, m ment) bool {
	return nounOf(ws, wordAt(ws, m.start), "headquarters")
}

// nounOf reports whether word i follows "noun of" or "noun of the":
// "headquarters of the", "delegation of".
func nounOf(ws []word, i int, noun string) bool {
	k := i - 1
	if k >= 0 && ws[k].low == "the" {
		k--
	}
	return k >= 1 && ws[k].low == "of" && ws[k-1].low == noun
}

// seatFollows reports whether location mention loc says where the body of
// mention m sits: up to one word after the body ("headquarters") or its
// bracketed acronym, then "in" or a comma, then the place.
func (doc *doc) seatFollows(ws []word, m, loc ment) bool {
	k := wordAt(ws, m.end)
	if k+2 < len(ws) && ws[k].low == "(" && ws[k+2].low == ")" {
		k += 3
	}
	if j := doc.seatWordAfter(ws, k); j >= 0 {
		k = j + 1
	}
	return k+1 < len(ws) && (ws[k].low == "in" || ws[k].low == ",") && wordAt(ws, loc.start) <= k+2
}

// seatCity returns the city a body sits in when its sentence names none:
// the dateline's city, when it lies in the body's country (a ministry
// "in the capital" of the story). It returns nil when the text gives no
// such city: the event then takes the story's place by the later rules,
// or none.
func (doc *doc) seatCity(body *attache.Entity) *attache.Entity {
	ds := doc.leadDateline()
	if ds < 0 {
		return nil
	}
	e := doc.dateline(ds)
	if e != nil && e.Type == attache.Country {
		if capital := doc.namesakeCapital(e); capital != "" {
			// "KUWAIT, March 3 (KUNA)": the ministry sits in Kuwait City
			e = &attache.Entity{Type: attache.Location, Name: capital, Country: e.Country}
		}
	}
	if e == nil || e.Type != attache.Location || !doc.isCity(e.Name) {
		return nil
	}
	if body.Country != "" && doc.countryOf(e.Name) != "" && doc.countryOf(e.Name) != body.Country {
		return nil
	}
	return e
}

// postedAt reports whether the place mention at pos completes a title:
// "the defence attaché in Bangkok", "Ambassador to Thailand", "Ambassador
// of Vietnam to the Philippines". It says where a person serves, not where
// anything happens.
func (doc *doc) postedAt(ws []word, pos int) bool {
	i := wordAt(ws, pos)
	if i > 0 && ws[i-1].low == "the" {
		i--
	}
	if i < 2 {
		return false
	}
	switch ws[i-1].low {
	case "in", "to":
	default:
		return false
	}
	// the word before "in" may head the post itself ("in the presence of
	// the Defence Attaché in New Delhi"): the "of" before it then joins
	// another phrase, not a post to its state
	posted := doc.d.places.posted
	return posted.has(ws[i-2].low) || posted.has(ws[postOf(ws, i-2)].low)
}

// postOf returns the index of the word that heads a post written before
// "of" and its state, counting back from word k, the state's last word:
// "Ambassador of Vietnam to ...", "the Defence Attaché of the Maldives
// in New Delhi", "Ambassador of the United Arab Emirates to ...". It
// returns k when no "of" and state stand there.
func postOf(ws []word, k int) int {
	j := k
	for j > k-4 && j >= 2 && ws[j].upper {
		j--
	}
	if j == k {
		return k
	}
	if ws[j].low == "the" {
		j--
	}
	if j >= 1 && ws[j].low == "of" {
		return j - 1
	}
	return k
}

// welcomePlaces gives the welcome ceremonies of the story the place where
// the guests arrived: "The frigate arrived at Pier 13 in South Harbor,
// Manila ... The ship was welcomed by ..." is a welcome at Pier 13; "The
// returning peacekeepers were welcomed at a ceremony" is held where the
// unit coming home landed (landed, the place of its homecoming). A
// send-off told with the troops' departure is held where they left from.
func (doc *doc) welcomePlaces(evs []*cand, landed string) {
	for _, c := range evs {
		if c.ev.Type == "ceremony" && !c.bg && !c.past && c.hit.r != nil {
			if site := doc.departureSite(c.sent); site != "" {
				// "departed from Incheon International Airport after a
				// send-off ceremony": the send-off is where they left
				c.ev.Place = site
				continue
			}
			if site := doc.sendOffSite(c); site != "" && c.ev.Place == "" {
				c.ev.Place = site // "left Kigali airport ... were seen off by"
				continue
			}
		}
		if c.ev.Type != "ceremony" || c.bg || c.past || c.hit.r == nil || !doc.welcomes(c) {
			continue
		}
		site := doc.arrivalSite(c.sent)
		if site == nil {
			if c.ev.Place == "" {
				c.ev.Place = landed
			}
			continue
		}
		if doc.widerThan(c.ev.Place, doc.venueCountry(site)) {
			c.ev.Place = site.Name
		}
	}
}

// welcomes reports whether ceremony c welcomes someone: its trigger or a
// word shortly before it is "welcomed" ("were welcomed at a ceremony").
func (doc *doc) welcomes(c *cand) bool {
	ws := doc.words[c.sent]
	for k := max(c.hit.a-welcomeReach, 0); k < c.hit.b && k < len(ws); k++ {
		if strings.HasPrefix(ws[k].low, "welcom") {
			return true
		}
	}
	return false
}

// welcomeReach is how many words before a ceremony's trigger may say that
// it welcomes someone: "were welcomed at a ceremony".
const welcomeReach = 3

// arrivalWindow is how many sentences up to a welcome may tell the
// arrival it follows.
const arrivalWindow = 2

// arrivalSite returns the site where the guests welcomed in sentence s
// arrived: a site named right after an arrival word ("arrived at Pier
// 13", "landed at Kigali International Airport", "docked at Nha Rong
// Port") in that sentence or the ones just before it, or nil.
func (doc *doc) arrivalSite(s int) *attache.Entity {
	for k := s; k >= 0 && s-k <= arrivalWindow; k-- {
		ws := doc.words[k]
		for _, m := range doc.ments[k] {
			i := wordAt(ws, m.start)
			j := i - 1
			if j > 0 && ws[j].low == "the" {
				j--
			}
			if j < 1 || ws[j].low != "at" || !doc.d.places.arrival.has(ws[j-1].low) {
				continue
			}
			if m.e.Type == attache.Location && doc.siteWord(ws, m) || m.e.Type == attache.Organization && doc.venueName(ws, m) {
				return m.e
			}
		}
	}
	return nil
}

// sendOffSite returns the site the troops seen off by ceremony c left
// from, told in the sentences just before it ("A battalion left Kigali
// International Airport on Tuesday ... The troops were seen off by"), or
// "" when c is no send-off or no departure site is told.
func (doc *doc) sendOffSite(c *cand) string {
	ws := doc.words[c.sent]
	off := false
	for k := c.hit.a; k < c.hit.b && k < len(ws); k++ {
		off = off || doc.d.places.sendOff.has(ws[k].low)
	}
	if !off {
		return ""
	}
	for k := c.sent - 1; k >= 0 && c.sent-k <= arrivalWindow; k-- {
		if site := doc.departureSite(k); site != "" {
			return site
		}
	}
	return ""
}

// departureSite returns the site troops leave from in sentence s
// ("departed from Incheon International Airport", "left the Bandaranaike
// International Airport"): a site named right after a departure word and
// "from", or "".
func (doc *doc) departureSite(s int) string {
	ws := doc.words[s]
	for _, m := range doc.ments[s] {
		j := wordAt(ws, m.start) - 1
		if j > 0 && ws[j].low == "the" {
			j--
		}
		if j > 0 && ws[j].low == "from" {
			j--
		}
		if j < 0 || !doc.d.places.departure.has(ws[j].low) {
			continue
		}
		if m.e.Type == attache.Location && doc.siteWord(ws, m) || m.e.Type == attache.Organization && doc.venueName(ws, m) {
			return m.e.Name
		}
	}
	return ""
}

// seatWordAfter returns the index of the seat word ("headquarters") at or
// after word k that the rest of a body's name may hold off: "the Ministry
// of Defence and Veteran Affairs headquarters in Mbuya", where the body's
// name read may stop at "Defence". It returns -1 when no seat word comes
// within seatNameReach words of capitalised name, "and" or "of".
func (doc *doc) seatWordAfter(ws []word, k int) int {
	for j := k; j < len(ws) && j-k <= seatNameReach; j++ {
		if doc.d.places.seat.has(ws[j].low) {
			return j
		}
		if !ws[j].upper && ws[j].low != "and" && ws[j].low != "of" {
			return -1
		}
	}
	return -1
}

// seatNameReach is how many words of a body's name may stand between the
// part read as the body and its seat word.
const seatNameReach = 4

package events

// Where an event happened: the convention the place rules follow
// (../shared/spec/EXTRACTION.md gives the field, this gives its precision).
//
//   - An event's place is its own, at the precision the text gives for that
//     event: the most specific location its clause or sentence names for it
//     (the venue "at the Shangri-La Hotel" before the city "in Singapore",
//     the city before the country).
//   - An event told without a place inherits one only from the event it
//     is anchored to ("on the sidelines of the forum", "during the visit",
//     "at the ceremony", what is said at the talks), or from the dateline
//     for the lead events that happen where the story is filed.
//   - Otherwise the place is null: statements of position, appointments,
//     anniversaries and phone calls whose clause names no place never
//     borrow one from another sentence or another event (the guest's home,
//     the venue of a show they are invited to, a mission area).
//   - A visit's place is where the visitors go: the venue or base named, else
//     the city, else the country visited. A deployment's place is the
//     mission area only when the text says the troops go there; a send-off
//     or homecoming happens where it is held (the airport, the camp).

import (
	"strings"

	"attache"
)

// place returns where c happened: the destination of a visit, a place
// introduced by in/at/on, the host of a peacekeeping mission; for a trip
// as a whole, the country visited (tripPlace).
func (doc *doc) place(c *cand, s int, h hit) string {
	return doc.tripPlace(s, h, doc.eventPlace(c, s, h))
}

// tripPlace returns the place of a trip as a whole, told by a trigger of
// rule option trip ("arrived in", "on a three-day visit", "is visiting"):
// p when the trip's own words name it ("arrived in Kuala Lumpur on
// Wednesday for a three-day official visit", "who is in Moscow on an
// official visit", "a visit to Cairo"), else the country p lies in. A
// city or site named for a part of the trip ("is on a working visit to
// Nigeria, will tour the shipyard in Port Harcourt"), for talks held
// during it or by the dateline ("MUSCAT - ..., who is visiting the
// Sultanate") is where that part happened, not the trip's extent. A
// ship's visit keeps p: a port call is whole in its port.
func (doc *doc) tripPlace(s int, h hit, p string) string {
	if h.r == nil || !h.r.trip || p == "" || isCode(p) || doc.tripOwnPlace(s, h, p) {
		return p
	}
	for _, w := range doc.words[s] {
		if doc.d.places.vessel.has(w.low) {
			return p // ships: a port call is whole in its port
		}
	}
	if code := doc.countryOf(p); code != "" {
		return code
	}
	return p
}

// tripOwnReach is how many words may lie between a trip's trigger and a
// place its own words name: "arrived in Lima on Tuesday for a three-day
// official visit".
const tripOwnReach = 6

// tripOwnPlace reports whether sentence s names place p in the words of
// trip trigger h: right after it ("arrived in Lima", "visit to Cairo"),
// after "to" past the visitor's name ("a visit by General X to
// Canberra"), shortly before it in its clause after "in" ("who is in
// Moscow on an official visit"), or as the dateline's city pointed at
// ("arrived here on Monday for a working visit", "arrived in this city").
func (doc *doc) tripOwnPlace(s int, h hit, p string) bool {
	ws := doc.words[s]
	for k := max(0, h.a-tripOwnReach); k < len(ws) && k <= h.b+1; k++ {
		if doc.d.places.here.has(ws[k].low) || ws[k].low == "this" && k+1 < len(ws) && doc.d.places.placeHead.has(ws[k+1].low) {
			return true
		}
	}
	for _, m := range doc.ments[s] {
		if mentionPlace(m) != p && m.e.Name != p {
			continue
		}
		k := wordAt(ws, m.start)
		if k >= h.b && (k-h.b <= 2 || k-h.b <= destReach && ws[k-1].low == "to" && onlyCommas(ws, h.b, k)) {
			return true
		}
		if k < h.a && h.a-wordAt(ws, m.end) <= tripOwnReach && afterIn(ws, m.start) &&
			!strings.Contains(doc.text[m.end:ws[h.a].start], ",") && !clauseBetween(doc.text[m.end:ws[h.a].start]) {
			return true
		}
	}
	return false
}

// eventPlace returns where c happened by the words of its sentence.
func (doc *doc) eventPlace(c *cand, s int, h hit) string {
	ws := doc.words[s]
	ms := doc.ments[s]
	if pointsBack(ws, h, doc.d.places.backRef) {
		return "" // "Before the talks, X laid a wreath at Anıtkabir": the wreath's place
	}
	if h.r.typ == "deployment" && doc.homecomingAt(s, h) {
		return doc.landingPlace(s, h)
	}
	if h.r.typ == "deployment" {
		if p := doc.destination(s, h); p != "" {
			return p // "leave for Lebanon after a send-off at the Army Headquarters"
		}
	}
	if h.r.dest || h.r.typ == "visit" && h.b < len(ws) && ws[h.b].low == "to" {
		if p := doc.destPlace(s, h); p != "" {
			return p
		}
	}
	if to := visitorThenTo(ws, h); to > 0 {
		// "the visit of President X to New Delhi": the destination
		// after the visitor's name
		d := h
		d.b = to + 1
		if p := doc.destPlace(s, d); p != "" {
			return p
		}
	}
	best, bestAt := doc.nearestPlace(s, h)
	if bestAt >= 0 && ms[bestAt].e.Type == attache.Organization {
		// "at the Ministry of Defence in Bolkiah Garrison": the site;
		// "at the airport, in the presence of officials at Army
		// Headquarters": the airport the story named
		best = doc.siteNamedBefore(s)
		if e := doc.seatPlace(s, bestAt); best == "" && e != nil {
			best = e.Name
		}
	}
	if best == "" && h.r.typ == "visit" {
		best = doc.journeyTown(s, h) // "will fly to Kochi to visit the Naval Command"
	}
	if best == "" && h.r.typ != "deployment" {
		best = doc.duringPlace(s, h) // "signed in 2021 during a visit to Hanoi"
	}
	if best == "" && h.r.typ != "deployment" {
		best = doc.siteNamedBefore(s) // "were received at the airport by ..."
	}
	if (best == "" || isCode(best)) && h.r.typ != "deployment" {
		if city := doc.cityBackNear(s, h); city != "" {
			// "arrived in the port city on Saturday": the city last
			// named, before hereNear's dateline city for "in the city"
			// (TestCityBackReferences pins the order)
			best = city
		}
	}
	if best == "" && h.r.typ != "deployment" && doc.atBareSeat(s) {
		// "welcomed with a military ceremony at the ministry": the city
		// the ministry sits in, the dateline's
		if e := doc.seatCity(&attache.Entity{}); e != nil {
			best = e.Name
		}
	}
	if (best == "" || isCode(best)) && h.r.typ != "deployment" && doc.hereNear(ws, h) {
		// "arrived here on Monday", "arrived in this city": the dateline's
		if e := doc.seatCity(&attache.Entity{Country: best}); e != nil {
			best = e.Name
		}
	}
	if best == "" && h.r.typ != "deployment" {
		best = doc.hostState(s, h) // "Peru last hosted UNITAS in 2020"
	}
	if best == "" && h.r.typ == "deployment" && !hasWord(ws, "home") {
		// "will leave for Bangui", "deployed to Darfur"; a unit coming
		// home goes to no mission area
		best = doc.destination(s, h)
	}
	return best
}

// nearestPlace returns the place mention of sentence s nearest trigger h
// that may be its place, and its index in the sentence's mentions (-1 and
// "" when none may): a mention in an earlier clause (a subject's "who" or
// "which" clause, or a clause of its own) serves only when none nearer does.
func (doc *doc) nearestPlace(s int, h hit) (string, int) {
	ws := doc.words[s]
	end := ws[h.b-1].end
	best, bestDist, bestAt := "", 1<<30, -1
	var ownAfter lazyBool // whether the trigger's clause names its own place after it
	for i, m := range doc.ments[s] {
		// the cheap test of what the mention is comes first: the
		// clause tests read the text between it and the trigger
		name, ok := doc.placeName(s, h, i)
		if !ok || doc.otherClausePlace(s, h, m) || h.r.typ == "deployment" && afterAt(ws, m.start) && !doc.arrivedAt(ws, m.start) {
			// troops sent abroad are seen off "at" a venue at home;
			// troops who "arrived at" or "landed at" it are there
			continue
		}
		if h.r.typ == "ceremony" && doc.sendOffDestination(s, h, m.start) {
			continue
		}
		dist := m.start - end
		if dist < 0 {
			dist = ws[h.a].start - m.end
		}
		if m.end <= ws[h.a].start && doc.inWhoClause(s, m.start) {
			// "X, who arrived in Nairobi on Tuesday, held talks ... at
			// Defence Headquarters": the subject's clause gives the place
			// only when the event's own words give none
			dist += 1 << 20
		}
		if m.end <= ws[h.a].start && inWhichClause(ws, m.start, h.a) {
			// "the battalion, which has served in Juba for a year,
			// arrived at Kigali airport": where the unit was before
			dist += 1 << 20
		}
		if m.end <= ws[h.a].start && strings.Contains(doc.text[m.end:ws[h.a].start], " and ") && ownAfter.of(func() bool { return doc.placeAfterInClause(s, h) }) {
			// "visited a centre in Ganja and observed an exercise at the
			// Shamkir training ground": the first act's town is not the
			// second's when the second names its own
			dist += 1 << 20
		}
		if m.end <= ws[h.a].start && inApposition(ws, m.start, h.a) {
			// "The 32nd rotation, the country's contingent in Lebanon,
			// held a send-off in Icheon": the aside tells who the
			// subject is, not where its act happens
			dist += 1 << 20
		}
		if m.end <= ws[h.a].start && clauseBetween(doc.text[m.end:ws[h.a].start]) {
			// "arrived in Yangon on 12 August, and on 13 August held
			// talks ... at the Office of the Commander-in-Chief": the
			// earlier clause's place serves only when this one names none
			dist += 1 << 20
		}
		if dist < bestDist {
			best, bestDist, bestAt = name, dist, i
		}
	}
	if k := doc.siteBefore(s, bestAt); k >= 0 && (doc.ments[s][bestAt].start > end || !strings.Contains(doc.text[doc.ments[s][bestAt].end:ws[h.a].start], " and ")) {
		// "arrived at Sattahip Naval Base in Chon Buri province for a
		// visit": the town holds the site, the site is the finer place;
		// "laid a wreath at the Memorial in Muscat and called on X": the
		// site is the wreath's, the call has the town
		return doc.ments[s][k].e.Name, k
	}
	return best, bestAt
}

// siteBefore returns the index of the site named just before place
// mention i of sentence s and said to lie in it ("Ream Naval Base in
// Preah Sihanouk province", "the RMAF Butterworth base in Penang"), or -1.
func (doc *doc) siteBefore(s, i int) int {
	ms, ws := doc.ments[s], doc.words[s]
	if i < 1 || ms[i].e.Type != attache.Location && ms[i].e.Type != attache.Country {
		return -1
	}
	k := i - 1
	site := ms[k]
	if site.e.Type != attache.Location || site.end > ms[i].start || !doc.siteName(ws, site) || doc.insideNames(s)[k] {
		return -1
	}
	between := strings.Fields(doc.text[site.end:ms[i].start])
	if n := len(between); n > 0 && n <= 2 && between[n-1] == "in" && (n == 1 || doc.d.rules.venue.matches(ws[wordAt(ws, site.end)])) {
		return k
	}
	return -1
}

// maxSiteBack is how many sentences back "at the base" may point: a
// report names its base, port or airport in the lead and comes back to
// it paragraphs later ("received the team at the base").
const maxSiteBack = 10

// siteNamedBefore returns the site that "at the airport", "at the camp"
// in sentence s points back at: the last location named before it whose
// name ends in that kind of site ("Changshui International Airport"). It
// returns "" when the sentence has no such phrase or the story named no
// such site.
func (doc *doc) siteNamedBefore(s int) string {
	ws := doc.words[s]
	for k := 2; k < len(ws); k++ {
		if !atBare(ws, k, doc.d.places.siteBack) {
			continue
		}
		at := ws[k].start
		for p := s; p >= 0 && p >= s-maxSiteBack; p-- {
			ms := doc.ments[p]
			for i := len(ms) - 1; i >= 0; i-- {
				m := ms[i]
				if m.e.Type != attache.Location || p == s && m.start >= at {
					continue
				}
				if name := strings.Fields(strings.ToLower(m.e.Name)); len(name) > 1 && name[len(name)-1] == ws[k].low {
					return m.e.Name
				}
			}
		}
	}
	return ""
}

// atBareSeat reports whether sentence s says "at the ministry" or "at the
// headquarters" with no name: a body's seat the story does not name.
func (doc *doc) atBareSeat(s int) bool {
	ws := doc.words[s]
	for k := 2; k < len(ws); k++ {
		if atBare(ws, k, doc.d.places.seat) {
			return true
		}
	}
	return false
}

// atBare reports whether words k-2 to k read "at the" and a lower-case
// word of set with no name after it: "at the airport", "at the ministry";
// not "at the port of Sihanoukville" nor "at the camp Hill".
func atBare(ws []word, k int, set wordSet) bool {
	return ws[k-2].low == "at" && ws[k-1].low == "the" && !ws[k].upper && set.has(ws[k].low) &&
		(k+1 == len(ws) || ws[k+1].low != "of" && !ws[k+1].upper)
}

// pointsBack reports whether trigger h of words ws stands in a phrase
// opening the sentence that points at an event told elsewhere: "Before the
// talks,", "After the ceremony,", "Prior to the meeting,". The rest of the
// sentence tells another act, and its places are that act's.
func pointsBack(ws []word, h hit, back wordSet) bool {
	if h.b >= len(ws) || ws[h.b].low != "," || h.a > 4 {
		return false
	}
	k := h.a - 1
	if k >= 0 && ws[k].low == "the" {
		k--
	}
	if k >= 1 && (ws[k].low == "to" || ws[k].low == "of") {
		k-- // "prior to", "ahead of"
	}
	return k >= 0 && back.has(ws[k].low) && (k == 0 || ws[k-1].low == "," || ws[k-1].low == "shortly" || ws[k-1].low == "just")
}

// placeName returns the place mention i of sentence s names, if it may be
// the place of the event of trigger h: a location introduced as a place,
// a venue after "at", a country after "in".
func (doc *doc) placeName(s int, h hit, i int) (string, bool) {
	ws, ms := doc.words[s], doc.ments[s]
	m := ms[i]
	if (h.r.typ != "deployment" || doc.homecomingAt(s, h)) && doc.insideNames(s)[i] {
		// "the UN Interim Force in Lebanon": part of a name, not a
		// place, unless a force is sent to it
		return "", false
	}
	name := m.e.Name
	switch {
	case m.e.Type == attache.Location:
		if !doc.placeLead(s, m.start) || talkType(h.r.typ) && doc.openArea(m.e) || doc.worldRegion(m.e) && (h.r.typ != "deployment" || listedPlace(doc.text, ms, i)) {
			// a force is sent to a region of no country ("Abyei", "the
			// Blue Line"); talks are not held in one; regions listed
			// together ("missions in Africa and the Middle East") are
			// where a force has served over the years, no one destination
			return "", false
		}
	case m.e.Type == attache.Organization:
		if !doc.venueAt(ws, m) {
			return "", false
		}
	case m.e.Type == attache.Country && m.e.Country != "":
		// "met in Cambodia", "held in Japan": a country is the place
		// only when introduced by "in"; elsewhere it is a party
		if !afterIn(ws, m.start) || doc.demonym(m) && !afterThe(ws, m.start) {
			// "to train in Indonesian airspace": what the event is
			// about; "in the Omani desert" is a place in Oman
			return "", false
		}
		name = m.e.Country
	default:
		return "", false
	}
	if m.e.Type != attache.Organization && doc.postedAt(ws, m.start) {
		return "", false // "the defence attaché in Bangkok": where a person serves
	}
	if doc.ownsNextPlace(s, i) {
		return "", false // "Moscow's Red Square", "Laos' Vientiane Province": the place is the square, the province
	}
	return name, true
}

// listedPlace reports whether place mention i of ms stands in a list of
// places: another place or country joined to it by "and", "or" or a
// comma right before or after it ("in Africa, Asia and the Middle East").
func listedPlace(text string, ms []ment, i int) bool {
	joined := func(a, b ment) bool {
		if b.e.Type != attache.Location && b.e.Type != attache.Country || b.start < a.end {
			return false
		}
		switch strings.Join(strings.Fields(strings.ReplaceAll(text[a.end:b.start], ",", " , ")), " ") {
		case ",", "and", "or", ", and", ", or", "and the", "or the", ", and the", ", or the", ", the":
			return true
		}
		return false
	}
	return i+1 < len(ms) && joined(ms[i], ms[i+1]) || i > 0 && joined(ms[i-1], ms[i])
}

// ownsNextPlace reports whether mention i of sentence s is the owner of
// the location named right after it: "Moscow's Red Square", "Thailand's
// Lop Buri province", "Laos' Vientiane Province".
func (doc *doc) ownsNextPlace(s, i int) bool {
	ws, ms := doc.words[s], doc.ments[s]
	m := ms[i]
	if i+1 >= len(ms) || ms[i+1].e.Type != attache.Location || ms[i+1].start < m.end {
		return false
	}
	after := doc.text[m.end:ms[i+1].start]
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") || bareGenitive(ws, wordAt(ws, m.end))
}

// otherClausePlace reports whether place mention m of sentence s belongs
// to another clause than the event of trigger h: a person's "who" clause,
// a "which" clause of another event, or another event joined by "and".
func (doc *doc) otherClausePlace(s int, h hit, m ment) bool {
	ws := doc.words[s]
	end := ws[h.b-1].end
	if m.start > end && strings.Contains(doc.text[end:m.start], ", who ") {
		return true // "called on X, who recalled his talks in Hanoi": the person's clause
	}
	if m.start > end && h.r.typ != "deployment" && h.r.typ != "visit" && relativeBetween(ws, wordAt(ws, end), wordAt(ws, m.start)) {
		// "sent off 86 personnel who will join the mission in the
		// Golan Heights": where the troops go, not where they are seen off
		return true
	}
	if m.start > end && doc.otherEventClause(ws, h, end, m.start) {
		return true // "co-chaired the meeting, which reviewed the pact signed in Canberra"
	}
	if m.start > end && doc.whichScene(s, end, m.start) {
		return true // "discussed the exercise, the next edition of which is to be held in X"
	}
	if m.start > end && h.r.topic && sameClause(ws, end, m.start) {
		return true // "discussed training courses for officers in France": what was talked about
	}
	if m.start > end && h.r.typ == "agreement" && doc.topicBefore(s, h.b, wordAt(ws, m.start)) {
		return true // "signed a protocol on the training of cadets at the X University"
	}
	// "called on X at the Istana and laid a wreath at the memorial": the
	// memorial is the wreath's place. A city before the trigger is the
	// scene of both ("laid a wreath at the memorial in Muscat and called
	// on X").
	return doc.conjoinedEvent(ws, h, m.start) &&
		(m.start > end || m.e.Type == attache.Organization || m.e.Type == attache.Location && doc.siteLike(m.e))
}

func hasWord(ws []word, low string) bool {
	for _, w := range ws {
		if w.low == low {
			return true
		}
	}
	return false
}

// destReach is how many words after a deployment's trigger may hold its
// destination: "will leave Hazrat Shahjalal International Airport for
// Bangui".
const destReach = 12

// destination returns the place a deployment of trigger h in sentence s
// goes to: a place or country after "to" or "for" shortly after the
// trigger, in its clause. It returns "" when none is named so.
func (doc *doc) destination(s int, h hit) string {
	ws := doc.words[s]
	inside := doc.insideNames(s)
	for i, m := range doc.ments[s] {
		k := wordAt(ws, m.start)
		if k < h.b || inside[i] {
			continue
		}
		if k-h.b > destReach {
			break
		}
		j := k - 1
		if j > 0 && ws[j].low == "the" {
			j--
		}
		if j < h.b-1 || ws[j].low != "to" && ws[j].low != "for" {
			continue
		}
		if !sameClause(ws, ws[h.b-1].end, m.start) && !onlyCommas(ws, h.b, k) {
			continue
		}
		switch {
		case m.e.Type == attache.Country && m.e.Country != "":
			if city := doc.whereIn(s, i, m.e.Country); city != "" {
				return city // "left for South Sudan, where it will serve in Juba"
			}
			return m.e.Country
		case m.e.Type == attache.Location:
			// a mission area may be a region of no country ("Abyei",
			// "the Golan Heights"), and a ship may sail to a sea
			return m.e.Name
		}
	}
	return ""
}

// whereReach is how many words a "where" clause after a destination may
// run before it names the place the troops serve in.
const whereReach = 24

// whereIn returns the place of country code that a ", where" clause right
// after the country mention i of sentence s says the troops go to ("for
// South Sudan, where it will serve under UNMISS in Juba"), or "".
func (doc *doc) whereIn(s, i int, code string) string {
	ws, ms := doc.words[s], doc.ments[s]
	k := wordAt(ws, ms[i].end)
	if k+1 >= len(ws) || ws[k].low != "," || ws[k+1].low != "where" {
		return ""
	}
	inside := doc.insideNames(s)
	for n := i + 1; n < len(ms); n++ {
		m := ms[n]
		j := wordAt(ws, m.start)
		if j-k > whereReach {
			break
		}
		if inside[n] || m.e.Type != attache.Location || ws[j-1].low != "in" && ws[j-1].low != "at" {
			continue
		}
		if c := doc.venueCountry(m.e); c == "" || c == code {
			return m.e.Name
		}
	}
	return ""
}

// onlyCommas reports whether words [a, b) hold no clause break but
// commas around a short phrase: "its first flight, carrying 180 troops,
// will leave for Bangui" stays one clause; ";" or ", and" does not.
func onlyCommas(ws []word, a, b int) bool {
	for k := a; k < b && k < len(ws); k++ {
		switch ws[k].low {
		case ";", "and", "but", "which", "while":
			return false
		}
	}
	return true
}

// editionPlace returns where an earlier edition recalled in sentence s
// from word at was held: the first place or country after it introduced
// by "in" or "at" ("The previous edition took place in Zhanjiang,
// Guangdong province, in 2023"), or "".
func (doc *doc) editionPlace(s, at int) string {
	ws := doc.words[s]
	inside := doc.insideNames(s)
	for i, m := range doc.ments[s] {
		if m.start < ws[at].start || inside[i] || !doc.placeLead(s, m.start) || doc.ownsNextPlace(s, i) {
			continue
		}
		switch {
		case m.e.Type == attache.Country && m.e.Country != "" && afterIn(ws, m.start):
			return m.e.Country
		case m.e.Type == attache.Location && !doc.openArea(m.e) && !doc.worldRegion(m.e):
			return m.e.Name
		}
	}
	return ""
}

// otherEventClause reports whether a relative clause (", which", ",
// where") opens between bytes end and pos of the sentence and holds the
// trigger of an event of another type before pos: the place at pos is
// that event's.
func (doc *doc) otherEventClause(ws []word, h hit, end, pos int) bool {
	between := doc.text[end:pos]
	k := strings.Index(between, ", which ")
	if k < 0 {
		return false
	}
	from := end + k
	for _, o := range doc.sentHits {
		if o.r == nil || o.r.typ == h.r.typ || o.a >= len(ws) {
			continue
		}
		if at := ws[o.a].start; at > from && at < pos {
			return true
		}
	}
	return false
}

// conjoinedEvent reports whether the mention at byte pos lies in the
// clause of another event of another type that "and" joins to trigger h:
// "called on X and laid a wreath at the memorial", "laid a wreath at the
// memorial and called on X at Russell Offices", "will meet X and visit the
// air base". The place named in the other event's clause is its own.
func (doc *doc) conjoinedEvent(ws []word, h hit, pos int) bool {
	k := wordAt(ws, pos)
	for _, o := range doc.sentHits {
		if o.r == nil || o.r.typ == h.r.typ || o.a >= len(ws) || o.a == h.a {
			continue
		}
		switch {
		case pos > ws[h.a].start && o.a >= h.b && o.a < k:
			// the other trigger stands between, opened by "and"
			if hasAnd(ws, max(o.a-3, 0), o.a) {
				return true
			}
		case pos < ws[h.a].start && o.b <= k:
			// the place follows the other trigger, and "and" opens h's clause after it
			if hasAnd(ws, k, h.a) && !hasAnd(ws, o.b, k) {
				return true
			}
		}
	}
	return false
}

// storyCity returns the city where the story of main takes place, for
// talks told during it without a place of their own ("The minister, on a
// four-day visit, also called on the Chief of General Staff"): the main
// event's place when it is a city, else the city of its country where
// the story happens (cityIn).
func (doc *doc) storyCity(s int, main *cand) string {
	if main == nil || main.ev.Place == "" {
		return ""
	}
	if doc.isCity(main.ev.Place) {
		return main.ev.Place
	}
	code := main.ev.Place
	if !isCode(code) {
		code = doc.countryOf(code)
	}
	return doc.cityIn(s, code)
}

// cityIn returns the city of country code where the story told up to
// sentence s happens: the dateline's city when it lies in that country,
// else the last city of that country named in the few sentences up to s.
func (doc *doc) cityIn(s int, code string) string {
	if ds := doc.leadDateline(); ds >= 0 {
		if e := doc.dateline(ds); e != nil && e.Type == attache.Location && doc.isCity(e.Name) && doc.countryOf(e.Name) == code {
			return e.Name
		}
	}
	if code == "" {
		return ""
	}
	for k := s; k >= 0 && s-k < cityWindow; k-- {
		ms := doc.ments[k]
		for i := len(ms) - 1; i >= 0; i-- {
			if e := ms[i].e; e.Type == attache.Location && doc.isCity(e.Name) && doc.venueCountry(e) == code {
				return e.Name
			}
		}
	}
	return ""
}

// cityWindow is how many sentences back storyCity looks for the city of
// the story: far enough for "On arrival in Canberra ... He then called
// on", near enough that a long text costs no more per sentence.
const cityWindow = 6

// aheadReach is how many words before a trigger may put it in the future.
const aheadReach = 4

// ahead reports whether trigger word i is told as still to come: "will
// call on", "is scheduled to meet", "is due to receive".
func (doc *doc) ahead(ws []word, i int) bool {
	for k := i - 1; k >= 0 && i-k <= aheadReach; k-- {
		if l := ws[k].low; l == "," || l == ";" {
			return false
		}
		if doc.d.places.ahead.has(ws[k].low) {
			return true
		}
	}
	return false
}

// isCity reports whether the knowledge base knows place as a city or a
// capital.
func (doc *doc) isCity(place string) bool {
	if place == "" || doc.d.kb == nil {
		return false
	}
	for _, p := range doc.d.kb.PlacesNamed(place) {
		if p.Kind == "city" || p.Kind == "capital" {
			return true
		}
	}
	return false
}

// inWhoClause reports whether byte pos of sentence s lies in a relative
// clause about a person that opens with ", who" and has not yet closed
// with a comma. The clauses of a sentence are found in one pass, once:
// every trigger asks about every mention before it.
func (doc *doc) inWhoClause(s, pos int) bool {
	ws := doc.words[s]
	if doc.whoSent != s {
		doc.whoSent = s
		doc.whoOpen = doc.whoOpen[:0]
		open := false
		for k, w := range ws {
			if w.low == "," {
				open = k+1 < len(ws) && ws[k+1].low == "who"
			}
			doc.whoOpen = append(doc.whoOpen, open)
		}
	}
	k := wordAt(ws, pos)
	return k > 0 && k <= len(doc.whoOpen) && doc.whoOpen[k-1]
}

// destPlace returns the destination of a visit or of a trigger whose rule
// looks for one ("visited Robertson Barracks", "the visit to Paris"): the
// first venue, place or country named right after the trigger, or "".
func (doc *doc) destPlace(s int, h hit) string {
	ws := doc.words[s]
	ms := doc.ments[s]
	end := ws[h.b-1].end
	inside := doc.insideNames(s)
	if p := doc.stayPlace(s, h); p != "" {
		return p
	}
	for i, m := range ms {
		if m.e.Type == attache.Country && inside[i] {
			continue // "the Brazilian Navy's Fleet Command": a modifier of a body, not the destination
		}
		if m.start >= end-3 && m.e.Type == attache.Organization && doc.venueName(ws, m) && m.start-end < 40 &&
			!strings.HasPrefix(doc.text[m.end:], "'s") && !strings.HasPrefix(doc.text[m.end:], "’s") {
			if town := doc.campusTown(ws, ms, i); town != "" {
				return town // "visited the Defence Services Academy in Pyin Oo Lwin"
			}
			if town := doc.journeyTown(s, h); town != "" {
				return town // "will travel to Pune to visit the National Defence Academy"
			}
			return m.e.Name // "visited Robertson Barracks"
		}
		if m.start >= end-3 && (m.e.Type == attache.Country || m.e.Type == attache.Location) {
			if m.e.Type == attache.Country && i+1 < len(ms) && ms[i+1].e.Type == attache.Location && ms[i+1].start >= m.end && portOf(doc.text[m.end:ms[i+1].start]) {
				continue // "arrived in the Indonesian port of Surabaya": the port
			}
			if m.e.Type == attache.Country {
				return m.e.Country
			}
			if stay := ws[h.a].low == "on" && (h.b >= len(ws) || ws[h.b].low != "to"); stay {
				// "who is on a three-day visit, also held talks ... in
				// Yangon": a stay's place is the country it is in
				if code := doc.countryOf(m.e.Name); code != "" {
					return code
				}
			}
			return m.e.Name
		}
	}
	return ""
}

// talkType reports whether events of type typ take place where people
// talk or sign: a sea or world region named in the sentence is their
// topic ("freedom of navigation in the South China Sea"), not their venue.
func talkType(typ string) bool {
	switch typ {
	case "meeting", "dialogue", "conference", "statement", "agreement", "decision", "invitation":
		return true
	}
	return false
}

// afterIn reports whether the mention at pos follows "in" or "in the".
func afterIn(ws []word, pos int) bool {
	i := wordAt(ws, pos)
	if i > 0 && ws[i-1].low == "the" {
		i--
	}
	return i > 0 && ws[i-1].low == "in"
}

// placeLead reports whether the mention at pos is introduced as a place:
// "in Hanoi", "at the museum", "on Moscow's Red Square", "Moscow's",
// "near Vientiane" (drills held around a city are placed at it), "off
// Bataan" (a drill at sea is placed at the coast it is held off), "in the
// capital Ankara".
func (doc *doc) placeLead(s, pos int) bool {
	ws := doc.words[s]
	for i, w := range ws {
		if w.end > pos {
			return false
		}
		if next := i + 1; next < len(ws) && ws[next].start >= pos {
			if doc.headedPlace(ws, i) {
				return true
			}
			if w.low == "nearby" && i > 1 && ws[i-1].low == "the" {
				// "at the nearby Shamkir training ground"
				l := ws[i-2].low
				return l == "in" || l == "at" || l == "on"
			}
			if bareGenitive(ws, i) {
				return true // "in Laos' Vientiane Province": as "Thailand's"
			}
			switch w.low {
			case "in", "at", "on", "'s", "the", "near", "off":
				if w.low == "the" && i > 0 {
					l := ws[i-1].low
					return l == "in" || l == "at" || l == "on" || l == "near"
				}
				return true
			}
			return false
		}
	}
	return false
}

// bareGenitive reports whether word i is the apostrophe of a name's
// possessive written without "s" ("Laos'", "the Philippines'"): it
// stands where "'s" would.
func bareGenitive(ws []word, i int) bool {
	if i <= 0 || i >= len(ws) || ws[i].low != "'" {
		return false
	}
	p := ws[i-1]
	return p.upper && p.end == ws[i].start && strings.HasSuffix(p.low, "s")
}

// headedPlace reports whether word i, just before a place's name, ends a
// phrase that says what kind of place follows: "in the capital Ankara",
// "in the province of Zarumilla", "in waters off Shanghai", "off the
// coast of Annaba", "in the vicinity of the town of Otar".
func (doc *doc) headedPlace(ws []word, i int) bool {
	for n := 0; n < 3; n++ { // "off the coast of the province of Bataan"
		k := i
		if ws[k].low == "of" {
			k--
		}
		if k < 2 || !doc.d.places.placeHead.has(ws[k].low) || ws[k-1].low != "the" {
			return false
		}
		switch ws[k-2].low {
		case "in", "at", "near", "off":
			return true
		case "of":
			i = k - 2 // a head of a head: "the waters of the province of"
		default:
			return false
		}
	}
	return false
}

// insideNames reports, for each mention of sentence s, whether it lies
// within the span of a longer organisation's mention ("Lebanon" in "the
// UN Interim Force in Lebanon"). The mentions are sorted by start, so one
// sweep finds them all; the answer is kept for the sentence's other
// triggers.
func (doc *doc) insideNames(s int) []bool {
	if doc.inside == nil {
		doc.inside = make([][]bool, len(doc.sents))
	}
	if doc.inside[s] != nil {
		return doc.inside[s]
	}
	ms := doc.ments[s]
	out := make([]bool, len(ms))
	reach := -1 // the furthest end of an organisation that starts before the current start
	for i := 0; i < len(ms); {
		j := i // ms[i:j] share one start
		groupReach := -1
		for j < len(ms) && ms[j].start == ms[i].start {
			if ms[j].e.Type == attache.Organization {
				groupReach = max(groupReach, ms[j].end)
			}
			j++
		}
		for k := i; k < j; k++ {
			// inside an organisation that starts earlier and ends no
			// sooner, or one of the same start that ends later
			out[k] = reach >= ms[k].end || groupReach > ms[k].end
		}
		reach = max(reach, groupReach)
		i = j
	}
	doc.inside[s] = out
	return out
}

// venueAt reports whether the organisation mention m names a place where
// something happens: introduced by "at" and named for a building or site
// ("at the Training School for Peacekeeping Forces", "at Ulinzi House").
func (doc *doc) venueAt(ws []word, m ment) bool {
	if seatOf(ws, m) {
		// "at the headquarters of the Secretariat of National Defence":
		// the body's seat, whatever its name
		return afterAt(ws, m.start)
	}
	k := wordAt(ws, m.start) - 1
	if k >= 0 && ws[k].low == "the" {
		k--
	}
	if k < 0 || ws[k].low != "at" {
		return false
	}
	return doc.venueName(ws, m) || doc.seatName(ws, m) || doc.seatAfter(ws, m)
}

// seatAfter reports whether the organisation mention m is followed by a
// word of a body's seat: "at the Philippine Navy headquarters".
func (doc *doc) seatAfter(ws []word, m ment) bool {
	k := wordAt(ws, m.end)
	return k < len(ws) && doc.d.places.seat.has(ws[k].low)
}

// seatName reports whether the organisation mention m is named for a
// body's seat ("the General Command", "the Army Command", "Defence
// Headquarters"): after "at", such a body stands for the building it
// sits in.
func (doc *doc) seatName(ws []word, m ment) bool {
	for j := wordAt(ws, m.start); j < len(ws) && ws[j].start < m.end; j++ {
		if doc.d.places.seat.has(ws[j].low) {
			return true
		}
	}
	return false
}

// venueName reports whether the organisation mention m is named for a
// building or site ("Robertson Barracks", "Tengah Air Base").
func (doc *doc) venueName(ws []word, m ment) bool {
	for j := wordAt(ws, m.start); j < len(ws) && ws[j].start < m.end; j++ {
		if doc.d.rules.venue.matches(ws[j]) {
			return true
		}
	}
	return false
}

// placeInClause reports whether place, found for the event of trigger h
// in sentence s, is named after the trigger within its own clause
// ("signed in Bintan in January 2022", "the visit to Paris") rather than
// before it, after another trigger or after a clause break, where it
// belongs to another event ("signed in 2019, and agreed to hold the
// dialogue in Madrid").
func (doc *doc) placeInClause(s int, h hit, place string) bool {
	ws := doc.words[s]
	if h.r == nil || h.b == 0 || h.b > len(ws) {
		return true // an event made from another, not from a trigger of its own
	}
	if isCode(place) && doc.hostState(s, h) == place {
		return true // "China last hosted the symposium in 2014"
	}
	end := ws[h.b-1].end
	if doc.whenClausePlace(s, h, place) {
		return true
	}
	hits, _ := doc.hits(s)
	for _, m := range doc.ments[s] {
		if m.start < end || m.e.Name != place && m.e.Country != place {
			continue
		}
		between := doc.text[end:m.start]
		if strings.Contains(between, ";") {
			return false
		}
		for _, stop := range []string{", and ", ", which ", ", where ", ", while ", ", but "} {
			if strings.Contains(between, stop) {
				return false
			}
		}
		k := doc.duringAt(s, h)
		for _, o := range hits {
			if at := ws[o.a].start; at >= end && at < m.start && o.r.typ != h.r.typ && !(k >= 0 && k < o.a) {
				// an occasion the event happened during ("during a
				// visit to Hanoi") lends it its place
				return false
			}
		}
		return true
	}
	return false
}

// whenClausePlace reports whether the event of trigger h stands in a
// ", when" clause that follows place in sentence s: "The two ministers last
// met in Riyadh in February, when they signed an arrangement": the clause
// tells what happened at the place and time the sentence has just named.
func (doc *doc) whenClausePlace(s int, h hit, place string) bool {
	at := doc.words[s][h.a].start
	for _, m := range doc.ments[s] {
		if m.end > at {
			break
		}
		if m.e.Name != place && m.e.Country != place {
			continue
		}
		between := doc.text[m.end:at]
		k := strings.Index(between, ", when ")
		if k >= 0 && !strings.ContainsAny(between, ";.") && !strings.Contains(between[k+len(", when "):], ",") {
			return true
		}
	}
	return false
}

// campusTown returns the town named right after organisation mention i of
// ms when the body is one that teaches or builds ("the Defence Services
// Academy in Pyin Oo Lwin", "the Naval Shipyard in Port Harcourt"): such a
// body is no place, its town is. It returns "" for a site (a base, camp
// or airport is the place whatever town follows) and when no town follows.
func (doc *doc) campusTown(ws []word, ms []ment, i int) string {
	m := ms[i]
	campus := false
	for j := wordAt(ws, m.start); j < len(ws) && ws[j].start < m.end; j++ {
		if campus && ws[j].low == "of" {
			break // "the Military University of the Defence Ministry": its owner
		}
		if doc.d.places.campus.has(ws[j].low) {
			campus = true
		} else if doc.d.rules.venue.matches(ws[j]) {
			return "" // "the Naval Academy Air Base": a site
		}
	}
	n := i + 1
	for n < len(ms) && ms[n].start < m.end {
		n++ // "the Military Academy of Belarus in Minsk": the state inside the name
	}
	if !campus || n >= len(ms) {
		return ""
	}
	next := ms[n]
	if next.e.Type != attache.Location || strings.TrimSpace(doc.text[m.end:next.start]) != "in" {
		return ""
	}
	return next.e.Name
}

// visitorThenTo returns the index of the "to" that follows the visitor
// named after a visit noun ("the visit of President Mohamed Muizzu to New
// Delhi", "a visit by the Chief of Army to Canberra"), or -1: only
// capitalised words and "of" or "the" may stand between "of"/"by" and
// "to".
func visitorThenTo(ws []word, h hit) int {
	if h.r.typ != "visit" || h.b+2 >= len(ws) || ws[h.b].low != "of" && ws[h.b].low != "by" {
		return -1
	}
	for k := h.b + 1; k < len(ws) && k <= h.b+visitorReach; k++ {
		switch {
		case ws[k].low == "to" && k > h.b+1:
			return k
		case ws[k].upper || ws[k].low == "of" || ws[k].low == "the":
		default:
			return -1
		}
	}
	return -1
}

// visitorReach is how many words a visitor's title and name may run
// between "the visit of" and "to".
const visitorReach = 10

// hereNear reports whether the words around trigger h point at the city
// of the dateline: "here" ("arrived here on Monday for a visit", "at the
// camp here") or "this" and a kind of place ("arrived in this city").
func (doc *doc) hereNear(ws []word, h hit) bool {
	for k := max(0, h.a-hereReach); k < len(ws) && k < h.b+hereReach; k++ {
		switch {
		case ws[k].low == ";" || ws[k].low == ":":
			return false
		case doc.d.places.here.has(ws[k].low):
			return true
		case ws[k].low == "this" && k+1 < len(ws) && doc.d.places.placeHead.has(ws[k+1].low):
			return true
		case doc.theCityAt(ws, k):
			return true
		}
	}
	return false
}

// theCityAt reports whether word k opens "in the city" or "in the
// capital" (data/args.tsv cityhere) with no name after it ("visited the
// laboratory in the city", "arrived in the capital on Sunday"): the city
// of the dateline, where the story is filed.
func (doc *doc) theCityAt(ws []word, k int) bool {
	if k == 0 || k+2 >= len(ws) || ws[k].low != "the" || ws[k-1].low != "in" {
		return false
	}
	if !doc.d.places.cityHere.has(ws[k+1].low) {
		return false
	}
	return !ws[k+2].upper && ws[k+2].low != "of" && ws[k+2].low != "'s"
}

// hereReach is how many words before or after a trigger "here" may stand.
const hereReach = 12

// ownPlaceReach is how many words after a trigger the place of its own
// clause may stand: "observed a live-fire exercise by Turkish and
// Azerbaijani special forces at the nearby Shamkir training ground".
const ownPlaceReach = 12

// placeAfterInClause reports whether the clause of trigger h in sentence s
// names a location for it after the trigger: one introduced as a place
// ("at the Shamkir training ground") with no comma before it.
func (doc *doc) placeAfterInClause(s int, h hit) bool {
	ws := doc.words[s]
	end := ws[h.b-1].end
	for _, m := range doc.ments[s] {
		if m.start < end || m.e.Type != attache.Location {
			continue
		}
		if wordAt(ws, m.start)-h.b > ownPlaceReach || !sameClause(ws, end, m.start) {
			return false
		}
		if doc.placeLead(s, m.start) {
			return true
		}
	}
	return false
}

// lazyBool is a test computed once, when first asked.
type lazyBool struct{ known, value bool }

func (l *lazyBool) of(test func() bool) bool {
	if !l.known {
		l.known, l.value = true, test()
	}
	return l.value
}

package events

import (
	"fmt"
	"io/fs"
	"strings"

	"attache"
)

// place returns where c happened: the destination of a visit, a place
// introduced by in/at/on, the host of a peacekeeping mission.
func (doc *doc) place(c *cand, s int, h hit) string {
	ws := doc.words[s]
	ms := doc.ments[s]
	end := ws[h.b-1].end
	inside := doc.insideNames(s)
	if h.r.dest || h.r.typ == "visit" && h.b < len(ws) && ws[h.b].low == "to" {
		if p := doc.destPlace(s, h); p != "" {
			return p
		}
	}
	best, bestDist, bestAt := "", 1<<30, -1
	venue := talkType(h.r.typ)
	for i, m := range ms {
		name := m.e.Name
		if h.r.typ != "deployment" && inside[i] {
			continue // "the UN Interim Force in Lebanon": part of a name, not a place
		}
		if m.e.Type != attache.Organization && doc.postedAt(ws, m.start) {
			continue // "the defence attaché in Bangkok": where a person serves
		}
		if m.start > end && strings.Contains(doc.text[end:m.start], ", who ") {
			continue // "called on X, who recalled his talks in Hanoi": the person's clause
		}
		if m.start > end && doc.otherEventClause(ws, h, end, m.start) {
			continue // "co-chaired the meeting, which reviewed the pact signed in Canberra"
		}
		aside := m.end <= ws[h.a].start && doc.inWhoClause(s, m.start)
		switch {
		case m.e.Type == attache.Location:
			if !doc.placeLead(s, m.start) || venue && doc.openArea(m.e) || doc.worldRegion(m.e) {
				continue
			}
		case m.e.Type == attache.Organization:
			if !doc.venueAt(ws, m) {
				continue
			}
		case m.e.Type == attache.Country && m.e.Country != "":
			// "met in Cambodia", "held in Japan": a country is the place
			// only when introduced by "in"; elsewhere it is a party
			if !afterIn(ws, m.start) {
				continue
			}
			name = m.e.Country
		default:
			continue
		}
		if i+1 < len(ms) && ms[i+1].e.Type == attache.Location && strings.HasPrefix(doc.text[m.end:ms[i+1].start], "'s") ||
			i+1 < len(ms) && ms[i+1].e.Type == attache.Location && strings.HasPrefix(doc.text[m.end:ms[i+1].start], "’s") {
			continue // "Moscow's Red Square": the place is the square
		}
		dist := m.start - end
		if dist < 0 {
			dist = ws[h.a].start - m.end
		}
		if aside {
			// "X, who arrived in Nairobi on Tuesday, held talks ... at
			// Defence Headquarters": the subject's clause gives the place
			// only when the event's own words give none
			dist += 1 << 20
		}
		if dist < bestDist {
			best, bestDist, bestAt = name, dist, i
		}
	}
	if bestAt >= 0 && ms[bestAt].e.Type == attache.Organization {
		// "at the Ministry of Defence in Bolkiah Garrison": the site
		best = doc.seatPlace(s, bestAt).Name
	}
	if best == "" && h.r.typ == "deployment" && !hasWord(ws, "home") {
		// "will leave for Bangui", "deployed to Darfur"; a unit coming
		// home goes to no mission area
		best = doc.destination(s, h)
	}
	return best
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
			return m.e.Country
		case m.e.Type == attache.Location && !doc.openArea(m.e) && !doc.worldRegion(m.e):
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
		if m.start < ws[at].start || inside[i] || !doc.placeLead(s, m.start) {
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

// inWhoClause reports whether byte pos of sentence s lies in a relative
// clause about a person that opens with ", who" and has not yet closed
// with a comma.
func (doc *doc) inWhoClause(s, pos int) bool {
	from := doc.sents[s].Start
	before := doc.text[from:pos]
	k := strings.LastIndex(before, ", who ")
	return k >= 0 && !strings.Contains(before[k+len(", who "):], ",")
}

// destPlace returns the destination of a visit or of a trigger whose rule
// looks for one ("visited Robertson Barracks", "the visit to Paris"): the
// first venue, place or country named right after the trigger, or "".
func (doc *doc) destPlace(s int, h hit) string {
	ws := doc.words[s]
	ms := doc.ments[s]
	end := ws[h.b-1].end
	inside := doc.insideNames(s)
	for i, m := range ms {
		if m.e.Type == attache.Country && inside[i] {
			continue // "the Brazilian Navy's Fleet Command": a modifier of a body, not the destination
		}
		if m.start >= end-3 && m.e.Type == attache.Organization && doc.venueName(ws, m) && m.start-end < 40 &&
			!strings.HasPrefix(doc.text[m.end:], "'s") && !strings.HasPrefix(doc.text[m.end:], "’s") {
			return m.e.Name // "visited Robertson Barracks"
		}
		if m.start >= end-3 && (m.e.Type == attache.Country || m.e.Type == attache.Location) {
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
// "in Hanoi", "at the museum", "on Moscow's Red Square", "Moscow's".
func (doc *doc) placeLead(s, pos int) bool {
	ws := doc.words[s]
	for i, w := range ws {
		if w.end > pos {
			return false
		}
		if next := i + 1; next < len(ws) && ws[next].start >= pos {
			switch w.low {
			case "in", "at", "on", "'s", "the":
				if w.low == "the" && i > 0 {
					l := ws[i-1].low
					return l == "in" || l == "at" || l == "on"
				}
				return true
			}
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
	i := wordAt(ws, m.start)
	k := i - 1
	if k >= 0 && ws[k].low == "the" {
		k--
	}
	if k >= 2 && ws[k].low == "of" && ws[k-1].low == "headquarters" {
		// "at the headquarters of the Secretariat of National Defence":
		// the body's seat, whatever its name
		return afterAt(ws, m.start)
	}
	if k < 0 || ws[k].low != "at" {
		return false
	}
	return doc.venueName(ws, m)
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
	end := ws[h.b-1].end
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
		for _, o := range hits {
			if at := ws[o.a].start; at >= end && at < m.start && o.r.typ != h.r.typ {
				return false
			}
		}
		return true
	}
	return false
}

// This part settles where the article's main scene took place. Agencies
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
	for _, c := range mains {
		if c.ev.Type != "visit" && c.ev.Type != "deployment" && c.ev.Cameo != "041" {
			// the venue of this event's own kind of sentence: an
			// exercise is not held at the camp of its opening ceremony
			v, code := doc.findSceneVenue(c.ev.Type)
			if v == "" && c.ev.Type != "exercise" {
				// signed "at the end of the meeting": where the scene is
				v, code = doc.findSceneVenue("")
			}
			if v != "" && doc.widerThan(c.ev.Place, code) {
				c.ev.Place = v
			}
		}
		if where == "" && c.ev.Type != "visit" && c.ev.Type != "deployment" {
			where = c.ev.Place
		}
	}
	if where == "" {
		return
	}
	for _, c := range evs {
		if c.ev.Salience != "main" && c.ev.Place == "" && !c.bg && !c.past && c.ev.Type == "ceremony" && doc.partOfScene(c) {
			c.ev.Place = where
		}
	}
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
// of sceneTypes.
func (doc *doc) findSceneVenue(typ string) (string, string) {
	types := map[string]bool{typ: true}
	if typ == "" {
		// the scene of any main event
		types = sceneTypes
	}
	for s := 0; s < len(doc.sents) && s < sceneWindow; s++ {
		ws := doc.words[s]
		if len(ws) == 0 || doc.d.places.otherTime.has(ws[0].low) || doc.elsewhen(ws) {
			continue
		}
		inside := doc.insideNames(s)
		ms := doc.ments[s]
		for i, m := range ms {
			if inside[i] || !afterAt(ws, m.start) && !afterWelcome(ws, m.start) || doc.postedAt(ws, m.start) || !doc.sceneNear(s, types, wordAt(ws, m.start)) {
				continue
			}
			if m.e.Type == attache.Organization && doc.venueAt(ws, m) || m.e.Type == attache.Location && doc.siteLike(m.e) {
				e := doc.seatPlace(s, i)
				return e.Name, doc.venueCountry(e)
			}
		}
	}
	return "", ""
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
			if types[h.r.typ] && h.b-1 == k {
				return true
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

// seatPlace returns the place mention i of sentence s stands for. A body's
// seat ("the Ministry of Defence", "the Army headquarters") followed by
// the site it stands in ("in Bolkiah Garrison", ", Ulinzi House,") is
// placed there; followed by a city ("in Vientiane") it is itself the finer
// place, as is anything else.
func (doc *doc) seatPlace(s, i int) *attache.Entity {
	ws := doc.words[s]
	ms := doc.ments[s]
	m := ms[i]
	if m.e.Type != attache.Organization || i+1 >= len(ms) || ms[i+1].e.Type != attache.Location {
		return m.e
	}
	seat := false
	for j := wordAt(ws, m.start); j < len(ws) && ws[j].start < m.end; j++ {
		seat = seat || doc.d.places.seat.has(ws[j].low)
	}
	if !seat {
		return m.e
	}
	// up to one word after the body ("headquarters"), then "in" or a comma
	k := wordAt(ws, m.end)
	if k < len(ws) && doc.d.places.seat.has(ws[k].low) {
		k++
	}
	if k+1 < len(ws) && (ws[k].low == "in" || ws[k].low == ",") && wordAt(ws, ms[i+1].start) <= k+2 && doc.siteLike(ms[i+1].e) {
		return ms[i+1].e
	}
	return m.e
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
	k := i - 2
	if k >= 2 && ws[k-1].low == "of" && ws[k].upper {
		k -= 2 // "Ambassador of Vietnam to ..."
	}
	return doc.d.places.posted.has(ws[k].low)
}

// placeWords are the word lists of data/args.tsv: the words the place
// rules read, and the words of armed forces (args.go).
type placeWords struct {
	posted     wordSet // title words a place completes ("attaché in Bangkok")
	seat       wordSet // words of a body's seat, placed by the site after it ("Ministry of Defence in X")
	opening    wordSet // the parts of an occasion that happen where it does ("opening ceremony")
	sceneWords wordSet // words that tell where the main scene happens ("held", "signed")
	otherTime  wordSet // sentence openings that move to another time ("Earlier")
	force      wordSet // words of an armed force's name ("Navy", "Army", "Corps")
	elsewhen   wordSet // words that move a sentence to another time anywhere ("had", "previous")
}

// wordSet is a set of lower-case words.
type wordSet map[string]bool

func (w wordSet) has(s string) bool { return w[s] }

// ArgsFile lists the words the argument rules read (see placeWords).
const ArgsFile = "args.tsv"

// loadPlaceWords reads ArgsFile from fsys, or from the embedded rules
// when fsys has none: a user's rule folder need not repeat it.
func loadPlaceWords(fsys fs.FS) (placeWords, error) {
	if _, err := fs.Stat(fsys, ArgsFile); err != nil {
		sub, serr := fs.Sub(embedded, "data")
		if serr != nil {
			return placeWords{}, serr
		}
		fsys = sub
	}
	pw := placeWords{posted: wordSet{}, seat: wordSet{}, opening: wordSet{}, sceneWords: wordSet{}, otherTime: wordSet{}, elsewhen: wordSet{}, force: wordSet{}}
	err := eachLine(fsys, ArgsFile, func(n int, c []string) error {
		if len(c) < 2 {
			return fmt.Errorf("want list<TAB>word|word...")
		}
		var set wordSet
		switch c[0] {
		case "posted":
			set = pw.posted
		case "opening":
			set = pw.opening
		case "seat":
			set = pw.seat
		case "scene":
			set = pw.sceneWords
		case "othertime":
			set = pw.otherTime
		case "elsewhen":
			set = pw.elsewhen
		case "force":
			set = pw.force
		default:
			return fmt.Errorf("unknown list %q", c[0])
		}
		for _, w := range strings.Split(c[1], "|") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				set[w] = true
			}
		}
		return nil
	})
	return pw, err
}

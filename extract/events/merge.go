package events

import (
	"strings"
	"time"

	"attache"
	"attache/extract/dates"
)

// merge folds candidates that describe the same occurrence into one event,
// in text order: an anaphor ("the event", "the dialogue") joins the latest
// event of its type; a named occurrence (the same numbered dialogue, the
// same anniversary) joins its first mention; a meeting, visit, conference
// or statement retold with a shared participant and a compatible date
// joins the earlier one.
func (doc *doc) merge(cands []*cand) []*cand {
	var out []*cand
	for _, c := range cands {
		if c.ev.Type == "exhibition" {
			c.show = doc.showName(c)
		}
		if t := doc.target(out, c); t != nil {
			absorb(t, c)
			doc.finerPlace(t, c)
			continue
		}
		if c.anaphor {
			ref, hasRef := doc.ref()
			// (in an undated story, a pact signed in a stated year)
			recalled := c.ev.Type == "agreement" && (doc.longBefore(c, ref, hasRef) || !hasRef && len(c.ev.Date) >= 4)
			span := c.ev.Type == "visit" && isRange(c.ev.Date) // "the visit, which runs from March 10 to 14"
			recalled = recalled || doc.pastEdition(c, out, ref, hasRef)
			if !c.ownDate || !c.ownActs && !doc.twoPersons(c) && !recalled && !span {
				continue // nothing to refer back to
			}
			// "the meeting between Biden and Xi in Woodside in November
			// 2023", "Kihara and Austin agreed at the talks in Tokyo on
			// July 28", "the agreement was signed in Nairobi in September
			// 2021": dated, with its own parties or (a pact) long before, an event
			// of its own, told as already known (a later report of it)
			c.anaphor = false
		}
		out = append(out, c)
	}
	return out
}

// twoPersons reports whether the sentence of c names two persons among
// c's participants: the parties of talks it refers to.
func (doc *doc) twoPersons(c *cand) bool {
	n := 0
	for _, m := range doc.ments[c.sent] {
		if m.e.Type == attache.Person && contains(c.ev.Participants, m.e.Name) {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}

// mergeWindow is how many of the latest events a candidate is compared
// with. An article tells a few dozen events; the bound keeps a text of
// thousands of them (a list, a scraped archive) from costing a comparison
// of every pair.
const mergeWindow = 64

// target returns the event of evs that c is another mention of, or nil.
// Only the last mergeWindow events are candidates.
func (doc *doc) target(evs []*cand, c *cand) *cand {
	evs = evs[max(0, len(evs)-mergeWindow):]
	if c.anaphor {
		// "the visit" is the occasion the article tells, not one it recalls
		// in passing ("USS Carl Vinson visited Da Nang in 2018")
		for i := len(evs) - 1; i >= 0; i-- {
			if e := evs[i]; !e.bg && !e.past && !otherDate(e, c) && (e.ev.Type == c.ev.Type ||
				c.r.typ == "conference" && (e.ev.Type == "meeting" || e.ev.Type == "ceremony")) {
				return e
			}
		}
	}
	for i := len(evs) - 1; i >= 0; i-- {
		e := evs[i]
		same := e.ev.Type == c.ev.Type ||
			c.anaphor && c.r.typ == "conference" && (e.ev.Type == "meeting" || e.ev.Type == "ceremony")
		if same && doc.mentionOf(e, c) {
			return e
		}
	}
	return nil
}

// mentionOf reports whether c, of e's type, tells e again.
func (doc *doc) mentionOf(e, c *cand) bool {
	switch {
	case c.show != "" && e.show != "" && c.show != e.show,
		c.ev.Type == "exhibition" && !c.anaphor && c.ownDate && e.ownDate && !dateCompatible(e.ev.Date, c.ev.Date):
		// "DIMDEX opened on Monday ... Malaysia will host the Defence
		// Services Asia exhibition in April": two shows
	case c.since && !e.ownDate: // "has served there since 2010": the span, not the undated departure
	case c.yearless && e.ownDate || e.yearless && c.ownDate:
		// an undated text's "from October 5 to 8" and "in June 2025": a
		// day told without a year is no retelling of one told with it
	case c.anaphor && otherDate(e, c):
	case agreedLater(e) && agreedLater(c):
		return retold(e, c) // the headline's "agree to meet" told in the lead
	case !c.anaphor && doc.nextOccasion(c) && c.sent != e.sent:
		// "They agreed to hold their next meeting in Warsaw next year":
		// a later occasion, not the talks told before
	case agreedLater(e) != agreedLater(c):
		// "spoke by phone and agreed to meet in Nicosia": the call and
		// the meeting agreed on in it are two occasions
	case c.anaphor:
		return true
	case e.party != "" || c.party != "":
		// one of several separate meetings: the same counterpart, or a
		// later sentence about the talks with that counterpart
		return e.party == c.party || c.party == "" && c.ev.Type == "meeting" && contains(c.ev.Participants, e.party)
	case separateStops(e, c):
		// "He later visited the naval laboratory in the city": a stop of
		// the trip, not the trip told again
	case doc.oneStop(e, c):
		return true
	case c.ev.Type == "visit" && e.ev.Place != "" && c.ev.Place != "" && e.ev.Place != c.ev.Place &&
		(c.sent == e.sent || c.r.body || c.r.place || c.r.site):
		// two stops of one trip stay two visits: "is on a visit to
		// Chile" and, later, "will visit the air base" or "toured the
		// shipyard in Geoje" (a visit to a named site); "the trip to
		// Viet Nam" retells the visit to Hanoi. A headline that names
		// the trip ("to visit India") does not make a stop the trip
	case c.ev.Type == "visit" && e.ev.Place != "" && c.ev.Place == "" && c.sent > e.sent && !doc.lead[e.sent] && (e.r.body || e.r.place || e.r.site):
		// "will visit the air base" and, later, "arrived on a
		// three-day visit": the trip is not the stop told before it
	case e.sent == 0 && doc.headline && !e.told && (!e.ownDate || (len(e.ev.Date) == 4 || isRange(c.ev.Date)) && dateCompatible(e.ev.Date, c.ev.Date)) && c.sent <= doc.headlineReach(c) && !c.bg &&
		!doc.recalledYear(c):
		e.told = true // once: a second signing or forum in the lead is another event
		// the headline announces what the lead then tells ("Exercise
		// Pitch Black 2024 takes off": a year says no more than that;
		// "to visit India from March 2": the lead's span holds the day);
		// a dated occurrence long before publication is a recalled one
		return true
	case c.retells && doc.lead[e.sent]:
		return true // "The talks were co-chaired by A and B": the talks of the lead
	case doc.exerciseRetold(e, c):
		return true
	case c.key != "" || e.key != "":
		return c.key == e.key
	case !dateCompatible(e.ev.Date, c.ev.Date) && c.ownDate && e.ownDate:
	case (c.sameDay || doc.toldInSequence(c)) && c.sent != e.sent && c.ev.Type != "statement":
		// "The same afternoon, Chien received ...": another occasion
		// of that day, not the one told before
	case c.bg && !e.bg && c.sent == e.sent:
		// "paid a courtesy call on Shin, who recalled his talks with
		// Giang last year": the recalled talks are not the call
	case c.ev.Type == "agreement" && !c.ownDate && !c.bg && !e.bg && !e.past && (c.sent-e.sent <= 3 && doc.definiteObject(c) || c.sent-e.lastSent() <= 3 && doc.definiteSubject(c)):
		// "... signed a contract for 12 jets. The ministers witnessed
		// the signing of the contract", "The protocol, signed at the
		// ministry, provides for ...": the signing told again
		return true
	case c.ev.Type == "statement" && c.sent != e.sent && doc.furtherPosition(c):
		// "They also reaffirmed their support for ...": a further
		// position, on another matter, not the one told before
	default:
		return retold(e, c)
	}
	return false
}

// furtherPosition reports whether statement c's verb is marked as one
// more position by "also" right before it ("They also reaffirmed", "The
// ministers also voiced").
func (doc *doc) furtherPosition(c *cand) bool {
	ws := doc.words[c.sent]
	for k := c.hit.a - 1; k >= 0 && c.hit.a-k <= 2; k-- {
		if ws[k].low == "also" {
			return true
		}
	}
	return false
}

// separateStops reports whether visit c, told after visit e in another
// sentence, is a stop of its own on e's trip: a site named by its kind
// ("He later visited the naval laboratory in the city", "also inspected
// a repair plant in Chelyabinsk") after any visit, a body visited after
// the trip or another site, whether in the trip's city or with its place
// left unknown; and a trip told after a site visit placed elsewhere.
func separateStops(e, c *cand) bool {
	if c.ev.Type != "visit" || e.ev.Type != "visit" || c.sent == e.sent || c.r == nil || e.r == nil {
		return false
	}
	if (e.r.site || e.r.place || e.r.body) && c.r.trip && e.ev.Place != "" && !isCode(e.ev.Place) && c.ev.Place != "" && (!isCode(c.ev.Place) || e.sent > 0) &&
		!strings.Contains(e.ev.Place, c.ev.Place) && !strings.Contains(c.ev.Place, e.ev.Place) {
		// the headline's site ("visits Mtongwe naval base") is a stop of
		// the trip the lead tells ("arrived in Nairobi for a four-day
		// visit to Kenya"), not the trip; "calls at Sattahip" is the trip
		// to Sattahip Naval Base. A trip to a country told after a stop
		// in the body ("visited the plant in Changwon ... is on a
		// four-day visit to South Korea") is the trip, not that stop
		return true
	}
	return c.r.site || c.r.body && (e.r.trip || e.r.site || e.r.body)
}

// headlineReach is the last sentence whose event the headline's may be:
// the lead's, or, for a signing, the paragraph after the talks that tells
// it ("hold talks, sign protocol ... After the talks, the two ministers
// signed a protocol"), since agencies tell the talks first and the
// documents they produced after them.
func (doc *doc) headlineReach(c *cand) int {
	if c.ev.Type == "agreement" {
		return 5
	}
	return 3
}

// exerciseRetold reports whether c tells the exercise e again by a
// definite noun with no name of its own and no force or date against it:
// "The two-week exercise brought together 400 troops", "the drills, which
// run until May 9, include a maritime strike". One counted since a year
// ("the seventh of its kind since 2016") is the series, which the
// editions take up.
func (doc *doc) exerciseRetold(e, c *cand) bool {
	if c.ev.Type != "exercise" || c.key != "" || c.bg || e.bg || e.past || !doc.definite(c) || doc.countsSince(c.sent) {
		return false
	}
	if c.ownDate && !dateCompatible(e.ev.Date, c.ev.Date) {
		return false
	}
	return len(c.ev.Participants) == 0 || shareAny(e.ev.Participants, c.ev.Participants)
}

// oneStop reports whether visits e and c of one sentence are one stop of
// a trip: the same visitors going to a town and touring its sites ("later
// travelled to Alexandria, where he toured the naval base and the
// academy"). The town, told first, stays the place.
func (doc *doc) oneStop(e, c *cand) bool {
	if c.ev.Type != "visit" || e.ev.Type != "visit" || c.sent != e.sent || c.bg || e.bg || !dateCompatible(e.ev.Date, c.ev.Date) ||
		!sameParties(e.ev.Participants, c.ev.Participants) {
		return false
	}
	ws := doc.words[e.sent]
	return e.hit.a < len(ws) && e.hit.b <= c.hit.a && doc.d.rules.journey.matches(ws[e.hit.a])
}

// countsSince reports whether sentence s states a date with "since".
func (doc *doc) countsSince(s int) bool {
	for _, d := range doc.dates[s] {
		if d.Since {
			return true
		}
	}
	return false
}

// recalledYear reports whether c states a date of its own that recalls
// an earlier occurrence: long before the date the article speaks from,
// or, in a story with no date to speak from, a year alone ("reviewed the
// agreement signed in 2011"), since an undated report tells its own news
// by day or weekday, never by a bare year.
func (doc *doc) recalledYear(c *cand) bool {
	if !c.ownDate {
		return false
	}
	ref, hasRef := doc.ref()
	return doc.longBefore(c, ref, hasRef) || !hasRef && len(c.ev.Date) == 4
}

// nextOccasion reports whether the trigger of c speaks of the next
// occurrence of a series ("their next meeting", "the upcoming round"):
// the words of the trigger or the two before it hold "next" or
// "upcoming".
func (doc *doc) nextOccasion(c *cand) bool {
	ws, h := doc.words[c.sent], c.hit
	if h.r == nil || h.b > len(ws) {
		return false
	}
	if h.r.later {
		return true
	}
	for k := max(0, h.a-2); k < h.b; k++ {
		if l := ws[k].low; l == "next" || l == "upcoming" {
			return true
		}
	}
	return false
}

// agreedLater reports whether c is a later occasion its parties agree on
// ("agreed to meet in May"), whose trigger rule says so.
func agreedLater(c *cand) bool { return c.hit.r != nil && c.hit.r.later }

// definiteSubject reports whether the trigger of c opens with a noun
// after "the", "this" or "that" and goes on to its signing: "The
// protocol, signed at the ministry", a document the reader already knows;
// not "the two ministers signed", nor a standing pact named alone ("the
// Trilateral Cooperative Arrangement").
func (doc *doc) definiteSubject(c *cand) bool {
	ws, h := doc.words[c.sent], c.hit
	if h.r == nil || h.a < 1 || h.a >= len(ws) || h.b-h.a < 2 {
		return false
	}
	switch ws[h.a-1].low {
	case "the", "this", "that":
	default:
		return false
	}
	for i, w := range ws[h.a:min(h.b, len(ws))] {
		if strings.HasPrefix(w.low, "sign") || strings.HasPrefix(w.low, "conclu") || strings.HasPrefix(w.low, "ink") {
			return i > 0 // "witnessed the signing of a letter": a new document
		}
	}
	return false
}

// definiteObject reports whether the trigger of c ends in a noun the
// article has already introduced: "the signing of the contract", "this
// agreement", not "signed an MoU".
func (doc *doc) definiteObject(c *cand) bool {
	ws, h := doc.words[c.sent], c.hit
	if h.r == nil || h.b < 2 || h.b > len(ws) || h.b-h.a < 2 {
		return false
	}
	switch ws[h.b-2].low {
	case "the", "this", "that":
		return true
	}
	return false
}

// retold reports whether c tells e again by what the two share: talks,
// visits, conferences and statements their parties, drills their forces,
// deployments their units.
func retold(e, c *cand) bool {
	switch c.ev.Type {
	case "meeting", "visit", "conference", "statement":
		// (an event that names no party yet is told with its parties in
		// the next sentence: "The defense ministers of Korea and
		// Mongolia met ... Ahn and Enkhbayar held the talks ...")
		if c.sent == e.sent || sameParties(e.ev.Participants, c.ev.Participants) || len(c.ev.Participants) == 0 ||
			len(e.ev.Participants) == 0 && c.sent == e.sent+1 && !c.sameDay && (c.ev.Type == "meeting" || c.ev.Type == "visit") {
			return c.ev.Type != "statement" || c.sent-e.lastSent() <= 2
		}
	case "exercise":
		// "as the ships carried out communication drills and a photo
		// exercise": the drills of the exercise told before, by its forces
		return !c.ownDate && !c.bg && !e.bg && !e.past && shareAny(e.ev.Participants, c.ev.Participants)
	case "deployment":
		if shareAny(withoutCodes(e.ev.Participants), withoutCodes(c.ev.Participants)) {
			return true
		}
		// "This is the first time Vietnam has sent a sapper team": the
		// next sentence, undated and naming no unit, goes on about it
		return !c.ownDate && !hasActor(c.ev.Participants) && c.sent-e.sent == 1
	}
	return false
}

// otherDate reports whether c states a date of its own that e cannot have:
// "the meeting ... in November 2023" is not the call of last Tuesday.
// A dateline's day is when the story was filed: "ASTANA, August 8 - X is
// on a visit ... The visit began on Thursday" tells one visit.
func otherDate(e, c *cand) bool {
	if e.filedOn && !c.filedOn && c.ev.Date < e.ev.Date {
		return false
	}
	return c.ownDate && e.ownDate && !dateCompatible(e.ev.Date, c.ev.Date)
}

// finerPlace gives deployment t, placed only in a country, the finer
// place its retelling c names in that country: the headline's "leaves for
// South Sudan" told again as "left for South Sudan, where it will serve in
// Juba". A state visit keeps its country: a site toured during it is
// told as part of it ("visited the shipyard in Hai Phong"); the
// headline's trip ("pays official visit to Laos") told again as a trip
// whose own words name its city ("arrived in Vientiane for a three-day
// official visit to Laos") takes that city, as the lead alone would.
//
// An exercise, a show or a ceremony placed by the headline in a region,
// sea or town takes the site its retelling names inside that place:
// "begin joint drill in Surkhandarya" told again as "opened at the Termez
// training ground in the Surkhandarya region".
func (doc *doc) finerPlace(t, c *cand) {
	finer := c.ev.Place != "" && !isCode(c.ev.Place) && isCode(t.ev.Place) && doc.countryOf(c.ev.Place) == t.ev.Place
	headlineTrip := t.ev.Type == "visit" && t.sent == 0 && doc.headline && c.r != nil && c.r.trip
	if finer && (t.ev.Type == "deployment" || headlineTrip) {
		t.ev.Place, t.tripCity = c.ev.Place, headlineTrip
	}
	if (editionTypes[t.ev.Type] || t.ev.Type == "ceremony") && t.ev.Place != "" && !isCode(t.ev.Place) && c.ev.Place != "" && c.ev.Place != t.ev.Place &&
		doc.siteWithin(c.sent, c.ev.Place, t.ev.Place) {
		t.ev.Place = c.ev.Place
	}
}

// siteWithinReach is how many words may stand between a site and the
// place it is said to lie in: "in", "in the", "near".
const siteWithinReach = 2

// siteWithin reports whether sentence s names site and then, right after
// "in" or "near", area: "the Termez training ground in the Surkhandarya
// region", "Kuchchaveli beach near Trincomalee".
func (doc *doc) siteWithin(s int, site, area string) bool {
	if s < 0 || s >= len(doc.ments) {
		return false
	}
	ws, ms := doc.words[s], doc.ments[s]
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].e.Name != site || ms[i+1].e.Name != area {
			continue
		}
		a, b := wordAt(ws, ms[i].end), wordAt(ws, ms[i+1].start)
		if b-a < 1 || b-a > siteWithinReach || ws[a].low != "in" && ws[a].low != "near" {
			continue
		}
		if b-a == 2 && ws[a+1].low != "the" {
			continue
		}
		return true
	}
	return false
}

// lastSent is the sentence of the latest mention merged into c.
func (c *cand) lastSent() int { return max(c.sent, c.last) }

// absorb merges the mention c into the event t.
func absorb(t, c *cand) {
	t.last = max(t.last, c.lastSent())
	t.yearless = t.yearless || c.yearless && !t.ownDate
	for _, p := range c.ev.Participants {
		if t.party != "" && c.party == "" {
			break // a sentence about the talks with one counterpart names the others too
		}
		t.ev.Participants = appendUniq(t.ev.Participants, p)
	}
	switch {
	case !t.ownDate && c.ownDate && !t.sameDay,
		// ("Earlier the same day, the two sides held talks. They signed
		// the minutes of the meeting and a plan for 2026": the talks keep
		// the day of the event told before)
		c.ownDate && len(t.ev.Date) == 4 && len(c.ev.Date) > 4 && dateCompatible(t.ev.Date, c.ev.Date):
		// a year ("Pitch Black 2024") says less than the day the lead gives
		t.ev.Date, t.ownDate, t.ev.Scheduled, t.saidOn = c.ev.Date, true, c.ev.Scheduled, c.saidOn
	case t.ev.Type == "visit" && c.ownDate && isRange(c.ev.Date) && dateCompatible(t.ev.Date, c.ev.Date):
		t.ev.Date = c.ev.Date // the trip's span says more than the day of the meeting
	case t.filedOn && c.ownDate && !c.filedOn && !c.sameDay && len(c.ev.Date) >= len(t.ev.Date):
		// "ASTANA, August 8 - X is on a visit ... The visit began on
		// Thursday": the day told of the event, not the day of filing
		t.ev.Date, t.filedOn, t.ev.Scheduled = c.ev.Date, false, c.ev.Scheduled
	}
	if t.ev.Place == "" || t.ev.Type == "visit" && c.r.dest && c.ev.Place != "" && !t.r.dest {
		if c.ev.Place != "" {
			t.ev.Place = c.ev.Place
		}
	}
	if c.scene && !t.ownDate {
		t.scene, t.linked = true, true // the headline's signing is the one "after the talks"
	}
	if t.ev.Mission == "" {
		t.ev.Mission = c.ev.Mission
	}
	if t.ev.Unit == "" {
		t.ev.Unit = c.ev.Unit
	}
	if t.ev.Rotation == "" {
		t.ev.Rotation = c.ev.Rotation
	}
	t.ev.Personnel = max(t.ev.Personnel, c.ev.Personnel)
	t.ev.Women = max(t.ev.Women, c.ev.Women)
	if t.ev.Name == "" {
		t.ev.Name = c.ev.Name
	}
	if t.show == "" {
		t.show = c.show
	}
	if c.sent > t.sent && t.ev.Type == "statement" {
		t.sent = c.sent // a statement runs on over the sentences that continue it
	}
	t.ev.Confidence += 0.05
}

func isRange(d string) bool {
	for i := 0; i < len(d); i++ {
		if d[i] == '/' {
			return true
		}
	}
	return false
}

// sameParties reports whether two mentions of meetings or visits can be
// the same occurrence: they share a participant, and neither names a
// person the other lacks on both sides ("talks with Galvez" and "a
// courtesy call on Marcos", both with Austin, are two meetings).
func sameParties(a, b []string) bool {
	if !shareAny(a, b) {
		return false
	}
	return subset(a, b) || subset(b, a)
}

// subset reports whether every entry of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

func shareAny(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// withoutCodes drops country codes, keeping names of units and forces.
func withoutCodes(list []string) []string {
	var out []string
	for _, s := range list {
		if len(s) != 2 {
			out = append(out, s)
		}
	}
	return out
}

// hasActor reports whether list holds a participant that is no state's
// code: len(withoutCodes(list)) > 0, with no copy made.
func hasActor(list []string) bool {
	for _, s := range list {
		if len(s) != 2 {
			return true
		}
	}
	return false
}

// countryOf returns the country code of a place: the code itself, or the
// country of the location of that name (from the extraction, else the
// knowledge base), or "".
func (doc *doc) countryOf(place string) string {
	if place == "" {
		return ""
	}
	for i := range doc.x.Entities {
		e := &doc.x.Entities[i]
		if strings.EqualFold(e.Name, place) && (e.Type == attache.Location || e.Type == attache.Country) && e.Country != "" {
			return e.Country
		}
	}
	if doc.d.kb != nil {
		for _, p := range doc.d.kb.PlacesNamed(place) {
			if p.Country != "" {
				return p.Country
			}
		}
	}
	return ""
}

// ref returns the date the article speaks from: its publication date, else
// the latest day the text states. It is asked once per event: the answer
// is kept, so that a text of thousands of events and dates stays linear.
func (doc *doc) ref() (time.Time, bool) {
	if !doc.refKnown {
		doc.refTime, doc.refOK = doc.latestDay()
		doc.refKnown = true
	}
	return doc.refTime, doc.refOK
}

// latestDay is ref without the memo.
func (doc *doc) latestDay() (time.Time, bool) {
	ref, hasRef := doc.pub, doc.hasPub
	if !hasRef {
		for _, ds := range doc.dates {
			for _, d := range ds {
				if d.Value != "" && d.Precision == dates.Day && d.From.After(ref) {
					ref, hasRef = d.From, true
				}
			}
		}
	}
	return ref, hasRef
}

// scenePlace returns the place c shares with a main event of the same day
// when its own sentence names none: the signing, statement or call told
// after "talks in Manila" took place there too. Recalled events and
// movements of forces (which happen elsewhere) inherit nothing.
func (doc *doc) scenePlace(c *cand, evs []*cand) string {
	if c.bg || c.past || c.ev.Date == "" || !talkType(c.ev.Type) && c.ev.Type != "ceremony" {
		return ""
	}
	for _, m := range evs {
		if m != c && m.ev.Salience == "main" && m.ev.Place != "" && m.ev.Date == c.ev.Date && len(c.ev.Date) >= 10 && !doc.signingOfOther(c, m) &&
			m.ev.Type != "deployment" {
			return m.ev.Place
		}
	}
	return ""
}

// contextDate dates an event whose sentence states no date: "the same
// day" takes the event before; what is said during the main event takes
// its date; a recalled event stays undated; otherwise the date just before
// in the same stretch of text, else the publication year.
func (doc *doc) contextDate(c, main, prev *cand) {
	switch {
	case c.r != nil && c.r.undated:
		c.ev.Date = "" // "arrived earlier in the day at the invitation of X": the arrival's day
	case c.sameDay && c.dayShift == 0 && doc.sameDayInSentence(c.sent) != "":
		c.ev.Date = doc.sameDayInSentence(c.sent) // "who arrived on Saturday, held talks the same evening"
	case c.sameDay && prev != nil && !doc.asideOf(prev, c):
		shift := c.dayShift
		if prev.sent == c.sent && prev.dayShift == shift {
			// "The previous day, he laid a wreath and visited the
			// museum": the second act is of the day the first was shifted to
			shift = 0
		}
		from := prev.ev.Date
		if shift < 0 {
			from, _, _ = strings.Cut(from, "/") // the day before a stay is before its first day
		}
		c.ev.Date = shiftDay(from, shift)
	case c.sameDay:
		// "earlier the same day" with the story undated: no date of a
		// recalled event nearby may stand in for it
		c.ev.Date = ""
		if main != nil && main != c && len(main.ev.Date) >= 7 {
			c.ev.Date = shiftDay(main.ev.Date, c.dayShift) // a year alone names no day
		}
	case c.side && !c.bg && !c.past && main != nil && main != c && main.ownDate:
		// "On the sidelines of the talks, the ministers witnessed the
		// signing": the day of the occasion the story tells
		c.ev.Date = main.ev.Date
	case c.linked && main != nil && main != c:
		c.ev.Date = main.ev.Date
	case c.bg || c.past:
		c.ev.Date = ""
	default:
		if d, ok := doc.dateBefore(c.sent); ok {
			c.ev.Date = d
		} else if main != nil && main != c && main.ownDate && c.sent-main.sent <= nearMain && c.sent > main.sent {
			// told right after the main event ("The signing came as the
			// two countries held talks"): part of the same occasion
			c.ev.Date = main.ev.Date
		} else if doc.hasPub {
			c.ev.Date = itoa4(doc.pub.Year())
		}
	}
}

// nearMain is how many sentences after the main event an undated event
// still shares its date.
const nearMain = 2

// dateBefore returns the last date stated in the two sentences before s,
// when they belong to the same paragraph.
func (doc *doc) dateBefore(s int) (string, bool) {
	for k := s - 1; k >= 0 && s-k <= 1; k-- {
		if hasBlankLine(doc.text, doc.sents[k].End, doc.sents[k+1].Start) {
			break
		}
		ds := doc.dates[k]
		for i := len(ds) - 1; i >= 0; i-- {
			// a bare year ("since Kihara in 2024", "the 1984 treaty")
			// dates another event told before: it says nothing of this one
			if ds[i].Value != "" && !ds[i].Since && ds[i].Kind != dates.YearOnly {
				return ds[i].Value, true
			}
		}
	}
	return "", false
}

func hasBlankLine(text string, a, b int) bool {
	n := 0
	for i := a; i < b && i < len(text); i++ {
		if text[i] == '\n' {
			n++
		}
	}
	return n >= 1
}

// longBefore reports whether c lies well before the reference date (two
// months), as a recalled event does.
func (doc *doc) longBefore(c *cand, ref time.Time, ok bool) bool {
	if !ok || c.ev.Date == "" {
		return false
	}
	last := c.ev.Date
	if i := len(last) - 1; isRange(last) {
		for last[i] != '/' {
			i--
		}
		last = last[i+1:]
	}
	end, err := endOf(last)
	if err != nil {
		return false
	}
	return end.Before(ref.AddDate(0, -2, 0))
}

// endOf returns the last day an ISO date at any precision covers.
func endOf(iso string) (time.Time, error) {
	switch len(iso) {
	case 4:
		t, err := time.Parse("2006", iso)
		return t.AddDate(1, 0, -1), err
	case 7:
		t, err := time.Parse("2006-01", iso)
		return t.AddDate(0, 1, -1), err
	}
	return time.Parse("2006-01-02", iso)
}

// confidence rates how firmly the text supports c.
func confidence(c *cand) float64 {
	v := 0.55 + c.ev.Confidence
	if c.ownDate {
		v += 0.15
	}
	if len(c.ev.Participants) > 0 {
		v += 0.1
	}
	if c.ev.Salience == "main" {
		v += 0.1
	}
	return min(v, 0.95)
}

package events

import (
	"cmp"
	"slices"
	"strings"

	"attache"
)

// hit is one trigger match in a sentence: words [a, b).
type hit struct {
	r    *rule
	a, b int
}

// cand is a candidate event: one trigger occurrence with its arguments,
// before candidates of the same occurrence are merged.
type cand struct {
	ev      attache.Event
	r       *rule
	sent    int
	ownDate bool // the date comes from the event's own sentence
	// yearless: the event's own words give a day or month the undated
	// text leaves without a year ("on October 6"): a time of its own all
	// the same, which a date with a year does not retell
	yearless bool
	since    bool   // its own date opens a span still running: "since 2010"
	key      string // identifies a named occurrence across sentences
	bg       bool   // refers to an earlier event
	past     bool   // told in the past perfect ("had inaugurated")
	toCome   bool   // an edition still to come ("agreed to hold the next dialogue"): no talks of the story
	sameDay  bool   // "on the same day": the date of the event before
	// dayShift is -1 for "the previous day", +1 for "the next day": the
	// date of the event before, moved by that many days
	dayShift int
	linked   bool   // said during another event (speech), or anaphoric
	anaphor  bool   // refers back to an event already found ("the talks")
	retells  bool   // co-chairs of "the talks": the same talks as any told before, whatever their key
	told     bool   // a headline event the lead has already told
	last     int    // the sentence of the latest mention merged into it
	scene    bool   // told as part of an occasion already told ("after the talks")
	side     bool   // held "on the sidelines" of an occasion already told: its place
	hit      hit    // the trigger occurrence in sentence sent
	ownActs  bool   // an anaphor followed by its own parties ("the meeting between X and Y")
	party    string // the counterpart of one of several separate meetings
	group    bool   // said by "the two ministers", "they", "both sides": the parties of the talks
	at       int    // byte offset of the trigger
	dateEnd  int    // byte offset after the date expression of its own sentence, 0 when none
	show     string // an exhibition's show, named in one of its sentences (showName)
	// saidOn: the date is the day of the reporting verb ("X said on
	// Friday"): when the words were said, not a date inside them
	saidOn bool
	// dateline: the place is the dateline's city, where the story was
	// filed, not one its sentences name
	dateline bool
	// filedOn: the date is the dateline's ("ASTANA, August 8 (Kazinform)
	// -"), the day the story was filed, which a later mention of the
	// event with a day of its own ("the visit began on Thursday") betters
	filedOn bool
	// tripCity: a headline's trip placed in the city a later mention's
	// own words name ("arrived in Vientiane for a visit to Laos"), which
	// its own headline words cannot vouch for
	tripCity bool
	// anchor: the talks told just before that c happened at ("At the
	// meeting, ..."), lending their date and place
	anchor *cand
}

// hits returns the trigger matches of sentence s after blockers and
// overlaps are resolved, and the types the sentence suppresses. They are
// found once per sentence (findHits): several stages ask again. Each
// caller gets its own copy of the matches.
func (doc *doc) hits(s int) ([]hit, map[string]bool) {
	if doc.hitsFound == nil {
		doc.hitsFound = make([]bool, len(doc.words))
		doc.hitsOf = make([][]hit, len(doc.words))
		doc.hitsOff = make([]map[string]bool, len(doc.words))
	}
	if !doc.hitsFound[s] {
		doc.hitsOf[s], doc.hitsOff[s] = doc.findHits(s)
		doc.hitsFound[s] = true
	}
	return slices.Clone(doc.hitsOf[s]), doc.hitsOff[s]
}

// findHits works out hits(s).
func (doc *doc) findHits(s int) ([]hit, map[string]bool) {
	ws := doc.words[s]
	rs := doc.d.rules
	var all []hit
	for i, w := range ws {
		try := func(r *rule) {
			if end := r.match(ws, i); end > i {
				all = append(all, hit{r: r, a: i, b: end})
			}
		}
		// the rules listed under the word match their first slot: the
		// rest of the pattern is tried from the next word
		for _, r := range rs.firstWord(w) {
			if i+1 < len(ws) && r.nextFails(&ws[i+1]) {
				continue
			}
			if end := matchFrom(r.pattern[1:], ws, i+1); end > i {
				all = append(all, hit{r: r, a: i, b: end})
			}
		}
		if p := prefix3(w.low); p >= 0 && rs.hasPrefix[p] || p < 0 && len(w.low) >= 3 {
			for _, r := range rs.byPrefix[w.low[:3]] {
				try(r)
			}
		}
		if w.ordinal {
			for _, r := range rs.ordinal {
				try(r)
			}
		}
	}
	var suppressed map[string]bool // made only when needed: most sentences suppress nothing
	var blocks []hit
	for _, h := range all {
		switch h.r.typ {
		case "none":
			blocks = append(blocks, h)
		case "suppress":
			if suppressed == nil {
				suppressed = map[string]bool{}
			}
			for t := range h.r.types {
				suppressed[t] = true
			}
		}
	}
	slices.SortStableFunc(all, func(x, y hit) int {
		if x.a != y.a {
			return cmp.Compare(x.a, y.a)
		}
		return cmp.Compare(x.r.line, y.r.line)
	})
	var out []hit
	for _, h := range all {
		if special[h.r.typ] || suppressed[h.r.typ] || blocked(h, blocks) || !doc.allowed(s, h) {
			continue
		}
		// Of overlapping triggers, the one listed first in the file wins.
		clash := false
		for k, o := range out {
			if h.a < o.b && o.a < h.b && !o.r.keeps[h.r.typ] && !h.r.keeps[o.r.typ] {
				if h.r.line < o.r.line && h.r.typ != o.r.typ {
					out[k] = h
				}
				clash = true
				break
			}
		}
		if !clash {
			out = append(out, h)
		}
	}
	return out, suppressed
}

// blocked reports whether a blocker of list overlaps h and blocks its
// type (a blocker with types= blocks only those: "Visiting Forces
// Agreement" is no visit, but may be signed).
func blocked(h hit, list []hit) bool {
	for _, o := range list {
		if h.a < o.b && o.a < h.b && (len(o.r.types) == 0 || o.r.types[h.r.typ]) {
			return true
		}
	}
	return false
}

// allowed checks a hit against its rule's conditions and the entity
// mentions: a trigger word inside an organisation's or place's name
// ("ASEAN Defence Ministers' Meeting Plus") is a name, not an event.
func (doc *doc) allowed(s int, h hit) bool {
	ws := doc.words[s]
	start, end := ws[h.a].start, ws[h.b-1].end
	if h.r.typ != "exhibition" {
		for _, m := range doc.ments[s] {
			if m.e.Type != attache.Person && m.start <= start && end <= m.end && !(h.r.typ == "ceremony" && end == m.end) {
				// (a ceremony's name ends in its trigger: "the International
				// Fleet Review", "the Victory Day Parade")
				return false
			}
		}
	}
	if len(h.r.needs.alts)+len(h.r.needs.prefix) > 0 && !doc.sentenceNeeds(s, h.r) {
		return false
	}
	if h.r.cap && !inName(ws, h.a) {
		return false
	}
	if h.r.named && !ws[h.b-1].upper {
		return false
	}
	if doc.irrealis(ws, h) {
		return false
	}
	if h.r.place && !doc.placeNext(s, h.b) {
		return false
	}
	if h.r.body && !doc.bodyNext(s, h.b) {
		return false
	}
	if h.r.grouped && !doc.groupingBefore(s, h.a) {
		return false
	}
	if h.r.two && !doc.twoBefore(s, start) {
		return false
	}
	if h.r.person {
		// a person named after the trigger ("met X"), or two before it
		// ("X and Y met on the sidelines")
		ok := false
		var before []*attache.Entity
		for _, m := range doc.ments[s] {
			if m.e.Type != attache.Person {
				continue
			}
			if m.start >= end && m.start-end < 160 {
				ok = true
				break
			}
			if m.end <= start && (len(before) == 0 || before[0] != m.e) {
				before = append(before, m.e)
			}
		}
		if !ok && len(before) < 2 && doc.unnamedAfter(s, h.b) == "" {
			return false // ("met his Thai counterpart" names its party by its state)
		}
	}
	return true
}

// twoBefore reports whether two persons are named in sentence s before
// byte offset at, with no other verb's clause between: the subjects of
// the trigger there ("A and B agreed on Thursday to ...").
func (doc *doc) twoBefore(s, at int) bool {
	var first *attache.Entity
	for _, m := range doc.ments[s] {
		if m.end > at {
			break
		}
		if m.e.Type != attache.Person {
			continue
		}
		if first != nil && first != m.e {
			return true
		}
		first = m.e
	}
	return false
}

// placeNext reports whether a location or country is named right after
// word b of sentence s ("visited Da Nang", "visits the Philippines").
func (doc *doc) placeNext(s, b int) bool {
	ws := doc.words[s]
	if b < len(ws) && ws[b].low == "the" {
		b++
	}
	if b >= len(ws) {
		return false
	}
	for i, m := range doc.ments[s] {
		if m.start != ws[b].start {
			continue
		}
		if m.e.Type == attache.Location || m.e.Type == attache.Country || m.e.Type == attache.Organization && doc.venueName(ws, m) {
			return true
		}
		// "visited the Ground Self-Defense Force's Camp Asaka": the owner,
		// then the place
		if i+1 < len(doc.ments[s]) && (strings.HasPrefix(doc.text[m.end:], "'s") || strings.HasPrefix(doc.text[m.end:], "’s")) {
			n := doc.ments[s][i+1]
			return n.start-m.end <= 4 && (n.e.Type == attache.Location || n.e.Type == attache.Organization && doc.venueName(ws, n))
		}
	}
	return false
}

// bodyNext reports whether an organisation's name starts at word b of
// sentence s, after "the" or after its owner's name ("the Malaysian Army's
// 10th Parachute Brigade"), or after a venue noun and "of" ("the
// shipyard of PT PAL", "the headquarters of the Eastern Fleet").
func (doc *doc) bodyNext(s, b int) bool {
	ws := doc.words[s]
	if b < len(ws) && ws[b].low == "the" {
		b++
	}
	if b+2 < len(ws) && doc.d.rules.venue.matches(ws[b]) && !ws[b].upper && ws[b+1].low == "of" {
		b += 2
		if ws[b].low == "the" {
			b++
		}
	}
	if b >= len(ws) {
		return false
	}
	ms := doc.ments[s]
	for i, m := range ms {
		if m.start != ws[b].start {
			continue
		}
		if m.e.Type == attache.Organization {
			return true
		}
		if i+1 < len(ms) && (strings.HasPrefix(doc.text[m.end:], "'s") || strings.HasPrefix(doc.text[m.end:], "’s")) {
			n := ms[i+1]
			return n.start-m.end <= 4 && n.e.Type == attache.Organization
		}
	}
	return false
}

// inName reports whether word i is written with a capital next to another
// capitalised word: part of a name ("Exercise Pitch Black", "Strategic
// Partnership"), not the common noun.
func inName(ws []word, i int) bool {
	if !ws[i].upper {
		return false
	}
	return i+1 < len(ws) && ws[i+1].upper || i > 0 && ws[i-1].upper
}

// irrealisWindow is how many words before a trigger may hold the word that
// makes it a purpose or possibility.
const irrealisWindow = 12

// irrealis reports whether a word of the irrealis list comes shortly
// before h in its clause, or opens its sentence: "easier for their forces
// to hold joint exercises" states a purpose, not an exercise; "If
// conditions allow, the two navies will hold ..." a condition.
func (doc *doc) irrealis(ws []word, h hit) bool {
	if doc.scheduledAfter(ws, h) {
		return false // "discussed the exercise to be held in November": planned, with its time
	}
	for _, r := range doc.d.rules.irrealisOf[h.r.typ] {
		for k := h.a - 1; k >= 0 && h.a-k <= irrealisWindow; k-- {
			if l := ws[k].low; l == ";" || l == "." || l == "since" && sinceClause(ws, k) {
				break // ("regularly since they first held the drill": a fact)
			}
			if r.match(ws, k) > k && !asideClosed(ws, k, h.a) {
				return true
			}
		}
	}
	for _, r := range doc.d.rules.conditionOf[h.r.typ] {
		if r.match(ws, 0) > 0 && !hasWordBetween(ws, 0, h.a, ";") {
			return true // "If conditions allow, the two navies will hold ..."
		}
	}
	return false
}

// sinceClause reports whether the "since" at word k opens a clause with a
// subject of its own ("since they first held", "since the two navies
// began"), which tells what happened when a span began, not a date
// ("since 2017").
func sinceClause(ws []word, k int) bool {
	if k+1 >= len(ws) {
		return false
	}
	switch ws[k+1].low {
	case "they", "it", "the", "both", "their", "its", "we":
		return true
	}
	return false
}

// scheduledWindow is how many words after a trigger may open the phrase
// that schedules it ("the Surya Kiran joint exercise, the next edition of
// which is to be held").
const scheduledWindow = 8

// partiesWord opens the phrase naming an event's parties right after its
// trigger, and partiesWindow is how many words that phrase may add to
// scheduledWindow.
var partiesWord = map[string]bool{"between": true, "with": true, "involving": true}

const partiesWindow = 10

// scheduledAfter reports whether a phrase of the scheduled list follows h
// shortly in its sentence: the event is planned with a time of its own,
// not a topic or a purpose.
func (doc *doc) scheduledAfter(ws []word, h hit) bool {
	window := scheduledWindow
	if h.b < len(ws) && partiesWord[ws[h.b].low] {
		// "a first exercise between the Maritime Self-Defense Force and
		// the Royal Cambodian Navy, to be held off Sihanoukville": the
		// parties' names come before the schedule
		window += partiesWindow
	}
	for k := h.b; k < len(ws) && k-h.b <= window; k++ {
		if l := ws[k].low; l == ";" || l == "." {
			return false
		}
		if doc.d.rules.scheduledStarts.rulesOut(&ws[k]) {
			continue
		}
		for _, r := range doc.d.rules.scheduled {
			if r.match(ws, k) > k {
				return true
			}
		}
	}
	return false
}

// asideClosed reports whether the word at k opens an aside after a comma
// that a second comma closes before the trigger at a: in "a contingent of
// 219 peacekeepers, including 21 women, returned home" the "including"
// qualifies the contingent, not the return.
func asideClosed(ws []word, k, a int) bool {
	if k == 0 || ws[k-1].low != "," {
		return false
	}
	for j := k + 1; j < a; j++ {
		if ws[j].low == "," {
			return true
		}
	}
	return false
}

// sentenceEvents turns the triggers of sentence s into candidates. Triggers
// of one type in one sentence describe one event, except anniversaries,
// which each stand alone unless a ceremony noun marks them ("a parade
// marking the 80th anniversary").
func (doc *doc) sentenceEvents(s int) []*cand {
	hs, _ := doc.hits(s)
	ws := doc.words[s]
	hs = dialogueNames(append(hs, doc.forumHits(s)...))
	slices.SortStableFunc(hs, func(x, y hit) int { return cmp.Compare(x.a, y.a) })
	doc.sentHits = hs
	var out []*cand
	byType := map[string]*cand{}
	var lastCeremony *cand
	lastCeremonyEnd, lastEnd := -1, -1
	lastSign := -1 // end of the last signing verb's match
	for _, h := range hs {
		anniv := h.r.typ == "ceremony" && h.r.pattern[0].ordinal
		if anniv && doc.toldAnniversary(s, h, lastCeremony, lastCeremonyEnd, lastEnd) {
			continue
		}
		if h.r.each {
			out = append(out, doc.eachCountry(s, h)...)
			continue
		}
		if h.r.apart {
			if cs := doc.apart(s, h); len(cs) > 0 {
				out = append(separateFrom(ws, out, byType[h.r.typ], h), cs...)
				byType[h.r.typ] = cs[0]
				continue
			}
		}
		sign := h.r.typ == "agreement" && signVerb(ws[h.a].low)
		if prev := byType[h.r.typ]; prev != nil && framing(ws, prev.hit, h) {
			// "On the sidelines of the meeting, X called on Y": the
			// earlier occasion frames a new event, told by h
			out = dropCand(out, prev)
			byType[h.r.typ] = nil
		}
		if prev := byType[h.r.typ]; prev != nil && prev.r.two && prev.r.topic && len(prev.ev.Date) < 10 && !h.r.later && !anniv {
			// "A and B discussed border security in a telephone
			// conversation on Wednesday": the talks' own noun tells them,
			// with the day the verb of their topic leaves out
			out = dropCand(out, prev)
			byType[h.r.typ] = nil
		}
		if prev := byType[h.r.typ]; prev != nil && !anniv {
			// the same event said twice in one sentence, unless a second
			// signing verb follows ("signed the statement, and the
			// ministries signed an MoU") or a second visit goes elsewhere
			// ("is on a visit to Brazil ... and will visit the plant in
			// Sao Jose")
			if c := doc.another(s, h, prev, out); c != nil {
				out = append(append(out, c), doc.listedDates(s, c)...)
				continue
			}
			if c := doc.signedObject(s, h, prev, out); c != nil {
				byType[h.r.typ] = c
				continue
			}
			if c := doc.discussedIn(s, h, prev, out); c != nil {
				byType[h.r.typ] = c
				continue
			}
			if !sign || lastSign < 0 || !clauseBreak(ws, lastSign, h.a) {
				continue
			}
		}
		if sign {
			lastSign = h.b
		}
		lastEnd = h.b
		c := doc.newCand(s, h)
		if anniv {
			doc.anniversary(c, s, h)
		}
		if h.r.typ == "ceremony" {
			lastCeremony, lastCeremonyEnd = c, h.b
		}
		if !anniv && byType[h.r.typ] == nil {
			byType[h.r.typ] = c
		}
		out = append(out, c)
		if !anniv {
			out = append(out, doc.series(c, s, h)...)
			out = append(out, doc.firstSince(c, s, h)...)
		}
		out = append(out, doc.splitEvents(s, h, c)...)
	}
	return openedTogether(chairedMeeting(out))
}

// chairedMeeting folds a meeting named by a bare noun into the standing
// mechanism the rest of its sentence makes of it: "The meeting, held in
// Luang Prabang on March 3-4, was co-chaired by A and B" is one dialogue,
// with the date and place the noun's clause gives.
func chairedMeeting(cs []*cand) []*cand {
	for _, m := range cs {
		if !m.r.anaphor || m.ev.Type != "meeting" {
			continue
		}
		for _, d := range cs {
			if d.ev.Type != "dialogue" || d.r.anaphor || d.sent != m.sent || d.hit.a <= m.hit.a {
				continue
			}
			if m.ownDate && !d.ownDate {
				d.ev.Date, d.ownDate, d.dateEnd = m.ev.Date, true, m.dateEnd
			}
			if d.ev.Place == "" {
				d.ev.Place = m.ev.Place
			}
			for _, p := range m.ev.Participants {
				d.ev.Participants = appendUniq(d.ev.Participants, p)
			}
			return dropCand(cs, m)
		}
	}
	return cs
}

// toldAnniversary reports whether anniversary hit h of sentence s belongs
// to an event the sentence has told already: the ceremony before it that
// commemorates it (which takes the anniversary's actors), or an earlier
// event it is the occasion of ("visited Da Nang in 2020, marking the 25th
// anniversary of relations"). lastCeremony is the sentence's last
// ceremony so far and ceremonyEnd its trigger's end; lastEnd is the end
// of the last trigger.
func (doc *doc) toldAnniversary(s int, h hit, lastCeremony *cand, ceremonyEnd, lastEnd int) bool {
	ws := doc.words[s]
	if lastCeremony != nil && lastCeremony.key == "" && doc.linked(ws, ceremonyEnd, h.a) {
		lastCeremony.ev.Participants = doc.participants(lastCeremony, s, h)
		doc.anniversary(lastCeremony, s, h)
		return true
	}
	return lastEnd >= 0 && lastCeremony == nil && doc.marking(ws, lastEnd, h.a)
}

// openingPreposition lists the words that open a phrase framing a
// sentence's event in time or occasion ("On the sidelines of ...",
// "After the talks, ...").
var openingPreposition = map[string]bool{"on": true, "at": true, "during": true, "after": true, "following": true, "before": true, "in": true, "ahead": true}

// framing reports whether prev, a reference back to an occasion already
// told ("the meeting"), stands in an opening phrase that a comma closes
// before h, a trigger of its own: the occasion is the frame of h's event.
// The phrase opens the sentence with a preposition.
func framing(ws []word, prev, h hit) bool {
	if !prev.r.anaphor || h.r.anaphor || h.r.bg || !openingPreposition[ws[0].low] || prev.a > 6 {
		return false
	}
	for j := prev.b; j < h.a; j++ {
		if ws[j].low == "," {
			return true
		}
	}
	return false
}

// splitEvents returns the further events that the clause of c (hit h
// of sentence s) tells in one go: more sites of one trip, more days of
// one movement, more counterparts met in turn.
func (doc *doc) splitEvents(s int, h hit, c *cand) []*cand {
	out := doc.otherSites(s, h, c)
	out = append(out, doc.listedDates(s, c)...)
	return append(out, doc.laterMeetings(s, h, c)...)
}

// separateFrom returns cs without prev, the event of a verb right before
// the separate meetings of hit h: "received separate courtesy calls from
// A and B" tells the separate meetings only, and so does "received A and
// B in separate meetings".
func separateFrom(ws []word, cs []*cand, prev *cand, h hit) []*cand {
	// ("received A and B in separate meetings": the counterparts
	// between the verb and the trigger)
	after := h.a > 0 && ws[h.a-1].low == "in"
	if prev == nil || prev.party != "" || h.a < prev.hit.b || h.a-prev.hit.b > 2 && !after {
		return cs
	}
	return dropCand(cs, prev)
}

// dropCand returns cs without c.
func dropCand(cs []*cand, c *cand) []*cand {
	out := cs[:0]
	for _, o := range cs {
		if o != c {
			out = append(out, o)
		}
	}
	return out
}

// dialogueNames drops the named meetings of hs when a dialogue trigger is
// among them: "A and B co-chaired the 9th Singapore-Australia Defence
// Ministers' Meeting" is one dialogue, whose name is the meeting's.
func dialogueNames(hs []hit) []hit {
	dialogue := false
	for _, h := range hs {
		if h.r.typ == "dialogue" && !h.r.anaphor {
			dialogue = true
		}
	}
	if !dialogue {
		return hs
	}
	out := hs[:0]
	for _, h := range hs {
		if h.r.typ == "conference" && h.r.named {
			continue
		}
		out = append(out, h)
	}
	return out
}

// linked reports whether words [from, to) tie a ceremony noun to the
// anniversary after it: a linking word and at most a dozen words between.
func (doc *doc) linked(ws []word, from, to int) bool {
	if from < 0 || to-from > 12 {
		return false
	}
	for i := from; i < to; i++ {
		if doc.d.rules.link.matches(ws[i]) {
			return true
		}
	}
	return false
}

// forumRule makes a conference of a forum named as an organisation.
var forumRule = &rule{typ: "conference", text: "forum name"}

// forumHits finds forums of the knowledge base named as events: "attended
// the 11th ADMM-Plus", "on the sidelines of the Shangri-La Dialogue".
func (doc *doc) forumHits(s int) []hit {
	ws := doc.words[s]
	var out []hit
	for _, m := range doc.ments[s] {
		if !doc.info[m.e].forum {
			continue
		}
		a, b := -1, -1
		for i, w := range ws {
			if a < 0 && w.start >= m.start {
				a = i
			}
			if w.end <= m.end {
				b = i + 1
			}
		}
		if a < 0 || b <= a || showNext(ws, b) {
			continue // "the Aero India exhibition": the exhibition trigger tells it
		}
		k := a - 1
		if k >= 0 && ws[k].ordinal || b < len(ws) && (endWords[ws[b].low] || startWords[ws[b].low]) {
			// "the 11th ADMM-Plus"; "the ASEAN Defence Ministers' Meeting
			// ended in Kuala Lumpur on Friday", as the next day's report
			// of a joint statement tells it
			out = append(out, hit{r: forumRule, a: a, b: b})
			continue
		}
		for k >= 0 && (strings.HasSuffix(ws[k].low, "-day") || ws[k].low == "annual") {
			k-- // "of the three-day Seoul Defense Dialogue"
		}
		if k >= 0 && ws[k].low == "the" {
			k--
		}
		// "the opening session of the Seoul Defense Dialogue", "on the
		// sidelines of the ADMM-Plus": a word of the list before "of"
		if k >= 0 && (ws[k].ordinal || doc.d.rules.forum.matches(ws[k]) || ws[k].low == "of" && k > 0 && doc.d.rules.forum.matches(ws[k-1])) {
			out = append(out, hit{r: forumRule, a: a, b: b})
		}
	}
	return out
}

// startWords open a forum named right before them: "the Shangri-La
// Dialogue opened in Singapore on Friday" (endWords close one).
var startWords = map[string]bool{"opened": true, "opens": true, "began": true, "begins": true, "convened": true, "convenes": true}

// showWords name a show of arms after the name of its forum.
var showWords = map[string]bool{"exhibition": true, "exhibitions": true, "expo": true, "show": true, "airshow": true, "fair": true}

// showNext reports whether word b, or the word after an acronym in
// brackets there ("Defence Services Asia (DSA) exhibition"), names a show.
func showNext(ws []word, b int) bool {
	if b+3 < len(ws) && ws[b].low == "(" && ws[b+2].low == ")" {
		b += 3
	}
	return b < len(ws) && showWords[ws[b].low]
}

// dayAfterBetween reads "a day after" or "a day before", or any count of
// days or weeks ("seven weeks after"), right after a date (word from) and
// before the trigger (word to): "assumed command on Friday, a day after
// the President appointed him" puts the appointment on Thursday (-1); "a
// day before" gives +1; otherwise 0.
func dayAfterBetween(ws []word, from, to int) int {
	// the phrase follows the date: "on Friday, a day after", "on April
	// 21, seven weeks after their talks in Warsaw"
	// (the trigger may start at "after": "after their talks")
	for k := from; k+2 <= to && k+2 < len(ws) && k < from+4; k++ {
		n := spanLength(ws[k], ws[k+1].low)
		if n == 0 {
			continue
		}
		switch ws[k+2].low {
		case "after":
			return -n
		case "before":
			return n
		}
	}
	return 0
}

// forumSelf adds the forum a forum-name hit, or a named one, names to
// its conference: "attended the opening session of the Seoul Defense
// Dialogue" is a conference of the Seoul Defense Dialogue.
func (doc *doc) forumSelf(out *names, s int, h hit) {
	if h.r != forumRule && !h.r.named {
		// a numbered forum named with capitals ("the 5th Andes Security
		// Forum") is its own name's too
		return
	}
	ws := doc.words[s]
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Organization && m.start >= ws[h.a].start && m.end <= ws[h.b-1].end && (h.r == forumRule || m.end == ws[h.b-1].end) {
			out.add(m.e.Name) // a named hit's own name ends where it does
		}
	}
}

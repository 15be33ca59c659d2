package events

import (
	"slices"
	"strings"

	"attache"
)

var pairWords = [][]string{
	{"two", "countries"}, {"both", "countries"}, {"two", "sides"}, {"both", "sides"},
	{"two", "nations"}, {"both", "nations"}, {"two", "ministries"}, {"both", "ministries"},
	{"two", "defence"}, {"both", "defence"}, {"two", "leaders"},
	{"the", "parties"}, {"the", "sides"}, {"both", "parties"}, {"two", "parties"},
}

// actorSets are the persons, organisations and countries a sentence
// names around a trigger, sorted by the role the trigger's rule gives them.
type actorSets struct {
	persons, orgs, orgsBefore, countries, countriesBefore names
	// onlyPresent: the sentence names persons only as present at talks
	// told before ("Also present at the talks were X"), so it implies no
	// party of its own either
	onlyPresent bool
	// sitesOnly: the sentence names bodies only as the site or the
	// source of the event ("at a training ground of the army", "the
	// district's press service reported"), so its states, which only
	// qualify the occasion ("the Russian-Lao exercise"), stand for no one
	sitesOnly bool
}

// participants returns the actors of c: persons (by the rule's who), then
// organisations acting as subject, countries for "the two countries". It
// works in three steps: the sentence's actors, the persons the sentence
// speaks of without naming them, and the choice the event's type makes.
func (doc *doc) participants(c *cand, s int, h hit) []string {
	c.toCome = h.r.typ == "dialogue" && h.r.who == "" && doc.toBeHeld(doc.words[s], h.a)
	a := doc.sentenceActors(s, h)
	doc.impliedPersons(&a, s, h)
	var out names
	doc.typeParticipants(&out, &a, s, h)
	return out.list
}

// sentenceActors sorts the mentions of sentence s: persons by the rule's
// who ("before" or "after" the trigger), organisations that act (not
// venues, missions or parts of a title), countries.
func (doc *doc) sentenceActors(s int, h hit) actorSets {
	ws := doc.words[s]
	ms := doc.ments[s]
	start, end := ws[h.a].start, ws[h.b-1].end
	var a actorSets
	for i, m := range ms {
		switch m.e.Type {
		case attache.Person:
			switch {
			case h.r.who == "before" && m.start >= start:
			case h.r.who == "after" && (m.start < end || a.persons.len() > 0):
			case h.r.typ == "ceremony" && doc.otherObject(ws, m.start, start):
				// "called on X at the Istana and laid a wreath": X is
				// the object of the call, not at the wreath
			case attendeeTypes[h.r.typ] && doc.attendee(ws, start, m.start):
				// "The meeting was attended by X": X is no party of it
			case attendeeTypes[h.r.typ] && doc.presentOnly(ws, wordAt(ws, m.start)):
				a.onlyPresent = true // "Also present were X": nor is X
			case doc.asidePerson(ws, ms, i, h.r.typ):
				// "signed by A and B in the presence of C", "presided on
				// behalf of Minister C": C only witnesses or is stood for
			case h.r.typ != "statement" && m.start >= end && doc.reportingPerson(ws, m):
				// "..., the ministry's spokesman, Colonel X, said": who
				// tells of the event, not who takes part in it
			case h.r.typ == "visit" && !doc.visitor(s, h, m):
				// "X received Y, who is visiting Egypt": the host does
				// not visit
			default:
				a.persons.add(m.e.Name)
			}
		case attache.Organization:
			if doc.info[m.e].isMission || (h.r.typ == "deployment" || h.r.typ == "ceremony") && doc.info[m.e].intl {
				continue
			}
			if doc.venueAt(ws, m) || h.r.typ == "ceremony" && (afterAt(ws, m.start) || doc.siteOfBody(ws, doc.ments[s], m)) {
				a.sitesOnly = a.sitesOnly || h.r.typ == "ceremony"
				continue // "held at the Training School", "a parade at the Army Command": where, not who
			}
			if h.r.typ == "ceremony" && tourObject(ws, m.start, m.end <= start) {
				continue // "laid a wreath at X and visited the Y University": Y is toured, not at the wreath
			}
			if m.start >= end && doc.isSource(ws, m) {
				a.sitesOnly = a.sitesOnly || h.r.typ == "ceremony"
				continue // "..., the district's press service reported", "the JCS said": who tells it
			}
			// an organisation right before a person's name is part of a title
			if i+1 < len(ms) && ms[i+1].e.Type == attache.Person && ms[i+1].start-m.end < 40 {
				continue
			}
			if titledTypes[h.r.typ] && (doc.inTitle(ms, m) || doc.titleAfter(ms, i)) {
				continue // "Commander of the Philippine Fleet": the commander acts
			}
			a.orgs.add(m.e.Name)
			if m.end <= start {
				a.orgsBefore.add(m.e.Name)
			}
		case attache.Country:
			if m.e.Country != "" {
				a.countries.add(m.e.Country)
				if m.end <= start {
					a.countriesBefore.add(m.e.Country)
				}
			}
		}
	}
	return a
}

// tourObject reports whether the body named at byte pos is the object of
// a verb of touring: after the ceremony, in a clause of its own ("and
// visited the Army University", "then toured the Academy"), or before it
// (before), in the clause the ceremony's "and" follows ("toured the
// University and laid flowers at the monument"). It is another stop of
// the trip, not an actor of the ceremony.
func tourObject(ws []word, pos int, before bool) bool {
	k := wordAt(ws, pos) - 1
	if k >= 0 && ws[k].low == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	switch ws[k].low {
	case "visited", "toured", "inspected", "visit", "tour", "inspect":
		if before {
			return true
		}
		l := ws[k-1].low
		return l == "and" || l == "then" || l == "also" || l == "later" || l == "will"
	}
	return false
}

// siteReach is how many words may stand between "at" and the body whose
// site it names ("at a training ground of the Lao People's Army").
const siteReach = 7

// siteSpan bounds the words, names' own included, that siteOfBody reads
// back, so that a sentence of many names costs no more than a few.
const siteSpan = 24

// siteOfBody reports whether organisation mention m names whose site a
// ceremony is held at: "at a training ground of the Lao People's Army",
// "at the main base of the Indonesian Navy's 2nd Fleet Command". The body
// owns the ground; it presides over nothing the sentence tells.
func (doc *doc) siteOfBody(ws []word, ms []ment, m ment) bool {
	i := wordAt(ws, m.start)
	site := false
	for k, n := i-1, 0; k >= 0 && n <= siteReach && i-k <= siteSpan; k-- {
		if inMention(ms, ws[k].start) {
			continue // "the Indonesian Navy's 2nd Fleet Command"
		}
		switch l := ws[k].low; {
		case l == "at":
			return site
		case doc.d.places.siteOf.has(l):
			site = true
		case l == "," || l == ";" || l == "by" || l == "to" || l == "for" || l == "with":
			return false
		}
		n++
	}
	return false
}

// attendeeTypes are the types whose parties are not those who merely
// attend: talks, visits, what is said. A ceremony's attendees take part.
var attendeeTypes = map[string]bool{"meeting": true, "visit": true, "statement": true, "invitation": true}

// attendeeReach is how many words may stand between "attended" and "by"
// ("attended, on the Saudi side, by").
const attendeeReach = 6

// attendee reports whether the person at byte pos is introduced, after
// the trigger at byte trig, by "attended by" or "in the presence of".
func (doc *doc) attendee(ws []word, trig, pos int) bool {
	i := wordAt(ws, pos)
	for k := i - 1; k >= 0 && ws[k].start >= trig; k-- {
		if !doc.d.places.attend.has(ws[k].low) {
			continue
		}
		for j := k + 1; j < i && j <= k+attendeeReach; j++ {
			if ws[j].low == "by" || ws[j].low == "of" {
				return true
			}
		}
	}
	return false
}

// asideReach is how many words may stand between "presence of" or
// "behalf of" and the name it introduces ("on behalf of the
// Commander-in-Chief of the Armed Forces and Minister of Defence, General X").
const asideReach = 20

// asidePerson reports whether person mention ms[i] only witnesses an event
// of type typ or is stood for in it: introduced by a word of the witness
// list ("in the presence of"; a ceremony's witnesses attend it and take
// part) or of the proxy list ("on behalf of") and "of", with no other
// person between them but one joined to it by "and", while the sentence
// names a person before that word, the one who acts. With no actor named
// before ("signed by officials in the presence of X"), X stays.
func (doc *doc) asidePerson(ws []word, ms []ment, i int, typ string) bool {
	return doc.asideFrom(ws, ms, i, typ, asideChain)
}

// asideChain is how many names joined by "and" may follow the one that
// "in the presence of" introduces.
const asideChain = 4

// asideFrom is asidePerson with at most depth names joined before ms[i].
func (doc *doc) asideFrom(ws []word, ms []ment, i int, typ string, depth int) bool {
	k := wordAt(ws, ms[i].start)
	from := ws[max(k-asideReach, 0)].start
	prev := -1 // the person named last before ms[i], within reach
	for p := i - 1; p >= 0 && ms[p].end >= from; p-- {
		if ms[p].e.Type == attache.Person {
			prev = p
			break
		}
	}
	for j := k - 2; j >= 0 && k-j <= asideReach; j-- {
		if prev >= 0 && ws[j].end <= ms[prev].end {
			// "in the presence of A and B": B stands aside with A
			return depth > 0 && ms[prev].end <= ms[i].start && conjoined(doc.text[ms[prev].end:ms[i].start]) &&
				doc.asideFrom(ws, ms, prev, typ, depth-1)
		}
		w := ws[j].low
		if ws[j+1].low != "of" && ws[j+1].low != "by" || !(doc.d.places.proxy.has(w) || typ != "ceremony" && doc.d.places.witness.has(w)) {
			continue
		}
		return actorBefore(ms[:i], ws[j].start)
	}
	return false
}

// actorBefore reports whether ms names, before byte pos, a person, body or
// state that can act: "India and Maldives signed ... in the presence of".
func actorBefore(ms []ment, pos int) bool {
	for _, m := range ms {
		if m.end > pos {
			break
		}
		switch m.e.Type {
		case attache.Person, attache.Organization, attache.Country:
			return true
		}
	}
	return false
}

// conjoined reports whether the text between two names only joins them:
// ", ", " and ", or " and " before the second one's title ("A and
// Indonesia's Defence Minister B").
func conjoined(between string) bool {
	t := strings.Trim(between, " ,")
	if t == "" || t == "and" {
		return true
	}
	rest, ok := strings.CutPrefix(t, "and ")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if w != "of" && w != "the" && w != "for" && strings.ToLower(w[:1]) == w[:1] {
			return false // a word of a clause, not of a title
		}
	}
	return true
}

// titledTypes are the types whose actors are persons: a body named in the
// title of a person of the sentence is not one more actor. Exercises,
// deployments and signings keep their forces and bodies.
var titledTypes = map[string]bool{"ceremony": true, "meeting": true, "visit": true, "statement": true, "invitation": true}

// inTitle reports whether organisation mention m is named in the title of
// a person of ms ("Rear Admiral X, Commander of the Philippine Fleet").
func (doc *doc) inTitle(ms []ment, m ment) bool {
	name := strings.ToLower(m.e.Name)
	for _, p := range ms {
		if p.e.Type != attache.Person {
			continue
		}
		for _, t := range p.e.Titles {
			if len(t) > len(name) && strings.Contains(strings.ToLower(t), name) {
				return true
			}
		}
	}
	return false
}

// titleAfter reports whether organisation mention ms[i] closes the title
// that follows a person's name: "Major General X, General Officer
// Commanding of the 24th Infantry Division", "Air Vice-Marshal X of the
// Royal Australian Air Force", or a body that owns such a body ("of the
// 3rd Army Area's Naresuan Task Force").
func (doc *doc) titleAfter(ms []ment, i int) bool {
	if i == 0 || ms[i-1].end > ms[i].start {
		return false
	}
	between := doc.text[ms[i-1].end:ms[i].start]
	switch ms[i-1].e.Type {
	case attache.Person:
		return titleWords(between)
	case attache.Organization:
		return (between == "'s " || between == "’s ") && doc.titleAfter(ms, i-1)
	}
	return false
}

// titleMax is how many words a title between a name and its body may
// have ("Deputy Commander-in-Chief and Chief of Staff of the").
const titleMax = 8

// titleWords reports whether text between a person's name and a body is a
// title ending in "of" or "of the": ", Commander of the", " of the",
// ", deputy commander of the". A clause ("who visited the") or a list
// ("and the") is not.
func titleWords(between string) bool {
	t := strings.TrimPrefix(strings.TrimPrefix(between, ","), " ")
	t, ok := strings.CutSuffix(t, " ")
	if !ok {
		return false
	}
	ws := strings.Fields(t)
	if len(ws) > 0 && ws[len(ws)-1] == "the" {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 || ws[len(ws)-1] != "of" || len(ws) > titleMax {
		return false
	}
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "who", "which", "and", "while", "with":
			return false
		}
		if strings.ContainsAny(w, ",;()") {
			return false
		}
	}
	return true
}

// impliedPersons adds the persons the sentence speaks of without naming
// them where they act: a delegation's head, the guest of a reception, "the
// Philippine general", "he", "the two defence chiefs".
func (doc *doc) impliedPersons(a *actorSets, s int, h hit) {
	if a.onlyPresent && a.persons.len() == 0 {
		return
	}
	ws := doc.words[s]
	ms := doc.ments[s]
	start, end := ws[h.a].start, ws[h.b-1].end
	if h.r.typ == "meeting" || h.r.typ == "visit" {
		// "the Myanmar delegation": its head, the person of that country
		// the article names
		for _, p := range doc.delegationHeads(s, a.persons.list) {
			a.persons.add(p)
		}
		// "Receiving the delegation, X praised ...": the head of the
		// delegation told before
		if h.r.typ == "meeting" && hasPhrase(ws, "the", "delegation") {
			if p := doc.leaderBefore(s); p != "" {
				a.persons.add(p)
			}
		}
	}
	if h.r.who == "before" && h.r.typ == "meeting" {
		// the guest of "hosted a reception ... for X", "held talks ... with X"
		a.persons.add(doc.guestAfter(ws, ms, end))
	}
	// "the Philippine general laid a wreath": the person of that country
	if h.r.typ != "deployment" && h.r.typ != "exhibition" && !personBefore(ms, start) {
		if p := doc.demonymSubject(s, h.a); p != "" {
			a.persons.putFirst(p)
		} else if p := doc.titleSubject(s, h.a); p != "" {
			a.persons.putFirst(p) // "the Defence Secretary called on X"
		}
	}
	if h.r.who != "" && a.persons.len() == 0 {
		for _, m := range ms {
			if m.e.Type == attache.Person {
				a.persons.add(m.e.Name)
			}
		}
	}
	// "he extended an invitation to Giang": the pronoun is the person last named
	if h.r.typ != "ceremony" && h.r.typ != "exhibition" && h.r.typ != "deployment" && doc.refersBack(ws, h.a) && !personBefore(ms, start) {
		if p := doc.referredPerson(s, h.a); p != "" {
			a.persons.putFirst(p)
		}
	}
	if a.persons.len() == 0 && h.r.typ != "deployment" && h.r.typ != "exhibition" && !(h.r.typ == "ceremony" && h.r.pattern[0].ordinal) && (doc.groupRef(ws) || talkType(h.r.typ) && doc.pluralSubject(ws, h.a)) {
		for _, p := range doc.groupPersons(s, ws, h.a) { // "the two defense chiefs said"
			a.persons.add(p)
		}
	}
	doc.referredGuests(a, s, h)
	if h.r.typ == "ceremony" && a.persons.len() == 0 && pronounSubject(ws, h.a) {
		// "Earlier on Tuesday, he laid a wreath at the monument": the
		// subject of the story told just before
		a.persons.add(doc.subjectBefore(s))
	}
}

// pronounSubject reports whether the clause of word i opens, past any
// opening phrase, with "he" or "she": "Earlier on Tuesday, he laid a
// wreath", "The previous day, she visited".
func pronounSubject(ws []word, i int) bool {
	k := clauseStart(ws, i)
	return k < i && (ws[k].low == "he" || ws[k].low == "she")
}

// subjectBefore returns the first person named in the sentence before s:
// the subject a pronoun takes up. A sentence between that names no one
// ("the CNS will visit ...") leaves the pronoun unresolved: the person
// named further back is as often the host.
func (doc *doc) subjectBefore(s int) string {
	if s == 0 {
		return ""
	}
	for _, m := range doc.ments[s-1] {
		if m.e.Type == attache.Person {
			return m.e.Name
		}
	}
	return ""
}

// referredGuests adds the persons a sentence that names some of its
// actors refers to without naming: "talks between the two ministers"
// beside the host, and the visitor of "a welcome ceremony for his guest"
// or "a guard of honour for the visiting general".
func (doc *doc) referredGuests(a *actorSets, s int, h hit) {
	ws := doc.words[s]
	if (h.r.typ == "meeting" || h.r.typ == "statement") && a.persons.len() == 1 {
		if g, _ := doc.groupAt(ws); g > 2 && g > h.a && (ws[g-2].low == "between" || ws[g-3].low == "between") {
			for _, p := range doc.groupPersons(s, ws, h.a) {
				a.persons.add(p)
			}
		}
	}
	switch h.r.typ {
	case "meeting", "ceremony", "visit":
		g := doc.guestAt(ws)
		if g < 0 || doc.demonymAt(s, g+1) {
			// "the visiting Sri Lankan naval chief laid a wreath": the
			// demonym names the visitor (demonymSubject)
			return
		}
		a.persons.add(doc.visitorBeside(a))
	}
}

// typeParticipants chooses, by the event's type, which of the sentence's
// actors take part.
func (doc *doc) typeParticipants(out *names, a *actorSets, s int, h hit) {
	ws := doc.words[s]
	start, end := ws[h.a].start, ws[h.b-1].end
	pair := doc.pairIn(s) && (h.r.pair || h.r.typ == "dialogue" || h.r.typ == "agreement")
	switch h.r.typ {
	case "meeting", "visit", "invitation", "statement":
		doc.talkParties(out, a, s, h, pair)
	case "dialogue":
		// a standing mechanism binds two states: its co-chairs and both
		// of them ("A and B co-chaired the 9th meeting of the Joint
		// Commission"), and the mechanism itself when named as a body
		if h.r.who != "" || !doc.toBeHeld(ws, h.a) {
			out.addAll(a.persons.list) // not "agreed to hold the next meeting"
		}
		out.addAll(doc.mechanisms(s, h))
		switch {
		case (pair || h.r.pair) && len(doc.pair) == 2:
			out.addAll(doc.pair)
		case out.len() == 0:
			out.addAll(a.countries.list)
		}
	case "agreement":
		doc.signatories(out, a, s, start, end)
		// "the two ministers signed": the parties of the talks sign for
		// their two states
		group := doc.groupSigners(ws, h.a)
		if group {
			out.addAll(a.persons.list) // "the two ministers": the persons of the talks
		}
		if (pair || group) && len(doc.pair) == 2 {
			out.addAll(doc.pair)
		} else {
			out.addAll(a.countries.list)
			if !witnessed(ws, h.a) {
				out.addAll(a.persons.list) // not "they witnessed the signing of"
			}
		}
		doc.partyStates(out)
	case "deployment":
		out.add(doc.sender(s, start))
		out.addAll(a.orgs.list)
	case "exercise":
		out.addAll(a.countries.list)
		out.addAll(a.orgs.list)
		if len(doc.pair) == 2 && doc.pairIn(s) {
			out.addAll(doc.pair) // "the two sides agreed to hold a joint exercise"
		}
	case "ceremony":
		if h.r.pattern[0].ordinal {
			// an anniversary: the state or body whose anniversary it is
			// (added later); the bodies that merely report it are not
			out.addAll(a.countries.list)
			break
		}
		// who presides or attends; the states only when no one is named
		out.addAll(a.persons.list)
		out.addAll(a.orgs.list)
		if out.len() == 0 && !a.sitesOnly {
			out.addAll(a.countries.list)
		}
	case "exhibition":
		doc.exhibitors(out, a, s, start, end)
	case "decision":
		if h.r.who == "before" && a.persons.len() > 0 {
			out.addAll(a.persons.list) // "Castillo, who took office in January": the holder alone
			break
		}
		doc.deciders(out, a, s, start)
	default:
		doc.conferenceParties(out, a, s, h)
	}
}

// partyStates adds the state of each body that is a party to an
// agreement: "an MoU between the Vietnamese Ministry of National Defence
// and the Brazilian Ministry of Defence" binds Vietnam and Brazil
// (testdata/reports/README.md), whoever signed for them.
// Bodies of one state only (a shipyard handing a ship to its navy) bind
// no pair: their agreement is no tie between states.
func (doc *doc) partyStates(out *names) {
	orgs := doc.orgsByName()
	var states []string
	for _, p := range out.list {
		if e := orgs[p]; e != nil && e.Country != "" && !doc.info[e].intl {
			states = appendUniq(states, e.Country)
		}
	}
	if len(states) >= 2 {
		out.addAll(states)
	}
}

// conferenceParties adds the parties of a conference: the forum itself,
// its host, the bodies named before the trigger and the persons of the
// sentence.
func (doc *doc) conferenceParties(out *names, a *actorSets, s int, h hit) {
	ws := doc.words[s]
	doc.groupingNamed(out, s, h)
	if sidelines(ws, h.a) {
		// "on the sidelines of the ADMM-Plus, X met Y": X and Y are
		// the side meeting's; the forum is the conference's own
		end := ws[h.b-1].end
		for _, m := range doc.ments[s] {
			if m.e.Type == attache.Organization && m.end > ws[max(h.a-2, 0)].start && m.start < end {
				out.add(m.e.Name)
			}
		}
		return
	}
	doc.forumSelf(out, s, h)
	doc.hostedBy(out, s, h)
	out.addAll(a.orgsBefore.list)
	if !doc.toBeHeld(ws, h.a) {
		// "agreed to meet again at the Shangri-La Dialogue": who
		// will be there is not told
		out.addAll(a.persons.list)
	}
}

// talkParties adds the parties of talks, a visit, an invitation or a
// statement: the persons of the rule (or the bodies before the trigger
// when none is named), the visitors a visit noun names, the speaker of a
// statement's own clause, the invitee, and the two states of "the two
// sides" when pair holds.
func (doc *doc) talkParties(out *names, a *actorSets, s int, h hit, pair bool) {
	lead := a.persons.list
	if h.r.typ == "statement" {
		own := doc.clauseSpeakers(s, h)
		if len(own) > 0 {
			lead = own // "X said A, while Y said B": A is X's alone
		}
		if doc.bothSay(out, own, s, h) {
			return
		}
	}
	if h.r.typ == "visit" {
		if own := doc.namedVisitors(s, h); len(own) > 0 {
			lead = own // "the visit to India by X", "X's state visit"
		}
		if len(lead) > 0 {
			out.add(doc.delegationBody(s)) // "a delegation of the PLA": the visitors' body
		}
	}
	if len(lead) == 0 {
		lead = a.orgsBefore.list
	}
	if pair && (len(lead) == 0 || h.r.pair) {
		out.addAll(doc.pair)
	}
	out.addAll(lead)
	if h.r.typ == "meeting" {
		out.addAll(doc.unnamedIn(s)) // "met his Thai counterpart": Thailand
	}
	if h.r.typ == "invitation" {
		out.add(doc.invitee(s, h, lead)) // "invited the Kenyan defence chief", "invited France"
		out.add(doc.inviter(s, h))       // "at the invitation of the Vietnamese General Staff"
	}
}

// inviter returns the person or body named right after an invitation
// trigger that ends in "of" ("at the invitation of the Russian Defense
// Ministry", "on the invitation of General X"): who invited, a party of
// the invitation even when the story also cites that body as its source.
// It returns "" for any other trigger.
func (doc *doc) inviter(s int, h hit) string {
	ws := doc.words[s]
	k := h.b
	if k < 1 || k > len(ws) || ws[k-1].low != "of" {
		return ""
	}
	if k < len(ws) && ws[k].low == "the" {
		k++
	}
	if k >= len(ws) {
		return ""
	}
	// a person the phrase leads to is the inviter ("of Indonesian Army
	// Chief of Staff General X"); else the longest body starting there
	// ("of the Chinese People's Liberation Army Air Force")
	body, bodyEnd := "", 0
	for _, m := range doc.ments[s] {
		switch {
		case m.e.Type == attache.Person && m.start >= ws[k].start && wordAt(ws, m.start)-k <= inviterReach && sameClause(ws, ws[k].start, m.start):
			return m.e.Name
		case m.e.Type == attache.Organization && m.start == ws[k].start && m.end > bodyEnd:
			body, bodyEnd = m.e.Name, m.end
		}
	}
	for _, m := range doc.ments[s] {
		if body != "" && m.e.Type == attache.Organization && m.start > bodyEnd && m.start <= bodyEnd+1 {
			return "" // the name runs on into another ("... Army Air Force"): a part of it
		}
	}
	return body
}

// inviterReach is how many words after "the invitation of" the inviting
// person's name may stand, past the posts before it.
const inviterReach = 10

// sender returns the country sending a deployment whose trigger starts at
// byte start of sentence s: the one named before the verb, else the state
// of a unit the sentence names, else the state of the first person the
// article names who serves no state hosting a UN mission (who sends the
// troops off), else the article's own. The country named most may be the
// mission's ("South Sudan" in a story of troops leaving for it).
func (doc *doc) sender(s, start int) string {
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Country && m.end <= start && m.e.Country != "" {
			return m.e.Country
		}
	}
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Organization && m.e.Country != "" && doc.isUnit(m.e.Name) && !doc.info[m.e].isMission {
			return m.e.Country
		}
	}
	if !doc.senderKnown {
		// one answer for the story, found once: every deployment of a
		// long story would read all of its persons again
		doc.senderKnown, doc.senderState = true, doc.home
		for i := range doc.x.Entities {
			// a mission's host state (its officials) sends no peacekeepers
			if e := &doc.x.Entities[i]; e.Type == attache.Person && e.Country != "" && len(doc.d.byHost[e.Country]) == 0 {
				doc.senderState = e.Country
				break
			}
		}
	}
	return doc.senderState
}

// exhibitors adds the actors of an exhibition seen in sentence s: the
// expo itself when named as an organisation, the bodies or states the
// sentence makes exhibitors ("Pakistan Navy ships take part in the LIMA
// exhibition", "the participation of Myanmar delegations in Army-2025"),
// who tours it ("showed him the exhibition") and who opens it ("X opened
// the expo"). The state that holds it and its organisers are added once
// per event (showParties). Who is invited to an expo or meets someone on
// its sidelines does not make it: those are the actors of the invitation
// or the talks.
func (doc *doc) exhibitors(out *names, a *actorSets, s, start, end int) {
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Organization && m.start <= start && end <= m.end {
			out.add(m.e.Name)
		}
	}
	if at := doc.joinWord(s, start); at >= 0 {
		subjects := doc.joiningBodies(s, at)
		out.addAll(subjects)
		if len(subjects) == 0 {
			out.addAll(a.countriesBefore.list)
		}
	}
	if doc.toured(s, start) {
		out.addAll(a.persons.list)
	}
	out.addAll(doc.openers(s, start))
}

// openers returns the persons who open the expo whose trigger starts at
// byte start of sentence s, as the subject of an opening verb in its
// clause: "President X on Monday opened the 18th International Defence
// Exhibition". Who "attended the opening, which was officiated by Y" is
// no subject: the opening is told as a ceremony of its own.
func (doc *doc) openers(s, start int) []string {
	ws := doc.words[s]
	verb := -1
	for i, w := range ws {
		if w.start >= start {
			break
		}
		if doc.d.places.open.has(w.low) {
			verb = i
		}
	}
	if verb < 0 || !sameClause(ws, ws[verb].end, start) {
		return nil
	}
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Person && m.end <= ws[verb].start && sameClause(ws, m.end, ws[verb].start) {
			out = append(out, m.e.Name)
		}
	}
	return out
}

// joinWord returns the index of the word of taking part in an expo
// ("take part", "participation", "exhibited", "sending") before byte
// start of sentence s, or -1 when there is none or an invitation word
// comes first: "invited France to take part in the expo" makes France an
// invitee, not an exhibitor.
func (doc *doc) joinWord(s, start int) int {
	for i, w := range doc.words[s] {
		if w.start >= start {
			break
		}
		if doc.d.places.invite.has(w.low) {
			return -1
		}
		if doc.d.places.join.has(w.low) {
			return i
		}
	}
	return -1
}

// joiningBodies returns the organisations that are the subject of the
// word of taking part at word at of sentence s: named at most three words
// before it in the same clause ("Pakistan Navy ships regularly take
// part"), not the object of another verb ("thanked the ministry for
// sending a delegation" is the ministry's state's).
func (doc *doc) joiningBodies(s, at int) []string {
	ws := doc.words[s]
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type != attache.Organization || doc.info[m.e].intl || m.end > ws[at].start {
			continue
		}
		k := wordAt(ws, m.end)
		if k >= 0 && at-k <= 3 && sameClause(ws, m.end, ws[at].start) && !hasWordBetween(ws, k, at, "for") {
			out = append(out, m.e.Name)
		}
	}
	return out
}

// hasWordBetween reports whether word w stands among ws[a:b].
func hasWordBetween(ws []word, a, b int, w string) bool {
	for i := max(a, 0); i < b && i < len(ws); i++ {
		if ws[i].low == w {
			return true
		}
	}
	return false
}

// toured reports whether a word of touring stands before byte start of
// sentence s: "Kim showed Shoigu the arms exhibition".
func (doc *doc) toured(s, start int) bool {
	for _, w := range doc.words[s] {
		if w.start >= start {
			break
		}
		if doc.d.places.tour.has(w.low) {
			return true
		}
	}
	return false
}

// deciders adds the deciding parties of a decision: in the passive ("the
// expansion of the mission by the UN Security Council") the agent after
// "by"; otherwise those named before the verb.
func (doc *doc) deciders(out *names, a *actorSets, s, start int) {
	ws := doc.words[s]
	if doc.officeDecision(out, s, start) {
		return
	}
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Organization && m.start >= start && byRightBefore(ws, m.start) {
			out.add(m.e.Name)
		}
	}
	if out.len() > 0 {
		return
	}
	out.addAll(a.orgsBefore.list)
	out.addAll(a.countriesBefore.list)
	out.addAll(a.persons.list)
}

// officeDecision adds the parties of a decision named by the unnamed
// office that took it ("the State President's decision on sending Unit
// 5", "the King's decree appointing Colonel X"): the article's own state,
// whose office it is, and the unit sent or the person appointed, named
// after it in its clause. The body that reads the decision out at a
// ceremony did not take it. It reports whether the trigger at byte start
// is such a decision.
func (doc *doc) officeDecision(out *names, s, start int) bool {
	ws := doc.words[s]
	k := wordAt(ws, start)
	if k+1 >= len(ws) || ws[k+1].low != "'s" && ws[k+1].low != "’s" && !strings.HasSuffix(ws[k].low, "'s") {
		return false
	}
	out.add(doc.home)
	for _, m := range doc.ments[s] {
		if m.start > start && (m.e.Type == attache.Person || m.e.Type == attache.Organization) && sameClause(ws, start, m.start) && !doc.info[m.e].isMission {
			out.add(m.e.Name)
		}
	}
	return true
}

// signatories adds the signatories of an agreement named as subject
// ("Giang and Singh signed", "the ministry and shipbuilder STM signed"),
// or after "by" or "between" ("signed by the ministry and the department",
// "signed in London by Minister A and Secretary B"), but not those who
// only witness it ("witnessed by C").
func (doc *doc) signatories(out *names, a *actorSets, s, start, end int) {
	ws := doc.words[s]
	for _, m := range doc.ments[s] {
		switch m.e.Type {
		case attache.Person:
			if m.end <= start && sameClause(ws, m.end, start) || m.start >= end && doc.signedBy(ws, m.start) {
				out.add(m.e.Name)
			}
		case attache.Organization:
			subject := m.end <= start && a.orgsBefore.has(m.e.Name) && doc.subjectOf(ws, doc.ments[s], m.end, start)
			if subject || m.start >= end && doc.signedBy(ws, m.start) {
				out.add(m.e.Name)
			}
		}
	}
}

// signedBy reports whether the mention at pos is introduced by "by" or
// "between" within the clause, and that "by" is not one of witnessing
// ("witnessed by", "in the presence of").
func (doc *doc) signedBy(ws []word, pos int) bool {
	i := wordAt(ws, pos)
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		switch ws[k].low {
		case "by":
			return k == 0 || !doc.d.places.witness.has(ws[k-1].low) && !doc.d.places.attend.has(ws[k-1].low) && !doc.otherByOwner(ws, k)
		case "between":
			return !betweenOfOtherPhrase(ws, k)
		case ",", ";":
			return false
		}
	}
	return false
}

// betweenOfOtherPhrase reports whether the "between" at word k belongs to
// a phrase told after the agreement rather than to the agreement itself:
// a clause, an infinitive or a finite verb comes between them ("an MoU
// that will guide joint activities between the two armies", "agreed to
// hold exercises between the navies", "the agreement, signed in 2022, has
// made training between the forces smoother"). Those are the bodies of
// the activity, not the parties. "The signing of an MoU on education
// between A and B", "two MoUs, one on X and one on cooperation between A
// and B" and "a contract between A and B" keep theirs.
func betweenOfOtherPhrase(ws []word, k int) bool {
	for j := k - 1; j >= 0; j-- {
		l := ws[j].low
		if signWord(l) {
			return false
		}
		switch l {
		case "to", "that", "which", "who", "whose", "has", "have", "had", "will", "would", "is", "are", "can":
			return true
		}
	}
	return false
}

// otherByOwner reports whether the "by" at word k belongs to another
// phrase told after the verb of signing: "signed in 2021 during a visit
// to Hanoi by Minister X", "the MoU signed in 2019 and the visit to
// Bangkok by General Y": X and Y visited, they did not sign.
func (doc *doc) otherByOwner(ws []word, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if signWord(ws[j].low) {
			return false
		}
		if doc.d.places.byOwner.has(ws[j].low) {
			return true
		}
	}
	return false
}

// subjectReach is how many words may stand between a subject's name and
// the verb of signing: "the ministry and Turkish shipbuilder STM today
// signed".
const subjectReach = 4

// subjectOf reports whether the name ending at byte from is the subject of
// the verb at byte to: only a few words stand between them, none a comma,
// a verb of saying ("the ministry said the two sides signed") or a word
// of the subjectgap list ("France's Naval Group under a contract signed in
// 2024"). Words of other names between them are part of the subject ("the
// ministry and Turkish shipbuilder STM signed").
func (doc *doc) subjectOf(ws []word, ms []ment, from, to int) bool {
	n, p := 0, 0 // p: the first mention that may still cover a word
	for k := wordAt(ws, from); k < len(ws) && ws[k].start < to; k++ {
		for p < len(ms) && ms[p].end <= ws[k].start {
			p++
		}
		if ws[k].start < from || p < len(ms) && ms[p].start <= ws[k].start {
			continue // a word of another name: part of the subject
		}
		if l := ws[k].low; l == "," || l == ";" || doc.d.places.source.has(l) || doc.d.places.subjectGap.has(l) {
			return false
		}
		if n++; n > subjectReach {
			return false
		}
	}
	return true
}

// inMention reports whether byte pos lies inside one of the mentions ms.
func inMention(ms []ment, pos int) bool {
	for _, m := range ms {
		if m.start <= pos && pos < m.end {
			return true
		}
	}
	return false
}

// guestAfter returns the first person named after byte end whose name is
// introduced by "for" or "with" in the same clause: the guest of a
// reception or the other party of talks.
func (doc *doc) guestAfter(ws []word, ms []ment, end int) string {
	for _, m := range ms {
		if m.e.Type != attache.Person || m.start < end {
			continue
		}
		if !sameClause(ws, end, m.start) {
			return ""
		}
		for k := wordAt(ws, end); k < len(ws) && ws[k].end <= m.start; k++ {
			if l := ws[k].low; l == "for" || l == "with" {
				return m.e.Name
			}
		}
		return ""
	}
	return ""
}

// bothSay adds the parties of a position the two states take ("Both
// sides agreed that ...", "The parties agreed ...", "The two countries
// reaffirmed ..."): the article's two states and the speaker the sentence
// names ("'Both sides agreed ...,' he said"). Persons as subject ("the
// two ministers agreed") keep the persons alone.
func (doc *doc) bothSay(out *names, named []string, s int, h hit) bool {
	if !doc.statesSubject(s, h) {
		return false
	}
	out.addAll(named)
	out.addAll(doc.pair)
	return true
}

// sidesSubject reports whether the clause of word i has for subject the
// two states: "both sides", "the two countries", "the parties".
func (doc *doc) sidesSubject(ws []word, i int) bool {
	k := i - 1
	for k > 0 && i-k < 8 {
		k--
		if ws[k].low != "both" && ws[k].low != "the" {
			continue
		}
		j := k + 1
		if j < i && (ws[j].low == "two" || ws[j].low == "both") {
			j++
		}
		if j < i && doc.d.places.sides.has(ws[j].low) && (k == 0 || !doc.d.places.sides.has(ws[k-1].low)) {
			return j+1 == i || j+2 == i && ws[j+1].low == "also"
		}
	}
	return false
}

// statesSubject reports whether the subject of the statement at h in
// sentence s is the article's two states: "the parties", "the two
// countries", or "they" opening a sentence after one whose subject they
// were ("The parties discussed ... They agreed that ..."). "Both sides"
// and "the two ministers" are the persons of the talks (groupParties).
func (doc *doc) statesSubject(s int, h hit) bool {
	if len(doc.pair) != 2 {
		return false
	}
	ws := doc.words[s]
	if doc.sidesSubject(ws, h.a) {
		return true
	}
	return s > 0 && len(ws) > 0 && ws[0].low == "they" && doc.statesOpen(doc.words[s-1])
}

// statesOpen reports whether ws opens with the two states as subject:
// "The parties", "The two countries", "Both nations".
func (doc *doc) statesOpen(ws []word) bool {
	if len(ws) < 2 || ws[0].low != "the" && ws[0].low != "both" {
		return false
	}
	j := 1
	if ws[j].low == "two" || ws[j].low == "both" {
		j++
	}
	return j < len(ws) && doc.d.places.sides.has(ws[j].low)
}

// sidesAlone gives statement c, said by "both sides" or "the two sides"
// when no talks were told before it and no person is named as its
// speaker, the article's two states: with no persons of talks to stand
// for, the sides are the states ("'Both sides agreed that the exercise is
// aimed at no one,' she said").
func (doc *doc) sidesAlone(c *cand) {
	ws := doc.words[c.sent]
	if c.ev.Type != "statement" || len(doc.pair) != 2 || !hasPhrase(ws, "both", "sides") && !hasPhrase(ws, "two", "sides") {
		return
	}
	for _, p := range c.ev.Participants {
		if doc.isPerson(p) {
			return // "X said that both sides were committed to ...": X's own
		}
	}
	for _, p := range doc.pair {
		c.ev.Participants = appendUniq(c.ev.Participants, p)
	}
}

// pairIn reports whether sentence s speaks of "the two countries", "both
// sides" and the like, looking once per sentence.
func (doc *doc) pairIn(s int) bool {
	if doc.pairs[s] == 0 {
		doc.pairs[s] = -1
		if doc.mentionsPair(doc.words[s]) {
			doc.pairs[s] = 1
		}
	}
	return doc.pairs[s] > 0
}

// mentionsPair reports whether the words speak of "the two countries",
// "both sides" and the like.
func (doc *doc) mentionsPair(ws []word) bool {
	// one pass, looking further only after a word that opens a pair
	// phrase: a long sentence was read once per phrase
	for i, w := range ws {
		if w.low == "bilateral" {
			return true
		}
		if i+1 < len(ws) && slices.Contains(pairFirstWords, w.low) {
			for _, p := range pairWords {
				if w.low == p[0] && ws[i+1].low == p[1] {
					return true
				}
			}
		}
	}
	return false
}

// pairFirstWords are the first words of pairWords, each once.
var pairFirstWords = func() []string {
	var out []string
	for _, p := range pairWords {
		if !slices.Contains(out, p[0]) {
			out = append(out, p[0])
		}
	}
	return out
}()

// refersBack reports whether the subject before word i is "he", "she" or
// "the secretary" and the like: the person last named.
func (doc *doc) refersBack(ws []word, i int) bool {
	for k := 0; k < i; k++ {
		if l := ws[k].low; l == "he" || l == "she" {
			return true
		}
		if ws[k].low == "the" && k+1 < i && (k == 0 || ws[k-1].low == ",") && doc.d.rules.referent.matches(ws[k+1]) {
			return true
		}
	}
	return false
}

// referredPerson returns the person a subject that refers back ("he",
// "the minister", "the Bahraini general") before word i of sentence s
// stands for, or "": the person of the state and post it names, else
// the last one holding its post, else the subject that opened the
// sentence before, else the person named last.
func (doc *doc) referredPerson(s, i int) string {
	ws, ms := doc.words[s], doc.ments[s]
	if p := doc.demonymReferent(s, i); p != "" {
		return p
	}
	if p := doc.lastTitled(s, doc.referentPhrase(ws, i)); p != "" {
		return p
	}
	// "Al Mazrouei met General X ... He also received Y": a sentence
	// opened by the pronoun goes on with the subject that opened the one
	// before, not with its object X
	if p := doc.openingSubject(s, ws, ms, i); p != "" {
		return p
	}
	return doc.lastPerson(s)
}

// referentTitleWords is how many words of a post may stand between "the"
// and its referent noun ("the Defence Minister", "the army chief").
const referentTitleWords = 2

// referentPhrase returns the post a clause's subject names before word i
// ("Earlier in the day, the minister received ...", "The Defence Minister
// is expected in Hanoi"): the words from after "the" to a referent noun,
// lower case, or "" when the subject is no such post.
func (doc *doc) referentPhrase(ws []word, i int) string {
	for k := 0; k < i; k++ {
		if ws[k].low != "the" || k > 0 && ws[k-1].low != "," {
			continue
		}
		for j := k + 1; j < i && j <= k+1+referentTitleWords; j++ {
			if doc.d.rules.referent.matches(ws[j]) {
				words := make([]string, 0, j-k)
				for _, w := range ws[k+1 : j+1] {
					words = append(words, w.low)
				}
				return strings.Join(words, " ")
			}
		}
	}
	return ""
}

// demonymReferent returns the person a clause's subject names by state
// and post before word i of sentence s ("The Bahraini general, who is in
// Pakistan on a visit, later called on ..."): the person of that state
// whose title or rank holds the post, else the first of that state; ""
// when the subject is no such phrase or the article names no such person.
func (doc *doc) demonymReferent(s, i int) string {
	ws := doc.words[s]
	for k := 0; k+2 < i && k < openingReach; k++ {
		if ws[k].low != "the" || k > 0 && ws[k-1].low != "," || !doc.d.rules.referent.matches(ws[k+2]) {
			continue
		}
		for _, m := range doc.ments[s] {
			if m.start == ws[k+1].start && m.e.Type == attache.Country && m.e.Country != "" {
				if p := doc.titledPerson(m.e.Country, ws[k+2].low, nil); !isCode(p) {
					return p
				}
			}
		}
	}
	return ""
}

// lastTitled returns the person named last in the three sentences before
// sentence s whose post or rank holds
// post ("the minister" is the Minister of Defence named two sentences
// before, not the Beninese defence chief named since), or "".
func (doc *doc) lastTitled(s int, post string) string {
	if post == "" {
		return ""
	}
	for k := s - 1; k >= 0 && s-k <= 3; k-- {
		ms := doc.ments[k]
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].e.Type == attache.Person && titledAs(ms[i].e, post) {
				return ms[i].e.Name
			}
		}
	}
	return ""
}

// titledAs reports whether person e has a title or rank holding post
// (lower case).
func titledAs(e *attache.Entity, post string) bool {
	return strings.Contains(strings.ToLower(strings.Join(e.Titles, " ")+" "+e.Rank), post)
}

func personBefore(ms []ment, pos int) bool {
	for _, m := range ms {
		if m.e.Type == attache.Person && m.start < pos {
			return true
		}
	}
	return false
}

// openingSubject returns the person who opens the sentence before s (after
// capitalised titles only) when
// sentence s (its words ws, its mentions ms) opens with "He" or "She", or
// the clause of word i does past an opening phrase, and does not name
// that person itself, else "".
func (doc *doc) openingSubject(s int, ws []word, ms []ment, i int) string {
	// the pronoun opens the sentence or its first clause after an opening
	// phrase: "He also received", "On Monday, he held talks with X"
	if s == 0 || len(ws) == 0 || (ws[0].low != "he" && ws[0].low != "she") && !(pronounSubject(ws, i) && firstClause(ws, i)) {
		return ""
	}
	prev, pw := doc.ments[s-1], doc.words[s-1]
	if len(prev) == 0 || prev[0].e.Type != attache.Person {
		return ""
	}
	for _, w := range pw {
		if w.start >= prev[0].start {
			break
		}
		if !w.upper {
			return "" // the person is not the one who opens it
		}
	}
	for _, m := range ms {
		if m.e == prev[0].e {
			return ""
		}
	}
	return prev[0].e.Name
}

// firstClause reports whether the clause of word i is the sentence's
// first one but for a short opening phrase ("On Monday,", "Later in the
// day,"): no verb clause of another subject comes before it.
func firstClause(ws []word, i int) bool {
	k := clauseStart(ws, i)
	return k <= openingPhraseWords+1
}

// openingPhraseWords is how many words an opening phrase before a
// sentence's subject may have ("Earlier in the day,").
const openingPhraseWords = 5

// lastPerson returns the person named last before sentence s.
func (doc *doc) lastPerson(s int) string {
	for k := s - 1; k >= 0 && s-k <= 3; k-- {
		ms := doc.ments[k]
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].e.Type == attache.Person {
				return ms[i].e.Name
			}
		}
	}
	return ""
}

// actors returns the persons and organisations named in sentence s.
func (doc *doc) actors(s int) []string {
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Person || m.e.Type == attache.Organization && !doc.info[m.e].intl {
			out = appendUniq(out, m.e.Name)
		}
	}
	return out
}

// groupRef reports whether the words speak of "the two ministers", "both
// leaders", "the four defense chiefs": the persons the lead named.
func (doc *doc) groupRef(ws []word) bool {
	for i := 0; i+1 < len(ws); i++ {
		switch ws[i].low {
		case "two", "both", "three", "four", "five":
		default:
			continue
		}
		// allow one modifier: "the two defense chiefs"
		for k := i + 1; k < len(ws) && k <= i+2; k++ {
			if doc.d.rules.group.matches(ws[k]) {
				return true
			}
		}
	}
	return false
}

// pluralSubject reports whether the subject of the clause of word i is
// "they", "both", "the two" or "the ministers" and the like: the persons of the lead
// ("the ministers expressed strong opposition to ..."). A trigger in an
// opening phrase ("In a joint statement, the ministers ...") takes the
// subject of the clause after it.
func (doc *doc) pluralSubject(ws []word, i int) bool {
	k := clauseStart(ws, i)
	switch ws[k].low {
	case "in", "at", "during", "on", "after", "following":
		for k = i; k < len(ws) && ws[k].low != ","; k++ {
		}
		k++ // the main clause after the opening phrase
	}
	if k >= len(ws) || k > i && ws[k].low != "the" && ws[k].low != "they" && ws[k].low != "both" {
		return false
	}
	switch ws[k].low {
	case "they", "both":
		return true
	case "the":
		// "the two had last met" (a trigger that opens with "two"): the
		// pair, with no noun after "two"
		return doc.groupAfterThe(ws, k) || k+1 == i && ws[i].low == "two"
	}
	return false
}

// leadPersons returns the persons named in the lead, in order.
func (doc *doc) leadPersons() []string {
	var out []string
	for s := 0; s < 2 && s < len(doc.ments); s++ {
		if doc.lead[s] {
			for _, m := range doc.ments[s] {
				if m.e.Type == attache.Person {
					out = appendUniq(out, m.e.Name)
				}
			}
		}
	}
	return out
}

// sameClause reports whether no comma or semicolon lies between bytes a
// and b: the name before a verb is its subject.
func sameClause(ws []word, a, b int) bool {
	for k := wordAt(ws, a); k < len(ws) && ws[k].start < b; k++ {
		if l := ws[k].low; l == "," || l == ";" {
			return false
		}
	}
	return true
}

// byRightBefore reports whether the mention at pos is introduced by "by"
// or "by the": the agent of a passive phrase.
func byRightBefore(ws []word, pos int) bool {
	i := wordAt(ws, pos)
	if i > 0 && ws[i-1].low == "the" {
		i--
	}
	return i > 0 && ws[i-1].low == "by"
}

// sidelines reports whether word i follows "sidelines of" or "margins of"
// (with "the" and up to two more words between): the event named there is
// the occasion of another.
func sidelines(ws []word, i int) bool {
	for k := i - 1; k >= 1 && i-k <= 4; k-- {
		if ws[k].low == "of" && (ws[k-1].low == "sidelines" || ws[k-1].low == "margins" || ws[k-1].low == "sideline") {
			return true
		}
	}
	return false
}

// onSidelines reports whether the clause of trigger word i opens "on the
// sidelines" or "on the margins" (of whatever occasion, or of none named:
// "On the sidelines, X met Y"): the event happens at the occasion already
// told.
func onSidelines(ws []word, i int) bool {
	for k := 0; k+1 < i; k++ {
		switch ws[k+1].low {
		case "sidelines", "sideline", "margins", "margin":
			if ws[k].low == "the" {
				return true
			}
		}
	}
	return false
}

// agentReach is how many words of rank and title may stand between "by"
// and the name it introduces ("by the Chief of the Kenya Defence Forces
// General X").
const agentReach = 10

// namedVisitors returns the visitors a visit noun names itself: the
// person after "by" in its clause ("the visit to New Delhi by General X
// last year") or the owner before it ("President X's state visit"). The
// subject of the sentence who recalls the visit did not make it.
func (doc *doc) namedVisitors(s int, h hit) []string {
	ws := doc.words[s]
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type != attache.Person {
			continue
		}
		i := wordAt(ws, m.start)
		if i >= h.b && doc.agentOf(ws, h.b, i) {
			out = appendUniq(out, m.e.Name)
		}
		if i < h.a && h.a-wordAt(ws, m.end) <= 3 && ownerAfter(ws, m.end) {
			out = appendUniq(out, m.e.Name)
		}
	}
	return out
}

// agentOf reports whether word i, after word from, is introduced by "by"
// within the clause, with only title words between. A "by" of a relative
// clause opened after from names another act's agent: "a visit to the
// Eastern Naval Command, where he was received by Admiral X" was made by
// the subject, not by X.
func (doc *doc) agentOf(ws []word, from, i int) bool {
	for k := i - 1; k >= from && i-k <= agentReach; k-- {
		switch ws[k].low {
		case "by":
			for j := from; j < k; j++ {
				if relativeWord[ws[j].low] {
					return false
				}
			}
			return true
		case ",", ";", "and", "with", "who", "which":
			return false
		}
	}
	return false
}

// ownerAfter reports whether the mention ending at byte end is followed by
// a possessive "'s" ("Lula's state visit").
func ownerAfter(ws []word, end int) bool {
	j := wordAt(ws, end)
	return j < len(ws) && ws[j].start-end <= 1 && ownerMark(ws[j].low)
}

// mechanismReach is how many words after a dialogue's trigger may start
// the name of its mechanism ("co-chaired the 12th meeting of the Joint
// Committee").
const mechanismReach = 6

// mechanisms returns the bodies a dialogue's trigger names as the standing
// mechanism that meets: those inside the trigger's words ("the Joint
// Defence Cooperation Committee meeting") or right after it, introduced
// by "of" ("the 12th meeting of the Joint Defence Cooperation Committee")
// or as the numbered edition itself ("co-chaired the 16th Vietnam-India
// Defence Policy Dialogue").
func (doc *doc) mechanisms(s int, h hit) []string {
	ws := doc.words[s]
	start, end := ws[h.a].start, ws[h.b-1].end
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type != attache.Organization || doc.info[m.e].intl {
			continue
		}
		if m.start < end && m.end > start {
			out = appendUniq(out, m.e.Name)
			continue
		}
		i := wordAt(ws, m.start)
		if i < h.b || i-h.b > mechanismReach {
			continue
		}
		if numberedEdition(ws[h.b:i]) {
			out = appendUniq(out, m.e.Name)
			continue
		}
		for k := h.b; k < i; k++ {
			if l := ws[k].low; l == "," || l == ";" {
				break
			}
			if ws[k].low == "of" {
				out = appendUniq(out, m.e.Name)
				break
			}
		}
	}
	return out
}

// numberedEdition reports whether the words between a dialogue's verb and
// a body are "the" and an ordinal alone ("the 9th", "the fifth"): the body
// is then the mechanism whose edition is held, not a host or a guest.
func numberedEdition(ws []word) bool {
	if len(ws) == 1 {
		return ws[0].ordinal
	}
	return len(ws) == 2 && ws[0].low == "the" && ws[1].ordinal
}

// invitee returns the party a description names right after an
// invitation's verb: "invited the Kenyan defence chief" is the person of
// Kenya the article names (none of have); "invited France" and "invited
// the Australian side" are the state. It returns "" when a name follows.
func (doc *doc) invitee(s int, h hit, have []string) string {
	ws := doc.words[s]
	switch ws[h.a].low {
	case "invited", "invites", "inviting", "invite":
	default:
		return "" // "at the invitation of": the host, told elsewhere
	}
	k := h.a + 1
	if k+1 < len(ws) && (ws[k].low == "his" || ws[k].low == "her") && strings.HasPrefix(ws[k+1].low, "counterpart") {
		return doc.counterpart(have) // "Ruiz invited her counterpart to visit Chile"
	}
	if k < len(ws) && ws[k].low == "the" {
		k++
	}
	if k >= len(ws) {
		return ""
	}
	for _, m := range doc.ments[s] {
		if m.start != ws[k].start {
			continue
		}
		if m.e.Type != attache.Country || m.e.Country == "" {
			return ""
		}
		// up to three words of title after the demonym
		for j := wordAt(ws, m.end); j < len(ws) && j <= k+3; j++ {
			if doc.d.rules.referent.matches(ws[j]) {
				return doc.titledPerson(m.e.Country, ws[j].low, have)
			}
		}
		return m.e.Country
	}
	return ""
}

// titledPerson returns the person serving country code, none of skip,
// whose title or rank holds word ("the Kenyan defence chief" is the Chief
// of Defence Forces, not the minister named first), else the first such
// person, else the code.
func (doc *doc) titledPerson(code, word string, skip []string) string {
	first := doc.personOf(code, skip)
	for i := range doc.x.Entities {
		e := &doc.x.Entities[i]
		if e.Type != attache.Person || e.Country != code || contains(skip, e.Name) {
			continue
		}
		if strings.Contains(strings.ToLower(e.Rank), word) {
			return e.Name
		}
		for _, t := range e.Titles {
			if strings.Contains(strings.ToLower(t), word) {
				return e.Name
			}
		}
	}
	return first
}

// clauseSpeakers returns the persons named before a statement's trigger
// in its own clause, when a "while", "whereas" or semicolon sets it off
// from another speaker's clause: "Nattaphon said the prisoners would be
// returned, while Seiha said disputes must be resolved peacefully" gives
// each position its own speaker. It returns nil when the sentence has one
// clause.
func (doc *doc) clauseSpeakers(s int, h hit) []string {
	ws := doc.words[s]
	from, split := 0, false
	for k := h.a - 1; k >= 0; k-- {
		if l := ws[k].low; l == "while" || l == "whereas" || l == ";" {
			from, split = k+1, true
			break
		}
	}
	if !split {
		// a clause after the trigger may hold the other speaker
		for k := h.b; k < len(ws); k++ {
			if l := ws[k].low; l == "while" || l == "whereas" || l == ";" {
				split = true
				break
			}
		}
	}
	if !split {
		return nil
	}
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Person && m.start >= ws[from].start && m.start < ws[h.a].start {
			out = appendUniq(out, m.e.Name)
		}
	}
	return out
}

// leaderBefore returns the first person named after "led by" in the
// sentences before s: the head of the delegation "the delegation" means.
// The document's first such person is found once (doc.leader), so that
// asking for every sentence stays linear in the document.
func (doc *doc) leaderBefore(s int) string {
	if doc.leader == nil {
		doc.leader = &ledBy{sent: len(doc.words)}
		doc.leader.name, doc.leader.sent = doc.firstLedBy()
	}
	if doc.leader.sent < s {
		return doc.leader.name
	}
	return ""
}

// ledBy is the document's first person named after "led by", and the
// sentence that names them (len(doc.words) when there is none).
type ledBy struct {
	name string
	sent int
}

// firstLedBy finds the document's first person named after "led by".
func (doc *doc) firstLedBy() (string, int) {
	for k := range doc.words {
		ws := doc.words[k]
		for _, m := range doc.ments[k] {
			if m.e.Type != attache.Person {
				continue
			}
			i := wordAt(ws, m.start)
			for j := i - 1; j >= 1 && i-j <= agentReach; j-- {
				if ws[j].low == "by" && ws[j-1].low == "led" {
					return m.e.Name, k
				}
				if l := ws[j].low; l == ";" || l == "and" {
					break
				}
			}
		}
	}
	return "", len(doc.words)
}

// counterpart returns the person "his counterpart" means beside the
// persons have: the first person of the other state of the article's
// pair, or "".
func (doc *doc) counterpart(have []string) string {
	if len(doc.pair) != 2 || len(have) == 0 {
		return ""
	}
	own := ""
	if e := doc.personNamed(have[0]); e != nil {
		own = e.Country
	}
	other := doc.otherOfPair(own)
	if other == "" {
		return ""
	}
	if p := doc.personOf(other, have); p != other {
		return p
	}
	return ""
}

// delegationBody returns the body whose delegation sentence s speaks of:
// named there ("a delegation of the People's Liberation Army", "a PLA
// delegation"), or, for "the delegation", the first one the article names
// before s.
func (doc *doc) delegationBody(s int) string {
	if b := doc.bodyOfDelegation(s); b != "" {
		return b
	}
	if !hasWord(doc.words[s], "delegation") {
		return ""
	}
	if doc.body == nil {
		doc.body = &ledBy{sent: len(doc.words)}
		for k := range doc.words {
			if b := doc.bodyOfDelegation(k); b != "" {
				doc.body.name, doc.body.sent = b, k
				break
			}
		}
	}
	if doc.body.sent < s {
		return doc.body.name
	}
	return ""
}

// bodyOfDelegation returns the organisation sentence s names right after
// "delegation of (the)" or right before "delegation".
func (doc *doc) bodyOfDelegation(s int) string {
	ws := doc.words[s]
	for _, m := range doc.ments[s] {
		if m.e.Type != attache.Organization {
			continue
		}
		if nounOf(ws, wordAt(ws, m.start), "delegation") {
			return m.e.Name
		}
		if e := wordAt(ws, m.end-1) + 1; e < len(ws) && ws[e].low == "delegation" {
			return m.e.Name
		}
	}
	return ""
}

// toBeHeldReach is how many words before a mechanism's name may hold the
// verb that puts its edition to come ("agreed to hold the 17th India-
// Myanmar Regional Border Committee meeting").
const toBeHeldReach = 12

// toBeHeld reports whether the edition whose trigger starts at word i is
// still to come, in its clause: "to hold", "would host", "the next
// meeting of", "agreed to meet again at".
func (doc *doc) toBeHeld(ws []word, i int) bool {
	pw := doc.d.places
	for k := i - 1; k >= 0 && i-k <= toBeHeldReach; k-- {
		l := ws[k].low
		if l == "," || l == ";" {
			return false
		}
		if pw.nextOne.has(l) {
			return true
		}
		if !pw.holdVerb.has(l) {
			continue
		}
		j := k - 1
		if j > 0 && ws[j].low == "also" {
			j--
		}
		if j >= 0 && pw.toCome.has(ws[j].low) {
			return true
		}
	}
	return false
}

// sentenceHas reports whether sentence s holds a word of set (hasWord
// looks for one word).
func (doc *doc) sentenceHas(s int, set wordSet) bool {
	for _, w := range doc.words[s] {
		if set.has(w.low) {
			return true
		}
	}
	return false
}

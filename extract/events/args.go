package events

import (
	"strings"

	"attache"
	"attache/fold"
)

// newCand builds the candidate event of hit h in sentence s.
func (doc *doc) newCand(s int, h hit) *cand {
	ws := doc.words[s]
	span := doc.sents[s]
	c := &cand{r: h.r, sent: s, bg: h.r.bg, linked: h.r.speech || h.r.anaphor, anaphor: h.r.anaphor}
	c.ev = attache.Event{
		Type:     h.r.typ,
		Evidence: doc.text[span.Start:min(span.End, len(doc.text))],
		Start:    span.Start,
		End:      span.End,
	}
	start, end := ws[h.a].start, ws[h.b-1].end
	c.at = start
	if h.r.named {
		c.key = "named " + fold.Key(doc.text[start:end])
	}
	switch h.r.typ {
	case "dialogue", "agreement", "decision", "exhibition":
		c.ev.Name = doc.text[start:end]
	case "exercise":
		c.ev.Name = doc.exerciseName(ws, h)
		if c.ev.Name == "" {
			c.ev.Name = doc.namedExerciseIn(s, ws)
		}
	}
	if h.r.typ == "dialogue" && !h.r.anaphor {
		c.key = dialogueKey(ws, h)
		if h.a > 0 {
			switch ws[h.a-1].low {
			case "previous", "last", "earlier", "past":
				c.bg, c.key = true, "previous"
			case "the", "this":
				if c.key[0] != 'd' {
					c.key = "" // "during the 2+2": the one the article is about
					c.linked, c.anaphor = true, true
				}
			}
		}
		if coChairedTalks(ws, h) {
			c.retells = true // "co-chaired the talks": the talks told before, if any
		}
	}
	if doc.recalled(ws, h.a) && h.r.typ != "statement" && h.r.typ != "invitation" {
		// "recalled the visit to Delhi by the army chief in April": an
		// earlier event of its own, not the visit the article tells
		c.bg, c.anaphor, c.linked = true, false, false
	}
	if sinceBefore(ws, h.a) {
		c.bg = true // "the first talks since Dong took office": an earlier event
	}
	if h.r.typ == "exhibition" {
		c.ev.Name = doc.exhibitionName(ws, h)
		c.key = "exhibition"
	}
	c.past = pastPerfect(ws, h.a)
	if c.anaphor && h.b+1 < len(ws) {
		switch ws[h.b].low {
		case "between", "of", "with":
			c.ownActs = doc.personAt(s, ws[h.b+1].start, ws[min(h.b+3, len(ws)-1)].end)
		}
	}
	c.side = !c.bg && onSidelines(ws, h.a)
	if !c.bg && !c.anaphor && doc.sceneRef(s, h.a) {
		c.scene, c.linked = true, true
	}
	c.sameDay = sameDayPhrase(ws)
	c.dayShift = dayShiftAt(ws, h.a)
	if c.dayShift != 0 {
		c.sameDay = true
	}
	doc.setDate(c, s, h)
	c.group = h.r.typ == "statement" && (doc.groupRef(ws) || doc.pluralSubject(ws, h.a) || doc.pairIn(s)) && !doc.statesSubject(s, h) ||
		h.r.typ == "agreement" && doc.groupSigners(ws, h.a)
	c.ev.Participants = doc.participants(c, s, h)
	doc.frontedVisitor(c, s, h) // "During his visit to X, A met B": A alone visits
	c.ev.Place = doc.place(c, s, h)
	doc.pairActors(c, c.bg && theirEvent(ws, h))
	c.hit = h
	if h.r.typ == "deployment" {
		doc.peacekeeping(c, s)
	}
	return c
}

// completeArgs settles the arguments that need the whole article once its
// events are merged: the main scene's venue, where deployments go, the
// forces of an exercise and their states, the unit a ceremony honours.
func (doc *doc) completeArgs(mains, evs []*cand) {
	doc.sceneVenue(mains, evs)
	doc.deploymentPlaces(mains, evs)
	doc.deploymentUnits(mains, evs)
	doc.mechanismAnaphors(evs)
	doc.agreementPair(evs)
	doc.exerciseForces(mains)
	doc.portCallGuests(evs)
	doc.forceStates(evs)
	doc.ceremonyUnits(mains, evs)
	doc.laterAttendees(evs)
}

// recalledParties leaves to each agreement or mechanism's edition
// recalled in the background ("the defence MoU signed in 2011", "the
// committee, which last met in 2019") the states and bodies bound by it:
// the persons of its sentence speak of it today, they did not sign it or
// sit in it. One that names no state or body keeps its persons, and so
// does an edition whose sentence names its co-chairs; an agreement keeps
// the persons its sentence names as those who signed it ("signed in
// London in 2024 by Minister A and Secretary B").
func (doc *doc) recalledParties(evs []*cand) {
	for _, c := range evs {
		if c.ev.Salience != "background" || c.ev.Type != "agreement" && c.ev.Type != "dialogue" {
			continue
		}
		if c.ev.Type == "dialogue" && doc.sentenceHas(c.sent, doc.d.places.coChair) {
			continue
		}
		var signers names
		if c.ev.Type == "agreement" {
			signers = doc.namedSigners(c.sent, c.hit)
		}
		var rest []string
		for _, p := range c.ev.Participants {
			if !doc.isPerson(p) || signers.has(p) {
				rest = append(rest, p)
			}
		}
		if len(rest) > 0 {
			c.ev.Participants = rest
		}
	}
}

// forceWindow is how many opening sentences may name the forces of the
// article's exercise.
const forceWindow = 5

// otherObject reports whether the person named at pos, before the
// trigger at byte trig, is the object of another verb of the sentence:
// introduced by "with", "on" or "to" (the words of the person's rank and
// title skipped), as in "held talks with General X, and laid a wreath" or
// "called on Prime Minister X and laid a wreath". Such a person meets the
// subject; the ceremony that follows is the subject's.
func (doc *doc) otherObject(ws []word, pos, trig int) bool {
	if pos >= trig {
		return false
	}
	k := wordAt(ws, pos) - 1
	for k >= 0 && ws[k].upper {
		k-- // "Prime Minister", "Lieutenant General"
	}
	if k < 0 {
		return false
	}
	switch ws[k].low {
	case "with", "on", "to":
		return true
	}
	return false
}

// visitor reports whether person mention m of sentence s may be a
// visitor of the visit of trigger h. When the trigger stands in a ", who"
// clause ("received Y, who is visiting Egypt"), only the person the
// clause is about visits. Otherwise a person met, received or called on
// ("met President X", "call on Prime Minister X") is a host.
func (doc *doc) visitor(s int, h hit, m ment) bool {
	ws := doc.words[s]
	if doc.inWhoClause(s, ws[h.a].start) {
		// the host is the subject of "received", "met": "Lecornu is
		// accompanying Macron, who is on a state visit" visits too
		at := doc.whoAntecedent(s, h.a)
		return m.start == at || m.start < at && !hostVerbBetween(ws, m.end, at)
	}
	if doc.hostsGuestBefore(s, h, m) {
		return false
	}
	k := wordAt(ws, m.start) - 1
	for k >= 0 && ws[k].upper {
		k-- // "President", "Prime Minister"
	}
	if k < 0 {
		return true
	}
	if hostWord(ws[k].low) && !timeOn(ws, k) {
		return false
	}
	return !doc.metThroughPost(ws, k)
}

// timeOn reports whether the "on" at word k opens the sentence: "On
// Tuesday, Minister X will visit the base" tells when, and X is no one's
// host.
func timeOn(ws []word, k int) bool {
	return k == 0 && ws[k].low == "on"
}

// hostsGuestBefore reports whether person m is the subject of a verb of
// receiving whose object is another person named before the visit's
// trigger: "Minister A hosted Minister B to a dinner, shortly after the
// minister arrived on a visit", "A received B, who arrived on a visit":
// A hosts, B visits.
func (doc *doc) hostsGuestBefore(s int, h hit, m ment) bool {
	ws := doc.words[s]
	start := ws[h.a].start
	for _, o := range doc.ments[s] {
		if o.e.Type == attache.Person && o.start > m.end && o.start < start && o.e.Name != m.e.Name {
			return receivedBetween(ws, m.end, o.start)
		}
	}
	return false
}

// receivedBetween reports whether a verb of receiving a guest ("hosted",
// "received", "welcomed") stands between bytes a and b. "Met" does not:
// a visitor meets hosts too ("During the visit, A met B and toured the
// plant").
func receivedBetween(ws []word, a, b int) bool {
	for k := wordAt(ws, a); k < len(ws) && ws[k].start < b; k++ {
		switch ws[k].low {
		case "received", "receives", "receiving", "hosted", "hosts", "hosting", "welcomed", "welcomes", "welcoming":
			return true
		}
	}
	return false
}

// hostWord reports a word after which a person is met, received or
// called on: a host, not a visitor.
func hostWord(w string) bool {
	switch w {
	case "met", "meet", "meets", "meeting", "received", "receive", "receives", "on", "with":
		return true
	}
	return false
}

// postReach is how many words of a post metThroughPost reads back.
const postReach = 14

// metThroughPost reports whether the words before word k+1, where a
// person's name starts, are a post introduced by a host word: "also met
// the Chief of the Joint Staff of the Armed Forces, Admiral X", "met Army
// Chief of Staff General X", "met the president of the Defence Industry
// Agency, X". One comma (the apposition) may stand in the post.
func (doc *doc) metThroughPost(ws []word, k int) bool {
	commas := 0
	for j := k; j >= 0 && k-j < postReach; j-- {
		l := ws[j].low
		switch {
		case hostWord(l) && !timeOn(ws, j):
			return j < k
		case l == ",":
			commas++
			if commas > 1 {
				return false
			}
		case ws[j].upper || l == "of" || l == "the" || l == "and" || l == "for" || doc.d.places.posted.has(l) || doc.d.places.postHead.has(l):
		default:
			return false
		}
	}
	return false
}

// hostVerbBetween reports whether a verb of hosting ("received", "met",
// "hosted") or the "with" of talks ("held talks on Tuesday with General
// X, who is visiting Egypt") stands between bytes a and b: the person
// before it hosts the person after it.
func hostVerbBetween(ws []word, a, b int) bool {
	for k := wordAt(ws, a); k < len(ws) && ws[k].start < b; k++ {
		switch ws[k].low {
		case "received", "receives", "receiving", "hosted", "hosts", "welcomed", "welcomes", "met", "meets", "with":
			return true
		}
	}
	return false
}

// whoAntecedent returns the byte start of the person a ", who" clause
// holding word i is about: the last person named before the clause opens,
// or -1.
func (doc *doc) whoAntecedent(s, i int) int {
	ws := doc.words[s]
	k := i - 1
	for k > 0 && !(ws[k-1].low == "," && ws[k].low == "who") {
		k--
	}
	if k <= 0 {
		return -1
	}
	open, at := ws[k-1].start, -1
	for _, p := range doc.ments[s] {
		if p.e.Type == attache.Person && p.end <= open {
			at = p.start
		}
	}
	return at
}

// groupSigners reports whether the agreement of trigger word i is signed
// by "the two ministers", "the two sides" or "they": the parties of the
// talks told before ("The two ministers also signed a letter of intent",
// "the plan, which they signed at the end of the talks"). Those who only
// witness a signing, or review a pact signed by others, are not its
// parties.
func (doc *doc) groupSigners(ws []word, i int) bool {
	if witnessed(ws, i) {
		return false
	}
	// "the two sides signed a plan", "signing of" as trigger
	for k := i; k >= 0 && i-k <= 3; k-- {
		if signWord(ws[k].low) {
			if k > 0 && passiveAux[ws[k-1].low] {
				return false // "the MoU that was signed in 2022"
			}
			return doc.pluralSubject(ws, i)
		}
	}
	// "the plan, which they signed"
	for k := i + 1; k+2 < len(ws) && k-i <= 12; k++ {
		if (ws[k].low == "which" || ws[k].low == "that") && ws[k+1].low == "they" && signWord(ws[k+2].low) {
			return true
		}
	}
	return false
}

// signReach is how many words may stand between an agreement's trigger and
// its verb of signing ("signed a memorandum", "the MoU was signed").
const signReach = 3

// namedSigners returns the persons sentence s names as those who signed
// the agreement of hit h: the subject of the verb of signing when it
// comes before the agreement ("Minister A and Secretary B signed the
// document in 2024"), or the persons after its "by" ("was signed in
// London by A and B"). A person who only speaks of it ("A recalled the MoU
// signed in 2016") signed nothing.
func (doc *doc) namedSigners(s int, h hit) names {
	var out names
	ws, ms := doc.words[s], doc.ments[s]
	k := -1
	for j := max(h.a-signReach, 0); j < len(ws) && j < h.b+signReach; j++ {
		if signWord(ws[j].low) {
			k = j
			break
		}
	}
	if k < 0 {
		return out
	}
	for _, m := range ms {
		if m.e.Type != attache.Person {
			continue
		}
		before := k <= h.a && m.end <= ws[k].start && !passiveAux[ws[max(k-1, 0)].low] && doc.subjectOf(ws, ms, m.end, ws[k].start)
		if before || m.start > ws[k].end && doc.signedBy(ws, m.start) {
			out.add(m.e.Name)
		}
	}
	return out
}

// signWord reports whether a word is a form of a verb of signing.
func signWord(w string) bool {
	switch w {
	case "signed", "sign", "signs", "signing", "inked", "concluded":
		return true
	}
	return false
}

// passiveAux are the words before a participle that make it passive:
// the subject of the clause is not who did it.
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "be": true, "is": true, "are": true}

// witnessed reports whether the clause of trigger word i has its subject
// witness the event: "the two ministers witnessed the signing of".
func witnessed(ws []word, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		switch ws[k].low {
		case "witnessed", "witness", "witnesses", "witnessing":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// agreementPair completes the parties of an agreement that names one
// state of the article's pair and no other: "the Status of Visiting Forces
// Agreement with Australia, signed in 2007" in a report on Philippine
// talks with Australia binds both.
func (doc *doc) agreementPair(evs []*cand) {
	if len(doc.pair) != 2 {
		return
	}
	for _, c := range evs {
		if c.ev.Type != "agreement" {
			continue
		}
		var states []string
		for _, p := range c.ev.Participants {
			if isCode(p) {
				states = append(states, p)
			}
		}
		if len(states) != 1 || doc.bodiesOfOneState(c.ev.Participants, states[0]) {
			continue
		}
		if other := doc.otherOfPair(states[0]); other != "" {
			c.ev.Participants = append(c.ev.Participants, other)
		}
	}
}

// bodiesOfOneState reports whether ps names two or more bodies, all of
// state code: "the Karachi Shipyard and the Pakistan Navy signed the
// acceptance protocol" binds no second state.
func (doc *doc) bodiesOfOneState(ps []string, code string) bool {
	orgs := doc.orgsByName()
	n := 0
	for _, p := range ps {
		if e := orgs[p]; e != nil {
			if e.Country != code {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isCode reports whether a participant is a country code ("VN").
func isCode(p string) bool {
	return len(p) == 2 && strings.ToUpper(p) == p
}

// exerciseForces adds to each main exercise the armed forces the opening
// sentences name ("more than 900 personnel took part, including 412 from
// the PLA Navy and the rest from the Royal Thai Navy"): not those named in
// a person's title, nor in a sentence of another time.
func (doc *doc) exerciseForces(mains []*cand) {
	for _, c := range mains {
		if c.ev.Type != "exercise" {
			continue
		}
		var out names
		out.addAll(c.ev.Participants)
		for s := 0; s < len(doc.sents) && s < forceWindow; s++ {
			ws := doc.words[s]
			if len(ws) == 0 || doc.d.places.otherTime.has(ws[0].low) || doc.elsewhenAt(s) {
				continue
			}
			ms := doc.ments[s]
			inside := doc.insideNames(s)
			for i, m := range ms {
				if m.e.Type != attache.Organization || inside[i] || doc.info[m.e].isMission || doc.info[m.e].intl || doc.inTitle(ms, m) || !doc.isForce(m.e.Name) {
					continue
				}
				if i+1 < len(ms) && ms[i+1].e.Type == attache.Person && ms[i+1].start-m.end < 40 {
					continue // "Royal Thai Navy Chief of Staff X": part of a title
				}
				out.add(m.e.Name)
			}
		}
		c.ev.Participants = out.list
	}
}

// forceStates adds to each exercise the states of the bodies taking part:
// an exercise of "the Royal Thai Navy and the Indian Navy" is one of
// Thailand and India, whether or not the text names the countries.
func (doc *doc) forceStates(evs []*cand) {
	var orgs map[string]*attache.Entity // the article's organisations by name, made on first need
	for _, c := range evs {
		if c.ev.Type != "exercise" {
			continue
		}
		if orgs == nil {
			orgs = doc.orgsByName()
		}
		var out names
		out.addAll(c.ev.Participants)
		for _, p := range c.ev.Participants {
			if e := orgs[p]; e != nil && e.Country != "" {
				out.add(e.Country)
			}
		}
		if doc.halfPair(out.list) {
			// "the first Blue Strike was held in 2010": an edition of
			// the series of the two countries the article is about
			out.addAll(doc.pair)
		}
		c.ev.Participants = out.list
	}
}

// halfPair reports whether the only state among ps is one of the
// article's pair, in an article that speaks of no occasion of many states.
func (doc *doc) halfPair(ps []string) bool {
	if len(doc.pair) != 2 {
		return false
	}
	var codes []string
	for _, p := range ps {
		if isCode(p) {
			codes = append(codes, p)
		}
	}
	if len(codes) != 1 || !contains(doc.pair, codes[0]) {
		return false
	}
	// the article's words are read last, once, and only for such an edition
	return !doc.speaksOfMany()
}

// noActors returns the participants of an event whose text names no
// actor: an exercise of an article on two states is an edition of their
// series ("The first Naseem Al Bahr exercise was held in 1993"), unless
// the article speaks of an occasion of many states; any other event is
// the article's own country's.
func (doc *doc) noActors(c *cand) []string {
	if c.ev.Type == "exercise" && len(doc.pair) == 2 && !doc.speaksOfMany() {
		return []string{doc.pair[0], doc.pair[1]}
	}
	if doc.home != "" {
		return []string{doc.home}
	}
	return nil
}

// speaksOfMany reports whether a word of the article names an occasion of
// many states ("multinational", "multilateral"). The words are read once
// an article, on first need, and the answer kept in doc.many.
func (doc *doc) speaksOfMany() bool {
	if doc.many < 0 {
		doc.many = 0
		for s := 0; s < len(doc.words) && doc.many == 0; s++ {
			for _, w := range doc.words[s] {
				if doc.d.places.many.has(w.low) {
					doc.many = 1
					break
				}
			}
		}
	}
	return doc.many == 1
}

// orgsByName returns the article's organisations by name, indexed once
// per article: asked per trigger, a scan of every entity would grow with
// the square of a long text. Callers only read it.
func (doc *doc) orgsByName() map[string]*attache.Entity {
	if doc.orgIndex != nil {
		return doc.orgIndex
	}
	m := map[string]*attache.Entity{}
	defer func() { doc.orgIndex = m }()
	for i := range doc.x.Entities {
		if e := &doc.x.Entities[i]; e.Type == attache.Organization {
			if _, ok := m[e.Name]; !ok {
				m[e.Name] = e
			}
		}
	}
	return m
}

// isForce reports whether an organisation's name names an armed force
// ("Royal Thai Navy", "Armed Forces of Kazakhstan").
func (doc *doc) isForce(name string) bool {
	low := strings.ToLower(name)
	for _, w := range strings.Fields(low) {
		if doc.d.places.force.has(w) {
			return true
		}
	}
	return strings.Contains(low, "air force") || strings.Contains(low, "armed forces")
}

// groupParties returns the parties "the two ministers", "both sides" or
// "they" stand for in what is said after talks: the persons of the talks
// when they name any (the states of a co-chaired dialogue are not the
// speakers), else all of its parties.
func (doc *doc) groupParties(talks *cand) []string {
	if persons := doc.personsOf(talks.ev.Participants); len(persons) > 0 {
		return persons
	}
	return talks.ev.Participants
}

// personsOf returns the names among names that are persons of the
// article, in their order, or nil.
func (doc *doc) personsOf(names []string) []string {
	var out []string
	for _, p := range names {
		if doc.isPerson(p) {
			out = append(out, p)
		}
	}
	return out
}

// isPerson reports whether name is the name of a person of the article.
func (doc *doc) isPerson(name string) bool {
	if doc.persons == nil {
		doc.persons = map[string]bool{}
		for i := range doc.x.Entities {
			if e := &doc.x.Entities[i]; e.Type == attache.Person {
				doc.persons[e.Name] = true
			}
		}
	}
	return doc.persons[name]
}

// personAt reports whether a person's name starts between bytes a and b
// of sentence s.
func (doc *doc) personAt(s, a, b int) bool {
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Person && m.start >= a && m.start < b {
			return true
		}
	}
	return false
}

// sceneRef reports whether the words of sentence s, whose trigger is
// word i, tie it to an occasion already told: "after the talks", "during
// the official visit", or an opening "The signing came as". The
// references of a sentence are found once (sceneRefs); each trigger only
// checks that the reference is not itself.
func (doc *doc) sceneRef(s, i int) bool {
	if doc.refSent != s {
		doc.refSent = s
		doc.refs = doc.sceneRefs(doc.words[s], doc.refs[:0])
	}
	for _, r := range doc.refs {
		if r[1] != i && r[0] != i-1 {
			return true // "the signing" as the trigger itself is no reference
		}
	}
	return false
}

// sceneRefs appends to out the references of ws to an occasion already
// told, each as the word of its "the" and of its noun.
func (doc *doc) sceneRefs(ws []word, out [][2]int) [][2]int {
	scene := doc.d.rules.scene
	for k := 0; k+1 < len(ws); k++ {
		if l := ws[k].low; l != "the" && l != "his" && l != "her" && l != "their" && l != "its" {
			continue
		}
		// the noun right after "the", or after one modifier
		n := k + 1
		if !scene.matches(ws[n]) && n+1 < len(ws) && scene.matches(ws[n+1]) {
			n++
		}
		if !scene.matches(ws[n]) {
			continue
		}
		ref := false
		if k > 0 {
			switch ws[k-1].low {
			case "after", "during", "following", "at", "before", "on":
				ref = true
			}
		}
		if k == 0 && n+1 < len(ws) {
			switch ws[n+1].low {
			case "came", "followed", "coincided":
				ref = true
			}
		}
		if ref {
			out = append(out, [2]int{k, n})
		}
	}
	return out
}

// exhibitionName is the exhibition's name: the capitalised words before
// the trigger and a year after it ("Vietnam International Defence Expo 2024").
func (doc *doc) exhibitionName(ws []word, h hit) string {
	a := h.a
	for a > 0 && h.a-a < 6 {
		w := ws[a-1]
		if !(w.upper || w.ordinal || w.low == "international" || w.low == "defence" || w.low == "defense") {
			break
		}
		a--
	}
	b := h.b
	if b < len(ws) && ws[b].num >= 1900 && ws[b].num < 2200 {
		b++
	}
	return doc.text[ws[a].start:ws[b-1].end]
}

func hasPhrase(ws []word, a, b string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].low == a && ws[i+1].low == b {
			return true
		}
	}
	return false
}

// coChairedTalks reports whether dialogue hit h is a co-chair verb whose
// object is talks already told: "A and B co-chaired the talks" and "The
// talks, held on Oct. 14-15, were co-chaired by A and B" add the co-chairs
// to the talks of the lead; they open no second dialogue.
func coChairedTalks(ws []word, h hit) bool {
	if !strings.HasPrefix(ws[h.a].low, "co-chair") {
		return false
	}
	if h.b+1 < len(ws) && ws[h.b].low == "the" {
		return talksNoun(ws[h.b+1].low)
	}
	passive := h.a > 0 && (ws[h.a-1].low == "was" || ws[h.a-1].low == "were")
	return passive && len(ws) > 1 && ws[0].low == "the" && talksNoun(ws[1].low)
}

// talksNoun reports whether w names talks as an occasion.
func talksNoun(w string) bool {
	switch w {
	case "talks", "meeting", "dialogue", "session", "consultations":
		return true
	}
	return false
}

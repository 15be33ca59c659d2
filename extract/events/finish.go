package events

// This file holds the last pass over the merged events of an article:
// the main event, dates from context, salience, places, codes.

// story is what the last pass knows of the article while it reads its
// events in order.
type story struct {
	doc      *doc
	main     *cand           // the main event that lends its date and place
	mains    []*cand         // every main event
	prev     *cand           // the last dated event of the story told (not a recalled one)
	day      *cand           // the last such event dated by a single day
	talks    *cand           // the last talks with two parties or more
	occasion *cand           // the last event with a place of its own
	perSent  map[int]int     // how many events each sentence tells
	bySent   map[int][]*cand // the events of each sentence read so far
}

// finish fills what needs every event: dates from context, salience,
// codes and confidence, and returns the events left once those told
// again are merged.
func (doc *doc) finish(evs []*cand) []*cand {
	st := &story{doc: doc, perSent: map[int]int{}, bySent: map[int][]*cand{}}
	for _, c := range evs {
		st.perSent[c.sent]++
	}
	doc.showParties(evs) // before findMain lends an expo the actors of another sentence
	st.findMain(evs)
	st.seriesTypes(evs)
	for _, c := range evs {
		doc.onlineForum(c) // before codes: a conference has its own
	}
	for _, c := range evs {
		st.parties(c)
		st.when(c)
		st.sideOccasion(c)
		st.where(c)
		doc.sendingSide(c) // once merges and story passes brought in other actors
		doc.codes(c)
		if c.ev.Place != "" && !c.side && !c.bg && !c.past && c.ev.Salience != "background" {
			st.occasion = c
		}
		c.ev.Confidence = confidence(c)
		st.bySent[c.sent] = append(st.bySent[c.sent], c)
		if c.ev.Participants == nil {
			c.ev.Participants = []string{}
		}
	}
	doc.callPositions(evs)
	evs = doc.mergeRetold(evs) // once dates and places are set
	evs = doc.forumBackRefs(evs)
	evs = doc.headlineTalks(evs)
	doc.headlineNamed(evs, st.main)       // once merges leave one event each
	doc.dropSources(evs)                  // merges may bring in the story's source
	doc.tripVisitors(evs)                 // later visits of a trip by "he", "the guests"
	doc.guestStays(evs, st.main)          // once the trips have their visitors
	doc.guestCalls(evs)                   // calls by "the visiting general"
	doc.guestHonours(evs)                 // honours paid to "the visiting dignitary"
	doc.congratulatedAppointees(evs)      // "congratulated his guest on his appointment"
	doc.wreathsAtSites(evs)               // once visits are placed and their visitors known
	evs = doc.honourParts(evs)            // a guard of honour of a ceremony told before
	doc.recalledParties(evs)              // once salience is settled
	doc.recalledTripPurposes(evs)         // likewise: what a recalled trip was made for
	doc.forumEditions(evs)                // likewise
	doc.sendOffOfficials(evs)             // once dates are settled
	evs = doc.departuresAfterSendOff(evs) // a departure dated by its send-off: its first flight
	return evs
}

// findMain marks the events of the lead main, picks the one that lends
// its date and place, and gives it the actors of the next sentence when
// its own names none.
func (st *story) findMain(evs []*cand) {
	doc := st.doc
	ref, hasRef := doc.ref()
	for _, c := range evs {
		if doc.lead[c.sent] && !c.bg && !(c.ownDate && doc.longBefore(c, ref, hasRef)) {
			// a lead event dated years back ("the 1984 Treaty") is recalled
			c.ev.Salience = "main"
			// a day of its own beats the dateline's day of filing
			// (a meeting agreed on for later is no occasion the story's
			// statements are made at)
			// (nor is a visit the talks are held as part of: "As part of
			// the visit of X to Y, X held talks with Z" tells the talks)
			if st.main == nil || agreedLater(st.main) && !agreedLater(c) || framedBy(c, st.main) ||
				!agreedLater(c) && (!st.main.ownDate && c.ownDate || st.main.filedOn && c.ownDate && !c.filedOn) {
				st.main = c
			}
		}
	}
	// Only main events lend their place (scenePlace), and salience is
	// settled: look them up in their own short list, not in every event.
	for _, c := range evs {
		if c.ev.Salience == "main" {
			st.mains = append(st.mains, c)
		}
	}
	doc.completeArgs(st.mains, evs)
	doc.headlineActors(st.mains)
	if m := st.main; m != nil && len(m.ev.Participants) == 0 && m.sent+1 < len(doc.sents) {
		// "The working session aimed at ...": the actors come in the next sentence
		m.ev.Participants = doc.actors(m.sent + 1)
	}
}

// parties completes the participants of c: "the two ministers agreed"
// names the parties of the talks; an event with no actor is the
// article's own country's.
func (st *story) parties(c *cand) {
	if c.group && st.talks != nil {
		// "the two ministers agreed that ...": the parties of the talks
		talks := st.groupTalks(c)
		own := st.doc.personsOf(c.ev.Participants)
		for _, p := range st.doc.groupParties(talks) {
			c.ev.Participants = appendUniq(c.ev.Participants, p)
		}
		if c.ev.Type == "statement" {
			st.doc.groupOnly(c, talks, own)
		}
	}
	if c.group && st.talks == nil {
		st.doc.sidesAlone(c) // "both sides agreed" with no talks told: the two states
	}
	if (c.ev.Type == "meeting" || c.ev.Type == "dialogue") && !c.bg && !c.past && !c.toCome && len(c.ev.Participants) >= 2 {
		st.talks = c
	}
	if len(c.ev.Participants) == 0 {
		c.ev.Participants = st.doc.noActors(c)
	}
}

// when dates c from its context when its sentence gives no date of its
// own, and settles its salience.
func (st *story) when(c *cand) {
	doc, main := st.doc, st.main
	ref, hasRef := doc.ref()
	if c.r.speech && main != nil && c != main && !c.saidOn {
		c.ownDate = false // dates inside what is said are its content, not its time
	}
	if a := st.anchor(c); a != nil && !c.ownDate {
		// "The meeting, held in Luang Prabang on March 3-4, ... At the
		// meeting, the two sides signed its minutes": the occasion told
		// in the sentence before, not the story's main event
		c.ev.Date, c.anchor = a.ev.Date, a
	} else if e := st.heldIn(c); e != nil {
		// "the visit last year, during which he held talks": the time and
		// place of the visit, and recalled with it
		if !c.ownDate {
			c.ev.Date = e.ev.Date
		}
		c.anchor = e
		c.bg = c.bg || e.bg || e.ev.Salience == "background"
	} else if !c.ownDate {
		doc.contextDate(c, main, st.dayBefore())
	}
	if len(c.ev.Date) >= 10 && !c.bg && !c.past && !doc.longBefore(c, ref, hasRef) && !st.tellsAside(c) {
		// "earlier the same day" anchors on the story told, not on a
		// recalled event, and on a day, not on a month or a year
		st.prev = c
		if !isRange(c.ev.Date) {
			st.day = c
		}
	}
	if c.ev.Salience == "" {
		c.ev.Salience = "reported"
		if c.bg || c.past || doc.longBefore(c, ref, hasRef) || !hasRef && doc.recalledYear(c) {
			c.ev.Salience = "background"
		}
	}
}

// dayBefore returns the event "the same day" or "the previous day"
// counts from: the last one told, unless that one spans several days
// ("is on a visit from Monday to Wednesday. The previous day, he laid a
// wreath"), when it is the last one told of a single day.
func (st *story) dayBefore() *cand {
	if st.prev != nil && isRange(st.prev.ev.Date) && st.day != nil {
		return st.day
	}
	return st.prev
}

// anchor returns the talks that c, told "at the meeting" in the sentence
// right after them, took place at, when they are not the main event; or
// nil.
func (st *story) anchor(c *cand) *cand {
	p := st.prev
	if p != nil && p.sent == c.sent && p.anchor != nil {
		p = p.anchor // "At the meeting, they signed its minutes and agreed that ...": both at it
	}
	if !c.scene || p == nil || !st.toldJustBefore(p, c) || p.bg || p.past || p.ev.Salience == "main" || st.perSent[p.sent] > 1 {
		return nil
	}
	switch p.ev.Type {
	case "meeting", "dialogue":
		// (not a forum attended: "the talks" are not its session)
		return p
	}
	return nil
}

// toldJustBefore reports whether p is told in the sentence before c's,
// or two before with no event told between ("Today, X held talks with Y.
// The ministers discussed regional security. // Following the talks, they
// signed a plan"): the sentence between only adds to p.
func (st *story) toldJustBefore(p, c *cand) bool {
	return p.sent == c.sent-1 || p.sent == c.sent-2 && st.perSent[c.sent-1] == 0
}

// where settles the place of c: a recalled event keeps only the place of
// its own clause; what is said or done during the story takes the story's
// place; the lead takes the dateline's.
func (st *story) where(c *cand) {
	doc, main := st.doc, st.main
	if agreedLater(c) {
		return // a meeting still to come is held where its own clause says, if anywhere
	}
	if c.ev.Salience == "background" && c.ev.Type != "deployment" {
		// a recalled event has the place its own clause gives it
		// ("the pact signed in Bintan in 2022"), not one the rest of
		// the sentence gives the story ("..., and agreed to meet in Madrid")
		if !doc.placeInClause(c.sent, c.hit, c.ev.Place) {
			c.ev.Place = ""
		}
		if c.ev.Place == "" && c.ev.Type != "visit" {
			c.ev.Place = st.tripActPlace(c)
		}
	}
	if c.anchor != nil && c.anchor.ev.Place != "" && (c.ev.Place == "" || main != nil && c.ev.Place == main.ev.Place) {
		c.ev.Place = c.anchor.ev.Place
	}
	if main != nil && c != main && (c.r.speech || c.scene) && c.ev.Place == "" {
		c.ev.Place = main.ev.Place
	}
	if main != nil && c != main && c.r.speech && c.ev.Place != main.ev.Place && !c.bg && !c.saidOn && c.anchor == nil {
		// a place named in what is said or offered is its content ("invited
		// him to the air show in Bengaluru"): it is said where the talks are
		c.ev.Place = main.ev.Place
	}
	if c.side && c.ev.Place == "" {
		// "On the sidelines of the opening, X met Y": where the
		// occasion told before took place, the one its noun names
		// first ("of the dialogue" after a wreath laid that morning)
		switch o := st.namedOccasion(c); {
		case o != nil && o.ev.Place != "":
			c.ev.Place = o.ev.Place
		case st.occasion != nil:
			c.ev.Place = st.occasion.ev.Place
		case main != nil:
			c.ev.Place = main.ev.Place
		}
	}
	if c.ev.Place == "" {
		c.ev.Place = doc.scenePlace(c, st.mains)
	}
	if c.ev.Place == "" && c.ev.Salience == "main" && doc.lead[c.sent] && (c.ev.Type != "decision" || doc.voted(c)) {
		// a decree is adopted, not held somewhere: the dateline is only
		// where the story was filed
		if s := doc.leadDateline(); s >= 0 {
			c.ev.Place = doc.datelinePlace(s, c.ev.Type)
			c.dateline = c.ev.Place != ""
		}
	}
	if c.ev.Place == "" && main != nil && c != main && main.ev.Place != "" && main.ev.Type != "deployment" && !c.bg && !c.past && c.ev.Salience != "background" &&
		(talkType(c.ev.Type) || c.ev.Type == "ceremony" && !c.r.pattern[0].ordinal) && c.ev.Type != "invitation" &&
		(c.ev.Type == "agreement" && doc.signedAtTalks(c, main) || c.ev.Type != "agreement" && sameDay(main, c)) {
		// the talks, calls on officials and statements of the story
		// happen where the story happens unless their sentence says
		// otherwise
		c.ev.Place = main.ev.Place
	}
	if c.ev.Place == "" && c.ev.Type == "meeting" && !c.bg && !c.past && c.ev.Salience != "background" && c.r.cameo != "041" && !doc.ahead(doc.words[c.sent], c.hit.a) &&
		(main == nil || main.ev.Type != "deployment") {
		// "also called on the Chief of General Staff"; troops sent
		// abroad go where the story is not told from
		c.ev.Place = doc.storyCity(c.sent, main)
	}
	if c.ev.Place == "" && c.ev.Type == "deployment" && !c.bg && !c.past && main != nil && editionTypes[main.ev.Type] {
		// forces sent to the exercise or show the article is about go
		// to its host country
		c.ev.Place = doc.countryOf(main.ev.Place)
	}
	if isCode(c.ev.Place) && !c.bg && !c.past && c.ev.Salience != "background" && talkType(c.ev.Type) {
		// "X, who is on a visit to China, called on Y" under a Beijing
		// dateline, or after "On arrival in Canberra": the talks are in
		// the city of the story, finer than the country
		if city := doc.cityIn(c.sent, c.ev.Place); city != "" {
			c.ev.Place = city
		}
	}
	if !c.tripCity {
		c.ev.Place = doc.tripPlace(c.sent, c.hit, c.ev.Place) // a trip as a whole: the country visited
	}
	doc.ownRecalledPlace(c)
}

// tripActPlace returns the town of a recalled trip told just before
// recalled event c in its sentence and joined to it by "and", "for" or
// "to", of which c is an act or the purpose ("visited Jakarta in January
// 2025 and held talks with X", "visited Manila in 2024 for talks with X":
// the talks in that town), or "".
func (st *story) tripActPlace(c *cand) string {
	doc := st.doc
	ws := doc.words[c.sent]
	for _, v := range st.bySent[c.sent] {
		if v.ev.Type != "visit" || !v.bg && !v.past && v.ev.Salience != "background" || v.ev.Place == "" || isCode(v.ev.Place) || v.hit.b > c.hit.a {
			continue
		}
		between := ws[v.hit.b:c.hit.a]
		joined := false
		for _, w := range between {
			switch w.low {
			case "and", "for", "to":
				joined = true // ("visited Manila in 2024 for talks with X", "to attend")
			case ",", ";", "which", "who", "when":
				joined = false
			}
		}
		if joined && len(between) <= tripActReach {
			return v.ev.Place
		}
	}
	return ""
}

// tripActReach is how many words may stand between a recalled trip's
// trigger and the act joined to it ("visited Jakarta in January 2025 and
// held talks").
const tripActReach = 10

// signedAtTalks reports whether c is a signing told after the main talks
// with no date of its own ("The two ministers then signed a memorandum"):
// the documents are signed where the talks are held. A signing its
// sentence ties to another event first ("the dialogue, culminating in the
// signing of documents") belongs to that event instead.
func (doc *doc) signedAtTalks(c, main *cand) bool {
	if c.ownDate && !sameDay(main, c) || c.sent < main.sent || c.sent >= len(doc.words) {
		return false
	}
	return c.sent == main.sent || !doc.signingOfOther(c, main)
}

// signingOfOther reports whether signing c follows an event of another
// kind than lender, the event that would lend it its place, told earlier
// in its sentence ("the dialogue, culminating in the signing of
// documents"): it belongs to that event, and takes no place from the
// talks. "At the end of the talks the ministers signed" stays with the
// talks.
func (doc *doc) signingOfOther(c, lender *cand) bool {
	if c.ev.Type != "agreement" || c.sent < 0 || c.sent >= len(doc.words) {
		return false
	}
	hits, _ := doc.hits(c.sent)
	for _, o := range hits {
		if o.a < c.hit.a && o.r != nil && !o.r.anaphor && o.r.typ != lender.ev.Type {
			return true
		}
	}
	return false
}

// sameDay reports whether c is dated to a day the main event spans.
func sameDay(main, c *cand) bool {
	return len(c.ev.Date) >= 10 && dateCompatible(main.ev.Date, c.ev.Date)
}

// codes gives c the CAMEO and PLOVER codes of its type or trigger.
func (doc *doc) codes(c *cand) {
	codes := doc.d.rules.types[c.ev.Type]
	c.ev.Cameo, c.ev.Plover = codes.cameo, codes.plover
	if c.r.cameo != "" {
		c.ev.Cameo = c.r.cameo
	}
	if c.ev.Cameo == "041" || doc.placeless(c) {
		// a phone or video call joins two places and happens in neither:
		// a dateline or a city in the sentence is no venue
		c.ev.Place = ""
	}
}

// framedBy reports whether talks c are told in the same sentence as the
// visit v they are part of, with no date of their own to set them apart:
// the talks, not the trip, are the occasion the story's other acts are
// done at.
func framedBy(c, v *cand) bool {
	return v.ev.Type == "visit" && (c.ev.Type == "meeting" || c.ev.Type == "dialogue") && c.sent == v.sent && c.ownDate == v.ownDate
}

// guestStays places the trips that name no destination ("Khaled, on a
// four-day visit that ends on Thursday, also called on ...", "The
// delegation is in the country for a two-day visit"): the story's
// visitors stay in the country its talks are held in.
func (doc *doc) guestStays(evs []*cand, main *cand) {
	if main == nil || main.ev.Place == "" || main.ev.Type == "deployment" {
		return
	}
	for _, c := range evs {
		if c != main && c.ev.Place == "" && c.ev.Type == "visit" && c.r != nil && c.r.trip && !c.bg && !c.past &&
			c.ev.Salience != "background" && doc.guestOfStory(c, main) {
			c.ev.Place = doc.countryOf(main.ev.Place)
		}
	}
}

// guestOfStory reports whether trip c is made by a party of the story's
// main event, or by one its words only point back at ("The Malaysian
// minister, on a four-day visit", "The delegation is in the country"):
// its visitors are the guests the story's talks receive, not a third
// party named travelling elsewhere.
func (doc *doc) guestOfStory(c, main *cand) bool {
	named := false
	for _, p := range c.ev.Participants {
		if isCode(p) {
			continue
		}
		if contains(main.ev.Participants, p) {
			return true
		}
		named = true
	}
	return !named
}

// occasionReach is how many sentences back the occasion an event is held
// on the sidelines of may be told.
const occasionReach = 8

// namedOccasion returns the event told before c that the noun after
// "on the sidelines of (the)" in c's sentence names, by its type or its
// trigger's word ("of the dialogue", "of the opening"), or nil.
func (st *story) namedOccasion(c *cand) *cand {
	ws := st.doc.words[c.sent]
	noun := ""
	for k := 1; k+1 < len(ws); k++ {
		if ws[k].low == "of" && sidelines(ws, k+1) {
			j := k + 1
			if ws[j].low == "the" && j+1 < len(ws) {
				j++
			}
			noun = ws[j].low
			break
		}
	}
	if noun == "" {
		return nil
	}
	for s := c.sent; s >= 0 && c.sent-s <= occasionReach; s-- {
		evs := st.bySent[s]
		for i := len(evs) - 1; i >= 0; i-- {
			o := evs[i]
			if o == c || o.bg || o.past || o.sent >= len(st.doc.words) {
				continue
			}
			tw := st.doc.words[o.sent]
			if o.ev.Type == noun || o.hit.a < len(tw) && tw[o.hit.a].low == noun || o.hit.b > 0 && o.hit.b <= len(tw) && tw[o.hit.b-1].low == noun {
				return o
			}
		}
	}
	return nil
}

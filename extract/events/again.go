package events

// This file holds what a second trigger of a type in one sentence is: the
// same event said twice, or another one (a visit elsewhere, a second
// movement of forces, a recalled event, an agreement of another date), and
// the name an exercise carries.

// sameDated reports whether an event of found has c's type and a date
// compatible with c's.
func sameDated(found []*cand, c *cand) bool {
	for _, f := range found {
		if f.ev.Type == c.ev.Type && dateCompatible(f.ev.Date, c.ev.Date) {
			return true
		}
	}
	return false
}

// signedObject replaces prev, an anaphor found earlier in sentence s
// ("the pact"), with the signing of hit h told after it ("since the pact,
// signed in Suva in March 2021, ..."): the noun that refers back is the
// object of a signing told here. It returns the signing, or nil.
func (doc *doc) signedObject(s int, h hit, prev *cand, out []*cand) *cand {
	if !prev.anaphor || h.r.anaphor || h.r.typ != "agreement" {
		return nil
	}
	return replaceCand(out, prev, doc.newCand(s, h))
}

// discussedIn replaces prev, a topic verb found earlier in sentence s
// that only refers back to an event ("discussed"), with the talks of hit
// h that the sentence tells as its occasion: "A and B discussed the
// defence industry in a telephone conversation on Wednesday", "... over a
// video call". Talks of one sentence are one event, so without this the
// topic verb, which makes none, took the talks' place. It returns the
// talks, or nil.
func (doc *doc) discussedIn(s int, h hit, prev *cand, out []*cand) *cand {
	if !prev.anaphor || !prev.r.topic || h.r.anaphor || h.r.bg || h.r.typ != "meeting" || prev.r.typ != "meeting" || h.a <= prev.hit.b {
		return nil
	}
	ws := doc.words[s]
	k := h.a - 1
	if k >= 0 && (ws[k].low == "a" || ws[k].low == "an" || ws[k].low == "the" || ws[k].low == "their") {
		k--
	}
	if k < prev.hit.b || ws[k].low != "in" && ws[k].low != "during" && ws[k].low != "over" && ws[k].low != "at" {
		return nil
	}
	return replaceCand(out, prev, doc.newCand(s, h))
}

// another returns the event of hit h when it is another event than prev,
// found earlier in sentence s with the same type (found holds the
// events of the sentence so far): a visit elsewhere, a second movement of
// forces, a second named forum, an event recalled, the earlier event a
// date or span is told from ("a week after the two held a call", "since
// their call in March"), the occasion of another event ("during X's
// state visit"), an agreement of another date; else nil.
func (doc *doc) another(s int, h hit, prev *cand, found []*cand) *cand {
	if c := doc.otherVisit(s, h, prev); c != nil {
		return c
	}
	if c := doc.otherMovement(s, h, prev); c != nil {
		return c
	}
	ws := doc.words[s]
	if k := anchoredAfter(ws, prev.hit.b, h.a); k >= 0 && !prev.bg && !h.r.anaphor && !h.r.bg {
		// "The meeting came a week after the two held a phone call":
		// the call is an earlier event, the anchor of the first
		c := doc.newCand(s, h)
		c.bg = true
		doc.pairActors(c, pairSubject(ws, k+1))
		return c
	}
	if own := afterOwn(ws, h.a); !prev.bg && !h.r.anaphor && own > prev.hit.b {
		// "held a second call on Tuesday, two weeks after their call of
		// March 10", "met Zhang on Tuesday, a day after his talks with
		// Dong": the earlier contact the later one is counted from
		c := doc.newCand(s, h)
		c.bg = true
		doc.pairActors(c, ws[own].low == "their")
		return c
	}
	if !prev.bg && !h.r.anaphor && h.a >= prev.hit.b && (ws[h.a].low == "since" || sinceBefore(ws, h.a)) {
		// "had a phone conversation on Tuesday, the first since their
		// call in March 2023": the call recalled is an earlier event
		return doc.newCand(s, h)
	}
	if prev.anaphor && !h.r.anaphor && occasionOf(ws, prev.hit.b, h.a) {
		// "The visit follows the signing in January 2024 of two MoUs
		// during President X's state visit to Hanoi": the occasion of
		// another event is not the story's visit the sentence starts from
		return doc.newCand(s, h)
	}
	if !prev.bg && !h.r.anaphor && doc.recalled(ws, h.a) {
		// "paid a courtesy call on Shin, who recalled his talks with Giang
		// in Hanoi last year": the talks recalled are another event
		return doc.newCand(s, h)
	}
	if h.r.later && !prev.r.later {
		// "had a phone call on Monday, during which the two agreed to
		// meet in Nicosia later this month": the meeting agreed on is a
		// later occasion of its own
		return doc.newCand(s, h)
	}
	if h.r.typ == "agreement" && prev.ownDate && !h.r.anaphor {
		// "the DCA, signed in Bintan in January 2022, entered into force in
		// March 2024": the signing and the entry into force
		if c := doc.newCand(s, h); c.ownDate && !sameDated(found, c) {
			return c
		}
	}
	if h.r.named && prev.r.named && clauseBreak(doc.words[s], wordAt(doc.words[s], prev.at), h.a) {
		// "the 3rd Pacific Defence Forum and the 2nd Naval
		// Chiefs' Meeting will be held online from March 3-4": two
		return doc.newCand(s, h)
	}
	return nil
}

// otherMovement returns the deployment of hit h when it is a second
// movement after a clause break, with a date of its own:
// "the advance party left on May 18, and the main body will fly out on
// May 22" tells two departures; else nil.
func (doc *doc) otherMovement(s int, h hit, prev *cand) *cand {
	if h.r.typ == "deployment" && h.r.bg && h.r.since && !prev.bg && relativeBreak(doc.words[s], prev.hit.b, h.a) {
		// "will leave by mid-November, relieving the 16th battalion,
		// which has served in Unity State since November last year": the
		// unit relieved has a standing deployment of its own
		return doc.newCand(s, h)
	}
	if h.r.typ != "deployment" || h.r.bg || prev.r.bg || !clauseBreak(doc.words[s], prev.hit.b, h.a) {
		return nil
	}
	c := doc.newCand(s, h)
	if !c.ownDate || !prev.ownDate || c.ev.Date == prev.ev.Date {
		return nil
	}
	return c
}

// otherVisit returns the visit of hit h when it goes to another place than
// prev, the visit already found in sentence s, after a clause break; else
// nil.
func (doc *doc) otherVisit(s int, h hit, prev *cand) *cand {
	if h.r.typ != "visit" || h.r.anaphor || prev.ev.Place == "" {
		return nil
	}
	ws := doc.words[s]
	c := doc.newCand(s, h)
	if c.ev.Place == "" || c.ev.Place == prev.ev.Place || !clauseBreak(ws, max(h.a-4, prev.hit.b, 0), h.a) && !clauseBreak(ws, prev.hit.b, h.a) {
		return nil
	}
	if k := clauseAfter(ws, prev.hit.b, h.a); k >= 0 {
		// "a return visit after Minister X came to Jakarta in January":
		// the earlier visit the story's one answers, made by the
		// subject of the clause
		c.bg = true
		if ps := doc.personsBetween(s, ws[k].end, ws[h.a].start); len(ps) > 0 {
			c.ev.Participants = ps
		}
	}
	return c
}

// exerciseName is the name of an exercise written with capitals around
// its trigger word ("Exercise Pitch Black 2024", "the Cobra Gold
// Exercise"), else "": reports of its first and last days share it.
func (doc *doc) exerciseName(ws []word, h hit) string {
	if !inName(ws, h.a) {
		return ""
	}
	a, b := h.a, h.a+1
	for a > 0 && ws[a-1].upper && ws[a-1].num < 0 && a-1 > 0 {
		a-- // not the sentence's first word: "Troops ..." is no part of a name
	}
	for b < len(ws) && b-a < 8 && (ws[b].upper || ws[b].num >= 1900 && ws[b].num < 2200) {
		b++
	}
	if b-a < 2 {
		return ""
	}
	return doc.text[ws[a].start:ws[b-1].end]
}

// anchoredAfter returns the word "after" or "following" that stands
// between from and to, the end of one trigger and the start of the next,
// and opens a clause with a verb in the past ("a week after the two held a
// phone call", "days after the ministers had met in Manila"): the second
// trigger tells the earlier event the first is dated from. Else -1.
func anchoredAfter(ws []word, from, to int) int {
	for k := from; k < to && k < len(ws); k++ {
		switch ws[k].low {
		case ",", ";", "which", "where", "when":
			return -1
		case "after", "following":
			if k+1 < to && pastVerbBefore(ws, k+1, to) {
				return k
			}
			return -1
		}
	}
	return -1
}

// clauseAfter returns the word "after" or "following" that opens the
// clause of the verb at word at, past or not ("after X came to Jakarta"),
// when it stands after word from with no comma between it and the verb.
// Else -1.
func clauseAfter(ws []word, from, at int) int {
	for k := at - 1; k >= from && k >= 0; k-- {
		switch ws[k].low {
		case ",", ";", "which", "where", "when":
			return -1
		case "after", "following":
			if pastVerbBefore(ws, k+1, at+1) {
				return k
			}
			return -1
		}
	}
	return -1
}

// afterOwn returns the index of the possessive when the trigger at word
// i is a noun told after "after" and a possessive ("after their call",
// "after his talks"; the trigger may start at "after"): an earlier event
// of the same actors. It returns -1 otherwise.
func afterOwn(ws []word, i int) int {
	own := func(k int) bool {
		switch ws[k].low {
		case "their", "his", "her":
			return true
		}
		return false
	}
	after := func(k int) bool { return ws[k].low == "after" || ws[k].low == "following" }
	switch {
	case i+1 < len(ws) && after(i) && own(i+1):
		return i + 1
	case i >= 2 && own(i-1) && after(i-2):
		return i - 1
	}
	return -1
}

// pairSubject reports whether the clause starting at word k has "they",
// "both" or "the two ..." as its subject: the parties of the story's talks.
func pairSubject(ws []word, k int) bool {
	if k >= len(ws) {
		return false
	}
	switch ws[k].low {
	case "they", "both":
		return true
	case "the":
		return k+1 < len(ws) && (ws[k+1].low == "two" || ws[k+1].low == "three")
	}
	return false
}

// pairActors gives recalled event c the parties of the story's talks when
// its clause names them only as a group (pair): "when they met in Singapore",
// "recalled their meeting in Kuala Lumpur". A country or person found
// in the clause stays only when it is not a guess from the group's words.
func (doc *doc) pairActors(c *cand, pair bool) {
	if !pair {
		return
	}
	c.group = true
	c.ev.Participants = doc.personsOf(c.ev.Participants)
}

// pastVerbBefore reports whether words [from, to) hold a verb in the past
// ("held", "had", "met", "signed"): a clause, not a noun phrase ("after
// talks with ...").
func pastVerbBefore(ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		l := ws[k].low
		if l == "had" || l == "held" || l == "met" || l == "came" || l == "went" || l == "was" || l == "were" || len(l) > 3 && l[len(l)-2:] == "ed" && !ws[k].upper {
			return true
		}
	}
	return false
}

// theirEvent reports whether trigger h is told as "their" event ("their
// meeting", "their talks in Canberra", "when they met"): the parties of
// the story's talks. A pattern of its own pair ("agreed by the two
// leaders") names their states instead.
func theirEvent(ws []word, h hit) bool {
	if h.r.pair {
		return false
	}
	for k := max(h.a-1, 0); k < h.b && k < len(ws); k++ {
		if l := ws[k].low; l == "their" || l == "they" || l == "two" && k > 0 && ws[k-1].low == "the" {
			return true
		}
	}
	return false
}

// occasionOf reports whether the trigger at word to is told as the
// occasion of something after the trigger that ends at from: "during"
// stands right before it, the words of a possessive name between ("during
// President X's state visit", "during the minister's visit"), not a
// relative clause ("during which").
func occasionOf(ws []word, from, to int) bool {
	for k := to - 1; k >= from && k >= to-8; k-- {
		switch ws[k].low {
		case "during":
			// "the ceremony, during which X handed over the flag" tells
			// what happened in the same event
			return k > from && ws[k+1].low != "which"
		case ",", ";", "and":
			return false
		}
	}
	return false
}

// replaceCand puts c in place of prev wherever out holds it, and returns c.
func replaceCand(out []*cand, prev, c *cand) *cand {
	for i := range out {
		if out[i] == prev {
			out[i] = c
		}
	}
	return c
}

package events

import "attache"

// attendeeWindow is how many sentences may stand between a ceremony and
// the sentence that says who attended it ("It was attended by ...").
const attendeeWindow = 2

// laterAttendees gives a ceremony the persons a later sentence says
// attended it through a pronoun, with no event of its own: "X presided
// over a send-off ceremony ... The ceremony was held at ... It was
// attended by General Y and Ambassador Z." A ceremony's attendees take
// part in it (testdata/reports/README.md). The ceremony must be the
// last event told before that sentence, so that "It" stands for it.
func (doc *doc) laterAttendees(evs []*cand) {
	bySent := map[int]bool{}
	for _, c := range evs {
		bySent[c.sent] = true
	}
	for s, ws := range doc.words {
		if len(ws) < 4 {
			continue
		}
		if c := doc.presentAt(evs, s); c != nil {
			// "Also present at the opening ceremony were A, B and C"
			// (whose "ceremony" may be an event of its own, merged)
			doc.addPersonsAfter(c, s, doc.presentAux(ws))
			continue
		}
		if bySent[s] {
			continue
		}
		if doc.signedFor(ws) {
			if c := doc.latestBefore(evs, s, "agreement"); c != nil {
				// "A signed for Nigeria, while B signed on behalf of his country"
				doc.addSigners(c, s)
				continue
			}
		}
		if !refWords[ws[0].low] {
			continue
		}
		by := doc.attendedBy(ws)
		if by < 0 {
			continue
		}
		last := doc.lastBefore(evs, s)
		if last == nil || last.ev.Type != "ceremony" || last.bg || s-last.sent > attendeeWindow {
			continue
		}
		doc.addPersonsAfter(last, s, by)
	}
}

// addPersonsAfter adds to c the persons sentence s names after word k.
func (doc *doc) addPersonsAfter(c *cand, s, k int) {
	ws := doc.words[s]
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Person && m.start > ws[k].start {
			c.ev.Participants = appendUniq(c.ev.Participants, m.e.Name)
		}
	}
}

// presentAux returns the index of the form of "be" after a fronted word
// of being present at the start of ws ("Also present at the ceremony
// were"), or -1.
func (doc *doc) presentAux(ws []word) int {
	pw := doc.d.places
	for k := 0; k < len(ws) && k <= 2; k++ {
		if !pw.present.has(ws[k].low) {
			continue
		}
		for c := k + 1; c < len(ws) && c <= k+presentReach; c++ {
			if pw.aux.has(ws[c].low) {
				return c
			}
		}
	}
	return -1
}

// presentAt returns the ceremony a sentence with no event of its own says
// persons were present at: "Also present at the opening ceremony were A
// and B" names the ceremony told last within attendeeWindow sentences;
// "Also present were A and B" needs that ceremony to be the event told
// last. A ceremony's attendees take part in it; those present at talks do
// not (testdata/reports/README.md).
func (doc *doc) presentAt(evs []*cand, s int) *cand {
	ws := doc.words[s]
	aux := doc.presentAux(ws)
	if aux < 0 {
		return nil
	}
	if hasWordBetween(ws, 0, aux, "ceremony") {
		return doc.latestBefore(evs, s, "ceremony")
	}
	if last := doc.lastBefore(evs, s); last != nil && last.ev.Type == "ceremony" && !last.bg && s-last.sent <= attendeeWindow {
		return last
	}
	return nil
}

// latestBefore returns the event of type typ told last before sentence s,
// within attendeeWindow sentences and not recalled, or nil.
func (doc *doc) latestBefore(evs []*cand, s int, typ string) *cand {
	var last *cand
	for _, c := range evs {
		if c.ev.Type == typ && c.sent < s && s-c.sent <= attendeeWindow && !c.bg && (last == nil || c.sent > last.sent || c.sent == last.sent && c.at > last.at) {
			last = c
		}
	}
	return last
}

// signedFor reports whether ws tells who signed for each side: a verb of
// signing followed by "for" or "on behalf of" ("A signed for the
// Kingdom, and B signed for Romania").
func (doc *doc) signedFor(ws []word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if signWord(ws[k].low) && (ws[k+1].low == "for" || ws[k+1].low == "on" && k+2 < len(ws) && ws[k+2].low == "behalf") {
			return true
		}
	}
	return false
}

// addSigners adds to agreement c the persons sentence s names as the
// subject of a verb of signing, an apposition's comma allowed between
// ("The Permanent Secretary, Dr A, signed for Nigeria").
func (doc *doc) addSigners(c *cand, s int) {
	ws, ms := doc.words[s], doc.ments[s]
	for _, m := range ms {
		if m.e.Type != attache.Person {
			continue
		}
		k := wordAt(ws, m.end)
		for k < len(ws) && (ws[k].start < m.end || ws[k].low == ",") {
			k++
		}
		if k < len(ws) && signWord(ws[k].low) {
			c.ev.Participants = appendUniq(c.ev.Participants, m.e.Name)
		}
	}
}

// refWords open a sentence that speaks of the event told before it.
var refWords = map[string]bool{"it": true, "this": true}

// attendedBy returns the index of "by" (or "of") after a word of the
// attend list near the start of ws ("It was attended by", "It was held in
// the presence of"), or -1.
func (doc *doc) attendedBy(ws []word) int {
	for k := 1; k < len(ws) && k <= attendeeReach; k++ {
		if !doc.d.places.attend.has(ws[k].low) {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+attendeeReach; j++ {
			if ws[j].low == "by" || ws[j].low == "of" {
				return j
			}
		}
	}
	return -1
}

// lastBefore returns the event told last before sentence s, or nil.
func (doc *doc) lastBefore(evs []*cand, s int) *cand {
	var last *cand
	for _, c := range evs {
		if c.sent < s && (last == nil || c.sent > last.sent || c.sent == last.sent && c.at > last.at) {
			last = c
		}
	}
	return last
}

// presentReach is how many words may stand between a fronted word of
// being present and its "were" ("Also present at the first round of the
// talks were").
const presentReach = 10

// presentListReach is how many words a list of names may run before its
// "were also present".
const presentListReach = 30

// presentOnly reports whether the person whose word is at index i of ws
// is only said to be present at the talks the sentence tells: named after
// a fronted "present" and its "were" ("Also present at the talks were X",
// "Attending the meeting was X"), or before "were (also) present" ("X and
// Y were also present at the meeting").
func (doc *doc) presentOnly(ws []word, i int) bool {
	if c := doc.presentAux(ws); c >= 0 {
		return i > c
	}
	pw := doc.d.places
	for c := i + 1; c+1 < len(ws) && c-i <= presentListReach; c++ {
		if !pw.aux.has(ws[c].low) {
			continue
		}
		return pw.present.has(ws[c+1].low) || c+2 < len(ws) && ws[c+1].low == "also" && pw.present.has(ws[c+2].low)
	}
	return false
}

package events

import "attache"

// This file holds meetings told in sequence in one sentence: "the minister
// met the Thai ambassador and later received the Indian ambassador" or
// "will call on A and meet B" tells two meetings, one per counterpart;
// "met A and B" stays one.

// laterMeetings splits meeting c (hit h of sentence s) at "and" followed
// by a word of the sequence list ("and later", "and then"): the persons
// named after the marker meet c's own actors in a meeting of their own,
// and leave c. It returns the meetings after each marker, or nil.
func (doc *doc) laterMeetings(s int, h hit, c *cand) []*cand {
	if h.r.typ != "meeting" || h.r.anaphor || h.r.apart || c.bg {
		return nil
	}
	ws := doc.words[s]
	marks := doc.sequenceMarks(ws, h.b)
	if len(marks) == 0 {
		return nil
	}
	// the counterparts of each stretch: before the first marker, then
	// between one marker and the next
	bounds := append([]int{ws[h.b-1].end}, marks...)
	groups := make([][]string, len(bounds))
	for _, m := range doc.ments[s] {
		if m.e.Type != attache.Person || m.start < bounds[0] {
			continue
		}
		k := len(bounds) - 1
		for k > 0 && m.start < bounds[k] {
			k--
		}
		groups[k] = appendUniq(groups[k], m.e.Name)
	}
	for _, g := range groups {
		if len(g) == 0 {
			return nil // "met A and later toured the base": one meeting
		}
	}
	later := map[string]bool{}
	for _, g := range groups[1:] {
		for _, p := range g {
			later[p] = true
		}
	}
	var own []string // c's actors: its subject and first counterparts
	for _, p := range c.ev.Participants {
		if !later[p] {
			own = append(own, p)
		}
	}
	first := map[string]bool{}
	for _, p := range groups[0] {
		first[p] = true
	}
	c.ev.Participants = own
	var out []*cand
	for _, g := range groups[1:] {
		n := *c
		n.ev.Participants = nil
		for _, p := range own {
			if !first[p] {
				n.ev.Participants = append(n.ev.Participants, p)
			}
		}
		for _, p := range g {
			n.ev.Participants = appendUniq(n.ev.Participants, p)
		}
		n.party = g[0] // a meeting of its own: never merged into c
		out = append(out, &n)
	}
	doc.laterDates(s, c, marks, out)
	return out
}

// laterDates gives each later meeting of evs the date written after its
// marker ("met A on Monday and then B on Tuesday"), when c's own date
// comes before the first marker.
func (doc *doc) laterDates(s int, c *cand, marks []int, evs []*cand) {
	if c.dateEnd > marks[0] {
		return
	}
	for i, n := range evs {
		end := len(doc.text)
		if i+1 < len(marks) {
			end = marks[i+1]
		}
		for _, dt := range doc.dates[s] {
			if dt.Start >= marks[i] && dt.End <= end && dt.Value != "" {
				n.ev.Date, n.ev.Scheduled, n.dateEnd = dt.Value, dt.Scheduled, dt.End
				break
			}
		}
	}
}

// sequenceMarks returns the byte offsets of the markers of a later act
// ("and later", ", then", "and meet") after word from of ws, up to a
// semicolon.
func (doc *doc) sequenceMarks(ws []word, from int) []int {
	var out []int
	for k := from; k+1 < len(ws); k++ {
		if ws[k].low == ";" {
			break
		}
		if ws[k].low != "and" && ws[k].low != "," {
			continue
		}
		if doc.d.rules.sequence.matches(ws[k+1]) {
			out = append(out, ws[k+1].end)
		} else if ws[k].low == "and" && doc.meetingAt(k+1) {
			// "will pay a courtesy call on A and meet B": a second
			// meeting verb with its own counterpart
			out = append(out, ws[k].end)
		}
	}
	return out
}

// meetingAt reports whether a meeting trigger of the sentence being read
// starts at word i, one that tells talks of its own, not what they
// covered ("and discussed").
func (doc *doc) meetingAt(i int) bool {
	for _, o := range doc.sentHits {
		if o.a == i && o.r.typ == "meeting" && !o.r.anaphor && !o.r.topic {
			return true
		}
	}
	return false
}

// toldInSequence reports whether the trigger of c is told as another act
// of the story by an adverb of sequence: right before its verb ("The two
// ministers earlier held bilateral talks", "He later called on the Prime
// Minister", "had earlier met") or opening the sentence ("Earlier, the
// delegation visited the shipyard"). Such a mention is an occasion of its
// own, not the one told before it. "The then minister" is a title, not a
// sequence: "then" counts only right before the trigger. Only meetings:
// a visit told "earlier" is mostly a stop of the trip already told.
func (doc *doc) toldInSequence(c *cand) bool {
	ws := doc.words[c.sent]
	a := c.hit.a
	if c.ev.Type != "meeting" || c.hit.r == nil || a <= 0 || a >= len(ws) {
		return false
	}
	adverb := func(w word) bool { return w.low == "earlier" || doc.d.rules.sequence.matches(w) }
	if len(ws) > 1 && adverb(ws[0]) && ws[1].low == "," {
		return true
	}
	if adverb(ws[a-1]) {
		return true
	}
	return a >= 2 && adverb(ws[a-2]) && ws[a-2].low != "then" && auxiliaries[ws[a-1].low]
}

// auxiliaries are the words that may stand between an adverb of sequence
// and the verb it tells: "earlier had met", "later also visited".
var auxiliaries = map[string]bool{"had": true, "has": true, "have": true, "also": true, "will": true, "would": true, "was": true, "were": true}

package events

import "attache"

// This file holds visits told in a clause that opens the sentence, before
// the act the sentence is about: "Continuing his official visit to
// Mongolia, Minister A held talks with Minister B", "As part of her visit
// to Brunei, General A called on B". The visit is the subject's own trip:
// its visitor is the first person after the clause, and the counterpart of
// the talks is no visitor.

// possessives are the words that make the opening clause the subject's
// own trip.
var possessives = map[string]bool{"his": true, "her": true, "their": true}

// frontedVisitor keeps, among the persons of visit c (hit h of sentence
// s), only the subject of the sentence when the visit is told in an
// opening clause: "During his visit to X," and then the subject. Other
// participants (the state, the delegation's body) stay.
func (doc *doc) frontedVisitor(c *cand, s int, h hit) {
	if c.ev.Type != "visit" || c.bg || h.a > 20 {
		// an opening clause stands near the start, past a dateline at most
		return
	}
	ws := doc.words[s]
	own := h.a >= 1 && possessives[ws[h.a-1].low] || h.a >= 2 && possessives[ws[h.a-2].low]
	if !own {
		return
	}
	// an opening clause is short, and so is the way to its subject: the
	// bounds keep a sentence of many visits linear
	comma := -1
	for k := h.b; k < len(ws) && k < h.b+10; k++ {
		if ws[k].low == "," {
			comma = k
			break
		}
	}
	if comma < 0 || comma+1 >= len(ws) {
		return
	}
	switch ws[comma+1].low {
	case "and", "but", "which", "who", "where", "when":
		return // not an opening clause: "thanked B for hosting his visit to X, and ..."
	}
	subject := ""
	for _, m := range doc.ments[s] {
		if m.e.Type != attache.Person {
			continue
		}
		if m.start < ws[h.a].start {
			return // the opening clause names someone: not the subject's own trip
		}
		if m.start >= ws[min(comma+12, len(ws)-1)].end {
			break
		}
		if m.start >= ws[comma].end {
			subject = m.e.Name
			break
		}
	}
	if subject == "" {
		return
	}
	out := []string{subject}
	for _, p := range c.ev.Participants {
		if !doc.isPerson(p) {
			out = appendUniq(out, p)
		}
	}
	c.ev.Participants = out
}

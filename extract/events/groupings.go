package events

import "attache"

// groupingGap is how many lower-case words may stand between a grouping's
// name and the trigger: "the SCO defence ministers", "FPDA navy chiefs".
const groupingGap = 2

// groupingBefore reports whether a grouping (a forum or an international
// body of the knowledge base) is named right before word a of sentence s,
// with at most groupingGap lower-case words between: "The SCO defence
// ministers met in Qingdao" is a meeting of that grouping, where "the two
// ministers met" is talks. A headline's grouping ("ASEAN defence
// ministers meet in Manila") is left to the lead, which names the meeting
// itself ("the 20th ASEAN Defence Ministers' Meeting opened") where the
// headline names only its parent body.
func (doc *doc) groupingBefore(s, a int) bool {
	if s == 0 && doc.headline {
		return false
	}
	ws := doc.words[s]
	k := a - 1
	for n := 0; n < groupingGap && k >= 0 && !ws[k].upper && ws[k].low != "the"; n++ {
		k--
	}
	if k < 0 {
		return false
	}
	for _, m := range doc.ments[s] {
		if m.e.Type != attache.Organization || m.end != ws[k].end {
			continue
		}
		in := doc.info[m.e]
		return in.forum || in.intl
	}
	return false
}

// groupingNamed adds to out the body a conference trigger ends on when it
// must name one (option body): "the meeting of defence ministers of the
// Shanghai Cooperation Organisation" is that body's meeting, also on the
// sidelines of which others meet.
func (doc *doc) groupingNamed(out *names, s int, h hit) {
	if !h.r.body || h.r.typ != "conference" {
		return
	}
	ws := doc.words[s]
	b := h.b
	if b < len(ws) && ws[b].low == "the" {
		b++
	}
	if b >= len(ws) {
		return
	}
	for _, m := range doc.ments[s] {
		if m.start == ws[b].start && m.e.Type == attache.Organization {
			out.add(m.e.Name)
			return
		}
	}
}

// sideOccasion dates an event held on the sidelines of an occasion its
// sentence names by that occasion, told before: "The 13th ADMM-Plus is set
// for Thursday. On the sidelines of the ADMM-Plus, X will hold talks with
// Y" puts the talks on Thursday, not on the day the story's main event
// (the minister's arrival) is told.
func (st *story) sideOccasion(c *cand) {
	if !c.side || c.ownDate || c.bg || c.past {
		return
	}
	doc := st.doc
	ws := doc.words[c.sent]
	for _, m := range doc.ments[c.sent] {
		if m.e.Type != attache.Organization {
			continue
		}
		if i := wordAt(ws, m.start); i >= len(ws) || !sidelines(ws, i) && !(i > 0 && ws[i-1].low == "the" && sidelines(ws, i-1)) {
			continue
		}
		for s := c.sent; s >= 0; s-- {
			for _, o := range st.bySent[s] {
				if o != c && editionTypes[o.ev.Type] && o.ownDate && !o.bg && contains(o.ev.Participants, m.e.Name) {
					c.ev.Date = o.ev.Date
					return
				}
			}
		}
	}
}

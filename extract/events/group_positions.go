package events

import "attache"

// groupTalks returns the talks whose parties "the two ministers", "both
// sides" or "they" name in statement c: the talks told last, unless c's
// own sentence names a person of other talks told before ("In the talks
// with Saikhanbayar, the two ministers agreed ..." after separate talks
// with two guests), when it is those.
func (st *story) groupTalks(c *cand) *cand {
	doc := st.doc
	named := doc.personsNamedIn(c.sent)
	if st.talks == nil || len(named) == 0 || shareAny(st.talks.ev.Participants, named) {
		return st.talks
	}
	for s := c.sent; s >= 0; s-- {
		evs := st.bySent[s]
		for i := len(evs) - 1; i >= 0; i-- {
			e := evs[i]
			if (e.ev.Type == "meeting" || e.ev.Type == "dialogue") && !e.bg && !e.past && len(doc.personsOf(e.ev.Participants)) >= 2 && shareAny(e.ev.Participants, named) {
				return e
			}
		}
	}
	return st.talks
}

// groupOnly leaves to group statement c, whose talks name two persons
// or more, only the persons of those talks and the persons its own
// sentence names: a person it picked up by a post the group shares ("the
// two ministers" matching a deputy minister of other talks, "the two
// leaders" matching a spokesman) is no party to what the two agreed.
// own are the persons c found before the talks' were added. When own
// holds some of the talks' parties but not all, the talks are not surely
// the ones meant, and c keeps both.
func (doc *doc) groupOnly(c, talks *cand, own []string) {
	parties := doc.personsOf(talks.ev.Participants)
	if len(parties) < 2 {
		return
	}
	shared := 0
	for _, p := range parties {
		if contains(own, p) {
			shared++
		}
	}
	if shared != 0 && shared != len(parties) {
		return
	}
	named := doc.personsNamedIn(c.sent)
	out := c.ev.Participants[:0]
	for _, p := range c.ev.Participants {
		if !doc.isPerson(p) || contains(named, p) || contains(parties, p) {
			out = append(out, p)
		}
	}
	c.ev.Participants = out
}

// personsNamedIn returns the persons sentence s names, in order.
func (doc *doc) personsNamedIn(s int) []string {
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Person {
			out = appendUniq(out, m.e.Name)
		}
	}
	return out
}

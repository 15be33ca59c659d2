package events

// This file dates an event told in a temporal relative clause by the
// event the clause hangs on: "the visit to Bangkok last year, during
// which he held talks with the Thai minister" puts the talks in the
// visit's time, and "the 2024 summit, at which the two leaders signed
// the pact" the signing at the summit's.

// temporalPreps are the prepositions that, before "which", open a clause
// telling what happened in the time of the event before it.
var temporalPreps = map[string]bool{"during": true, "at": true, "on": true, "in": true}

// heldIn returns the earlier event of c's sentence that c's trigger is
// told within (", during which", ", at which", ", when"), or nil. The
// event is the last one whose trigger ends before the clause opens, when
// it has a date.
func (st *story) heldIn(c *cand) *cand {
	ws := st.doc.words[c.sent]
	r := temporalClause(ws, c.hit.a)
	if r < 0 {
		return nil
	}
	// (the last events of the sentence only: a text of one endless
	// sentence stays linear)
	evs := st.bySent[c.sent]
	for i := len(evs) - 1; i >= 0 && len(evs)-i <= mergeWindow; i-- {
		if e := evs[i]; e != c && e.hit.b <= r {
			if e.ev.Date == "" {
				return nil
			}
			return e
		}
	}
	return nil
}

// temporalClause returns the index of the word that opens a temporal
// relative clause holding word i (the comma before "during which" or
// "when"), or -1. The clause runs from its opener to i without another
// comma, semicolon or sentence end.
func temporalClause(ws []word, i int) int {
	for k := min(i, len(ws)) - 1; k > 0; k-- {
		switch ws[k].low {
		case ",", ";", ".":
			return -1
		case "which":
			if k >= 2 && temporalPreps[ws[k-1].low] && ws[k-2].low == "," {
				return k - 2
			}
		case "when":
			if ws[k-1].low == "," {
				return k - 1
			}
		}
	}
	return -1
}

// antecedentReach is how many words before a temporal clause the date of
// the phrase it hangs on may end: "the ADMM-Plus in Kuala Lumpur in
// November last year, at which ..." names the phrase and its time just
// before the clause.
const antecedentReach = 8

// clauseTime dates c, told in a temporal relative clause that states no
// date of its own, by the date that ends the phrase the clause hangs on
// ("the forum in November last year, at which he first met Sato"): the
// talks took place then, not on the story's day.
func (doc *doc) clauseTime(c *cand, s int, h hit) {
	ws := doc.words[s]
	r := temporalClause(ws, h.a)
	if r < 0 {
		return
	}
	for _, dt := range doc.dates[s] {
		end := wordAt(ws, dt.End-1)
		if end >= r || r-end > antecedentReach || dt.Value == "" || dt.Since || hasWordBetween(ws, end+1, r, ",") {
			continue
		}
		c.ev.Date, c.ownDate, c.ev.Scheduled, c.dateEnd = dt.Value, true, dt.Scheduled, dt.End
	}
}

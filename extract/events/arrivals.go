package events

import "attache"

// whichReach is how many words before and after a place a ", which"
// clause may open and close: relative clauses about a unit are short, and
// the bound keeps a sentence of many clauses linear.
const whichReach = 20

// arrivedAt reports whether the mention at byte pos follows an arrival
// verb and "at" ("arrived at Kigali International Airport", "landed at
// the air base"): the place where a unit is, not the venue of a send-off.
func (doc *doc) arrivedAt(ws []word, pos int) bool {
	i := wordAt(ws, pos)
	if i > 0 && ws[i-1].low == "the" {
		i--
	}
	return i > 1 && ws[i-1].low == "at" && doc.d.places.arrival.has(ws[i-2].low)
}

// inWhichClause reports whether the mention at byte pos lies in a relative
// clause opened by ", which" and closed by a comma before the trigger at
// word trig: "the first group of RWANBATT-3, which has served in Juba for
// a year, arrived at ...". Such a clause tells where its subject was, not
// where the event of the main verb happens.
func inWhichClause(ws []word, pos, trig int) bool {
	i := wordAt(ws, pos)
	open := false
	for k := i - 1; k > 0 && k >= i-whichReach; k-- {
		if ws[k].low == "," {
			break
		}
		if ws[k].low == "which" && ws[k-1].low == "," {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := i + 1; k < trig && k < len(ws) && k <= i+whichReach; k++ {
		if ws[k].low == "," {
			return true
		}
	}
	return false
}

// appositionReach is how many words an apposition after a name may run
// on either side of a place it names.
const appositionReach = 10

// inApposition reports whether word pos of ws lies in an apposition that
// follows a name and closes with a comma before trigger trig: "the
// Dongmyeong Unit, South Korea's contingent in Lebanon, held ...". The
// aside opens with a name, an article or a possessive; one opened by a
// preposition or a date ("X, in Hanoi, met ...") is where the act is.
func inApposition(ws []word, pos, trig int) bool {
	i := wordAt(ws, pos)
	open := -1
	for k := i - 1; k > 0 && k >= i-appositionReach; k-- {
		if ws[k].low == "," {
			open = k
			break
		}
		switch ws[k].low {
		case ";", ":", "(", ")", "-", "–", "—", ".":
			return false
		}
	}
	if open < 1 || open+1 >= len(ws) || !ws[open-1].upper || !appositionOpener(ws[open+1]) {
		return false
	}
	for k := i + 1; k < trig && k < len(ws) && k <= i+appositionReach; k++ {
		if ws[k].low == "," {
			return k+1 < len(ws) && !ws[k+1].upper && ws[k+1].low != "and" && ws[k+1].low != "who" && ws[k+1].low != "which" && trig-k <= 4
		}
	}
	return false
}

// appositionOpener reports whether w may open an apposition describing a
// name: another name or a determiner, not a preposition or a verb.
func appositionOpener(w word) bool {
	switch w.low {
	case "the", "a", "an", "its", "his", "her", "their":
		return true
	}
	return w.upper
}

// journeyReach is how many words a visit's purpose clause may stand after
// the town its visitor goes to: "will travel to Pune on March 4 to visit".
const journeyReach = 8

// journeyTown returns the town or country named after a verb of going and
// "to" or "for" shortly before visit hit h, when h opens a purpose clause
// ("will travel to Pune on March 4 to visit the National Defence Academy":
// Pune), else "". No comma or semicolon may stand between them: "flew to
// Hanoi, and will visit the academy" tells two acts.
func (doc *doc) journeyTown(s int, h hit) string {
	ws := doc.words[s]
	if h.a < 3 || ws[h.a-1].low != "to" {
		return ""
	}
	for k := h.a - 2; k > 0 && k >= h.a-journeyReach; k-- {
		if l := ws[k].low; l == "," || l == ";" {
			return ""
		}
		if l := ws[k-1].low; l != "to" && l != "for" || k < 2 || !doc.d.rules.journey.matches(ws[k-2]) {
			continue
		}
		for _, m := range doc.ments[s] {
			if m.start != ws[k].start {
				continue
			}
			switch m.e.Type {
			case attache.Location:
				return m.e.Name
			case attache.Country:
				return m.e.Country
			}
		}
	}
	return ""
}

package events

import "strings"

// mechanismAnaphors gives each dialogue that points back at its mechanism
// with a common noun ("the 6th meeting of the committee was held in
// Cairo", "the next meeting of the working group") the mechanism another
// dialogue of the article names, when exactly one such body ends in that
// noun: agencies name the committee once and then say "the committee".
func (doc *doc) mechanismAnaphors(evs []*cand) {
	var named []string
	for _, c := range evs {
		if c.ev.Type != "dialogue" {
			continue
		}
		for _, p := range c.ev.Participants {
			if doc.isBody(p) {
				named = appendUniq(named, p)
			}
		}
	}
	if len(named) == 0 {
		return
	}
	for _, c := range evs {
		if c.ev.Type != "dialogue" || doc.hasBody(c.ev.Participants) {
			continue
		}
		for _, noun := range ofTheNouns(doc.words[c.sent], c.hit) {
			if body := onlyEndingIn(named, noun); body != "" {
				c.ev.Participants = append(c.ev.Participants, body)
				break
			}
		}
		if len(named) == 1 && !doc.hasBody(c.ev.Participants) && doc.itsEdition(c) {
			c.ev.Participants = append(c.ev.Participants, named[0])
		}
	}
}

// itsEdition reports whether dialogue c is told as an edition of a body
// named before by a possessive pronoun: "Its 8th meeting was held in
// Seoul last year", "their next session". The one mechanism the article
// names is whose it is.
func (doc *doc) itsEdition(c *cand) bool {
	if c.sent < 0 || c.sent >= len(doc.words) {
		return false
	}
	ws := doc.words[c.sent]
	at := c.hit.a
	if c.hit.r == nil {
		at, _ = doc.editionAt(c.sent) // an edition the series recalls
	}
	for k := min(at, len(ws)-1); k >= 0 && k >= at-2; k-- { // (the pronoun may open the trigger)
		switch ws[k].low {
		case "its", "their":
			return true
		}
	}
	return false
}

// hasBody reports whether ps names a body.
func (doc *doc) hasBody(ps []string) bool {
	for _, p := range ps {
		if doc.isBody(p) {
			return true
		}
	}
	return false
}

// isBody reports whether participant p is a body: neither a state's code
// nor a person of the article.
func (doc *doc) isBody(p string) bool {
	return !isCode(p) && !doc.isPerson(p)
}

// ofTheNouns returns the lower-case words of "of the ..." within or right
// after trigger h, up to three and up to a capitalised word or a stop
// ("the 6th meeting of the committee", "the next meeting of the bilateral
// working group"): the mechanism's head noun is one of them. A
// capitalised word is a name ("of the Joint Committee"), which mechanisms
// reads.
func ofTheNouns(ws []word, h hit) []string {
	if h.r == nil {
		return nil
	}
	for k := h.a; k+2 < len(ws) && k <= h.b; k++ {
		if ws[k].low != "of" || ws[k+1].low != "the" {
			continue
		}
		var out []string
		for j := k + 2; j < len(ws) && j < k+5 && !ws[j].upper && letters(ws[j].low); j++ {
			out = append(out, ws[j].low)
		}
		return out
	}
	return nil
}

// onlyEndingIn returns the one name of names whose last word is noun
// (folded to lower case), or "" when none or several are.
func onlyEndingIn(names []string, noun string) string {
	found := ""
	for _, n := range names {
		if strings.ToLower(lastWord(n)) != noun {
			continue
		}
		if found != "" {
			return ""
		}
		found = n
	}
	return found
}

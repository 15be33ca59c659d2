package events

import "strings"

// This file merges, once dates and places are set, the mentions of one
// ceremony that the first merge kept apart because a mention had no date
// or place yet: "X assumed command of the Navy on Friday. ... General Y
// presided over the change-of-command ceremony at the naval station. Y
// handed the flag to X."

// retoldTypes are the types whose later mentions merge with the event
// they retell by shared actors after dates are set.
var retoldTypes = map[string]bool{"ceremony": true}

// retoldWindow is how many sentences after the last mention of an event
// a mention may retell it, and how many events back it is compared with:
// a retelling follows its event closely, and the bound keeps a text of
// thousands of events linear.
const retoldWindow = 4

// mergeRetold folds each ceremony into the earlier ceremony it retells
// (retells): when it retells several, they are one occasion and all join
// the first.
func (doc *doc) mergeRetold(evs []*cand) []*cand {
	var out []*cand
	last := map[*cand]int{} // the sentence of the latest mention merged into an event
	for _, c := range evs {
		var into *cand
		fresh := -1 // whether c is a new occasion: asked once, when needed
		for i := max(0, len(out)-retoldWindow); i < len(out); i++ {
			e := out[i]
			if e == nil || !retells(e, c, last[e], doc.definite(c)) || doc.oppositeMoves(e, c) || doc.otherCounterparts(e, c) {
				continue
			}
			if fresh < 0 {
				fresh = 0
				if doc.newOccasion(c) {
					fresh = 1
				}
			}
			if fresh == 1 {
				break
			}
			if into == nil {
				into = e
				continue
			}
			joinRetold(into, e) // c ties two earlier mentions together
			out[i] = nil
		}
		if into == nil {
			out = append(out, c)
			last[c] = c.sent
			continue
		}
		joinRetold(into, c)
		last[into] = c.sent
	}
	return dropCand(out, nil) // the mentions joined to a later one
}

// retells reports whether c, told after e whose latest mention is in
// sentence lastSent, tells e again: the same type, a person or body of
// both (or, definite, a definite noun phrase retelling the story's main
// event), no contrary date or place, and close by.
func retells(e, c *cand, lastSent int, definite bool) bool {
	switch {
	case !retoldTypes[c.ev.Type] || e.ev.Type != c.ev.Type,
		c.sent-lastSent > retoldWindow || c.sent <= e.sent,
		c.bg || e.bg || c.past || e.past,
		c.key != "" && e.key != "" && c.key != e.key,
		c.sameDay, // "Later in the day, he laid a wreath": another occasion
		separateStops(e, c),
		(e.ev.Date == "") != (c.ev.Date == ""), !dateCompatible(e.ev.Date, c.ev.Date):
		return false
	}
	// the actors both share, or "the send-off ceremony", "the
	// change-of-command ceremony" told after the story's own ceremony
	return (shareAny(withoutCodes(e.ev.Participants), withoutCodes(c.ev.Participants)) ||
		e.ev.Salience == "main" && c.ev.Salience != "main" && definite || sameDayAndSite(e, c)) && !placesDiffer(e, c)
}

// sameDayAndSite reports whether e and c are ceremonies of one day at one
// site: "opened the exercise at the training area on Monday ... began
// with a ceremony on the training area's parade ground ... General X
// opened the exercise", told by its forces, its states and its officers
// in turn. (A town's name and the district named for it are one site.)
func sameDayAndSite(e, c *cand) bool {
	if len(e.ev.Date) != 10 || e.ev.Date != c.ev.Date || e.ev.Place == "" || c.ev.Place == "" {
		return false
	}
	a, b := e.ev.Place, c.ev.Place
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || strings.HasPrefix(b, a+" ")
}

// placesDiffer reports whether e and c are placed in two different
// places; the dateline's city is where the story was filed, finer places
// are not contrary to it.
func placesDiffer(e, c *cand) bool {
	if e.ev.Place == "" || c.ev.Place == "" || e.dateline || c.dateline {
		return false
	}
	return e.ev.Place != c.ev.Place && !sameDayAndSite(e, c)
}

// joinRetold merges the later mention c into e: its actors, its finer
// date and place, and the main salience if either is main.
func joinRetold(e, c *cand) {
	ps := c.ev.Participants
	if len(withoutCodes(e.ev.Participants)) > 0 {
		// a state stood in for actors the mention did not name
		ps = withoutCodes(ps)
	}
	if len(withoutCodes(e.ev.Participants)) == 0 && len(withoutCodes(ps)) > 0 {
		// "ended with a closing ceremony" (told by the states of the
		// drill) and "A, B and C reviewed the parade": its officers
		e.ev.Participants = nil
	} else if !shareAny(e.ev.Participants, ps) && len(ps) > 1 {
		// "X presided over the ceremony, which was attended by Y": the
		// one who presides is an actor, those who attend are guests
		ps = ps[:1]
	}
	for _, p := range ps {
		e.ev.Participants = appendUniq(e.ev.Participants, p)
	}
	if len(c.ev.Date) > len(e.ev.Date) && c.ownDate || e.ev.Date == "" {
		e.ev.Date = c.ev.Date
	}
	if c.ev.Place != "" && (e.ev.Place == "" || e.dateline) && !c.dateline {
		e.ev.Place, e.dateline = c.ev.Place, false
	} else if strings.HasPrefix(e.ev.Place, c.ev.Place+" ") {
		e.ev.Place = c.ev.Place // "Goygol district" and "Goygol": the town
	}
	if c.ev.Salience == "main" {
		e.ev.Salience = "main"
	}
	if e.ev.Name == "" {
		e.ev.Name = c.ev.Name
	}
	e.ev.Personnel = max(e.ev.Personnel, c.ev.Personnel)
	e.ev.Confidence = max(e.ev.Confidence, c.ev.Confidence)
}

// newOccasion reports whether the sentence of c brings in an occasion
// of c's type with an indefinite article, as a new occasion is ("were
// awarded medals in a ceremony at the mission headquarters", "a military
// ceremony"), where a retelling is definite ("the change-of-command
// ceremony") or told by its acts.
func (doc *doc) newOccasion(c *cand) bool {
	if c.sent < 0 || c.sent >= len(doc.words) {
		return false
	}
	ws := doc.words[c.sent]
	hits, _ := doc.hits(c.sent)
	for _, h := range hits {
		if h.r == nil || h.r.typ != c.ev.Type {
			continue
		}
		for k := h.a; k >= max(0, h.a-2); k-- {
			if l := ws[k].low; l == "a" || l == "an" {
				return true
			}
		}
	}
	return false
}

// definite reports whether the trigger of c is a noun phrase brought in
// with "the" ("the change-of-command ceremony", "The send-off"): an
// occasion the reader already knows.
func (doc *doc) definite(c *cand) bool {
	ws, h := doc.words[c.sent], c.hit
	if h.r == nil || h.b > len(ws) || h.r.anaphor {
		return false
	}
	for k := h.a - 1; k >= max(0, h.a-3); k-- {
		switch ws[k].low {
		case "the":
			return true
		case "a", "an":
			return false
		}
	}
	return false
}

// otherCounterparts reports whether meetings e and c, sharing a party,
// each name a person the other does not: the guest's calls on two hosts
// ("paid a courtesy call on General A ... later visited the Naval
// Headquarters, where he called on Admiral B"), not one call told again.
func (doc *doc) otherCounterparts(e, c *cand) bool {
	if e.ev.Type != "meeting" || c.ev.Type != "meeting" {
		return false
	}
	ep, cp := doc.personsOf(e.ev.Participants), doc.personsOf(c.ev.Participants)
	if len(ep) < 2 || len(cp) < 2 {
		return false
	}
	return !subset(ep, cp) && !subset(cp, ep)
}

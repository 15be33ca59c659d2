package score

import (
	"fmt"
	"sort"
	"strings"

	"attache/fold"
)

// sameThing reports whether two participant or place strings denote the
// same thing: equal folded names (codes fold to lower case, so "VN" equals
// "vn"); equal canonical keys when Options.Canon is set ("VN" and
// "Vietnam"); or names of a predicted and a gold entity that the entity
// matching paired. The last rule follows from the entity rule itself: an
// entity matched through its aliases ("Giang" is an alias of "Phan Van
// Giang") is the same entity wherever either name is used.
func (c *comparison) sameThing(p, g string) bool {
	fp, fg := fold.Key(p), fold.Key(g)
	if fp == "" || fg == "" {
		return false
	}
	if fp == fg {
		return true
	}
	if c.opt.Canon != nil {
		if cp := c.opt.Canon(p); cp != "" && cp == c.opt.Canon(g) {
			return true
		}
	}
	for _, pr := range c.predNames[fp] {
		j := c.predToGold[pr.typ][pr.i]
		if j < 0 {
			continue
		}
		for _, gr := range c.goldNames[fg] {
			if gr.typ == pr.typ && gr.i == j {
				return true
			}
		}
	}
	return false
}

// shared counts the participants two events share, each matched once.
func (c *comparison) shared(pred, gold []string) int {
	n, _, _ := c.shareParticipants(pred, gold)
	return n
}

// shareParticipants pairs participants one-to-one and returns how many
// are shared, the predicted ones left over and the gold ones missed.
func (c *comparison) shareParticipants(pred, gold []string) (n int, extra, missing []string) {
	used := make([]bool, len(pred))
	for _, g := range gold {
		found := false
		for i, p := range pred {
			if !used[i] && c.sameThing(p, g) {
				used[i], found = true, true
				n++
				break
			}
		}
		if !found {
			missing = append(missing, g)
		}
	}
	for i, p := range pred {
		if !used[i] {
			extra = append(extra, p)
		}
	}
	return n, extra, missing
}

func (c *comparison) samePlace(p, g *string) bool {
	if p == nil || g == nil {
		return p == nil && g == nil
	}
	return c.sameThing(*p, *g)
}

// events pairs predicted and gold events one-to-one. A pair is a candidate
// when the types are equal, the dates compatible and, if the gold event
// has participants, at least one is shared. Candidates are taken greedily,
// best first: more shared participants, then an exact date, then the same
// place, then document order; so a vague prediction does not steal the
// gold event that a precise one matches.
func (c *comparison) events(pred, gold []Event) {
	predUsed, goldUsed := make([]bool, len(pred)), make([]bool, len(gold))
	for _, k := range c.eventCandidates(pred, gold) {
		if predUsed[k.i] || goldUsed[k.j] {
			continue
		}
		predUsed[k.i], goldUsed[k.j] = true, true
		c.matchedEvent(pred[k.i], gold[k.j], k)
	}
	r := c.r
	for i := range pred {
		if !predUsed[i] {
			r.Events.FP++
		}
	}
	for j, g := range gold {
		if isMain(g) {
			r.MainEvents.Total++
			if goldUsed[j] {
				r.MainEvents.Correct++
			}
		}
		if !goldUsed[j] {
			r.Events.FN++
		}
	}
	c.classify(pred, gold, predUsed, goldUsed)
}

// eventCand is a candidate pair of predicted event i and gold event j:
// the participants they share, and 1 when the dates are equal, the
// places the same.
type eventCand struct{ i, j, shared, exact, place int }

// eventCandidates lists the candidate pairs, best first.
func (c *comparison) eventCandidates(pred, gold []Event) []eventCand {
	var cands []eventCand
	for j, g := range gold {
		for i, p := range pred {
			if fold.Key(p.Type) != fold.Key(g.Type) || !DatesCompatible(p.Date, g.Date) {
				continue
			}
			s := c.shared(p.Participants, g.Participants)
			if len(g.Participants) > 0 && s == 0 {
				continue
			}
			k := eventCand{i: i, j: j, shared: s}
			if str(p.Date) == str(g.Date) {
				k.exact = 1
			}
			if c.samePlace(p.Place, g.Place) {
				k.place = 1
			}
			cands = append(cands, k)
		}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.shared != y.shared {
			return x.shared > y.shared
		}
		if x.exact != y.exact {
			return x.exact > y.exact
		}
		if x.place != y.place {
			return x.place > y.place
		}
		if x.j != y.j {
			return x.j < y.j
		}
		return x.i < y.i
	})
	return cands
}

// matchedEvent scores the participants and place of a matched pair.
func (c *comparison) matchedEvent(p, g Event, k eventCand) {
	r := c.r
	r.Events.TP++
	r.Participants.TP += k.shared
	r.Participants.FP += len(p.Participants) - k.shared
	r.Participants.FN += len(g.Participants) - k.shared
	if _, extra, missing := c.shareParticipants(p.Participants, g.Participants); len(extra)+len(missing) > 0 {
		r.errors().add(g.Type, ClassPartParticipants)
		r.Mismatches = append(r.Mismatches, Item{Kind: "participants", Class: ClassPartParticipants,
			Text: fmt.Sprintf("%s: extra [%s], missing [%s]", eventText(g),
				strings.Join(extra, "; "), strings.Join(missing, "; ")),
			Evidence: p.Evidence})
	}
	r.Place.Total++
	if k.place == 1 {
		r.Place.Correct++
	} else {
		r.errors().add(g.Type, ClassWrongPlace)
		r.Mismatches = append(r.Mismatches, Item{Kind: "place", Class: ClassWrongPlace,
			Text:     fmt.Sprintf("%s: got %s, want %s", eventText(g), orNull(p.Place), orNull(g.Place)),
			Evidence: p.Evidence})
	}
}

func isMain(e Event) bool { return strings.EqualFold(strings.TrimSpace(e.Salience), "main") }

// eventText is a one-line summary: type, date, place, participants,
// salience and name.
func eventText(e Event) string {
	s := fmt.Sprintf("%s %s @%s [%s] %s", e.Type, orNull(e.Date), orNull(e.Place),
		strings.Join(e.Participants, "; "), e.Salience)
	if e.Name != "" {
		s += " — " + e.Name
	}
	return s
}

// quantities pairs predicted and gold quantities one-to-one in order.
func (c *comparison) quantities(pred, gold []Quantity) {
	predUsed := make([]bool, len(pred))
	for _, g := range gold {
		found := false
		for i, p := range pred {
			if !predUsed[i] && QuantitiesMatch(p, g) {
				predUsed[i], found = true, true
				break
			}
		}
		if found {
			c.r.Quantities.TP++
		} else {
			c.r.Quantities.FN++
			c.r.Misses = append(c.r.Misses, Item{Kind: "quantity", Text: fmt.Sprintf("%d %s", g.Value, g.Unit)})
		}
	}
	for i, p := range pred {
		if !predUsed[i] {
			c.r.Quantities.FP++
			c.r.FalsePositives = append(c.r.FalsePositives, Item{Kind: "quantity", Text: fmt.Sprintf("%d %s", p.Value, p.Unit)})
		}
	}
}

package events

// wreathWords are the words of a wreath-laying trigger.
var wreathWords = map[string]bool{"wreath": true, "wreaths": true, "flowers": true, "floral": true, "wreath-laying": true}

// wreathsAtSites places a wreath laid with no place of its own at the
// place the same visitors visit just before it in the sentence, joined by
// "and": "visited Anitkabir, the mausoleum of the founder of the
// Republic, and laid a wreath" lays it at Anitkabir.
func (doc *doc) wreathsAtSites(evs []*cand) {
	for _, c := range evs {
		if c.ev.Type != "ceremony" || c.ev.Place != "" || c.bg || !doc.laysWreath(c) {
			continue
		}
		for _, v := range evs {
			if v.sent != c.sent || v.ev.Type != "visit" || v.bg || v.ev.Place == "" || isCode(v.ev.Place) ||
				v.hit.b > c.hit.a || !shareAny(v.ev.Participants, c.ev.Participants) || !hasWordBetween(doc.words[c.sent], v.hit.b, c.hit.a, "and") {
				continue
			}
			c.ev.Place = v.ev.Place
		}
	}
}

// laysWreath reports whether the trigger of ceremony c names a wreath or
// flowers.
func (doc *doc) laysWreath(c *cand) bool {
	ws := doc.words[c.sent]
	for k := c.hit.a; k < c.hit.b && k < len(ws); k++ {
		if wreathWords[ws[k].low] {
			return true
		}
	}
	return false
}

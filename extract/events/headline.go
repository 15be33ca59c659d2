package events

import "attache"

// This file holds what the headline tells of the main events: the actors
// a headline event takes from the lead, and headlines that sum up several
// meetings the story then tells one by one.

// headlineActors gives a headline event that no lead event retold the
// actors of the lead sentence: "Army sends off 197 troops to ECOWAS
// mission" is told in full by "The Nigerian Army on Thursday sent off a
// 197-member contingent, Nigerian Company 9, ...", whose verb is another.
func (doc *doc) headlineActors(mains []*cand) {
	if !doc.headline || len(doc.sents) < 2 {
		return
	}
	lead := -1
	for s := 1; s < len(doc.sents) && doc.lead[s]; s++ {
		lead = s // the last sentence of the lead: past a dateline of its own
	}
	if lead < 0 {
		return
	}
	for _, c := range mains {
		if c.sent != 0 || c.told || c.party != "" {
			continue // one of separate meetings has its own counterpart
		}
		for _, p := range doc.headlineVisitors(c, doc.actors(lead)) {
			c.ev.Participants = appendUniq(c.ev.Participants, p)
		}
	}
}

// headlineVisitors returns those of the lead's actors who make the
// headline's visit c when the headline names the visitors' state before
// its verb ("Turkish naval commander visits Mtongwe naval base": the
// Turkish admiral, not the Kenyan commander who held talks with him);
// else, and for other events, all of them.
func (doc *doc) headlineVisitors(c *cand, actors []string) []string {
	if c.ev.Type != "visit" {
		return actors
	}
	code := ""
	for _, m := range doc.ments[0] {
		if m.e.Type != attache.Country || m.start >= c.at {
			continue
		}
		if code != "" && code != m.e.Country {
			return actors // two states: no one visitor's
		}
		code = m.e.Country
	}
	if code == "" {
		return actors
	}
	var out []string
	for i := range doc.x.Entities {
		if e := &doc.x.Entities[i]; e.Country == code && e.Type != attache.Country && contains(actors, e.Name) {
			out = append(out, e.Name)
		}
	}
	if len(out) == 0 {
		return actors
	}
	return out
}

// dropSummaries returns evs without a headline meeting that sums up the
// separate meetings the story tells one by one ("Minister holds talks
// with Malaysian, Vietnamese, Australian counterparts at ADMM-Plus",
// "holds side meetings with five counterparts"): each of those is an
// event of its own, and the summary none.
func (doc *doc) dropSummaries(evs []*cand) []*cand {
	if !doc.headline {
		return evs
	}
	separate := 0
	for _, c := range evs {
		if c.ev.Type == "meeting" && c.party != "" && c.sent > 0 {
			separate++
		}
	}
	if separate < 2 {
		return evs
	}
	out := evs[:0]
	for _, c := range evs {
		if c.sent == 0 && c.ev.Type == "meeting" && c.party == "" && !c.told {
			continue
		}
		out = append(out, c)
	}
	return out
}

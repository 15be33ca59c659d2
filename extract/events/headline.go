package events

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
		for _, p := range doc.actors(lead) {
			c.ev.Participants = appendUniq(c.ev.Participants, p)
		}
	}
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

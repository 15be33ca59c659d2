package events

// seriesTypes gives each round of talks told as "the next round" or "the
// previous round of talks" the type of the talks the article is about:
// the next round of defence policy talks is a dialogue, the previous round
// of the ministers' talks a meeting. A round that names no party of its
// own is held by the parties of those talks. With no main talks it stays
// what its rule says.
func (st *story) seriesTypes(evs []*cand) {
	var talks *cand
	for _, m := range st.mains {
		if m.ev.Type == "meeting" || m.ev.Type == "dialogue" {
			talks = m
			break
		}
	}
	if talks == nil {
		return
	}
	for _, c := range evs {
		if c.r == nil || !c.r.series || c.ev.Salience == "main" {
			continue
		}
		c.ev.Type = talks.ev.Type
		if len(c.ev.Participants) == 0 {
			c.ev.Participants = append([]string(nil), talks.ev.Participants...)
		}
		if c.ev.Type == "dialogue" {
			// the mechanism meets in every session: its next one is its
			// own too ("agreed to hold the next meeting in Tashkent")
			for _, p := range withoutCodes(talks.ev.Participants) {
				if !st.doc.isPerson(p) {
					c.ev.Participants = appendUniq(c.ev.Participants, p)
				}
			}
		}
	}
}

// headlineTalks drops a headline's meeting that the lead tells as the
// session of a standing mechanism or a conference: "Peru and Ecuador hold
// binational meeting in Tumbes", then "A and B co-chaired the 18th
// Binational Meeting of Commanders-in-Chief", is that one dialogue. The
// dialogue keeps the headline's place when it has none and is the main
// event, as the headline was. Talks the lead tells again as such between
// two named persons are not the session: they stay a meeting.
func (doc *doc) headlineTalks(evs []*cand) []*cand {
	if !doc.headline {
		return evs
	}
	for _, h := range evs {
		if h.sent != 0 || h.ev.Type != "meeting" || h.bg || h.party != "" {
			continue
		}
		if h.told && len(doc.personsOf(h.ev.Participants)) >= 2 {
			// "Minister holds talks in Beijing", then "A held talks with
			// B ... while attending the Xiangshan Forum": the lead tells
			// the headline's talks between two named persons with a talk
			// trigger of its own; they stay a meeting beside the forum
			continue
		}
		for _, d := range evs {
			if d.sent == 0 || d.sent > 3 || d.bg || d.toCome || d.ev.Type != "dialogue" && d.ev.Type != "conference" ||
				!dateCompatible(h.ev.Date, d.ev.Date) && h.ev.Date != "" && d.ev.Date != "" {
				continue
			}
			if d.ev.Place == "" {
				d.ev.Place = h.ev.Place
			}
			d.ev.Salience = "main"
			return dropCand(evs, h)
		}
	}
	return evs
}

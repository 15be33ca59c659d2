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
	}
}

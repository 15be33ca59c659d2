package events

// seriesTypes gives each round of talks told as "the next round" or "the
// previous round of talks" the type of the talks the article is about:
// the next round of defence policy talks is a dialogue, the previous round
// of the ministers' talks a meeting. With no main talks it stays what its
// rule says.
func (st *story) seriesTypes(evs []*cand) {
	typ := ""
	for _, m := range st.mains {
		if m.ev.Type == "meeting" || m.ev.Type == "dialogue" {
			typ = m.ev.Type
			break
		}
	}
	if typ == "" {
		return
	}
	for _, c := range evs {
		if c.r != nil && c.r.series && c.ev.Salience != "main" {
			c.ev.Type = typ
		}
	}
}

package events

import "attache"

// portCallGuests adds the navy whose ships make the article's port call
// (the bodies of its main visit, told with ships) to the exercise and the
// welcome of that story whose sentence speaks of the ships or the navies
// without naming the body: "the two navies will conduct a passing
// exercise off Bataan", "the Chinese ships will hold a passing exercise
// with the Sri Lanka Navy", "the frigate ... was welcomed with honours by
// Rear Admiral X". The ships stand for the navy that sent them; its state
// follows (forceStates).
func (doc *doc) portCallGuests(evs []*cand) {
	guests := doc.callingForces(evs)
	if len(guests) == 0 {
		return
	}
	host, hostKnown := "", false // the host's navy, looked up once
	for _, c := range evs {
		switch {
		case c.ev.Type != "exercise" && c.ev.Type != "ceremony",
			c.bg || c.past || c.ev.Salience == "background",
			c.ev.Type == "ceremony" && c.r.pattern[0].ordinal: // an anniversary is its owner's
			continue
		}
		if !doc.sentenceHas(c.sent, doc.d.places.vessel) && !doc.sentenceHas(c.sent, doc.d.places.crew) {
			continue
		}
		for _, g := range guests {
			c.ev.Participants = appendUniq(c.ev.Participants, g)
		}
		if hasWord(doc.words[c.sent], "navies") {
			// "the two navies": the host's too
			if !hostKnown {
				host, hostKnown = doc.hostForce(guests), true
			}
			c.ev.Participants = appendUniq(c.ev.Participants, host)
		}
	}
}

// hostForce returns the first armed force the article names of the
// other state of its pair than the guests' own, or "".
func (doc *doc) hostForce(guests []string) string {
	if len(doc.pair) != 2 {
		return ""
	}
	orgs := doc.orgsByName()
	own := ""
	if e := orgs[guests[0]]; e != nil {
		own = e.Country
	}
	other := ""
	switch own {
	case doc.pair[0]:
		other = doc.pair[1]
	case doc.pair[1]:
		other = doc.pair[0]
	default:
		return ""
	}
	for _, ms := range doc.ments {
		for _, m := range ms {
			if m.e.Country == other && m.e.Type == attache.Organization && doc.isForce(m.e.Name) {
				return m.e.Name
			}
		}
	}
	return ""
}

// callingForces returns the armed forces among the participants of the
// article's first main visit when that visit is a port call: its sentence
// or the opening ones speak of ships ("frigates", "the destroyer").
func (doc *doc) callingForces(evs []*cand) []string {
	for _, c := range evs {
		if c.ev.Type != "visit" || c.ev.Salience != "main" {
			continue
		}
		if !doc.sentenceHas(c.sent, doc.d.places.vessel) && !doc.openingShips() {
			return nil
		}
		var out []string
		for _, p := range c.ev.Participants {
			if !isCode(p) && doc.isForce(p) {
				out = append(out, p)
			}
		}
		return out
	}
	return nil
}

// openingShips reports whether the headline or the lead speaks of ships.
func (doc *doc) openingShips() bool {
	for s := 0; s < 2 && s < len(doc.words); s++ {
		if doc.sentenceHas(s, doc.d.places.vessel) {
			return true
		}
	}
	return false
}

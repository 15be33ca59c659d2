package events

import "attache"

// onlineForum turns a video call among three states or more into the
// online conference it is: "the defence ministers of A, B, C, D and E held
// a video conference" is a conference of the five, while "A spoke by video
// conference with B" stays the meeting of its two sides, whatever else
// the sentence names. A phone call stays a call.
func (doc *doc) onlineForum(c *cand) {
	if c.ev.Type != "meeting" || c.r == nil || c.r.cameo != "041" {
		return
	}
	ws := doc.words[c.sent]
	at := videoAt(ws, c.at)
	if at < 0 {
		return
	}
	for k := at + 1; k < len(ws) && k <= at+3; k++ {
		if ws[k].low == "with" || ws[k].low == "between" {
			return
		}
	}
	var states []string
	for _, m := range doc.ments[c.sent] {
		if m.e.Type == attache.Country && m.e.Country != "" {
			states = appendUniq(states, m.e.Country)
		}
	}
	if len(states) < 3 {
		return
	}
	c.ev.Type = "conference"
	c.ev.Participants = states
}

// videoAt returns the word that speaks of a video link in the trigger
// starting at offset at, or within the two words before it ("held a video
// conference", "via video link", "a virtual meeting"), or -1.
func videoAt(ws []word, at int) int {
	for i, w := range ws {
		if w.start < at {
			continue
		}
		for k := max(0, i-2); k <= min(i+1, len(ws)-1); k++ {
			switch ws[k].low {
			case "video", "videoconference", "video-conference", "virtual", "online", "videolink":
				return k
			}
		}
		return -1
	}
	return -1
}

// callPositions clears the place of the statements of evs made in the
// story's phone or video call ("In the 40-minute call, the two ministers
// opposed any attempt to change the status quo by force"): a position
// stated in a call joins two places and is made in neither, unless the
// statement's own clause names where it was made.
func (doc *doc) callPositions(evs []*cand) {
	var call *cand
	for _, c := range evs {
		if c.ev.Type == "meeting" && c.ev.Cameo == "041" && !c.bg && !c.past && c.ev.Salience == "main" {
			call = c
			break
		}
	}
	if call == nil {
		return
	}
	for _, c := range evs {
		if c.ev.Type != "statement" || c.ev.Place == "" || c.bg || c.past || !dateCompatible(call.ev.Date, c.ev.Date) ||
			!shareAny(call.ev.Participants, c.ev.Participants) || doc.placeInClause(c.sent, c.hit, c.ev.Place) {
			continue
		}
		c.ev.Place = ""
	}
}

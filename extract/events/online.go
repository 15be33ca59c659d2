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

package extract

import "attache/extract/text"

// shipVenues finds a named ship used as the venue of an event: "hosted a
// reception aboard HMS Medway", "talks were held on board INS Delhi". A
// ship is a place there, as a hotel or a base is; a ship that only
// carries troops ("departed aboard BRP Antonio Luna") stays out.
func (d *doc) shipVenues() {
	n := len(d.toks)
	for i := d.headline; i+2 < n; i++ {
		t := &d.toks[i]
		if t.Kind != text.Word || t.Cap || t.Fold != "aboard" && t.Fold != "onboard" && !(t.Fold == "board" && i > 0 && d.toks[i-1].Fold == "on") {
			continue
		}
		// past the article, the ship's state and its kind: "on board the
		// Turkish frigate TCG Anadolu"
		s := i + 1
		for s < n && s-i <= 3 && (d.toks[s].Fold == "the" || !d.toks[s].Cap && d.x.is(cVessel, d.toks[s].Text) ||
			d.toks[s].Cap && (d.known[s].kind == kDemonym || d.known[s].kind == kCountry)) {
			s++
		}
		if s >= n || !d.toks[s].Upper || !d.textIs(s, cVessel) {
			continue
		}
		e := s + 1
		for e < n && e-s <= 3 && d.toks[e].Kind == text.Word && d.toks[e].Cap && !d.toks[e].Upper && d.toks[e].Sent == t.Sent {
			e++
		}
		if e == s+1 || !d.sentenceHosts(i, t.Sent) {
			continue
		}
		d.takeSite(s, e)
		i = e - 1
	}
}

// sentenceHosts reports a word of holding an event (lexicon hostword:
// "hosted", "reception", "ceremony") in the sentence of token i, a few
// words either side.
func (d *doc) sentenceHosts(i, sent int) bool {
	for k := i - 1; k >= 0 && i-k <= 40 && d.toks[k].Sent == sent; k-- {
		if t := &d.toks[k]; !t.Cap && t.Kind == text.Word && d.x.is(cHostword, t.Fold) {
			return true
		}
	}
	for k := i + 1; k < len(d.toks) && k-i <= 12 && d.toks[k].Sent == sent; k++ {
		if t := &d.toks[k]; !t.Cap && t.Kind == text.Word && d.x.is(cHostword, t.Fold) {
			return true
		}
	}
	return false
}

package events

import "attache"

// cityBackReach is how many sentences back the city "the city" points
// at may be named.
const cityBackReach = 4

// cityBackNear returns the city that "in the port city" or "at the town"
// near trigger h of sentence s points back at: the last city named before
// the phrase, in the sentence or the few before it. It returns "" when the
// clause has no such phrase or the story named no city before it.
func (doc *doc) cityBackNear(s int, h hit) string {
	ws := doc.words[s]
	for k := max(2, h.a-hereReach); k < len(ws) && k < h.b+hereReach; k++ {
		if l := ws[k].low; l == ";" || l == ":" {
			return ""
		}
		if !doc.d.places.cityBack.has(ws[k].low) || k+1 < len(ws) && (ws[k+1].upper || ws[k+1].low == "of") {
			continue // "the city of Ganja", "the town Kant" name the place
		}
		j := k - 1
		for j >= 0 && k-j <= 2 && !ws[j].upper && ws[j].low != "the" {
			j-- // "the port city", "the coastal town"
		}
		if j < 1 || ws[j].low != "the" || ws[j-1].low != "in" && ws[j-1].low != "at" {
			continue
		}
		return doc.cityBefore(s, ws[j].start)
	}
	return ""
}

// cityBefore returns the last city named before byte pos of sentence s, or
// in the sentences just before it.
func (doc *doc) cityBefore(s, pos int) string {
	for p := s; p >= 0 && s-p <= cityBackReach; p-- {
		ms := doc.ments[p]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if p == s && m.end > pos || m.e.Type != attache.Location {
				continue
			}
			if doc.isCity(m.e.Name) {
				return m.e.Name
			}
		}
	}
	return ""
}

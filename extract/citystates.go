package extract

import (
	"strconv"

	"attache"
	"attache/extract/text"
	"attache/fold"
	"attache/kb"
)

// cityStates maps the code of every city-state whose capital bears its
// name (a capital in places.tsv named like its own country: Singapore,
// San Marino) to that place's index in k.Places. Such a name is read as
// the state by the country gazetteer; cityStatePlaces adds the city where
// the text uses the name as a place.
func cityStates(k *kb.KB) map[string]int {
	out := map[string]int{}
	for i, p := range k.Places {
		if p.Kind != "capital" || p.Country == "" {
			continue
		}
		if c, ok := k.CountryByCode(p.Country); ok && fold.Key(c.Name) == fold.Key(p.Name) {
			out[p.Country] = i
		}
	}
	return out
}

// isCityState reports the place with index pi as a city-state's namesake
// capital, which the gazetteers leave to the state's name.
func (x *Extractor) isCityState(pi int) bool {
	i, ok := x.cityState[x.kb.Places[pi].Country]
	return ok && i == pi
}

// cityStatePlaces records a city-state's name used as a place ("met in
// Singapore", "arrived in Monaco", a "SINGAPORE –" dateline) as the
// location too; the state stays (countries adds it). Named as a state
// ("Singapore's Chief of Defence Force", "Singapore and Malaysia") it is
// the country alone.
func (d *doc) cityStatePlaces() {
	for _, m := range d.cmatch {
		co := d.x.kb.Countries[m.p.entries[0].index]
		pi, ok := d.x.cityState[co.Code]
		if !ok || m.p.entries[0].kind != kCountry {
			continue
		}
		if l := d.lab[m.start]; l != nil {
			if l.typ == attache.Location && fold.Key(l.name) == fold.Key(co.Name) {
				// read as a place by its last word ("Vatican City"), which
				// countries passes over: the state is named too
				s := d.get(attache.Country, co.Code, co.Name)
				s.country, s.credit = co.Code, false
				s.mentions = append(s.mentions, d.mention(m.start, m.end))
			}
			continue
		}
		if !d.countryDateline(m) && !(d.afterPlacePreposition(m.start) && !d.inStateList(m)) {
			continue
		}
		c := d.get(attache.Location, "kb"+strconv.Itoa(pi), d.x.kb.Places[pi].Name)
		c.country = co.Code
		c.mentions = append(c.mentions, d.mention(m.start, m.end))
		c.credit = false
	}
}

// afterPlacePreposition reports a name at token s written after a
// preposition of place ("in", "at", "to", "from", "into"), the article
// "the" aside; "to" after a post names the state ("Ambassador to").
func (d *doc) afterPlacePreposition(s int) bool {
	j := s - 1
	if j < 0 || d.toks[j].Sent != d.toks[s].Sent || d.toks[j].Kind != text.Word || d.toks[j].Cap {
		return false
	}
	switch d.toks[j].Fold {
	case "in", "at", "into", "from":
		return true
	case "to":
		return j == 0 || !d.post[j-1] && !d.toks[j-1].Cap
	}
	return false
}

// inStateList reports a state's name followed by "and", "or" or a comma
// and another state's ("in Singapore and Malaysia"): the states, not a
// city. A list ending in the name ("in Malaysia and Singapore") has no
// preposition before it.
func (d *doc) inStateList(m match) bool {
	j, k := m.end, m.end+1
	if j >= len(d.toks) || k >= len(d.toks) {
		return false
	}
	switch d.toks[j].Fold {
	case ",", "and", "or":
		if d.toks[k].Fold == "the" && k+1 < len(d.toks) {
			k++
		}
		return d.kstart[k] && (d.known[k].kind == kCountry || d.known[k].kind == kDemonym)
	}
	return false
}

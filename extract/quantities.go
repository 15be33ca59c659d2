package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
)

// quantities finds counts of people, units, places and the like: "76
// individuals", "eight women", "over 250 officers and doctors", "a
// 120-strong contingent", "bringing the number of sites to nine".
// Ordinals, years, dates, ages, durations, money, measures and unit
// numbers ("Rotation 6") are not counts; nor are counts that refer back to
// parties already named ("the two countries").
func (d *doc) quantities() []attache.Quantity {
	var out []attache.Quantity
	var back []bool // out[k] was written "the N ..."
	n := len(d.toks)
	for i := 0; i < n; i++ {
		v, next, ok := d.number(i)
		if !ok {
			continue
		}
		if t := &d.toks[i]; t.Kind == text.Word && t.Cap && !t.SentStart && !d.afterDateline(i) && i+1 < n && d.toks[i+1].Cap {
			continue // a name: "the Five Power Defence Arrangements"
		}
		the := false
		if i > 0 {
			switch p := &d.toks[i-1]; {
			case p.Fold == "the" || p.Fold == "both" || p.Fold == "these" || p.Fold == "those" || p.Fold == "our":
				the = true
			case p.Fold == "no" || p.Fold == "#" || p.Fold == "-" && p.End == d.toks[i].Start:
				continue // "Level-2", "#3" are names; a spaced dash ends a dateline ("Manila - Two ships")
			case p.Fold == "." && (p.End == d.toks[i].Start || i >= 2 && d.x.abbr[d.toks[i-2].Fold]):
				continue // "No. 3", "1.5"; a count may open a sentence after a full stop
			case d.designation(i - 1):
				continue
			}
		}
		if d.member(next) {
			// "the 58-member medical team" counts members, not teams
			t := &d.toks[next-1]
			out = append(out, attache.Quantity{Value: v, Unit: memberPlural[t.Fold], Start: d.toks[i].Start, End: t.End})
			back = append(back, false)
			i = next - 1
			continue
		}
		if q, e, ok := d.rangeCount(i, next, v); ok {
			out, back = append(out, q), append(back, the)
			i = e - 1
			continue
		}
		if q, e, ok := d.sharedHead(i, next, v); ok {
			out, back = append(out, q), append(back, the)
			i = e - 1
			continue
		}
		s, e, ok := d.countedNoun(i, next, d.strong(i, next))
		if !ok {
			if q, ok := d.numberOf(i, v); ok {
				out, back = append(out, q), append(back, false)
			} else if q, ok := d.listed(i, next, v, out); ok {
				out, back = append(out, q), append(back, false)
			} else if q, ok := d.partOf(i, next, v); ok {
				out, back = append(out, q), append(back, false)
			} else if q, ok := d.leadNoun(i, next, v, out); ok {
				out, back = append(out, q), append(back, false)
			}
			continue
		}
		if the && d.refersBack(s, e, v) {
			i = e - 1
			continue
		}
		a, b := d.toks[s].Start, d.toks[e-1].End
		out = append(out, attache.Quantity{Value: v, Unit: d.text[a:b], Start: d.toks[i].Start, End: b})
		back = append(back, the)
		i = e - 1
	}
	return d.dropRepeats(out, back)
}

// afterDateline reports whether token i follows a spaced dash, as the
// first word after a dateline does ("Manila (dpa) - Two German Navy
// ships"): it is capitalised as a sentence's first word is.
func (d *doc) afterDateline(i int) bool {
	if i == 0 {
		return false
	}
	p := &d.toks[i-1]
	switch p.Fold {
	case "-", "–", "—", "--":
		return p.End < d.toks[i].Start && (i < 2 || d.toks[i-2].End < p.Start)
	}
	return false
}

// designation reports whether the capitalised word at k names what the
// number after it designates ("Rotation 6", "Hospital 2", "Resolution
// 2086") rather than counting: a capital that is not there because a
// sentence or a title-case headline starts, nor a function word ("Over",
// "Some") or a demonym.
func (d *doc) designation(k int) bool {
	p := &d.toks[k]
	if p.Kind != text.Word || !p.Cap {
		return false
	}
	if k < d.headline {
		return d.x.is(cOrghead, p.Text) || p.Fold == "rotation" || p.Fold == "rotations"
	}
	return !p.SentStart && !d.x.is(cFunction, p.Text) && d.known[k].kind != kDemonym
}

// hyphenated reports a word at k that closes a hyphenated compound:
// "range" of "long-range".
func (d *doc) hyphenated(k int) bool {
	return k >= 2 && k < len(d.toks) && d.toks[k-1].Fold == "-" && d.toks[k-1].Start == d.toks[k-2].End && d.toks[k].Start == d.toks[k-1].End
}

// member reports whether a count ends with "-member" (or "-man",
// "-person": memberPlural) before token next.
func (d *doc) member(next int) bool {
	return next >= 2 && memberPlural[d.toks[next-1].Fold] != "" && d.toks[next-2].Fold == "-"
}

// sharedHead reads a count whose noun is left to the next count of a
// pair: "about 9,000 American and 5,000 Filipino service members",
// "22 single-seat and four twin-seat aircraft" count 9,000 American
// service members and 22 single-seat aircraft. Up to three modifiers (no
// noun of the lexicon) come between the count and "and"; the second
// count's phrase has a modifier of its own, which the first replaces. It
// returns the count and the token after its modifiers.
func (d *doc) sharedHead(i, next, v int) (attache.Quantity, int, bool) {
	n := len(d.toks)
	k := next
	for k < n && k-next < 5 && d.toks[k].Fold != "and" {
		t := &d.toks[k]
		if t.Sent != d.toks[i].Sent || t.Kind == text.Number || t.Kind == text.Punct && !(t.Fold == "-" && d.hyphenated(k+1)) ||
			t.Kind == text.Word && (d.x.is(cPerson|cCountable|cNotcount|cFunction|cVerb, t.Fold) || d.lab[k] != nil) {
			return attache.Quantity{}, 0, false
		}
		k++
	}
	if k == next || k+1 >= n || d.toks[k].Fold != "and" {
		return attache.Quantity{}, 0, false
	}
	_, next2, ok := d.number(k + 1)
	if !ok {
		return attache.Quantity{}, 0, false
	}
	s2, e2, ok := d.countedNoun(k+1, next2, false)
	if !ok || e2-s2 < 2 || !d.x.is(cPerson|cCountable, d.toks[e2-1].Fold) {
		return attache.Quantity{}, 0, false
	}
	h := s2 + 1 // the second count's own modifier, a hyphened one whole
	if h+1 < e2 && d.toks[h].Fold == "-" {
		h += 2
	}
	unit := d.text[d.toks[next].Start:d.toks[k-1].End] + " " + d.text[d.toks[h].Start:d.toks[e2-1].End]
	return attache.Quantity{Value: v, Unit: unit, Start: d.toks[i].Start, End: d.toks[k-1].End}, k, true
}

// listReach is how many counts back a part of a list looks for the count
// of people it belongs to.
const listReach = 8

// listed reads a count that leaves its noun to an earlier count of the
// same sentence: "nearly 900 troops, including 412 from Indonesia and 200
// from Malaysia" counts 412 and 200 troops. The count must open a part of
// a list ("including", "and", a comma or bracket before it) and be
// followed by where its members come from.
func (d *doc) listed(i, next, v int, prev []attache.Quantity) (attache.Quantity, bool) {
	if len(prev) == 0 || i == 0 || next >= len(d.toks) || d.toks[next].Fold != "from" {
		return attache.Quantity{}, false
	}
	switch d.toks[i-1].Fold {
	case "including", "and", ",", "(", "with", ":":
	default:
		return attache.Quantity{}, false
	}
	start := d.sentStart(i)
	if prev[len(prev)-1].Start < start {
		return attache.Quantity{}, false
	}
	// people come from somewhere: "1,181 troops of three contingents,
	// including 812 from an infantry battalion" counts troops
	anchor := prev[len(prev)-1]
	for k := len(prev) - 1; k >= 0 && k >= len(prev)-listReach && prev[k].Start >= start; k-- {
		if d.x.is(cPerson, lastWord(prev[k].Unit)) {
			anchor = prev[k]
			break
		}
	}
	return attache.Quantity{Value: v, Unit: anchor.Unit, Start: d.toks[i].Start, End: d.toks[i].End}, true
}

// partOf reads "four of the units", "12 of them", "300 of its soldiers":
// a count of part of a group, whose noun follows "of the" (or "its",
// "their"). Only a noun of the lexicon counts. A part told as what its
// members are ("160 of the participants are women", "about 100 of them
// women") counts that noun instead.
func (d *doc) partOf(i, next, v int) (attache.Quantity, bool) {
	n := len(d.toks)
	if next+1 >= n || d.toks[next].Fold != "of" {
		return attache.Quantity{}, false
	}
	switch d.toks[next+1].Fold {
	case "the", "its", "their":
		s, end, ok := d.countedNoun(i, next+2, false)
		if !ok || end-s > 2 {
			return attache.Quantity{}, false
		}
		if _, _, num := d.number(s); num {
			return attache.Quantity{}, false // "two of the three ships" counts the three
		}
		if q, ok := d.partIs(i, end, v); ok {
			return q, true
		}
		a, b := d.toks[s].Start, d.toks[end-1].End
		return attache.Quantity{Value: v, Unit: d.text[a:b], Start: d.toks[i].Start, End: b}, true
	case "them", "whom": // "of them": the group is told before
		return d.partIs(i, next+2, v)
	}
	return attache.Quantity{}, false
}

// partIs reads what the members of a part are, after the group that ends
// at token e: "are women", "were officers", or the noun alone ("100 of
// them women"): a person noun of the lexicon.
func (d *doc) partIs(i, e, v int) (attache.Quantity, bool) {
	if e < len(d.toks) && (d.toks[e].Fold == "are" || d.toks[e].Fold == "were") {
		e++
	}
	if e >= len(d.toks) || d.toks[e].Kind != text.Word || !d.foldIs(e, cPerson) {
		return attache.Quantity{}, false
	}
	s, end, ok := d.countedNoun(i, e, false)
	if !ok || end-s > 2 {
		return attache.Quantity{}, false
	}
	a, b := d.toks[s].Start, d.toks[end-1].End
	return attache.Quantity{Value: v, Unit: d.text[a:b], Start: d.toks[i].Start, End: b}, true
}

// sentStart returns the byte offset where the sentence of token i starts.
func (d *doc) sentStart(i int) int {
	k := i
	for k > 0 && d.toks[k-1].Sent == d.toks[i].Sent {
		k--
	}
	return d.toks[k].Start
}

// strong reports whether the number at i is written "120-strong".
func (d *doc) strong(i, next int) bool {
	return next > i+1 && d.toks[next-1].Fold == "strong"
}

// countNoun reports whether the word at j can end a counted noun phrase;
// after "120-strong" the noun is singular ("contingent", "force").
func (d *doc) countNoun(j int, singular bool) bool {
	w := d.toks[j].Fold
	if d.x.is(cPerson|cCountable, w) {
		// "eight United Nations peacekeeping missions": a noun inside a
		// name qualifies the noun after it
		return !d.toks[j].Cap || d.toks[j].SentStart || d.noNounAfter(j)
	}
	if !singular && d.toks[j].Cap && (d.known[j].kind == kDemonym && d.kstart[j] || d.known[j].kind == 0 && strings.HasSuffix(w, "s") && d.x.countryOf(w[:len(w)-1]) != "") && d.noNounAfter(j) {
		return true // "760 Cambodians", "540 Chinese"
	}
	return singular && d.x.is(cPerson|cCountable, plural(w))
}

// plural returns the plural of a singular noun as the lexicon lists it:
// "contingent" → "contingents", "company" → "companies".
func plural(w string) string {
	if n := len(w); n > 2 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// nounList extends a counted noun ending at e over ", noun" and "and
// noun" parts of a list, each noun of the lexicon with up to two
// lower-case modifiers; it returns the new end.
func (d *doc) nounList(e, sent int) int {
	n := len(d.toks)
	for e+1 < n && (d.toks[e].Fold == "and" || d.toks[e].Fold == ",") && d.toks[e].Sent == sent {
		last := d.toks[e].Fold == "and"
		k := e + 1
		// modifiers only after "and": ", including eight women" is no part
		for last && k < n && k <= e+3 && d.toks[k].Kind == text.Word && !d.toks[k].Cap && !d.x.is(cPerson|cCountable, d.toks[k].Fold) &&
			!d.x.is(cNotcount|cFunction|cVerb, d.toks[k].Fold) && numberWords[d.toks[k].Fold] == 0 {
			k++
		}
		if k >= n || d.toks[k].Kind != text.Word || d.toks[k].Cap || !d.x.is(cPerson|cCountable, d.toks[k].Fold) {
			return e
		}
		e = k + 1
		if last {
			return e
		}
	}
	return e
}

// partitiveReach is how many words after "of" a partitive noun's
// phrase may take: "pieces of arms and military and special equipment".
const partitiveReach = 7

// partitiveEnd extends a counted noun ending at e that counts things of
// a kind named after "of" (lexicon partitive): "120 units of military
// equipment", "1,500 pieces of arms and special equipment", "ten pairs
// of provinces". The phrase takes lower-case words up to a word that no
// noun phrase holds (lexicon notcount and verb, a past tense that
// modifies no word after it); it returns the new end.
func (d *doc) partitiveEnd(e, sent int) int {
	n := len(d.toks)
	if e+1 >= n || d.toks[e].Fold != "of" || !d.foldIs(e-1, cPartitive) {
		return e
	}
	end := e
	for k := e + 1; k < n && k <= e+partitiveReach; k++ {
		t := &d.toks[k]
		if t.Sent != sent || t.Kind != text.Word || t.Cap || d.x.is(cNotcount|cVerb, t.Fold) || t.Fold == "in" || t.Fold == "of" {
			break
		}
		if strings.HasSuffix(t.Fold, "ed") && !d.modifiesNext(k) {
			break // a verb: "units of equipment arrived on Monday"
		}
		if t.Fold == "and" && d.countFollows(k) {
			break // "90 items of hardware and about 12 helicopters"
		}
		if t.Fold != "and" {
			end = k + 1
		}
	}
	return end
}

// countFollows reports whether a new count starts within three words
// after token k: "and about 12", "and more than 40".
func (d *doc) countFollows(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+3 && d.toks[j].Sent == d.toks[k].Sent; j++ {
		if _, _, ok := d.number(j); ok {
			return true
		}
		if d.toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// modifiesNext reports whether the word at k comes before another
// lower-case word of its phrase, as a participle used as a modifier does:
// "armoured vehicles", not "arrived on Monday".
func (d *doc) modifiesNext(k int) bool {
	k++
	if k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	return t.Kind == text.Word && !t.Cap && t.Sent == d.toks[k-1].Sent && !d.x.is(cNotcount|cVerb, t.Fold) && t.Fold != "in" && t.Fold != "of"
}

// noNounAfter reports that no countable noun follows token j within three
// words of its sentence: "540 Chinese" counts Chinese, "540 Chinese
// military personnel" counts personnel.
func (d *doc) noNounAfter(j int) bool {
	if k := j + 3; k < len(d.toks) && d.toks[j+1].Fold == "(" && d.toks[k].Fold == ")" {
		j = k // "Forces (RFMF) personnel": the acronym is no word of the phrase
	}
	for k := j + 1; k < len(d.toks) && k <= j+3 && d.toks[k].Sent == d.toks[j].Sent && d.toks[k].Kind == text.Word; k++ {
		if d.x.is(cPerson|cCountable, d.toks[k].Fold) {
			return false
		}
	}
	return true
}

// countedNoun finds the noun phrase a count at token i counts, starting at
// token next: up to four modifiers ("high-speed guard", "ASEAN member",
// "Indian Army") and a noun of the lexicon. It returns the phrase's token
// range.
func (d *doc) countedNoun(i, next int, singular bool) (s, e int, ok bool) {
	n := len(d.toks)
	sent := d.toks[i].Sent
	words := 0
	for j := next; j < n && words < 5; j++ {
		t := &d.toks[j]
		if t.Sent != sent {
			break
		}
		if t.Kind == text.Punct {
			// a hyphen inside a compound modifier: "high-speed"
			if t.Fold == "-" && j > next && j+1 < n && d.toks[j-1].End == t.Start && d.toks[j+1].Start == t.End && d.toks[j+1].Kind == text.Word {
				continue
			}
			// the model code of a ship or aircraft: "12 FA-50 light
			// attack jets", "four Mi-17 helicopters"
			if t.Fold == "-" && j > next && j+1 < n && d.toks[j-1].Cap && d.toks[j-1].End == t.Start && d.toks[j+1].Kind == text.Number && d.toks[j+1].Start == t.End {
				j++
				continue
			}
			// the acronym of a name inside the phrase: "142 Fiji
			// Military Forces (RFMF) personnel"
			if t.Fold == "(" && j > next && j+2 < n && d.toks[j-1].Cap && d.toks[j+1].Cap && d.toks[j+2].Fold == ")" {
				j += 2
				continue
			}
			break
		}
		if t.Kind != text.Word || d.lab[j] != nil && d.lab[j].typ == attache.Person {
			break
		}
		if d.countNoun(j, singular) {
			e = j + 1
			// "38 women peacekeepers", "30 women officers": a person noun
			// qualifying the next one
			if e < n && d.toks[e].Sent == sent && d.toks[e].Kind == text.Word && d.x.is(cPerson, t.Fold) && d.foldIs(e, cPerson) && !singular {
				e++
			}
			// "armoured personnel carriers": a person noun qualifying a
			// thing the count ends with
			if e < n && d.toks[e].Sent == sent && d.toks[e].Kind == text.Word && !d.toks[e].Cap && d.x.is(cPerson, t.Fold) && d.foldIs(e, cCountable) && !d.foldIs(e, cPerson) {
				e++
			}
			// "officers and doctors", "countries, regions and international
			// organizations", "officials and industry representatives":
			// a list of nouns, each with up to two modifiers
			e = d.nounList(e, sent)
			if e+1 < n && d.toks[e].Fold == "of" && d.toks[e+1].Fold == "understanding" {
				e += 2 // "memorandums of understanding"
			}
			e = d.partitiveEnd(e, sent)
			// "seven Experts' Working Groups": the noun was a possessive
			if e < n && d.toks[e].Fold == "'" && d.toks[e].Start == d.toks[e-1].End && d.toks[e-1].Cap {
				if _, e2, ok := d.countedNoun(i, e+1, singular); ok {
					e = e2
				}
			}
			return next, e, true
		}
		if t.Fold == "and" && j > next && j+1 < n && d.toks[j+1].Kind == text.Word && (d.toks[j-1].Cap && d.toks[j+1].Cap || d.hyphenated(j-1) && d.hyphenated(j+3)) {
			// "700 RMN and RSN personnel", "260 long-range and short-range patrols"
			continue
		}
		if t.Fold == "and" && j > next && j+1 < n && d.andModifiers(j) {
			// "14 UN and coalition missions", "2,200 local and NATO
			// troops": two words modifying one noun
			continue
		}
		if t.Fold == "of" && j > next && j+1 < n && d.toks[j-1].Cap && d.toks[j+1].Cap && d.toks[j+1].Kind == text.Word {
			// "142 Republic of Fiji Military Forces (RFMF) personnel"
			continue
		}
		if d.x.is(cNotcount, t.Fold) || t.Fold == "of" || t.Fold == "and" || t.Fold == "in" {
			break
		}
		// a verb stops the phrase, unless it is a participle used as a
		// modifier: "agreed sites", "trained peacekeepers"
		if d.x.is(cVerb, t.Fold) && !(strings.HasSuffix(t.Fold, "ed") && j+1 < n && d.toks[j+1].Kind == text.Word) {
			break
		}
		words++
	}
	return 0, 0, false
}

// andModifiers reports whether the "and" at j joins two modifiers of one
// noun, one of them a name or both lower case: "UN and coalition
// missions", "local and NATO troops", "local and foreign journalists".
// The word after "and" is no number, determiner or verb, and a lower-case
// one comes before another word of the phrase.
func (d *doc) andModifiers(j int) bool {
	a, b := &d.toks[j-1], &d.toks[j+1]
	if a.Kind != text.Word || b.Kind != text.Word || numberWords[b.Fold] != 0 || d.x.is(cNotcount|cVerb, b.Fold) {
		return false
	}
	if b.Cap {
		return !a.Cap && !d.x.is(cNotcount|cVerb, a.Fold) // Cap and Cap is read above
	}
	return d.modifiesNext(j + 1)
}

// refersBack reports whether "the N <phrase>" names parties already
// introduced ("the two countries", "the four defence ministers") rather
// than a new count ("the ten ASEAN member states", "the five original
// sites"): its noun is a party noun, or any noun after "the two" ("the
// two battalions", "our two defence forces": a pair told before), and no
// capitalised word qualifies it.
func (d *doc) refersBack(s, e, v int) bool {
	if v != 2 && !d.foldIs(e-1, cParty) {
		return false
	}
	for k := s; k < e-1; k++ {
		if d.toks[k].Cap && d.known[k].kind != kDemonym {
			return false
		}
	}
	return true
}

// numberOf reads "the number of X ... to N" and "the total number of X
// reached N": a count whose noun comes before it. i is the number's token.
func (d *doc) numberOf(i, v int) (attache.Quantity, bool) {
	sent := d.toks[i].Sent
	for k := i - 1; k >= 1 && i-k <= 12 && d.toks[k].Sent == sent; k-- {
		if d.toks[k].Kind == text.Number {
			break
		}
		if d.toks[k].Fold != "of" || d.toks[k-1].Fold != "number" {
			continue
		}
		s, e, ok := d.countedNoun(k, k+1, false)
		if !ok || e > i {
			break
		}
		a, b := d.toks[s].Start, d.toks[e-1].End
		return attache.Quantity{Value: v, Unit: d.text[a:b], Start: d.toks[i].Start, End: d.toks[i].End}, true
	}
	return attache.Quantity{}, false
}

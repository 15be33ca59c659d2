package extract

import (
	"strings"

	"attache"
	"attache/extract/text"
)

// areaAfter takes the area a command or unit covers when it ends the
// name at e: a state or a world region ("British Army Training Unit
// Kenya", "US Marine Corps Forces Pacific") or a compass word ("Sector
// East"). The next word must not be capitalised.
func (d *doc) areaAfter(e, sent int) int {
	n := len(d.toks)
	if e >= n || !d.toks[e].Cap || d.toks[e].Sent != sent || d.lab[e] != nil || !d.textIs(e-1, cOrghead) {
		return e
	}
	x := e + 1
	switch k := d.known[e]; {
	case d.kstart[e] && k.kind == kCountry:
	case d.kstart[e] && k.kind == kPlace && d.x.kb.Places[k.index].Country == "" && (d.x.kb.Places[k.index].Kind == "region" || d.x.kb.Places[k.index].Kind == "sea"):
	case k.kind == 0 && isCompass(d.toks[e].Fold):
	default:
		return e
	}
	for x < n && !d.kstart[x] && d.known[x] == d.known[e] && d.known[e].kind != 0 {
		x++
	}
	if x < n && d.toks[x].Sent == sent && d.toks[x].Kind == text.Word && d.toks[x].Cap {
		return e
	}
	return x
}

// isCompass reports a folded compass word that may end a command's name.
func isCompass(w string) bool {
	switch w {
	case "north", "south", "east", "west", "central":
		return true
	}
	return false
}

// unitEnd extends the name of a numbered unit ending at e over the rest
// of its kind ("3rd Army Area", "17th Sri Lanka Force Protection
// Company") and over the unit it belongs to, set after a comma ("1st
// Battalion, 14th Infantry Regiment").
func (d *doc) unitEnd(e, sent int) int {
	n := len(d.toks)
	for e < n && d.toks[e].Cap && d.toks[e].Sent == sent && d.lab[e] == nil && d.textIs(e, cUnithead) {
		e++
	}
	if k := d.headAhead(e, sent); k > e {
		e = k
	}
	if e+1 < n && d.toks[e].Fold == "," && isOrdinal(&d.toks[e+1]) && d.toks[e+1].Sent == sent {
		if k := d.headAhead(e+2, sent); k > e+2 {
			return k
		}
	}
	return e
}

// headAhead returns the end of the head words that close up to two free
// capitalised words from token j ("Protection Company", "Infantry
// Regiment"), or j.
func (d *doc) headAhead(j, sent int) int {
	n := len(d.toks)
	k := j
	for k < n && k-j < 3 && d.toks[k].Cap && d.toks[k].Kind == text.Word && d.toks[k].Sent == sent && d.lab[k] == nil && d.known[k].kind == 0 && !d.textIs(k, cOrghead) {
		k++
	}
	if k >= n || k-j > 2 || !d.toks[k].Cap || d.lab[k] != nil || d.toks[k].Sent != sent || !d.textIs(k, cOrghead) {
		return j
	}
	for k < n && d.toks[k].Cap && d.lab[k] == nil && d.toks[k].Sent == sent && d.textIs(k, cOrghead) {
		k++
	}
	return k
}

// numberedEnd takes the number of a numbered unit after a name ending at
// e, and the command of a numbered area: "Military Region 7 Command".
func (d *doc) numberedEnd(e, sent int) int {
	n := d.orgNumber(e)
	if n <= e {
		return e
	}
	e = n
	if e < len(d.toks) && d.toks[e].Cap && d.textIs(e, cOrghead) && d.lab[e] == nil && d.toks[e].Sent == sent {
		e++
	}
	return e
}

// orgNumber takes the number of a numbered unit: "Unit No. 3", "Rotation 6",
// "Brigade 125".
func (d *doc) orgNumber(e int) int {
	n := len(d.toks)
	switch {
	case e+2 < n && d.toks[e].Fold == "no" && d.toks[e+1].Fold == "." && d.toks[e+2].Kind == text.Number:
		return e + 3
	case e > 0 && d.x.is(cUnithead, d.toks[e-1].Text) && d.compassAfter(e):
		return e + 1 // a mission's area named by a point of the compass: "Sector East"
	case e+1 < n && d.toks[e].Cap && (d.toks[e].Fold == "rotation" || d.toks[e].Fold == "contingent" || d.toks[e].Fold == "batch") && d.toks[e+1].Kind == text.Number:
		return e + 2
	case e+1 < n && d.toks[e].Fold == "-" && d.toks[e].Start == d.toks[e-1].End && d.toks[e+1].Kind == text.Number && d.toks[e+1].Start == d.toks[e].End && len(d.toks[e+1].Text) <= 3:
		return e + 2 // "Bangladesh Battalion-20"
	case e < n && isRoman(d.toks[e].Text) && d.toks[e].Start > d.toks[e-1].End:
		// "Garuda Contingent XXIII-S": a rotation in Roman numerals,
		// with the letter of its unit ("XXVI-O2" for a unit's second part)
		k := e + 1
		if k+1 < n && d.toks[k].Fold == "-" && d.toks[k].Start == d.toks[k-1].End && d.toks[k+1].Start == d.toks[k].End && unitLetter(d.toks[k+1].Text) {
			k += 2
		}
		return d.missionAfterSlash(k)
	case e < n && d.toks[e].Text == "I" && d.toks[e-1].Fold == "contingent" && d.toks[e].Start > d.toks[e-1].End:
		return e + 1 // the first rotation: "Garuda Contingent I"
	case e < n && d.toks[e].Kind == text.Number && len(d.toks[e].Text) <= 3 && d.toks[e].Start > d.toks[e-1].End:
		if e+2 < n && d.toks[e+1].Fold == "-" && d.toks[e+1].Start == d.toks[e].End && d.toks[e+2].Kind == text.Number && d.toks[e+2].Start == d.toks[e+1].End {
			return e + 3 // and the rotation's number: "Malaysian Battalion 850-14"
		}
		return e + 1
	}
	return e
}

// rotationAfter returns the end of a rotation named right after a unit's
// head words ending at e, which the unit's name takes in: "Force
// Protection Company Garuda Contingent XXVI-O2/UNIFIL", "Indonesian
// Mechanised Battalion Garuda Contingent XXIII-S"; e when none follows.
func (d *doc) rotationAfter(e, sent int) int {
	k := d.headAhead(e, sent)
	if k == e || k >= len(d.toks) || !isRoman(d.toks[k].Text) {
		return e
	}
	if r := d.orgNumber(k); r > k {
		return r
	}
	return e
}

// compassAfter reports a point of the compass at token k that closes the
// name of the area the unit head before it names: "East" of "Sector
// East", not a word of a longer name ("Sector East Commander" still
// names the sector; "Sector West Africa" does not).
func (d *doc) compassAfter(k int) bool {
	n := len(d.toks)
	if k >= n || !d.toks[k].Cap || d.toks[k].Sent != d.toks[k-1].Sent || d.lab[k] != nil || !d.textIs(k, cCompass) {
		return false
	}
	return k+1 >= n || !d.toks[k+1].Cap || d.toks[k+1].Kind != text.Word || d.post[k+1] || d.x.is(cPosthead|cOrghead, d.toks[k+1].Text)
}

// unitLetter reports the letter that marks a unit within a rotation,
// alone or with a digit: "S" of "XXIII-S", "O2" of "XXVI-O2".
func unitLetter(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return len(w) == 1 || len(w) == 2 && w[1] >= '0' && w[1] <= '9'
}

// missionAfterSlash returns the end of the mission's acronym written
// after a rotation with a slash, which is part of the rotation's name:
// "XXIII-S/UNIFIL", "XXXIX-F/MONUSCO"; k when there is none.
func (d *doc) missionAfterSlash(k int) int {
	if k+1 < len(d.toks) && d.toks[k].Fold == "/" && d.toks[k].Start == d.toks[k-1].End && d.toks[k+1].Start == d.toks[k].End && d.toks[k+1].Upper {
		return k + 2
	}
	return k
}

// slashMissionStart returns where the mission's acronym closing a
// rotation's name at e starts ("/UNIFIL"), or e: the mission is known,
// and the rotation's name still takes it in.
func (d *doc) slashMissionStart(e int) int {
	if e >= 3 && d.toks[e-2].Fold == "/" && d.toks[e-1].Upper && isRotationMark(d.toks[e-3].Text) && d.toks[e-2].Start == d.toks[e-3].End {
		return e - 2
	}
	return e
}

// isRotationMark reports the end of a rotation's number before a slash:
// the Roman numeral, or the letter of its unit ("XXIII", "S", "O2").
func isRotationMark(w string) bool { return isRoman(w) || unitLetter(w) }

// numberList finds "Rotations 1, 2, 3 and 4" after a plural unit name and
// returns the token index of each number.
func (d *doc) numberList(e int) []int {
	n := len(d.toks)
	if e+1 >= n || !d.toks[e].Cap || !strings.HasSuffix(d.toks[e].Fold, "s") {
		return nil
	}
	var nums []int
	for j := e + 1; j < n; j++ {
		t := &d.toks[j]
		if t.Kind == text.Number {
			nums = append(nums, j)
			continue
		}
		if t.Fold == "," || t.Fold == "and" {
			continue
		}
		break
	}
	if len(nums) < 2 {
		return nil
	}
	return nums
}

// unitList emits one organisation per number of "Level-2 Field Hospitals
// Rotations 1, 2, 3 and 4", in the singular.
func (d *doc) unitList(s, e, h2 int, nums []int) {
	name := singular(d.span(s, h2)) + " " + singular(d.toks[e].Text)
	for _, j := range nums {
		full := name + " " + d.toks[j].Text
		c := d.get(attache.Organization, unitKey(d.nameTokens(full)), full)
		if c.country == "" {
			c.country = d.home
		}
		m := d.mention(j, j+1)
		m.Text = full
		c.mentions = append(c.mentions, m)
		c.credit = false
	}
	first := d.byKey[string(attache.Organization)+"|"+unitKey(d.nameTokens(name+" "+d.toks[nums[0]].Text))]
	d.unlabelled++ // first may be none
	for i := s; i <= nums[len(nums)-1]; i++ {
		d.lab[i] = first
	}
}

// isRoman reports a Roman numeral of two letters or more written in
// capitals: "XXIII", "IV" (not "I", which is a word).
func isRoman(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVXLC", rune(w[i])) {
			return false
		}
	}
	return true
}

// isOrdinal reports a token written as an ordinal in digits: "7th",
// "31st", "2nd", "3rd".
func isOrdinal(t *text.Token) bool {
	w := t.Fold
	if t.Kind != text.Word || len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	switch w[i:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// singular drops the plural s of the last word: "Field Hospitals" → "Field Hospital".
func singular(s string) string {
	if strings.HasSuffix(s, "ies") {
		return s[:len(s)-3] + "y"
	}
	if strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") {
		return s[:len(s)-1]
	}
	return s
}

// unitKey is the merge key of an organisation name: its folded words and
// numbers run together, without "No." and "Rotation", so that "Level-2
// Field Hospital Rotation 3" and "Level 2 Field Hospital No. 3" are one.
func unitKey(toks []text.Token) string {
	// Measured first: a key of one part is that fold, and a longer one
	// is built in a single allocation.
	n, parts, last := 0, 0, ""
	for i := range toks {
		if unitKeyPart(toks, i) {
			n += len(toks[i].Fold)
			parts++
			last = toks[i].Fold
		}
	}
	if parts <= 1 {
		return last
	}
	var b strings.Builder
	b.Grow(n)
	for i := range toks {
		if unitKeyPart(toks, i) {
			b.WriteString(toks[i].Fold)
		}
	}
	return b.String()
}

// unitKeyPart reports whether token i of toks is written into unitKey:
// punctuation, a leading "the" and the "no"/"rotation" before a number
// are not.
func unitKeyPart(toks []text.Token, i int) bool {
	t := &toks[i]
	if t.Kind == text.Punct || t.Fold == "the" && i == 0 {
		return false
	}
	return !((t.Fold == "no" || t.Fold == "rotation") && i+1 < len(toks))
}

// formationNumber reports a bare number at token i that numbers the
// formation whose head word is at h, as armies of the Commonwealth and
// of much of Africa write them: "the 3 Division", "from 157 Infantry
// Battalion", "RDF 71 Infantry Battalion". The head must be a formation
// word of the lexicon, singular, and not followed by a counted noun
// ("the 300 Marine Corps personnel" counts people); the number has at
// most three digits and follows a word that opens a name rather than
// one that counts ("some 43 ...").
func (d *doc) formationNumber(i, h int) bool {
	t := &d.toks[i]
	if t.Kind != text.Number || len(t.Text) > 3 || t.Sent != d.toks[h].Sent || !d.textIs(h, cFormation) {
		return false
	}
	for _, r := range t.Text {
		if r < '0' || r > '9' {
			return false
		}
	}
	if h+1 < len(d.toks) && d.toks[h+1].Sent == t.Sent && d.foldIs(h+1, cCountable) {
		return false
	}
	if t.SentStart || i == 0 {
		return true
	}
	p := &d.toks[i-1]
	switch p.Fold {
	case "the", "from", "of", "by", "with", "and", "(", ",":
		return true
	}
	return p.Upper && d.lab[i-1] != nil && d.lab[i-1].typ == attache.Organization
}

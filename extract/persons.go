package extract

import (
	"slices"
	"strings"
	"unicode"

	"attache"
	"attache/extract/text"
	"attache/fold"
)

// run is a capitalised name found in the text with the context that makes
// it a person.
type run struct {
	s, e        int      // name tokens
	words       []string // folded name words without initials and suffixes
	p           int      // first token of the rank before the name, or s
	rank        string
	titles      []title
	ctx         bool   // a rank, honorific, post, apposition or verb says it is a person
	initial     bool   // the name only starts its sentence
	demonymOnly bool   // titles holds only the demonym before the rank
	country     string // state implied by the context: "a Russian delegation led by", "his Chinese counterpart"
	guest       bool   // the description is followed by a guest's act: "called on", "is on a visit to"
	own         string // state stated right after the name: "X of Japan", "X of the Royal Australian Air Force"
}

// title is a post or membership as stated, with the state it names.
type title struct {
	text, country string
	former        bool
	intl          bool // a post of an international body: "UNIFIL Force Commander"
	s, e          int  // tokens
}

// persons finds people: names after ranks, posts and honorifics, names
// with a post in apposition or followed by a reporting verb, and short
// forms ("Giang", "General Giang") of people named in full.
func (d *doc) persons() {
	runs := make([]run, 0, d.nameTokBound())
	for i := d.headline; i < len(d.toks); i++ {
		if !d.nameTok(i) {
			continue
		}
		if k := d.dottedHonorific(i); k > i {
			i = k - 1 // "H.E." before a name
			continue
		}
		e := d.readName(i)
		if d.shipName(i) {
			i = e - 1 // a ship: "USS Carl Vinson", "KD Tun Razak"
			continue
		}
		// "However, Delegates stressed": a word after an opening adverb
		// is as capitalised as a sentence start
		if e == i+1 && d.honorificHead(i) {
			continue // "Tan" of "Tan Sri": part of the honorific, not a name
		}
		if i > 0 && d.textIs(i-1, cHonorific) && e < len(d.toks) && d.known[e].kind == kRank && d.kstart[e] {
			// a title's own name between honorific and rank: "Pehin Datu
			// Lailaraja Major General X", "Pehin Orang Kaya Pekerma Laila
			// Diraja Brigadier General (Retired) X"
			i = e - 1
			continue
		}
		initial := d.toks[i].SentStart || i >= 2 && d.toks[i-1].Fold == "," && d.toks[i-2].SentStart
		r := run{s: i, e: e, p: i, initial: initial, words: d.nameWords(i, e)}
		if len(r.words) == 0 {
			i = e - 1
			continue
		}
		d.context(&r)
		if r.rank != "" && r.p == r.s-1 && d.x.officialFirst[d.toks[r.p].Fold] && d.x.isOfficial(append([]string{d.toks[r.p].Fold}, r.words...)...) {
			// a given name that is also a rank word: "Gen Nakatani"
			r.s, r.rank = r.p, ""
			r.words = append([]string{d.toks[r.p].Fold}, r.words...)
			d.context(&r)
			r.rank = ""
		}
		if r.rank != "" && r.p > 0 && d.toks[r.p-1].Cap && d.textIs(r.p-1, cFacility) && d.lab[r.p-1] == nil {
			// a site named after a soldier: "Camp General Emilio
			// Aguinaldo"; a facility word that ends a name already read
			// ends it: "Director at Army Headquarters Brigadier General X"
			c := d.get(attache.Location, unitKey(d.toks[r.p-1:e]), d.span(r.p-1, e))
			c.country = d.home
			d.add(c, r.p-1, e)
			i = e - 1
			continue
		}
		if !r.ctx && len(r.words) > 1 && d.x.isOfficial(r.words...) {
			r.ctx = true // a well-known official's full name
		}
		runs = append(runs, r)
		i = e - 1
	}
	d.sharePlurals(runs)
	d.shareNationality(runs)
	d.otherSide(runs)
	d.coordinatedStates(runs)
	d.pluralPostPairs(runs)
	d.addPersons(runs)
}

// nameTokBound counts the words from the headline on that can start a
// name: no more runs can start than that. Sizing runs once keeps a text
// of millions of capitalised one-word sentences ("Yes. Yes. ...") from
// growing the slice step by step, which allocated about five times its
// final size and held two copies at once.
func (d *doc) nameTokBound() int {
	n := 0
	for i := d.headline; i < len(d.toks); i++ {
		if d.nameTok(i) {
			n++
		}
	}
	return n
}

// addPersons makes persons of the name runs: full names first, so that
// short forms can refer to them, then full names with no context that
// name a known person, then one-word short forms.
func (d *doc) addPersons(runs []run) {
	for _, r := range runs {
		if r.ctx && len(r.words) > 1 {
			if c := d.namedBefore(r); c != nil {
				d.mergePerson(c, r)
				continue
			}
			d.person(r)
		}
	}
	for _, r := range runs {
		if len(r.words) > 1 && !r.ctx {
			if c := d.personFor(r); c != nil {
				d.add(c, r.s, r.e)
			}
		}
	}
	for _, pass := range []bool{true, false} {
		for _, r := range runs {
			if len(r.words) != 1 || r.ctx != pass {
				continue
			}
			if c := d.personFor(r); c != nil {
				d.mergePerson(c, r)
			} else if r.ctx {
				d.person(r)
			}
		}
	}
}

// dottedHonorific returns the token after an honorific written with
// initials at i ("H.E."), or i.
func (d *doc) dottedHonorific(i int) int {
	text := ""
	for k := i; k < len(d.toks) && k-i < 6; k++ {
		if k > i && d.toks[k].Start != d.toks[k-1].End {
			break
		}
		text += d.toks[k].Text
		if d.toks[k].Fold == "." && k > i+1 && d.x.is(cHonorific, text) {
			return k + 1
		}
	}
	return i
}

// shipName reports a name at token i after a ship prefix, with any
// honorifics between: "USS Carl Vinson", "KD Tun Razak".
func (d *doc) shipName(i int) bool {
	k := i
	for k > 0 && (d.textIs(k-1, cHonorific) || d.known[k-1].kind == kRank && d.toks[k-1].Cap) {
		k-- // "the destroyer Admiral Tributs"
	}
	return k > 0 && d.textIs(k-1, cVessel)
}

// shareNationality gives the second of two officials joined by "and" the
// state that opens the first one's description when it states none
// itself: "Japan's Minister for Foreign Affairs Ms. Yoko Kamikawa and
// Minister of Defense Mr. Minoru Kihara" makes both Japanese.
func (d *doc) shareNationality(runs []run) {
	for k := 1; k < len(runs); k++ {
		r, prev := &runs[k], &runs[k-1]
		if r.country != "" || len(r.titles) == 0 || len(prev.titles) == 0 {
			continue
		}
		q := r.titles[0].s
		if q < 1 || d.toks[q-1].Fold != "and" || prev.e != q-1 {
			continue
		}
		own := false
		for _, t := range r.titles {
			own = own || t.country != ""
		}
		first := prev.titles[0]
		if !own && first.country != "" && d.stateAt(first.s) == first.country {
			r.country = first.country
		}
	}
}

// coordinatedStates makes a person of a full name joined by "and" to a
// person's name when each is followed by the state they serve: "Foreign
// Ministers Ernesto Valdivia of Peru and Tomas Lagos of Chile" lists two
// ministers though only the first has the post before it.
func (d *doc) coordinatedStates(runs []run) {
	for k := 1; k < len(runs); k++ {
		r, prev := &runs[k], &runs[k-1]
		if r.ctx || !prev.ctx || len(r.words) < 2 || r.s < 1 || d.toks[r.s-1].Fold != "and" {
			continue
		}
		e, own := d.ofCountry(prev.e)
		if own == "" || e != r.s-1 {
			continue
		}
		if _, code := d.ofCountry(r.e); code != "" {
			r.ctx, r.own = true, code
		}
	}
}

// nameTok reports whether token i can be part of a personal name.
func (d *doc) nameTok(i int) bool {
	t := &d.toks[i]
	if t.Kind != text.Word || !t.Cap || t.Upper && len(t.Text) > 1 && !d.capsFamilyName(i) || d.lab[i] != nil || d.known[i].kind != 0 && !d.placeAsName(i) {
		return false
	}
	if d.textIs(i, cPlacehead) && (d.rankRightBefore(i) || d.hyphenGivenAfter(i) || d.familyNameAgain(i)) {
		// a surname that is also a place word: "Gen. Park Jae-sung",
		// "Defense Minister Park Sung-woo", and "Park" alone after them
		return true
	}
	return !d.textIs(i, cStop|cFunction|cOrghead|cPosthead|cDomain|cTitleword|cPlacehead|cAgency|cHonorific|cSuffix|cVessel)
}

// hyphenGivenAfter reports a given name written as two syllables joined
// by a hyphen right after token i ("Sung-woo", "Jae-sung"), as Korean
// names are romanised: the word at i is then a family name, not a place
// word ("Park", "Hall"), since no place name goes on so.
func (d *doc) hyphenGivenAfter(i int) bool {
	n := len(d.toks)
	if i+3 >= n {
		return false
	}
	a, h, b := &d.toks[i+1], &d.toks[i+2], &d.toks[i+3]
	return a.Kind == text.Word && a.Cap && !a.Upper && a.Start > d.toks[i].End && a.Sent == d.toks[i].Sent &&
		h.Fold == "-" && h.Start == a.End && b.Start == h.End && b.Kind == text.Word && !b.Cap
}

// familyNameAgain reports a word at i standing alone (no capitalised
// word on either side) that an earlier name used as a family name before
// a hyphenated given name: "Park" after "Defense Minister Park Jae-won"
// is that person again ("Minister Park said"), not a place word
// ("Olympic Park").
func (d *doc) familyNameAgain(i int) bool {
	n := len(d.toks)
	if i > 0 && d.toks[i-1].Kind == text.Word && d.toks[i-1].Cap && d.toks[i-1].Sent == d.toks[i].Sent && !d.textIs(i-1, cTitleword|cPosthead|cHonorific) ||
		i+1 < n && d.toks[i+1].Kind == text.Word && d.toks[i+1].Cap && d.toks[i+1].Sent == d.toks[i].Sent {
		return false
	}
	for j := 0; j < i; j++ {
		if d.toks[j].Text == d.toks[i].Text && d.hyphenGivenAfter(j) {
			return true
		}
	}
	return false
}

// capsFamilyName reports an all-capital word at i that is a family name:
// some ministries write it so to show the name order ("Defense Minister
// NAKATANI Gen", "General PHAN Van Giang", "Mr. KIM Yong-hyun"). It
// comes right after a rank, post or honorific and right before a given
// name in ordinary case; an acronym ("Minister UNMISS ...") has no such
// given name after it, and a dateline none before it.
func (d *doc) capsFamilyName(i int) bool {
	n := len(d.toks)
	t := &d.toks[i]
	if i == 0 || i+1 >= n || !letterWord(t.Text) || !sayable(t.Fold) {
		return false
	}
	nx := &d.toks[i+1]
	if nx.Kind != text.Word || !nx.Cap || nx.Upper || nx.Sent != t.Sent || nx.Start == t.End {
		return false
	}
	// the given name: a plain name word (not read by nameTok, which may
	// come back here through placeAsName), or a rank abbreviation that is
	// this person's given name ("NAKATANI Gen"); "Commander XAVCOM Admiral
	// Lee" has a rank there
	given := d.known[i+1].kind == 0 && d.lab[i+1] == nil &&
		!d.textIs(i+1, cStop|cFunction|cOrghead|cPosthead|cDomain|cTitleword|cPlacehead|cAgency|cHonorific|cSuffix|cVessel)
	// (a word in capitals after the rank is left out: givenAfterSurname
	// would come back here for it, and on a run of such words again)
	if !given && !(d.known[i+1].kind == kRank && (i+2 >= n || !d.toks[i+2].Upper) && d.givenAfterSurname(i, i+1)) {
		return false
	}
	j := i - 1
	if d.toks[j].Fold == "." && j > 0 && d.known[j].kind == 0 {
		j-- // "Mr." before the name
	}
	if d.toks[j].Sent != t.Sent {
		return false
	}
	return d.known[j].kind == kRank || d.post[j] || d.textIs(j, cHonorific) || d.postTail(j)
}

// postTail reports whether token j ends the tail of a post that the
// post list holds only in part: "Vice-Minister of Defense for
// International Affairs" is known as far as "Defense", and the
// capitalised words and "for", "of" or "and" after it up to j are the
// rest of its name. Up to six words are read back, within the sentence.
func (d *doc) postTail(j int) bool {
	for k, n := j, 0; k > 0 && n < 6 && d.toks[k].Sent == d.toks[j].Sent; k, n = k-1, n+1 {
		t := &d.toks[k]
		switch {
		case d.post[k]:
			return k < j
		case t.Kind == text.Word && t.Cap && !t.Upper:
		case t.Fold == "for" || t.Fold == "of" || t.Fold == "and":
		default:
			return false
		}
	}
	return false
}

// sayable reports whether the folded word w has no three consonants in a
// row, as family names read aloud have ("nakatani", "phan", "nguyen")
// and acronyms mostly lack ("dsta", "xavcom").
func sayable(w string) bool {
	run := 0
	for _, r := range w {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			run = 0
		default:
			if run++; run >= 3 {
				return false
			}
		}
	}
	return true
}

// letterWord reports whether w is two or more letters and nothing else.
func letterWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// rankRightBefore reports a rank ending right before token i, its
// abbreviation's full stop included ("Gen." before "Park").
func (d *doc) rankRightBefore(i int) bool {
	if i > 1 && d.toks[i-1].Fold == "." && d.known[i-1].kind == 0 {
		i--
	}
	return i > 0 && d.known[i-1].kind == kRank
}

// placeAsName reports a one-word place name that is a given name here:
// after a post, rank, honorific or name word and before another name
// word, as "Douglas" in "UN Resident Coordinator Douglas Broderick".
func (d *doc) placeAsName(i int) bool {
	n := len(d.toks)
	if d.placeEndsName(i) {
		return true
	}
	if d.known[i].kind != kPlace || !d.kstart[i] || i == 0 || i+1 >= n || d.known[i+1].kind != 0 || d.kstart[i+1] {
		return false
	}
	nx, pv := &d.toks[i+1], &d.toks[i-1]
	if nx.Kind != text.Word || !nx.Cap || nx.Sent != d.toks[i].Sent || d.x.is(cPlacehead|cOrghead|cStop|cFunction, nx.Text) {
		return false
	}
	if d.known[i-1].kind == kRank || d.post[i-1] || d.x.is(cPosthead|cHonorific, pv.Text) {
		return true
	}
	// between two name words: "Lagos" in "Tomas Lagos Fuentes"
	return pv.Kind == text.Word && pv.Cap && !pv.SentStart && d.known[i-1].kind == 0 && d.nameTok(i-1)
}

// placeEndsName reports a one-word place name that ends a personal name:
// it follows name words that follow a rank, post or honorific, and no
// capitalised word follows it in the sentence, as "Lima" in "Admiral
// Fernando Augusto Lima, chief of ..." (names from Iberian and Latin
// American states often end in a city's name).
func (d *doc) placeEndsName(i int) bool {
	n := len(d.toks)
	if d.known[i].kind != kPlace || !d.kstart[i] || i < 2 || d.toks[i].Upper {
		return false
	}
	if i+1 < n && d.toks[i+1].Sent == d.toks[i].Sent && (d.toks[i+1].Cap || d.known[i+1].kind == kPlace && !d.kstart[i+1]) {
		return false // a longer place, or another name word the rule above reads
	}
	j := i - 1
	for j >= 0 && i-j < 8 && d.toks[j].Sent == d.toks[i].Sent && d.known[j].kind == 0 && d.toks[j].Kind == text.Word &&
		d.toks[j].Cap && !d.toks[j].SentStart && d.nameTok(j) {
		j--
	}
	if j == i-1 || j < 0 || d.toks[j].Sent != d.toks[i].Sent {
		return false
	}
	return d.rankRightBefore(j+1) || d.post[j] || d.x.is(cPosthead|cHonorific, d.toks[j].Text)
}

// readName reads name tokens from s: "Phan Văn Giang", "Mohamed bin
// Salman", "Abdel Fattah Al-Sisi", "Shin Won-sik", initials ("S.
// Jaishankar", "V.R. Chaudhari") and a closing generational suffix
// ("Lloyd J. Austin III", "Ferdinand R. Marcos Jr."), but not post-nominal
// letters ("MP", "KC").
func (d *doc) readName(s int) int {
	n := len(d.toks)
	e := s
	for e < n && e-s < 9 && d.toks[e].Sent == d.toks[s].Sent {
		t := &d.toks[e]
		switch {
		case e > s && t.Cap && d.textIs(e, cSuffix):
			e++
			if e < n && d.toks[e].Fold == "." && d.toks[e].Start == t.End {
				e++
			}
			return e
		case e > s && t.Cap && d.x.is(cPostnominal, t.Text):
			return e // "X MP": letters after the name, no part of it
		case d.initialAt(e):
			e += 2
		case e > s && d.nicknameAt(e):
			e += 3 // a quoted nickname inside the name: "Gilberto "Gibo" Teodoro Jr."
		case d.nameTok(e):
			e++
		case e-s >= 2 && d.givenAfterMiddle(e):
			e++ // "Nguyen Van An": a given name that is also a common word
		case e > s && e+1 < n && d.foldIs(e, cParticle) && d.nameTok(e+1):
			e++
		case e > s && e+2 < n && d.foldIs(e, cParticle) && d.toks[e+1].Cap && d.textIs(e+1, cHonorific) && d.nameTok(e+2):
			e += 2 // the father's title is part of his name: "bin Haji Mohd Yussof"
		case e > s && e+1 < n && d.foldIs(e, cParticle) && !t.Cap && d.toks[e+1].Cap && !d.toks[e+1].Upper &&
			d.toks[e+1].Sent == t.Sent && d.textIs(e+1, cHonorific):
			e += 2 // a father's name that is also a style: "Faisal bin Khalid bin Sultan", "Abdullah bin Sultan al Sultan"
		case e > s && e+2 < n && d.foldIs(e, cParticle) && d.toks[e+1].Fold == "-" && d.toks[e+1].Start == t.End && d.toks[e+2].Start == d.toks[e+1].End && d.nameTok(e+2):
			e += 3 // "al-Sisi" after a given name
		case e > s && d.givenAfterSurname(s, e):
			e++ // "Nakatani Gen": a given name after the family name that is also a rank
		case e > s && e+1 < n && t.Fold == "'" && t.Start == d.toks[e-1].End && d.toks[e+1].Start == t.End && d.toks[e+1].Kind == text.Word && d.toks[e-1].Kind == text.Word && d.toks[e+1].Fold != "s":
			e += 2 // "Da'iry", "M'Tumuke", but not the possessive "Giang's"
		case e > s && e+1 < n && t.Fold == "-" && t.Start == d.toks[e-1].End && d.toks[e+1].Start == t.End &&
			(d.nameTok(e+1) || d.afterArticleHyphen(e+1) || d.toks[e+1].Kind == text.Word && !d.toks[e+1].Cap && !(e+2 < n && d.toks[e+2].Fold == "-")):
			e += 2 // "Al-Sisi", "Won-sik"
		default:
			return e
		}
	}
	return e
}

// givenAfterSurname reports whether token e, a rank abbreviation right
// after the name words s..e-1 and ending the name ("Nakatani Gen met"),
// is the given name of a person written family name first: the
// knowledge base knows the person as "Gen Nakatani", or the text writes
// that form elsewhere. A rank before a name ("Gen Park") is not read here.
func (d *doc) givenAfterSurname(s, e int) bool {
	n := len(d.toks)
	t := &d.toks[e]
	if t.Kind != text.Word || !t.Cap || t.Upper || d.known[e].kind != kRank || !d.kstart[e] ||
		t.Sent != d.toks[e-1].Sent || e+1 < n && (d.toks[e+1].Fold == "." || d.nameTok(e+1)) {
		return false
	}
	words := make([]string, 0, e-s+1)
	words = append(words, t.Fold)
	for k := s; k < e; k++ {
		if d.toks[k].Kind != text.Word {
			return false
		}
		words = append(words, d.toks[k].Fold)
	}
	if d.x.isOfficial(words...) {
		return true
	}
	// the given name first elsewhere in the text: "Gen Nakatani said"
	for _, k := range d.rankPairsOf(t.Fold, d.toks[s].Fold) {
		if k == e || k+e-s >= n {
			continue
		}
		same := true
		for j := s; j < e && same; j++ {
			same = d.toks[k+1+j-s].Fold == d.toks[j].Fold
		}
		if same {
			return true
		}
	}
	return false
}

// maxRankPairs bounds the places kept per pair of words: a name written
// given name first is found in its first few places, and a text that
// repeats one pair without end costs no more.
const maxRankPairs = 16

// rankPairsOf returns where the word given (a rank's word, folded) stands
// followed by the word next, indexing every word after given when given
// is first asked: the rank words are few, so the text is read a few times
// at most, not once per name.
func (d *doc) rankPairsOf(given, next string) []int {
	after, ok := d.rankPairs[given]
	if !ok {
		after = map[string][]int{}
		for k := 0; k+1 < len(d.toks); k++ {
			if d.toks[k].Fold == given && len(after[d.toks[k+1].Fold]) < maxRankPairs {
				after[d.toks[k+1].Fold] = append(after[d.toks[k+1].Fold], k)
			}
		}
		if d.rankPairs == nil {
			d.rankPairs = map[string]map[string][]int{}
		}
		d.rankPairs[given] = after
	}
	return after[next]
}

// givenAfterMiddle reports a capitalised word inside a sentence that ends
// a name after a middle name ("An" in "Nguyen Van An", "Ha" in "Tran Thi
// Ha"): such given names are often also English words the name steps
// would stop at.
func (d *doc) givenAfterMiddle(i int) bool {
	t, pv := &d.toks[i], &d.toks[i-1]
	// a one-word known name ("Thai" in "Le Duc Thai") is the given name
	// here; a longer one ("Thai Navy") is not
	if d.known[i].kind != 0 && (!d.kstart[i] || i+1 < len(d.toks) && d.known[i+1].kind != 0 && !d.kstart[i+1]) {
		return false
	}
	return t.Kind == text.Word && t.Cap && !t.Upper && !t.SentStart && d.lab[i] == nil &&
		t.Sent == pv.Sent && pv.Kind == text.Word && d.x.is(cMiddle, pv.Text) && d.nameTok(i-2)
}

// initialAt reports an initial at token i, "J." in "Lloyd J. Austin", or
// an abbreviated given name (lexicon nameabbrev: "Ma." in "Jose Ma.
// Ambrosio Ezpeleta"), followed by more of the name.
func (d *doc) initialAt(i int) bool {
	n := len(d.toks)
	if i+2 >= n || !text.IsInitial(&d.toks[i]) && !d.textIs(i, cNameabbrev) || d.lab[i] != nil || d.known[i].kind != 0 {
		return false
	}
	if d.toks[i+1].Fold != "." || d.toks[i+1].Start != d.toks[i].End {
		return false
	}
	return d.nameTok(i+2) && !d.textIs(i+2, cSuffix) || d.initialAt(i+2)
}

// nameWords returns the folded words of the name over tokens [s, e)
// without initials and suffixes: the words other mentions are matched on.
func (d *doc) nameWords(s, e int) []string {
	var out []string
	for i := s; i < e; i++ {
		t := &d.toks[i]
		if i > s && d.nicknameAt(i) {
			i += 2 // the nickname is no word of the name
			continue
		}
		if t.Kind != text.Word || (text.IsInitial(t) || d.x.is(cNameabbrev, t.Text)) && i+1 < e && d.toks[i+1].Fold == "." || i > s && d.x.is(cSuffix, t.Text) {
			continue
		}
		if i > s && d.toks[i-1].Fold == "-" && d.toks[i-1].Start == d.toks[i-2].End && len(out) > 0 {
			out[len(out)-1] += t.Fold // "Won-sik" is one word
			continue
		}
		out = append(out, t.Fold)
	}
	return out
}

// person creates (or extends) the person of run r.
func (d *doc) person(r run) *cand {
	name, nick := d.withoutNickname(r.s, r.e)
	c := d.get(attache.Person, fold.Key(name), name)
	if len(c.parts) == 0 {
		d.setParts(c, r.words)
	}
	if nick != "" {
		d.addNickname(c, nick)
	}
	d.mergePerson(c, r)
	return c
}

// mergePerson adds run r as a mention of person c with its rank and titles.
func (d *doc) mergePerson(c *cand, r run) {
	name, _ := d.withoutNickname(r.s, r.e) // before add labels the tokens
	d.add(c, r.s, r.e)
	c.guest = c.guest || r.guest
	if k := r.s - 1; k >= 0 && d.toks[k].Cap && d.textIs(k, cStyle) && d.toks[k].Sent == d.toks[r.s].Sent {
		// a ruler's style is written as part of the name: "Sultan
		// Ibrahim", "Sheikh Tamim bin Hamad Al Thani"
		if k > 0 && d.toks[k-1].Cap && d.textIs(k-1, cStyle) {
			k-- // "Crown Prince"
		}
		c.addForm(d.span(k, r.e))
	}
	if c.country == "" {
		c.country = r.own // stated after the name, it beats the posts'
	}
	if r.rank != "" {
		if c.rank == "" {
			c.rank = r.rank
		}
		if r.e-r.s == 1 {
			c.addForm(d.span(r.p, r.e))
		}
	}
	for _, t := range r.titles {
		if r.demonymOnly {
			if c.country == "" {
				c.country = t.country
			}
			continue
		}
		dup := false
		for _, old := range c.titles {
			dup = dup || old == t.text
		}
		if !dup {
			c.titles = append(c.titles, t.text)
			if t.former {
				c.former = append(c.former, t.text)
			}
		}
		if c.country == "" && t.country != "" && !t.former {
			c.country = t.country
		}
		if c.country == "" && r.country == "" && !t.former {
			// a post only one state has: "Secretary of Defense"
			c.country = d.x.spost[fold.Key(t.text)]
		}
	}
	if c.country == "" {
		c.country = r.country
	}
	for _, t := range r.titles {
		// a UN or alliance post says nothing of the holder's own state,
		// so the article's country is no default for them
		c.intl = c.intl || t.intl && !t.former && t.country == ""
	}
	for _, t := range r.titles {
		if c.country == "" && t.former && t.country != "" {
			// a former post still says whose official one was, which
			// beats the article's own country
			c.country = t.country
		}
	}
	// the article's own country is only a fallback: finish applies it, so
	// that a later mention with a stated nationality still counts.
	// A post names no body: "Minister of National Defence" alone does not
	// name the ministry, so none is inferred from it.
	// the fullest form is the name: more words, or the same words with
	// initials and suffix ("Lloyd J. Austin III" over "Lloyd Austin")
	if len(r.words) > len(c.parts) || len(r.words) == len(c.parts) && len(d.nameTokens(name)) > len(d.nameTokens(c.name)) && hasPrefix(c.parts, r.words) {
		c.name = name
		d.setParts(c, r.words)
	}
}

// personFor returns the one person whose name contains the words of r as
// its first or last words ("Giang" → Phan Van Giang, "Xi" → Xi Jinping),
// or nil when none or several do.
func (d *doc) personFor(r run) *cand {
	words := r.words
	var found *cand
	for c := range d.peopleFor(words) {
		if c.typ != attache.Person || len(c.parts) < len(words) {
			continue
		}
		if hasPrefix(c.parts, words) || hasPrefix(reverse(c.parts), reverse(words)) || d.beforeParticle(c.parts, words) || d.afterPrefixName(c.parts, words) ||
			d.innerName(c.parts, words, r.rank != "" && r.rank == c.rank) || endsOfName(c.parts, words) || nicknameForm(c, words) {
			if found != nil && found != c {
				return nil
			}
			found = c
		}
	}
	if found != nil && len(found.parts) == len(words) && !r.ctx && r.initial {
		// only the same single word again at a sentence start: still them
		return found
	}
	return found
}

// innerName reports a one-word short form that is an inner word of a
// name of four or more words: the family name Portuguese and Spanish
// usage shortens a long name to ("Múcio" of "José Múcio Monteiro Filho",
// "Vega" of "Luis Alberto Vega Ruiz"), or of three words after the
// person's own rank (ranked): "General Okello" is General Samuel Okello
// Atim, "Colonel Marek" no General Jan Marek Wrona. A particle or a
// common first name is no short form.
func (d *doc) innerName(parts, words []string, ranked bool) bool {
	// of three words, only a surname after a rank ("General Okello" for
	// "Samuel Okello Atim"), never a middle name ("Van", "Thi")
	short := len(parts) == 3 && ranked && !d.x.isCapitalized(cMiddle, words[0])
	if len(words) != 1 || len(parts) < 4 && !short || d.x.is(cParticle, words[0]) || d.x.is(cPrefixname, words[0]) {
		return false
	}
	return slices.Contains(parts[1:len(parts)-1], words[0])
}

// endsOfName reports a two-word short form made of the first and last
// words of a longer name, the middle names or patronymic left out
// ("Sergei Shoigu" of "Sergei Kuzhugetovich Shoigu").
func endsOfName(parts, words []string) bool {
	return len(words) == 2 && len(parts) > 2 && words[0] == parts[0] && words[1] == parts[len(parts)-1]
}

// namedBefore returns the person already named in full of whom r, a full
// name by its look, is a short form ("Al Rahbi", "Sergei Shoigu"), or nil.
func (d *doc) namedBefore(r run) *cand {
	if c := d.surnameWithParticle(r); c != nil {
		return c
	}
	if c := d.byNickname(r.words); c != nil {
		return c
	}
	return d.endsOfLonger(r)
}

// endsOfLonger returns the person already named in full whose name's
// first and last words are the two words of r ("Sergei Shoigu" after
// "Sergei Kuzhugetovich Shoigu"), or nil: a full name by its look, it is
// still that person.
func (d *doc) endsOfLonger(r run) *cand {
	if len(r.words) != 2 {
		return nil
	}
	if c := d.personFor(r); c != nil && endsOfName(c.parts, r.words) {
		return c
	}
	return nil
}

// afterPrefixName reports words that open a name after its common first
// name: "Khaled" or "Khaled Nordin" of "Mohamed Khaled Nordin".
func (d *doc) afterPrefixName(parts, words []string) bool {
	return len(parts) > 2 && len(parts)-1 > len(words) && d.x.is(cPrefixname, parts[0]) && hasPrefix(parts[1:], words)
}

// surnameWithParticle returns the person already named in full whose
// name ends with the two words of r, a particle and a surname: "Al
// Rahbi" of "Saif bin Nasser Al Rahbi", or nil.
func (d *doc) surnameWithParticle(r run) *cand {
	if len(r.words) != 2 || !d.x.is(cParticle, r.words[0]) {
		return nil
	}
	if c := d.personFor(r); c != nil && len(c.parts) > 2 {
		return c
	}
	return nil
}

// mergeShortNames joins a person named by the first words of exactly one
// other person's longer name into that person: a headline's "Mohamed
// Khaled" before the text's "Mohamed Khaled Nordin", a short form written
// before the full name, which personFor could not yet find.
func (d *doc) mergeShortNames() {
	// each person's longer name under each of its shorter first-word
	// forms, nil where two names share the form: a map keeps a text
	// naming thousands of people linear
	longer := map[string]*cand{}
	for _, o := range d.cands {
		if o.typ != attache.Person || len(o.mentions) == 0 {
			continue
		}
		for k := 2; k < len(o.parts); k++ {
			key := strings.Join(o.parts[:k], " ")
			if prev, ok := longer[key]; ok && prev != o {
				longer[key] = nil
				continue
			}
			longer[key] = o
		}
	}
	if len(longer) == 0 {
		return
	}
	for _, c := range d.cands {
		if c.typ != attache.Person || len(c.mentions) == 0 || len(c.parts) < 2 {
			continue
		}
		long := longer[strings.Join(c.parts, " ")]
		if long == nil || len(long.mentions) == 0 || c.rank != "" && long.rank != "" && c.rank != long.rank {
			continue
		}
		long.takeIn(c)
		if long.rank == "" {
			long.rank = c.rank
		}
		if long.country == "" {
			long.country = c.country
		}
		for _, t := range c.titles {
			if !slices.Contains(long.titles, t) {
				long.titles = append(long.titles, t)
			}
		}
	}
}

// beforeParticle reports a one-word short form that is the word before a
// particle inside a full name: "Lula" of "Luiz Inácio Lula da Silva",
// the family name Portuguese and Spanish usage shortens the name to.
func (d *doc) beforeParticle(parts, words []string) bool {
	if len(words) != 1 {
		return false
	}
	for k := 1; k+2 < len(parts); k++ {
		if parts[k] == words[0] && d.x.is(cParticle, parts[k+1]) {
			return true
		}
	}
	return false
}

func hasPrefix(a, b []string) bool {
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func reverse(a []string) []string {
	out := make([]string, len(a))
	for i, v := range a {
		out[len(a)-1-i] = v
	}
	return out
}

// capitalize upper-cases the first letter of an ASCII word.
// isCapitalized is x.is(cat, capitalize(w)) without making the string.
func (x *Extractor) isCapitalized(cat lexCat, w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return x.is(cat, w)
	}
	var buf [32]byte
	b := append(buf[:0], w...)
	b[0] = b[0] - 'a' + 'A'
	return x.lex[string(b)]&cat != 0 // a map index by string(bytes) makes no string
}

func capitalize(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

package extract

import (
	"strconv"

	"attache"
	"attache/extract/text"
	"attache/fold"
)

// numberWords are the counts written in words that a report uses. "one" is
// left out: "one of the ..." is rarely a count.
var numberWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12,
}

// numberWordStarts marks the first bytes of numberWords, and
// numberWordLen bounds their lengths: number looks at every word of a
// text, and most can be told apart from every count without a lookup.
var numberWordStarts, numberWordLen = func() (starts [256]bool, longest int) {
	for w := range numberWords {
		starts[w[0]] = true
		longest = max(longest, len(w))
	}
	return starts, longest
}()

// numberWord is numberWords[w], with the ok of the lookup.
func numberWord(w string) (int, bool) {
	if len(w) < 3 || len(w) > numberWordLen || !numberWordStarts[w[0]] {
		return 0, false
	}
	v, ok := numberWords[w]
	return v, ok
}

// number reads a count at token i: digits ("250", "1,200") or words
// ("eight", "twenty-one"); next is the token after it, or after "-strong"
// in "a 120-strong contingent".
func (d *doc) number(i int) (v, next int, ok bool) {
	t := &d.toks[i]
	n := len(d.toks)
	switch t.Kind {
	case text.Number:
		if i >= 2 && d.toks[i-1].Fold == "," && d.toks[i-1].Start == d.toks[i-2].End && t.Start == d.toks[i-1].End && d.toks[i-2].Kind == text.Number {
			return 0, 0, false // the "000" of "2,000"
		}
		s := t.Text
		j := i + 1
		for j+1 < n && d.toks[j].Fold == "," && d.toks[j].Start == d.toks[j-1].End && d.toks[j+1].Kind == text.Number && d.toks[j+1].Start == d.toks[j].End && len(d.toks[j+1].Text) == 3 {
			s += d.toks[j+1].Text
			j += 2
		}
		if v, k, ok := d.decimalThousands(i, s); ok {
			return v, k, true // "1.5 thousand units"
		}
		if j < n && d.toks[j].Start == d.toks[j-1].End {
			if k, ok := d.strongAt(j); ok {
				j = k
			} else if d.toks[j].Kind != text.Punct || d.toks[j].Fold == "-" || d.toks[j].Fold == "/" || d.toks[j].Fold == ":" || d.toks[j].Fold == "%" || d.decimal(j) {
				return 0, 0, false // "70th", "50-year-old", "130/2020", times, decimals, percentages
			}
		}
		v, err := strconv.Atoi(s)
		if err != nil || len(s) == 4 && s == t.Text && v >= 1900 && v <= 2100 { // "2,000" is no year
			return 0, 0, false
		}
		if i > 0 && (isMonth(d.toks[i-1].Fold) || d.toks[i-1].Fold == "$" || d.toks[i-1].Fold == "€" || d.toks[i-1].Fold == "£") || j < n && isMonth(d.toks[j].Fold) {
			return 0, 0, false
		}
		v, j = d.thousands(v, j)
		return v, j, true
	case text.Word:
		w := t.Fold
		v, ok := numberWord(w)
		if w == "one" && i+1 < n && d.toks[i+1].Fold == "hundred" {
			v, ok = 1, true // "One hundred and fifty peacekeepers"
		}
		if !ok || w == "hundred" || w == "dozen" {
			return 0, 0, false
		}
		v, j := d.tens(i, v)
		if j < n && d.toks[j].Fold == "hundred" {
			v *= 100
			j++
			// "eight hundred and fifty", "two hundred twenty-five"
			k := j
			if k < n && d.toks[k].Fold == "and" {
				k++
			}
			if r, ok := numberWords[d.toks[min(k, n-1)].Fold]; k < n && ok && r < 100 {
				r, k = d.tens(k, r)
				v, j = v+r, k
			}
		}
		if j < n && d.toks[j].Start == d.toks[j-1].End && d.toks[j].Fold == "-" {
			if k, ok := d.strongAt(j); ok {
				return v, k, true
			}
			return 0, 0, false // "two-day", "eight-year-old"
		}
		v, j = d.thousands(v, j)
		return v, j, true
	}
	return 0, 0, false
}

// tens reads a number word at token i worth v and a unit joined to it by
// a hyphen ("twenty-one"); it returns the value and the token after.
func (d *doc) tens(i, v int) (int, int) {
	j := i + 1
	if j+1 < len(d.toks) && d.toks[j].Fold == "-" && v >= 20 && v < 100 {
		if u := d.toks[j+1].Fold; u == "one" {
			return v + 1, j + 2
		} else if numberWords[u] > 0 && numberWords[u] < 10 {
			return v + numberWords[u], j + 2
		}
	}
	return v, j
}

// thousands multiplies a count followed by "thousand", as Russian and
// Central Asian agencies write large counts ("more than 8 thousand
// servicemen", "three thousand troops"); j is the token after the count.
func (d *doc) thousands(v, j int) (int, int) {
	if j < len(d.toks) && d.toks[j].Fold == "thousand" {
		return v * 1000, j + 1
	}
	return v, j
}

// decimalThousands reads "1.5 thousand" at token i, whose digits before
// the point are s: a count in thousands with a decimal part.
func (d *doc) decimalThousands(i int, s string) (int, int, bool) {
	j := i + 1
	if j+2 >= len(d.toks) || s != d.toks[i].Text || !d.decimal(j) || d.toks[j+2].Fold != "thousand" {
		return 0, 0, false
	}
	frac := d.toks[j+1].Text
	whole, err1 := strconv.Atoi(s)
	part, err2 := strconv.Atoi(frac)
	if err1 != nil || err2 != nil || len(frac) > 3 {
		return 0, 0, false
	}
	for k := len(frac); k < 3; k++ {
		part *= 10
	}
	return whole*1000 + part, j + 3, true
}

// decimal reports whether token j is the point of a decimal ("1.5").
func (d *doc) decimal(j int) bool {
	return d.toks[j].Fold == "." && j+1 < len(d.toks) && d.toks[j+1].Kind == text.Number && d.toks[j+1].Start == d.toks[j].End
}

// memberPlural holds the nouns of people a compound count ends with and
// the plural it counts: "the 58-member team" counts members, "a six-man
// team" men, "a 125-person unit" persons.
var memberPlural = map[string]string{"member": "members", "man": "men", "woman": "women", "person": "persons"}

// strongAt reads the second half of a compound count at token j,
// "-strong" ("a 120-strong contingent") or "-member" ("the 58-member
// medical team"), and returns the token after it.
func (d *doc) strongAt(j int) (int, bool) {
	if j+1 < len(d.toks) && d.toks[j].Fold == "-" && (d.toks[j+1].Fold == "strong" || memberPlural[d.toks[j+1].Fold] != "") && d.toks[j+1].Start == d.toks[j].End {
		return j + 2, true
	}
	return 0, false
}

// dropRepeats removes the counts a report states twice: a headline count
// the body states again with the same value ("four new sites" above "four
// additional locations"), and "the N X" repeating an earlier "N X".
func (d *doc) dropRepeats(qs []attache.Quantity, the []bool) []attache.Quantity {
	head := d.headlineEnd()
	// Sets of what the other counts state, so that each count is checked in
	// constant time: a list of thousands of counts stays linear.
	type said struct {
		value int
		word  string
	}
	inBody := map[int]bool{} // values stated at or after the headline's end
	for _, r := range qs {
		if r.Start >= head {
			inBody[r.Value] = true
		}
	}
	before := map[said]bool{} // value and unit of the counts before k
	var out []attache.Quantity
	for k, q := range qs {
		w := said{q.Value, lastWord(q.Unit)}
		drop := q.Start < head && inBody[q.Value] || the[k] && before[w]
		before[w] = true
		if !drop {
			out = append(out, q)
		}
	}
	return out
}

// headlineEnd returns the byte offset where a headline ends: the first
// line that is not a "date YYYY-MM-DD" header, when it has no final
// period and more text follows; 0 if there is none.
func (d *doc) headlineEnd() int {
	for i := 0; i < len(d.toks); i++ {
		if !d.toks[i].LineStart {
			continue
		}
		if d.toks[i].Fold == "date" && i+1 < len(d.toks) && d.toks[i+1].Kind == text.Number {
			continue
		}
		j := i + 1
		for j < len(d.toks) && !d.toks[j].LineStart {
			j++
		}
		if j < len(d.toks) && d.toks[j-1].Fold != "." {
			return d.toks[j-1].End
		}
		return 0
	}
	return 0
}

// lastWord returns the folded last word of a unit, as the scorer compares.
func lastWord(unit string) string {
	ts := text.Tokenize(unit)
	for k := len(ts) - 1; k >= 0; k-- {
		if ts[k].Kind == text.Word {
			return fold.Key(ts[k].Text)
		}
	}
	return ""
}

func isMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// rangeCount reads a count stated as a range, "between 400 and 500
// soldiers", "1,200 to 1,500 troops", "two to three frigates": one count,
// the lower bound, which the text asserts as surely as "more than N"
// asserts N (testdata/reports/README.md). "from 300 to 450" tells a
// change, not a range: the count it reaches is read as any count. It
// returns the count and the token after its noun.
func (d *doc) rangeCount(i, next, v int) (attache.Quantity, int, bool) {
	n := len(d.toks)
	if next+1 >= n || i == 0 {
		return attache.Quantity{}, 0, false
	}
	switch d.toks[next].Fold {
	case "and":
		if d.toks[i-1].Fold != "between" {
			return attache.Quantity{}, 0, false
		}
	case "to":
		if d.toks[i-1].Fold == "from" {
			return attache.Quantity{}, 0, false
		}
	default:
		return attache.Quantity{}, 0, false
	}
	v2, next2, ok := d.number(next + 1)
	if !ok || v2 <= v {
		return attache.Quantity{}, 0, false
	}
	s, e, ok := d.countedNoun(next+1, next2, d.strong(next+1, next2))
	if !ok {
		return attache.Quantity{}, 0, false
	}
	a, b := d.toks[s].Start, d.toks[e-1].End
	return attache.Quantity{Value: v, Unit: d.text[a:b], Start: d.toks[i].Start, End: b}, e, true
}

// leadReach is how many words may come between the comma after "Of the N
// X" and the count that takes X ("some", "about", "more than").
const leadReach = 3

// leadOpening is how many tokens "Of the 1,500 troops taking part, some"
// may take before the count.
const leadOpening = 16

// ofTheLead reads a count whose noun a sentence opens with: "Of the 900
// troops, 300 come from ...", "Of the 150, 40 are women". What the part is
// ("are women") wins over the group's noun.
func (d *doc) ofTheLead(i, next, v int) (attache.Quantity, bool) {
	// the sentence's start, looked for no further back than such an
	// opening reaches, so that a sentence of thousands of counts stays
	// linear
	k := i
	for k > 0 && i-k <= leadOpening && d.toks[k-1].Sent == d.toks[i].Sent {
		k--
	}
	if k > 0 && d.toks[k-1].Sent == d.toks[i].Sent || k+2 >= i || d.toks[k].Fold != "of" || d.toks[k+1].Fold != "the" {
		return attache.Quantity{}, false
	}
	_, n0, ok := d.number(k + 2)
	if !ok {
		return attache.Quantity{}, false
	}
	c := i - 1
	for c > n0 && i-c <= leadReach && d.toks[c].Fold != "," {
		if d.toks[c].Kind != text.Word || d.toks[c].Cap {
			return attache.Quantity{}, false
		}
		c--
	}
	if d.toks[c].Fold != "," {
		return attache.Quantity{}, false
	}
	if q, ok := d.partIs(i, next, v); ok {
		return q, true
	}
	s, e, ok := d.countedNoun(k+2, n0, false)
	if !ok || e > c {
		return attache.Quantity{}, false
	}
	return attache.Quantity{Value: v, Unit: d.text[d.toks[s].Start:d.toks[e-1].End], Start: d.toks[i].Start, End: d.toks[i].End}, true
}

// numberingReach is how many words may come between "numbering" and the
// count ("about", "more than").
const numberingReach = 3

// countAfterNoun reads a count written after its noun: "personnel
// numbering about 450", "sailors totalling 320". The noun is a person or
// countable noun of the lexicon just before the verb (lexicon
// countverb).
func (d *doc) countAfterNoun(i, v int) (attache.Quantity, bool) {
	k := i - 1
	for k > 0 && i-k <= numberingReach && d.toks[k].Kind == text.Word && !d.foldIs(k, cCountVerb) {
		k--
	}
	if k < 1 || !d.foldIs(k, cCountVerb) || d.toks[k].Sent != d.toks[i].Sent {
		return attache.Quantity{}, false
	}
	noun := &d.toks[k-1]
	if noun.Kind != text.Word || !d.x.is(cPerson|cCountable, noun.Fold) {
		return attache.Quantity{}, false
	}
	return attache.Quantity{Value: v, Unit: noun.Text, Start: d.toks[i].Start, End: d.toks[i].End}, true
}

// leadNoun reads a count with no noun after it that takes a noun told
// before it: "Of the 900 troops, 300 ...", "personnel numbering 450",
// "12 sites, five of which ...", "85 patrols, up from 60".
func (d *doc) leadNoun(i, next, v int, prev []attache.Quantity) (attache.Quantity, bool) {
	if q, ok := d.ofTheLead(i, next, v); ok {
		return q, true
	}
	if q, ok := d.countAfterNoun(i, v); ok {
		return q, true
	}
	return d.sameNoun(i, next, v, prev)
}

// sameNoun reads a count that takes the noun of the count just before it
// in its sentence: a part of it ("the 12 sites, five of which opened
// this year") or a former figure of the same thing ("85 patrols, up from
// 60", "down from 410").
func (d *doc) sameNoun(i, next, v int, prev []attache.Quantity) (attache.Quantity, bool) {
	n := len(d.toks)
	part := next+1 < n && d.toks[next].Fold == "of" && d.toks[next+1].Fold == "which" && i > 0 && d.toks[i-1].Fold == ","
	former := i >= 2 && d.toks[i-1].Fold == "from" && (d.toks[i-2].Fold == "up" || d.toks[i-2].Fold == "down")
	if !part && !former || len(prev) == 0 || !d.sameSentence(prev[len(prev)-1].End, i) {
		return attache.Quantity{}, false
	}
	return attache.Quantity{Value: v, Unit: prev[len(prev)-1].Unit, Start: d.toks[i].Start, End: d.toks[i].End}, true
}

// sameNounReach is how many tokens back the count whose noun a part or
// former figure takes may end.
const sameNounReach = 40

// sameSentence reports whether byte offset end, where an earlier count
// ends, lies in the sentence of token i within sameNounReach tokens.
func (d *doc) sameSentence(end, i int) bool {
	for k := i - 1; k >= 0 && i-k <= sameNounReach && d.toks[k].Sent == d.toks[i].Sent; k-- {
		if d.toks[k].End <= end {
			return true
		}
	}
	return false
}

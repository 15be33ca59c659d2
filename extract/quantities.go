package extract

import (
	"strconv"

	"attache"
	"attache/extract/text"
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

// quantities finds counts of people, units, places and the like: "76
// individuals", "eight women", "over 250 officers and doctors", "a
// delegation of 80 military personnel". Ordinals, years, dates, ages and
// unit numbers ("Rotation 6") are not counts.
func (d *doc) quantities() []attache.Quantity {
	var out []attache.Quantity
	n := len(d.toks)
	for i := 0; i < n; i++ {
		v, next, ok := d.number(i)
		if !ok {
			continue
		}
		if i > 0 {
			switch p := d.toks[i-1]; {
			case p.Fold == "the" || p.Fold == "both" || p.Fold == "these" || p.Fold == "those" || p.Fold == "no" || p.Fold == "." || p.Fold == "-":
				continue // "the two countries" refers back; "No. 3", "Level-2" are names
			case p.Cap && (d.x.is(cOrghead, p.Text) || p.Fold == "rotation" || p.Fold == "rotations"):
				continue
			}
		}
		// the counted noun: up to three modifiers, then a noun of the lexicon
		j := next
		for k := 0; k < 4 && j < n; k++ {
			t := &d.toks[j]
			if t.Kind != text.Word || t.Sent != d.toks[i].Sent {
				break
			}
			if d.x.is(cPerson, t.Fold) || d.x.is(cCountable, t.Fold) {
				e := j + 1
				// "officers and doctors"
				if e+1 < n && d.toks[e].Fold == "and" && d.x.is(cPerson, d.toks[e+1].Fold) && d.x.is(cPerson, t.Fold) {
					e += 2
				}
				a, b := d.toks[next].Start, d.toks[e-1].End
				out = append(out, attache.Quantity{Value: v, Unit: d.text[a:b], Start: d.toks[i].Start, End: b})
				i = e - 1
				break
			}
			if t.Cap && !t.Upper && d.known[j].kind != kDemonym || d.x.is(cVerb, t.Fold) || t.Fold == "of" || t.Fold == "and" || t.Fold == "in" || t.Fold == "year" || t.Fold == "years" || t.Fold == "old" {
				break
			}
			j++
		}
	}
	return out
}

// number reads a count at token i: digits ("250", "1,200") or words
// ("eight", "twenty-one"); next is the token after it.
func (d *doc) number(i int) (v, next int, ok bool) {
	t := &d.toks[i]
	n := len(d.toks)
	switch t.Kind {
	case text.Number:
		if i+1 < n && d.toks[i+1].Start == t.End && d.toks[i+1].Kind != text.Punct {
			return 0, 0, false // "70th", "8-10"
		}
		if i+1 < n && d.toks[i+1].Start == t.End && (d.toks[i+1].Fold == "-" || d.toks[i+1].Fold == "/" || d.toks[i+1].Fold == ":") {
			return 0, 0, false // "50-year-old", "130/2020", dates and times
		}
		s := t.Text
		j := i + 1
		for j+1 < n && d.toks[j].Fold == "," && d.toks[j].Start == d.toks[j-1].End && d.toks[j+1].Kind == text.Number && d.toks[j+1].Start == d.toks[j].End && len(d.toks[j+1].Text) == 3 {
			s += d.toks[j+1].Text
			j += 2
		}
		v, err := strconv.Atoi(s)
		if err != nil || len(s) == 4 && v >= 1900 && v <= 2100 {
			return 0, 0, false
		}
		if i > 0 && isMonth(d.toks[i-1].Fold) || j < n && isMonth(d.toks[j].Fold) {
			return 0, 0, false
		}
		return v, j, true
	case text.Word:
		w := t.Fold
		v, ok := numberWords[w]
		if !ok || w == "hundred" || w == "dozen" {
			return 0, 0, false
		}
		j := i + 1
		if j+1 < n && d.toks[j].Fold == "-" && numberWords[d.toks[j+1].Fold] > 0 && numberWords[d.toks[j+1].Fold] < 10 {
			v += numberWords[d.toks[j+1].Fold]
			j += 2
		}
		if j < n && d.toks[j].Fold == "hundred" {
			v *= 100
			j++
		}
		if j < n && d.toks[j].Start == d.toks[j-1].End && d.toks[j].Fold == "-" {
			return 0, 0, false // "two-day", "eight-year-old"
		}
		return v, j, true
	}
	return 0, 0, false
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

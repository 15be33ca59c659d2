package extract

import "attache/extract/text"

// acronymUses indexes the tokens that may be another use of an acronym:
// by text, those in capitals ("NATO") or capitals and a plural s ("EWGs")
// that no word runs into just before. Made when the first acronym is
// recorded, it lets each acronym visit its own uses instead of scanning
// the whole text again: a text of many bodies, each with its acronym in
// parentheses, cost the square of its length.
type acronymUses map[string]*uses

// uses are the tokens of one text that may be uses of an acronym.
type uses struct {
	all []int32 // every one, in text order
	// live holds those not labelled when last visited: a labelled token
	// is passed over by every later acronym, so an acronym written after
	// many names visits each use about once. Only take and unitList take
	// labels away; they count it in doc.unlabelled, and live is then
	// made again from all.
	live      []int32
	unlabeled int // doc.unlabelled when live was made
}

// mayBeAcronym reports whether a token is of the kind acronymUses
// indexes, which depends on its text alone.
func mayBeAcronym(t *text.Token) bool { return t.Upper || isAcronymPlural(t.Text) }

// acronymUsesOf returns the uses of text w, the index made when first
// asked; nil when there is none.
func (d *doc) acronymUsesOf(w string) *uses {
	if d.acrUses == nil {
		d.acrUses = acronymUses{}
		for i := range d.toks {
			t := &d.toks[i]
			if !mayBeAcronym(t) || i > 0 && d.toks[i-1].End == t.Start && d.toks[i-1].Kind == text.Word {
				continue
			}
			u := d.acrUses[t.Text]
			if u == nil {
				u = &uses{}
				d.acrUses[t.Text] = u
			}
			u.all = append(u.all, int32(i))
		}
		for _, u := range d.acrUses {
			u.live = append([]int32(nil), u.all...)
		}
	}
	u := d.acrUses[w]
	if u != nil && u.unlabeled != d.unlabelled {
		u.live = append(u.live[:0], u.all...)
		u.unlabeled = d.unlabelled
	}
	return u
}

// acronyms records the acronym over tokens [s, e) as c's alias and labels
// every other use of it in the text.
func (d *doc) acronyms(c *cand, s, e int) {
	d.add(c, s, e)
	n := e - s
	var u *uses
	if mayBeAcronym(&d.toks[s]) {
		u = d.acronymUsesOf(d.toks[s].Text)
	}
	if u == nil {
		// no caller asks for such an acronym: the text is scanned whole
		for i := 0; i+n <= len(d.toks); i++ {
			if d.toks[i].Text == d.toks[s].Text && !(i > 0 && d.toks[i-1].End == d.toks[i].Start && d.toks[i-1].Kind == text.Word) {
				d.acronymUse(c, s, i, n)
			}
		}
		return
	}
	live := u.live[:0]
	for _, i := range u.live {
		if int(i)+n <= len(d.toks) {
			d.acronymUse(c, s, int(i), n)
		}
		if d.lab[i] == nil {
			live = append(live, i)
		}
	}
	u.live = live
}

// acronymUse labels tokens [i, i+n) as a use of c's acronym written over
// tokens from s, when they are written the same, not yet labelled and
// not run into a word after.
func (d *doc) acronymUse(c *cand, s, i, n int) {
	if i == s || d.lab[i] != nil {
		return
	}
	for j := 1; j < n; j++ {
		if d.toks[i+j].Text != d.toks[s+j].Text {
			return
		}
	}
	if i+n == len(d.toks) || d.toks[i+n].Kind != text.Word || d.toks[i+n].Start > d.toks[i+n-1].End {
		d.add(c, i, i+n)
	}
}

package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"attache"
)

// unnamedAfter returns the state of a party the text leaves unnamed right
// after word b of sentence s ("met his Australian counterpart", "spoke with
// his Egyptian counterpart", "received the South Korean ambassador"), or
// "". A name following the description ("his Australian counterpart
// Richard Marles") is the party itself, and then this is "", as it is
// when the article has named a person of that state already (or names
// one anywhere, for a headline).
func (doc *doc) unnamedAfter(s, b int) string {
	ws := doc.words[s]
	if b < len(ws) && ws[b].low == "with" {
		b++
	}
	if b < len(ws) && determiner[ws[b].low] {
		b++
	}
	if b >= len(ws) {
		return ""
	}
	for i, m := range doc.ments[s] {
		if m.start != ws[b].start {
			continue
		}
		if c := doc.unnamedState(s, i); c != "" && !doc.namesPersonOf(c, s) {
			return c
		}
		return "" // ("Minister meets Korean counterpart" over a story naming him)
	}
	return ""
}

// unnamedIn returns the states of the unnamed parties sentence s
// describes ("held talks with the Thai side", "his Japanese counterpart"):
// each a party of the talks the sentence tells. A state one of whose
// persons the article has already named (or, for a headline, names at
// all) is left out: "his Thai counterpart" then means that person.
func (doc *doc) unnamedIn(s int) []string {
	var out []string
	for i := range doc.ments[s] {
		if c := doc.unnamedState(s, i); c != "" && !doc.namesPersonOf(c, s) {
			out = appendUniq(out, c)
		}
	}
	return out
}

// namesPersonOf reports whether the article names a person serving state
// code up to sentence s, or anywhere when s is the headline.
func (doc *doc) namesPersonOf(code string, s int) bool {
	if doc.firstOf == nil {
		// indexed once: a scan per description would grow with the
		// square of a long text
		doc.firstOf = map[string]int{}
		for t := len(doc.ments) - 1; t >= 0; t-- {
			for _, m := range doc.ments[t] {
				if m.e.Type == attache.Person && m.e.Country != "" {
					doc.firstOf[m.e.Country] = t
				}
			}
		}
	}
	first, ok := doc.firstOf[code]
	return ok && (first <= s || s == 0 && doc.headline)
}

// determiner are the words that may open the description of an unnamed
// party before its demonym.
var determiner = map[string]bool{"his": true, "her": true, "their": true, "its": true, "the": true}

// unnamedState returns the state of mention i of sentence s when it is the
// demonym of an unnamed party: a country followed by a party noun of
// data/args.tsv ("Egyptian counterpart", "Thai side", "Korean
// ambassador") that no name follows or precedes in apposition.
func (doc *doc) unnamedState(s, i int) string {
	ws, ms := doc.words[s], doc.ments[s]
	m := ms[i]
	if m.e.Type != attache.Country || m.e.Country == "" {
		return ""
	}
	k := wordAt(ws, m.end)
	if k < len(ws) && ws[k].start < m.end {
		k++ // the mention's last word
	}
	if k >= len(ws) {
		return ""
	}
	if k = doc.possessivePost(ws, k); k < 0 {
		return ""
	}
	// (a person's mention may overlap the description, "Envoy Chan" or
	// "Ali Jordan": the text between them is then empty, never backwards)
	if i+1 < len(ms) && ms[i+1].e.Type == attache.Person && named(doc.text[ws[k].end:max(ws[k].end, ms[i+1].start)]) {
		return "" // "his Australian counterpart, Richard Marles"
	}
	if i > 0 && ms[i-1].e.Type == attache.Person && named(doc.text[min(ms[i-1].end, m.start):m.start]) {
		return "" // "Richard Marles, his Australian counterpart"
	}
	return m.e.Country
}

// named reports whether the text between a description and a person's
// name makes the name the description's own: a comma, "the" or "his", and
// capitalised words of a rank or title ("his Nigerian counterpart,
// General Olufemi Oluyede").
func named(between string) bool {
	for _, w := range strings.Fields(between) {
		w = strings.Trim(w, ",")
		switch {
		case w == "" || w == "his" || w == "her" || w == "their" || w == "the" || w == "of":
		case startsUpper(w):
		default:
			return false
		}
	}
	return true
}

// possessivePost returns the index of the party noun of an unnamed party
// that starts at word k after a demonym ("counterpart" of "Thai
// counterpart"), or -1. After a state's possessive the head of a post
// names the party too, with the words of its field before it: "Korea's
// Minister of National Defense", "Korea's defence minister"; so does a
// post in lower case after a demonym ("the Cambodian defence minister").
func (doc *doc) possessivePost(ws []word, k int) int {
	pw := &doc.d.places
	if pw.unnamed.has(ws[k].low) {
		return k
	}
	own := ws[k].low == "'s" || ws[k].low == "s" && k > 0 && ws[k-1].low == "'"
	if !own && k > 0 && strings.HasSuffix(ws[k-1].low, "'s") {
		own, k = true, k-1 // the possessive inside the state's last word
	}
	if own {
		k++ // past the possessive
	}
	// without one, a post after a demonym leaves its holder unnamed too:
	// "received the Cambodian defence minister", "was received by the
	// Pakistani Chief of Army Staff" (one before a name is that person's
	// title: "Cambodian Defence Minister Tea Seiha", which unnamedState
	// leaves to the name)
	for ; k < len(ws) && pw.unnamedOf.has(ws[k].low); k++ {
	}
	if k < len(ws) && pw.postHead.has(ws[k].low) {
		return k
	}
	return -1
}

// startsUpper reports whether w begins with an upper-case letter, in any
// script: "Çağlar", "Émile" and "Đặng" are capitalised as "General" is.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

package extract

import (
	"slices"
	"strings"

	"attache"
	"attache/fold"
)

// quotes opening and closing a nickname written inside a name.
var openQuotes, closeQuotes = []string{`"`, "“", "'", "‘"}, []string{`"`, "”", "'", "’"}

// nicknameAt reports a quoted nickname of one word starting at token i and
// followed by more of the name, as "Gibo" in 'Gilberto "Gibo" Teodoro Jr.'
// or 'Ferdinand "Bongbong" Marcos Jr.': agencies in several countries
// write the name a person is known by inside the full name.
func (d *doc) nicknameAt(i int) bool {
	n := len(d.toks)
	if i+3 >= n || i == 0 {
		return false
	}
	q, w, c := &d.toks[i], &d.toks[i+1], &d.toks[i+2]
	if q.Start != d.toks[i-1].End+1 || w.Start != q.End || c.Start != w.End || d.toks[i+3].Start != c.End+1 {
		return false // spaced as "A "B" C": the quotes hug the nickname only
	}
	return isOneOf(q.Text, openQuotes) && isOneOf(c.Text, closeQuotes) && d.nameTok(i+1) && d.nameTok(i+3)
}

// withoutNickname returns the name over tokens [s, e) without a quoted
// nickname inside it, and the nickname ("Gibo"), or "" when there is none.
func (d *doc) withoutNickname(s, e int) (name, nick string) {
	for i := s + 1; i < e-3; i++ {
		if d.nicknameAt(i) {
			name = strings.TrimSpace(d.span(s, i)) + " " + d.span(i+3, e)
			return name, d.toks[i+1].Text
		}
	}
	return d.span(s, e), ""
}

func isOneOf(s string, set []string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// addNickname records nick as a form of person c and indexes the forms
// agencies build on it, the nickname before the family name ("Gibo
// Teodoro"), so that personFor finds them.
func (d *doc) addNickname(c *cand, nick string) {
	c.addForm(nick)
	ix := &d.people
	k := fold.Key(nick)
	for j := 1; j < len(c.parts) && j <= maxKeyWords; j++ {
		key := wordsKey(append([]string{k}, c.parts[j:]...))
		ix.byPrefix[key] = append(ix.byPrefix[key], c)
	}
}

// nicknameForm reports words that are a nickname of person c followed by
// the last words of c's name: "Gibo Teodoro" of "Gilberto Teodoro Jr."
// known as "Gibo".
func nicknameForm(c *cand, words []string) bool {
	if len(words) < 2 || slices.Contains(c.parts, words[0]) || !slices.Contains(c.keys, words[0]) {
		return false
	}
	return hasPrefix(reverse(c.parts), reverse(words[1:]))
}

// byNickname returns the one person named before whose nickname and last
// words make words ("Gibo Teodoro"), or nil.
func (d *doc) byNickname(words []string) *cand {
	var found *cand
	for c := range d.peopleFor(words) {
		if c.typ == attache.Person && nicknameForm(c, words) {
			if found != nil && found != c {
				return nil
			}
			found = c
		}
	}
	return found
}

package events

import (
	"strings"

	"attache"
)

// apart makes one meeting per counterpart of "held separate bilateral
// meetings with A, B and C": the persons named after the trigger, else the
// countries, each stood for by the person of that country the article
// names. The actors before the trigger take part in each. It returns nil
// when fewer than two counterparts are named.
func (doc *doc) apart(s int, h hit) []*cand {
	ws := doc.words[s]
	start, end := ws[h.a].start, ws[h.b-1].end
	var subject, persons, codes []string
	inside := doc.insideNames(s) // "Aero India 2025" names no counterpart
	for k, m := range doc.ments[s] {
		switch {
		case inside[k]:
		case m.e.Type == attache.Person && m.end <= start:
			subject = appendUniq(subject, m.e.Name)
		case m.e.Type == attache.Person && m.start >= end:
			persons = appendUniq(persons, m.e.Name)
		case m.e.Type == attache.Country && m.start >= end && m.e.Country != "":
			codes = appendUniq(codes, m.e.Country)
		}
	}
	if len(persons) < 2 && len(subject) >= 3 && h.a > 0 && ws[h.a-1].low == "in" {
		// "X received A and B in separate meetings": the counterparts
		// come between the host and the trigger
		subject, persons = subject[:1], subject[1:]
	}
	if len(subject) == 0 && doc.refersBack(ws, h.a) {
		subject = appendUniq(subject, doc.lastPerson(s))
	}
	if len(subject) == 0 {
		if p := doc.titleSubject(s, h.a); p != "" {
			subject = append(subject, p) // "The CJCSC also held separate meetings with"
		}
	}
	parties := persons
	if len(parties) < 2 {
		parties = nil
		for _, code := range codes {
			parties = append(parties, doc.personOf(code, subject))
		}
	}
	if len(parties) < 2 {
		return nil
	}
	var out []*cand
	for _, p := range parties {
		c := doc.newCand(s, h)
		c.ev.Participants = append(append([]string(nil), subject...), p)
		c.party = p
		out = append(out, c)
	}
	return out
}

// personOf returns the first person of the article who serves country
// code and is none of skip, else the code itself.
func (doc *doc) personOf(code string, skip []string) string {
	if doc.byCountry == nil {
		// indexed once: looked up per trigger, a scan of every entity
		// would grow with the square of a long text
		doc.byCountry = map[string][]string{}
		for i := range doc.x.Entities {
			if e := &doc.x.Entities[i]; e.Type == attache.Person && e.Country != "" {
				doc.byCountry[e.Country] = append(doc.byCountry[e.Country], e.Name)
			}
		}
	}
	for _, name := range doc.byCountry[code] {
		if !contains(skip, name) {
			return name
		}
	}
	return code
}

// delegationHeads returns, for each "<country> delegation" of sentence s
// ("the Myanmar delegation", "a Lao military delegation"), the person of
// that country the article names first, when none of have is one.
func (doc *doc) delegationHeads(s int, have []string) []string {
	ws := doc.words[s]
	var out []string
	for _, m := range doc.ments[s] {
		if m.e.Type != attache.Country || m.e.Country == "" {
			continue
		}
		i := wordAt(ws, m.end)
		if i < len(ws) && ws[i].start < m.end {
			i++
		}
		if i < len(ws) && ws[i].low == "military" || i < len(ws) && ws[i].low == "defence" || i < len(ws) && ws[i].low == "defense" {
			i++
		}
		if i >= len(ws) || ws[i].low != "delegation" {
			continue
		}
		p := doc.personOf(m.e.Country, nil)
		if p == m.e.Country || contains(have, p) {
			continue
		}
		out = appendUniq(out, p)
	}
	return out
}

// demonymSubject returns the person meant by a clause subject such as
// "the Philippine general" or "the British Defence Secretary" before word
// i: the person of that country the article names, or "".
func (doc *doc) demonymSubject(s, i int) string {
	ws := doc.words[s]
	k := clauseStart(ws, i)
	if k < i && ws[k].low != "the" && ws[0].low == "the" {
		k = 0 // "The Malaysian minister, on a visit ..., also called on X"
	}
	if k >= i || ws[k].low != "the" {
		return ""
	}
	if k+2 < i && doc.d.places.guest.has(ws[k+1].low) {
		k++ // "the visiting Sri Lankan naval chief": the demonym follows
	}
	code := ""
	for _, m := range doc.ments[s] {
		if m.e.Type == attache.Country && m.e.Country != "" && m.start == ws[min(k+1, len(ws)-1)].start {
			code = m.e.Country
		}
	}
	if code == "" {
		return ""
	}
	// up to three words of title after the demonym, then the verb
	for j := k + 2; j < i && j <= k+5; j++ {
		if doc.d.rules.referent.matches(ws[j]) {
			if p := doc.personOf(code, nil); p != code {
				return p
			}
			return ""
		}
	}
	return ""
}

// titleMaxWords is how many capitalised words a title used as a subject
// may have ("the Deputy Chief of Army Staff" has its "of" too).
const titleMaxWords = 5

// titleSubject returns the person meant by a clause subject made of a
// title ("the Defence Secretary called on X", "The CJCSC also held
// meetings with Y") before word i: the first person of the article, not
// named in sentence s, one of whose titles ends with it or spells it in
// brackets; else "".
func (doc *doc) titleSubject(s, i int) string {
	ws := doc.words[s]
	k := clauseStart(ws, i)
	if k >= i || ws[k].low != "the" {
		return ""
	}
	var words []string
	j := k + 1
	for ; j < i && len(words) < titleMaxWords && (ws[j].upper || ws[j].low == "of" && len(words) > 0); j++ {
		words = append(words, ws[j].low)
	}
	if len(words) == 0 || words[len(words)-1] == "of" {
		return ""
	}
	name := doc.titleHolder(strings.Join(words, " "))
	for _, m := range doc.ments[s] {
		if m.e.Name == name {
			return "" // "the Defence Secretary called on Defence Secretary X"
		}
	}
	return name
}

// titleHolder returns the first person of the article holding a title
// that is, or ends with, or spells in brackets the lower-case title t,
// looked up in an index made once per article.
func (doc *doc) titleHolder(t string) string {
	if doc.byTitle == nil {
		doc.byTitle = map[string]string{}
		for i := range doc.x.Entities {
			e := &doc.x.Entities[i]
			if e.Type != attache.Person {
				continue
			}
			for _, title := range e.Titles {
				doc.indexTitle(strings.ToLower(title), e.Name)
			}
		}
	}
	return doc.byTitle[t]
}

// indexTitle adds to byTitle the lower-case title t of person name, its
// word-final parts, the acronym it gives in brackets and the one its
// initials make ("cjcsc" for "chairman joint chiefs of staff committee").
func (doc *doc) indexTitle(t, name string) {
	add := func(k string) {
		if _, ok := doc.byTitle[k]; !ok && k != "" {
			doc.byTitle[k] = name
		}
	}
	if a, b, ok := strings.Cut(t, "("); ok {
		if acr, _, ok := strings.Cut(b, ")"); ok {
			add(acr)
		}
		t = strings.TrimSpace(a)
	}
	add(initials(t))
	for rest := t; rest != ""; {
		add(rest)
		_, after, ok := strings.Cut(rest, " ")
		if !ok {
			break
		}
		rest = after
	}
}

// initials returns the initials of the words of title t but "of", "the"
// and "and", when they are three or more: an acronym the text may use.
func initials(t string) string {
	var b strings.Builder
	for _, w := range strings.Fields(t) {
		switch w {
		case "of", "the", "and":
			continue
		}
		b.WriteByte(w[0])
	}
	if b.Len() < 3 {
		return ""
	}
	return b.String()
}

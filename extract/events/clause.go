package events

import (
	"strings"

	"attache"
)

// This file holds the clause structure of a sentence that every trigger
// shares: which words belong to a relative clause opened by another
// trigger ("the meeting, which reviewed the agreement signed in August
// 2024": August 2024 dates the signing, not the meeting).

// relativeWord opens a relative or reduced clause after a comma.
var relativeWord = map[string]bool{"which": true, "who": true, "whom": true, "where": true, "whose": true, "that": true}

// clausePreps are the prepositions that may open a relative clause before
// "which" or "whom" (", under which", ", during which", ", at which").
var clausePreps = map[string]bool{"under": true, "during": true, "at": true, "in": true, "after": true, "by": true, "through": true, "with": true, "for": true, "from": true, "on": true}

// relativeBreak reports whether words [from, to) hold a relative clause
// opening (", which", ", who") or a semicolon.
func relativeBreak(ws []word, from, to int) bool {
	for k := max(from, 0); k < to && k < len(ws); k++ {
		switch ws[k].low {
		case ";":
			return true
		case ",":
			if k+1 < len(ws) && relativeWord[ws[k+1].low] {
				return true
			}
		}
	}
	return false
}

// clauseStart returns the first word of the clause that holds word i:
// the word after the last comma or semicolon before i, or 0.
func clauseStart(ws []word, i int) int {
	k := i - 1
	for k >= 0 && ws[k].low != "," && ws[k].low != ";" {
		k--
	}
	return k + 1
}

// otherClause reports whether word i (a date or argument) belongs to
// another trigger of the sentence than h: one lies between h and i, in a
// relative clause that h's own clause opens.
func otherClause(ws []word, hs []hit, h hit, i int) bool {
	for _, o := range hs {
		if o.a == h.a && o.b == h.b || o.r.anaphor {
			continue
		}
		switch {
		case i >= h.b && o.a >= h.b && o.b <= i:
			if relativeBreak(ws, h.b, o.a) {
				return true
			}
		case i < h.a && o.b <= h.a && o.a > i:
			if relativeBreak(ws, o.b, h.a) {
				return true
			}
		}
	}
	return false
}

// recallWindow is how many words a recalling verb may come before the
// trigger it makes an earlier event.
const recallWindow = 12

// recalled reports whether a recalling verb ("recalled", "recalling")
// comes shortly before word i in its clause: the event is brought back as
// background, not told as news.
func (doc *doc) recalled(ws []word, i int) bool {
	for k := i - 1; k >= 0 && i-k <= recallWindow; k-- {
		if l := ws[k].low; l == ";" || l == "." {
			return false
		}
		if doc.d.rules.recall.matches(ws[k]) {
			return true
		}
	}
	return false
}

// relativeAt returns the word that opens the relative clause holding word
// i (", which last met in Muscat in 2019,"), or -1 when i is in no such
// clause. The clause runs from ", which" to the next comma or semicolon.
func (doc *doc) relativeAt(ws []word, i int) (int, bool) {
	for k := min(i, len(ws)) - 1; k > 0; k-- {
		switch ws[k].low {
		case ";", ".":
			return -1, false
		case ",":
			return -1, false // the clause, if any, closed before i
		}
		if k >= 2 && ws[k-2].low == "," && clausePreps[ws[k-1].low] && (ws[k].low == "which" || ws[k].low == "whom") {
			return k - 1, false // ", under which officers will attend courses from next year"
		}
		if ws[k-1].low != "," {
			continue
		}
		// ", which ..." or a participle set off by commas ("the DCA,
		// signed in Bintan in January 2022, entered into force ...")
		if relativeWord[ws[k].low] {
			return k, false
		}
		if doc.d.rules.participle.matches(ws[k]) {
			return k, true
		}
	}
	return -1, false
}

// ownClause reports whether date word i can be said of the trigger h as
// far as relative clauses go: a date inside a relative clause ("the
// committee, which last met in 2019, ...") dates what that clause tells,
// unless h is in the same clause.
func (doc *doc) ownClause(ws []word, h hit, i int) bool {
	r, participle := doc.relativeAt(ws, i)
	hr, _ := doc.relativeAt(ws, h.a+1)
	if hr >= 0 && hr <= h.a && i < hr && doc.hitBefore(hr) {
		// "established the committee in 2006, whose 12th meeting was held
		// in March": the trigger's clause is a relative one, the date is
		// another trigger's, outside it ("will travel to Luang Prabang on
		// December 10, where it will visit ..." names no other event)
		return false
	}
	if r < 0 || hr == r || r >= h.a && r < h.b {
		return true
	}
	if participle && r > h.a {
		// "the first fighter exercise ..., Veer Guardian, held in Japan
		// in January 2023": a participle after the trigger tells of it
		return true
	}
	// "the exercise Bright Star 2025, which Egypt hosted in September
	// 2025": the clause tells of the trigger's own noun and its name
	// "the visit, which runs from March 10 to 14": the clause tells of the
	// event the noun refers to
	return r > h.b+1 && nameRun(ws, h.b, r-1) || r == h.b+1 && h.r.anaphor
}

// participleDated reports whether date word i, after the trigger h,
// follows a participle of an act that modifies a noun other than h's
// ("thanked him for his work on the memorandum signed in 2011", "the 42
// jets ordered in 2022"): a reduced relative clause whose date is that
// act's. The participles are data (the participle lines of triggers.tsv).
func (doc *doc) participleDated(ws []word, h hit, i int) bool {
	if i < h.b {
		return false
	}
	for k := i - 1; k > h.b && i-k <= 5; k-- {
		if l := ws[k].low; l == "," || l == ";" {
			return false
		}
		if !doc.d.rules.participle.matches(ws[k]) {
			continue
		}
		if beforeClauseVerb[ws[k-1].low] {
			return false // a verb of the clause, not a modifier
		}
		if doc.d.rules.source.matches(ws[k-1]) && according(ws, k-1) {
			return false // "according to a statement issued on Tuesday": when it was made known
		}
		// "Exercise Cobra Gold 2025 opened at Sattahip on February 25":
		// the verb of the trigger's own name, not of another noun; so is
		// the verb after the body a trigger ends with "of" on ("the
		// ministerial meeting of the Andean Defence Council opened on
		// Tuesday")
		from := h.b
		if ws[h.b-1].low == "of" && from < k && ws[from].low == "the" {
			from++
		}
		return !nameRun(ws, from, k) && !partiesRun(ws, h.b, k, doc.d.places.forceNoun)
	}
	return false
}

// beforeClauseVerb lists the words after which a participle is a verb of
// the clause ("was signed", "and held", "who visited"), not a modifier of
// the noun before it ("the memorandum signed in 2011").
var beforeClauseVerb = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true,
	"been": true, "being": true, "has": true, "have": true, "had": true, "and": true, "or": true,
	"also": true, ",": true, "then": true, "jointly": true, "who": true, "which": true, "that": true}

// participleBefore reports whether date word i, before the trigger h,
// follows a participle that modifies a noun of an earlier phrase ("his
// work on the memorandum signed in 2011 and on the ninth dialogue held in
// Tokyo last year"): that act's date, closed off by "and" or a comma
// before the trigger.
func (doc *doc) participleBefore(ws []word, h hit, i int) bool {
	if i >= h.a {
		return false
	}
	closed := false
	for k := i + 1; k < h.a; k++ {
		if ws[k].low == "and" || ws[k].low == "," {
			closed = true
		}
	}
	if !closed {
		return false
	}
	for k := i - 1; k > 0 && i-k <= 5; k-- {
		if l := ws[k].low; l == "," || l == ";" {
			return false
		}
		if !doc.d.rules.participle.matches(ws[k]) {
			continue
		}
		if beforeClauseVerb[ws[k-1].low] {
			return false // a verb of the clause, not a modifier
		}
		return letters(ws[k-1].low) && afterPrep(ws, k-1)
	}
	return false
}

// afterPrep reports whether the noun phrase ending at word i is the object
// of a preposition ("for his work on the memorandum"), not the subject of
// a verb ("the two ministers agreed Saturday").
func afterPrep(ws []word, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		switch ws[k].low {
		case ",", ";", ".":
			return false
		case "to", "on", "for", "of", "with", "under", "by", "about", "from":
			return true
		}
	}
	return false
}

// according reports whether "according to" comes within three words before
// word i: what word i names is the source of the clause before it.
func according(ws []word, i int) bool {
	for k := i - 1; k > 0 && i-k <= 3; k-- {
		if ws[k].low == "to" && ws[k-1].low == "according" {
			return true
		}
	}
	return false
}

// clauseVerbs are verbs without the -ed ending that open a restrictive
// relative clause ("a partnership that began in 1971").
var clauseVerbs = map[string]bool{"began": true, "begun": true, "met": true, "took": true, "held": true, "came": true, "was": true, "were": true,
	"had": true, "has": true, "have": true, "became": true, "ran": true, "went": true, "saw": true, "won": true, "sent": true, "made": true, "led": true}

// restrictiveDated reports whether date word i, after the trigger h, lies
// in a relative clause without commas that tells of another noun ("said
// the exercise showed the value of a partnership that began in 1971"):
// the date is that clause's act, not h's.
func (doc *doc) restrictiveDated(ws []word, h hit, i int) bool {
	for r := i - 1; r > h.b+1; r-- {
		switch ws[r].low {
		case ",", ";", ".":
			return false
		case "that", "which", "who":
		default:
			continue
		}
		prev, next := ws[r-1], ws[r+1]
		if doc.d.rules.reporting.matches(prev) || strings.HasSuffix(prev.low, "ed") || !letters(prev.low) {
			return false // "said that", "agreed that": what is said, whose dates are its own matter
		}
		switch prev.low {
		case "so", "such", "now", "than", "given", "except", "and", "or", "but":
			return false
		}
		return strings.HasSuffix(next.low, "ed") || clauseVerbs[next.low]
	}
	return false
}

// letters reports whether w is made of letters a-z only.
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// nameRun reports whether words [a, b) are all capitalised or numbers:
// the rest of a name.
func nameRun(ws []word, a, b int) bool {
	for k := a; k < b; k++ {
		if !ws[k].upper && ws[k].num < 0 {
			return false
		}
	}
	return true
}

// hitBefore reports whether a trigger of the sentence being read ends
// before word b: an event of the main clause that a date there can date.
func (doc *doc) hitBefore(b int) bool {
	for _, o := range doc.sentHits {
		if o.b <= b {
			return true
		}
	}
	return false
}

// groupAfterThe reports whether "the" at word k opens a group of the
// parties: "the ministers", or a count with up to one modifier before the
// group word ("the two army chiefs", "the two vice ministers").
func (doc *doc) groupAfterThe(ws []word, k int) bool {
	if k+1 >= len(ws) {
		return false
	}
	if doc.d.rules.group.matches(ws[k+1]) {
		return true
	}
	switch ws[k+1].low {
	case "two", "three", "four", "both":
	default:
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+3; j++ {
		if doc.d.rules.group.matches(ws[j]) {
			return true
		}
	}
	return false
}

// openingWords start a phrase that sets the scene of the main clause:
// "During his talks with X, Y recalled ...".
var openingWords = map[string]bool{"during": true, "after": true, "following": true, "at": true, "in": true, "before": true}

// outsideOpening reports whether word di lies past the comma that closes
// an opening phrase holding the trigger: in "During his talks with Ms
// Tuya, Singh recalled the visit last year" the year dates the visit
// recalled in the main clause, never the talks.
func outsideOpening(ws []word, h hit, di int) bool {
	if len(ws) == 0 || !openingWords[ws[0].low] || h.a > 3 || di <= h.b {
		return false // the trigger must head the phrase: "During his talks"
	}
	for k := 1; k < h.a; k++ {
		if ws[k].low == "," {
			return false // the phrase closed before the trigger
		}
	}
	// the phrase is short: its comma comes within a dozen words
	for k := h.b; k < di && k < h.b+12; k++ {
		if ws[k].low == "," {
			return true
		}
	}
	return false
}

// hostVerbs are the participles before "by" that name who holds a
// conference: "both hosted by the Pakistan Navy", "organised by the
// Ministry of Defence".
var hostVerbs = map[string]bool{"hosted": true, "organised": true, "organized": true, "convened": true, "co-hosted": true, "co-organised": true, "co-organized": true}

// hostedBy adds the body named right after "hosted by" or "organised by"
// following the trigger: a party of the conference it holds.
func (doc *doc) hostedBy(out *names, s int, h hit) {
	ws := doc.words[s]
	for k := h.b; k+1 < len(ws) && k < h.b+12; k++ {
		if !hostVerbs[ws[k].low] || ws[k+1].low != "by" {
			continue
		}
		for _, m := range doc.ments[s] {
			if m.start >= ws[k+1].end && m.start-ws[k+1].end <= 6 &&
				(m.e.Type == attache.Organization || m.e.Type == attache.Person) {
				out.add(m.e.Name)
			}
		}
		return
	}
}

// purposeDated reports whether the date at word di, after a signing
// trigger, lies in a purpose clause of the thing signed: "signed a letter
// of intent to hold a combined exercise in 2026" dates the exercise, not
// the signing. The "to" and its verb come within a dozen words.
func purposeDated(ws []word, h hit, di int) bool {
	if h.r.typ != "agreement" || di <= h.b {
		return false
	}
	for k := h.b; k+1 < di && k < h.b+12; k++ {
		if ws[k].low != "to" {
			continue
		}
		switch n := ws[k+1]; {
		case n.upper || n.num >= 0 || !letters(n.low):
		case n.low == "the" || n.low == "a" || n.low == "an" || n.low == "its" || n.low == "their" || n.low == "his" || n.low == "her" || n.low == "be":
		default:
			return true // "to hold", "to buy", "to establish"
		}
	}
	return false
}

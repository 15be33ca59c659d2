package dates

import (
	_ "embed"
	"strings"
)

//go:embed data/name_nouns.tsv
var nameNounData string

// nameNouns are the capitalised nouns after which a day and month name a
// place ("the August 1st Building") rather than a date.
var nameNouns = wordSet(nameNounData)

// inName reports whether the yearless day and month ending before token
// end are part of a proper name: a capitalised name noun follows directly.
func (s *scanner) inName(end int) bool {
	t := s.tok(end)
	return t.upper && nameNouns[t.low]
}

//go:embed data/plan_verbs.tsv
var planVerbData string

// planVerbs are the verbs that, with "to" after them, plan an act to come
// ("agreed to hold", "invited ... to attend").
var planVerbs = wordSet(planVerbData)

//go:embed data/past_verbs.tsv
var pastVerbData string

// pastWords are past-tense verbs that do not end in "-ed": with those that
// do, they tell a relative clause of what happened (future).
var pastWords = wordSet(pastVerbData)

//go:embed data/title_abbreviations.tsv
var titleAbbreviationData string

// titleAbbreviations are the ranks and honorifics written with a dot
// before a name ("Capt. Kenji Morita"): that dot ends no sentence.
var titleAbbreviations = wordSet(titleAbbreviationData)

// wordSet reads a list of one lower-case word a line, "#" comments and
// blank lines left out.
func wordSet(data string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}

// pastOccasions are the words that, between a plan's "to" and a month,
// open a phrase of an occasion of its own.
var pastOccasions = map[string]bool{"during": true, "since": true, "after": true, "when": true, "following": true}

// planned reports whether token i lies in a clause where a plan verb is
// followed, before i, by "to": "agreed to hold a combined exercise in
// Sabah in October", "invited Giang to attend the exhibition in April";
// not when the month dates an occasion named after "to" ("during the
// visit in March").
// The look is bounded as future's is.
func (s *scanner) planned(i int) bool {
	to := false
	for k := i - 1; k >= 0 && i-k <= futureReach; k-- {
		l := s.tok(k).low
		switch {
		case l == "." || l == ";" || l == "!" || l == "?":
			return false
		case !to && pastOccasions[l]:
			// "agreed to deepen ties during Lula's visit in March": the
			// month dates that occasion, not the plan
			return false
		case l == "to" && s.infinitive(k+1):
			to = true
		case to && planVerbs[l]:
			return true
		}
	}
	return false
}

// infinitive reports whether token k, after "to", can open an infinitive
// ("to hold", "to attend"), not a phrase of place or person ("to Vietnam",
// "to the base", "to 2027").
func (s *scanner) infinitive(k int) bool {
	t := s.tok(k)
	switch t.low {
	case "the", "a", "an", "his", "her", "its", "their", "our", "this", "that":
		return false
	}
	return k < s.n && !t.upper && !t.isNum()
}

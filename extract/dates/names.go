package dates

import (
	_ "embed"
	"strings"
)

//go:embed data/name_nouns.tsv
var nameNounData string

// nameNouns are the capitalised nouns after which a day and month name a
// place ("the August 1st Building") rather than a date.
var nameNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(nameNounData, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}()

// inName reports whether the yearless day and month ending before token
// end are part of a proper name: a capitalised name noun follows directly.
func (s *scanner) inName(end int) bool {
	t := s.tok(end)
	return t.upper && nameNouns[t.low]
}

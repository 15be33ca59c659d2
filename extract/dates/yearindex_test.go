package dates

import (
	"strings"
	"testing"
)

// TestYearIndexMatchesScan: the prefix tables give, for every date, the
// year the scan over all expressions gives.
func TestYearIndexMatchesScan(t *testing.T) {
	for _, text := range []string{
		"On May 5 the ministers met. In 2023 they signed a pact on June 1, and on 3 March 2024 another; on July 9 they met again.",
		"On May 5 the ministers met, before the talks of 12 January 2025.",
		strings.Repeat("on May 5, ", 50) + "in 2021 " + strings.Repeat("from June 2 to June 4, 2022 and on August 8 ", 20),
		"No year at all: on May 5 and on June 6.",
	} {
		s := scanner{text: text, toks: tokenize(text)}
		s.scan()
		ix := s.yearIndex()
		if !ix.sorted {
			t.Errorf("%.30q: expressions not in text order", text)
		}
		for _, d := range s.out {
			if got, want := ix.around(d.Start), s.yearContext(d.Start); got != want {
				t.Errorf("%.30q: year around %q at %d = %d, scan gives %d", text, d.Text, d.Start, got, want)
			}
		}
	}
}

package ingest

import (
	"fmt"

	"attache"
)

// PrepareText turns the bytes of one plain-text article into an article
// ready for extraction, without storing it: the input check of Ingest
// (encoding, empty, binary and control bytes, invalid UTF-8 repaired under
// 1% and rejected above), then the date header and cleaning of Prepare.
// It is how attache extract and eval see exactly what ingest would store.
// name is shown in errors; the warnings say what was repaired. The article
// has no id nor fingerprint: nothing stores it, and on a large text they
// cost as much as cleaning it.
func PrepareText(name string, raw []byte) (*attache.Article, []string, error) {
	data, encNote, repaired, err := checkInput(raw, "")
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	var warnings []string
	if repaired > 0 {
		warnings = append(warnings, fmt.Sprintf("repaired %d invalid UTF-8 bytes with U+FFFD", repaired))
	}
	var s Service
	a, err := s.prepareText(Document{Path: name, Format: FormatText, Original: raw, Text: string(data), Encoding: encNote})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return a, warnings, nil
}

package ingest

import (
	"errors"
	"fmt"

	"attache"
)

// MaxRecords is the most records (sentences, entity mentions, quantities
// and events: the rows stored one by one) an article's extraction may hold
// to be stored. A news report holds about 33 per kilobyte (the dev corpus:
// 40 to 60 in 1.4 KB), so a long report of 100 KB holds some 3,300, and
// 20,000 is well over half a megabyte of dense prose: more than any report.
// A text past it is one phrase repeated, a pasted list or a whole book;
// storing its hundreds of thousands of rows would hold the store for longer
// than the extraction took, outside the article's time budget. Such an
// article is stored like one over its budget: with its text, without
// extraction, with the reason (ErrTooManyRecords), listed in the run
// summary, and re-extractable later.
const MaxRecords = 20_000

// ErrTooManyRecords says an extraction held more than MaxRecords records.
var ErrTooManyRecords = errors.New("extraction found more records than any report holds")

// checkRecords returns nil, or an error wrapping ErrTooManyRecords when x
// holds more than MaxRecords records.
func checkRecords(x *attache.Extraction) error {
	if x == nil {
		return nil
	}
	n := len(x.Sentences) + len(x.Quantities) + len(x.Events)
	for _, e := range x.Entities {
		n += len(e.Mentions)
	}
	if n > MaxRecords {
		return fmt.Errorf("%w (%d sentences, mentions, quantities and events; at most %d are stored)", ErrTooManyRecords, n, MaxRecords)
	}
	return nil
}

package events

import (
	"io/fs"
	"sync"
)

// Codes are the event-data codes of one event type, from data/types.tsv:
// its default CAMEO code (a trigger may refine it in an article, as 043
// for a meeting the subject hosts), its PLOVER type and PLOVER context.
type Codes struct {
	CAMEO   string
	PLOVER  string
	Context string
}

var (
	codesOnce sync.Once
	codes     map[string]Codes
	codesErr  error
)

// TypeCodes returns the codes of every event type of the embedded
// types.tsv, by type. Exporters to event-data formats use it for events
// whose article gave no code of its own.
func TypeCodes() (map[string]Codes, error) {
	codesOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err != nil {
			codesErr = err
			return
		}
		codes = map[string]Codes{}
		codesErr = eachLine(sub, TypesFile, func(n int, c []string) error {
			for len(c) < 4 {
				c = append(c, "")
			}
			codes[c[0]] = Codes{CAMEO: c[1], PLOVER: c[2], Context: c[3]}
			return nil
		})
	})
	return codes, codesErr
}

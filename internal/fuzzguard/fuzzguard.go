// Package fuzzguard turns a fuzz input that stalls into a failure. Go's
// fuzzing has no time limit per input: an input that makes a target run
// for minutes only shows as "0 execs/s". A guard started around the call
// crashes the fuzzing worker when the call overruns, and the fuzzing
// engine then reports the input as a failure and keeps it in
// testdata/fuzz, where every later "go test" runs it again.
package fuzzguard

import (
	"fmt"
	"time"
)

// Limit is the time one fuzz input may take. Inputs are small (kilobytes)
// and take milliseconds; a second-long input means work that grows faster
// than the input, and five seconds leaves room for a loaded machine.
const Limit = 5 * time.Second

// Start arms the guard for one input of n bytes and returns the function
// that disarms it; call it (defer it) when the input is done. If it is not
// called within limit (Limit in fuzz targets) the process panics, naming
// what stalled.
func Start(what string, n int, limit time.Duration) (stop func()) {
	t := time.AfterFunc(limit, func() {
		panic(fmt.Sprintf("fuzzguard: %s took longer than %v on an input of %d bytes", what, limit, n))
	})
	return func() { t.Stop() }
}

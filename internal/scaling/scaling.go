// Package scaling checks, in tests, that the cost of a function grows
// linearly with its input: twice the input must cost at most Limit times
// as much (quadratic work costs four times as much). It compares ratios,
// never absolute times, so that a slow machine passes, and it is built not
// to flake on a busy one: it measures CPU time rather than the clock,
// repeats a function that runs in microseconds until one sample is long
// enough to measure, compares the cheapest sample of each input (other
// work on the machine only ever adds time), keeps the garbage collector
// out of the samples, and measures again, with more samples, before it
// reports a failure. The samples of one input are taken in a row: taken
// in turn with the other input's, each found the caches and the heap
// shaped by the other, and the larger input lost more by it.
package scaling

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// Limit is the largest cost ratio accepted when the input doubles.
const Limit = 2.5

// minSample is the least CPU time one sample of the small input lasts: far
// above the granularity of the process's CPU clock and of the scheduler's
// accounting, which make a sample of a few microseconds mostly noise. It
// is kept short: the collector is off during a sample, and runs in a row
// then take fresh memory from the system, a cost that comes in steps.
const minSample = time.Millisecond

// Doubling fails t when large (the work of small on twice the input) costs
// more than Limit times small. name says which input shape it is. Both
// functions are run the same number of times per sample: as many as make
// a sample of small last minSample.
func Doubling(t testing.TB, name string, small, large func()) {
	t.Helper()
	// One run of large first grows the heap to what large needs, so that
	// the first-touch cost of fresh memory, a step the kernel charges to
	// the process, falls outside every sample rather than on large's.
	large()
	reps := Repetitions(small, minSample)
	ratio := 0.0
	for try := 0; try < 4; try++ {
		ts, tl := Least(2+try, reps, small, large)
		ratio = float64(tl) / float64(max(ts, time.Microsecond))
		if ratio <= Limit {
			return
		}
		t.Logf("%s: %v, then %v on twice the input (%.1f×, %d runs a sample); measuring again", name, ts, tl, ratio, reps)
	}
	t.Errorf("%s: twice the input took %.1f× the time (limit %.1f×): the work grows faster than the input", name, ratio, Limit)
}

// Repetitions returns how many runs of f in a row take at least least CPU
// time (1 for a function that takes that long alone), doubling the count
// until they do.
func Repetitions(f func(), least time.Duration) int {
	for reps := 1; ; reps *= 2 {
		if reps >= 1<<20 || sample(reps, f) >= least {
			return reps
		}
	}
}

// Least returns the least CPU time of samples samples of a and of b, each
// sample reps runs in a row, a's samples first.
func Least(samples, reps int, a, b func()) (ta, tb time.Duration) {
	ta, tb = time.Duration(1<<63-1), time.Duration(1<<63-1)
	for range samples {
		ta = min(ta, sample(reps, a))
	}
	for range samples {
		tb = min(tb, sample(reps, b))
	}
	return ta, tb
}

// sample returns the CPU time of reps runs of f in a row. CPU time, unlike
// the clock, does not count the time other processes hold the cores. The
// collector is off during the sample: whether a run happens to trigger a
// collection of the whole heap is a step, not a slope, and would blur the
// ratio.
func sample(reps int, f func()) time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.GC()
	t0 := CPUTime()
	for range reps {
		f()
	}
	return CPUTime() - t0
}

// Package scaling checks, in tests, that the cost of a function grows
// linearly with its input: twice the input must cost at most Limit times
// as much (quadratic work costs four times as much). It compares ratios,
// never absolute times, so that a slow machine passes, and it is built not
// to flake on a busy one: it measures CPU time rather than the clock, takes
// the cheapest of several runs, keeps the garbage collector out of the
// runs, and measures again before it reports a failure.
package scaling

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// Limit is the largest cost ratio accepted when the input doubles.
const Limit = 2.5

// Doubling fails t when large (the work of small on twice the input) costs
// more than Limit times small. name says which input shape it is.
func Doubling(t testing.TB, name string, small, large func()) {
	t.Helper()
	ratio := 0.0
	for try := 0; try < 4; try++ {
		reps := 2 + try
		ts := Fastest(reps, small)
		tl := Fastest(reps, large)
		ratio = float64(tl) / float64(max(ts, time.Microsecond))
		if ratio <= Limit {
			return
		}
		t.Logf("%s: %v, then %v on twice the input (%.1f×); measuring again", name, ts, tl, ratio)
	}
	t.Errorf("%s: twice the input took %.1f× the time (limit %.1f×): the work grows faster than the input", name, ratio, Limit)
}

// Fastest returns the least CPU time of reps runs of f: the run least
// disturbed by other work on the machine. CPU time, unlike the clock, does
// not count the time other processes hold the cores. The collector is off
// during each run: whether a run happens to trigger a collection of the
// whole heap is a step, not a slope, and would blur the ratio.
func Fastest(reps int, f func()) time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best := time.Duration(1<<63 - 1)
	for range reps {
		runtime.GC()
		t0 := CPUTime()
		f()
		best = min(best, CPUTime()-t0)
	}
	return best
}

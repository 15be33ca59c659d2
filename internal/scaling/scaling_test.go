package scaling

import "testing"

// sink keeps the loops below from being optimised away.
var sink int

func work(n int) {
	for i := range n {
		sink += i ^ sink
	}
}

// TestDoubling: linear work passes, quadratic work fails.
func TestDoubling(t *testing.T) {
	const n = 2_000
	Doubling(t, "linear", func() { work(n * n) }, func() { work(2 * n * n) })

	var rec recorder
	Doubling(&rec, "quadratic", func() { work(n * n) }, func() { work(4 * n * n) })
	if !rec.failed {
		t.Error("quadratic work passed")
	}
}

// recorder is a testing.TB that records a failure instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Logf(string, ...any)   {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }

package scaling

import (
	"testing"
	"time"
)

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

// TestDoublingOfTinyWork: work of a few microseconds, far below what one
// reading of the CPU clock resolves, is still judged by its slope.
func TestDoublingOfTinyWork(t *testing.T) {
	const n = 30
	Doubling(t, "tiny linear", func() { work(n * n) }, func() { work(2 * n * n) })

	var rec recorder
	Doubling(&rec, "tiny quadratic", func() { work(n * n) }, func() { work(4 * n * n) })
	if !rec.failed {
		t.Error("tiny quadratic work passed")
	}
}

// TestRepetitions: a sample of the returned count lasts at least the time
// asked for.
func TestRepetitions(t *testing.T) {
	const least = 2 * time.Millisecond
	reps := Repetitions(func() { work(100) }, least)
	if reps < 2 {
		t.Fatalf("work of well under a microsecond needs %d runs for %v", reps, least)
	}
	if got := sample(reps, func() { work(100) }); got < least/4 {
		t.Errorf("%d runs took %v, want about %v or more", reps, got, least)
	}
}

package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"attache/internal/scaling"
)

// TestExtractCommandScalesLinearly is issue 14's doubling rule on the
// whole "attache extract --format json FILE" (reading, cleaning,
// extraction, JSON): a file that repeats one phrase twice as often, with
// no sentence end, costs at most scaling.Limit times the CPU time, and
// allocates at most as many times the bytes (a count, which no other work
// on the machine changes).
func TestExtractCommandScalesLinearly(t *testing.T) {
	dir := t.TempDir()
	m := NewMain()
	m.Config = DefaultConfig(func(string) string { return "" })
	m.Stdout, m.Stderr = io.Discard, io.Discard
	extract := func(path string) func() {
		return func() {
			if err := m.Run(context.Background(), []string{"extract", "--format", "json", path}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, p := range []struct{ name, phrase string }{
		{"date", "on May 5, "},
		{"dateline", "Hanoi (VNA) – "},
		{"ministry", "the Ministry of National Defence of "},
	} {
		small, large := filepath.Join(dir, p.name+"-small.txt"), filepath.Join(dir, p.name+"-large.txt")
		for path, n := range map[string]int{small: 10_000, large: 20_000} {
			if err := os.WriteFile(path, []byte(strings.Repeat(p.phrase, n)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		scaling.Doubling(t, p.name, extract(small), extract(large))
		as, al := allocated(extract(small)), allocated(extract(large))
		if float64(al) > scaling.Limit*float64(as) {
			t.Errorf("%s: twice the input allocated %.1f× the bytes (%d, then %d)", p.name, float64(al)/float64(as), as, al)
		}
	}
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"attache/internal/scaling"
)

// BenchmarkExtractCommand is issue 14's table as a benchmark: the whole
// "attache extract --format json FILE" (knowledge loading, reading,
// cleaning, extraction, JSON) on files that repeat one phrase n times
// with no sentence end, and on an empty-ish file for the start-up alone.
// Time per op is one command; it should stay within 2.5× when n doubles.
// cpu-ms/op is the CPU time of one command (the collector's included),
// which a machine busy with other work changes much less than the clock.
//
//	go test -run '^$' -bench ExtractCommand -benchtime 5x ./cmd/attache
func BenchmarkExtractCommand(b *testing.B) {
	dir := b.TempDir()
	run := func(b *testing.B, path string) {
		m := NewMain()
		m.Config = DefaultConfig(func(string) string { return "" })
		m.Stdout, m.Stderr = io.Discard, io.Discard
		t0 := scaling.CPUTime()
		for b.Loop() {
			if err := m.Run(context.Background(), []string{"extract", "--format", "json", path}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(scaling.CPUTime()-t0)/float64(b.N)/1e6, "cpu-ms/op")
	}
	startup := filepath.Join(dir, "hello.txt")
	if err := os.WriteFile(startup, []byte("Hello.\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("start-up", func(b *testing.B) { run(b, startup) })
	for _, p := range []struct{ name, phrase string }{
		{"date", "on May 5, "},
		{"dateline", "Hanoi (VNA) – "},
		{"ministry", "the Ministry of National Defence of "},
	} {
		for _, n := range []int{10_000, 20_000, 40_000, 80_000} {
			path := filepath.Join(dir, fmt.Sprintf("%s-%d.txt", p.name, n))
			if err := os.WriteFile(path, []byte(strings.Repeat(p.phrase, n)), 0o644); err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%s/n=%d", p.name, n), func(b *testing.B) {
				b.SetBytes(int64(n * len(p.phrase)))
				run(b, path)
			})
		}
	}
}

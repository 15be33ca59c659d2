package main

import (
	"runtime/debug"
	"testing"
)

// gcPercent returns the collector's current target without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestExtractCollectorTargetRestoredAfterOverlappingRuns(t *testing.T) {
	t.Setenv("GOGC", "")
	before := gcPercent()
	first := collectLessOften()
	second := collectLessOften()
	if got := gcPercent(); got != extractGCPercent {
		t.Fatalf("target during two runs = %d, want %d", got, extractGCPercent)
	}
	first()
	if got := gcPercent(); got != extractGCPercent {
		t.Errorf("target after the first of two runs = %d, want %d until the last ends", got, extractGCPercent)
	}
	second()
	if got := gcPercent(); got != before {
		t.Errorf("target after both runs = %d, want %d as before", got, before)
	}
}

func TestExtractCollectorTargetLeavesUsersGOGC(t *testing.T) {
	t.Setenv("GOGC", "150")
	before := gcPercent()
	restore := collectLessOften()
	if got := gcPercent(); got != before {
		t.Errorf("target with GOGC set = %d, want %d unchanged", got, before)
	}
	restore()
}

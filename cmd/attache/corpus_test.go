package main

import (
	"path/filepath"
	"testing"
)

// sampleDir is the bundled sample corpus (package sample) on disk. Every
// checkout has it, so the command tests that need only some corpus run on
// it and mean the same on any machine.
func sampleDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "sample", "articles"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// sampleCount is the number of articles in the sample corpus.
func sampleCount(t testing.TB) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(sampleDir(t), "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	return len(files)
}

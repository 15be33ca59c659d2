// Package devcorpus locates the shared development corpus for tests:
// ../shared/corpus/dev beside the module root.
package devcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the dev corpus directory, ../shared/corpus/dev from the
// directory holding go.mod above the working directory. When it is missing
// the test fails if CI=true (CI always has it), and is skipped otherwise.
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
	dev := filepath.Join(dir, "..", "shared", "corpus", "dev")
	if _, err := os.Stat(filepath.Join(dev, "MANIFEST.tsv")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("dev corpus missing: %v", err)
		}
		t.Skipf("dev corpus missing (%v); set CI=true to make this a failure", err)
	}
	return dev
}

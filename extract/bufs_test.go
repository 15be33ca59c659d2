package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestReusedArraysGiveTheSameExtraction extracts the sample articles
// once each with fresh arrays, then again in reverse order and from
// several goroutines at once, when the per-token arrays of earlier texts
// are reused (bufPool): every extraction must be the same.
func TestReusedArraysGiveTheSameExtraction(t *testing.T) {
	x := mustExtractor(t)
	files, err := filepath.Glob(filepath.Join("..", "sample", "articles", "*.txt"))
	if err != nil || len(files) < 3 {
		t.Fatalf("sample articles: %v (%d files)", err, len(files))
	}
	texts := make([]string, len(files))
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = string(b)
	}
	extract := func(s string) string {
		b, err := json.Marshal(x.Extract("a.txt", s, "2025-05-05"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		bufPool = sync.Pool{New: bufPool.New} // nothing to reuse
		want[i] = extract(s)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if got := extract(texts[i]); got != want[i] {
			t.Errorf("%s: extraction after other texts differs from a fresh one", files[i])
		}
	}
	var wg sync.WaitGroup
	got := make([]string, len(texts))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(texts); i += 4 {
				b, _ := json.Marshal(x.Extract("a.txt", texts[i], "2025-05-05"))
				got[i] = string(b)
			}
		}()
	}
	wg.Wait()
	for i := range texts {
		if got[i] != want[i] {
			t.Errorf("%s: extraction beside other goroutines differs from a fresh one", files[i])
		}
	}
}

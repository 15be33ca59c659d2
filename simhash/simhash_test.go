package simhash

import (
	"attache/internal/devcorpus"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"attache"
	"attache/clean"
)

func devTexts(t *testing.T) map[string]string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(devcorpus.Dir(t), "*.txt"))
	if len(files) == 0 {
		t.Fatal("dev corpus has no articles")
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, rest, _, _ := clean.DateHeader(string(b))
		out[filepath.Base(f)[:3]], _ = clean.Clean(rest)
	}
	return out
}

func TestDevPairwiseDistinct(t *testing.T) {
	texts := devTexts(t)
	for a, ta := range texts {
		for b, tb := range texts {
			if a >= b {
				continue
			}
			d := Distance(Fingerprint(ta), Fingerprint(tb))
			t.Logf("%s-%s: %d bits", a, b, d)
			if d <= Threshold {
				t.Errorf("dev %s and %s are %d bits apart: near-duplicates", a, b, d)
			}
		}
	}
}

func TestEditedCopyIsNear(t *testing.T) {
	texts := devTexts(t)
	edits := []struct{ old, new string }{
		{"hosted a reception", "received"}, {"straightforward", "frank"},
		{"substantial", "great"}, {"80 military personnel", "75 military personnel"},
	}
	orig := texts["002"]
	edited := orig
	for i, e := range edits {
		if !strings.Contains(edited, e.old) {
			t.Fatalf("edit %q not found", e.old)
		}
		edited = strings.Replace(edited, e.old, e.new, 1)
		d := Distance(Fingerprint(orig), Fingerprint(edited))
		t.Logf("%d edits: %d bits", i+1, d)
		if d > Threshold {
			t.Errorf("after %d edits the copy is %d bits away, over %d", i+1, d, Threshold)
		}
	}
	// Folding makes diacritics, case and punctuation irrelevant.
	if Fingerprint("Phan Văn Giang met Shoigu in Hà Nội.") != Fingerprint("phan van giang met shoigu in ha noi") {
		t.Error("folding does not apply")
	}
}

func TestIndexConcurrent(t *testing.T) {
	x := NewIndex([]attache.Fingerprint{{ID: "old", SimHash: 0xffff}}, Threshold)
	if v, id := x.Add("old", 0xffff); v != Duplicate || id != "old" {
		t.Errorf("re-add: %v %s", v, id)
	}
	if v, id := x.Add("near", 0xfff0); v != NearDuplicate || id != "old" {
		t.Errorf("near: %v %s", v, id)
	}
	// Many workers adding copies of the same new fingerprint: exactly one
	// is first.
	var wg sync.WaitGroup
	var mu sync.Mutex
	verdicts := map[Verdict]int{}
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _ := x.Add(fmt.Sprint("copy", i), 0xffff_0000_0000_0000)
			mu.Lock()
			verdicts[v]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if verdicts[New] != 1 || verdicts[NearDuplicate] != 49 {
		t.Errorf("verdicts %v", verdicts)
	}
	x.Remove("old")
	if v, _ := x.Add("again", 0xffff); v != New {
		t.Errorf("after Remove: %v", v)
	}
}

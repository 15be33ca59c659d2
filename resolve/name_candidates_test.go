package resolve

import (
	"fmt"
	"testing"

	"attache/internal/scaling"
)

// TestNameCandidatesScaleLinearly: the known persons a name may be found
// among are read once each, however many share its family word (a common
// Vietnamese or Korean name is the word of thousands): twice the persons
// must not cost four times as much.
func TestNameCandidatesScaleLinearly(t *testing.T) {
	sharing := func(n int) *Builder {
		b := NewBuilder(nil)
		for i := 0; i < n; i++ {
			id := fmt.Sprintf("p%d", i)
			b.byKey["person|word:hoang"] = append(b.byKey["person|word:hoang"], id)
			b.byKey["person|word:minh"] = append(b.byKey["person|word:minh"], id)
		}
		return b
	}
	small, large := sharing(2000), sharing(4000)
	w := []string{"nguyen", "minh", "hoang"}
	if got := len(small.candidates(w)); got != 2000 {
		t.Fatalf("%d candidates of 2000 persons sharing two words, want each once", got)
	}
	scaling.Doubling(t, "persons sharing a family word",
		func() { small.candidates(w) },
		func() { large.candidates(w) })
}

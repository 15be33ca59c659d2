package resolve

import (
	"slices"
	"testing"
)

func TestLostParties(t *testing.T) {
	for _, tt := range []struct {
		old, now, lost []string
	}{
		{[]string{"b", "c"}, []string{"a", "c"}, []string{"b"}},      // b merged into a, in its place
		{[]string{"b", "a", "c"}, []string{"a", "c"}, []string{"b"}}, // into a, already a party
		{[]string{"a", "c"}, []string{"b", "c"}, []string{"a"}},      // the undo
		{[]string{"a"}, []string{"b", "a"}, nil},                     // b takes a's place
		{[]string{"x", "y"}, []string{"y", "x"}, nil},                // reordered
	} {
		if lost := lostParties(tt.old, tt.now); !slices.Equal(lost, tt.lost) {
			t.Errorf("lostParties(%v, %v) = %v, want %v", tt.old, tt.now, lost, tt.lost)
		}
	}
}

package resolve

import (
	"reflect"
	"testing"
)

func TestPartiesEdit(t *testing.T) {
	for _, tt := range []struct {
		old, now, lost []string
		ok             bool
	}{
		{[]string{"b", "c"}, []string{"a", "c"}, []string{"b"}, true},      // b merged into a, in its place
		{[]string{"b", "a", "c"}, []string{"a", "c"}, []string{"b"}, true}, // into a, already a party
		{[]string{"a", "c"}, []string{"b", "c"}, []string{"a"}, true},      // the undo
		{[]string{"a"}, []string{"b", "a"}, nil, false},                    // b would take a's place
		{[]string{"c", "a"}, []string{"c", "x", "a"}, nil, false},          // x would follow a, whose place it takes
		{[]string{"c"}, []string{"c", "a"}, nil, true},                     // added at the end
		{[]string{"x", "y"}, []string{"y", "x"}, nil, false},               // reordered
	} {
		lost, ok := partiesEdit(tt.old, tt.now)
		if ok != tt.ok || ok && !reflect.DeepEqual(lost, tt.lost) {
			t.Errorf("partiesEdit(%v, %v) = %v, %v; want %v, %v", tt.old, tt.now, lost, ok, tt.lost, tt.ok)
		}
	}
}

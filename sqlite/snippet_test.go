package sqlite

import (
	"strings"
	"testing"

	"attache"
)

func TestWindowSnippet(t *testing.T) {
	pad := strings.Repeat("The talks went on for hours without a statement. ", 10)
	for _, tt := range []struct {
		text, query string
		want        []string // marked words, in order
	}{
		{pad + "Delegates met in Hà Nội on Monday. " + pad, "ha noi", []string{"Hà", "Nội"}},
		{pad + "Two frigates and a corvette sailed.", "frigate*", []string{"frigates"}},
		{"MINISTERS gathered. " + pad, `"ministers"`, []string{"MINISTERS"}},
	} {
		got := windowSnippet(tt.text, tt.query)
		if len(got) > 600 {
			t.Errorf("%q: snippet of %d bytes", tt.query, len(got))
		}
		var marked []string
		for _, part := range strings.Split(got, attache.Mark)[1:] {
			w, _, _ := strings.Cut(part, attache.EndMark)
			marked = append(marked, w)
		}
		if strings.Join(marked, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: marked %v in %q, want %v", tt.query, marked, got, tt.want)
		}
	}
	// No match in the window: the start of the text, unmarked.
	if got := windowSnippet(pad, "corvette"); strings.Contains(got, attache.Mark) || !strings.HasPrefix(got, "The talks") {
		t.Errorf("no match: %q", got)
	}
}

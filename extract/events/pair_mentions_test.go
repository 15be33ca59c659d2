package events

import (
	"testing"

	txt "attache/extract/text"
)

// TestMentionsPair: a sentence speaks of the pair of states when it holds
// a pair phrase ("the two sides", "both countries") or "bilateral",
// wherever it stands, and not for the first word of a phrase alone.
func TestMentionsPair(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The two sides agreed to hold the talks yearly.", true},
		{"He said both countries share a long border.", true},
		{"The ministers reviewed the parties' plans.", true},
		{"They signed a bilateral memorandum.", true},
		{"Relations were described as bilateral", true},
		{"The minister met two officers and both pilots.", false},
		{"The visit lasted two", false},
		{"", false},
	} {
		toks := txt.Tokenize(c.s)
		ws, _ := appendTokenWords(nil, toks, 0, len(c.s), nil)
		if got := (&doc{}).mentionsPair(ws); got != c.want {
			t.Errorf("mentionsPair(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

package ingest

import (
	"strings"
	"testing"
)

// PrepareText applies the same input check as Ingest: a text that ingest
// refuses, extract and eval refuse too, with the same reason.
func TestPrepareTextSharesIngestCheck(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want string // in the error; "" for none
	}{
		{"empty", " \n\t\n", "empty file"},
		{"nul", "The minister\x00 met.", "binary file"},
		{"controls", strings.Repeat("The minister met\x01\x02\x03 his guest.", 5), "control bytes"},
		{"pdf", "%PDF-1.7 rest", "PDF document"},
		{"latin1", "H\xe0 N\xf4i, Vi\xeat Nam \xe9t\xe9", "invalid UTF-8"},
		{"ok", "date 2024-05-02\nThe defence minister met his guest in Hanoi.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := PrepareText("a.txt", []byte(tt.raw))
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if a.Published != "2024-05-02" || !strings.HasPrefix(a.Text, "The defence minister") {
					t.Errorf("published %q, text %q: want the date header read and dropped", a.Published, a.Text)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "a.txt: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one naming a.txt and containing %q", err, tt.want)
			}
		})
	}
}

// A few invalid bytes are repaired with a warning, as ingest does.
func TestPrepareTextRepairsFewInvalidBytes(t *testing.T) {
	raw := strings.Repeat("The defence minister met his counterpart. ", 20) + "\xff"
	a, warns, err := PrepareText("a.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(a.Text, "\uFFFD") {
		t.Errorf("warnings %q, text has U+FFFD: %v", warns, strings.Contains(a.Text, "\uFFFD"))
	}
}

package events

import "testing"

// TestOverlappingPlaceMentions checks places whose mention overlaps the
// next one, as when a venue's name holds a place the extractor also
// found ("School for Multinational" and "Multinational"): the look at the
// text between a mention and the next one must not run backwards (a
// sentence truncated after such a venue panicked).
func TestOverlappingPlaceMentions(t *testing.T) {
	d := mustDetector(t)
	for _, tt := range []struct {
		text string
		ents []ent
	}{
		{"A ceremony was held at School for Multinational", []ent{org("School for Multinational"), loc("Multinational")}},
		{"The ceremony was held at the Training School for Multinational forces.", []ent{org("Training School for Multinational"), loc("Multinational")}},
		{"The two ministers met at the Defence Academy of Karsk", []ent{org("Defence Academy of Karsk"), loc("Karsk")}},
		// a visit's destination: a country mention running into the
		// place after it
		{"The frigate visited the Indonesian port of Surabaya on Monday.", []ent{country("ID", "Indonesian port"), loc("port of Surabaya")}},
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: %v", tt.text, r)
				}
			}()
			d.Detect(tt.text, "", build(tt.text, tt.ents))
		}()
	}
}

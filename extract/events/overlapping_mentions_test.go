package events

import "testing"

// TestOverlappingMentions covers an organisation and a location whose
// mentions overlap, as when an upstream stage reads "Army Headquarters"
// and also a location starting inside it: the place stage must not cut
// the text between them backwards (it panicked on such a pair).
func TestOverlappingMentions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a location starting inside an organisation",
		published: "2026-03-14",
		text:      "The Ruritanian Army sent off 230 peacekeepers to Bria on Friday at a ceremony at Army Headquarters Hill Camp.",
		ents:      []ent{org("Ruritanian Army"), loc("Bria"), org("Army Headquarters"), loc("Headquarters Hill Camp")},
		want:      []want{{"deployment", "2026-03-13", "*", "-", ""}},
	}})
}

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

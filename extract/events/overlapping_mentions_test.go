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

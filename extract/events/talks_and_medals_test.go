package events

import "testing"

// TestOccasionTalksAndMedals covers talks told as the occasion of another event
// ("after their talks the same day"), and medals received, which are no
// reception of a guest.
func TestOccasionTalksAndMedals(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "their talks told as the occasion are a meeting of the persons",
		published: "2025-03-06",
		text:      "Gen. Ola Berg and Gen. Jan Novak opened a photo exhibition in Prague on March 5, after their talks the same day.",
		ents:      []ent{person("Ola Berg", "NO"), person("Jan Novak", "CZ"), loc("Prague")},
		want: []want{
			{"meeting", "2025-03-05", "*", "Jan Novak", ""},
		},
	}, {
		name:      "medals received at a ceremony are no meeting",
		published: "2025-03-06",
		text:      "On Wednesday, 85 members of the Nepali contingent received their medals at a ceremony attended by Ana Lopes, head of the mission.",
		ents:      []ent{person("Ana Lopes", "PT"), country("NP", "Nepali")},
		want:      []want{{"ceremony", "2025-03-05", "*", "-", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}})
}

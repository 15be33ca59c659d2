package events

import "testing"

// TestCommitments covers commitments to the relations themselves, which
// take no position (no statement), against commitments to a position.
func TestCommitments(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a commitment to deepening defence relations is no statement",
		published: "2024-07-09",
		text:      "Minister Ana Berg called on Minister Ola Dahl, where both sides reaffirmed their commitment to deepening bilateral defence relations.",
		ents:      []ent{person("Ana Berg", "SE"), person("Ola Dahl", "NO")},
		not:       []want{{"statement", "*", "*", "-", ""}},
	}, {
		name:      "a commitment to a strategic partnership is no statement",
		published: "2025-09-18",
		text:      "Both sides reiterated their commitment to the strategic partnership between the two countries.",
		not:       []want{{"statement", "*", "*", "-", ""}},
	}, {
		name:      "a commitment to a position still is a statement",
		published: "2025-09-18",
		text:      "General Tomas Berg reaffirmed his country's commitment to the peaceful settlement of disputes in the South China Sea.",
		ents:      []ent{person("Tomas Berg", "SE")},
		want:      []want{{"statement", "*", "*", "Tomas Berg", ""}},
	}, {
		name:      "support for a position still is a statement",
		published: "2025-09-18",
		text:      "Minister Ana Berg reiterated her support for freedom of navigation and overflight.",
		ents:      []ent{person("Ana Berg", "SE")},
		want:      []want{{"statement", "*", "*", "Ana Berg", ""}},
	}})
}

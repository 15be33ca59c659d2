package events

import "testing"

// TestSessionsOfBodies covers a session of a standing body named by its
// kind, not its number ("at a special meeting of the General Border
// Committee"): a dialogue of the two states; a numbered "Ordinary
// Meeting" has a name of its own and stays a conference.
func TestSessionsOfBodies(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a special meeting of a border committee",
		published: "2025-09-10",
		text:      "Peru and Chile agreed on Wednesday to pull back heavy weapons from the border, at a special meeting of the Joint Border Committee in Tacna.",
		ents:      []ent{country("PE", "Peru"), country("CL", "Chile"), org("Joint Border Committee"), loc("Tacna")},
		want:      []want{{"dialogue", "2025-09-10", "*", "-", "main"}},
	}, {
		name:      "a numbered ordinary meeting is a conference",
		published: "2025-11-05",
		text:      "The 44th Ordinary Meeting of the Regional Committee of Chiefs of Defence Staff opened in Accra on Tuesday.",
		ents:      []ent{org("Regional Committee of Chiefs of Defence Staff"), loc("Accra")},
		not:       []want{{"dialogue", "*", "*", "-", ""}},
	}})
}

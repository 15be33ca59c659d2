package events

import "testing"

// TestRelativeClauseUnits covers a deployment told in a relative clause:
// it is the move of the unit the clause hangs on ("take over from the
// Nepalese Battalion 11, whose members are due to return home"), not of
// the sentence's subject; a person seeing the troops off stays with them.
func TestRelativeClauseUnits(t *testing.T) {
	units := []ent{country("NP", "Nepalese"), org("Nepalese Battalion 12"), org("Nepalese Battalion 11")}
	runClassCases(t, []classCase{{
		name:      "the relieved unit's members are due to return home",
		published: "2027-05-12",
		text:      "The Nepalese Battalion 12 will take over from the Nepalese Battalion 11, whose members are due to return home in early June.",
		ents:      units,
		want:      []want{{"deployment", "2027-06", "*", "Nepalese Battalion 11", ""}},
		not:       []want{{"deployment", "2027-06", "*", "Nepalese Battalion 12", ""}},
	}, {
		name:      "a person seeing off troops who left for the mission",
		published: "2027-05-12",
		text:      "General Prabhu Sharma saw off the Nepalese Battalion 12, which left for Lebanon on Tuesday to serve with UNIFIL.",
		ents:      []ent{country("NP", "Nepalese"), country("LB", "Lebanon"), person("Prabhu Sharma", "NP"), org("Nepalese Battalion 12"), org("UNIFIL")},
		want:      []want{{"deployment", "2027-05-11", "*", "Nepalese Battalion 12", ""}},
		not:       []want{{"deployment", "*", "*", "UNIFIL", ""}},
	}})
}

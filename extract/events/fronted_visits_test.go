package events

import "testing"

// TestFrontedVisits covers a visit told in a clause that opens the
// sentence ("Continuing his official visit to Mongolia, A held talks with
// B"): A is the visitor, B the counterpart of the talks and no visitor,
// while a clause that is not opening ("A thanked B for hosting his visit
// to X, and ...") keeps its persons.
func TestFrontedVisits(t *testing.T) {
	bek, bat := person("Bek Usenov", "KG"), person("Bat Tsend", "MN")
	ents := []ent{bek, bat, loc("Ulaanbaatar")}
	runClassCases(t, []classCase{{
		name:      "continuing his official visit",
		published: "2026-05-14",
		text:      "Continuing his official visit to Mongolia, Defence Minister Bek Usenov held talks with Mongolian Defence Minister Bat Tsend in Ulaanbaatar on Wednesday.",
		ents:      ents,
		want: []want{
			{"visit", "*", "*", "Bek Usenov", ""},
			{"meeting", "2026-05-13", "*", "Bat Tsend", ""},
		},
		not: []want{{"visit", "*", "*", "Bat Tsend", ""}},
	}, {
		name:      "as part of her introductory visit",
		published: "2026-05-14",
		text:      "As part of her introductory visit to Mongolia, General Bek Usenov today held talks with the Chief of General Staff Bat Tsend.",
		ents:      ents,
		want:      []want{{"visit", "*", "*", "Bek Usenov", ""}},
		not:       []want{{"visit", "*", "*", "Bat Tsend", ""}},
	}})
}

package events

import "testing"

// TestForcePartiesDates covers an exercise whose parties are named by
// their states' forces in common nouns between the exercise and its
// verb: "A joint exercise of the Chinese and Egyptian air forces concluded
// on Wednesday" is dated by that verb, not by the dateline; a participle
// after another noun still dates that noun's act.
func TestForcePartiesDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the exercise of two states' air forces concluded on a weekday",
		published: "2027-06-10",
		text:      "RABAT, June 10 (MAP) -- A joint training exercise of the Moroccan and Senegalese air forces concluded on Wednesday at Ben Guerir Air Base.",
		ents:      []ent{country("MA", "Moroccan"), country("SN", "Senegalese"), loc("Ben Guerir Air Base")},
		want:      []want{{"exercise", "2027-06-09", "*", "MA", ""}},
		not:       []want{{"exercise", "2027-06-10", "*", "*", ""}},
	}, {
		name:      "the drill of two armies ended on a weekday",
		published: "2027-06-10",
		text:      "The joint drill of the Indian and Maldivian armies ended on Sunday in Belagavi.",
		ents:      []ent{country("IN", "Indian"), country("MV", "Maldivian"), loc("Belagavi")},
		want:      []want{{"exercise", "2027-06-06", "*", "IN", ""}},
	}, {
		name:      "near miss: a participle after another noun dates that noun's act",
		published: "2027-06-10",
		text:      "The joint exercise will test the plan of the two air forces drafted in 2025.",
		ents:      nil,
		not:       []want{{"exercise", "2025", "*", "*", ""}},
	}})
}

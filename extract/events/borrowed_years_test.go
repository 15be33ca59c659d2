package events

import "testing"

// TestBorrowedYears covers years that belong to another act than the
// event: a bare year of the sentence before ("the first since X in
// 2024"), a restrictive relative clause ("a partnership that began in
// 1971"), a clause opened by a preposition and "which" (", under which
// ... from next year"), and an event named as the object of a plan
// ("agreed in 2024 to widen the exercise").
func TestBorrowedYears(t *testing.T) {
	runClassCases(t, []classCase{{
		name: "a bare year of the sentence before does not date an undated signing",
		text: "Minister Rui Sato and his counterpart General Tran Duc met in Hanoi.\n\nSato is the first Japanese minister to visit the country since Ken Abe in 2022. The two ministers also signed a memorandum on cyber defence.",
		ents: []ent{person("Rui Sato", "JP"), person("Tran Duc", "VN"), person("Ken Abe", "JP"), loc("Hanoi")},
		want: []want{{"agreement", "", "*", "-", ""}},
		not:  []want{{"agreement", "2022", "*", "-", ""}},
	}, {
		name: "a restrictive relative clause dates its own act",
		text: "Marines of the five nations have begun Exercise Iron Coast near Darwin.\n\nGeneral Ian Ross said the exercise showed the value of a partnership that began in 1971.",
		ents: []ent{person("Ian Ross", "AU"), loc("Darwin")},
		want: []want{{"exercise", "", "*", "-", "main"}},
		not:  []want{{"exercise", "1971", "*", "-", ""}},
	}, {
		name:      "a clause opened by 'under which' dates its own act",
		published: "2025-09-10",
		text:      "Minister Kim Dae-ho and his Mongolian counterpart Bat Erdene met in Seoul on Wednesday.\n\nDuring the talks, they reviewed training. The two ministers then signed a memorandum on officer education, under which Mongolian officers will attend courses from next year.",
		ents:      []ent{person("Kim Dae-ho", "KR"), person("Bat Erdene", "MN"), country("MN", "Mongolian"), loc("Seoul")},
		not:       []want{{"agreement", "2026", "*", "-", ""}},
	}, {
		name: "an exercise named as the object of a plan takes no date from that sentence",
		text: "Marines of the five nations have begun Exercise Iron Coast near Darwin.\n\nThe defence ministers last met in Perth in 2024, when they agreed to widen the exercise to include cyber defence.",
		ents: []ent{loc("Darwin"), loc("Perth")},
		want: []want{{"exercise", "", "*", "-", "main"}},
		not:  []want{{"exercise", "2024", "*", "-", ""}},
	}})
}

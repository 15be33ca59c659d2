package events

import "testing"

// TestForumsOpenedAndClosed covers a forum of the knowledge base named as
// the subject of a verb that opens or closes it ("the Seoul Defense
// Dialogue ended in Singapore on Friday", as the next day's report of its
// joint statement tells it): a conference. The forum as the subject of
// another verb ("agreed") is no conference of its own.
func TestForumsOpenedAndClosed(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a forum that ended",
		published: "2027-09-11",
		text:      "The Shangri-La Dialogue ended in Singapore on Friday with a joint statement on maritime safety, Minister Lee Jun said on Saturday.",
		ents:      []ent{person("Lee Jun", "KR"), loc("Singapore"), org("Shangri-La Dialogue")},
		want:      []want{{"conference", "2027-09-10", "Singapore", "Shangri-La Dialogue", ""}},
	}, {
		name:      "a forum that opened",
		published: "2027-09-09",
		text:      "The Shangri-La Dialogue opened in Singapore on Wednesday with delegates from forty countries.",
		ents:      []ent{loc("Singapore"), org("Shangri-La Dialogue")},
		want:      []want{{"conference", "2027-09-08", "Singapore", "Shangri-La Dialogue", ""}},
	}, {
		name:      "a forum that agreed is no conference",
		published: "2027-09-11",
		text:      "The Shangri-La Dialogue agreed in 2026 to invite more Pacific states.",
		ents:      []ent{org("Shangri-La Dialogue")},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}})
}

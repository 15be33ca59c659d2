package events

import "testing"

// TestAwaitedArrivals covers a trip told by the visitor's awaited
// arrival ("is expected in Accra on Monday for talks", "is due in Tokyo
// next week"), which is placed in the town it names, and what is no such
// trip: a date after "expected in", a successor awaited at his post.
func TestAwaitedArrivals(t *testing.T) {
	ents := []ent{country("GH", "Ghana", "Ghanaian"), country("NG", "Nigeria", "Nigerian"), country("JP", "Japan"), country("BY", "Belarus"),
		person("Musa Bello", "NG"), person("Ama Owusu", "GH"), person("Li Wei", "CN"),
		loc("Accra"), loc("Tokyo"), loc("Minsk"), loc("Kano"), loc("Sokoto")}
	runClassCases(t, []classCase{{
		name:      "expected in a city for talks",
		published: "2026-06-23",
		text:      "Vice Admiral Musa Bello is expected in Accra on Monday for talks with Ghanaian military leaders.",
		ents:      ents,
		want:      []want{{"visit", "2026-06-29", "Accra", "Musa Bello", ""}},
	}, {
		name:      "due in a city",
		published: "2026-06-23",
		text:      "The Nigerian naval chief, Vice Admiral Musa Bello, is due in Tokyo next week to meet Japanese officials.",
		ents:      ents,
		want:      []want{{"visit", "*", "Tokyo", "Musa Bello", ""}},
	}, {
		name:      "expected in two towns on two days",
		published: "2026-06-23",
		text:      "General Musa Bello will tour the north-west this week. He is expected in Kano on Tuesday, the army said.",
		ents:      ents,
		want:      []want{{"visit", "*", "Kano", "Musa Bello", ""}},
	}, {
		name:      "a date after expected in is no place",
		published: "2026-06-23",
		text:      "General Musa Bello said delivery of the patrol boats is expected in 2027.",
		ents:      ents,
		not:       []want{{"visit", "*", "*", "*", ""}},
	}, {
		name:      "a successor awaited at his post is no visitor",
		published: "2026-06-23",
		text:      "His successor, Senior Colonel Li Wei, was appointed in May and is expected in Minsk in August.",
		ents:      ents,
		not:       []want{{"visit", "*", "*", "*", ""}},
	}})
}

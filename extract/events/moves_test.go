package events

import "testing"

// TestOppositeMoves covers a homecoming and a send-off presided over by one
// official on one day: two ceremonies, where two mentions of one send-off
// stay one.
func TestOppositeMoves(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a welcome ceremony and a send-off on the same day",
		published: "2026-03-14",
		text:      "At a welcome ceremony at Entebbe airport on Friday, General Paul Okello thanked the returning troops. A few hours later, General Okello handed the national flag to Colonel Amos Kato, commander of the relief battalion, at the send-off.",
		ents:      []ent{loc("Entebbe airport"), person("Paul Okello", "UG", "Paul Okello", "Okello"), person("Amos Kato", "UG")},
		want:      []want{{"ceremony", "2026-03-13", "*", "Paul Okello", ""}, {"ceremony", "2026-03-13", "*", "Amos Kato", ""}},
		count:     2,
	}, {
		name:      "a farewell told twice is one send-off",
		published: "2026-03-14",
		text:      "General Paul Okello bade farewell to the battalion bound for Mogadishu at Entebbe airport on Friday. At the send-off, General Okello handed the national flag to Colonel Amos Kato.",
		ents:      []ent{loc("Entebbe airport"), loc("Mogadishu"), person("Paul Okello", "UG", "Paul Okello", "Okello"), person("Amos Kato", "UG")},
		not:       []want{{"ceremony", "*", "*", "Amos Kato", "reported"}},
	}})
}

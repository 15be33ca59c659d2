package events

import "testing"

// TestDaysCountedPastAsides covers "the previous day" and "the same day"
// told after a sentence whose main clause tells the talks and whose
// relative clause tells an arrival in passing ("who arrived on Tuesday"):
// they count from the talks; an arrival told in a sentence of its own
// still anchors them.
func TestDaysCountedPastAsides(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the previous day after a guest who arrived",
		published: "2026-02-12",
		text:      "MINSK - Defence Minister Pavel Orlov held talks on Thursday with Uzbek Defence Minister Timur Saidov, who arrived in Minsk on Tuesday on a three-day official visit.\n\nThe previous day, Saidov laid a wreath at the Victory Monument.",
		ents:      []ent{person("Pavel Orlov", "BY"), person("Timur Saidov", "UZ"), loc("Minsk"), loc("MINSK"), loc("Victory Monument")},
		want:      []want{{"ceremony", "2026-02-11", "*", "-", ""}},
		not:       []want{{"ceremony", "2026-02-09", "*", "-", ""}},
	}, {
		name:      "the same day after a guest who landed",
		published: "2026-06-04",
		text:      "HANOI - General Le Van Tam received Cambodian Defence Minister Tea Seiha on Wednesday, who landed at Noi Bai airport on Monday for a working visit.\n\nLater the same day, Tea Seiha laid a wreath at the Monument to War Heroes and Martyrs.",
		ents:      []ent{person("Le Van Tam", "VN"), person("Tea Seiha", "KH"), loc("Hanoi"), loc("HANOI"), loc("Noi Bai airport"), loc("Monument to War Heroes and Martyrs")},
		want:      []want{{"ceremony", "2026-06-03", "*", "-", ""}},
	}, {
		name:      "an arrival told on its own still anchors",
		published: "2026-02-12",
		text:      "MINSK - Uzbek Defence Minister Timur Saidov arrived in Minsk on Tuesday for a three-day official visit.\n\nThe previous day, Saidov laid a wreath at the Victory Monument in Tashkent.",
		ents:      []ent{person("Timur Saidov", "UZ"), loc("Minsk"), loc("MINSK"), loc("Victory Monument"), loc("Tashkent")},
		want:      []want{{"ceremony", "2026-02-09", "*", "-", ""}},
	}})
}

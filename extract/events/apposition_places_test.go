package events

import "testing"

// TestAppositionPlaces covers a subject described by an apposition that
// names where it serves or sits ("the Dongmyeong Unit, South Korea's
// contingent in Lebanon, held ..."): that place tells who the subject is,
// so the act takes the place its own words give.
func TestAppositionPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a contingent described by its mission area",
		published: "2026-05-12",
		text:      "SEOUL, May 12 - The 32nd rotation of the Dongmyeong Unit, South Korea's peacekeeping contingent in Lebanon, held a send-off ceremony at the Special Warfare Command in Icheon on Tuesday.",
		ents:      []ent{loc("SEOUL"), org("Dongmyeong Unit"), country("LB", "Lebanon"), org("Special Warfare Command"), loc("Icheon")},
		want:      []want{{"ceremony", "2026-05-12", "Icheon", "Dongmyeong Unit", ""}},
		not:       []want{{"ceremony", "*", "LB", "-", ""}},
	}, {
		name:      "an officer described by the city of his post",
		published: "2026-02-03",
		text:      "Colonel Ahmed Saleh, the Egyptian defence attache in Rome, laid a wreath at the Tomb of the Unknown Soldier in Cairo on Tuesday.",
		ents:      []ent{person("Ahmed Saleh", "EG"), loc("Rome"), loc("Tomb of the Unknown Soldier"), loc("Cairo")},
		want:      []want{{"ceremony", "2026-02-03", "Tomb of the Unknown Soldier", "Ahmed Saleh", ""}},
		not:       []want{{"ceremony", "*", "Rome", "-", ""}},
	}, {
		name:      "a place after a fronted preposition is the act's",
		published: "2026-02-03",
		text:      "On Tuesday, in Hanoi, General Nguyen Van Minh received the visiting Lao delegation.",
		ents:      []ent{loc("Hanoi"), person("Nguyen Van Minh", "VN")},
		want:      []want{{"meeting", "2026-02-03", "Hanoi", "Nguyen Van Minh", ""}},
	}})
}

package events

import "testing"

// TestCeremonies covers ceremonies agencies tell without the word
// "ceremony": an exercise or show opened by an officer, a flag handed to
// a contingent, equipment handed over, a team seen off, troops welcomed
// home or welcomed back by an officer, homage paid, flowers laid.
func TestCeremonies(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an officer opening the exercise is its opening ceremony",
		published: "2025-02-18",
		text:      "Admiral Ken Mori opened the exercise at Busan on Monday.",
		ents:      []ent{person("Ken Mori", "KR"), loc("Busan")},
		want:      []want{{"ceremony", "2025-02-17", "*", "Ken Mori", ""}},
	}, {
		name:      "the flag handed to the relief contingent",
		published: "2025-12-10",
		text:      "On Friday, President Ana Ruiz handed the national flag to the relief contingent at the Army Command.",
		ents:      []ent{person("Ana Ruiz", "UY"), org("Army Command")},
		want:      []want{{"ceremony", "2025-12-05", "*", "Ana Ruiz", ""}},
	}, {
		name:      "equipment handed over to a hospital",
		published: "2025-12-10",
		text:      "On Tuesday, General Ken Mori also handed over two ambulances to the military hospital.",
		ents:      []ent{person("Ken Mori", "IN")},
		want:      []want{{"ceremony", "2025-12-09", "*", "Ken Mori", ""}},
	}, {
		name:      "equipment to hand over is a purpose, no ceremony",
		published: "2025-12-10",
		text:      "The last 18 engineers will stay to hand over equipment to the next rotation.",
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}, {
		name:      "a minister who saw the team off",
		published: "2025-04-02",
		text:      "Defence Minister Ana Ruiz, who saw the team off on Tuesday, said it would set up a field hospital.",
		ents:      []ent{person("Ana Ruiz", "MY")},
		want:      []want{{"ceremony", "2025-04-01", "*", "Ana Ruiz", ""}},
	}, {
		name:      "a contingent flagged off at a centre: the send-off ceremony",
		published: "2025-09-16",
		text:      "On Monday, the contingent was flagged off at the peacekeeping centre by General Ana Ruiz.",
		ents:      []ent{person("Ana Ruiz", "IN")},
		want:      []want{{"ceremony", "2025-09-15", "*", "-", ""}},
	}, {
		name:      "troops welcomed home",
		published: "2025-12-10",
		text:      "Minister Ana Ruiz on Tuesday welcomed home 190 members of the battalion at the air base.",
		ents:      []ent{person("Ana Ruiz", "UY")},
		want:      []want{{"ceremony", "2025-12-09", "*", "Ana Ruiz", ""}},
	}, {
		name:      "returning soldiers welcomed by the chief: a homecoming, not a meeting",
		published: "2025-11-18",
		text:      "On Monday, the returning soldiers were welcomed at the airport by the Army Chief of Staff, General Ken Mori.",
		ents:      []ent{person("Ken Mori", "RW")},
		want:      []want{{"ceremony", "2025-11-17", "*", "-", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "homage paid and flowers laid",
		published: "2025-06-18",
		text: "On Monday, the admiral will pay homage at the State War Memorial.\n" +
			"On Tuesday, the delegation laid flowers at the monument to the fallen.",
		want: []want{
			{"ceremony", "2025-06-23", "*", "-", ""},
			{"ceremony", "2025-06-17", "*", "-", ""},
		},
	}})
}

package events

import "testing"

// TestCeremonyWordings covers ceremonies told by who will attend their
// closing, by a farewell salute, and by a ship launched or due to be.
func TestCeremonyWordings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a delegation will attend the closing of an exercise",
		published: "2026-02-24",
		text:      "Tomorrow, General Ana Ruiz will attend the closing of Exercise Jungle Hawk in the Temburong district.",
		ents:      []ent{person("Ana Ruiz", "MY"), loc("Temburong district")},
		want:      []want{{"ceremony", "2026-02-25", "*", "Ana Ruiz", ""}},
	}, {
		name:      "the outgoing chief received a farewell salute",
		published: "2025-07-11",
		text:      "On Thursday, General Tomas Berg received a farewell salute from 500 officers and soldiers at Sungai Besi Camp.",
		ents:      []ent{person("Tomas Berg", "MY"), loc("Sungai Besi Camp")},
		want:      []want{{"ceremony", "2025-07-10", "Sungai Besi Camp", "Tomas Berg", ""}},
	}, {
		name:      "the first ship is due to be launched at a shipyard",
		published: "2025-10-02",
		text:      "The first of the three ships is due to be launched at Istanbul Naval Shipyard later this month.",
		ents:      []ent{loc("Istanbul Naval Shipyard")},
		want:      []want{{"ceremony", "2025-10", "Istanbul Naval Shipyard", "-", ""}},
	}, {
		name:      "a tour after the opening ceremony told before is no second ceremony",
		published: "2026-11-17",
		text:      "President Omar Said on Tuesday inaugurated the defence exhibition at the Expo Centre. Minister Ali Khan toured the national pavilions after the opening ceremony.",
		ents:      []ent{person("Omar Said", "PK"), person("Ali Khan", "PK"), loc("Expo Centre")},
		want:      []want{{"ceremony", "2026-11-17", "*", "Omar Said", ""}},
		not:       []want{{"ceremony", "2026", "*", "-", ""}},
	}, {
		name:      "officiating at the opening ceremony still tells it",
		published: "2025-02-25",
		text:      "General John Omenda officiated at the opening ceremony of the exercise at the training centre on Monday.",
		ents:      []ent{person("John Omenda", "KE")},
		want:      []want{{"ceremony", "2025-02-24", "*", "John Omenda", ""}},
	}, {
		name:      "a launched initiative is no ceremony",
		published: "2025-10-02",
		text:      "The programme was launched in 2023 to train coast guard officers.",
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}})
}

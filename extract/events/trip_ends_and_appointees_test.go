package events

import "testing"

// TestTripEndsAndAppointees covers a visit told by its end ("wrapped up a
// three-day visit"), a ship's port visit, an opening attended, and an
// appointment told with the appointee as the
// subject ("was appointed as Chief of Army").
func TestTripEndsAndAppointees(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a visit wrapped up",
		published: "2025-03-14",
		text:      "Admiral Lena Ortiz wrapped up a three-day official visit to Vietnam on Friday.",
		ents:      []ent{person("Lena Ortiz", "CL"), country("VN", "Vietnam")},
		want:      []want{{"visit", "*", "VN", "Lena Ortiz", "main"}},
	}, {
		name:      "a port visit of a ship",
		published: "2025-03-14",
		text:      "The frigate HMS Avon left Jakarta on Thursday after a four-day port visit to the Indonesian capital.",
		ents:      []ent{loc("Jakarta")},
		want:      []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "an opening attended is a ceremony",
		published: "2026-01-20",
		text:      "Minister Omar Said leads Malaysian delegation to the naval show in Doha\n\nDOHA, Jan 20 -- Minister Omar Said attended the opening of the naval show here today.",
		ents:      []ent{person("Omar Said", "MY"), loc("Doha"), loc("DOHA")},
		want:      []want{{"ceremony", "2026-01-20", "*", "Omar Said", ""}},
	}, {
		name:      "the appointee as the subject",
		published: "2025-07-10",
		text:      "General Azman Tahir was appointed as the 32nd Chief of Army by the King on the advice of the Armed Forces Council.",
		ents:      []ent{person("Azman Tahir", "MY"), org("Armed Forces Council")},
		want:      []want{{"decision", "*", "*", "Azman Tahir", "main"}},
	}})
}

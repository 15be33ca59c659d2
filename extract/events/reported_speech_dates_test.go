package events

import "testing"

// TestReportedSpeechDates covers dates said in reported speech after a
// trigger: "Receiving X, Y said the jets would arrive early next year"
// does not date the reception next year, while a date before the
// reporting verb still dates it, "the United States" is no reporting
// verb, and a statement keeps the date of what it says.
func TestReportedSpeechDates(t *testing.T) {
	ents := []ent{person("Arif Hakim", "ID"), person("Claire Dubois", "FR"), loc("Jakarta")}
	runClassCases(t, []classCase{{
		name:      "a date after said is what was said",
		published: "2025-05-28",
		text:      "Receiving Claire Dubois in Jakarta, Arif Hakim said the first frigates were expected to arrive early next year.",
		ents:      ents,
		not:       []want{{"meeting", "2026", "*", "-", ""}},
		want:      []want{{"meeting", "*", "Jakarta", "Claire Dubois", ""}},
	}, {
		name:      "a date before the reporting verb dates the meeting",
		published: "2025-05-28",
		text:      "Receiving Claire Dubois in Jakarta on Wednesday, Arif Hakim said the frigates would arrive next year.",
		ents:      ents,
		want:      []want{{"meeting", "2025-05-28", "Jakarta", "Claire Dubois", ""}},
	}, {
		name:      "the United States is no reporting verb",
		published: "2025-07-08",
		text:      "General Sani Bello on Tuesday received a letter inviting the Nigerian Army to take part in Exercise Desert Falcon 2025, which Egypt and the United States will co-host from August 28 to September 10.",
		ents:      []ent{person("Sani Bello", "NG"), org("Nigerian Army"), country("EG", "Egypt"), country("US", "United States")},
		want:      []want{{"exercise", "2025-08-28/2025-09-10", "*", "-", ""}},
	}})
}

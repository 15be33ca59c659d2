package events

import "testing"

// TestPlainDatelineDates covers a dateline not written in capitals ("New
// Delhi, May 21 -", "Doha, January 14 (QNA) -", "Minsk, 12 March
// (BelTA) -"): its date is the day the story was filed, so a weekday or a
// day the sentence gives dates the event first.
func TestPlainDatelineDates(t *testing.T) {
	ents := []ent{country("IN", "India"), country("PH", "Philippines"), country("QA", "Qatar"), country("OM", "Oman"),
		person("Asha Rao", "IN"), person("Jose Cruz", "PH"), person("Khalid Nasser", "QA"), person("Salim Harthy", "OM"),
		loc("New Delhi"), loc("Doha"), loc("Muscat")}
	runClassCases(t, []classCase{{
		name:      "a dialogue that took place on the weekday before filing",
		published: "2026-05-21",
		text:      "India, Philippines hold defence policy dialogue\n\nNew Delhi, May 21 - The 4th India-Philippines Defence Policy Dialogue took place in New Delhi on Wednesday, co-chaired by Asha Rao and Jose Cruz.",
		ents:      ents,
		want:      []want{{"dialogue", "2026-05-20", "*", "Asha Rao", "main"}},
		not:       []want{{"dialogue", "2026-05-21", "*", "-", ""}},
	}, {
		name:      "a reception dated in the lead after an agency's dateline",
		published: "2026-01-14",
		text:      "Qatari chief of staff receives Omani commander\n\nDoha, January 14 (QNA) - Chief of Staff Khalid Nasser received on Tuesday Commander Salim Harthy, who is visiting the country.",
		ents:      ents,
		want:      []want{{"meeting", "2026-01-13", "*", "Salim Harthy", "main"}},
		not:       []want{{"meeting", "2026-01-14", "*", "-", ""}},
	}, {
		name:      "a dateline date alone still dates the lead",
		published: "2026-01-14",
		text:      "Qatari chief of staff receives Omani commander\n\nDoha, January 14 (QNA) - Chief of Staff Khalid Nasser received Commander Salim Harthy in Doha.",
		ents:      ents,
		want:      []want{{"meeting", "2026-01-14", "*", "Salim Harthy", "main"}},
	}, {
		name:      "a dateline closed by a colon, over a stay and a call on a weekday",
		published: "2026-05-12",
		text:      "Qatari chief calls on Omani minister\n\nDOHA, May 12: Chief of Staff Khalid Nasser, who is on an official visit to Oman, called on Minister Salim Harthy in Muscat on Monday, the ministry said.\n\nKhalid Nasser also held separate meetings with the commanders of the Omani army and navy.",
		ents:      ents,
		want:      []want{{"meeting", "2026-05-11", "Muscat", "Salim Harthy", "main"}, {"visit", "2026-05-11", "*", "Khalid Nasser", "main"}},
		not:       []want{{"meeting", "2026-05-12", "*", "-", ""}, {"visit", "2026-05-12", "*", "-", ""}},
	}})
}

package events

import "testing"

// TestSeparateReceptions covers receptions told in the plural or as
// separate calls: "hosted receptions for A and B" and "received separate
// courtesy calls from A and B" are one meeting per guest, while "a
// reception for A and his attaché B" stays one meeting.
func TestSeparateReceptions(t *testing.T) {
	tam, somchai, ravi := person("Le Van Tam", "VN"), person("Somchai Wong", "TH"), person("Ravi Kumar", "IN")
	ents := []ent{tam, somchai, ravi, loc("Hanoi")}
	runClassCases(t, []classCase{{
		name:      "receptions in the plural",
		published: "2025-02-11",
		text:      "Defence Minister Le Van Tam hosted receptions for Thai Ambassador Somchai Wong and Indian Ambassador Ravi Kumar in Hanoi on February 10.",
		ents:      ents,
		want: []want{
			{"meeting", "2025-02-10", "Hanoi", "Somchai Wong", ""},
			{"meeting", "2025-02-10", "Hanoi", "Ravi Kumar", ""},
		},
		count: 2,
	}, {
		name:      "separate courtesy calls after the receiving verb",
		published: "2025-02-11",
		text:      "Defence Minister Le Van Tam received separate courtesy calls from Thai Ambassador Somchai Wong and Indian Ambassador Ravi Kumar in Hanoi on February 10.",
		ents:      ents,
		want: []want{
			{"meeting", "2025-02-10", "Hanoi", "Somchai Wong", ""},
			{"meeting", "2025-02-10", "Hanoi", "Ravi Kumar", ""},
		},
		count: 2,
	}, {
		name:      "a country inside a forum's name is no counterpart",
		published: "2025-02-12",
		text:      "Defence Minister Arjun Rao held separate bilateral meetings with Oman and Kenya on the sidelines of Aero India 2025 in Bengaluru on February 11.",
		ents: []ent{person("Arjun Rao", "IN"), person("Badr Said", "OM"), person("Grace Wanjiru", "KE"),
			country("OM", "Oman"), country("KE", "Kenya"), country("IN", "India"), org("Aero India 2025"), loc("Bengaluru")},
		want: []want{
			{"meeting", "2025-02-11", "*", "Badr Said", ""},
			{"meeting", "2025-02-11", "*", "Grace Wanjiru", ""},
		},
		not: []want{{"meeting", "*", "*", "IN", ""}},
	}, {
		name:      "one reception for a guest and his aide stays one meeting",
		published: "2025-02-11",
		text:      "Defence Minister Le Van Tam hosted a reception in Hanoi on February 10 for Thai Ambassador Somchai Wong and his defence attache Ravi Kumar.",
		ents:      ents,
		count:     1,
	}})
}

package events

import "testing"

// TestHeldWithin covers an event told in a temporal relative clause
// (", during which", ", at which", ", when") that hangs on an earlier
// event of its sentence: it takes that event's time and place, and is
// recalled when that event is, not dated by the story's own day.
func TestHeldWithin(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks during a visit recalled from last year",
		published: "2026-03-20",
		text:      "Minister Tea Seiha received Ambassador Prasert Wongsakul in Phnom Penh on March 19.\n\nThe two sides recalled the visit to Bangkok by Tea Seiha last year, during which he held talks with Defence Minister Natthaphon Narkphanit.",
		ents:      []ent{person("Tea Seiha", "KH"), person("Prasert Wongsakul", "TH"), person("Natthaphon Narkphanit", "TH"), loc("Phnom Penh"), loc("Bangkok")},
		want:      []want{{"meeting", "2025", "Bangkok", "Natthaphon Narkphanit", "background"}},
		not:       []want{{"meeting", "2026-03-19", "*", "Natthaphon Narkphanit", ""}},
	}, {
		name:      "an agreement concluded during the main committee meeting, told again as 'the meeting'",
		published: "2026-11-14",
		text:      "NEW DELHI (PIB) - India and Ruritania held the 5th Joint Defence Cooperation Committee meeting on Friday.\n\nThe two defence secretaries co-chaired the meeting, during which the two sides concluded an agreement on medical exchanges.",
		ents:      []ent{loc("NEW DELHI"), country("IN", "India"), org("Joint Defence Cooperation Committee")},
		want:      []want{{"agreement", "*", "NEW DELHI", "IN", ""}},
	}, {
		name:      "a protocol signed at the talks, told again as 'the talks'",
		published: "2026-06-10",
		text:      "BAKU - The 12th meeting of the Ruritania-Azerbaijan Military Dialogue was held on Tuesday.\n\nThe delegations concluded the talks, at the end of which they signed a protocol on military education.",
		ents:      []ent{loc("BAKU"), org("Ruritania-Azerbaijan Military Dialogue")},
		want:      []want{{"agreement", "2026-06-09", "BAKU", "-", ""}},
	}, {
		name:      "a meeting at a forum of an earlier month",
		published: "2026-04-14",
		text:      "Defence Minister Arjun Rao held talks with his Japanese counterpart Kenji Sato in New Delhi on Monday.\n\nRao recalled the ADMM-Plus in Kuala Lumpur in November last year, at which he held talks with Sato.",
		ents:      []ent{person("Arjun Rao", "IN"), person("Kenji Sato", "JP"), loc("New Delhi"), loc("Kuala Lumpur")},
		want:      []want{{"meeting", "2025-11", "*", "Kenji Sato", "background"}},
		not:       []want{{"meeting", "2026-04-13", "*", "Kenji Sato", "background"}},
	}, {
		name:      "a signing when a recalled visit took place",
		published: "2025-10-02",
		text:      "General Le Minh received Colonel Ana Ruiz in Hanoi on October 1.\n\nGeneral Le Minh recalled his visit to Santiago in March 2024, when the two sides signed a memorandum on peacekeeping training.",
		ents:      []ent{person("Le Minh", "VN"), person("Ana Ruiz", "CL"), loc("Hanoi"), loc("Santiago")},
		want:      []want{{"agreement", "2024-03", "*", "-", "background"}},
		not:       []want{{"agreement", "2025-10-01", "*", "-", ""}},
	}})
}

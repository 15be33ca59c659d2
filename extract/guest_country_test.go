package extract

import "testing"

// TestGuestCountry covers a person with no stated state described as a
// guest of the article's own state ("called on", "is on a visit to"): the
// guest serves the other state the article is about, not the host. An
// own official calling on a third state's leader stays the host's.
func TestGuestCountry(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "MANILA -- The Indian Navy's ships arrived in Manila on Monday for a visit to the Philippines. Rear Admiral Vikram Rao, Flag Officer Commanding the Eastern Fleet, will call on Philippine Navy chief Vice Admiral Jose Cruz in Manila. The Philippine Navy and the Philippine Coast Guard will host the Philippine sailors.",
			name: "Vikram Rao", rank: "Rear Admiral", country: "IN"},
		{text: "CANBERRA -- Admiral Arun Mehta, Chief of the Naval Staff, is on an official visit to Australia until Friday. The Indian Navy and the Royal Australian Navy train together. Australia and Australia's navy hosted him in Sydney.",
			name: "Arun Mehta", rank: "Admiral", country: "IN"},
		{text: "HANOI -- Defence Minister Nguyen Van Hoa called on Lao Prime Minister Sonexay Siphandone in Vientiane. Vietnam and Vietnam's army thanked Laos for the visit to Hanoi.",
			name: "Nguyen Van Hoa", country: "VN"},
	})
}

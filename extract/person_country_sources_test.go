package extract

import "testing"

// TestPersonCountrySources covers states stated indirectly: a post whose
// fields are joined by "and" after the state's possessive, a delegation
// "led by its" head, a body of known state the person commands, and a
// force whose name holds no country word, and the dateline's state.
func TestPersonCountrySources(t *testing.T) {
	runPersonCases(t, []personCase{
		{text: "Kenya's Defence Secretary Amina Wekesa met Egypt's Minister of Defence and Military Production General Karim Fahmy.",
			name: "Karim Fahmy", rank: "General", country: "EG", not: []string{"Production"}},
		{text: "Kenya's Defence Secretary Amina Wekesa met Egypt's Minister of Defence and Military Production General Karim Fahmy.",
			name: "Amina Wekesa", country: "KE"},
		{text: "VIENTIANE, May 2 -- A delegation of the Vietnam Coast Guard led by its Commander, Major General Tran Van Binh, arrived in Laos.",
			name: "Tran Van Binh", rank: "Major General", country: "VN"},
		{text: "HANOI -- The drill was watched by Deputy Commander of the Central Military District Lieutenant General Pavel Orlov.",
			name: "Pavel Orlov", rank: "Lieutenant General", country: "RU"},
		{text: "ISLAMABAD -- The army chief received Rear Admiral Salim Al Harthy, Chief of Staff of the Sultan's Armed Forces, on Monday.",
			name: "Salim Al Harthy", rank: "Rear Admiral", country: "OM"},
		// "at the Indian Embassy" says whose embassy, not where he serves
		{text: "MUSCAT -- The ship was met by the defence attache at the Indian Embassy, Captain Arjun Nair, and Omani officers.",
			name: "Arjun Nair", rank: "Captain", country: "IN", not: []string{"Embassy"}},
		// the dateline says where the agency writes: its state's officials
		// go without a demonym
		{text: "THE HAGUE – Minister of Defence Pieter Smit spoke on Thursday with Japan's Minister of Defense Ken Sato about Japan, Japanese ships and a visit to Japan.",
			name: "Pieter Smit", country: "NL"},
		// a city-state's dateline counts like a city's
		{text: "SINGAPORE — Permanent Secretary (Defence) Lim Boon Keng and Indonesia's Secretary-General Budi Hartono signed the plan. Indonesian officers will train in Indonesia.",
			name: "Lim Boon Keng", country: "SG"},
	})
}

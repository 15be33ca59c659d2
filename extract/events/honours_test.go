package events

import "testing"

// TestGuestHonours covers honours paid to a trip's guest named by what
// they are ("the visiting dignitary", "the Admiral"): the guest takes part,
// with the unit that mounts the guard.
func TestGuestHonours(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a guard of honour presented to the visiting dignitary",
		published: "2026-03-12",
		text:      "Admiral Carlos Mendes of Brazil is on an official visit to Pakistan. On arrival at Naval Headquarters, the visiting dignitary laid a wreath at the memorial and was presented a guard of honour by a contingent of the Pakistan Navy.",
		ents:      []ent{person("Carlos Mendes", "BR"), country("BR", "Brazil"), country("PK", "Pakistan"), orgOf("Pakistan Navy", "PK")},
		want:      []want{{"ceremony", "*", "*", "Carlos Mendes", ""}},
	}, {
		name:      "a guard of honour inspected by the visiting general",
		published: "2026-03-12",
		text:      "General Tomas Berg of Norway arrived in Nairobi on Tuesday for a three-day visit to Kenya. The visiting general inspected a guard of honour mounted by the Kenya Air Force.",
		ents:      []ent{person("Tomas Berg", "NO"), country("NO", "Norway"), loc("Nairobi"), country("KE", "Kenya"), orgOf("Kenya Air Force", "KE")},
		want:      []want{{"ceremony", "*", "*", "Tomas Berg", ""}, {"ceremony", "*", "*", "Kenya Air Force", ""}},
	}, {
		name:      "the host's guard of honour in a story with no trip stays the host's",
		published: "2026-03-12",
		text:      "Army chief General Paul Otieno inspected a guard of honour at the Army Day parade in Nairobi on Monday.",
		ents:      []ent{person("Paul Otieno", "KE"), loc("Nairobi")},
		want:      []want{{"ceremony", "*", "*", "Paul Otieno", ""}},
	}})
}

// TestHonourParts covers a guard of honour told after the ceremony it is
// part of: one ceremony, not two; a guard of honour with a day of its own
// stays an event.
func TestHonourParts(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a guard of honour inspected by the new commander after the change of command",
		published: "2026-08-04",
		text:      "Rear Admiral Kofi Asante assumed command of the Navy at a ceremony in Accra on Monday. Rear Admiral Asante, who previously commanded the Eastern Naval Command, inspected a guard of honour mounted by 100 ratings.",
		ents:      []ent{person("Kofi Asante", "GH", "Kofi Asante", "Asante"), loc("Accra"), orgOf("Eastern Naval Command", "GH")},
		count:     1,
	}, {
		name:      "a guard of honour on another day is another ceremony",
		published: "2026-08-04",
		text:      "Rear Admiral Kofi Asante assumed command of the Navy at a ceremony in Accra on Monday. On Tuesday, Rear Admiral Asante inspected a guard of honour at the naval base in Sekondi.",
		ents:      []ent{person("Kofi Asante", "GH", "Kofi Asante", "Asante"), loc("Accra"), loc("Sekondi")},
		want:      []want{{"ceremony", "2026-08-04", "*", "Kofi Asante", ""}},
	}})
}

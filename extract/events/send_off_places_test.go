package events

import "testing"

// TestSendOffPlaces covers a send-off or homecoming whose troops are
// described by a "who" clause naming where they serve ("sent off 86
// personnel who will join the mission in the Golan Heights"): that place
// is the troops', so the ceremony is held where its own words or the
// dateline say, never in the mission area.
func TestSendOffPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "troops who will join a mission",
		published: "2026-09-16",
		text:      "MANILA - The Philippine Navy on Wednesday sent off 90 personnel who will join the United Nations mission in the Golan Heights.",
		ents:      []ent{loc("MANILA"), org("Philippine Navy"), loc("Golan Heights")},
		want:      []want{{"ceremony", "2026-09-16", "MANILA", "Philippine Navy", ""}},
		not:       []want{{"ceremony", "*", "Golan Heights", "-", ""}},
	}, {
		name:      "peacekeepers who are bound for a country",
		published: "2026-03-03",
		text:      "ACCRA, March 3 - The Chief of the Defence Staff, Vice Admiral Kofi Mensah, bade farewell to 120 troops who are bound for Lebanon.",
		ents:      []ent{loc("ACCRA"), person("Kofi Mensah", "GH"), country("LB", "Lebanon")},
		want:      []want{{"ceremony", "2026-03-03", "ACCRA", "Kofi Mensah", ""}},
		not:       []want{{"ceremony", "*", "LB", "-", ""}},
	}, {
		name:      "a homecoming of soldiers who served abroad",
		published: "2026-12-10",
		text:      "MONTEVIDEO, Dec 10 - Defence Minister Ana Ruiz on Tuesday welcomed home 150 soldiers who served for a year in Goma.",
		ents:      []ent{loc("MONTEVIDEO"), person("Ana Ruiz", "UY"), loc("Goma")},
		not:       []want{{"ceremony", "*", "Goma", "-", ""}},
	}})
}

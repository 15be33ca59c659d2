package events

import "testing"

// TestHeadlineCalls covers talks the headline calls a phone or video call
// while the lead says only "spoke with" or "held talks": the call has no
// place, and no dateline or later place lends it one; a "courtesy call
// on" is paid in person and keeps its place.
func TestHeadlineCalls(t *testing.T) {
	ents := []ent{loc("WASHINGTON"), person("Ivo Marek", "US"), person("Jan Wrona", "PL"), loc("Bien Hoa Air Base")}
	rest := "\n\nThe two ministers welcomed progress in the clean-up of dioxin at Bien Hoa Air Base."
	cases := []classCase{}
	for _, c := range []struct{ name, headline, lead string }{
		{"a readout of a call with", "Readout of Secretary Ivo Marek's Call With Minister Jan Wrona",
			"Secretary of Defense Ivo Marek spoke today with Minister of Defence Jan Wrona."},
		{"phone talks in the headline", "Defence ministers of Ruritania and Poland hold phone talks",
			"WASHINGTON - Defence Minister Ivo Marek held talks with his Polish counterpart Jan Wrona on Tuesday."},
		{"a video call in the headline", "Ivo Marek, Jan Wrona discuss training by video call",
			"WASHINGTON - Defence Minister Ivo Marek met his Polish counterpart Jan Wrona on Tuesday to discuss joint training."},
	} {
		cases = append(cases, classCase{
			name:      c.name,
			published: "2025-07-24",
			text:      c.headline + "\n\n" + c.lead + rest,
			ents:      ents,
			want:      []want{{"meeting", "*", "", "Jan Wrona", "main"}},
			not:       []want{{"meeting", "*", "WASHINGTON", "-", "main"}, {"meeting", "*", "Bien Hoa Air Base", "-", "main"}},
		})
	}
	cases = append(cases, classCase{
		name:      "a courtesy call in the headline is paid in person",
		published: "2025-07-24",
		text:      "Polish minister pays courtesy call on Ivo Marek\n\nWASHINGTON - Defence Minister Jan Wrona paid a courtesy call on Secretary Ivo Marek on Thursday.",
		ents:      ents,
		want:      []want{{"meeting", "*", "WASHINGTON", "Jan Wrona", "main"}},
	})
	runClassCases(t, cases)
}

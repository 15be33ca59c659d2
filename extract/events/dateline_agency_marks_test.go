package events

import "testing"

// TestDatelineAgencyMarks covers datelines whose agency is written
// between slashes ("ULAANBAATAR /MONTSAME/.", "Bishkek, 5 June /Kabar/"):
// the place before the mark is where the story is filed, so a reception
// at a body's seat with no city of its own takes that city.
func TestDatelineAgencyMarks(t *testing.T) {
	cases := []classCase{}
	for _, c := range []struct{ name, lead, city string }{
		{"capitals, agency between slashes", "ULAANBAATAR /MONTSAME/. ", "ULAANBAATAR"},
		{"plain case, agency between slashes", "Ulaanbaatar /MONTSAME/. ", "Ulaanbaatar"},
		{"plain case, date, agency between slashes", "Bishkek, June 5 /Kabar/. ", "Bishkek"},
	} {
		cases = append(cases, classCase{
			name:      c.name,
			published: "2025-06-06",
			text: "Chiefs of staff meet\n\n" + c.lead +
				"Chief of the General Staff Major General Ivo Marek on Thursday received the defence attaché of Poland, Colonel Jan Wrona, at the General Staff.",
			ents: []ent{person("Ivo Marek", "MN"), person("Jan Wrona", "PL"), loc(c.city), org("General Staff")},
			want: []want{{"meeting", "2025-06-05", c.city, "Jan Wrona", ""}},
		})
	}
	cases = append(cases, classCase{
		name:      "a slash inside the lead's first words is no dateline",
		published: "2025-06-06",
		text:      "The 2025/26 training plan was approved on Thursday when Major General Ivo Marek received Colonel Jan Wrona at the General Staff.",
		ents:      []ent{person("Ivo Marek", "MN"), person("Jan Wrona", "PL"), org("General Staff")},
		want:      []want{{"meeting", "*", "", "Jan Wrona", ""}},
	})
	runClassCases(t, cases)
}

// TestStaffSeats covers a reception "at the General Staff" or "at the
// Joint Staff" told after a call with no place: the staff is a body, not
// a place, and sits in the city of the dateline.
func TestStaffSeats(t *testing.T) {
	cases := []classCase{}
	for _, body := range []string{"General Staff", "Joint Staff", "Naval Staff"} {
		cases = append(cases, classCase{
			name:      "at the " + body,
			published: "2025-06-07",
			text: "Ministers hold video call\n\nULAANBAATAR, June 6 (MONTSAME). Defence Minister Ivo Marek held a video call with his Polish counterpart Jan Wrona on Thursday.\n\n" +
				"Separately, Major General Petr Novak received Colonel Adam Nowak at the " + body + " on Friday.",
			ents: []ent{loc("ULAANBAATAR"), person("Ivo Marek", "MN"), person("Jan Wrona", "PL"), person("Petr Novak", "MN"), person("Adam Nowak", "PL"), org(body)},
			want: []want{{"meeting", "2025-06-06", "ULAANBAATAR", "Adam Nowak", ""}, {"meeting", "*", "", "Jan Wrona", "main"}},
		})
	}
	runClassCases(t, cases)
}

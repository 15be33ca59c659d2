package events

import "testing"

// TestBodiesInTitlesAfterNames covers bodies named in the title that
// follows a person's name ("General X, Commander of the 5th Division"):
// the person acts at a ceremony or in talks, the body is no one more actor.
func TestBodiesInTitlesAfterNames(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the body of an attendee's title",
		published: "2025-03-05",
		text: "The opening ceremony in Tamale on March 4 was attended by Brigadier General Kofi Mensah, " +
			"General Officer Commanding of the Northern Command, and Colonel Ama Boateng of the Ghana Air Force.",
		ents: []ent{person("Kofi Mensah", "GH"), person("Ama Boateng", "GH"), org("Northern Command"), org("Ghana Air Force"), loc("Tamale")},
		want: []want{{"ceremony", "2025-03-04", "*", "Kofi Mensah", ""}},
		not: []want{
			{"ceremony", "*", "*", "Northern Command", ""},
			{"ceremony", "*", "*", "Ghana Air Force", ""},
		},
	}, {
		name:      "a body and the body it belongs to in a title",
		published: "2025-03-05",
		text:      "The closing ceremony in Tamale on March 4 was presided over by Colonel Ama Boateng, commander of the Northern Command's Rapid Reaction Force.",
		ents:      []ent{person("Ama Boateng", "GH"), org("Northern Command"), org("Rapid Reaction Force"), loc("Tamale")},
		want:      []want{{"ceremony", "2025-03-04", "*", "Ama Boateng", ""}},
		not: []want{
			{"ceremony", "*", "*", "Northern Command", ""},
			{"ceremony", "*", "*", "Rapid Reaction Force", ""},
		},
	}})
}

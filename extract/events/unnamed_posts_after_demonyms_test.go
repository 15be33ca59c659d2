package events

import "testing"

// TestUnnamedPostsAfterDemonyms covers a party named only by a demonym and
// a post: "met the Cambodian defence minister", "received the Thai army
// chief", "was received by the Pakistani Chief of Army Staff" is a meeting
// with that state, as "his Thai counterpart" is. A post before a name is
// that person's title, and the person is the party.
func TestUnnamedPostsAfterDemonyms(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "met the Cambodian defence minister",
		published: "2027-03-04",
		text:      "Defence Minister Lars Holm met the Cambodian defence minister in Copenhagen on Monday.",
		ents:      []ent{person("Lars Holm", "DK"), country("KH", "Cambodian"), loc("Copenhagen")},
		want:      []want{{"meeting", "2027-03-01", "Copenhagen", "KH", ""}},
	}, {
		name:      "received the Thai army chief",
		published: "2027-03-04",
		text:      "General Ola Berg received the Thai army chief at the headquarters on Tuesday.",
		ents:      []ent{person("Ola Berg", "NO", "General Ola Berg"), country("TH", "Thai")},
		want:      []want{{"meeting", "2027-03-02", "*", "TH", ""}},
	}, {
		name:      "received by a capitalised post with no name",
		published: "2027-03-04",
		text:      "Defence Minister Lars Holm was received by the Pakistani Chief of Army Staff in Rawalpindi on Monday.",
		ents:      []ent{person("Lars Holm", "DK"), country("PK", "Pakistani"), loc("Rawalpindi")},
		want:      []want{{"meeting", "2027-03-01", "Rawalpindi", "PK", ""}},
	}, {
		name:      "a capitalised post before a name is the person's title",
		published: "2027-03-04",
		text:      "Defence Minister Lars Holm met Cambodian Defence Minister Tea Seiha in Copenhagen on Monday.",
		ents:      []ent{person("Lars Holm", "DK"), person("Tea Seiha", "KH", "Cambodian Defence Minister Tea Seiha"), country("KH", "Cambodian"), loc("Copenhagen")},
		want:      []want{{"meeting", "2027-03-01", "Copenhagen", "Tea Seiha", ""}},
		not:       []want{{"meeting", "*", "*", "KH", ""}},
	}})
}

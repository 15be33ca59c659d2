package events

import (
	"strings"
	"testing"

	"attache"
)

// titled is a test person with the posts the article gives them, which a
// group noun ("the two ministers") is matched against.
type titled struct {
	name, country, rank string
	titles              []string
}

// TestGroupAndGuestReferences covers parties a sentence refers to without
// naming them, in the shapes agencies write: "the two ministers" after
// other persons were named first (signers, hosts), "talks between the two
// ministers" beside the host, and the visitor as "his guest" or "the
// visiting general" at a welcome ceremony or a guard of honour.
func TestGroupAndGuestReferences(t *testing.T) {
	ministers := []titled{
		{"Hassan Amir", "MY", "General", []string{"Chief of Defence Force"}},
		{"Rosli Daud", "BN", "Major General", []string{"Commander of the Royal Brunei Armed Forces"}},
		{"Kamal Ismail", "MY", "", []string{"Defence Minister"}},
		{"Yahya Latif", "BN", "", []string{"Minister of Defence II"}},
	}
	generals := []titled{
		{"Arman Seitov", "KZ", "Lieutenant General", []string{"Chief of the General Staff"}},
		{"Bakhtiyor Nazarov", "UZ", "Major General", []string{"Chief of the General Staff"}},
	}
	guests := []titled{
		{"Okoth Wafula", "KE", "General", []string{"Chief of the Defence Forces"}},
		{"Mark Denton", "US", "General", []string{"Commander of US Africa Command"}},
	}
	for _, tt := range []struct {
		name, text string
		people     []titled
		ents       []ent
		want, not  []want
	}{{
		name: "co-chairs named as witnesses after the signers",
		text: "Malaysia and Brunei signed a memorandum on border patrols in Bandar Seri Begawan on Thursday. " +
			"It was signed by General Hassan Amir and Major General Rosli Daud and witnessed by Defence Minister Kamal Ismail and Minister of Defence II Yahya Latif. " +
			"The signing followed the 12th meeting of the Joint Defence Working Committee, which the two ministers co-chaired in the morning.",
		people: ministers,
		ents:   []ent{country("MY", "Malaysia"), country("BN", "Brunei"), org("Joint Defence Working Committee"), loc("Bandar Seri Begawan")},
		want:   []want{{"dialogue", "*", "*", "Kamal Ismail", ""}, {"dialogue", "*", "*", "Yahya Latif", ""}},
		not:    []want{{"dialogue", "*", "*", "Hassan Amir", ""}},
	}, {
		name: "the two generals of two states named after a lead without persons",
		text: "A joint exercise of units of Kazakhstan and Uzbekistan opened on Monday at a training ground near Otar. " +
			"The opening was attended by Lieutenant General Arman Seitov and Major General Bakhtiyor Nazarov. " +
			"On the sidelines, the two generals held talks on training exchanges.",
		people: generals,
		ents:   []ent{country("KZ", "Kazakhstan"), country("UZ", "Uzbekistan"), loc("Otar")},
		want:   []want{{"meeting", "*", "*", "Arman Seitov", ""}, {"meeting", "*", "*", "Bakhtiyor Nazarov", ""}},
	}, {
		name: "talks between the two ministers beside the host, and his guest",
		text: "Kenyan Chief of the Defence Forces General Okoth Wafula received General Mark Denton of the United States in Nairobi on Tuesday. " +
			"On Wednesday, General Wafula chaired a welcome ceremony for his guest, followed by talks between the two generals.",
		people: guests,
		ents:   []ent{country("KE", "Kenyan"), country("US", "United States"), loc("Nairobi")},
		want:   []want{{"ceremony", "*", "*", "Mark Denton", ""}, {"meeting", "*", "*", "Mark Denton", ""}},
	}, {
		name: "a guard of honour for the visiting general",
		text: "Kenyan Chief of the Defence Forces General Okoth Wafula hosted General Mark Denton of the United States in Nairobi on Tuesday. " +
			"A contingent of the Kenya Army presented a guard of honour to the visiting general.",
		people: guests,
		ents: []ent{country("KE", "Kenyan"), country("US", "United States"), loc("Nairobi"),
			{attache.Organization, "Kenya Army", "KE", nil}},
		want: []want{{"ceremony", "*", "*", "Mark Denton", ""}},
		not:  []want{{"ceremony", "*", "*", "Okoth Wafula", ""}},
	}, {
		name: "the visiting demonym chief is the visitor, not beside one",
		text: "Pakistani naval chief Admiral Naveed Khan received Sri Lankan naval chief Admiral Ravi Perera in Islamabad on Tuesday. " +
			"Earlier in the day, the visiting Sri Lankan naval chief laid a wreath at the national monument.",
		people: []titled{{"Naveed Khan", "PK", "Admiral", []string{"Chief of the Naval Staff"}}, {"Ravi Perera", "LK", "Admiral", []string{"Commander of the Navy"}}},
		ents:   []ent{country("PK", "Pakistani"), country("LK", "Sri Lankan"), loc("Islamabad")},
		want:   []want{{"ceremony", "*", "*", "Ravi Perera", ""}},
		not:    []want{{"ceremony", "*", "*", "Naveed Khan", ""}},
	}, {
		name: "both sides is no post: the persons named later do not stand for it",
		text: "Cambodia and China opened a joint exercise in Kampong Speu on Monday. " +
			"General Sok Dara of Cambodia and Major General Wang Lin of China attended the opening. " +
			"Both sides agreed that the exercise is not directed at any third party.",
		people: []titled{{"Sok Dara", "KH", "General", []string{"Commander"}}, {"Wang Lin", "CN", "Major General", []string{"Commander"}}},
		ents:   []ent{country("KH", "Cambodia"), country("CN", "China"), loc("Kampong Speu")},
		not:    []want{{"statement", "*", "*", "Sok Dara", ""}},
	}} {
		t.Run(tt.name, func(t *testing.T) {
			x := buildTitled(tt.text, tt.ents, tt.people)
			mustDetector(t).Detect(tt.text, "2026-05-14", x)
			for _, w := range tt.want {
				if !found(x.Events, w) {
					t.Errorf("missing %v; got:%s", w, show(x.Events))
				}
			}
			for _, w := range tt.not {
				if found(x.Events, w) {
					t.Errorf("unexpected %v; got:%s", w, show(x.Events))
				}
			}
		})
	}
}

// shortName returns the last word of a name: the short form agencies use
// after the first mention ("General Wafula").
func shortName(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

package events

import "testing"

// TestJointSails covers naval activities that agencies do not call
// exercises ("joint sail", "maritime cooperative activity"), the drills
// of an exercise already told, and patrol craft that are no patrol.
func TestJointSails(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a joint sail is an exercise",
		published: "2025-05-10",
		text:      "On Friday, French and Philippine warships held a joint sail off Palawan.",
		ents:      []ent{country("FR", "French"), country("PH", "Philippine"), loc("Palawan")},
		want:      []want{{"exercise", "2025-05-09", "*", "PH", ""}},
	}, {
		name:      "a maritime cooperative activity is an exercise",
		published: "2025-05-10",
		text:      "The Canadian frigate joined the Philippine Navy in a maritime cooperative activity on Thursday.",
		ents:      []ent{country("CA", "Canadian"), org("Philippine Navy")},
		want:      []want{{"exercise", "2025-05-08", "*", "Philippine Navy", ""}},
	}, {
		name:      "the drills of an exercise already told are that exercise",
		published: "2025-05-10",
		text: "The navies of Brunei and Korea held a combined exercise in the South China Sea on Friday.\n" +
			"Helicopters of the Korean Navy flew over the ships as they carried out gunnery drills and a replenishment exercise.",
		ents:  []ent{country("BN", "Brunei"), country("KR", "Korea"), loc("South China Sea"), org("Korean Navy")},
		want:  []want{{"exercise", "2025-05-09", "*", "KR", "main"}},
		count: 1,
	}, {
		name:      "patrol aircraft and patrol vessels are no patrol",
		published: "2025-05-10",
		text:      "The Indonesian Navy sent two maritime patrol aircraft and a patrol vessel to the search area.",
		ents:      []ent{org("Indonesian Navy")},
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "a statement issued a day before the activity that the sentence starts from",
		published: "2025-05-10",
		text: "Four navies held a joint sail in the Celebes Sea on May 9.\n" +
			"The activity came a day after the ministers Ana Ruiz and Ken Mori issued a joint statement on freedom of navigation.",
		ents: []ent{person("Ana Ruiz", "PH"), person("Ken Mori", "JP"), loc("Celebes Sea")},
		want: []want{{"statement", "2025-05-08", "*", "Ken Mori", ""}},
	}})
}

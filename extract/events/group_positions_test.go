package events

import "testing"

// TestGroupPositions covers positions stated by "the two ministers" or
// "the two leaders" after talks: the parties of the talks the sentence
// points at, not every person whose post the group's noun fits.
func TestGroupPositions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the talks with one of two guests named in the statement's sentence",
		published: "2026-10-29",
		text:      "Defence Minister Oleg Brest held separate talks with Defence Minister Bat Erdene and Deputy Defence Minister Le Van Tam in Minsk on Wednesday. In the talks with Erdene, the two ministers agreed that security in Eurasia must be indivisible.",
		ents:      []ent{person("Oleg Brest", "BY"), person("Bat Erdene", "MN", "Erdene"), person("Le Van Tam", "VN"), loc("Minsk")},
		want:      []want{{"statement", "2026-10-28", "*", "Bat Erdene", ""}},
		not:       []want{{"statement", "*", "*", "Le Van Tam", ""}},
	}, {
		name:      "the two leaders of a call, not the spokesman who told of it",
		published: "2026-07-25",
		text:      "Secretary Mark Dale held a phone call with Minister Tran Van Binh on Thursday. Spokesman Paul Reed said the call lasted an hour. The two leaders reaffirmed their commitment to freedom of navigation and agreed that disputes in the South China Sea should be resolved peacefully in accordance with international law.",
		ents:      []ent{person("Mark Dale", "US"), person("Tran Van Binh", "VN"), person("Paul Reed", "US")},
		want:      []want{{"statement", "*", "*", "Tran Van Binh", ""}},
		not:       []want{{"statement", "*", "*", "Paul Reed", ""}},
	}, {
		name:      "the two ministers of talks told last",
		published: "2026-03-12",
		text:      "Minister Ana Lima received her Uruguayan counterpart Jorge Sosa in Brasilia on Wednesday. Deputy Minister Rui Costa attended. The two ministers agreed that the South Atlantic must remain a zone of peace.",
		ents:      []ent{person("Ana Lima", "BR"), person("Jorge Sosa", "UY"), person("Rui Costa", "BR"), loc("Brasilia"), country("UY", "Uruguayan")},
		want: []want{
			{"statement", "*", "*", "Ana Lima", ""},
			{"statement", "*", "*", "Jorge Sosa", ""},
		},
	}})
}

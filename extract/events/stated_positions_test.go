package events

import "testing"

// TestStatedPositions covers positions agencies report without a verb of
// saying and a dispute word: views shared, a country's position, the
// sides agreeing that an order is essential or a change unacceptable,
// words to the press, calls for backing.
func TestStatedPositions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a view shared",
		published: "2025-06-05",
		text:      "Ana Ruiz and Ken Mori held talks in Lima on June 4. They shared the view that the region must stay free of weapons of mass destruction.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Ken Mori", "JP"), loc("Lima")},
		want:      []want{{"statement", "2025-06-04", "*", "-", ""}},
	}, {
		name:      "a country's position was that",
		published: "2025-06-05",
		text:      "Ana Ruiz said Peru's position was that foreign troops must answer to Peruvian courts.",
		ents:      []ent{person("Ana Ruiz", "PE"), country("PE", "Peru")},
		want:      []want{{"statement", "*", "*", "Ana Ruiz", ""}},
	}, {
		name:      "both sides agreed that an order is essential",
		published: "2025-03-13",
		text:      "Both sides agreed that freedom of navigation and a rules-based order were essential for the region.",
		want:      []want{{"statement", "*", "*", "-", ""}},
	}, {
		name:      "a change by force agreed unacceptable",
		published: "2025-08-29",
		text:      "The ministers agreed that attempts to change the status quo by force were unacceptable.",
		want:      []want{{"statement", "*", "*", "-", ""}},
	}, {
		name:      "words to the press on a free and open region",
		published: "2025-04-15",
		text:      "\"This pact is about our shared interest in a free and open region,\" Ana Ruiz told reporters.",
		ents:      []ent{person("Ana Ruiz", "NZ")},
		want:      []want{{"statement", "*", "*", "Ana Ruiz", ""}},
	}, {
		name:      "a call for backing",
		published: "2025-09-11",
		text:      "During the talks, Ken Mori asked for continued backing for the denuclearization of the peninsula.",
		ents:      []ent{person("Ken Mori", "KR")},
		want:      []want{{"statement", "*", "*", "Ken Mori", ""}},
	}, {
		name:      "agreeing on the next meeting is no statement",
		published: "2025-09-11",
		text:      "The two sides agreed that the next round would be held in Quito.",
		ents:      []ent{loc("Quito")},
		not:       []want{{"statement", "*", "*", "-", ""}},
	}})
}

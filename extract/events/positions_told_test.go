package events

import "testing"

// TestPositionsTold covers statements of position told by verbs that are
// no trigger alone: speaking in favour of something, and agreeing or
// stressing that something must or should be, however long the subject
// of that clause.
func TestPositionsTold(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two chiefs spoke in favour of a pact",
		published: "2026-03-06",
		text:      "General Ana Ruiz and General Ken Mori spoke in favour of concluding the defence cooperation agreement before the end of the year.",
		ents:      []ent{person("Ana Ruiz", "KE"), person("Ken Mori", "RW")},
		want:      []want{{"statement", "*", "*", "Ken Mori", ""}},
	}, {
		name:      "the sides spoke in favor of an order",
		published: "2026-03-06",
		text:      "The sides noted their close ties and spoke in favor of a fair multipolar world order.",
		want:      []want{{"statement", "*", "*", "-", ""}},
	}, {
		name:      "agreed that a long subject must remain so",
		published: "2026-05-07",
		text:      "Minister Ana Ruiz and Minister Ken Mori agreed that the sea lanes of the Indian Ocean must remain free and open to all.",
		ents:      []ent{person("Ana Ruiz", "IN"), person("Ken Mori", "KE")},
		want:      []want{{"statement", "*", "*", "Ana Ruiz", ""}},
	}, {
		name:      "stressed that an issue should be settled",
		published: "2026-05-07",
		text:      "Minister Ana Ruiz stressed that the border issue should be settled through talks between the two armies.",
		ents:      []ent{person("Ana Ruiz", "IN")},
		want:      []want{{"statement", "*", "*", "Ana Ruiz", ""}},
	}, {
		name:      "agreeing to expand training is no position",
		published: "2026-05-07",
		text:      "Minister Ana Ruiz and Minister Ken Mori agreed to expand joint training between their navies.",
		ents:      []ent{person("Ana Ruiz", "IN"), person("Ken Mori", "KE")},
		not:       []want{{"statement", "*", "*", "-", ""}},
	}})
}

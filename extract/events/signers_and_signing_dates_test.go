package events

import "testing"

// TestSignersAndSigningDates covers the signers of "the two army chiefs
// signed" (the parties of the talks told before) and a signing whose
// trigger spans a long noun phrase ("the memorandum on defence industry
// cooperation signed by the two countries in 2019"): the date right after
// the trigger's last word is its own, not a day said at the start of the
// sentence; a date in the purpose of the thing signed ("a letter of
// intent to hold an exercise in 2026") is not the signing's.
func TestSignersAndSigningDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the two army chiefs signed",
		published: "2025-09-23",
		text: "Vice Minister Ana Ruiz and Deputy Minister Paulo Lima co-chaired the 9th defence policy talks in Lima on September 22.\n\n" +
			"Following the talks, the two vice ministers signed the minutes of the meeting.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Paulo Lima", "BR"), loc("Lima")},
		want: []want{
			{"agreement", "2025-09-22", "*", "Ana Ruiz", ""},
			{"agreement", "2025-09-22", "*", "Paulo Lima", ""},
		},
	}, {
		name:      "a recalled memorandum keeps its year",
		published: "2025-09-23",
		text:      "On Wednesday, General Paulo Lima will call on Minister Ana Ruiz to review the memorandum on defence industry cooperation signed by the two countries in 2019.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Paulo Lima", "BR")},
		want:      []want{{"agreement", "2019", "*", "-", ""}},
		not:       []want{{"agreement", "2025-09-24", "*", "-", ""}},
	}, {
		name:      "a date in the purpose of the thing signed is not the signing's",
		published: "2025-09-23",
		text: "General Ana Ruiz received General Paulo Lima in Cusco on Tuesday.\n\n" +
			"The two army chiefs signed a letter of intent to hold a combined exercise in 2026.",
		ents: []ent{person("Ana Ruiz", "PE"), person("Paulo Lima", "BR"), loc("Cusco")},
		want: []want{{"agreement", "2025-09-23", "*", "Ana Ruiz", ""}},
		not:  []want{{"agreement", "2026", "*", "-", ""}},
	}})
}

package events

import "testing"

// TestRecalledExerciseEditions covers an earlier edition of an exercise
// series told by "the exercise" in a story about something else (a
// contingent leaving for the next edition, talks of two ministers): a
// background exercise with its own date, not a mention of the one the
// story reports.
func TestRecalledExerciseEditions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the previous edition recalled after a contingent's departure",
		published: "2026-06-02",
		text: "The Indian Army contingent left for Ulaanbaatar on Monday to take part in the 18th edition of the joint exercise Nomadic Elephant.\n" +
			"The 17th edition of the exercise was conducted at Umroi in July last year.",
		ents: []ent{orgOf("Indian Army", "IN"), loc("Ulaanbaatar"), loc("Umroi")},
		want: []want{{"exercise", "2025-07", "*", "IN", "background"}},
	}, {
		name:      "the last edition recalled in a report of talks",
		published: "2026-03-10",
		text: "Defence Minister Ana Ruiz of Chile held talks with her Peruvian counterpart Luis Vega in Lima on March 9.\n" +
			"They agreed to hold a joint naval exercise in October. The last edition of the exercise was held off Callao in November 2025.",
		ents: []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), loc("Lima"), loc("Callao")},
		want: []want{{"exercise", "2025-11", "*", "-", "background"}},
	}, {
		name:      "a phase of the exercise the story reports is no edition",
		published: "2026-03-10",
		text: "The Indian Army contingent left for Ulaanbaatar on Monday to join the joint exercise Nomadic Elephant.\n" +
			"The exercise will run until March 20.",
		ents: []ent{orgOf("Indian Army", "IN"), loc("Ulaanbaatar")},
		not:  []want{{"exercise", "*", "*", "-", "background"}},
	}})
}

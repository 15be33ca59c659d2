package events

import "testing"

// TestFurtherPositions covers positions the same parties state in two
// sentences, the second marked by "also": two statements, one per
// matter; a sentence that only goes on with the first position stays
// part of it.
func TestFurtherPositions(t *testing.T) {
	lead := "Minister Lena Holm held talks with Minister Arturo Vidal in Oslo on Thursday. "
	ents := []ent{person("Lena Holm", "NO"), person("Arturo Vidal", "CL"), loc("Oslo")}
	runClassCases(t, []classCase{{
		name:      "an also-marked position on another matter",
		published: "2026-03-12",
		text: lead + "The two ministers agreed that maritime disputes should be resolved peacefully in accordance with international law. " +
			"They also reaffirmed their support for the complete denuclearization of the Korean Peninsula.",
		ents:  ents,
		count: 3,
	}, {
		name:      "a position continued with no also",
		published: "2026-03-12",
		text: lead + "The two ministers agreed that maritime disputes should be resolved peacefully in accordance with international law. " +
			"They stressed that any unilateral attempt to change the status quo by coercion is unacceptable.",
		ents:  ents,
		count: 2,
	}})
}

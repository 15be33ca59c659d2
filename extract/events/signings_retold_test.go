package events

import "testing"

// TestSigningsRetold covers a signing told again a few sentences later
// with a definite object ("witnessed the signing of the contract"): the
// same agreement, while a new indefinite one ("also signed an MoU on
// training") stays an agreement of its own.
func TestSigningsRetold(t *testing.T) {
	ents := []ent{person("Jonas Berg", "SE"), person("Lee Min-ho", "KR"), loc("Seoul"),
		country("SE", "Sweden"), country("KR", "South Korea")}
	runClassCases(t, []classCase{{
		name:      "the signing of the contract, told again",
		published: "2025-03-20",
		text:      "Sweden and South Korea signed a contract for 40 armoured vehicles in Seoul on Thursday. Jonas Berg met Lee Min-ho at the ministry, where the two witnessed the signing of the contract between the two agencies.",
		ents:      ents,
		want:      []want{{"agreement", "2025-03-20", "*", "-", ""}},
		count:     2, // the signing and the meeting
	}, {
		name:      "a new memorandum is another agreement",
		published: "2025-03-20",
		text:      "Sweden and South Korea signed a contract for 40 armoured vehicles in Seoul on Thursday. Jonas Berg and Lee Min-ho also signed a memorandum on military education.",
		ents:      ents,
		want:      []want{{"agreement", "2025-03-20", "*", "-", ""}},
		count:     2, // two agreements
	}})
}

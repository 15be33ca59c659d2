package events

import "testing"

// TestOpeningPhrases covers talks told in an opening phrase ("During his
// talks with X, Y recalled the visit ... last year"), which take no date
// from the main clause, and separate meetings summed up in a headline,
// each of which keeps its own counterpart instead of all the lead's.
func TestOpeningPhrases(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "talks in an opening phrase take no date of the main clause",
		published: "2025-02-11",
		text: "Minister Ravi Rao held talks with his Kenyan counterpart Ms Amina Otieno in Bengaluru on February 11.\n\n" +
			"During his talks with Ms Otieno, Rao recalled the visit to New Delhi by General Peter Kamau last year.",
		ents: []ent{person("Ravi Rao", "IN"), person("Amina Otieno", "KE"), person("Peter Kamau", "KE"),
			loc("Bengaluru"), loc("New Delhi")},
		want: []want{{"meeting", "2025-02-11", "*", "Amina Otieno", ""}},
		not:  []want{{"meeting", "2024", "*", "-", ""}},
	}})
}

// TestHeadlineSeparateMeetings checks that separate meetings summed up
// in a headline keep one counterpart each instead of all the lead's.
func TestHeadlineSeparateMeetings(t *testing.T) {
	d := mustDetector(t)
	text := "Minister holds separate meetings with Oman and Chile at the air show\n\n" +
		"Minister Ravi Rao held separate bilateral meetings with Oman's Minister Salim Harthy and his Chilean counterpart Ms Ana Soto in Bengaluru on February 11, 2025."
	x := build(text, []ent{person("Ravi Rao", "IN"), person("Salim Harthy", "OM"), person("Ana Soto", "CL"),
		country("OM", "Oman"), country("CL", "Chile"), loc("Bengaluru")})
	d.Detect(text, "2025-02-11", x)
	n := 0
	for _, e := range x.Events {
		if e.Type != "meeting" {
			continue
		}
		n++
		if contains(e.Participants, "Salim Harthy") && contains(e.Participants, "Ana Soto") {
			t.Errorf("a separate meeting has both counterparts:%s", show(x.Events))
		}
	}
	if n != 2 {
		t.Errorf("got %d meetings, want 2:%s", n, show(x.Events))
	}
}

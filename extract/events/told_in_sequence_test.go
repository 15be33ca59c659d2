package events

import "testing"

// TestToldInSequence covers talks told after the lead with an adverb of
// sequence ("The two ministers earlier held talks", "He later called on
// ..."): another occasion of the story with the same parties, kept apart
// from the reception or meeting the lead told, while talks retold without
// such an adverb stay one meeting.
func TestToldInSequence(t *testing.T) {
	rana, ito, sato := person("Rana Perera", "LK", "Perera"), person("Kenji Ito", "JP", "Ito"), person("Taro Sato", "JP")
	ents := []ent{rana, ito, sato, loc("Colombo"), loc("Galle Face Hotel"), loc("Army Headquarters")}
	lead := "At a dinner reception in Colombo on Monday for visiting Japanese Vice Minister Kenji Ito, State Minister Rana Perera praised Japan's support for coastal radars. "
	runClassCases(t, []classCase{{
		name:      "earlier held talks is a second meeting",
		published: "2025-09-16",
		text:      lead + "The two ministers earlier held talks at Army Headquarters, where they discussed maritime security.",
		ents:      ents,
		want: []want{
			{"meeting", "2025-09-15", "*", "Kenji Ito", "main"},
			{"meeting", "2025-09-15", "Army Headquarters", "Rana Perera", "reported"},
		},
	}, {
		name:      "a sentence opened by Earlier tells another meeting",
		published: "2025-09-16",
		text:      lead + "Earlier, Perera and Ito held talks at Army Headquarters.",
		ents:      ents,
		want: []want{
			{"meeting", "2025-09-15", "*", "Kenji Ito", "main"},
			{"meeting", "2025-09-15", "Army Headquarters", "Rana Perera", ""},
		},
	}, {
		name:      "talks retold without an adverb stay one meeting",
		published: "2025-09-16",
		text:      "State Minister Rana Perera held talks with Japanese Vice Minister Kenji Ito in Colombo on Monday. Perera and Ito held talks on maritime security and coastal radars.",
		ents:      ents,
		count:     1,
	}})
}

// TestToldInSequenceThenAsTitle checks that "then" before a title is no
// adverb of sequence: "talks with the then vice minister" is the talks
// already told.
func TestToldInSequenceThenAsTitle(t *testing.T) {
	d := mustDetector(t)
	text := "Sri Lankan State Minister Rana Perera held talks with Japanese Vice Minister Kenji Ito in Colombo on Monday. The then vice minister Ito held talks with Perera on radars."
	x := build(text, []ent{person("Rana Perera", "LK", "Perera"), person("Kenji Ito", "JP", "Ito"), loc("Colombo")})
	d.Detect(text, "2025-09-16", x)
	n := 0
	for _, e := range x.Events {
		if e.Type == "meeting" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("got %d meetings, want 1:%s", n, show(x.Events))
	}
}

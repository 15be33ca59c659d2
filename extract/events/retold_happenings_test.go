package events

import (
	"strconv"
	"strings"
	"testing"
)

// TestRetoldHappenings covers happenings a report tells besides its story:
// an audience granted, troops received home, an earlier call the story is
// dated from, a signing recalled with the visit it took place during, and
// "their" recalled meeting, whose parties are those of the story's talks.
func TestRetoldHappenings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an audience granted is a meeting of host and guest",
		published: "2026-05-07",
		text:      "President Lena Varga on Wednesday granted an audience to the visiting army chief, General Omar Haddad, at the Blue Palace.",
		ents:      []ent{person("Lena Varga", "HU"), person("Omar Haddad", "JO"), loc("Blue Palace")},
		want:      []want{{"meeting", "2026-05-06", "Blue Palace", "Omar Haddad", ""}},
	}, {
		name:      "an audience had with a king is a meeting",
		published: "2026-05-07",
		text:      "General Omar Haddad had an audience with King Arvid Holm in Oslo on Tuesday.",
		ents:      []ent{person("Omar Haddad", "JO"), person("Arvid Holm", "NO"), loc("Oslo")},
		want:      []want{{"meeting", "2026-05-05", "*", "Arvid Holm", ""}},
	}, {
		name:      "returning peacekeepers received at the airport are a ceremony, not a meeting",
		published: "2026-06-02",
		text:      "The returning peacekeepers were received at the airport on Monday by Brigadier General Tomas Kral.",
		ents:      []ent{person("Tomas Kral", "CZ")},
		want:      []want{{"ceremony", "2026-06-01", "*", "Tomas Kral", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "a call a week before the talks is an event of its own, with the parties of the talks",
		published: "2026-06-11",
		text: "Defence Minister Ivo Marek met his counterpart Jan Wrona in Prague on Wednesday.\n\n" +
			"The meeting came a week after the two held a phone call on border security.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Prague")},
		want: []want{
			{"meeting", "2026-06-10", "Prague", "Jan Wrona", "main"},
			{"meeting", "2026-06-03", "", "Jan Wrona", "background"},
		},
	}, {
		name:      "talks after which nothing earlier is told stay one event",
		published: "2026-06-11",
		text:      "The meeting followed talks with Jan Wrona on Wednesday.",
		ents:      []ent{person("Jan Wrona", "PL")},
		not:       []want{{"meeting", "*", "*", "-", "background"}},
	}, {
		name:      "their recalled meeting has both parties of the story's talks",
		published: "2026-06-11",
		text: "Defence Minister Ivo Marek met his counterpart Jan Wrona in Prague on Wednesday.\n\n" +
			"Marek recalled their meeting in Vilnius in March last year.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Prague"), loc("Vilnius")},
		want: []want{{"meeting", "2025-03", "Vilnius", "Jan Wrona", "background"}},
	}, {
		name:      "a meeting recalled as the occasion of an agreement has its own date and both chiefs",
		published: "2026-06-20",
		text: "General Rui Costa and Admiral Piet Smit opened the exercise in Faro on Friday.\n\n" +
			"The two chiefs had agreed to widen the exercise when they met in Lisbon on May 14.",
		ents: []ent{person("Rui Costa", "PT"), person("Piet Smit", "NL"), loc("Faro"), loc("Lisbon")},
		want: []want{{"meeting", "2026-05-14", "Lisbon", "Piet Smit", "background"}},
	}, {
		name:      "talks a call followed are an earlier meeting of the same two",
		published: "2026-09-08",
		text: "Defence Minister Ivo Marek and Defence Minister Jan Wrona spoke by phone on Monday.\n\n" +
			"The call followed their talks in Vilnius on August 7.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Vilnius")},
		want: []want{
			{"meeting", "2026-09-07", "", "Jan Wrona", "main"},
			{"meeting", "2026-08-07", "Vilnius", "Ivo Marek", "background"},
		},
	}, {
		name:      "a state visit that was the occasion of a signing is not the story's visit",
		published: "2026-03-10",
		text: "Admiral Piet Smit arrived in Lisbon on Monday for a three-day visit.\n\n" +
			"The visit follows the signing in January 2025 of a memorandum on naval training during President Rui Costa's state visit to Amsterdam.",
		ents: []ent{person("Piet Smit", "NL"), person("Rui Costa", "PT"), loc("Lisbon"), loc("Amsterdam")},
		want: []want{
			{"visit", "*", "*", "Piet Smit", "main"},
			{"visit", "2025-01", "Amsterdam", "Rui Costa", "background"},
		},
	}, {
		name:      "what happens during the ceremony told is part of it",
		published: "2026-03-10",
		text:      "General Rui Costa presided over the ceremony on Monday, during which Admiral Piet Smit handed the navy's flag to his successor.",
		ents:      []ent{person("Rui Costa", "PT"), person("Piet Smit", "PT")},
		not:       []want{{"ceremony", "*", "*", "-", "reported"}},
	}, {
		name:      "the call a span starts from is an earlier meeting of the same two",
		published: "2026-08-12",
		text:      "Ivo Marek and Jan Wrona had a phone conversation on Tuesday, the first since their call in March 2024.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL")},
		want: []want{
			{"meeting", "2026-08-11", "", "Jan Wrona", "main"},
			{"meeting", "2024-03", "", "Jan Wrona", "background"},
		},
	}, {
		name:      "a memorandum signed during an earlier visit is an agreement of that month",
		published: "2026-06-11",
		text:      "The ministers reviewed the memorandum of understanding that their ministries signed during the President's state visit to Vilnius in March.",
		ents:      []ent{loc("Vilnius")},
		want:      []want{{"agreement", "2026-03", "*", "-", "background"}},
	}})
}

// TestDayShiftAt checks the days an anchor phrase before a trigger moves
// its event from the one told before: "a week after" is seven days
// earlier.
func TestDayShiftAt(t *testing.T) {
	for text, want := range map[string]int{
		"The meeting came a day after the two held a call":       -1,
		"The meeting came a week after the two held a call":      -7,
		"The meeting came 3 days after the two held a call":      -3,
		"The meeting came two weeks after the two held a call":   -14,
		"The meeting came a week before the two held a call":     7,
		"The meeting came weeks after the two held a call":       0,
		"The meeting came in a week after the two held a call":   -7,
		"The ministers held a call in the week after the summit": 0,
	} {
		ws := plainWords(text)
		if got := dayShiftAt(ws, len(ws)-1); got != want {
			t.Errorf("%q: got %d, want %d", text, got, want)
		}
	}
}

// plainWords splits text at spaces into words, with the value of numbers.
func plainWords(text string) []word {
	var ws []word
	for _, f := range strings.Fields(text) {
		n, err := strconv.Atoi(f)
		if err != nil {
			n = -1
		}
		ws = append(ws, word{low: strings.ToLower(f), num: n})
	}
	return ws
}

package events

import "testing"

// TestEarlierEditionsInOtherWords covers earlier editions of the series
// an article is about told without "edition of" a year: a numbered
// edition conducted somewhere, "last hosted ... in", "every year since",
// "the previous one took place", and two forces that "last exercised
// together" during a named drill.
func TestEarlierEditionsInOtherWords(t *testing.T) {
	lead := "Exercise Desert Falcon 2025 opened at Tan-Tan on Monday with troops from Morocco and Senegal.\n"
	ents := []ent{loc("Tan-Tan"), country("MA", "Morocco"), country("SN", "Senegal")}
	runClassCases(t, []classCase{{
		name:      "a numbered edition conducted last year",
		published: "2025-05-20",
		text:      lead + "The 11th edition of the exercise was conducted at Dakar in July last year.",
		ents:      append(ents, loc("Dakar")),
		want:      []want{{"exercise", "2024-07", "*", "-", "background"}},
	}, {
		name:      "a country last hosted the drill in a year",
		published: "2025-05-20",
		text:      lead + "Senegal last hosted the drill in 2021.",
		ents:      ents,
		want:      []want{{"exercise", "2021", "*", "-", "background"}},
	}, {
		name:      "hosted every year since a year",
		published: "2025-05-20",
		text:      lead + "Morocco has hosted Desert Falcon every year since 2012.",
		ents:      ents,
		want:      []want{{"exercise", "2012", "*", "-", "background"}},
	}, {
		name:      "the previous one took place",
		published: "2025-05-20",
		text:      lead + "The previous one took place near Dakhla in November 2023.",
		ents:      append(ents, loc("Dakhla")),
		want:      []want{{"exercise", "2023-11", "*", "-", "background"}},
	}, {
		name:      "two navies that last exercised together",
		published: "2025-06-20",
		text:      "The Indian Navy and the Royal Australian Navy last exercised together during AUSINDEX off Sydney in November 2024.",
		ents:      []ent{loc("Sydney")},
		want:      []want{{"exercise", "2024-11", "*", "-", ""}},
	}})
}

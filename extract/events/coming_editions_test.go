package events

import "testing"

// TestComingEditions covers the next edition of the series a report is
// about, told with no trigger of its own: a reported event of the main
// event's type, dated by the future year and placed where it will be held;
// also told by the hosts' plan with its number ("plan to hold the third
// edition in China in 2027").
func TestComingEditions(t *testing.T) {
	lead := "Lion Shield drill concludes in Ganja\n\nBAKU, June 12 - The Lion Shield-2026 exercise of the armies of Azerbaijan and Georgia ended today in Ganja.\n\n"
	ents := []ent{country("AZ", "Azerbaijan"), country("GE", "Georgia"), loc("Ganja"), loc("Tbilisi")}
	runClassCases(t, []classCase{{
		name:      "the next one will be held in a town in a year",
		published: "2026-06-12",
		text:      lead + "The next one will be held in Tbilisi in 2027.",
		ents:      ents,
		want:      []want{{"exercise", "2027", "Tbilisi", "GE", "reported"}},
	}, {
		name:      "the next edition will be hosted next year",
		published: "2026-06-12",
		text:      lead + "The next edition will be hosted by Georgia next year, the ministry said.",
		ents:      ents,
		want:      []want{{"exercise", "2027", "*", "AZ", "reported"}},
	}, {
		name:      "near miss: the next step of the drill this week is no edition",
		published: "2026-06-12",
		text:      lead + "The next phase will be held in Tbilisi on Monday.",
		ents:      ents,
		not:       []want{{"exercise", "2027", "*", "-", ""}, {"exercise", "*", "Tbilisi", "-", ""}},
	}, {
		name:      "near miss: a past year after the next one is no edition",
		published: "2026-06-12",
		text:      lead + "The next one will be larger than the drill held in 2019.",
		ents:      ents,
		not:       []want{{"exercise", "2019", "*", "-", "reported"}},
	}, {
		name:      "the two armies plan to hold the next numbered edition in a town in a year",
		published: "2026-06-12",
		text:      lead + "The two armies plan to hold the fifth edition in Tbilisi in 2027, officials said.",
		ents:      ents,
		want:      []want{{"exercise", "2027", "Tbilisi", "GE", "reported"}},
	}, {
		name:      "a state will host the next iteration next year",
		published: "2026-06-12",
		text:      lead + "Georgia will host the next iteration next year.",
		ents:      ents,
		want:      []want{{"exercise", "2027", "*", "GE", "reported"}},
	}, {
		name:      "near miss: an edition held in a past year is no coming one",
		published: "2026-06-12",
		text:      lead + "The two armies held the third edition in Tbilisi in 2024.",
		ents:      ents,
		not:       []want{{"exercise", "*", "*", "*", "reported"}},
	}})
}

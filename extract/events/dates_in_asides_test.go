package events

import "testing"

// TestDatesInAsides covers a date in an aside set off by commas between
// the subject and its verb that belongs to another trigger of the aside
// ("on a four-day trip through Thursday"): it ends that trip and does not
// date the act the main clause tells, which keeps its own day.
func TestDatesInAsides(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a trip's last day in the aside",
		published: "2025-06-24",
		text:      "SEOUL - Defence Minister Jan Nowicki, on a four-day trip to South Korea through Thursday, is scheduled to visit a shipyard in Ulsan on Wednesday.",
		ents:      []ent{person("Jan Nowicki", "PL"), loc("Seoul"), loc("SEOUL"), loc("Ulsan"), country("KR", "South Korea")},
		want:      []want{{"visit", "2025-06-25", "Ulsan", "-", ""}},
		not:       []want{{"visit", "2025-06-26", "Ulsan", "-", ""}},
	}, {
		name:      "a visit's end in the aside",
		published: "2026-03-11",
		text:      "MANILA - General Ahmad Rahimi, on a three-day official visit until Friday, will tour the naval base in Subic on Thursday.",
		ents:      []ent{person("Ahmad Rahimi", "MY"), loc("Manila"), loc("MANILA"), loc("Subic")},
		want:      []want{{"visit", "2026-03-12", "Subic", "-", ""}},
		not:       []want{{"visit", "2026-03-13", "Subic", "-", ""}},
	}})
}

package events

import "testing"

// TestOfficesTaken covers a post taken, told by its holder with a time of
// its own ("since taking office in January", "who assumed office in
// March"): a background decision of the holder alone; "since taking
// office" with no time is none. The trip told again in apposition ("a
// four-day visit, his first trip to Chile since ...") is the same trip.
func TestOfficesTaken(t *testing.T) {
	ents := []ent{person("Marta Lind", "SE", "Marta Lind", "Lind"), person("Jorge Pena", "CL"), loc("Santiago"), country("CL", "Chile")}
	runClassCases(t, []classCase{{
		name:      "his first trip since taking office in a month",
		published: "2026-03-12",
		text: "Minister Jorge Pena received Minister Marta Lind in Santiago on Thursday. " +
			"Lind arrived in Santiago on Wednesday for a four-day visit, her first trip to Chile since taking office in January.",
		ents: ents,
		want: []want{{"decision", "2026-01", "*", "Marta Lind", "background"}},
		not:  []want{{"decision", "*", "*", "CL", ""}, {"visit", "2026-03-11", "CL", "-", ""}},
	}, {
		name:      "who assumed office in a month",
		published: "2026-03-12",
		text:      "Lind, who assumed office in January, held talks with Jorge Pena in Santiago on Thursday.",
		ents:      ents,
		want:      []want{{"decision", "2026-01", "*", "Marta Lind", "background"}},
		not:       []want{{"decision", "*", "*", "Jorge Pena", ""}},
	}, {
		name:      "since taking office with no time is none",
		published: "2026-03-12",
		text:      "Lind, on her first trip to South America since taking office, met Jorge Pena in Santiago on Thursday.",
		ents:      ents,
		not:       []want{{"decision", "*", "*", "-", ""}},
	}})
}

package events

import "testing"

// TestFirstSince covers a visit told as "the first ... since" an earlier
// one: the previous occurrence is a background event of that year, made
// by the person named after "since" when there is one. "His first since
// he took office" recalls an appointment, not a visit.
func TestFirstSince(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the first port call by a navy since a year",
		published: "2026-04-22",
		text:      "The Thai frigate Bhumibol Adulyadej arrived in Manila on Tuesday for a five-day port call, the first by a Thai warship in the Philippines since 2019.",
		ents:      []ent{country("TH", "Thai"), loc("Manila"), country("PH", "Philippines")},
		want:      []want{{"visit", "2019", "*", "-", "background"}},
	}, {
		name:      "the first minister to visit since a named predecessor",
		published: "",
		text:      "Marles, on a three-day trip to Vietnam, is the first Australian defence minister to visit the country since Richard Lawson in 2023.",
		ents:      []ent{person("Marles", "AU"), person("Richard Lawson", "AU"), country("VN", "Vietnam"), country("AU", "Australian")},
		want:      []want{{"visit", "2023", "*", "Richard Lawson", "background"}},
	}, {
		name:      "the first visit since taking office is no earlier visit",
		published: "2026-02-24",
		text:      "The visit to Brunei by General Ahmad is his first since he took office in September last year.",
		ents:      []ent{person("Ahmad", "MY"), country("BN", "Brunei")},
		not:       []want{{"visit", "2025-09", "*", "-", ""}},
	}})
}

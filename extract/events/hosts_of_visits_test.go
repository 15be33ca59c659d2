package events

import "testing"

// TestHostsOfVisits covers talks whose guest is said to be visiting in a
// ", who" clause, in the shapes agencies write ("held talks on Tuesday
// with General X, who is currently visiting Egypt", "held talks with the
// Minister of National Defence X, who arrived in Tashkent on an official
// visit"): the host of the talks is no visitor, while one who travels
// with the visitor ("is accompanying President X, who is on a state
// visit") is.
func TestHostsOfVisits(t *testing.T) {
	host, guest := person("Omar Hafez", "EG"), person("Idris Bakri", "SD")
	ents := []ent{host, guest, country("EG", "Egypt"), loc("Cairo"), loc("Tashkent")}
	runClassCases(t, []classCase{{
		name:      "held talks with X, who is visiting",
		published: "2026-08-12",
		text:      "Lieutenant General Omar Hafez held talks on Tuesday with General Idris Bakri, who is currently visiting Egypt, the military spokesman said.",
		ents:      ents,
		want:      []want{{"visit", "*", "*", "Idris Bakri", ""}},
		not:       []want{{"visit", "*", "*", "Omar Hafez", ""}},
	}, {
		name:      "held talks with X, who arrived on an official visit",
		published: "2026-08-12",
		text:      "Minister Omar Hafez held talks with the Chief of Staff, General Idris Bakri, who arrived in Cairo on an official visit.",
		ents:      ents,
		want:      []want{{"visit", "*", "*", "Idris Bakri", ""}},
		not:       []want{{"visit", "*", "*", "Omar Hafez", ""}},
	}, {
		name:      "one who accompanies the visitor visits too",
		published: "2026-08-12",
		text:      "Minister Omar Hafez is accompanying General Idris Bakri, who is on an official visit to Tashkent.",
		ents:      ents,
		want:      []want{{"visit", "*", "*", "Omar Hafez", ""}},
	}})
}

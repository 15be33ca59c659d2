package events

import "testing"

// TestEndedTrips covers a visit of so many days told on the day it ends
// ("ended his two-day visit on Thursday", "concluded on Friday a four-day
// official visit", "wrapped up a three-day visit ... on 22 November"): the
// trip spans the days up to that one. A trip told from its first day keeps
// its span from that day.
func TestEndedTrips(t *testing.T) {
	ents := []ent{country("CL", "Chile"), country("CO", "Colombia"), country("IN", "India"), country("BD", "Bangladesh"),
		person("Ana Rojas", "CL"), person("Vikram Rao", "IN"), loc("Dhaka"), loc("Vientiane")}
	runClassCases(t, []classCase{{
		name:      "the day before the trip's name",
		published: "2026-05-15",
		text:      "Chilean official ends visit to Colombia\n\nBOGOTA, May 15 (Prensa Latina) Undersecretary Ana Rojas concluded on Friday a four-day official visit to Colombia.",
		ents:      ents,
		want:      []want{{"visit", "2026-05-12/2026-05-15", "*", "Ana Rojas", "main"}},
	}, {
		name:      "the day after the trip's destination",
		published: "2026-12-04",
		text:      "Indian minister wraps up Bangladesh visit\n\nDhaka - Defence Minister Vikram Rao ended his two-day visit to Bangladesh on Thursday after talks with the service chiefs.",
		ents:      ents,
		want:      []want{{"visit", "2026-12-02/2026-12-03", "*", "Vikram Rao", "main"}},
	}, {
		name:      "a verb of ending with a full date",
		published: "2026-11-23",
		text:      "Minister Vikram Rao wrapped up a three-day visit to Vientiane on November 22, 2026, where he attended a regional meeting.",
		ents:      ents,
		want:      []want{{"visit", "2026-11-20/2026-11-22", "*", "Vikram Rao", "main"}},
	}, {
		name:      "a trip told from the day it began keeps that start",
		published: "2026-12-01",
		text:      "Indian minister in Dhaka\n\nDhaka - Defence Minister Vikram Rao arrived on Monday for a three-day official visit to Bangladesh.",
		ents:      ents,
		want:      []want{{"visit", "2026-11-30/2026-12-02", "*", "Vikram Rao", "main"}},
	}})
}

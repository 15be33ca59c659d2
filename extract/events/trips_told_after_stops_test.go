package events

import "testing"

// TestTripsToldAfterStops covers a trip to a country told after a stop of
// it in the body: "Earlier, X visited the plant in Changwon. X is on a
// four-day visit to South Korea" are the stop and the trip, two visits;
// the trip is not the stop told again.
func TestTripsToldAfterStops(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a four-day visit told after a site visit in a city",
		published: "2027-11-12",
		text: "Defence Minister Kim Min-jun held talks with his Dutch counterpart Pieter de Vries in Seoul on Wednesday.\n\n" +
			"Earlier in the day, De Vries visited the Hanwha Ocean shipyard in Geoje.\n\n" +
			"The Dutch minister is on a three-day visit to South Korea that ends Friday.",
		ents: []ent{person("Kim Min-jun", "KR"), person("Pieter de Vries", "NL", "Pieter de Vries", "De Vries"),
			country("NL", "Dutch"), country("KR", "South Korea"), loc("Seoul"), loc("Geoje"), org("Hanwha Ocean")},
		want: []want{{"visit", "*", "Geoje", "Pieter de Vries", ""}, {"visit", "2027-11-10/2027-11-12", "*", "Pieter de Vries", ""}},
	}})
}

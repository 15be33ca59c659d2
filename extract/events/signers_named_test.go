package events

import (
	"testing"

	"attache"
)

// TestNamedSigners covers who signs an agreement in the shapes agencies
// use: the bodies that are the subject of the signing, the persons after
// its "by" (also when the pact is recalled), and those who only witness it
// or who did something else "by" the same sentence.
func TestNamedSigners(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a ministry and a shipbuilder as subject sign; the ministers after witnessed by do not",
		published: "2026-04-20",
		text:      "The Ministry of Defence and shipbuilder Arkon Marine signed a contract for two patrol ships on Monday, witnessed by Defence Minister Lena Ostrova and Deputy Minister Karl Dunn.",
		ents:      []ent{{attache.Organization, "Ministry of Defence", "MY", nil}, {attache.Organization, "Arkon Marine", "TR", nil}, person("Lena Ostrova", "MY"), person("Karl Dunn", "TR")},
		want: []want{
			{"agreement", "*", "*", "Ministry of Defence", ""},
			{"agreement", "*", "*", "Arkon Marine", ""},
		},
		not: []want{
			{"agreement", "*", "*", "Lena Ostrova", ""},
			{"agreement", "*", "*", "Karl Dunn", ""},
		},
	}, {
		name:      "the persons after by sign a pact recalled with its year",
		published: "2025-03-06",
		text: "The Government on Thursday approved a bill ratifying the defence cooperation agreement with Norway.\n\n" +
			"The agreement was signed in Oslo on November 13 last year by Defence Minister Ion Varga and Norwegian Defence Minister Per Lund.",
		ents: []ent{person("Ion Varga", "RO"), person("Per Lund", "NO"), country("NO", "Norway", "Norwegian"), loc("Oslo")},
		want: []want{
			{"agreement", "2024-11-13", "*", "Ion Varga", ""},
			{"agreement", "2024-11-13", "*", "Per Lund", ""},
		},
	}, {
		name:      "the persons as subject sign a pact recalled in the background",
		published: "2026-05-05",
		text: "Defence Minister Eva Horak met her Slovak counterpart Jan Kral in Prague on Monday.\n\n" +
			"Horak and Slovak Defence Minister Jan Kral signed the framework agreement in Bratislava in 2023.",
		ents: []ent{person("Eva Horak", "CZ"), person("Jan Kral", "SK"), country("SK", "Slovak"), loc("Prague"), loc("Bratislava")},
		want: []want{{"agreement", "2023", "*", "Jan Kral", ""}},
	}, {
		name:      "a visitor after by did not sign the pact signed during the visit",
		published: "2026-05-05",
		text: "Defence Minister Eva Horak met her Slovak counterpart Jan Kral in Prague on Monday.\n\n" +
			"The two countries signed a logistics agreement in 2021 during a visit to Prague by then Defence Minister Petr Vlk.",
		ents: []ent{person("Eva Horak", "CZ"), person("Jan Kral", "SK"), person("Petr Vlk", "SK"), country("SK", "Slovak"), loc("Prague")},
		not:  []want{{"agreement", "2021", "*", "Petr Vlk", ""}},
	}, {
		name:      "a body named before under a contract is no signatory",
		published: "2026-05-05",
		text:      "The frigates are built by Baltic Yards with technology from Nordwerft under a contract signed in March 2024.",
		ents:      []ent{org("Baltic Yards"), org("Nordwerft")},
		not:       []want{{"agreement", "*", "*", "Nordwerft", ""}},
	}})
}

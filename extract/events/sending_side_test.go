package events

import "testing"

// TestSendingSide covers the participants of a deployment: the sending
// state, its units and bodies; not the mission the troops serve, a news
// body of the dateline, nor a state none of the named actors serves; the
// official presiding over a send-off held the same day takes part.
func TestSendingSide(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the mission a unit serves is no participant",
		published: "2025-08-15",
		text:      "The Ghana Army on Thursday sent off the 5th Ghana Company to the ECOWAS Mission in Liberia.",
		ents:      []ent{orgOf("Ghana Army", "GH"), orgOf("5th Ghana Company", "GH"), org("ECOWAS Mission in Liberia"), country("LR", "Liberia")},
		want: []want{
			{"deployment", "2025-08-14", "*", "Ghana Army", ""},
			{"deployment", "2025-08-14", "*", "5th Ghana Company", ""},
		},
		not: []want{
			{"deployment", "*", "*", "ECOWAS Mission in Liberia", ""},
			{"deployment", "*", "*", "LR", ""},
		},
	}, {
		name:      "a body whose name starts with the UN's sends no one",
		published: "2025-03-02",
		text:      "The first Fijian contingent was deployed with the UN Observer Force in Sinai in 1982.",
		ents:      []ent{country("FJ", "Fijian"), org("UN Observer Force"), loc("Sinai")},
		want:      []want{{"deployment", "1982", "*", "FJ", ""}},
		not:       []want{{"deployment", "*", "*", "UN Observer Force", ""}},
	}, {
		name:      "a news agency of the dateline takes no part",
		published: "2025-05-10",
		text:      "ACCRA, May 9 (Ghana News Agency) - The Ghana Armed Forces deployed 120 engineers to Mali on Friday.",
		ents:      []ent{org("Ghana News Agency"), orgOf("Ghana Armed Forces", "GH"), country("ML", "Mali"), loc("Accra", "ACCRA")},
		want:      []want{{"deployment", "2025-05-09", "*", "Ghana Armed Forces", ""}},
		not:       []want{{"deployment", "*", "*", "Ghana News Agency", ""}},
	}, {
		name:      "the actors' state sends them, not the state they serve in",
		published: "2025-02-01",
		text:      "The Royal Air Force has deployed fighter jets to an air base in Romania since 2017.",
		ents:      []ent{orgOf("Royal Air Force", "GB"), country("RO", "Romania")},
		want:      []want{{"deployment", "2017", "*", "GB", ""}},
		not:       []want{{"deployment", "*", "*", "RO", ""}},
	}, {
		name:      "the official presiding over a same-day send-off",
		published: "2025-06-11",
		text: "The Ghana Armed Forces deployed 150 engineers to South Sudan on Tuesday.\n" +
			"The troops departed after a send-off ceremony presided over by Major General Kofi Mensah.",
		ents: []ent{person("Kofi Mensah", "GH"), orgOf("Ghana Armed Forces", "GH"), country("GH", "Ghanaian"), country("SS", "South Sudan")},
		want: []want{{"deployment", "2025-06-10", "*", "Kofi Mensah", ""}},
	}, {
		name:      "not the official of a send-off held on another day",
		published: "2025-06-11",
		text: "Major General Kofi Mensah presided over a send-off ceremony for Ghanaian engineers on June 2.\n" +
			"The Ghana Armed Forces deployed 150 engineers to South Sudan on Tuesday.",
		ents: []ent{person("Kofi Mensah", "GH"), orgOf("Ghana Armed Forces", "GH"), country("GH", "Ghanaian"), country("SS", "South Sudan")},
		want: []want{{"deployment", "2025-06-10", "*", "Ghana Armed Forces", ""}},
		not:  []want{{"deployment", "2025-06-10", "*", "Kofi Mensah", ""}},
	}})
}

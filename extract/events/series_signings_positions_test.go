package events

import "testing"

// TestSeriesSigningsPositions covers series of
// earlier events in one sentence, agreements with several partners, two
// signings in one sentence, anniversaries that are the occasion of another
// event, "the two ministers", positions on policy, venues named after
// exhibitions, horizon years. Names and places differ from the samples.
func TestSeriesSigningsPositions(t *testing.T) {
	tests := []classCase{{
		name:      "a series of earlier exercises in one sentence",
		published: "2024-05-10",
		text:      "The first joint exercise between the two navies was held in Busan in 2017 and the second in Subic Bay in 2019.",
		ents:      []ent{loc("Busan"), loc("Subic Bay"), country("KR", "Korea"), country("PH", "Philippines")},
		want: []want{
			{"exercise", "2017", "Busan", "-", "background"},
			{"exercise", "2019", "Subic Bay", "-", "background"},
		},
		count: 2,
	}, {
		name:      "similar pacts with two partners are two earlier agreements",
		published: "2024-02-20",
		text: "Germany and Lithuania signed a defence cooperation agreement in Vilnius on Monday.\n" +
			"It follows similar pacts with Poland and Norway.",
		ents: []ent{loc("Vilnius"), country("DE", "Germany"), country("LT", "Lithuania"), country("PL", "Poland"), country("NO", "Norway")},
		want: []want{
			{"agreement", "2024-02-19", "Vilnius", "LT", "main"},
			{"agreement", "", "", "PL", "background"},
			{"agreement", "", "", "NO", "background"},
		},
		count: 3,
	}, {
		name:      "two signings in one sentence are two agreements; a horizon year is no date",
		published: "2023-10-05",
		text: "Jakarta hosts Malaysian minister\n\n" +
			"On Wednesday, Sjafrie Sjamsoeddin and Khaled Nordin signed a joint vision statement towards 2035, and the two navies signed a memorandum of understanding on search and rescue.",
		ents: []ent{person("Sjafrie Sjamsoeddin", "ID"), person("Khaled Nordin", "MY"), country("ID", "Indonesia"), country("MY", "Malaysian")},
		want: []want{
			{"agreement", "2023-10-04", "*", "Khaled Nordin", ""},
			{"agreement", "2023-10-04", "*", "-", ""},
		},
		not: []want{{"agreement", "2035", "*", "-", ""}},
	}, {
		name:      "an anniversary marked by talks is no ceremony of its own",
		published: "2024-09-01",
		text:      "Admiral Ben Key held talks with General Nguyen Tan Cuong in Hanoi in May 2023, marking the 50th anniversary of diplomatic relations between the two countries.",
		ents:      []ent{person("Ben Key", "GB"), person("Nguyen Tan Cuong", "VN"), loc("Hanoi")},
		want:      []want{{"meeting", "2023-05", "Hanoi", "Nguyen Tan Cuong", ""}},
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}, {
		name:      "the two defence chiefs are the persons of the lead",
		published: "2024-03-08",
		text: "Defence Minister Andrew Little met Minister Teo Chee Hean in Wellington on Thursday.\n" +
			"In a joint statement, the two defence chiefs said the new arrangement would support a rules-based order.",
		ents: []ent{person("Andrew Little", "NZ"), person("Teo Chee Hean", "SG"), loc("Wellington")},
		want: []want{{"statement", "2024-03-07", "*", "Teo Chee Hean", "reported"}},
	}, {
		name:      "a stated foreign-policy position is a statement",
		published: "2024-08-29",
		text: "Defence Minister Gilberto Teodoro received his Thai counterpart Sutin Klungsang in Manila on Thursday.\n" +
			"Sutin said the visit was consistent with Thailand's independent foreign policy, which rules out joining any military alliance.",
		ents: []ent{person("Gilberto Teodoro", "PH"), person("Sutin Klungsang", "TH", "Sutin Klungsang", "Sutin"), loc("Manila"), country("TH", "Thai", "Thailand")},
		want: []want{{"statement", "*", "*", "Sutin Klungsang", "reported"}},
	}, {
		name:      "an exhibition centre is a venue; an arms forum is an expo",
		published: "2024-08-13",
		text: "The conference opened on Monday at the Tashkent congress and exhibition centre.\n" +
			"At the same forum, Uzbek defence companies are showing their latest weapons to foreign delegations.",
		ents: []ent{loc("Tashkent"), country("UZ", "Uzbek")},
		want: []want{{"exhibition", "*", "*", "UZ", ""}},
		not:  []want{{"conference", "2024", "*", "-", ""}},
	}, {
		name:      "the year of a headline names the event the lead tells",
		published: "2025-07-14",
		text: "Exercise Talisman Sabre 2025 begins in Queensland\n\n" +
			"Exercise Talisman Sabre 2025 got under way in Townsville on Sunday with forces from Australia and Canada.",
		ents:  []ent{loc("Queensland"), loc("Townsville"), country("AU", "Australia"), country("CA", "Canada")},
		want:  []want{{"exercise", "2025-07-13", "*", "CA", "main"}},
		count: 1,
	}, {
		name:      "an anniversary's actor is whose anniversary it is",
		published: "2024-12-20",
		text:      "The Defence Council congratulated the Royal Thai Navy on its 118th founding anniversary.",
		ents:      []ent{org("Defence Council"), org("Royal Thai Navy")},
		want:      []want{{"ceremony", "*", "*", "Royal Thai Navy", ""}},
		not:       []want{{"ceremony", "*", "*", "Defence Council", ""}},
	}}
	runClassCases(t, tests)
}

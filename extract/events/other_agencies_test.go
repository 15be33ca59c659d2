package events

import "testing"

// TestOtherAgencies covers the classes of errors found on articles from
// other agencies and countries (the sample corpus): each case is written
// afresh, with other names, so that a rule fitted to one text fails here.
func TestOtherAgencies(t *testing.T) {
	tests := []classCase{{
		name:      "headline event merges into the lead",
		published: "2024-03-02",
		text: "Malaysia, Turkey sign defence industry agreement in Ankara\n\n" +
			"Malaysian Defence Minister Mohamad Hasan and Turkish Defence Minister Yasar Guler signed a defence industry agreement in Ankara on Friday.",
		ents:  []ent{person("Mohamad Hasan", "MY"), person("Yasar Guler", "TR"), loc("Ankara"), country("MY", "Malaysia", "Malaysian"), country("TR", "Turkey", "Turkish")},
		want:  []want{{"agreement", "2024-03-01", "Ankara", "Mohamad Hasan", "main"}},
		count: 1,
	}, {
		name:      "numbered 2+2 dialogue across headline and lead; the previous one is background",
		published: "2023-09-12",
		text: "Australia and Korea hold fifth 2+2 talks in Seoul\n\n" +
			"Defence Minister Richard Marles met his counterpart Lee Jong-sup in Seoul on September 11 for the fifth Australia-Korea 2+2 Ministerial Meeting.\n" +
			"The previous 2+2 was held in Canberra in August 2021.",
		ents: []ent{person("Richard Marles", "AU"), person("Lee Jong-sup", "KR"), loc("Seoul"), loc("Canberra"),
			country("AU", "Australia"), country("KR", "Korea")},
		want: []want{
			{"dialogue", "2023-09-11", "*", "Richard Marles", "main"},
			{"dialogue", "2021-08", "Canberra", "-", "background"},
		},
	}, {
		name:      "a year that modifies another noun is not the event's date",
		published: "2024-06-01",
		text:      "The two ministers agreed Saturday to avoid a repeat of a 2019 naval incident, as Amit Shah and Kim Lee met on the sidelines of the forum.",
		ents:      []ent{person("Amit Shah", "IN"), person("Kim Lee", "KR")},
		want:      []want{{"meeting", "2024-06-01", "", "Kim Lee", "main"}},
	}, {
		name:      "video call; a date inside a since clause belongs to the earlier event",
		published: "2024-04-17",
		text:      "General Angus Campbell spoke by video teleconference on Tuesday with General Koji Yamazaki, the first talks between the two chiefs since Yamazaki took office in March.",
		ents:      []ent{person("Angus Campbell", "AU"), person("Koji Yamazaki", "JP", "Koji Yamazaki", "Yamazaki")},
		want: []want{
			{"meeting", "2024-04-16", "", "Koji Yamazaki", "main"},
			{"decision", "2024-03", "", "-", "background"},
		},
	}, {
		name:      "a purpose clause states no exercise and no deployment",
		published: "2024-07-08",
		text:      "Canada and the Philippines signed a status of visiting forces agreement on Monday that will make it easier for their forces to hold joint exercises and to deploy troops.",
		ents:      []ent{country("CA", "Canada"), country("PH", "Philippines")},
		want:      []want{{"agreement", "2024-07-08", "", "CA", "main"}},
		count:     1,
	}, {
		name:      "calls on different counterparts are different meetings",
		published: "2023-02-03",
		text: "Defence Secretary Grant Shapps held talks with Minister Rustam Umerov in Kyiv on Thursday.\n" +
			"He also paid a courtesy call on President Volodymyr Zelensky.",
		ents: []ent{person("Grant Shapps", "GB"), person("Rustam Umerov", "UA"), person("Volodymyr Zelensky", "UA"), loc("Kyiv")},
		want: []want{
			{"meeting", "2023-02-02", "Kyiv", "Rustam Umerov", "main"},
			{"meeting", "*", "*", "Volodymyr Zelensky", ""},
		},
		count: 2,
	}, {
		name:      "a named exercise",
		published: "2024-07-12",
		text:      "Exercise Red Flag Alaska began at Eielson Air Force Base on Friday with aircraft from Japan and Germany.",
		ents:      []ent{loc("Eielson Air Force Base"), country("JP", "Japan"), country("DE", "Germany")},
		want:      []want{{"exercise", "2024-07-12", "Eielson Air Force Base", "JP", "main"}},
	}, {
		name:      "a treaty recalled with its year",
		published: "2024-08-30",
		text: "New Zealand and Fiji signed a status of forces agreement in Suva on Thursday.\n\n" +
			"The new agreement builds on the Biketawa Declaration of 2000 and on a defence cooperation arrangement concluded in 2011.",
		ents: []ent{loc("Suva"), country("NZ", "New Zealand"), country("FJ", "Fiji")},
		want: []want{
			{"agreement", "2024-08-29", "Suva", "NZ", "main"},
			{"agreement", "2011", "", "-", "background"},
		},
	}, {
		name:      "the secretary refers back to the person last named",
		published: "2024-04-17",
		text: "Defence Minister Pat Conroy met Minister Teo Chee Hean in Singapore on Tuesday.\n" +
			"The minister also underscored the importance of freedom of navigation in the South China Sea.",
		ents: []ent{person("Pat Conroy", "AU"), person("Teo Chee Hean", "SG"), loc("Singapore")},
		want: []want{{"statement", "2024-04-16", "*", "Teo Chee Hean", "reported"}},
	}, {
		name:      "a ceremony's actors are who presides, not the states",
		published: "2022-06-08",
		text: "Thailand on Wednesday held a groundbreaking ceremony for a naval pier in Sattahip.\n" +
			"The ceremony was presided over by Defence Minister Prawit Wongsuwan.",
		ents:  []ent{person("Prawit Wongsuwan", "TH"), loc("Sattahip"), country("TH", "Thailand")},
		want:  []want{{"ceremony", "2022-06-08", "Sattahip", "Prawit Wongsuwan", "main"}},
		count: 1,
	}, {
		name:      "talks scheduled on a weekday after publication",
		published: "2024-06-01",
		text:      "Richard Marles and Gilberto Teodoro are set to hold trilateral talks with Lloyd Austin on Sunday.",
		ents:      []ent{person("Richard Marles", "AU"), person("Gilberto Teodoro", "PH"), person("Lloyd Austin", "US")},
		want:      []want{{"meeting", "2024-06-02", "", "Lloyd Austin", ""}},
	}}
	runClassCases(t, tests)
}

package events

import "testing"

// TestUndatedStoryYears covers reports with no publication date whose
// body states a year for another, earlier occurrence of the headline's
// kind ("the agreement signed in 2011", "last met in 2022"): the year
// recalls that occurrence and never dates the headline's own event,
// which stays undated.
func TestUndatedStoryYears(t *testing.T) {
	runClassCases(t, []classCase{{
		name: "a plan signed today is not the agreement reviewed from 2011",
		text: "Belarus, Uzbekistan sign military cooperation plan\n\nMINSK - Major General Ivan Rudko held talks with Major General Azim Karimov. The sides reviewed the agreement on military-technical cooperation signed in 2011.",
		ents: []ent{person("Ivan Rudko", "BY"), person("Azim Karimov", "UZ"), country("BY", "Belarus"), country("UZ", "Uzbekistan")},
		want: []want{{"agreement", "", "*", "-", "main"}, {"agreement", "2011", "*", "-", "background"}},
		not:  []want{{"agreement", "2011", "*", "-", "main"}, {"meeting", "2011", "*", "-", ""}},
	}, {
		name: "a pact that builds on an older one keeps no year of it",
		text: "Kenya, Uganda sign border security pact\n\nNAIROBI - Defence Secretary Amos Otieno and his Ugandan counterpart Grace Nabirye signed a border security pact. It builds on a memorandum on defence cooperation signed in 2013.",
		ents: []ent{person("Amos Otieno", "KE"), person("Grace Nabirye", "UG"), country("KE", "Kenya"), country("UG", "Uganda")},
		want: []want{{"agreement", "", "*", "-", "main"}, {"agreement", "2013", "*", "-", ""}},
		not:  []want{{"agreement", "2013", "*", "-", "main"}},
	}, {
		name: "talks told in the headline are not the ministers' last meeting years ago",
		text: "Kazakh, Kyrgyz defence ministers hold talks in Astana\n\nASTANA - Defence Minister Ruslan Zhaksylykov held talks with his Kyrgyz counterpart Baktybek Bekbolotov. The two ministers last met in Bishkek in 2022.",
		ents: []ent{person("Ruslan Zhaksylykov", "KZ"), person("Baktybek Bekbolotov", "KG"), loc("Astana"), loc("Bishkek"), country("KG", "Kyrgyz")},
		want: []want{{"meeting", "", "*", "Ruslan Zhaksylykov", "main"}},
		not:  []want{{"meeting", "2022", "*", "-", "main"}},
	}})
}

package events

import "testing"

// TestUnseenShapes covers sentence shapes that reports from agencies the
// rules were not tuned on write often: asides between commas, passive
// receptions and talks, defence fairs, homecomings, opening ceremonies of
// shows, occasions that frame a new event, next meetings of a series and
// documents recalled with what they are on.
func TestUnseenShapes(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an aside between commas does not make a return irrealis",
		published: "2026-01-06",
		text:      "A company of 180 Peruvian peacekeepers, including 14 women, returned home on Monday after a year with the UN mission in Lebanon.",
		ents:      []ent{country("PE", "Peruvian")},
		want:      []want{{"deployment", "2026-01-05", "*", "PE", ""}},
	}, {
		name:      "an open purpose clause still makes a deployment irrealis",
		published: "2026-01-06",
		text:      "The new law would allow Peru to deploy peacekeepers more quickly.",
		ents:      []ent{country("PE", "Peru")},
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}, {
		name:      "the guest as subject of a passive reception",
		published: "2026-03-12",
		text:      "The Chilean minister, who arrived on Tuesday, was also received by Defence Minister Ana Berg on Wednesday.",
		ents:      []ent{person("Ana Berg", "SE")},
		want:      []want{{"meeting", "2026-03-11", "*", "Ana Berg", ""}},
	}, {
		name:      "passive talks held between two parties",
		published: "2025-06-03",
		text:      "Talks were held between Colonel Ana Ruiz and General Tomas Berg in Lima on Monday.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Tomas Berg", "SE"), loc("Lima")},
		want:      []want{{"meeting", "2025-06-02", "Lima", "Tomas Berg", ""}},
	}, {
		name:      "conducted a series of meetings: one a counterpart",
		published: "2025-06-03",
		text:      "Defence Secretary Ravi Menon conducted a series of bilateral meetings with Minister Ali Khan and General Tomas Berg in Delhi on Monday.",
		ents:      []ent{person("Ravi Menon", "IN"), person("Ali Khan", "PK"), person("Tomas Berg", "SE"), loc("Delhi")},
		want: []want{
			{"meeting", "2025-06-02", "Delhi", "Ali Khan", ""},
			{"meeting", "2025-06-02", "Delhi", "Tomas Berg", ""},
		},
		count: 2,
	}, {
		name:      "counterparts between the verb and \"in separate meetings\"",
		published: "2027-02-16",
		text:      "On the sidelines of the show, Minister Omar Said received Italian Minister Luca Rossi and Indonesian Deputy Minister Budi Hartono in separate meetings on Monday.",
		ents:      []ent{person("Omar Said", "AE"), person("Luca Rossi", "IT"), person("Budi Hartono", "ID")},
		want: []want{
			{"meeting", "2027-02-15", "*", "Luca Rossi", ""},
			{"meeting", "2027-02-15", "*", "Budi Hartono", ""},
		},
		count: 2,
	}, {
		name:      "a named standing committee meets: a dialogue",
		published: "2025-11-20",
		text:      "Minister Omar Said said the two countries would hold the Regional Border Committee meeting in Songkhla next February.",
		ents:      []ent{person("Omar Said", "MY"), org("Regional Border Committee"), loc("Songkhla")},
		want:      []want{{"dialogue", "2026-02", "Songkhla", "-", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "a defence fair is an exhibition",
		published: "2025-04-02",
		text:      "The biggest defence and security fair of the region is being held in Lima from April 1 to 4 with 500 exhibitors.",
		ents:      []ent{loc("Lima")},
		want:      []want{{"exhibition", "2025-04-01/2025-04-04", "Lima", "-", ""}},
	}, {
		name:      "a fair of another trade is no exhibition",
		published: "2025-04-02",
		text:      "The book fair opened in Lima on Tuesday.",
		ents:      []ent{loc("Lima")},
		not:       []want{{"exhibition", "*", "*", "-", ""}},
	}, {
		name:      "a named guest opening a show: the show and its opening ceremony",
		published: "2026-09-16",
		text:      "Vice President Ana Ruiz today opened the 9th Andes Defence Exhibition in Lima, with 300 exhibitors from 30 countries.",
		ents:      []ent{person("Ana Ruiz", "PE"), loc("Lima")},
		want: []want{
			{"exhibition", "2026-09-16", "Lima", "-", ""},
			{"ceremony", "2026-09-16", "Lima", "Ana Ruiz", ""},
		},
	}, {
		name:      "a show that opens by itself has no opening ceremony",
		published: "2026-09-16",
		text:      "The Andes Defence Exhibition, which opened on Tuesday, has drawn 300 exhibitors.",
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}, {
		name:      "a homecoming: troops received back after their tour",
		published: "2025-10-08",
		text:      "The Ghana Army on Tuesday received 150 soldiers of its contingent back from the UN mission in Mali after a 12-month tour of duty.",
		ents:      []ent{org("Ghana Army")},
		want: []want{
			{"ceremony", "2025-10-07", "*", "Ghana Army", ""},
			{"deployment", "2025-10-07", "*", "-", ""},
		},
	}, {
		name:      "an occasion in an opening phrase frames a new call",
		published: "2026-02-17",
		text: "Secretary Ravi Menon and Undersecretary Ana Cruz co-chaired the sixth meeting of the Joint Defence Committee in Manila on February 17.\n\n" +
			"On the sidelines of the meeting, the Secretary called on Defence Minister Jose Reyes.",
		ents: []ent{person("Ravi Menon", "IN"), person("Ana Cruz", "PH"), person("Jose Reyes", "PH"), org("Joint Defence Committee"), loc("Manila")},
		want: []want{
			{"dialogue", "2026-02-17", "Manila", "Ravi Menon", ""},
			{"meeting", "2026-02-17", "*", "Jose Reyes", ""},
		},
	}, {
		name:      "the next meeting of a series is not the talks told before",
		published: "2025-06-24",
		text: "The defence chiefs of Norway and Sweden agreed on Tuesday to expand cooperation in the defence industry.\n\n" +
			"Defence Minister Jan Holm held talks with Minister Ana Berg in Oslo, the ministry said.\n\n" +
			"The two ministers agreed to hold their next meeting in Stockholm next year.",
		ents: []ent{person("Jan Holm", "NO"), person("Ana Berg", "SE"), loc("Oslo"), loc("Stockholm")},
		want: []want{
			{"meeting", "*", "Oslo", "Ana Berg", ""},
			{"meeting", "2026", "Stockholm", "-", ""},
		},
		not: []want{{"meeting", "2026", "Oslo", "-", ""}},
	}, {
		name:      "a document recalled with what it is on, then its signing",
		published: "2026-02-17",
		text:      "The committee was set up under the memorandum of understanding on defence cooperation signed between the two countries in 2006.",
		want:      []want{{"agreement", "2006", "*", "-", "background"}},
	}, {
		name:      "a signed cooperation programme",
		published: "2026-02-17",
		text:      "At the end of the talks, General Omar Said and Admiral Luca Rossi signed the military cooperation programme for the current year.",
		ents:      []ent{person("Omar Said", "DZ"), person("Luca Rossi", "IT")},
		want:      []want{{"agreement", "*", "*", "Luca Rossi", ""}},
	}})
}

package events

import "testing"

// TestPlaceConvention covers the place convention written at the head of
// place.go: the most specific place the event's own clause gives, a
// body's seat after "at" standing for its city, no place borrowed from another
// clause, another day or the dateline when the event happens elsewhere or
// nowhere.
func TestPlaceConvention(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a body's seat after 'at' is no place: the dateline's city places the reception",
		published: "2025-06-12",
		text:      "OSTRAVA, June 12 - At a reception at the General Command on Thursday for General Jan Wrona, General Ivo Marek praised the cooperation of the two armies.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("OSTRAVA"), org("General Command")},
		want:      []want{{"meeting", "2025-06-12", "OSTRAVA", "Jan Wrona", "main"}},
		not:       []want{{"meeting", "*", "General Command", "-", ""}},
	}, {
		name:      "a body's seat with no city after it and no dateline gives no place: organisations are not places",
		published: "2025-06-12",
		text:      "General Ivo Marek received General Jan Wrona at the Ministry of Defence on Tuesday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), org("Ministry of Defence")},
		want:      []want{{"meeting", "2025-06-10", "", "Jan Wrona", "main"}},
		not:       []want{{"meeting", "*", "Ministry of Defence", "-", ""}},
	}, {
		name:      "'in the capital' before a city's name introduces the place",
		published: "2025-06-12",
		text:      "Defence Minister Ivo Marek received his counterpart Jan Wrona in the capital Prague on Wednesday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Prague")},
		want:      []want{{"meeting", "2025-06-11", "Prague", "Jan Wrona", "main"}},
	}, {
		name:      "a drill at sea 'off' a coast is placed at that coast",
		published: "2025-06-12",
		text:      "Before leaving on Sunday, the Ruritanian Navy and the Polish Navy will conduct a passing exercise off Gdynia.",
		ents:      []ent{org("Ruritanian Navy"), org("Polish Navy"), loc("Gdynia")},
		want:      []want{{"exercise", "*", "Gdynia", "-", ""}},
	}, {
		name:      "'in the province of' before a name introduces the place",
		published: "2025-06-12",
		text:      "The two armies will carry out a combined humanitarian assistance exercise in the province of Zarumilla next March.",
		ents:      []ent{loc("Zarumilla")},
		want:      []want{{"exercise", "*", "Zarumilla", "-", ""}},
	}, {
		name:      "a recalled signing takes the place of the occasion it happened during",
		published: "2025-06-12",
		text:      "Poland and Ruritania signed an agreement on the transfer of defence equipment in 2021 during a visit to Warsaw by then Defence Minister Ivo Marek.",
		ents:      []ent{country("PL", "Poland"), country("RU", "Ruritania"), loc("Warsaw"), person("Ivo Marek", "RU")},
		want:      []want{{"agreement", "2021", "Warsaw", "PL", ""}},
	}, {
		name:      "a 'during' phrase of another thing's clause does not place the event",
		published: "2025-06-12",
		text:      "They reviewed the letter of intent signed in 2009 and the partnership that the two countries established during a visit to Warsaw in 2024.",
		ents:      []ent{loc("Warsaw")},
		not:       []want{{"agreement", "2009", "Warsaw", "-", ""}},
	}, {
		name:      "troops sent to a country 'where' they serve in a city go to that city, also when the headline names the country",
		published: "2025-09-10",
		text: "Ruritanian battalion leaves for South Sudan\n\n" +
			"A battalion of 850 peacekeepers of the Ruritanian Army left Kigali International Airport on Tuesday for South Sudan, where it will serve under the United Nations Mission in South Sudan in Juba.",
		ents: []ent{org("Ruritanian Army"), country("SS", "South Sudan"), loc("Kigali International Airport"), loc("Juba"),
			org("United Nations Mission in South Sudan")},
		want: []want{{"deployment", "2025-09-09", "Juba", "Ruritanian Army", ""}},
		not:  []want{{"deployment", "*", "SS", "-", ""}},
	}, {
		name:      "troops seen off after their departure is told are seen off where they left from",
		published: "2025-09-10",
		text: "A battalion of 850 peacekeepers of the Ruritanian Army left Kigali International Airport on Tuesday for South Sudan.\n\n" +
			"The troops were seen off by the Chief of Staff of the Land Forces, Major General Ivo Marek, who urged them to protect civilians.",
		ents: []ent{org("Ruritanian Army"), country("SS", "South Sudan"), loc("Kigali International Airport"), person("Ivo Marek", "RW")},
		want: []want{{"ceremony", "*", "Kigali International Airport", "Ivo Marek", ""}},
	}, {
		name:      "'at the X headquarters' is the body's seat: the dateline's city",
		published: "2026-03-14",
		text: "MANILA - The 16th contingent of Ruritanian peacekeepers left on Friday for Port-au-Prince.\n\n" +
			"On Wednesday, Colonel Jan Wrona paid an exit call on Vice Admiral Ivo Marek at the Ruritanian Navy headquarters.",
		ents: []ent{loc("MANILA"), org("Ruritanian Navy"), loc("Port-au-Prince"), person("Jan Wrona", "PH"), person("Ivo Marek", "PH")},
		want: []want{{"meeting", "2026-03-11", "MANILA", "Ivo Marek", ""}},
	}, {
		name:      "a call told in a story of troops sent abroad does not take their destination",
		published: "2026-03-14",
		text: "MANILA - The 16th contingent of Ruritanian peacekeepers left on Friday for Port-au-Prince.\n\n" +
			"On Wednesday, Colonel Jan Wrona paid an exit call on Vice Admiral Ivo Marek.",
		ents: []ent{loc("MANILA"), loc("Port-au-Prince"), person("Jan Wrona", "PH"), person("Ivo Marek", "PH")},
		not:  []want{{"meeting", "*", "Port-au-Prince", "-", ""}},
	}, {
		name:      "a seat's bracketed acronym does not hide the site it stands in",
		published: "2025-04-14",
		text:      "Ana Castro and Tomas Ilves signed the pact at the Department of National Defence (DND) headquarters in Camp Vitoria on Monday.",
		ents:      []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), org("Department of National Defence", "DND"), loc("Camp Vitoria")},
		want:      []want{{"agreement", "2025-04-14", "Camp Vitoria", "Ana Castro", "main"}},
	}, {
		name:      "a place in a clause closed before the trigger gives way to the trigger's own",
		published: "2025-08-14",
		text:      "PRAGUE - The delegation of General Jan Wrona had arrived in Brno on 12 August, and on 13 August it held talks with General Ivo Marek at the Office of the Chief of Staff.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("PRAGUE"), loc("Brno"), org("Office of the Chief of Staff")},
		want:      []want{{"meeting", "2025-08-13", "PRAGUE", "Ivo Marek", ""}},
		not:       []want{{"meeting", "*", "Brno", "-", ""}},
	}, {
		name:      "a venue in a sentence of another day does not place the main event",
		published: "2025-12-10",
		text: "OSTRAVA, Dec 10 - Minister Ivo Marek on Tuesday welcomed home 190 members of the Ruritanian Battalion at the Zorn air base.\n\n" +
			"On Friday, President Jan Wrona handed the national flag to the relief contingent at the Army Command.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "CZ"), loc("OSTRAVA"), loc("Zorn air base"), org("Army Command"), org("Ruritanian Battalion")},
		not:  []want{{"ceremony", "2025-12-09", "Army Command", "-", ""}},
	}, {
		name:      "a dateline in plain case with the agency in brackets places the lead",
		published: "2025-03-04",
		text:      "Ostrava (CTK) - Defence Minister Ivo Marek held talks with his Polish counterpart Jan Wrona on Tuesday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Ostrava")},
		want:      []want{{"meeting", "2025-03-04", "Ostrava", "Jan Wrona", "main"}},
	}, {
		name:      "a first clause that merely opens on a place is no dateline",
		published: "2025-03-04",
		text:      "Ostrava and Brno will host the exercise next year, Defence Minister Ivo Marek told Jan Wrona at their meeting on Tuesday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Ostrava"), loc("Brno")},
		not:       []want{{"meeting", "*", "Ostrava", "-", ""}},
	}, {
		name:      "a unit coming home lands where its clause says, not in its mission's country",
		published: "2025-04-10",
		text: "The first group of the 16th rotation of Ruritania's battalion serving with the United Nations Mission in South Sudan (UNMISS) returned home on April 9, landing at Zorn International Airport.\n\n" +
			"The 215 returning peacekeepers were welcomed at a ceremony attended by Minister of Defence Ivo Marek.",
		ents: []ent{person("Ivo Marek", "CZ"), org("United Nations Mission in South Sudan", "UNMISS"), country("SS", "South Sudan"), loc("Zorn International Airport")},
		want: []want{
			{"deployment", "2025-04-09", "Zorn International Airport", "-", "main"},
			{"ceremony", "2025-04-09", "Zorn International Airport", "Ivo Marek", ""},
		},
		not: []want{{"deployment", "*", "SS", "-", ""}},
	}, {
		name:      "the mission area a unit served in is no place of its homecoming",
		published: "2025-05-07",
		text:      "A contingent of 142 Ruritanian personnel who served with the UN force on the Golan Heights returned home last night on a chartered flight to Zorn International Airport.",
		ents:      []ent{loc("Golan Heights"), loc("Zorn International Airport")},
		not:       []want{{"deployment", "*", "Golan Heights", "-", ""}},
	}, {
		name:      "talks held via video link have no place",
		published: "2025-11-26",
		text:      "LISBON - Ana Castro and Tomas Ilves co-chaired the fifth Portugal-Estonia defence policy dialogue via video conference on Wednesday.",
		ents:      []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), loc("LISBON")},
		want:      []want{{"dialogue", "2025-11-26", "", "Ana Castro", "main"}},
	}, {
		name:      "a statement told to reporters takes no place from the talks",
		published: "2025-04-14",
		text: "Ana Castro and Tomas Ilves held talks at the Palacio Foz Hotel in Lisbon on Monday.\n\n" +
			"\"Disputes must be settled under international law,\" Ilves told reporters.",
		ents: []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), loc("Palacio Foz Hotel"), loc("Lisbon")},
		want: []want{{"statement", "*", "", "-", ""}},
		not:  []want{{"statement", "*", "Palacio Foz Hotel", "-", ""}},
	}, {
		name:      "a statement in a speech at the talks keeps their place",
		published: "2025-04-14",
		text: "Ana Castro and Tomas Ilves held talks at the Palacio Foz Hotel in Lisbon on Monday.\n\n" +
			"In his speech, Ilves said disputes must be settled under international law.",
		ents: []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), loc("Palacio Foz Hotel"), loc("Lisbon")},
		want: []want{{"statement", "*", "Palacio Foz Hotel", "-", ""}},
	}, {
		name:      "a ship welcomed after it docked is welcomed at the pier it docked at",
		published: "2025-03-12",
		text: "MANILA - The Ruritanian Navy frigate Vala arrived at Pier 13 in South Harbor, Manila on Tuesday for a six-day port call.\n\n" +
			"The ship was welcomed by Commodore Ivo Marek of the Philippine Navy.",
		ents: []ent{person("Ivo Marek", "PH"), org("Ruritanian Navy"), org("Philippine Navy"), loc("Pier 13"), loc("South Harbor"), loc("Manila"), loc("MANILA")},
		want: []want{{"ceremony", "*", "Pier 13", "Ivo Marek", ""}},
	}, {
		name:      "an anniversary marked in a clause of the talks takes no place from them",
		published: "2025-05-20",
		text: "Minister Ivo Marek received Jan Wrona at the Tarvo Garrison on Tuesday.\n\n" +
			"During the call, the two ministers praised relations between the two countries, which mark the 40th anniversary of diplomatic ties next year.",
		ents: []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Tarvo Garrison")},
		want: []want{{"meeting", "*", "Tarvo Garrison", "Jan Wrona", ""}},
		not:  []want{{"ceremony", "*", "Tarvo Garrison", "-", ""}},
	}, {
		name:      "an anniversary its sentence places keeps the place",
		published: "2025-04-20",
		text:      "The 75th anniversary celebrations of the Ruritanian Navy will be held in Qingdao on Tuesday.",
		ents:      []ent{loc("Qingdao"), org("Ruritanian Navy")},
		want:      []want{{"ceremony", "*", "Qingdao", "-", ""}},
	}, {
		name:      "a place in a clause on another thing ('of which') is not the talks'",
		published: "2025-06-10",
		text:      "During their talks at the Tarvo Garrison on Tuesday, Ivo Marek and Jan Wrona discussed the Steel Bridge exercise, the next edition of which is to be held in Brno later this year.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Tarvo Garrison"), loc("Brno")},
		not:       []want{{"meeting", "*", "Brno", "-", ""}},
	}, {
		name:      "a venue in an agreement's subject is what it is about, not where it was signed",
		published: "2025-06-10",
		text:      "Ivo Marek and Jan Wrona signed a protocol on the training of Polish cadets at the National Defence University in Brno on Tuesday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), org("National Defence University"), loc("Brno")},
		not: []want{
			{"agreement", "*", "National Defence University", "-", ""},
			{"agreement", "*", "Brno", "-", ""},
		},
	}, {
		name:      "a venue after a tie ends the subject: the signing is held there",
		published: "2026-05-14",
		text:      "Ruritania and Egypt on Wednesday signed a memorandum of understanding on defence industry cooperation at Ship House, the headquarters of the ministry.",
		ents:      []ent{loc("Ship House")},
		want:      []want{{"agreement", "*", "Ship House", "-", ""}},
	}, {
		name:      "a venue after relations, in a signing told by its documents",
		published: "2026-03-02",
		text:      "Ivo Marek and Jan Wrona signed a plan on military relations at the Tarvo Garrison on Monday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Tarvo Garrison")},
		want:      []want{{"agreement", "2026-03-02", "Tarvo Garrison", "Ivo Marek", ""}},
	}, {
		name:      "an agreement on a subject signed in a city is placed there",
		published: "2025-06-10",
		text:      "The two countries signed a memorandum of understanding on military cooperation in Rome in 2021.",
		ents:      []ent{loc("Rome")},
		want:      []want{{"agreement", "2021", "Rome", "-", ""}},
	}, {
		name:      "ships arriving in a country's port of a city visit the city",
		published: "2025-10-27",
		text:      "A detachment of warships of the Ruritanian Navy has arrived in the Indonesian port of Surabaya for a four-day visit.",
		ents:      []ent{org("Ruritanian Navy"), country("ID", "Indonesian"), loc("Surabaya")},
		want:      []want{{"visit", "*", "Surabaya", "-", ""}},
		not:       []want{{"visit", "*", "ID", "-", ""}},
	}, {
		name:      "a guest who is in a city on a visit visits that city, not the body that reports it",
		published: "2025-06-12",
		text:      "Ivo Marek held talks with Jan Wrona, who is in Prague on an official visit, the Defence Ministry reported.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Prague"), org("Defence Ministry")},
		want:      []want{{"visit", "*", "Prague", "Jan Wrona", ""}},
	}, {
		name:      "a country's adjective without an article names what is done, not where",
		published: "2025-06-23",
		text:      "Portugal and Spain on Monday signed two arrangements at the Palacio Foz Hotel, setting out how Portuguese forces will train in Spanish airspace and waters.",
		ents:      []ent{country("PT", "Portugal", "Portuguese"), country("ES", "Spain", "Spanish"), loc("Palacio Foz Hotel")},
		not:       []want{{"agreement", "*", "ES", "-", ""}},
	}, {
		name:      "a country's adjective after 'the' places the event in that country",
		published: "2025-06-23",
		text:      "The armies of Portugal and Spain will hold the joint exercise Iron Gate in the Spanish desert later this year.",
		ents:      []ent{country("PT", "Portugal", "Portuguese"), country("ES", "Spain", "Spanish")},
		want:      []want{{"exercise", "*", "ES", "-", ""}},
	}, {
		name:      "a forum named for a city the article names is held there",
		published: "2025-09-10",
		text:      "Ivo Marek and Jan Wrona held talks in central Prague, a day after Wrona attended the opening session of the Prague Defence Dialogue, an annual security forum hosted by the ministry.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), loc("Prague"), org("Prague Defence Dialogue")},
		want:      []want{{"conference", "*", "Prague", "Prague Defence Dialogue", ""}},
	}, {
		name:      "a send-off told with the departure is held where the troops left from; the unit goes where it will be based",
		published: "2025-02-03",
		text: "SEOUL - A new rotation of the Ruritanian engineering unit left for South Sudan on Monday.\n\n" +
			"The unit departed from Incheon International Airport after a send-off ceremony presided over by General Ivo Marek.\n\n" +
			"The unit will be stationed in Bor for about eight months.",
		ents: []ent{person("Ivo Marek", "KR"), country("SS", "South Sudan"), loc("Incheon International Airport"), loc("Bor"), loc("SEOUL")},
		want: []want{
			{"ceremony", "*", "Incheon International Airport", "Ivo Marek", ""},
			{"deployment", "2025-02-03", "Bor", "-", "main"},
		},
	}, {
		name:      "troops seen off at a venue at home are sent to the country they leave for",
		published: "2025-10-14",
		text:      "The 17th Ruritanian Force Protection Company will leave for Lebanon after a send-off at the Army Headquarters on Monday.",
		ents:      []ent{org("17th Ruritanian Force Protection Company"), country("LB", "Lebanon"), org("Army Headquarters")},
		not:       []want{{"deployment", "*", "Army Headquarters", "-", ""}},
	}})
}

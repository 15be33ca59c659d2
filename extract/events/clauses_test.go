package events

import (
	"testing"

	"attache"
)

// classCase is one invented sentence (or short text) of a rule class with
// the events it must and must not yield.
type classCase struct {
	name, text, published string
	ents                  []ent
	want                  []want
	not                   []want   // events that must not be found
	count                 int      // expected number of events, 0 = not checked
	people                []titled // persons with their rank and titles, besides ents
}

// runClassCases detects the events of each case and checks them.
func runClassCases(t *testing.T, cases []classCase) {
	t.Helper()
	d := mustDetector(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			x := buildTitled(tt.text, tt.ents, tt.people)
			d.Detect(tt.text, tt.published, x)
			for _, w := range tt.want {
				if !found(x.Events, w) {
					t.Errorf("missing %v; got:%s", w, show(x.Events))
				}
			}
			for _, w := range tt.not {
				if found(x.Events, w) {
					t.Errorf("unexpected %v; got:%s", w, show(x.Events))
				}
			}
			if tt.count > 0 && len(x.Events) != tt.count {
				t.Errorf("got %d events, want %d:%s", len(x.Events), tt.count, show(x.Events))
			}
		})
	}
}

// TestClauseOwnership covers dates that belong to the trigger whose clause
// holds them: a date inside a relative clause opened after another trigger
// dates that trigger's event only.
func TestClauseOwnership(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a date in a relative clause dates the signing, not the meeting",
		published: "2025-05-14",
		text:      "Ana Castro and Tomas Ilves held a meeting in Lisbon, which reviewed the logistics agreement signed in Tallinn in March 2022.",
		ents:      []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), loc("Lisbon"), loc("Tallinn")},
		want: []want{
			{"meeting", "2025", "Lisbon", "Ana Castro", "main"},
			{"agreement", "2022-03", "Tallinn", "-", ""},
		},
		not: []want{{"meeting", "2022-03", "*", "-", ""}},
	}})
}

// TestMechanismsStatementsCalls covers co-chaired and numbered standing
// mechanisms (dialogues with both co-chairs and both states), positions
// agreed or opposed by "the parties" or "the ministers", and phone calls,
// which have no place.
func TestMechanismsStatementsCalls(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "co-chairs of a numbered commission meeting make a dialogue of two states",
		published: "2025-03-06",
		text:      "Deputy Minister Lars Holm of Norway and his Polish counterpart Jan Wrona co-chaired the 4th meeting of the Joint Commission on Defence Logistics in Oslo on Wednesday, the two countries said.",
		ents:      []ent{person("Lars Holm", "NO"), person("Jan Wrona", "PL"), country("NO", "Norway"), country("PL", "Polish"), loc("Oslo")},
		want: []want{
			{"dialogue", "2025-03-05", "Oslo", "Jan Wrona", "main"},
			{"dialogue", "2025-03-05", "Oslo", "NO", "main"},
			{"dialogue", "2025-03-05", "Oslo", "PL", "main"},
		},
	}, {
		name:      "a numbered round of consultations is a dialogue",
		published: "2024-10-02",
		text:      "Kazakhstan and Mongolia held the third round of military consultations in Astana on Tuesday.",
		ents:      []ent{country("KZ", "Kazakhstan"), country("MN", "Mongolia"), loc("Astana")},
		want:      []want{{"dialogue", "2024-10-01", "Astana", "MN", "main"}},
	}, {
		name:      "the parties agreed that disputes be settled peacefully: a statement of both",
		published: "2024-10-02",
		text: "Kazakhstan and Mongolia held defence talks in Astana on Tuesday.\n\n" +
			"The parties agreed that border disputes should be settled through negotiation.",
		ents: []ent{country("KZ", "Kazakhstan"), country("MN", "Mongolia"), loc("Astana")},
		want: []want{{"statement", "2024-10-01", "*", "KZ", "reported"}},
	}, {
		name:      "the ministers expressed opposition: a statement of the persons of the lead",
		published: "2025-01-15",
		text: "Defence Minister Pal Sandor met his counterpart Ivo Raic in Budapest on Tuesday.\n\n" +
			"In a joint statement, the ministers expressed strong opposition to any attempt to redraw borders by force.",
		ents: []ent{person("Pal Sandor", "HU"), person("Ivo Raic", "HR"), loc("Budapest")},
		want: []want{{"statement", "2025-01-14", "*", "Ivo Raic", "reported"}},
	}, {
		name:      "a phone call has no place, not even the dateline",
		published: "2025-02-12",
		text:      "OSLO -- Norwegian Defence Minister Lars Holm and his Swedish counterpart Erik Lund held phone talks on Tuesday about air defence.",
		ents:      []ent{loc("Oslo", "OSLO"), person("Lars Holm", "NO"), person("Erik Lund", "SE")},
		want:      []want{{"meeting", "2025-02-11", "", "Erik Lund", "main"}},
		not:       []want{{"meeting", "*", "Oslo", "-", ""}},
	}})
}

// TestSeparateMeetings covers "held separate meetings with A, B and C":
// one meeting per counterpart, a country standing for its named minister.
func TestSeparateMeetings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "separate meetings with three countries are three meetings",
		published: "2025-06-01",
		text: "Defence Minister Karin Berg held separate bilateral meetings with her counterparts from Estonia, Latvia and Lithuania in Riga on Saturday.\n\n" +
			"With Mr Pevkur, Ms Berg discussed air defence. Ms Berg and Mr Kalnins reviewed naval training.",
		ents: []ent{person("Karin Berg", "SE", "Karin Berg", "Berg"), person("Hanno Pevkur", "EE", "Hanno Pevkur", "Pevkur"),
			person("Ivo Kalnins", "LV", "Ivo Kalnins", "Kalnins"), country("EE", "Estonia"), country("LV", "Latvia"), country("LT", "Lithuania"), loc("Riga")},
		want: []want{
			{"meeting", "2025-05-31", "Riga", "Hanno Pevkur", "main"},
			{"meeting", "2025-05-31", "Riga", "Ivo Kalnins", "main"},
			{"meeting", "2025-05-31", "Riga", "LT", "main"},
		},
		count: 3,
	}, {
		name:      "bilateral meetings with several persons are one meeting each",
		published: "2025-06-01",
		text:      "General Ola Berg held bilateral meetings with General Ivo Kalnins of Latvia and Admiral Jurgen Tamm of Estonia in Riga on Saturday.",
		ents: []ent{person("Ola Berg", "NO"), person("Ivo Kalnins", "LV"), person("Jurgen Tamm", "EE"),
			country("LV", "Latvia"), country("EE", "Estonia"), loc("Riga")},
		want: []want{
			{"meeting", "2025-05-31", "Riga", "Ivo Kalnins", "main"},
			{"meeting", "2025-05-31", "Riga", "Jurgen Tamm", "main"},
		},
		count: 2,
	}})
}

// TestRelativeAnchorsAndRecalls covers dates told relative to the event
// before ("earlier the same day", "the previous day"), which never borrow
// the date of a recalled event, and events recalled as background
// ("recalled the visit to X by Y in April").
func TestRelativeAnchorsAndRecalls(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the previous day is the day before the event told",
		published: "2025-09-18",
		text: "General Omar Haddad received General Piet Kruger in Rabat on Wednesday.\n\n" +
			"Kruger had arrived in Morocco the previous day and laid a wreath at the Martyrs Monument.",
		ents: []ent{person("Omar Haddad", "MA"), person("Piet Kruger", "ZA", "Piet Kruger", "Kruger"), loc("Rabat"), country("MA", "Morocco"), loc("Martyrs Monument")},
		want: []want{
			{"meeting", "2025-09-17", "Rabat", "Piet Kruger", "main"},
			{"ceremony", "2025-09-16", "Martyrs Monument", "Piet Kruger", ""},
		},
	}, {
		name: "earlier the same day, with the story undated, borrows no recalled date",
		text: "General Omar Haddad received General Piet Kruger in Rabat.\n\n" +
			"Kruger recalled the joint exercise African Lion, which Morocco hosted in May 2024.\n\n" +
			"Earlier the same day, Kruger held talks with Admiral Idris Fassi.",
		ents: []ent{person("Omar Haddad", "MA"), person("Piet Kruger", "ZA", "Piet Kruger", "Kruger"), person("Idris Fassi", "MA"), loc("Rabat"), country("MA", "Morocco")},
		want: []want{
			{"exercise", "2024-05", "*", "-", "background"},
			{"meeting", "", "*", "Idris Fassi", ""},
		},
		not: []want{{"meeting", "2024-05", "*", "-", ""}},
	}, {
		name:      "a visit recalled is a background visit to its destination",
		published: "2025-06-05",
		text: "Defence Minister Ana Castro met her Chilean counterpart Luis Soto in Lisbon on Thursday.\n\n" +
			"Castro recalled the visit to Santiago by the Portuguese army chief, General Rui Matos, in April.",
		ents: []ent{person("Ana Castro", "PT", "Ana Castro", "Castro"), person("Luis Soto", "CL"), person("Rui Matos", "PT"), loc("Lisbon"), loc("Santiago"), country("CL", "Chilean")},
		want: []want{{"visit", "2025-04", "Santiago", "Rui Matos", "background"}},
	}})
}

// TestReceptionsAndDelegations covers receptions whose host is the
// subject of a later clause, and a country's delegation standing for the
// person of that country who heads it.
func TestReceptionsAndDelegations(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a reception for a guest with the host in the main clause",
		published: "2025-05-06",
		text:      "At a reception in Jakarta on May 4 for Colonel Arif Rahman, chairman of the veterans council and head of the naval academy, Minister Budi Santoso praised the cooperation.",
		ents:      []ent{person("Arif Rahman", "MY"), person("Budi Santoso", "ID"), loc("Jakarta")},
		want: []want{
			{"meeting", "2025-05-04", "Jakarta", "Arif Rahman", "main"},
			{"meeting", "2025-05-04", "Jakarta", "Budi Santoso", "main"},
		},
	}, {
		name:      "the Thai delegation is its head, named elsewhere",
		published: "2025-05-06",
		text: "General Somchai Wong leads a military delegation to Vietnam this week.\n\n" +
			"The Thai delegation arrived in Hanoi on Monday.",
		ents: []ent{person("Somchai Wong", "TH"), country("TH", "Thai"), country("VN", "Vietnam"), loc("Hanoi")},
		// "leads a delegation to Vietnam" is itself the trip (this week, to
		// Vietnam) that the arrival retells: its head is the visitor
		want: []want{{"visit", "*", "*", "Somchai Wong", ""}},
	}})
}

// TestVenues covers places where the event happened: a body named for a
// building or site after "at" is the venue (and no participant), and a
// country inside an organisation's name ("the UN Interim Force in
// Lebanon") is no place.
func TestVenues(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the training school of a send-off is its place; the mission's country is not",
		published: "2025-05-21",
		text: "General Sok Dara on Tuesday presided over a send-off ceremony for 150 Cambodian peacekeepers who will serve with the United Nations Interim Force in Lebanon (UNIFIL).\n\n" +
			"The ceremony was held at the Training School for Peacekeeping Forces in Kampong Speu province.",
		ents: []ent{person("Sok Dara", "KH"), country("KH", "Cambodian"), org("United Nations Interim Force in Lebanon", "United Nations Interim Force in Lebanon", "UNIFIL"),
			country("LB", "Lebanon"), org("Training School for Peacekeeping Forces"), loc("Kampong Speu")},
		want: []want{{"ceremony", "2025-05-20", "Training School for Peacekeeping Forces", "Sok Dara", "main"}},
		not: []want{
			{"ceremony", "*", "LB", "-", ""},
			{"ceremony", "*", "*", "Training School for Peacekeeping Forces", ""},
		},
	}, {
		name:      "a ministry after at is no place: the reception is in the city after it",
		published: "2025-03-04",
		text:      "Defence Minister Ivo Marek received Colonel Jan Wrona at the Ministry of National Defence in Prague on Monday.",
		ents:      []ent{person("Ivo Marek", "CZ"), person("Jan Wrona", "PL"), org("Ministry of National Defence"), loc("Prague")},
		want:      []want{{"meeting", "2025-03-03", "Prague", "Jan Wrona", "main"}},
		not:       []want{{"meeting", "*", "Ministry of National Defence", "-", ""}},
	}, {
		name:      "a meeting on the sidelines takes the place of the occasion told before it",
		published: "2025-06-12",
		text: "Portugal hosted a naval symposium in Lisbon from June 9 to 11, with navies from 20 countries taking part.\n\n" +
			"Admiral Rui Costa opened the symposium at Alcantara Port.\n\n" +
			"On the sidelines, Costa held separate bilateral meetings with Vice Admiral Ken Sato of Japan and Rear Admiral Ola Berg of Norway.",
		ents: []ent{person("Rui Costa", "PT", "Rui Costa", "Costa"), person("Ken Sato", "JP"), person("Ola Berg", "NO"), loc("Lisbon"), org("Alcantara Port"),
			country("PT", "Portugal"), country("JP", "Japan"), country("NO", "Norway")},
		want: []want{{"meeting", "*", "Alcantara Port", "Ken Sato", ""}, {"meeting", "*", "Alcantara Port", "Ola Berg", ""}},
	}, {
		name:      "a recalled signing has no place from another clause of its sentence",
		published: "2025-09-03",
		text: "Defence Minister Ana Castro met her Estonian counterpart Tomas Ilves in Lisbon on Tuesday.\n\n" +
			"The two ministers reviewed the memorandum of understanding on defence cooperation signed in 2018, and agreed to hold the first staff talks in Tallinn next year.",
		ents: []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), country("EE", "Estonian"), loc("Lisbon"), loc("Tallinn")},
		want: []want{{"agreement", "2018", "", "-", "background"}},
		not:  []want{{"agreement", "*", "Tallinn", "-", ""}},
	}, {
		name:      "a recalled signing keeps the place its own clause gives it",
		published: "2025-09-03",
		text: "Defence Minister Ana Castro met her Estonian counterpart Tomas Ilves in Lisbon on Tuesday.\n\n" +
			"It was their first meeting since the logistics agreement signed in Tallinn in March 2022 entered into force.",
		ents: []ent{person("Ana Castro", "PT"), person("Tomas Ilves", "EE"), country("EE", "Estonian"), loc("Lisbon"), loc("Tallinn")},
		want: []want{{"agreement", "2022-03", "Tallinn", "-", "background"}},
	}})
}

// TestDemonymSubjects covers a clause subject named by its country ("the
// Philippine general laid a wreath", "the Mongolian minister called on
// X"): the person of that country the article names, and only them for a
// wreath laid; "UN" alone is no participant of a ceremony.
func TestDemonymSubjects(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the Philippine general is the person of the Philippines",
		published: "2025-04-10",
		text: "General Romeo Cruz met General Agus Santoso in Jakarta on Wednesday.\n\n" +
			"Earlier in the day, the Philippine general laid a wreath at the Heroes Cemetery and called on Admiral Budi Hartono.",
		ents: []ent{person("Romeo Cruz", "PH"), person("Agus Santoso", "ID"), person("Budi Hartono", "ID"), loc("Jakarta"), loc("Heroes Cemetery"), country("PH", "Philippine")},
		want: []want{
			{"ceremony", "2025-04-09", "Heroes Cemetery", "Romeo Cruz", ""},
			{"meeting", "2025-04-09", "*", "Budi Hartono", ""},
		},
		not: []want{{"ceremony", "*", "*", "Budi Hartono", ""}},
	}, {
		name:      "UN alone is no participant of a medal ceremony",
		published: "2025-03-14",
		text:      "Kenyan peacekeepers received UN medals at a ceremony in Bor on Thursday.",
		ents:      []ent{country("KE", "Kenyan"), org("United Nations", "UN"), loc("Bor")},
		want:      []want{{"ceremony", "2025-03-13", "Bor", "-", "main"}},
		not:       []want{{"ceremony", "*", "*", "United Nations", ""}},
	}})
}

// TestVisitWordings covers visits told in a relative or appositive clause
// ("who is visiting Egypt", "who is on a three-day visit to Brazil") and
// planned stops ("will visit Robertson Barracks", "is due to visit the
// Navy's Fleet Command").
func TestVisitWordings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "who is visiting a country",
		published: "2025-09-08",
		text:      "General Karim Nasser received on Sunday General Tariq Aziz, who is visiting Jordan at the head of a military delegation.",
		ents:      []ent{person("Karim Nasser", "JO"), person("Tariq Aziz", "PK"), country("JO", "Jordan")},
		want: []want{
			{"meeting", "2025-09-07", "*", "Tariq Aziz", "main"},
			{"visit", "*", "JO", "Tariq Aziz", ""},
		},
	}, {
		name:      "on a three-day visit to a country",
		published: "2025-06-05",
		text: "Minister Ana Castro met General Rui Matos in Brasilia on Wednesday.\n\n" +
			"Castro, who is on a three-day visit to Brazil, also met Admiral Joao Lima.",
		ents: []ent{person("Ana Castro", "PT", "Ana Castro", "Castro"), person("Rui Matos", "BR"), person("Joao Lima", "BR"), loc("Brasilia"), country("BR", "Brazil")},
		want: []want{{"visit", "*", "BR", "Ana Castro", ""}},
	}, {
		name:      "will visit a named place",
		published: "2025-08-26",
		text: "Minister Ana Castro met General Rui Matos in Brasilia on Tuesday.\n\n" +
			"Castro will visit Manaus on Thursday before returning to Lisbon.",
		ents: []ent{person("Ana Castro", "PT", "Ana Castro", "Castro"), person("Rui Matos", "BR"), loc("Brasilia"), loc("Manaus"), loc("Lisbon")},
		want: []want{{"visit", "2025-08-28", "Manaus", "Ana Castro", ""}},
	}, {
		name:      "is scheduled to visit a named body: a visit to its seat",
		published: "2025-08-26",
		text: "Minister Ana Castro met General Rui Matos in Brasilia on Tuesday.\n\n" +
			"Castro is scheduled to visit the Brazilian Navy's Fleet Command in Rio de Janeiro on Thursday.",
		ents: []ent{person("Ana Castro", "PT", "Ana Castro", "Castro"), person("Rui Matos", "BR"), loc("Brasilia"), loc("Rio de Janeiro"),
			org("Brazilian Navy"), org("Fleet Command"), country("BR", "Brazilian")},
		want: []want{{"visit", "2025-08-28", "Rio de Janeiro", "Ana Castro", ""}},
	}})
}

// TestPeacekeepingRotations covers a standing deployment dated by its
// start ("has deployed battalions to the mission since 1998"), a
// homecoming ("the 20th batch will return home") and the groups of a
// contingent leaving one after another ("the main body will fly out").
func TestPeacekeepingRotations(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a deployment since a year is a background deployment of that year",
		published: "2025-03-02",
		text: "Nepal sends a new battalion to Lebanon\n\n" +
			"A Nepali battalion of 850 troops left Kathmandu for Lebanon on Saturday.\n\n" +
			"Nepal has deployed battalions to the mission since 1996.",
		ents: []ent{country("NP", "Nepal", "Nepali"), loc("Kathmandu"), country("LB", "Lebanon")},
		want: []want{{"deployment", "1996", "*", "NP", "background"}},
	}, {
		name:      "a rotation returning home is a deployment",
		published: "2025-02-03",
		text:      "The 19th batch of the engineering unit will return home next week after a year in Bor.",
		ents:      []ent{loc("Bor")},
		want:      []want{{"deployment", "*", "*", "-", ""}},
	}, {
		name:      "the main body and the rest of a contingent leaving after its advance party are deployments",
		published: "2025-04-01",
		text: "Ghana sends a new battalion to South Sudan\n\n" +
			"An advance party of 40 soldiers of the Ghanaian battalion left Accra on Monday.\n\n" +
			"The main body will fly out on April 15, and the rest will follow in two groups by the end of the month.",
		ents: []ent{country("GH", "Ghana", "Ghanaian"), country("SS", "South Sudan"), loc("Accra")},
		want: []want{{"deployment", "2025-04-15", "*", "-", ""}},
	}})
}

// TestStatementsOfTheParties covers positions stated by "the two
// ministers" or "they": the parties of the talks told before, whoever
// the lead names.
func TestStatementsOfTheParties(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the two ministers agreed that: both parties of the talks",
		published: "2024-10-18",
		text: "Seoul and Manila sign deal on patrol boats\n\n" +
			"SEOUL -- The defence ministries of the two countries signed a contract for six patrol boats on Thursday.\n\n" +
			"Minister Kim Dae-ho held talks with his Philippine counterpart Jose Reyes after the signing.\n\n" +
			"The two ministers agreed that disputes at sea must be resolved peacefully.",
		ents: []ent{person("Kim Dae-ho", "KR"), person("Jose Reyes", "PH"), country("PH", "Philippine", "Manila"), country("KR", "Seoul")},
		want: []want{
			{"statement", "*", "*", "Kim Dae-ho", ""},
			{"statement", "*", "*", "Jose Reyes", ""},
		},
	}})
}

// TestForumsAndSidelines covers two named forums in one sentence sharing a
// range, and a forum on whose sidelines a meeting is held: the meeting's
// persons are not the forum's participants.
func TestForumsAndSidelines(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two numbered forums in one sentence are two conferences with the range",
		published: "2025-02-06",
		text:      "The 3rd Pacific Defence Forum and the 2nd Naval Chiefs' Meeting will be held online from March 3-4, the ministry said.",
		want: []want{
			{"conference", "2025-03-03/2025-03-04", "*", "-", ""},
		},
		count: 2,
	}, {
		name:      "a meeting on the sidelines of a conference: the persons are the meeting's",
		published: "2025-06-05",
		text: "General Somchai Wong met General Tran Quang in Hanoi on May 2.\n\n" +
			"On the sidelines of the Mekong Security Conference in Vientiane on June 3, Wong met Admiral Lee Kang.",
		ents: []ent{person("Somchai Wong", "TH", "Somchai Wong", "Wong"), person("Tran Quang", "VN"), person("Lee Kang", "VN"), loc("Hanoi"), loc("Vientiane")},
		want: []want{{"meeting", "2025-06-03", "Vientiane", "Lee Kang", ""}},
		not:  []want{{"conference", "*", "*", "Lee Kang", ""}},
	}})
}

// TestDuringHisVisit covers events told "during his visit": they belong to
// the visit's occasion and take its date when their own sentence has none.
func TestDuringHisVisit(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "during his visit from June 3 to 6, a meeting takes the visit's range",
		published: "2025-05-28",
		text: "General Somchai Wong will visit Vietnam from June 3 to 6.\n\n" +
			"During his visit, Wong will meet Admiral Lee Kang.",
		ents: []ent{person("Somchai Wong", "TH", "Somchai Wong", "Wong"), person("Lee Kang", "VN"), country("VN", "Vietnam")},
		want: []want{
			{"visit", "2025-06-03/2025-06-06", "VN", "Somchai Wong", "main"},
			{"meeting", "2025-06-03/2025-06-06", "*", "Lee Kang", ""},
		},
	}})
}

// TestGreetingsAndVideoCalls covers greetings on arrival, which are no
// meetings ("was met at the pier by officers"), and a video conference,
// which is a call with no place.
func TestGreetingsAndVideoCalls(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "met at the pier is a greeting, not a meeting",
		published: "2025-10-27",
		text:      "The frigate was met at the pier by the defence attache, Colonel Ivan Petrov.",
		ents:      []ent{person("Ivan Petrov", "RU")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "a video conference is a call",
		published: "2025-09-05",
		text:      "Minister Karl Berg informed his counterpart Jan Wrona of the decision in a video conference on Thursday.",
		ents:      []ent{person("Karl Berg", "DE"), person("Jan Wrona", "PL")},
		want:      []want{{"meeting", "2025-09-04", "", "Jan Wrona", ""}},
		not:       []want{{"conference", "*", "*", "-", ""}},
	}})
}

// TestStoryPlace covers talks of the story's day whose sentence names no
// place: they happen where the main event happens; a headline event takes
// the place of the lead's dateline, a decree none.
func TestStoryPlace(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a call on the army chief the same day takes the story's city",
		published: "2025-09-10",
		text: "Minister Dorj Bat held talks with Minister Park Min-ho in Seoul on Wednesday.\n\n" +
			"On Wednesday, Dorj Bat also called on General Lee Sang-woo.",
		ents: []ent{person("Dorj Bat", "MN"), person("Park Min-ho", "KR"), person("Lee Sang-woo", "KR"), loc("Seoul")},
		want: []want{{"meeting", "2025-09-10", "Seoul", "Lee Sang-woo", ""}},
	}, {
		name:      "a headline exercise takes the host country of the lead's dateline, even after a double hyphen",
		published: "2025-04-22",
		text: "Peru and Chile open annual border exercise\n\n" +
			"LIMA -- Peru and Chile on Monday opened their annual joint exercise, with 2,000 troops taking part.",
		ents: []ent{country("PE", "Peru"), country("CL", "Chile"), loc("LIMA")},
		want: []want{{"exercise", "*", "PE", "PE", "main"}},
	}, {
		name:      "a decree has no place from the dateline",
		published: "2026-03-11",
		text:      "LIMA - President Ana Ruiz has appointed Admiral Luis Soto as Commander of the Navy, according to a decree published on Tuesday.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Luis Soto", "PE"), loc("LIMA")},
		want:      []want{{"decision", "*", "", "-", "main"}},
	}})
}

// TestSigningsAndSeries covers a signing whose relative clause recalls an
// earlier signing (each keeps its own date), a series of bilateral talks
// (one meeting per counterpart) and "X spoke with Y".
func TestSigningsAndSeries(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an updated agreement replaces one signed earlier: two dates",
		published: "2026-01-20",
		text:      "The two sides also signed an updated defence agreement on Tuesday, which replaces the one signed in Lisbon in February 2019.",
		ents:      []ent{loc("Lisbon")},
		want: []want{
			{"agreement", "2026-01-20", "*", "-", ""},
			{"agreement", "2019-02", "Lisbon", "-", ""},
		},
	}, {
		name:      "a series of bilateral talks is one meeting per counterpart",
		published: "2025-11-02",
		text:      "Minister Kim Dae-ho held a series of bilateral talks with his counterparts from Malaysia, Vietnam and Australia in Kuala Lumpur on Saturday.",
		ents: []ent{person("Kim Dae-ho", "KR"), person("Tran Van Son", "VN"), person("Lee Morton", "AU"),
			country("MY", "Malaysia"), country("VN", "Vietnam"), country("AU", "Australia"), loc("Kuala Lumpur")},
		want: []want{
			{"meeting", "2025-11-01", "Kuala Lumpur", "Tran Van Son", "main"},
			{"meeting", "2025-11-01", "Kuala Lumpur", "Lee Morton", "main"},
			{"meeting", "2025-11-01", "Kuala Lumpur", "MY", "main"},
		},
	}, {
		name:      "X spoke with Y",
		published: "2025-07-25",
		text:      "Secretary Dan Hale spoke today with Minister Tran Van Son about maritime security.",
		ents:      []ent{person("Dan Hale", "US"), person("Tran Van Son", "VN")},
		want:      []want{{"meeting", "2025-07-25", "*", "Tran Van Son", "main"}},
	}})
}

// TestSignedDocuments covers documents signed that are neither agreements
// nor memoranda by name: letters of intent, minutes of a meeting.
func TestSignedDocuments(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a letter of intent signed is an agreement",
		published: "2026-02-10",
		text:      "Indonesia and France signed a letter of intent on submarine cooperation in Jakarta on Tuesday.",
		ents:      []ent{country("ID", "Indonesia"), country("FR", "France"), loc("Jakarta")},
		want:      []want{{"agreement", "2026-02-10", "Jakarta", "FR", "main"}},
	}, {
		name:      "minutes signed are an agreement",
		published: "2025-10-14",
		text:      "The joint committee signed the minutes of its seventh meeting in Cairo on Tuesday.",
		ents:      []ent{loc("Cairo")},
		want:      []want{{"agreement", "2025-10-14", "Cairo", "-", ""}},
	}})
}

// TestEditionsSince covers editions counted since the first ("the fourth
// of its kind since 2023"): a background edition of that year, with the
// states of the series.
func TestEditionsSince(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the fourth of its kind since 2023",
		published: "2025-06-03",
		text: "Laos and Vietnam open joint border drill in Xieng Khouang\n\n" +
			"Troops of Laos and Vietnam began a joint exercise in Xieng Khouang on Monday.\n\n" +
			"The exercise, the fourth of its kind since 2023, runs until June 20.",
		ents: []ent{country("LA", "Laos"), country("VN", "Vietnam"), loc("Xieng Khouang")},
		want: []want{
			{"exercise", "2025-06-02", "Xieng Khouang", "LA", "main"},
			{"exercise", "2023", "*", "VN", "background"},
		},
	}})
}

// TestHonoursAndFarewells covers ceremonies told without the word
// "ceremony" (a fleet review, a guard of honour, a farewell bidden to a
// battalion, a decision handed over) and promotions as decisions.
func TestHonoursAndFarewells(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "farewell bidden to a battalion is a send-off ceremony",
		published: "2025-11-04",
		text:      "Army chief General Karim Uddin today bade farewell to members of a battalion leaving for the Central African Republic.",
		ents:      []ent{person("Karim Uddin", "BD"), country("CF", "Central African Republic")},
		want:      []want{{"ceremony", "2025-11-04", "*", "Karim Uddin", "main"}},
	}, {
		name:      "a guard of honour is a ceremony",
		published: "2025-03-12",
		text:      "The visiting admiral was presented a guard of honour at Naval Headquarters in Islamabad on Wednesday.",
		ents:      []ent{loc("Islamabad")},
		want:      []want{{"ceremony", "2025-03-12", "*", "-", ""}},
	}, {
		name:      "the President's decision handed over to the contingent is a ceremony",
		published: "2025-10-21",
		text:      "General Le Minh handed over the President's decision to the engineering team in Hanoi on Tuesday.",
		ents:      []ent{person("Le Minh", "VN"), loc("Hanoi")},
		want:      []want{{"ceremony", "2025-10-21", "Hanoi", "Le Minh", "main"}},
	}, {
		name:      "a promotion is a decision",
		published: "2025-01-20",
		text:      "General Le Minh was promoted to Senior Lieutenant General in January.",
		ents:      []ent{person("Le Minh", "VN")},
		want:      []want{{"decision", "*", "*", "Le Minh", ""}},
	}})
}

// TestSpeechPlaces covers invitations and statements, which are made where
// the talks are: a place named in what is offered or said is its content.
func TestSpeechPlaces(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an invitation to an air show elsewhere is made at the talks",
		published: "2025-11-17",
		text: "General Le Minh held talks with Minister Raj Mehta in Hanoi on Monday.\n\n" +
			"Mehta invited Le Minh to attend the air show in Bengaluru next February.",
		ents: []ent{person("Le Minh", "VN"), person("Raj Mehta", "IN", "Raj Mehta", "Mehta"), loc("Hanoi"), loc("Bengaluru")},
		want: []want{{"invitation", "*", "Hanoi", "Raj Mehta", ""}},
		not:  []want{{"invitation", "*", "Bengaluru", "-", ""}},
	}})
}

// TestTalksAsOccasion covers talks told only as the occasion of something
// else: "during bilateral talks at X", "During their talks, A and B
// agreed".
func TestTalksAsOccasion(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "during their talks with no meeting told before",
		published: "2025-03-04",
		text:      "During their talks in Manila on Monday, General Ramon Cruz and General Budi Hartono agreed to expand border patrols.",
		ents:      []ent{person("Ramon Cruz", "PH"), person("Budi Hartono", "ID"), loc("Manila")},
		want:      []want{{"meeting", "2025-03-03", "Manila", "Budi Hartono", "main"}},
	}, {
		name:      "an agreement reached during bilateral talks",
		published: "2025-03-04",
		text:      "The agreement was reached during bilateral talks between General Ramon Cruz and General Budi Hartono in Jakarta on Monday.",
		ents:      []ent{person("Ramon Cruz", "PH"), person("Budi Hartono", "ID"), loc("Jakarta")},
		want:      []want{{"meeting", "2025-03-03", "Jakarta", "Ramon Cruz", "main"}},
	}})
}

// TestVisitsToSites covers visits to a site named as a body ("visited
// Robertson Barracks", "the Army's Camp Asaka"): the site is the place.
func TestVisitsToSites(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a visit to an owned site",
		published: "2025-11-17",
		text: "Minister Budi Hartono met Minister Ken Sato in Tokyo on Monday.\n\n" +
			"On Sunday, Hartono visited the Ground Self-Defense Force's Camp Asaka in Saitama.",
		ents: []ent{person("Budi Hartono", "ID", "Budi Hartono", "Hartono"), person("Ken Sato", "JP"), loc("Tokyo"), loc("Saitama"),
			org("Ground Self-Defense Force"), org("Camp Asaka")},
		want: []want{{"visit", "2025-11-16", "Camp Asaka", "Budi Hartono", ""}},
	}})
}

// TestEarlierAppointments covers posts taken earlier that a host brings up:
// "congratulated X on his appointment as ..." is a background decision
// naming X, dated by its own time words.
func TestEarlierAppointments(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "congratulations on an appointment recall the appointment",
		published: "2025-06-10",
		text:      "Minister Rosa Almeida congratulated Karl Berg on his appointment as Chief of the Navy in March and thanked Sweden for its support.",
		ents:      []ent{person("Rosa Almeida", "PT"), person("Karl Berg", "SE"), country("SE", "Sweden")},
		want:      []want{{"decision", "2025-03", "*", "Karl Berg", "background"}},
	}})
}

// TestShipsWelcomed covers visiting ships welcomed on arrival: a welcome
// ceremony of the host, not a meeting, and only when ships are told of.
func TestShipsWelcomed(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "ships welcomed by a host officer are a welcome ceremony",
		published: "2025-08-15",
		text:      "The frigate Almirante Cruz and the tanker Rio Claro were welcomed by Rear Admiral Tomas Vidal at the pier in Valparaiso on Friday.",
		ents:      []ent{person("Tomas Vidal", "CL"), loc("Valparaiso")},
		want:      []want{{"ceremony", "2025-08-15", "*", "Tomas Vidal", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "welcoming talks is no ceremony",
		published: "2025-08-15",
		text:      "The minister also welcomed the talks between the two shipyards on repairing each other's vessels.",
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}})
}

// TestUnitsSeenOff covers send-offs told in the passive: "the battalion was
// seen off by the chief of staff" is the send-off ceremony.
func TestUnitsSeenOff(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a unit seen off at a base is a send-off ceremony",
		published: "2025-05-06",
		text:      "The engineer company was seen off at Tamale Air Base by Brigadier General Kofi Mensah on Tuesday.",
		ents:      []ent{person("Kofi Mensah", "GH"), loc("Tamale Air Base")},
		want:      []want{{"ceremony", "2025-05-06", "*", "Kofi Mensah", ""}},
	}, {
		name:      "a team seeing off a rival is no ceremony",
		published: "2025-05-06",
		text:      "The garrison team saw off the navy side in the final on Tuesday.",
		not:       []want{{"ceremony", "*", "*", "-", ""}},
	}})
}

// TestTiesUpgraded covers relations raised to a named level of partnership:
// an agreement of the two states, dated by its own time words.
func TestTiesUpgraded(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "ties upgraded to a partnership are an agreement of both states",
		published: "2025-09-02",
		text:      "The two countries upgraded their relations to a strategic partnership in 2019.",
		ents:      []ent{country("CL", "Chile"), country("NZ", "New Zealand")},
		want:      []want{{"agreement", "2019", "*", "-", ""}},
	}, {
		name:      "an upgraded radar is no partnership",
		published: "2025-09-02",
		text:      "The navy upgraded the radar of its frigates in 2019.",
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}})
}

// TestBodiesSetUp covers standing bodies two states set up: the setting up
// is a decision dated by its own year.
func TestBodiesSetUp(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "two states establishing a committee is a decision",
		published: "2025-03-18",
		text:      "Peru and Chile established a joint defence committee in 2003.",
		ents:      []ent{country("PE", "Peru"), country("CL", "Chile")},
		want:      []want{{"decision", "2003", "*", "PE", ""}},
	}, {
		name:      "a tent set up at the camp is no decision",
		published: "2025-03-18",
		text:      "The engineers set up tents at the camp on Monday.",
		not:       []want{{"decision", "*", "*", "-", ""}},
	}})
}

// TestOfficialOpenings covers shows and fairs opened formally by a
// dignitary: the opening is a ceremony of its own.
func TestOfficialOpenings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a show officially opened by a dignitary is a ceremony",
		published: "2025-10-08",
		text:      "Vice President Maria Soto on Wednesday officially opened the fifth Andean Defence Show in Lima.",
		ents:      []ent{person("Maria Soto", "PE"), loc("Lima")},
		want:      []want{{"ceremony", "2025-10-08", "Lima", "Maria Soto", ""}},
	}})
}

// TestNotAimedAtAnyone covers assurances that a drill or pact threatens no
// one: a statement by its speaker.
func TestNotAimedAtAnyone(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a drill not aimed at any country is a statement of its speaker",
		published: "2025-07-01",
		text:      "General Omar Haddad said on Tuesday the joint drills were not aimed at any third country.",
		ents:      []ent{person("Omar Haddad", "JO")},
		want:      []want{{"statement", "2025-07-01", "*", "Omar Haddad", ""}},
	}, {
		name:      "a missile aimed at a target is no statement",
		published: "2025-07-01",
		text:      "The crew aimed the missile at a floating target on Tuesday.",
		not:       []want{{"statement", "*", "*", "-", ""}},
	}})
}

// buildTitled returns the extraction of text with entities ents and the
// persons people, each with their rank and titles.
func buildTitled(text string, ents []ent, people []titled) *attache.Extraction {
	for _, p := range people {
		ents = append(ents, person(p.name, p.country, p.name, shortName(p.name)))
	}
	x := build(text, ents)
	for i := range x.Entities {
		for _, p := range people {
			if x.Entities[i].Name == p.name {
				x.Entities[i].Rank, x.Entities[i].Titles = p.rank, p.titles
			}
		}
	}
	return x
}

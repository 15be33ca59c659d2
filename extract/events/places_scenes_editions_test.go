package events

import "testing"

// TestPlacesScenesEditions covers a country
// after "in" as the place, seas and world regions as topics rather than
// venues, events told "after the talks" sharing the main event's date and
// place, press conferences, visits by ships, earlier editions of a series
// recalled in later sentences, a dated "the meeting between X and Y" as an
// event of its own, and forces sent to an exercise going to its host.
// The guest of "hosted a reception ... for X" is a participant. Names,
// places and countries differ from the samples.
func TestPlacesScenesEditions(t *testing.T) {
	tests := []classCase{{
		name:      "a country after in is the place, as its code",
		published: "2025-03-20",
		text:      "General Prabowo met General Maha Tharadol in Thailand on Tuesday.",
		ents:      []ent{person("Prabowo", "ID"), person("Maha Tharadol", "TH"), country("TH", "Thailand")},
		want:      []want{{"meeting", "2025-03-18", "TH", "Maha Tharadol", "main"}},
	}, {
		name:      "the guest of a reception is a participant with the host",
		published: "2024-04-03",
		text:      "Japanese Defence Minister Minoru Kihara hosted a reception in Tokyo on April 2 for Australian Chief of Defence Force General Angus Campbell, who is visiting Japan.",
		ents:      []ent{person("Minoru Kihara", "JP"), person("Angus Campbell", "AU"), loc("Tokyo"), country("JP", "Japan")},
		want: []want{
			{"meeting", "2024-04-02", "Tokyo", "Minoru Kihara", "main"},
			{"meeting", "2024-04-02", "Tokyo", "Angus Campbell", "main"},
		},
	}, {
		name:      "a sea named in a statement is its topic, not its venue",
		published: "2024-05-14",
		text: "Romanian Defence Minister Angel Tilvar held talks with Turkish Defence Minister Yasar Guler in Bucharest on Monday.\n" +
			"Tilvar stressed the importance of freedom of navigation in the Black Sea.",
		ents: []ent{person("Angel Tilvar", "RO", "Angel Tilvar", "Tilvar"), person("Yasar Guler", "TR"), loc("Bucharest"), loc("Black Sea"),
			country("RO", "Romanian"), country("TR", "Turkish")},
		want: []want{
			{"meeting", "2024-05-13", "Bucharest", "Yasar Guler", "main"},
			{"statement", "2024-05-13", "Bucharest", "Angel Tilvar", "reported"},
		},
		not: []want{{"statement", "*", "Black Sea", "-", ""}},
	}, {
		name:      "signed after the talks: the talks' date and place",
		published: "2024-10-10",
		text: "Polish Defence Minister Wladyslaw Kosiniak-Kamysz held talks in Seoul on October 8 with his Korean counterpart Kim Yong-hyun.\n\n" +
			"The two ministers reviewed cooperation in the defence industry.\n\n" +
			"After the talks, Kosiniak-Kamysz and Kim signed a memorandum of understanding on defence logistics.",
		ents: []ent{person("Wladyslaw Kosiniak-Kamysz", "PL", "Wladyslaw Kosiniak-Kamysz", "Kosiniak-Kamysz"),
			person("Kim Yong-hyun", "KR", "Kim Yong-hyun", "Kim"), loc("Seoul"), country("PL", "Polish"), country("KR", "Korean")},
		want: []want{
			{"meeting", "2024-10-08", "Seoul", "Kim Yong-hyun", "main"},
			{"agreement", "2024-10-08", "Seoul", "Kim Yong-hyun", ""},
		},
	}, {
		name:      "a press conference is no event",
		published: "2024-09-05",
		text: "Australian Defence Minister Richard Marles met New Zealand Defence Minister Judith Collins in Wellington on Wednesday.\n" +
			"At a joint press conference after the talks, Marles said the two countries would deepen cooperation.",
		ents: []ent{person("Richard Marles", "AU", "Richard Marles", "Marles"), person("Judith Collins", "NZ"), loc("Wellington")},
		want: []want{{"meeting", "2024-09-04", "Wellington", "Judith Collins", "main"}},
		not:  []want{{"conference", "*", "*", "-", ""}},
	}, {
		name:      "ships that visited a port made visits, each in its year",
		published: "2024-11-02",
		text: "Indian Navy destroyer INS Delhi makes port call in Colombo\n\n" +
			"The destroyer arrived in Colombo on November 1 for a three-day port call.\n\n" +
			"INS Kolkata visited Colombo in May 2019, and INS Chennai in March 2022.",
		ents: []ent{org("Indian Navy"), loc("Colombo"), country("IN", "Indian")},
		want: []want{
			{"visit", "2019-05", "Colombo", "-", "background"},
			{"visit", "2022-03", "Colombo", "-", "background"},
		},
	}, {
		name:      "earlier editions of an exercise told in later sentences",
		published: "2025-02-25",
		text: "Exercise Cobra Gold 2025 opens in Thailand\n\n" +
			"Exercise Cobra Gold 2025 opened at Sattahip on February 25, with troops from Thailand and the United States.\n\n" +
			"First held in 1982, Cobra Gold is co-hosted by the Royal Thai Armed Forces. The previous edition in 2024 involved 30 nations.",
		ents: []ent{loc("Sattahip"), country("TH", "Thailand"), country("US", "United States"), org("Royal Thai Armed Forces")},
		want: []want{
			{"exercise", "2025-02-25", "*", "-", "main"},
			{"exercise", "1982", "", "Royal Thai Armed Forces", "background"},
			{"exercise", "2024", "", "-", "background"},
		},
	}, {
		name:      "the meeting between two named leaders at another date is its own event",
		published: "2024-06-12",
		text: "German Defence Minister Boris Pistorius spoke by phone on Tuesday with French Armed Forces Minister Sebastien Lecornu.\n" +
			"The call follows the meeting between Chancellor Olaf Scholz and President Emmanuel Macron in Meseberg in May 2024.",
		ents: []ent{person("Boris Pistorius", "DE"), person("Sebastien Lecornu", "FR"), person("Olaf Scholz", "DE"),
			person("Emmanuel Macron", "FR"), loc("Meseberg")},
		want: []want{
			{"meeting", "2024-06-11", "", "Sebastien Lecornu", "main"},
			{"meeting", "2024-05", "Meseberg", "Emmanuel Macron", ""},
		},
		not: []want{{"meeting", "2024-06-11", "*", "Olaf Scholz", ""}},
	}, {
		name:      "forces sent to the exercise go to its host country",
		published: "2024-07-15",
		text: "Exercise RIMPAC 2024 begins off Hawaii\n\n" +
			"Exercise RIMPAC 2024 began in Honolulu on July 12 with 29 nations taking part.\n\n" +
			"The Royal Malaysian Navy has deployed a frigate and a helicopter to the exercise.",
		ents: []ent{loc("Honolulu"), org("Royal Malaysian Navy"), country("MY", "Malaysian")},
		want: []want{{"deployment", "*", "US", "Royal Malaysian Navy", ""}},
	}}
	runClassCases(t, tests)
}

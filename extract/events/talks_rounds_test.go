package events

import "testing"

// TestTalksRounds covers numbered talks written in lower case, the round
// before or after the one told (which takes the type of the talks the
// article reports), and co-chairs of talks already told.
func TestTalksRounds(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "numbered defence policy talks in lower case are a dialogue",
		published: "2026-06-10",
		text:      "The 7th Mongolia-Korea defence policy talks at vice-minister level were held in Ulaanbaatar on June 9.",
		ents:      []ent{country("MN", "Mongolia"), country("KR", "Korea"), loc("Ulaanbaatar")},
		want:      []want{{"dialogue", "2026-06-09", "Ulaanbaatar", "MN", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "numbered staff talks in a headline and lead are one dialogue",
		published: "2025-03-05",
		text:      "Chile, Peru hold fifth army staff talks\n\nLIMA, March 5 - Chile and Peru held their fifth army staff talks in Lima on Tuesday.",
		ents:      []ent{country("CL", "Chile"), country("PE", "Peru"), loc("Lima")},
		want:      []want{{"dialogue", "2025-03-04", "Lima", "PE", ""}},
		count:     1,
	}, {
		name:      "the next round of talks of a dialogue is a dialogue",
		published: "2026-06-10",
		text:      "Mongolia and Korea held the 7th defence policy talks in Ulaanbaatar on June 9. The next round of talks will be held in Seoul next year.",
		ents:      []ent{country("MN", "Mongolia"), country("KR", "Korea"), loc("Ulaanbaatar"), loc("Seoul")},
		want:      []want{{"dialogue", "2027", "Seoul", "-", ""}},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "the previous round of the ministers' talks is a meeting",
		published: "2025-06-12",
		text:      "Defence Minister Ana Berg held talks with her Omani counterpart Salim Harthi in Muscat on Wednesday. The previous round of talks between the two ministries took place in Stockholm in March 2024.",
		ents:      []ent{person("Ana Berg", "SE"), person("Salim Harthi", "OM"), loc("Muscat"), loc("Stockholm")},
		want:      []want{{"meeting", "2024-03", "Stockholm", "-", ""}},
		not:       []want{{"dialogue", "*", "*", "-", ""}},
	}, {
		name:      "the next meeting named by the body's short name will be held",
		published: "2025-09-11",
		text:      "Thailand and Cambodia held the 12th General Border Committee meeting in Chanthaburi on Wednesday. The next GBC meeting will be held in Cambodia in November.",
		ents:      []ent{country("TH", "Thailand"), country("KH", "Cambodia"), org("General Border Committee"), loc("Chanthaburi")},
		want:      []want{{"dialogue", "2025-11", "KH", "TH", "reported"}},
	}, {
		name:      "the next ministers' meeting is a meeting of the same sides",
		published: "2025-09-11",
		text:      "Minister Ana Berg met Minister Ola Dahl in Oslo on Wednesday. The next ministers' meeting will be hosted in Stockholm in November.",
		ents:      []ent{person("Ana Berg", "SE"), person("Ola Dahl", "NO"), loc("Oslo"), loc("Stockholm")},
		want:      []want{{"meeting", "2025-11", "Stockholm", "NO", "reported"}},
	}, {
		name:      "the next day is no next meeting",
		published: "2025-09-11",
		text:      "Minister Ana Berg met Minister Ola Dahl in Oslo on Wednesday. The next day she visited a shipyard where a meeting was held with engineers.",
		ents:      []ent{person("Ana Berg", "SE"), person("Ola Dahl", "NO"), loc("Oslo")},
		not:       []want{{"dialogue", "*", "*", "-", ""}},
	}, {
		name:      "co-chairs of the talks told in the lead add to them",
		published: "2026-10-15",
		text:      "South Korea and Australia held their 8th defence policy talks in Seoul on Thursday. The talks were co-chaired by Vice Minister Kim Dae-ho and Deputy Secretary Hugh Jeffers.",
		ents:      []ent{country("KR", "South Korea"), country("AU", "Australia"), loc("Seoul"), person("Kim Dae-ho", "KR"), person("Hugh Jeffers", "AU")},
		want:      []want{{"dialogue", "2026-10-15", "Seoul", "Hugh Jeffers", ""}},
		count:     1,
	}, {
		name:      "co-chairs of a meeting with no talks before make the dialogue",
		published: "2025-08-27",
		text:      "Minister Ravi Menon welcomed Minister Budi Hartono to Canberra on Tuesday for their annual meeting. The two ministers co-chaired the meeting at Parliament House.",
		ents:      []ent{person("Ravi Menon", "AU"), person("Budi Hartono", "ID"), loc("Canberra"), loc("Parliament House")},
		want:      []want{{"dialogue", "*", "*", "Budi Hartono", ""}},
	}})
}

package events

import "testing"

// TestRetellings covers one happening told twice in one report: a
// headline's signing told after the talks, a document brought back with
// "the" and its signing, an exercise told again by a definite noun, and
// the ceremonies of one day at one site told by forces, states and
// officers in turn. Each must stay one event; near misses stay two.
func TestRetellings(t *testing.T) {
	talks := []ent{person("Arvo Tamm", "EE"), person("Juris Ozols", "LV"), country("EE", "Estonian"), country("LV", "Latvian"), loc("Tallinn"), org("Ministry of Defence")}
	signing := "Estonian, Latvian defence ministers hold talks, sign logistics plan\n\n" +
		"TALLINN, May 14 - Estonian Defence Minister Arvo Tamm held talks in Tallinn on Wednesday with his Latvian counterpart Juris Ozols.\n\n" +
		"During the talks, the two ministers reviewed border security and the training of officers.\n\n" +
		"Tamm said the two sides should step up exchanges of cadets.\n\n"
	drill := []ent{country("AZ", "Azerbaijan"), country("GE", "Georgia"), loc("Ganja"), loc("Ganja district"),
		person("Elchin Mammadov", "AZ"), person("Giorgi Beridze", "GE")}
	opened := "Azerbaijan, Georgia open Mountain Lynx drill\n\n" +
		"BAKU, June 2 - The Mountain Lynx-2026 exercise of the armies of Azerbaijan and Georgia opened today with a ceremony at a training range in Ganja district.\n\n"
	trip := "Tunisian navy chief pays working visit to Morocco\n\nRABAT, Feb 4 - Tunisian navy chief Admiral Hedi Gharbi is on a working visit to Morocco from February 2 to 5.\n\n"
	stops := []ent{person("Hedi Gharbi", "TN", "Hedi Gharbi", "Gharbi"), country("MA", "Morocco"), loc("Rabat"), loc("Casablanca"), loc("Agadir"), loc("Sidi Bernoussi naval base")}
	runClassCases(t, []classCase{{
		name:      "the headline's signing is the one told after the talks in the fifth sentence",
		published: "2026-05-14",
		text:      signing + "After the talks, the two ministers signed a plan on logistics cooperation for 2026-2027.",
		ents:      talks,
		want:      []want{{"agreement", "2026-05-13", "Tallinn", "Arvo Tamm", "main"}},
		not:       []want{{"agreement", "2026", "*", "-", ""}},
	}, {
		name:      "a document brought back with the and its signing is the signing told before",
		published: "2026-05-14",
		text: "TALLINN, May 14 - Arvo Tamm and Juris Ozols signed a protocol on logistics cooperation in Tallinn on Wednesday.\n\n" +
			"The protocol, signed at the Ministry of Defence, provides for joint fuel depots.",
		ents:  talks,
		want:  []want{{"agreement", "2026-05-13", "Tallinn", "Arvo Tamm", ""}},
		count: 1,
	}, {
		name:      "near miss: the signing of a new letter after the talks is a second document",
		published: "2026-05-14",
		text: "TALLINN, May 14 - Arvo Tamm and Juris Ozols signed a protocol on logistics cooperation in Tallinn on Wednesday.\n\n" +
			"The two ministers also witnessed the signing of a letter of intent between the two defence academies.",
		ents:  talks,
		count: 2,
	}, {
		name:      "the two-week exercise told in the body is the named exercise of the lead",
		published: "2026-06-02",
		text:      opened + "The two-week exercise brought together about 300 servicemen.",
		ents:      drill,
		want:      []want{{"exercise", "*", "*", "AZ", "main"}},
		not:       []want{{"exercise", "*", "*", "-", "reported"}},
	}, {
		name:      "near miss: a drill counted since a year is the series, not the exercise again",
		published: "2026-06-02",
		text:      opened + "The annual exercise, the fifth of its kind since 2019, brought together about 300 servicemen.",
		ents:      drill,
		want:      []want{{"exercise", "*", "*", "AZ", "main"}, {"exercise", "2019", "*", "-", "background"}},
	}, {
		name:      "a post named by the drill is no drill of its own",
		published: "2026-06-02",
		text:      opened + "Exercise director Major General Elchin Mammadov said the drills include a river crossing near Ganja.",
		ents:      drill,
		count:     2,
	}, {
		name:      "the drills of the named exercise told with the states that hold them are the exercise",
		published: "2026-06-02",
		text:      opened + "The drills of the troops of Azerbaijan and Georgia focus on mountain rescue and river crossings.",
		ents:      drill,
		not:       []want{{"exercise", "*", "*", "-", "reported"}},
	}, {
		name:      "a headline's trip from a day is the lead's trip whose span holds that day",
		published: "2026-02-27",
		text: "Tunisian navy chief to visit Morocco from March 2\n\n" +
			"Rabat, February 27. Tunisian navy chief Admiral Hedi Gharbi will pay an official visit to Morocco from March 2 to 5, 2026, the ministry said on Friday.",
		ents:  stops,
		want:  []want{{"visit", "2026-03-02/2026-03-05", "*", "Hedi Gharbi", "main"}},
		count: 1,
	}, {
		name:      "going to a town and touring its sites is one stop of the trip",
		published: "2026-02-04",
		text:      trip + "Gharbi later travelled to Casablanca, where he toured the Sidi Bernoussi naval base.",
		ents:      stops,
		want:      []want{{"visit", "*", "Casablanca", "Hedi Gharbi", ""}},
		not:       []want{{"visit", "*", "Sidi Bernoussi naval base", "-", ""}},
	}, {
		name:      "near miss: two towns of one sentence are two stops",
		published: "2026-02-04",
		text:      trip + "Gharbi later visited Casablanca and then visited Agadir.",
		ents:      stops,
		want:      []want{{"visit", "*", "Casablanca", "Hedi Gharbi", ""}, {"visit", "*", "Agadir", "Hedi Gharbi", ""}},
	}, {
		name:      "ceremonies of one day at one site are one, with the officers who held it",
		published: "2026-06-02",
		text:      opened + "Major General Elchin Mammadov and Brigadier General Giorgi Beridze reviewed the parade at the ceremony in Ganja on June 2.",
		ents:      drill,
		want:      []want{{"ceremony", "2026-06-02", "Ganja", "Elchin Mammadov", "main"}},
		not:       []want{{"ceremony", "*", "*", "AZ", ""}, {"ceremony", "*", "Ganja district", "-", ""}},
	}, {
		name:      "near miss: a ceremony of another day at the site is another ceremony",
		published: "2026-06-02",
		text:      opened + "Major General Elchin Mammadov and Brigadier General Giorgi Beridze will review the closing parade at the range in Ganja on June 12.",
		ents:      drill,
		want:      []want{{"ceremony", "2026-06-02", "*", "-", ""}},
	}})
}

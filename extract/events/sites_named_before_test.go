package events

import "testing"

// TestSitesNamedBefore covers "at the airport", "at the camp" pointing back
// at the site the story named before ("Changshui International Airport"):
// the event is there, not in the dateline's city nor at a body's seat
// named later in its sentence; with no such site named, the phrase gives
// nothing.
func TestSitesNamedBefore(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a homecoming received at the airport",
		published: "2026-09-08",
		text: "Peacekeepers return home\n\nKUNMING, Sept. 8 - A total of 198 peacekeepers of the Ruritanian Army arrived at Changshui International Airport on Monday.\n\n" +
			"The peacekeepers were received at the airport by Major General Ivo Marek, deputy commander of the Southern Command.",
		ents: []ent{loc("KUNMING"), loc("Changshui International Airport"), org("Ruritanian Army"), person("Ivo Marek", "CN"), org("Southern Command")},
		want: []want{{"ceremony", "*", "Changshui International Airport", "Ivo Marek", ""}},
		not:  []want{{"ceremony", "*", "KUNMING", "-", ""}},
	}, {
		name:      "a farewell at the airport, officials of a headquarters present",
		published: "2026-05-09",
		text: "Engineers leave for Lebanon\n\nKATHMANDU - The first group of 90 engineers of the Ruritanian Army flew out of Tribhuvan International Airport on Saturday.\n\n" +
			"Chief of the Army Staff General Ivo Marek bade farewell to the troops at the airport, in the presence of officials of the Directorate of Peacekeeping Operations at Army Headquarters.",
		ents: []ent{loc("KATHMANDU"), loc("Tribhuvan International Airport"), org("Ruritanian Army"), person("Ivo Marek", "NP"), org("Directorate of Peacekeeping Operations"), org("Army Headquarters")},
		want: []want{{"ceremony", "*", "Tribhuvan International Airport", "Ivo Marek", ""}},
		not:  []want{{"ceremony", "*", "KATHMANDU", "-", ""}},
	}, {
		name:      "a send-off at the camp named before",
		published: "2026-09-09",
		text: "Engineers seen off\n\nBANGKOK, Sept 9 - The engineers of the Ruritanian Army lined up at Phanurangsi Camp on Wednesday.\n\n" +
			"A send-off ceremony at the camp was presided over by General Ivo Marek.",
		ents: []ent{loc("BANGKOK"), loc("Phanurangsi Camp"), org("Ruritanian Army"), person("Ivo Marek", "TH")},
		want: []want{{"ceremony", "*", "Phanurangsi Camp", "Ivo Marek", ""}},
	}, {
		name:      "no airport named: the phrase points at nothing",
		published: "2026-05-09",
		text:      "Troops seen off\n\nKATHMANDU - Chief of the Army Staff General Ivo Marek bade farewell to the troops at the airport on Saturday.",
		ents:      []ent{loc("KATHMANDU"), person("Ivo Marek", "NP")},
		want:      []want{{"ceremony", "*", "KATHMANDU", "Ivo Marek", ""}},
	}})
}

package events

import "testing"

// TestCampusTowns covers visits to a body that teaches or builds: the
// town the text names for it is the place ("visited the Naval Academy in
// Split"), its name only when no town is named; a base stays the place.
func TestCampusTowns(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a university owned by a ministry, in a town",
		published: "2026-08-26",
		text:      "On Thursday, General Somsak Vong will visit the Military University of the Defence Ministry in Kazan.",
		ents:      []ent{person("Somsak Vong", "LA"), org("Military University of the Defence Ministry"), loc("Kazan")},
		want:      []want{{"visit", "2026-08-27", "Kazan", "Somsak Vong", ""}},
	}, {
		name:      "an academy in a town",
		published: "2026-04-15",
		text:      "On Tuesday, General Ivo Maric visited the Naval Academy of the Armed Forces in Split, where 40 foreign cadets study.",
		ents:      []ent{person("Ivo Maric", "HR"), org("Naval Academy of the Armed Forces"), loc("Split")},
		want:      []want{{"visit", "2026-04-14", "Split", "Ivo Maric", ""}},
	}, {
		name:      "a shipyard toured in a town",
		published: "2026-03-23",
		text:      "Admiral Kofi Asante will on Wednesday tour the Naval Shipyard Limited in Port Harcourt before returning to Accra.",
		ents:      []ent{person("Kofi Asante", "GH"), org("Naval Shipyard Limited"), loc("Port Harcourt"), loc("Accra")},
		want:      []want{{"visit", "2026-03-25", "Port Harcourt", "Kofi Asante", ""}},
	}, {
		name:      "an academy named for its state, in a town",
		published: "2026-04-15",
		text:      "The Mongolian delegation also toured the Military Academy of Georgia in Gori.",
		ents:      []ent{org("Military Academy of Georgia"), country("GE", "Georgia"), loc("Gori")},
		want:      []want{{"visit", "*", "Gori", "-", ""}},
	}, {
		name:      "a university of a republic, in its capital",
		published: "2026-10-14",
		text:      "On Thursday the guests will visit the National Defence University of the Republic of Armenia in Yerevan.",
		ents:      []ent{org("National Defence University of the Republic of Armenia"), country("AM", "Armenia"), loc("Yerevan")},
		want:      []want{{"visit", "*", "Yerevan", "-", ""}},
	}, {
		name:      "a university named with no town",
		published: "2026-02-10",
		text:      "The delegation also visited the National Defence University, where it was briefed on courses for foreign officers.",
		ents:      []ent{org("National Defence University")},
		want:      []want{{"visit", "*", "National Defence University", "-", ""}},
	}, {
		name:      "a base before its town stays the place",
		published: "2026-06-02",
		text:      "Minister Anna Berg visited Karup Air Base in Viborg on Monday.",
		ents:      []ent{person("Anna Berg", "DK"), org("Karup Air Base"), loc("Viborg")},
		want:      []want{{"visit", "2026-06-01", "Karup Air Base", "Anna Berg", ""}},
	}})
}

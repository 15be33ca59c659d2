package events

import "testing"

// TestStaysToldAfterArrivalDates covers a visit whose trigger is the
// arrival and whose length follows the date ("arrived in Lima on March 17
// for a four-day visit", "arrived yesterday on a three-day official
// visit"): it runs from that day, so that the report of
// its last day joins it. An arrival for talks, with no length, stays one
// day.
func TestStaysToldAfterArrivalDates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an arrival for a four-day visit",
		published: "2027-03-18",
		text:      "Navy chief in Peru\n\nAdmiral Tomas Ilves arrived in Peru on March 17 for a four-day visit, the navy said.",
		ents:      []ent{person("Tomas Ilves", "EE"), country("PE", "Peru")},
		want:      []want{{"visit", "2027-03-17/2027-03-20", "*", "Tomas Ilves", "main"}},
	}, {
		name:      "an arrival for a 3-day official visit",
		published: "2027-03-18",
		text:      "Navy chief in Peru\n\nAdmiral Tomas Ilves arrived in Lima on Wednesday for a 3-day official visit.",
		ents:      []ent{person("Tomas Ilves", "EE"), loc("Lima")},
		want:      []want{{"visit", "2027-03-17/2027-03-19", "*", "Tomas Ilves", "main"}},
	}, {
		name:      "an arrival yesterday on a three-day official visit",
		published: "2027-03-18",
		text:      "Navy chief in Peru\n\nAdmiral Tomas Ilves arrived in Lima yesterday on a three-day official visit, which ends on Friday.",
		ents:      []ent{person("Tomas Ilves", "EE"), loc("Lima")},
		want:      []want{{"visit", "2027-03-17/2027-03-19", "*", "Tomas Ilves", "main"}},
	}, {
		name:      "an arrival on a weekday on a 5-day working visit",
		published: "2027-03-18",
		text:      "Navy chief in Peru\n\nAdmiral Tomas Ilves arrived in Peru on Tuesday on a 5-day working visit.",
		ents:      []ent{person("Tomas Ilves", "EE"), country("PE", "Peru")},
		want:      []want{{"visit", "2027-03-16/2027-03-20", "*", "Tomas Ilves", "main"}},
	}, {
		name:      "an arrival for talks stays one day",
		published: "2027-03-18",
		text:      "Navy chief in Peru\n\nAdmiral Tomas Ilves arrived in Peru on March 17 for talks with the navy.",
		ents:      []ent{person("Tomas Ilves", "EE"), country("PE", "Peru")},
		not:       []want{{"visit", "2027-03-17/2027-03-20", "*", "*", ""}},
	}})
}

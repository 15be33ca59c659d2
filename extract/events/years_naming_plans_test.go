package events

import "testing"

// TestYearsNamingPlans covers a year inside a signing's own words that
// lies after publication: it names the year the plan is for, so the
// sentence's day (or its headline's lead) dates the signing; a past year
// there still dates a recalled document.
func TestYearsNamingPlans(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the next year's plan signed on a stated day",
		published: "2027-12-14",
		text:      "Border ministers meet\n\nMinister Ana Ruiz and her Chilean counterpart Pedro Soto signed the 2028 defence cooperation plan in Lima on December 13.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Pedro Soto", "CL"), loc("Lima")},
		want:      []want{{"agreement", "2027-12-13", "*", "Pedro Soto", "main"}},
		not:       []want{{"agreement", "2028", "*", "*", ""}},
	}, {
		name:      "a headline that drops the article, its lead dated by weekday",
		published: "2027-12-14",
		text:      "Peru, Chile sign 2028 cooperation plan\n\nMinister Ana Ruiz and Minister Pedro Soto on Monday signed a plan for joint training at the Ministry of Defence.",
		ents:      []ent{person("Ana Ruiz", "PE"), person("Pedro Soto", "CL"), country("PE", "Peru"), country("CL", "Chile")},
		want:      []want{{"agreement", "2027-12-13", "*", "Pedro Soto", "main"}},
		not:       []want{{"agreement", "2028", "*", "*", ""}},
	}, {
		name:      "a past year in the document's name still dates the recalled signing",
		published: "2027-12-14",
		text:      "Ties reviewed\n\nMinister Ana Ruiz said the 2019 memorandum signed with Chile had served both navies well.",
		ents:      []ent{person("Ana Ruiz", "PE"), country("CL", "Chile")},
		want:      []want{{"agreement", "2019", "*", "-", "background"}},
	}})
}

package events

import "testing"

// TestStandingDeployments covers deployments told as background with the
// date they began: a presence "since" a year, the first dispatch of a
// series, "Since 2009, when ..." clauses, and two movements of one
// contingent told in one sentence.
func TestStandingDeployments(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "troops sent since a year are a deployment that began then",
		published: "2025-04-02",
		text:      "Ghana has sent mechanised battalions to the UN mission in Lebanon since 2008.",
		ents:      []ent{country("GH", "Ghana"), loc("Lebanon")},
		want:      []want{{"deployment", "2008", "*", "GH", "background"}},
	}, {
		name:      "a presence kept since a year",
		published: "2025-04-02",
		text:      "Austria has kept troops in the Golan Heights since 1974.",
		ents:      []ent{country("AT", "Austria"), loc("Golan Heights")},
		want:      []want{{"deployment", "1974", "*", "AT", "background"}},
	}, {
		name:      "taking part in a mission since a year",
		published: "2025-06-11",
		text:      "Nepal has taken part in the UN peacekeeping mission in Haiti since 2004.",
		ents:      []ent{country("NP", "Nepal"), loc("Haiti")},
		want:      []want{{"deployment", "2004", "*", "NP", "background"}},
	}, {
		name:      "a unit that has been in the mission area since a month",
		published: "2025-06-11",
		text:      "The Polish contingent has been in southern Lebanon since March 2019.",
		ents:      []ent{country("PL", "Polish"), loc("Lebanon")},
		want:      []want{{"deployment", "2019-03", "*", "PL", "background"}},
	}, {
		name:      "the first dispatch of a unit is an earlier deployment of that year",
		published: "2025-01-20",
		text:      "Thailand first dispatched an engineering company to South Sudan in 2016.",
		ents:      []ent{country("TH", "Thailand"), country("SS", "South Sudan")},
		want:      []want{{"deployment", "2016", "*", "TH", "background"}},
	}, {
		name:      "a when-clause after a since date is dated by it",
		published: "2025-01-20",
		text:      "Since 2011, when it first sent a medical team to Darfur, Mongolia has deployed thousands of personnel to UN missions.",
		ents:      []ent{country("MN", "Mongolia"), loc("Darfur")},
		want:      []want{{"deployment", "2011", "*", "MN", "background"}},
	}, {
		name:      "two departures of one contingent in one sentence are two deployments",
		published: "2025-09-01",
		text: "Fiji farewells peacekeepers\n\n" +
			"A 40-member advance party left Nadi on September 3, and the main body will fly out on September 12.",
		ents: []ent{country("FJ", "Fiji"), loc("Nadi")},
		want: []want{
			{"deployment", "2025-09-03", "*", "-", ""},
			{"deployment", "2025-09-12", "*", "-", ""},
		},
	}})
}

// TestContingentMovements covers the groups of a contingent told in one
// sentence with different verbs: "the advance party is scheduled to leave
// Zhengzhou for Juba later this month, with the main body to follow in
// April" is two departures.
func TestContingentMovements(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an advance party leaving, the main body to follow",
		published: "2025-03-14",
		text:      "The advance party of the 9th Nepali battalion is scheduled to leave Kathmandu for Juba later this month, with the main body to follow in April.",
		ents:      []ent{loc("Kathmandu"), loc("Juba")},
		want: []want{
			{"deployment", "2025-03", "*", "-", ""},
			{"deployment", "2025-04", "*", "-", ""},
		},
	}})
}

// TestUnitsArriving covers units arriving in their mission area, relief
// teams flying out, rotations taking over their sector.
func TestUnitsArriving(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a rotation that arrived there earlier this month",
		published: "2025-11-20",
		text:      "The last engineers will stay in Abyei to hand over equipment to Engineering Unit Rotation 5, which arrived there earlier this month to join the mission.",
		ents:      []ent{loc("Abyei"), org("Engineering Unit Rotation 5")},
		want:      []want{{"deployment", "2025-11", "*", "-", ""}},
	}, {
		name:      "a rescue team that flew out",
		published: "2025-03-31",
		text:      "The army team follows the 50-member rescue team, which flew to Mandalay on Saturday.",
		ents:      []ent{loc("Mandalay")},
		want:      []want{{"deployment", "2025-03-29", "*", "-", ""}},
	}})
}

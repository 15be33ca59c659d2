package events

import (
	"testing"

	"attache"
)

// TestOfficeDecisions covers decisions named by the unnamed office that
// took them, announced or read out at a ceremony: the decision is an
// event of the article's state and of the unit sent or the person
// appointed, not of the body that reads it out. One presented to a person
// at a ceremony is that ceremony's act.
func TestOfficeDecisions(t *testing.T) {
	unit := ent{attache.Organization, "Signal Company 3", "KH", nil}
	ministry := ent{attache.Organization, "Ministry of National Defence", "KH", nil}
	runClassCases(t, []classCase{{
		name:      "the President's decision on sending a unit, announced by the ministry",
		published: "2026-04-07",
		text:      "The Ministry of National Defence held a ceremony in Phnom Penh on April 6 to announce the President's decision on sending Signal Company 3 to Cambodia's mission abroad.",
		ents:      []ent{ministry, unit, country("KH", "Cambodia"), loc("Phnom Penh")},
		want: []want{
			{"decision", "2026-04-06", "*", "Signal Company 3", ""},
			{"decision", "2026-04-06", "*", "KH", ""},
		},
		not: []want{{"decision", "*", "*", "Ministry of National Defence", ""}},
	}, {
		name:      "the King's decree appointing a commander, read out by the minister",
		published: "2026-04-07",
		text: "Cambodia sent off 120 deminers on Monday.\n\n" +
			"General Sok Vanna also read out the King's decree appointing Colonel Chea Rith as commander of the contingent.",
		ents: []ent{person("Sok Vanna", "KH"), person("Chea Rith", "KH"), country("KH", "Cambodia")},
		want: []want{{"decision", "*", "*", "Chea Rith", ""}},
	}, {
		name:      "a minister's decision with the possessive written as one word",
		published: "2026-04-07",
		text:      "Colonel Lim Sophal read out the Defence Minister’s decision appointing Major Keo Dara as deputy commander of Signal Company 3.",
		ents:      []ent{person("Lim Sophal", "KH"), person("Keo Dara", "KH"), unit},
		want:      []want{{"decision", "*", "*", "Keo Dara", ""}},
	}, {
		name:      "a decision presented to an officer at a ceremony is that ceremony's act",
		published: "2026-04-07",
		text:      "The ministry also held a ceremony to present the President’s decision to an officer assigned to peacekeeping duties in Abyei.",
		ents:      []ent{loc("Abyei")},
		not:       []want{{"decision", "*", "*", "-", ""}},
	}})
}

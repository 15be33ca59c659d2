package events

import "testing"

// TestConditions covers what is no occurrence: a condition, a
// possibility, a proposal, a wish, a readiness, a habit or a negation.
// They make no event; the same acts told as fact or as scheduled do.
func TestConditions(t *testing.T) {
	ents := []ent{person("Omar Haddad", "JO", "Omar Haddad", "Haddad"), person("Lena Weiss", "AT", "Lena Weiss", "Weiss"), country("JO", "Jordanian"), country("AT", "Austrian"), loc("Amman"), loc("Vienna")}
	lead := "Jordanian, Austrian army chiefs meet in Amman\n\nAMMAN, Oct 14 - Jordanian army chief Omar Haddad received his Austrian counterpart Lena Weiss in Amman on Tuesday.\n\n"
	runClassCases(t, []classCase{{
		name:      "a condition opening the sentence covers its exercise",
		published: "2026-10-14",
		text:      lead + "If the weather and the budgets of both ministries allow, the two armies and their mountain units will hold a joint exercise in Austria next year, Haddad said.",
		ents:      ents,
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "a possibility is no exercise",
		published: "2026-10-14",
		text:      lead + "Weiss said Austria might hold a joint exercise with Jordan next year.",
		ents:      ents,
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "a drill to explore is no exercise",
		published: "2026-10-14",
		text:      lead + "The two chiefs decided to explore a joint field exercise in counter-terrorism.",
		ents:      ents,
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "a visit looked forward to is no visit",
		published: "2026-10-14",
		text:      lead + "Weiss looked forward to visiting Jordan's special forces school next spring.",
		ents:      ents,
		not:       []want{{"visit", "*", "*", "-", ""}},
	}, {
		name:      "a meeting hoped for is no meeting",
		published: "2026-10-14",
		text:      lead + "Haddad hoped to meet Weiss again in Vienna next year.",
		ents:      ents,
		not:       []want{{"meeting", "2027", "*", "-", ""}, {"meeting", "*", "Vienna", "-", ""}},
	}, {
		name:      "a readiness to host is no conference",
		published: "2026-10-14",
		text:      lead + "Weiss said Austria was ready to host a conference on mountain warfare.",
		ents:      ents,
		not:       []want{{"conference", "*", "*", "-", ""}},
	}, {
		name:      "drills held as a habit are no exercise",
		published: "2026-10-14",
		text:      lead + "The two armies regularly hold joint exercises and exchange delegations.",
		ents:      ents,
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "drills joined often are no exercise",
		published: "2026-10-14",
		text:      lead + "Austrian officers often take part in exercises in Jordan.",
		ents:      ents,
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "a signing denied is no agreement",
		published: "2026-10-14",
		text:      lead + "No agreement was signed during the visit, and the two chiefs did not sign any other document.",
		ents:      ents,
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "a drill never held is no exercise",
		published: "2026-10-14",
		text:      lead + "Jordan has never held a joint exercise with Austria.",
		ents:      ents,
		not:       []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "near miss: not only did they drill, they drilled",
		published: "2026-10-14",
		text:      lead + "Not only did the two armies hold a joint exercise, they also exchanged cadets.",
		ents:      ents,
		want:      []want{{"exercise", "*", "*", "-", ""}},
	}, {
		name:      "near miss: an exercise scheduled as fact stays an exercise",
		published: "2026-10-14",
		text:      lead + "The two armies will hold a joint mountain exercise in Austria in March 2027, Haddad said.",
		ents:      ents,
		want:      []want{{"exercise", "2027-03", "*", "-", ""}},
	}})
}

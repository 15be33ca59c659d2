package events

import "testing"

// TestSendOffsAndReliefs covers the sentences of a rotation: a send-off
// told as a ceremony is no departure of its own, troops "bound for" a
// mission are on their way there, and the unit on the other side of a
// relief ("will be relieved by", "relieving", "to replace") is another
// rotation, not one sent by the sentence's trigger; its own standing
// deployment, told in a relative clause, is an event of its own.
func TestSendOffsAndReliefs(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a send-off ceremony held for a contingent is no departure",
		published: "2026-04-07",
		text:      "The Ruritanian Army held a send-off ceremony for the contingent at the Special Warfare Command in Strelsau on Monday.",
		ents:      []ent{org("Ruritanian Army"), org("Special Warfare Command"), loc("Strelsau")},
		want:      []want{{"ceremony", "2026-04-06", "*", "-", ""}},
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}, {
		name:      "speaking at the send-off is no departure",
		published: "2025-11-04",
		text:      "Speaking at the send-off at the Peace Support Training Institute in Ostrava, the army chief urged the peacekeepers to protect civilians.",
		ents:      []ent{loc("Peace Support Training Institute"), loc("Ostrava")},
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}, {
		name:      "the send-off of a contingent to a force tells its move",
		published: "2026-02-05",
		text:      "The minister attended the send-off of the 9th contingent of the Ruritanian Armed Forces to the UN peacekeeping force in Cyprus.",
		ents:      []ent{org("Ruritanian Armed Forces"), country("CY", "Cyprus")},
		want:      []want{{"deployment", "*", "*", "Ruritanian Armed Forces", ""}},
	}, {
		name:      "troops bound for a mission",
		published: "2026-03-02",
		text:      "On March 1, the army held a farewell for Engineering Company Rotation 6 bound for UNMISS.",
		ents:      []ent{org("Engineering Company Rotation 6"), org("UN Mission in South Sudan", "UNMISS")},
		want:      []want{{"deployment", "2026-03-01", "*", "Engineering Company Rotation 6", ""}},
	}, {
		name:      "a battalion to be relieved by the next one",
		published: "2026-05-25",
		text:      "Batt 92 deployed to southern Lebanon in November last year and will be relieved by Batt 93 in August.",
		ents:      []ent{org("Batt 92"), org("Batt 93")},
		want:      []want{{"deployment", "2025-11", "*", "Batt 92", ""}},
		not:       []want{{"deployment", "2025-11", "*", "Batt 93", ""}},
	}, {
		name:      "the rest of a battalion relieving another, which has served since a date",
		published: "2026-10-21",
		text:      "Its remaining members will leave in three flights by mid-November, relieving the 16th Infantry Battalion, which has served in Kismayo since May last year.",
		ents:      []ent{org("16th Infantry Battalion"), loc("Kismayo")},
		want:      []want{{"deployment", "2025-05", "*", "16th Infantry Battalion", "background"}},
		not:       []want{{"deployment", "2026-11", "*", "16th Infantry Battalion", ""}},
	}, {
		name:      "a battalion leaving to replace another",
		published: "2026-03-11",
		text:      "The 157th Infantry Battalion left Kigali for Malakal on March 10 to replace the 105th Infantry Battalion.",
		ents:      []ent{org("157th Infantry Battalion"), org("105th Infantry Battalion"), loc("Kigali"), loc("Malakal")},
		want:      []want{{"deployment", "2026-03-10", "*", "157th Infantry Battalion", ""}},
		not:       []want{{"deployment", "2026-03-10", "*", "105th Infantry Battalion", ""}},
	}})
}

// TestStandingContributions covers a country's contribution told in the
// perfect from a "since" date, the count and its list between the verb
// and the missions, and the date fronted or last: a deployment recalled
// in the background, dated by its start. People sent to train abroad are
// no deployment.
func TestStandingContributions(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a fronted since and a long count",
		published: "2026-06-10",
		text:      "Since 2006, Ruritania has deployed a total of 10,150 troops, including 850 women, to UN peacekeeping operations in nine countries.",
		ents:      []ent{country("RU", "Ruritania")},
		want:      []want{{"deployment", "2006", "*", "-", "background"}},
		not:       []want{{"deployment", "2026", "*", "-", ""}},
	}, {
		name:      "a fronted since and a pair of nouns",
		published: "2026-06-10",
		text:      "Since 2014, Ruritania has sent more than 1,000 officers and soldiers to UN peacekeeping missions.",
		ents:      []ent{country("RU", "Ruritania")},
		want:      []want{{"deployment", "2014", "*", "-", "background"}},
	}, {
		name:      "since last, after the missions",
		published: "2026-06-10",
		text:      "Ruritania has dispatched more than 20,000 peacekeepers to 14 UN and coalition missions since 2002.",
		ents:      []ent{country("RU", "Ruritania")},
		want:      []want{{"deployment", "2002", "*", "-", "background"}},
	}, {
		name:      "people sent for training",
		published: "2026-06-10",
		text:      "Ruritania has sent pilots and technicians for training in France since 2024.",
		ents:      []ent{country("RU", "Ruritania"), country("FR", "France")},
		not:       []want{{"deployment", "*", "*", "-", ""}},
	}})
}

// TestStorySources covers the body that reports a rotation ("..., the
// Ministry of Defence said", "according to the Army"): named only so, it
// sends no one.
func TestStorySources(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a ministry saying a batch will follow",
		published: "2025-09-16",
		text:      "Ruritanian Army deploys engineers to Abyei\n\nA batch of 180 personnel of the Ruritanian Battalion will follow in the second week of next month, the Ministry of Defence said.",
		ents:      []ent{org("Ruritanian Army"), org("Ruritanian Battalion"), org("Ministry of Defence"), loc("Abyei")},
		want:      []want{{"deployment", "*", "*", "Ruritanian Battalion", ""}},
		not:       []want{{"deployment", "*", "*", "Ministry of Defence", ""}},
	}, {
		name:      "a body told as source and as sender stays",
		published: "2025-09-16",
		text:      "The Ruritanian Army sent 180 peacekeepers to Abyei on Monday. The troops will serve two years, the Ruritanian Army said.",
		ents:      []ent{org("Ruritanian Army"), loc("Abyei")},
		want:      []want{{"deployment", "2025-09-15", "*", "Ruritanian Army", ""}},
	}})
}

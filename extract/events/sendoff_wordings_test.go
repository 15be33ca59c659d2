package events

import "testing"

// TestSendOffWordings covers send-offs told by the verb before its particle
// ("saw off 200 peacekeepers", "to see off its peacekeepers"), placed where
// they are held and never at the troops' destination, and a send-off that
// wishes the troops a safe return staying one ceremony.
func TestSendOffWordings(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "saw off the troops, the particle first",
		published: "2026-03-14",
		text:      "General Paul Okello saw off 200 peacekeepers bound for Mogadishu at Entebbe airport on Friday.",
		ents:      []ent{person("Paul Okello", "UG"), loc("Mogadishu"), loc("Entebbe airport")},
		want:      []want{{"ceremony", "2026-03-13", "Entebbe airport", "Paul Okello", ""}},
	}, {
		name:      "a farewell ceremony held to see off the peacekeepers",
		published: "2026-04-08",
		text:      "The Ministry of Defence held a farewell ceremony in Ulaanbaatar on Tuesday to see off 60 peacekeepers to South Sudan.",
		ents:      []ent{org("Ministry of Defence"), loc("Ulaanbaatar"), country("SS", "South Sudan")},
		want:      []want{{"ceremony", "2026-04-07", "Ulaanbaatar", "Ministry of Defence", ""}},
		not:       []want{{"ceremony", "*", "SS", "-", ""}},
	}, {
		name:      "the destination after bound for is not the send-off's place",
		published: "2026-10-15",
		text:      "The King yesterday saw off the second contingent of the Royal Army bound for the United Nations mission in the Central African Republic at a ceremony at Paro airport.",
		ents:      []ent{org("Royal Army"), country("CF", "Central African Republic"), loc("Paro airport")},
		want:      []want{{"ceremony", "2026-10-14", "Paro airport", "-", ""}},
		not:       []want{{"ceremony", "*", "CF", "-", ""}},
	}, {
		name:      "a headline send-off for a mission abroad has no place there",
		published: "2026-05-20",
		text:      "Minister sees off contingent for UN operation in Cyprus\n\nThe minister attended the send-off on Tuesday.",
		ents:      []ent{country("CY", "Cyprus")},
		not:       []want{{"ceremony", "*", "CY", "-", ""}},
	}, {
		name:      "near miss: a send-off ceremony for the unit in a town is held there",
		published: "2026-05-20",
		text:      "General Kim Min-ho presided over a send-off ceremony for the unit in Icheon on Tuesday.",
		ents:      []ent{person("Kim Min-ho", "KR"), loc("Icheon")},
		want:      []want{{"ceremony", "2026-05-19", "Icheon", "Kim Min-ho", ""}},
	}, {
		name:      "near miss: a safe return wished at the send-off is the same ceremony",
		published: "2026-03-14",
		text:      "General Paul Okello presided over a send-off ceremony for 200 peacekeepers at Entebbe airport on Friday. At the ceremony, General Okello wished the troops a safe return and handed the national flag to Colonel Amos Kato.",
		ents:      []ent{person("Paul Okello", "UG", "Paul Okello", "Okello"), loc("Entebbe airport"), person("Amos Kato", "UG")},
		want:      []want{{"ceremony", "2026-03-13", "Entebbe airport", "Paul Okello", ""}},
		count:     1,
	}})
}

// TestAwardsReceivedAndReappointments covers medals and certificates
// received, which are no reception, and congratulations on a
// reappointment, which recall the decision.
func TestAwardsReceivedAndReappointments(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "soldiers received the minister's certificate",
		published: "2026-06-19",
		text:      "Deputy Minister Bat Erdene and General Dorj Ganbold congratulated them, and 40 soldiers received the Minister's certificate of honour.",
		ents:      []ent{person("Bat Erdene", "MN"), person("Dorj Ganbold", "MN")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "troops received certificates with no article",
		published: "2026-06-19",
		text:      "General Dorj Ganbold thanked the battalion, whose officers received certificates of appreciation.",
		ents:      []ent{person("Dorj Ganbold", "MN")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "congratulated on his reappointment as minister",
		published: "2026-08-26",
		text:      "Secretary Juan Reyes congratulated Peter Lang on his reappointment as defence minister after the May 2025 election.",
		ents:      []ent{person("Juan Reyes", "PH"), person("Peter Lang", "AU")},
		want:      []want{{"decision", "*", "*", "Peter Lang", "background"}},
	}, {
		name:      "congratulated upon his appointment as chief",
		published: "2026-02-02",
		text:      "The ambassador congratulated General Omar Haddad upon his appointment as Chief of Staff.",
		ents:      []ent{person("Omar Haddad", "JO")},
		want:      []want{{"decision", "*", "*", "Omar Haddad", "background"}},
	}})
}

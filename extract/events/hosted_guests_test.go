package events

import "testing"

// TestHostedGuests covers talks told by the host's verb ("hosted the
// commander, General X"), occasions hosted that are no meeting of their
// own, talks told as the occasion of another act ("signed after talks in
// which ..."), a member of a body meeting a person (talks, not a session
// of the body), and a contingent "sent off" (its send-off).
func TestHostedGuests(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the host's verb with the guest after it is a meeting",
		published: "2025-03-14",
		text:      "The Chief of the Defence Forces, General Omar Lule, on Thursday hosted the Commander of the Allied Southern Command, General Piet Brand, at Defence Headquarters in Kampala.",
		ents:      []ent{person("Omar Lule", "UG"), person("Piet Brand", "NL"), org("Allied Southern Command"), loc("Kampala")},
		want:      []want{{"meeting", "2025-03-13", "*", "Piet Brand", "main"}, {"meeting", "*", "*", "Omar Lule", ""}},
	}, {
		name:      "a counterpart hosted in a city",
		published: "2025-06-05",
		text:      "Defence Minister Kemal Aras hosted his Georgian counterpart, Major General Levan Beria, in Ankara on Wednesday, the ministry said.",
		ents:      []ent{person("Kemal Aras", "TR"), person("Levan Beria", "GE"), country("GE", "Georgian"), loc("Ankara")},
		want:      []want{{"meeting", "2025-06-04", "*", "Levan Beria", "main"}},
	}, {
		name:      "an occasion hosted is no meeting",
		published: "2025-06-05",
		text:      "Minister Kemal Aras hosted the 4th Black Sea Security Forum in Ankara on Wednesday, opened by Levan Beria.",
		ents:      []ent{person("Kemal Aras", "TR"), person("Levan Beria", "GE"), loc("Ankara")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "a ceremony hosted by an officer is no meeting",
		published: "2025-06-05",
		text:      "The drill opened on Monday with a ceremony at Lanao air base, hosted by the area commander, Air Commodore Rey Santos.",
		ents:      []ent{person("Rey Santos", "PH"), loc("Lanao")},
		not:       []want{{"meeting", "*", "*", "-", ""}},
	}, {
		name:      "talks told as the occasion of a signing",
		published: "2025-07-10",
		text:      "The accord was signed by Defence Secretary Amina Odera and Minister Lars Berg after talks in which the two ministers discussed training and maritime security.",
		ents:      []ent{person("Amina Odera", "KE"), person("Lars Berg", "SE")},
		want:      []want{{"meeting", "*", "*", "Lars Berg", ""}, {"meeting", "*", "*", "Amina Odera", ""}},
	}, {
		name:      "a member of a commission meeting a guest is talks, not the commission's session",
		published: "2025-04-23",
		text:      "Wang Ming, vice chairman of the Central Defence Commission (CDC), met with Chief of General Staff General Arif Khan in Beijing on Tuesday.",
		ents:      []ent{person("Wang Ming", "CN"), person("Arif Khan", "PK"), org("Central Defence Commission", "CDC"), loc("Beijing")},
		want:      []want{{"meeting", "2025-04-22", "*", "Arif Khan", "main"}},
		not:       []want{{"dialogue", "*", "*", "-", ""}},
	}, {
		name:      "a contingent sent off is its send-off ceremony",
		published: "2025-08-15",
		text:      "The Army on Thursday sent off a 150-member contingent for peace support operations with the regional mission.",
		want:      []want{{"ceremony", "2025-08-14", "*", "-", "main"}},
	}})
}

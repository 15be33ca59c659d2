package events

import "testing"

// TestPostReferents covers a subject that names a post instead of a
// person ("the minister", "The Defence Minister"): the person last named
// who holds that post, not merely the person named last, and among the
// guests of a story the one whose title is the post as written.
func TestPostReferents(t *testing.T) {
	ents := []ent{country("NG", "Nigeria"), country("BJ", "Benin"), country("FR", "France"), country("IN", "India"), country("JP", "Japanese"),
		loc("Abuja"), loc("Manila"), loc("Hanoi")}
	runClassCases(t, []classCase{{
		name:      "the minister is the last minister named, not the chief named since",
		published: "2026-06-23",
		text: "Defence Minister Bello Adamu held a telephone conversation with his Ghanaian counterpart on Tuesday. " +
			"Adamu later spoke by video link with the Chief of Defence Staff of Benin, Brigadier General Didier Houn. " +
			"Earlier in the day, the minister received the French Ambassador, Marc Fontan, in Abuja.",
		ents: ents,
		people: []titled{{"Bello Adamu", "NG", "", []string{"Defence Minister"}},
			{"Didier Houn", "BJ", "Brigadier General", []string{"Chief of Defence Staff of Benin"}},
			{"Marc Fontan", "FR", "", []string{"French Ambassador"}}},
		want: []want{{"meeting", "*", "Abuja", "Bello Adamu", ""}},
		not:  []want{{"meeting", "*", "Abuja", "Didier Houn", ""}},
	}, {
		name:      "the post as written picks the guest who holds it",
		published: "2026-11-01",
		text: "Minister holds talks in Manila\n\nNew Delhi, November 1 - Defence Minister Arun Rao met Japanese Defence Minister Ken Sato in Manila on Sunday. " +
			"They discussed maritime security. The Defence Minister is expected in Hanoi on Tuesday for a two-day official visit to Vietnam.",
		ents: ents,
		people: []titled{{"Arun Rao", "IN", "", []string{"Defence Minister"}},
			{"Ken Sato", "JP", "", []string{"Japanese Defence Minister"}}},
		want: []want{{"visit", "*", "Hanoi", "Arun Rao", ""}},
		not:  []want{{"visit", "*", "*", "Ken Sato", ""}},
	}, {
		name:      "the guest named by state and post calls on a second host: two calls",
		published: "2026-09-16",
		text: "Omani general calls on army chief\n\nRawalpindi, Sep 16 - Major General Said Al-Harthi paid a courtesy call on General Tariq Aziz at the General Headquarters on Tuesday. " +
			"Receiving the guest, General Aziz praised the ties between the two armies. " +
			"The Omani general, who is in Pakistan on a three-day official visit, later visited the Naval Headquarters in Islamabad, where he called on Admiral Nadir Shah.",
		ents: append(ents, country("OM", "Omani"), country("PK", "Pakistan"), loc("Rawalpindi"), loc("Islamabad")),
		people: []titled{{"Said Al-Harthi", "OM", "Major General", []string{"Commander of the Royal Army of Oman"}},
			{"Tariq Aziz", "PK", "General", []string{"Chief of Army Staff"}},
			{"Nadir Shah", "PK", "Admiral", []string{"Chief of the Naval Staff"}}},
		want: []want{{"meeting", "2026-09-15", "*", "Tariq Aziz", "main"}, {"meeting", "*", "Islamabad", "Nadir Shah", "reported"}},
		not:  []want{{"meeting", "*", "*", "Nadir Shah", "main"}},
	}})
}

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
	}})
}

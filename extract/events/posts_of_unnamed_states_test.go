package events

import "testing"

// TestPostsOfUnnamedStates covers a counterpart named only by his state's
// possessive and his post ("met the Republic of Korea's Minister of
// National Defense", "South Korea's defence minister"): the party of the
// talks is that state, as for "his Korean counterpart", and so it is for
// "the" and a demonym before the post ("met the Saudi defence minister");
// a post followed by the holder's name is that person.
func TestPostsOfUnnamedStates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "a state's possessive and a capitalised post",
		published: "2027-03-05",
		text:      "Minister Tom Lund met the Republic of Korea's Minister of National Defense in Seoul on March 4.",
		ents:      []ent{person("Tom Lund", "NO"), country("KR", "Republic of Korea"), loc("Seoul")},
		want:      []want{{"meeting", "2027-03-04", "Seoul", "KR", "main"}},
	}, {
		name:      "a state's possessive, a field and a lower-case post",
		published: "2027-05-20",
		text:      "General Ana Neves held talks with Indonesia's defence minister in Jakarta on Wednesday.",
		ents:      []ent{person("Ana Neves", "PT"), country("ID", "Indonesia"), loc("Jakarta")},
		want:      []want{{"meeting", "2027-05-19", "Jakarta", "ID", "main"}},
	}, {
		name:      "a chief of an unnamed state's army",
		published: "2027-08-12",
		text:      "The visiting admiral Karl Moe called on Thailand's army chief in Bangkok on Tuesday.",
		ents:      []ent{person("Karl Moe", "DK"), country("TH", "Thailand"), loc("Bangkok")},
		want:      []want{{"meeting", "2027-08-10", "Bangkok", "TH", ""}},
	}, {
		name:      "the post's holder named after it is the party",
		published: "2027-03-05",
		text:      "Minister Tom Lund met South Korea's defence minister, Han Min-ho, in Seoul on March 4.",
		ents:      []ent{person("Tom Lund", "NO"), country("KR", "South Korea"), person("Han Min-ho", "KR"), loc("Seoul")},
		want:      []want{{"meeting", "2027-03-04", "Seoul", "Han Min-ho", "main"}},
		not:       []want{{"meeting", "*", "*", "KR", ""}},
	}, {
		name:      "the, a demonym, a field and a lower-case post",
		published: "2027-08-12",
		text:      "General Omar Farid met the Saudi defence minister in Riyadh on Monday.",
		ents:      []ent{person("Omar Farid", "PK"), country("SA", "Saudi"), loc("Riyadh")},
		want:      []want{{"meeting", "2027-08-09", "Riyadh", "SA", "main"}},
	}, {
		name:      "the, a demonym and a capitalised post",
		published: "2027-08-12",
		text:      "General Omar Farid called on the Saudi Minister of Defence in Riyadh today.",
		ents:      []ent{person("Omar Farid", "PK"), country("SA", "Saudi"), loc("Riyadh")},
		want:      []want{{"meeting", "2027-08-12", "Riyadh", "SA", ""}},
	}, {
		name:      "the, a demonym and a post with its holder named after it",
		published: "2027-08-12",
		text:      "General Omar Farid met the Saudi Defence Minister, Khalid Nasser, in Riyadh on Monday.",
		ents:      []ent{person("Omar Farid", "PK"), country("SA", "Saudi"), person("Khalid Nasser", "SA"), loc("Riyadh")},
		want:      []want{{"meeting", "2027-08-09", "Riyadh", "Khalid Nasser", "main"}},
		not:       []want{{"meeting", "*", "*", "SA", ""}},
	}})
}

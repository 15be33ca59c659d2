package events

import "testing"

// TestUnnamedParties covers talks whose other party the text leaves
// unnamed but places in a state by its demonym: the state is the party
// ("met his Tunisian counterpart" is a meeting of the minister and
// Tunisia), unless a name follows the description or the article names
// that state's person already.
func TestUnnamedParties(t *testing.T) {
	haddad := person("Omar Haddad", "DZ", "Omar Haddad", "Haddad")
	runClassCases(t, []classCase{{
		name:      "met his counterpart in a city on a weekday",
		published: "2025-03-11",
		text:      "Defence Minister Omar Haddad met his Tunisian counterpart in Tunis on Monday to discuss border security.",
		ents:      []ent{haddad, country("TN", "Tunisian"), loc("Tunis")},
		want:      []want{{"meeting", "2025-03-10", "*", "TN", ""}, {"meeting", "2025-03-10", "*", "Omar Haddad", ""}},
	}, {
		name:      "spoke with her counterpart by telephone",
		published: "2025-06-07",
		text:      "Minister Ana Ruiz spoke with her Brazilian counterpart by telephone on Friday about the air show.",
		ents:      []ent{person("Ana Ruiz", "CL"), country("BR", "Brazilian")},
		want:      []want{{"meeting", "2025-06-06", "*", "BR", ""}},
	}, {
		name:      "held talks with the side of a state",
		published: "2025-09-02",
		text:      "A delegation led by Deputy Minister Omar Haddad held talks with the Malian side in Bamako on September 1.",
		ents:      []ent{haddad, country("ML", "Malian"), loc("Bamako")},
		want:      []want{{"meeting", "2025-09-01", "Bamako", "ML", ""}},
	}, {
		name:      "received a state's ambassador",
		published: "2025-02-05",
		text:      "Chief of Staff General Omar Haddad received the Egyptian ambassador at his office in Algiers on Tuesday.",
		ents:      []ent{haddad, country("EG", "Egyptian"), loc("Algiers")},
		want:      []want{{"meeting", "2025-02-04", "*", "EG", ""}},
	}, {
		name:      "a name after the description is the party",
		published: "2025-05-06",
		text:      "Minister Ana Ruiz met her Peruvian counterpart, General Luis Vega, in Lima on May 5.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), country("PE", "Peruvian"), loc("Lima")},
		want:      []want{{"meeting", "2025-05-05", "*", "Luis Vega", ""}},
		not:       []want{{"meeting", "*", "*", "PE", ""}},
	}, {
		name:      "a headline's counterpart is the one the story names",
		published: "2025-05-06",
		text: "Chilean minister receives Peruvian counterpart\n" +
			"SANTIAGO, May 6 - Minister Ana Ruiz received Peruvian Defence Minister Luis Vega in Santiago on Tuesday.",
		ents: []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), country("PE", "Peruvian"), country("CL", "Chilean"), loc("Santiago")},
		want: []want{{"meeting", "2025-05-06", "*", "Luis Vega", ""}},
		not:  []want{{"meeting", "*", "*", "PE", ""}},
	}, {
		name:      "a headline's counterpart met on the sidelines of a forum",
		published: "2025-11-02",
		text: "Ruiz meets Peruvian counterpart in Lima\n" +
			"LIMA — Minister Ana Ruiz held talks with Peruvian Defence Minister Luis Vega on November 1 on the sidelines of the ADMM-Plus, the ministry said.",
		ents: []ent{person("Ana Ruiz", "CL", "Ana Ruiz", "Ruiz"), person("Luis Vega", "PE"), country("PE", "Peruvian"), org("ADMM-Plus"), loc("Lima", "LIMA")},
		want: []want{{"meeting", "2025-11-01", "*", "Luis Vega", ""}},
		not:  []want{{"meeting", "*", "*", "PE", ""}},
	}, {
		name:      "plural counterparts are no one party",
		published: "2025-06-13",
		text:      "At a reception on Thursday for General Luca Moretti, Minister Omar Haddad praised cooperation with their Italian counterparts.",
		ents:      []ent{haddad, person("Luca Moretti", "IT"), country("IT", "Italian")},
		not:       []want{{"meeting", "*", "*", "IT", ""}},
	}})
}

// TestConcludedByItsObject covers "concluded": an agreement when an
// agreement is its object or its subject, not when an exercise, a visit
// or talks concluded; an exercise that concluded on a day is dated by it
// (the verb after the names of its parties is its own).
func TestConcludedByItsObject(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "an exercise that concluded",
		published: "2025-12-16",
		text:      "The joint exercise Desert Shield between the Algerian Army and the Tunisian Army concluded in Biskra on December 15.",
		ents:      []ent{orgOf("Algerian Army", "DZ"), orgOf("Tunisian Army", "TN"), loc("Biskra")},
		want:      []want{{"exercise", "2025-12-15", "Biskra", "Algerian Army", ""}},
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "drills of two navies that concluded on a weekday",
		published: "2025-06-07",
		text:      "MANILA -- Exercise Sea Hawk of the Philippine Navy and the Indonesian Navy concluded in Subic Bay on Friday after ten days at sea.",
		ents:      []ent{orgOf("Philippine Navy", "PH"), orgOf("Indonesian Navy", "ID"), loc("Subic Bay"), loc("Manila", "MANILA")},
		want:      []want{{"exercise", "2025-06-06", "*", "-", ""}},
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "talks that concluded",
		published: "2025-11-15",
		text:      "The third round of defence talks between the two ministries concluded in Lima on Friday.",
		ents:      []ent{loc("Lima")},
		not:       []want{{"agreement", "*", "*", "-", ""}},
	}, {
		name:      "concluded an agreement",
		published: "2025-11-15",
		text:      "Minister Ana Ruiz and Minister Luis Vega concluded an agreement on military medicine in Lima on November 14.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), loc("Lima")},
		want:      []want{{"agreement", "2025-11-14", "*", "-", ""}},
	}, {
		name:      "an agreement concluded before",
		published: "2025-11-15",
		text:      "The memorandum on defence education was concluded in Lima in 2016.",
		ents:      []ent{loc("Lima")},
		want:      []want{{"agreement", "2016", "*", "-", ""}},
	}})
}

// TestEarlierTalksAndCalls covers talks told in the past perfect, an
// occasion of their own dated by the sentence's relative date ("had
// discussed the plan with Minister X in Seoul last month"), and a call
// "by phone" that the dateline does not place.
func TestEarlierTalksAndCalls(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "had discussed with a person last month",
		published: "2025-07-09",
		text: "Minister Omar Haddad received the Egyptian ambassador in Algiers on Wednesday.\n" +
			"Haddad said he had discussed the drone project with Minister Karim Nabil in Cairo last month.",
		ents: []ent{person("Omar Haddad", "DZ", "Omar Haddad", "Haddad"), person("Karim Nabil", "EG"), country("EG", "Egyptian"), loc("Algiers"), loc("Cairo")},
		want: []want{{"meeting", "2025-06", "Cairo", "Karim Nabil", ""}, {"meeting", "2025-07-09", "*", "EG", ""}},
		not:  []want{{"meeting", "2025-07-09", "*", "Karim Nabil", ""}},
	}, {
		name:      "had discussed it with a person weeks before",
		published: "2025-10-02",
		text:      "General Ana Ruiz told reporters she had discussed joint patrols with Admiral Luis Vega in Lima on September 12.",
		ents:      []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), loc("Lima")},
		want:      []want{{"meeting", "2025-09-12", "Lima", "Luis Vega", ""}},
	}, {
		name:      "spoke with a counterpart by phone: no place",
		published: "2025-06-06",
		text:      "MANILA -- Defense Secretary Jose Reyes spoke with his Japanese counterpart by phone on Thursday about maritime security.",
		ents:      []ent{person("Jose Reyes", "PH"), country("JP", "Japanese"), loc("Manila", "MANILA")},
		want:      []want{{"meeting", "2025-06-05", "", "JP", ""}},
	}})
}

// TestNamedTitleCapitals checks that a rank or title between a description
// and a name counts as capitalised whatever its script: a title opening
// with "É" or "Đ" is as much the name's as one opening with "G".
func TestNamedTitleCapitals(t *testing.T) {
	for _, c := range []struct {
		between string
		want    bool
	}{
		{", General ", true},
		{", Général ", true},
		{", Đại tá ", false}, // "tá" is lower case: not all capitalised
		{", Đại Tá ", true},
		{", who met ", false},
		{", élite ", false},
	} {
		if got := named(c.between); got != c.want {
			t.Errorf("named(%q) = %v, want %v", c.between, got, c.want)
		}
	}
}

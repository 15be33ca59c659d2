package events

import (
	"testing"

	"attache"
)

// TestWitnessedSignings covers agreements signed by bodies while the
// persons of the sentence only witness the signing, in the shapes
// agencies write ("They then witnessed the signing of", "where the two
// witnessed the signing of the contract between"): the bodies and their
// states are the parties, the witnesses are not; bodies of one state
// bind no pair.
func TestWitnessedSignings(t *testing.T) {
	body := func(name, code string) ent { return ent{attache.Organization, name, code, nil} }
	runClassCases(t, []classCase{{
		name:      "they witnessed the signing between two ministries",
		published: "2026-04-09",
		text: "Chilean Defence Minister Ana Rojas received Peruvian Defence Minister Luis Vargas in Santiago on Wednesday. " +
			"They then witnessed the signing of a memorandum on military education between the Chilean Ministry of National Defence and the Peruvian Ministry of Defence.",
		ents: []ent{person("Ana Rojas", "CL"), person("Luis Vargas", "PE"), country("CL", "Chilean"), country("PE", "Peruvian"), loc("Santiago"),
			body("Chilean Ministry of National Defence", "CL"), body("Peruvian Ministry of Defence", "PE")},
		want: []want{{"agreement", "*", "*", "CL", ""}, {"agreement", "*", "*", "PE", ""}, {"agreement", "*", "*", "Peruvian Ministry of Defence", ""}},
		not:  []want{{"agreement", "*", "*", "Ana Rojas", ""}, {"agreement", "*", "*", "Luis Vargas", ""}},
	}, {
		name:      "the two witnessed a contract between a department and a company",
		published: "2026-04-09",
		text:      "Defence Minister Jae Park met Philippine Defence Secretary Ramon Cruz in Seoul, where the two witnessed the signing of the contract between the Philippine Department of National Defense and Korea Aerospace Industries.",
		ents: []ent{person("Jae Park", "KR"), person("Ramon Cruz", "PH"), country("PH", "Philippine"), loc("Seoul"),
			body("Philippine Department of National Defense", "PH"), body("Korea Aerospace Industries", "KR")},
		want: []want{{"agreement", "*", "*", "KR", ""}, {"agreement", "*", "*", "PH", ""}},
		not:  []want{{"agreement", "*", "*", "Jae Park", ""}},
	}, {
		name:      "bodies of one state bind no pair",
		published: "2026-04-09",
		text: "The patrol vessel, built with design support from China, was handed over to Pakistan in Karachi on Thursday. " +
			"The Karachi Shipyard and the Pakistan Navy signed the acceptance protocol of the vessel.",
		ents: []ent{country("CN", "China"), country("PK", "Pakistan"), loc("Karachi"),
			body("Karachi Shipyard", "PK"), body("Pakistan Navy", "PK")},
		want: []want{{"agreement", "*", "*", "Pakistan Navy", ""}},
		not:  []want{{"agreement", "*", "*", "CN", ""}},
	}})
}

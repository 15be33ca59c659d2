package events

import "testing"

// TestWreathsAtVisitedSites covers a wreath laid with no place of its
// own right after a visit to a site in the same sentence: "visited X, the
// mausoleum of ..., and laid a wreath" lays it at X, in an undated story
// too, where no day ties the two acts together. A wreath laid at a place
// of its own keeps that place.
func TestWreathsAtVisitedSites(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "visited a mausoleum named in apposition and laid a wreath",
		published: "",
		text:      "Minister Arman Sadykov visited Ata-Beyit, the national cemetery outside the capital, and laid a wreath during his visit.",
		ents:      []ent{person("Arman Sadykov", "", "Minister Arman Sadykov"), loc("Ata-Beyit")},
		want:      []want{{"ceremony", "*", "Ata-Beyit", "Arman Sadykov", ""}},
	}, {
		name:      "visited a memorial and laid flowers",
		published: "",
		text:      "General Tomas Novak visited the Vitkov Memorial and laid flowers on Tuesday.",
		ents:      []ent{person("Tomas Novak", "", "General Tomas Novak"), loc("Vitkov Memorial")},
		want:      []want{{"ceremony", "*", "Vitkov Memorial", "Tomas Novak", ""}},
	}, {
		name:      "a wreath laid at a place of its own",
		published: "2027-05-12",
		text:      "General Tomas Novak visited the Vitkov Memorial and laid a wreath at the Tomb of the Unknown Soldier on Tuesday.",
		ents:      []ent{person("Tomas Novak", "", "General Tomas Novak"), loc("Vitkov Memorial"), loc("Tomb of the Unknown Soldier")},
		want:      []want{{"ceremony", "*", "Tomb of the Unknown Soldier", "Tomas Novak", ""}},
	}})
}

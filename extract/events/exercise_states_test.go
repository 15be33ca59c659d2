package events

import (
	"testing"

	"attache"
)

// orgOf is an organisation that serves a state.
func orgOf(name, code string) ent { return ent{attache.Organization, name, code, nil} }

// TestExerciseStates covers the states of an exercise: those of the
// bodies taking part, and the article's two states for an earlier edition
// of their series that names only one of them.
func TestExerciseStates(t *testing.T) {
	runClassCases(t, []classCase{{
		name:      "the navies of an exercise bring their states",
		published: "2025-06-12",
		text:      "The Royal Thai Navy and the Indian Navy held a joint exercise in the Andaman Sea on June 10.",
		ents:      []ent{orgOf("Royal Thai Navy", "TH"), orgOf("Indian Navy", "IN"), loc("Andaman Sea")},
		want: []want{
			{"exercise", "2025-06-10", "*", "TH", ""},
			{"exercise", "2025-06-10", "*", "IN", ""},
		},
	}, {
		name:      "an earlier edition naming one state is one of the article's two",
		published: "2025-06-12",
		text: "Defence minister Ana Ruiz of Chile met her Peruvian counterpart Luis Vega in Lima on June 11.\n" +
			"The first edition of their joint naval exercise was held off Chile in 2019.",
		ents: []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), country("CL", "Chile"), country("PE", "Peruvian"), loc("Lima")},
		want: []want{{"exercise", "2019", "*", "PE", ""}},
	}, {
		name:      "the two sides agreeing on an exercise are the article's two states",
		published: "2025-05-06",
		text: "Chilean Defence Minister Ana Ruiz held talks with Peruvian Defence Minister Luis Vega in Lima on May 5.\n" +
			"The two sides agreed to hold a joint naval exercise next year.",
		ents: []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), country("CL", "Chilean"), country("PE", "Peruvian"), loc("Lima")},
		want: []want{
			{"exercise", "2026", "*", "CL", ""},
			{"exercise", "2026", "*", "PE", ""},
		},
	}, {
		name:      "an edition of a multinational exercise stays with the states named",
		published: "2025-06-12",
		text: "Defence minister Ana Ruiz of Chile met her Peruvian counterpart Luis Vega in Lima on June 11 before the multinational exercise.\n" +
			"The first edition of the exercise was held off Chile in 2019.",
		ents: []ent{person("Ana Ruiz", "CL"), person("Luis Vega", "PE"), country("CL", "Chile"), country("PE", "Peruvian"), loc("Lima")},
		not:  []want{{"exercise", "2019", "*", "PE", ""}},
	}})
}
